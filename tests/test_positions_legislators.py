"""A foreign legislator's office as printed: "nghị sĩ", "hạ nghị sĩ", "thượng nghị sĩ" (many hold it at once), with
the party printed after it as its body and "cựu" making it former (constructed sentences). Printed with no name
after it ("hàng chục nghị sĩ Anh", "các nghị sĩ") it names no one."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Bà Karen Whitcombe, hạ nghị sĩ Đảng Cộng hòa, cho biết sẽ ủng hộ dự luật.", "Karen Whitcombe",
     ("Hạ nghị sĩ", "Đảng Cộng hòa", "current")),
    ("Ông Scott Merrin, cựu nghị sĩ Đảng Cộng hòa, cho biết sẽ ủng hộ dự luật.", "Scott Merrin",
     ("Nghị sĩ", "Đảng Cộng hòa", "former")),
    ("Văn phòng của cựu nghị sĩ Ryan Holtz đã đóng cửa.", "Ryan Holtz", ("Nghị sĩ", None, "former")),
    ("Thượng nghị sĩ Thomas Haldane phát biểu tại Quốc hội Mỹ.", "Thomas Haldane", ("Thượng nghị sĩ", None, "current")),
])
def test_a_legislators_office(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


def test_the_surname_alone_is_the_same_person(pipeline):
    text = "Văn phòng của cựu nghị sĩ Ryan Holtz đã đóng cửa. Ông Holtz đã rút lui."
    assert person_names(pipeline, text) == {"Ryan Holtz"}


@pytest.mark.parametrize("text", [
    "Hàng chục nghị sĩ Anh đã kêu gọi chính phủ cấm loại thiết bị này.",
    "Các nghị sĩ các nước tham dự hội nghị nghị viện.",
])
def test_legislators_with_no_name_are_no_person(pipeline, text):
    assert person_names(pipeline, text) == set()
