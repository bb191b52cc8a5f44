"""Bodies: a regional unit printed as its body, "khu vực" and its region right after it, a number or a region of the
country ("Kiểm toán nhà nước khu vực VII", "KTNN khu vực VII", "Trung tâm Truyền hình Việt Nam khu vực Tây Nam Bộ"),
is named with its region, a region by name only for the television centre (the audit's and the treasury's units
are numbered); another body, a comma between, a demonstrative or a common noun after "khu vực" leave the
body as it is (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Ông Vũ Văn Hạnh, Phó Kiểm toán trưởng KTNN khu vực VII, tham dự buổi làm việc.", "Kiểm toán nhà nước khu vực VII"),
    ("Ông Lê Văn Tâm, Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV, cho biết.", "Kiểm toán nhà nước khu vực IV"),
    ("Kho bạc Nhà nước khu vực XV đã chi trả đủ.", "Kho bạc Nhà nước khu vực XV"),
    ("Kết quả, Trung tâm Truyền hình Việt Nam khu vực Tây Nam Bộ giành giải Nhất.",
     "Trung tâm Truyền hình Việt Nam khu vực Tây Nam Bộ"),
    ("Trung tâm Truyền hình Việt Nam khu vực miền Trung - Tây Nguyên (VTV8) thực hiện chương trình.",
     "Trung tâm Truyền hình Việt Nam khu vực miền Trung - Tây Nguyên"),
])
def test_a_regional_unit_is_named_with_its_region(text, body):
    assert body in extracted_body_names(text)


def test_two_regional_units_in_a_sentence():
    names = extracted_body_names(
        "Trung tâm Truyền hình Việt Nam khu vực Tây Nam Bộ và Kiểm toán nhà nước khu vực IX phối hợp.")
    assert names == ["Trung tâm Truyền hình Việt Nam khu vực Tây Nam Bộ", "Kiểm toán nhà nước khu vực IX"]


@pytest.mark.parametrize("text, bodies", [
    ("Kiểm toán nhà nước khu vực này đã kiểm toán dự án.", ["Kiểm toán nhà nước"]),  # a demonstrative
    ("Kiểm toán nhà nước khu vực miền núi còn ít.", ["Kiểm toán nhà nước"]),  # a common noun, no region's name
    ("Báo cáo của Kiểm toán nhà nước, khu vực Tây Nam Bộ có nhiều sai phạm.", ["Kiểm toán nhà nước"]),  # a comma
    ("Trung tâm Truyền hình Việt Nam tại khu vực Tây Nam Bộ phát sóng.", ["Trung tâm Truyền hình Việt Nam"]),
    # bodies without regional units stay as they are
    ("Bộ Tài chính khu vực miền Trung đã họp.", ["Bộ Tài chính"]),
    ("UBND tỉnh Gia Lai khu vực Tây Nguyên có nhiều dự án.", ["Ủy ban nhân dân tỉnh Gia Lai"]),
])
def test_no_region_no_unit(text, bodies):
    assert extracted_body_names(text) == bodies


def test_a_person_after_the_region_is_no_part_of_it():
    names = extracted_body_names("Kiểm toán nhà nước khu vực IV ông Trần Văn Bình cho biết.")
    assert names == ["Kiểm toán nhà nước khu vực IV"]


@pytest.mark.parametrize("text, bodies", [
    # the state audit's and the treasury's units are numbered: a region by name is where they work
    ("Kiểm toán nhà nước khu vực Tây Nguyên đã kiểm toán nhiều dự án.", ["Kiểm toán nhà nước"]),
    ("Hoạt động của Kho bạc Nhà nước khu vực miền Trung còn nhiều khó khăn.", ["Kho bạc Nhà nước"]),
    ("Kiểm toán nhà nước khu vực đồng bằng sông Cửu Long có nhiều dự án chậm.", ["Kiểm toán nhà nước"]),
])
def test_a_numbered_unit_is_not_named_by_a_region(text, bodies):
    assert extracted_body_names(text) == bodies
