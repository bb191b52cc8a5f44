"""Persons: names of the Central Highlands peoples (Ê Đê, M'nông, Gia Rai): "Y" (men), "H'" (women) or a
Gia Rai family name first, often four or five words with no Vietnamese surname: the whole capitalized run
after a title or an honorific, or before an appositive, is the name."""

from __future__ import annotations

import pytest


def persons(pipeline, text: str) -> dict[str, set[tuple[str, str | None]]]:
    doc = pipeline(text, disable=["nq_tasks", "nq_meetings"])
    return {p.name: {(x.title, x.body) for x in p.positions} for p in doc._.persons}


@pytest.mark.parametrize("text, name", [
    ("Phó Chủ tịch Quốc hội Y Thanh Hà Niê Kđăm phát biểu tại hội nghị.", "Y Thanh Hà Niê Kđăm"),
    ("Hoa hậu H'Hen Niê tham gia chương trình thiện nguyện.", "H'Hen Niê"),
    ("Bà H’Ăng Niê, Phó Chủ tịch UBND tỉnh Đắk Lắk, dự lễ.", "H’Ăng Niê"),
    ("Ông Ksor Phước Hà, Phó Chủ tịch Hội đồng Dân tộc, phát biểu.", "Ksor Phước Hà"),
])
def test_highland_name_is_one_person(pipeline, text, name):
    assert set(persons(pipeline, text)) == {name}


def test_highland_name_before_appositive_keeps_its_post(pipeline):
    found = persons(pipeline, "Đồng chí Y Thanh Hà Niê Kđăm, Phó Chủ tịch Quốc hội, dự lễ khai mạc.")
    assert found == {"Y Thanh Hà Niê Kđăm": {("Phó Chủ tịch", "Quốc hội")}}


@pytest.mark.parametrize("text", [
    "Trường Đại học Y Dược Thái Bình tuyển sinh năm học mới.",
    "Bộ Y Tế vừa ban hành hướng dẫn mới.",
])
def test_y_of_medicine_is_no_name(pipeline, text):
    assert persons(pipeline, text) == {}
