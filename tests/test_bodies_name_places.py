"""Bodies: a place or landmark spelled like a person's name (a surname, then a capitalized word: "Bạch Mai", "Hồ
Tây", "Châu Á") goes on with the body's name; a person's name after it still ends it (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Bệnh nhân được chuyển đến Bệnh viện Bạch Mai để điều trị.", "Bệnh viện Bạch Mai"),
    ("Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết bệnh nhân đã ổn định.", "Bệnh viện Bạch Mai"),
    ("Sở Giao thông vận tải kiến nghị về Công ty CP Nhà nổi Hồ Tây, cụ thể là tạm dừng bến.",
     "Công ty cổ phần Nhà nổi Hồ Tây"),
    ("Công ty cổ phần Du lịch Hồ Gươm vừa công bố kết quả kinh doanh.", "Công ty cổ phần Du lịch Hồ Gươm"),
    ("Thủ tướng đã tiếp đoàn Hiệp hội Điện toán Quốc tế Khu vực Châu Á – Thái Bình Dương (ASOCIO) và lãnh đạo "
     "một số doanh nghiệp.", "Hiệp hội Điện toán Quốc tế Khu vực Châu Á – Thái Bình Dương"),
    ("Hội Phụ nữ Châu Âu đã tổ chức hội thảo.", "Hội Phụ nữ Châu Âu"),
])
def test_a_place_spelled_like_a_name_goes_on_with_the_body(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Bộ trưởng Bộ Công an Tô Lâm cho biết.", "Bộ Công an"),
    ("Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà cho biết.", "Sở Y tế thành phố Hà Nội"),
    ("Trong ngành y tế có vụ án tại Bệnh viện Bạch Mai về sai phạm trong đấu thầu.", "Bệnh viện Bạch Mai"),
    ("Đơn vị thu gom là Nhà máy xử lý nước thải Hồ Tây thời điểm đó.", None),
])
def test_a_person_or_a_lower_case_word_after_the_place_ends_the_name(text, body):
    found = extracted_body_names(text)
    assert body in found if body else not any(n.endswith("thời điểm") for n in found)
