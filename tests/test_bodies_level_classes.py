"""Bodies: a unit's name followed by a level ("Ban QLDA khu vực cấp huyện", "Phòng Tư pháp cấp huyện") is a class
of bodies at that level, and a number range after a head ("Ban Thường vụ 9 - 11 người") a quantity: no body
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names, tagged_body_names


@pytest.mark.parametrize("text", [
    "Ban QLDA khu vực cấp huyện chuyển về UBND TP.",
    "Phòng Tư pháp cấp huyện giải thể từ ngày 1-7.",
    "Phòng Văn hóa - Thông tin cấp huyện giải thể.",
    "Về cơ cấu tổ chức, Ban Thường vụ 9 - 11 người, gồm bí thư và phó bí thư.",
    "Ban Chấp hành 27 - 33 ủy viên, bầu tại đại hội.",
])
def test_a_class_at_a_level_or_a_quantity_names_no_body(text):
    assert body_names(text) == []
    assert tagged_body_names(text) == []


@pytest.mark.parametrize("text, body", [
    ("Ban QLDA khu vực cấp huyện chuyển về Sở Xây dựng tỉnh Nghệ An.", "Sở Xây dựng tỉnh Nghệ An"),
    ("Phòng Tư pháp huyện Yên Thành giải thể.", "Phòng Tư pháp huyện Yên Thành"),
    ("Quân khu 7 tổ chức hội nghị.", "Quân khu 7"),
    ("Ông từng là tham mưu phó Sư đoàn 320 - Đại đoàn Đồng Bằng.", "Sư đoàn 320"),
])
def test_named_units_and_numbered_units_stay(text, body):
    assert body_names(text) == [body]
