"""A foreign legislator's office as printed: "nghị sĩ", "hạ nghị sĩ", "thượng nghị sĩ" (many hold it at once), with
the party printed after it as its body and "cựu" making it former (constructed sentences). Printed with no name
after it ("hàng chục nghị sĩ Anh", "các nghị sĩ") it names no one."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Bà Elise Stefanik, hạ nghị sĩ Đảng Cộng hòa, xác nhận đã bị đe dọa.", "Elise Stefanik",
     ("Hạ nghị sĩ", "Đảng Cộng hòa", "current")),
    ("Ông Lee Zeldin, cựu nghị sĩ Đảng Cộng hòa, xác nhận đã bị đe dọa.", "Lee Zeldin",
     ("Nghị sĩ", "Đảng Cộng hòa", "former")),
    ("Ngôi nhà của gia đình cựu nghị sĩ Matt Gaetz cũng bị đe dọa.", "Matt Gaetz", ("Nghị sĩ", None, "former")),
    ("Thượng nghị sĩ Bernie Sanders phát biểu tại Quốc hội Mỹ.", "Bernie Sanders", ("Thượng nghị sĩ", None, "current")),
])
def test_a_legislators_office(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


def test_the_surname_alone_is_the_same_person(pipeline):
    text = "Ngôi nhà của gia đình cựu nghị sĩ Matt Gaetz bị đe dọa. Ông Gaetz đã rút lui."
    assert person_names(pipeline, text) == {"Matt Gaetz"}


@pytest.mark.parametrize("text", [
    "Hàng chục nghị sĩ Anh đã kêu gọi chính phủ cấm camera này.",
    "Các nghị sĩ các nước tham dự hội nghị nghị viện.",
])
def test_legislators_with_no_name_are_no_person(pipeline, text):
    assert person_names(pipeline, text) == set()
