"""A numbered military region named with its force after the number: the region alone ("Vùng 2 Hải quân") and the
unit a head opens before it ("Bộ Tư lệnh Vùng 5 Hải quân", "Ban Tuyên huấn Vùng 2 hải quân") read to the force,
the force printed capitalized; the head's unit printed again without the force is the same body. A region with
no force after its number, or in lower case, is none of it (numbered_region and region_force rows; constructed
sentences)."""

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Sáng 5-3, Bộ Tư lệnh Vùng 5 Hải quân tổ chức lễ ra quân huấn luyện.", "Bộ Tư lệnh Vùng 5 Hải quân"),
    ("Ngày 12-8, Ban Tuyên huấn Vùng 2 hải quân cho biết tàu 215 đã về cảng.", "Ban Tuyên huấn Vùng 2 Hải quân"),
    ("Đoàn khách giao lưu thể thao với Vùng 1 Hải quân tại Hải Phòng.", "Vùng 1 Hải quân"),
    ("Đại tá Lê Văn Khải, Phó Chính ủy Vùng 5 Hải quân, phát biểu tại buổi lễ.", "Vùng 5 Hải quân"),
    ("Kỷ niệm 50 năm Ngày thành lập Vùng 2 Hải quân được tổ chức trọng thể.", "Vùng 2 Hải quân"),
])
def test_a_numbered_region_is_read_to_its_force(text, body):
    names = body_names(text)
    assert body in names
    assert not any(n in names for n in ("Bộ Tư lệnh Vùng", "Ban Tuyên huấn Vùng", "Bộ Tư lệnh Vùng 5"))


def test_the_unit_printed_again_without_its_force_is_the_same_body():
    names = body_names("Bộ Tư lệnh Vùng 2 Hải quân đã cứu ngư dân. Sau đó, lãnh đạo Bộ Tư lệnh Vùng 2 và địa "
                       "phương đã đến thăm hỏi.")
    assert names.count("Bộ Tư lệnh Vùng 2 Hải quân") >= 1
    assert "Bộ Tư lệnh Vùng 2" not in names


@pytest.mark.parametrize("text", [
    "Mưa lớn kéo dài ở vùng 2 hải quân báo cáo thiệt hại.",
    "Nông dân Vùng 3 năm nay được mùa lớn.",
    "Ông Trần Văn Bình, Trưởng Vùng 4 dân cư, đã phát biểu.",
    "Tàu hải quân Mỹ thăm cảng Cam Ranh.",
])
def test_no_region_without_its_force_or_in_lower_case(text):
    assert not any(n.startswith("Vùng") and n.endswith("Hải quân") for n in body_names(text))
