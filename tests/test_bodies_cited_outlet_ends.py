"""Bodies: where the name of an outlet cited after "theo"/"như" and its descriptor ends, opening a sentence or a clause
after a comma: at a reporting verb ("theo báo X đưa tin hôm qua, ..."), an issue ("số ra ...", "số 12"), a time word,
or "và", after which a second outlet is cited when it has its own descriptor or is a known brand or outlet ("theo
báo X và Tuổi Trẻ, ..."). Near misses: a body or a person after "và", a lower-case word that is part of the name
("Hà Nội mới"), "số" before no number (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, outlets", [
    ("Tuần trước, theo báo Hà Tĩnh đưa tin hôm thứ Ba, hai xã đã bị cô lập.", ["Báo Hà Tĩnh"]),
    ("Theo báo Hà Tĩnh đưa tin hôm qua, lũ trên sông La đã rút.", ["Báo Hà Tĩnh"]),
    ("Trong mùa mưa, theo báo Quảng Ninh phản ánh, nhiều tàu cá không ra khơi.", ["Báo Quảng Ninh"]),
    ("Theo báo Gia Lai đăng tải sáng nay, cây cầu treo đã thông xe.", ["Báo Gia Lai"]),
    ("Năm ngoái, theo báo Nhân Dân số ra ngày 2-9, cả nước có thêm ba sân bay.", ["Báo Nhân Dân"]),
    ("Theo báo Bình Định số 412, đường ven biển đã thông xe.", ["Báo Bình Định"]),
    ("Như báo Hà Tĩnh đưa tin, lũ trên sông La đã rút.", ["Báo Hà Tĩnh"]),
    ("Đến cuối tháng, theo báo Thanh Niên và Tuổi Trẻ, giá xăng giảm hai lần.", ["Báo Thanh Niên", "Báo Tuổi Trẻ"]),
    ("Theo tờ Lao Động và báo Tiền Phong, công nhân được tăng lương.", ["Báo Lao Động", "Báo Tiền Phong"]),
    ("Theo báo Thanh Niên và Tuổi Trẻ Online, giá vé tàu tăng.", ["Báo Thanh Niên", "Tuổi Trẻ Online"]),
    ("Theo tờ Daily Sample và Washington Post, ông ta đã từ chức.", ["Daily Sample", "Washington Post"]),
])
def test_a_cited_outlets_name_ends_before_what_follows_it(text, outlets):
    for found in (body_names(text), tagged_body_names(text)):
        assert [n for n in found if n in outlets] == outlets
        assert not any(n.endswith(("đưa tin", "phản ánh", "đăng tải", " số", " và")) or " và " in n for n in found)


@pytest.mark.parametrize("text, outlet, wrong", [
    ("Theo báo Thanh Niên và Sở Y tế, số ca sốt xuất huyết tăng.", "Báo Thanh Niên", ("Báo Sở",)),
    ("Cũng trong tuần, theo báo Thanh Niên và bà Lò Thị Hiền, nước đã rút.", "Báo Thanh Niên", ("Báo Lò", "Lò")),
    ("Theo báo Hà Nội mới, phố đi bộ sẽ mở thêm hai tuyến.", "Báo Hà Nội mới", ("Báo Hà Nội",)),
    ("Theo tạp chí Kinh tế số, doanh thu quý này tăng.", "Tạp chí Kinh tế số", ("Tạp chí Kinh tế",)),
])
def test_no_second_outlet_nor_a_cut_name(text, outlet, wrong):
    for found in (body_names(text), tagged_body_names(text)):
        assert outlet in found
        assert not any(n in wrong or n.startswith(wrong) and n != outlet for n in found)
