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
    ("PGS.TS Lê Văn Sơn - phó viện trưởng Viện Vật liệu mới, Đại học Huế - cho biết thêm.",
     "Viện Vật liệu mới, Đại học Huế", "Đại học Huế"),
    ("Sinh viên Trường Y Dược - Đại học Thái Nguyên được thực tập tại bệnh viện.",
     "Trường Y Dược - Đại học Thái Nguyên", "Đại học Thái Nguyên"),
    ("Trường đại học Khoa học, Đại học Đà Nẵng phối hợp với ban đào tạo xác minh luận án của bà Trần Thị Hoa.",
     "Trường Đại học Khoa học, Đại học Đà Nẵng", "Đại học Đà Nẵng"),
    ("Hội thảo do Trường đại học Kinh tế - Đại học Quốc gia Hà Nội tổ chức sáng 3-4.",
     "Trường Đại học Kinh tế, Đại học Quốc gia Hà Nội", "Đại học Quốc gia Hà Nội"),
])
def test_a_member_school_is_named_with_its_university(text, unit, parent):
    found = keys(text)
    assert _body_key(unit) in found
    assert _body_key(parent) in found


@pytest.mark.parametrize("text, wrong", [
    ("Đại diện Bệnh viện Bạch Lâm, Viện Pasteur Hòa Lâm, Đại học Huế đã họp với ông Nguyễn Văn Tám.",
     "Viện Pasteur Hòa Lâm, Đại học Huế"),                             # a list before it
    ("Viện Vật liệu mới, Đại học Huế và Bệnh viện Tân Lâm ký kết hợp tác với bà Lê Thị Mai.",
     "Viện Vật liệu mới, Đại học Huế"),                                  # a list going on after it
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


@pytest.mark.parametrize("text, unit, parent", [
    ("Viện Ngữ văn, Đại học Quốc gia Hà Nội tuyển thêm giảng viên, theo ông Vũ Văn Hai.",
     "Viện Ngữ văn, Đại học Quốc gia Hà Nội", "Đại học Quốc gia Hà Nội"),
    ("Trường Kinh doanh Tân Vân - Đại học Kinh tế Quốc dân mở ngành mới, bà Lê Thị Mai cho biết.",
     "Trường Kinh doanh Tân Vân - Đại học Kinh tế Quốc dân", "Đại học Kinh tế Quốc dân"),
])
def test_a_member_of_a_listed_university_with_its_members_head(text, unit, parent):
    found = keys(text)
    assert _body_key(unit) in found and _body_key(parent) in found


@pytest.mark.parametrize("text, wrong", [
    # a university no member_parent row lists: two bodies side by side
    ("Viện Pasteur Bình Lâm - Đại học Y Dược Hòa Lâm phối hợp xét nghiệm cho ông Đỗ Văn Ba.",
     "Viện Pasteur Bình Lâm, Đại học Y Dược Hòa Lâm"),
    # a parent whose members are no "Trường Đại học": two universities listed
    ("Sinh viên Trường Đại học Hòa Lâm, Đại học Kinh tế Quốc dân tham gia cuộc thi của anh Lê Văn Tám.",
     "Trường Đại học Hòa Lâm, Đại học Kinh tế Quốc dân"),
    ("Trường Đại học Thủy Lâm - Đại học Bách khoa Hà Nội hòa 1-1, HLV Phạm Văn Năm hài lòng.",
     "Trường Đại học Thủy Lâm, Đại học Bách khoa Hà Nội"),
    # a list opened before it
    ("Trận đấu giữa Trường Đại học Tân Lâm - Đại học Huế diễn ra sôi nổi, HLV Phạm Văn Năm cho biết.",
     "Trường Đại học Tân Lâm, Đại học Huế"),
    ("Các đội gồm: Trường Đại học Sư phạm Tân Lâm, Đại học Thái Nguyên, theo ông Hà Văn Chín.",
     "Trường Đại học Sư phạm Tân Lâm, Đại học Thái Nguyên"),
    # a school level of no university, a unit named with a place
    ("Trường THPT Chu Lâm, Đại học Quốc gia Hà Nội đều có học sinh đoạt giải, theo bà Trần Thị Hoa.",
     "Trường THPT Chu Lâm, Đại học Quốc gia Hà Nội"),
    ("Trường Đại học Sư phạm Đà Nẵng, Đại học Huế cùng cử sinh viên, theo ông Vũ Văn Hai.",
     "Trường Đại học Sư phạm Đà Nẵng, Đại học Huế"),
])
def test_no_member_unit_of_an_unlisted_university_a_list_or_another_school(text, wrong):
    parent = _body_key(wrong).split(", ", 1)[1]
    assert not any(k.endswith(", " + parent) for k in keys(text))  # no unit named with it, however expanded
