"""A specialized school ("Trường THPT chuyên Lê Hồng Phong") is named after a person like any school: the
name after its level and "chuyên" is the school's own, so the head of the school keeps the whole body and
no person is read from the school's name; "chuyên" with no name after it ends nothing new. Constructed
sentences."""

from __future__ import annotations

import pytest

from conftest import positions, tagged_body_names


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Cô Phạm Thị Bé Hiền - hiệu trưởng Trường THPT chuyên Lê Hồng Phong - cho biết: các em rất thích.",
     "Phạm Thị Bé Hiền", ("Hiệu trưởng", "Trường Trung học phổ thông chuyên Lê Hồng Phong", "current")),
    ("Cô Trần Thị Mai, Hiệu trưởng Trường THPT chuyên Lê Quý Đôn, cho biết.",
     "Trần Thị Mai", ("Hiệu trưởng", "Trường Trung học phổ thông chuyên Lê Quý Đôn", "current")),
    ("Ông Nguyễn Văn Hùng, hiệu trưởng Trường Trung học phổ thông chuyên Trần Đại Nghĩa (TP.HCM), cho biết.",
     "Nguyễn Văn Hùng", ("Hiệu trưởng", "Trường Trung học phổ thông chuyên Trần Đại Nghĩa", "current")),
    ("Thầy Lê Văn Tám, phó hiệu trưởng Trường THCS chuyên Nguyễn Du, phát biểu.",
     "Lê Văn Tám", ("Phó Hiệu trưởng", "Trường Trung học cơ sở chuyên Nguyễn Du", "current")),
])
def test_the_head_of_a_specialized_school_keeps_its_name(pipeline, text, name, expected):
    found = positions(pipeline, text)
    assert expected in found[name]
    namesake = " ".join(expected[1].split()[-3:])
    assert namesake not in found


@pytest.mark.parametrize(("text", "body"), [
    ("Trường THPT chuyên Lê Hồng Phong đã khai mạc tuần lễ triển lãm tem.",
     "Trường Trung học phổ thông chuyên Lê Hồng Phong"),
    ("Học sinh Trường THCS chuyên Nguyễn Huệ đoạt giải.", "Trường Trung học cơ sở chuyên Nguyễn Huệ"),
])
def test_a_specialized_school_is_one_body(text, body):
    assert body in tagged_body_names(text)


def test_a_plain_school_after_a_name_is_unchanged(pipeline):
    found = positions(pipeline, "Ông Nguyễn Văn Hùng, hiệu trưởng Trường THCS Nguyễn Du, cho biết.")
    assert ("Hiệu trưởng", "Trường Trung học cơ sở Nguyễn Du", "current") in found["Nguyễn Văn Hùng"]
