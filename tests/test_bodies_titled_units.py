"""Bodies: a unit printed after its head's title, a comma and the body it belongs to is one name with that body,
the body named on its own too ("Cục trưởng Cục Quản trị, Văn phòng Trung ương Đảng"); a list of bodies stays a
list; "Báo chí" (the press) inside a name opens no news outlet (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, unit, body", [
    ("Đồng chí Nguyễn Văn A, Cục trưởng Cục Quản trị, Văn phòng Trung ương Đảng.",
     "Cục Quản trị, Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng"),
    ("Ông gặp Phó Vụ trưởng Vụ Thông tin Báo chí, Bộ Ngoại giao Đoàn Khắc Việt.",
     "Vụ Thông tin Báo chí, Bộ Ngoại giao", "Bộ Ngoại giao"),
    ("Bà Lê Thị B, Cục trưởng Cục An toàn thực phẩm, Bộ Y tế đã chia sẻ.",
     "Cục An toàn thực phẩm, Bộ Y tế", "Bộ Y tế"),
    ("Ông Trần Văn C, Phó Cục trưởng Cục Xúc tiến thương mại, Bộ Công Thương cho rằng giá sẽ tăng.",
     "Cục Xúc tiến thương mại, Bộ Công Thương", "Bộ Công Thương"),
])
def test_a_titled_unit_takes_its_body_after_the_comma(text, unit, body):
    found = names(text)
    assert unit in found and body in found


@pytest.mark.parametrize("text, expected", [
    ("Vụ Pháp chế, Bộ Tài chính và Bộ Tư pháp họp.", ["Vụ Pháp chế", "Bộ Tài chính", "Bộ Tư pháp"]),
    ("Vụ trưởng Vụ Pháp chế, Bộ Tài chính và Bộ Tư pháp họp.", ["Vụ Pháp chế", "Bộ Tài chính", "Bộ Tư pháp"]),
    ("Cục Quản trị, Văn phòng Trung ương Đảng cùng dự.", ["Cục Quản trị", "Văn phòng Trung ương Đảng"]),
])
def test_without_the_title_or_in_a_list_the_bodies_stay_apart(text, expected):
    assert names(text) == expected


def test_the_press_inside_a_name_is_no_outlet():
    assert "Vụ Thông tin Báo chí" in names("Vụ Thông tin Báo chí họp báo chiều nay.")
