"""A district's department printed without its place ("Phòng Quản lý đô thị", "Phòng Tài nguyên - Môi trường") in
an article whose local bodies name exactly one district is that district's; with two districts, after "các", or
for a unit that is no district department it keeps its printed name (district_unit rows; constructed sentences)."""

import pytest

from conftest import body_names, extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("UBND quận Tây Hồ cho biết, quận sẽ thành lập tổ liên ngành gồm Phòng Tài nguyên - Môi trường và công an quận.",
     "Phòng Tài nguyên và Môi trường quận Tây Hồ"),
    ("UBND thành phố Vinh đã ban hành văn bản. Phòng Quản lý đô thị khi thẩm định các đồ án phải xem xét kỹ.",
     "Phòng Quản lý đô thị thành phố Vinh"),
    ("Chủ tịch UBND huyện Gia Lâm giao việc rà soát hồ sơ cho Phòng Tư pháp.", "Phòng Tư pháp huyện Gia Lâm"),
    ("UBND thị xã Ninh Hòa cho biết Phòng Kinh tế đang kiểm tra.", "Phòng Kinh tế thị xã Ninh Hòa"),
])
def test_a_bare_department_takes_the_one_district(text, body):
    assert body in body_names(text)
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, body", [
    ("UBND quận Tây Hồ và UBND quận Ba Đình phối hợp với Phòng Tài nguyên và Môi trường.",
     "Phòng Tài nguyên và Môi trường"),
    ("UBND huyện Gia Lâm đề nghị phối hợp với Phòng Cảnh sát kinh tế.", "Phòng Cảnh sát kinh tế"),
    ("UBND tỉnh Nghệ An giao việc này cho Phòng Tư pháp.", "Phòng Tư pháp"),
])
def test_without_one_district_or_for_another_unit_the_name_stays(text, body):
    assert body in body_names(text)


def test_a_class_of_departments_takes_no_district():
    names = body_names("UBND huyện Gia Lâm chỉ đạo các Phòng Tư pháp kiểm tra.")
    assert "Phòng Tư pháp huyện Gia Lâm" not in names


def test_a_department_before_the_district_is_named_keeps_its_name():
    names = body_names("Phòng Tư pháp đề xuất UBND huyện Gia Lâm xử lý vi phạm.")
    assert "Phòng Tư pháp huyện Gia Lâm" not in names
