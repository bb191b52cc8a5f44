"""Bodies: one head shared by a list of names printed once before them is each name's head ("các bệnh viện Hòa An,
Sơn Lâm" -> Bệnh viện Hòa An, Bệnh viện Sơn Lâm; "Bệnh viện Phụ sản 1, Phụ sản 2"; "gồm Đại học Rivermoor, Công nghệ
Rivermoor, Eastbay"). Near misses: a place, a person, a title or another body after the comma, a lower-case head
with one name, names opening differently with no word opening a list, a name holding "và" (the list's "và" or
the name's own) (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text, names", [
    ("Tại các bệnh viện Hòa An, Sơn Lâm, Đa khoa Bình Minh, Mắt Trung ương..., giá khám đã tăng.",
     ["Bệnh viện Hòa An", "Bệnh viện Sơn Lâm", "Bệnh viện Đa khoa Bình Minh", "Bệnh viện Mắt Trung ương"]),
    ("Hai bệnh viện Hòa An, Sơn Lâm sẽ được mở rộng trong năm tới.",
     ["Bệnh viện Hòa An", "Bệnh viện Sơn Lâm"]),
    ("Thành phố sẽ đưa vào hoạt động 3 bệnh viện gồm bệnh viện đa khoa: Tân Phú, Long Điền, Bình Lợi trong năm nay.",
     ["Bệnh viện đa khoa Tân Phú", "Bệnh viện đa khoa Long Điền", "Bệnh viện đa khoa Bình Lợi"]),
    ("Sản phụ được chuyển đến Bệnh viện Phụ sản 1, Phụ sản 2, Phụ sản thành phố để theo dõi.",
     ["Bệnh viện Phụ sản 1", "Bệnh viện Phụ sản 2", "Bệnh viện Phụ sản thành phố"]),
    ("Học bổng dành cho sinh viên nhập học tại một trong các trường gồm Đại học Rivermoor, Công nghệ Rivermoor, "
     "Eastbay, Northfield. Hồ sơ nộp trước tháng 5.",
     ["Đại học Rivermoor", "Đại học Công nghệ Rivermoor", "Đại học Eastbay", "Đại học Northfield"]),
])
def test_a_head_shared_by_a_list_names_each(text, names):
    for found in (body_names(text), tagged_body_names(text)):
        assert [n for n in found if n in names] == names


@pytest.mark.parametrize("text, first", [
    ("Bệnh viện Hòa An, Hà Nội vừa tiếp nhận ba bệnh nhân nặng.", "Bệnh viện Hòa An"),
    ("Ông Lưu Quang Tín, Giám đốc Bệnh viện Hòa An, Trịnh Minh Khang cũng có mặt.", "Bệnh viện Hòa An"),
    ("Đoàn công tác đã đến Bệnh viện Hòa An, Sơn Lâm để kiểm tra thuốc.", "Bệnh viện Hòa An"),
    ("Đoàn kiểm tra làm việc tại Bệnh viện Hòa An, Giám đốc bệnh viện báo cáo về vật tư.", "Bệnh viện Hòa An"),
    ("Các bệnh viện Hà Nội, Hải Phòng đều quá tải vào mùa cúm.", None),
    ("Các bệnh viện Hòa An đã được nâng cấp trong năm nay.", None),
    ("Trường Đại học Hòa An, Trường Đại học Sơn Lâm cùng ký kết hợp tác.", "Trường Đại học Hòa An"),
])
def test_no_shared_head_across_a_place_a_person_a_title_or_an_unopened_list(text, first):
    for found in (body_names(text), tagged_body_names(text)):
        assert not any(n.startswith(("Bệnh viện Hà", "Bệnh viện Sơn", "Bệnh viện Trịnh", "Bệnh viện Giám",
                                     "Bệnh viện Hải", "Trường Đại học Trường")) for n in found)
        assert first is None or first in found


def test_a_listed_name_goes_on_in_the_taggers_nouns():
    text = "Tại các bệnh viện Hòa An, Da liễu trung ương, giá khám đã tăng."
    assert "Bệnh viện Da liễu trung ương" in tagged_body_names(text)


@pytest.mark.parametrize("text", [
    "Các bệnh viện Sản và Nhi Hòa An, Mắt Sơn Lâm đã ký cam kết.",
    "Học bổng dành cho các trường gồm Đại học Rivermoor, Eastbay, Northfield và Westholm. Hồ sơ nộp sớm.",
])
def test_a_name_holding_va_is_no_listed_name(text):
    found = tagged_body_names(text) + body_names(text)
    assert not any(n in found for n in ("Bệnh viện Nhi Hòa An", "Bệnh viện Sản", "Bệnh viện Sản và Nhi Hòa An",
                                        "Đại học Northfield và Westholm", "Đại học Westholm"))


def test_another_body_in_the_list_keeps_its_own_head():
    text = "Hai ca nặng đã lên Bệnh viện Phụ sản 1, Bệnh viện Mắt Sơn Lâm để điều trị."
    assert body_names(text) == ["Bệnh viện Phụ sản 1", "Bệnh viện Mắt Sơn Lâm"]
