"""Bodies: a district's or town's unit whose field is printed with a dash or an abbreviation takes the field's
canonical spelling, as the department's name has it ("Phòng Tài nguyên - Môi trường" -> "Phòng Tài nguyên và
Môi trường"; constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Đại diện Phòng Tài nguyên - Môi trường huyện Phú Riềng cho hay sẽ kiểm tra.",
     "Phòng Tài nguyên và Môi trường huyện Phú Riềng"),
    ("Phòng Kế hoạch - Đầu tư quận Hoàn Kiếm đã kiểm tra hồ sơ.", "Phòng Kế hoạch và Đầu tư quận Hoàn Kiếm"),
    ("Phòng Giáo dục - Đào tạo huyện Gia Lâm vừa có văn bản.", "Phòng Giáo dục và Đào tạo huyện Gia Lâm"),
    ("Phòng TN-MT thị xã Ninh Hòa vừa phối hợp các đơn vị.", "Phòng Tài nguyên và Môi trường thị xã Ninh Hòa"),
])
def test_a_units_field_takes_its_canonical_spelling(text, body):
    assert body in names(text)


@pytest.mark.parametrize("text, body", [
    ("Phòng Giao thông huyện Gia Lâm vừa có văn bản.", "Phòng Giao thông huyện Gia Lâm"),
    ("Phòng Văn hóa - Thông tin huyện Gia Lâm vừa có văn bản.", "Phòng Văn hóa - Thông tin huyện Gia Lâm"),
])
def test_a_field_no_department_spells_otherwise_is_kept(text, body):
    assert body in names(text)
