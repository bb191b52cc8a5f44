"""Bodies: a member school or institute printed before a comma or a dash and its university is named with it
("Trường Đại học X, Đại học Quốc gia Y", "Viện X - Đại học Y"), the university also named on its own; never inside a
list, nor before a body of another head (body_patterns.tsv member_unit rows; constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


def _body_key(name: str) -> str:
    """The name as the scorer compares it: case folded, a dash between parts read as a comma."""
    return name.lower().replace(" - ", ", ")


def keys(text: str) -> set[str]:
    return {_body_key(n) for n in tagged_body_names(text)}


@pytest.mark.parametrize("text, unit, parent", [
    ("PGS.TS Lê Văn Sơn - phó viện trưởng Viện Vật liệu mới, Đại học Quốc gia Hòa Lâm - cho biết thêm.",
     "Viện Vật liệu mới, Đại học Quốc gia Hòa Lâm", "Đại học Quốc gia Hòa Lâm"),
    ("Sinh viên Trường Y Dược - Đại học Bình Lâm được thực tập tại bệnh viện.",
     "Trường Y Dược - Đại học Bình Lâm", "Đại học Bình Lâm"),
    ("Trường đại học Khoa học, Đại học Tân Lâm phối hợp với ban đào tạo xác minh luận án của bà Trần Thị Hoa.",
     "Trường Đại học Khoa học, Đại học Tân Lâm", "Đại học Tân Lâm"),
    ("Hội thảo do Trường đại học Kinh tế - Đại học Quốc gia Hà Nội tổ chức sáng 3-4.",
     "Trường Đại học Kinh tế, Đại học Quốc gia Hà Nội", "Đại học Quốc gia Hà Nội"),
])
def test_a_member_school_is_named_with_its_university(text, unit, parent):
    found = keys(text)
    assert _body_key(unit) in found
    assert _body_key(parent) in found


@pytest.mark.parametrize("text, wrong", [
    ("Đại diện Bệnh viện Bạch Lâm, Viện Pasteur Hòa Lâm, Đại học Y Bình Lâm đã họp với ông Nguyễn Văn Tám.",
     "Viện Pasteur Hòa Lâm, Đại học Y Bình Lâm"),                             # a list before it
    ("Viện Vật liệu mới, Đại học Bình Lâm và Bệnh viện Tân Lâm ký kết hợp tác với bà Lê Thị Mai.",
     "Viện Vật liệu mới, Đại học Bình Lâm"),                                  # a list going on after it
    ("Trường THPT Hòa Lâm, Sở Giáo dục và Đào tạo tỉnh Bình Lâm khen thưởng học sinh Phạm Văn Ba.",
     "Trường THPT Hòa Lâm, Sở Giáo dục và Đào tạo tỉnh Bình Lâm"),            # not a university
    ("Viện Kiểm sát nhân dân tỉnh Hòa Lâm, Tòa án nhân dân tỉnh Hòa Lâm xét xử bị cáo Lò Văn Sáu.",
     "Viện Kiểm sát nhân dân tỉnh Hòa Lâm, Tòa án nhân dân tỉnh Hòa Lâm"),
    ("CLB Hòa Lâm FC - Đại học Bình Lâm hòa 1-1, HLV Park Min-su hài lòng.", "Câu lạc bộ Hòa Lâm FC, Đại học Bình Lâm"),
    ("Trường đại học Kinh tế (Đại học Quốc gia Hà Nội) công bố điểm chuẩn, theo ông Vũ Văn Hai.",
     "Trường Đại học Kinh tế, Đại học Quốc gia Hà Nội"),                     # parentheses: gold splits, none
])
def test_no_member_unit_in_a_list_or_under_another_head(text, wrong):
    assert _body_key(wrong) not in keys(text)
