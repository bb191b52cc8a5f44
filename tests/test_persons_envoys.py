"""Persons: an envoy's post printed with its country and "tại" a place before the name ("Đại sứ Việt Nam
tại Malaysia Đinh Ngọc Linh"): the name after it, and the mission the bodies component marked as its body."""

from __future__ import annotations

import pytest


def persons(pipeline, text: str) -> dict[str, set[tuple[str, str | None]]]:
    doc = pipeline(text, disable=["nq_tasks", "nq_meetings"])
    return {p.name: {(x.title, x.body) for x in p.positions} for p in doc._.persons}


def names(pipeline, text: str) -> set[str]:
    return set(persons(pipeline, text))


# ------------------------------------------------------------------ a post "tại" a place, then the name


@pytest.mark.parametrize("text, name", [
    ("Đại sứ Việt Nam tại Malaysia Đinh Ngọc Linh cho biết chuyến thăm thành công.", "Đinh Ngọc Linh"),
    ("Tổng Lãnh sự Việt Nam tại Thái Lan Trần Văn Bình dự buổi lễ.", "Trần Văn Bình"),
    ("Đại sứ Nhật Bản tại Việt Nam Ito Naoki phát biểu tại hội thảo.", "Ito Naoki"),
])
def test_name_after_post_at_place(pipeline, text, name):
    assert name in names(pipeline, text)


def test_envoy_gets_the_mission_as_body(pipeline):
    found = persons(pipeline, "Chuyến thăm có Đại sứ Việt Nam tại Malaysia Đinh Ngọc Linh tham dự.")
    assert found == {"Đinh Ngọc Linh": {("Đại sứ", "Đại sứ quán Việt Nam tại Malaysia")}}

