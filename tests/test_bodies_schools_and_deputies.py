"""Bodies: a specialised school ("Trường THPT chuyên") is named after a person; the deputies of a province printed
in the plural ("các đại biểu Quốc hội tỉnh X", "các ĐBQH TP X") are its delegation (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, name", [
    ("Bộ tem được trưng bày tại Trường THPT chuyên Lê Hồng Phong để học sinh xem.",
     "Trường Trung học phổ thông chuyên Lê Hồng Phong"),
    ("Cô Hiền - hiệu trưởng Trường THPT chuyên Lê Hồng Phong - cho biết các em rất thích.",
     "Trường Trung học phổ thông chuyên Lê Hồng Phong"),
    ("Học sinh Trường Trung học phổ thông chuyên Trần Đại Nghĩa đoạt giải nhất.",
     "Trường Trung học phổ thông chuyên Trần Đại Nghĩa"),
    ("Thầy Lê Văn Bình, giáo viên Trường THPT chuyên Nguyễn Huệ, cho biết.", "Trường Trung học phổ thông chuyên Nguyễn Huệ"),
])
def test_a_specialised_school_named_after_a_person(text, name):
    assert body_names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Trong ngày 28/11, các đại biểu Quốc hội tỉnh Quảng Ngãi đã tiếp xúc cử tri tại phường Trần Phú.",
     "Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi"),
    ("Tại quận Sơn Trà, các ĐBQH TP Đà Nẵng đã tiếp nhận nhiều ý kiến.", "Đoàn đại biểu Quốc hội thành phố Đà Nẵng"),
    ("Các ĐBQH tỉnh Hưng Yên đã tiếp xúc cử tri huyện Văn Lâm.", "Đoàn đại biểu Quốc hội tỉnh Hưng Yên"),
])
def test_the_deputies_of_a_province_are_its_delegation(text, name):
    assert name in body_names(text)


@pytest.mark.parametrize("text", [
    "Các đại biểu Quốc hội đã thảo luận tại hội trường về dự án luật.",
    "Các đại biểu Quốc hội khóa XV đã bấm nút thông qua.",
    "Nhiều đại biểu Quốc hội tỉnh Nghệ An dự họp.",
])
def test_no_delegation_without_a_province_or_the_plural(text):
    assert not any(n.startswith("Đoàn đại biểu") for n in body_names(text))
