"""A body whose span the tagger's word widened over the name after it (constructed sentences): the word segmenter
prints "Cuba Dương Minh" or "Israel Yoav Gallant" as one word, and the body (a mission ending with its country, a
government of a country) took the whole word. The body ends at its own last word, so the name after it is a
person holding the office, not swallowed by the body or handed to the person before."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tham gia Đoàn còn có Tổng Thư ký Quốc hội Nguyễn Hạnh Phúc, Đại sứ Việt Nam tại Cuba Dương Minh, lãnh đạo "
     "Bộ Ngoại giao.", "Dương Minh", ("Đại sứ", "Đại sứ quán Việt Nam tại Cuba", "current")),
    ("Dự lễ có Đại sứ Việt Nam tại Lào Dương Minh.", "Dương Minh",
     ("Đại sứ", "Đại sứ quán Việt Nam tại Lào", "current")),
    ("Dự lễ có Đại sứ Việt Nam tại Cuba Dương Minh và Bộ trưởng Bộ Y tế Đào Hồng Lan.", "Dương Minh",
     ("Đại sứ", "Đại sứ quán Việt Nam tại Cuba", "current")),
])
def test_a_name_after_a_widened_body_holds_its_office(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


def test_the_person_before_keeps_only_his_own_office(pipeline):
    text = ("Tham gia Đoàn còn có Tổng Thư ký Quốc hội Nguyễn Hạnh Phúc, Đại sứ Việt Nam tại Cuba Dương Minh, lãnh đạo "
            "Bộ Ngoại giao.")
    assert positions(pipeline, text)["Nguyễn Hạnh Phúc"] == {("Tổng Thư ký", "Quốc hội", "current")}


def test_a_former_minister_named_after_a_country_gets_no_premiers_office(pipeline):
    text = ("ICC đã ban hành lệnh bắt giữ Thủ tướng Israel Netanyahu, cựu bộ trưởng Quốc phòng Israel Yoav Gallant "
            "và một thủ lĩnh Hamas.")
    got = positions(pipeline, text)
    assert not any(title == "Thủ tướng" for title, _b, _s in got.get("Yoav Gallant", set()))


# guard: passes without the rule; a body whose last words are its own place keeps them
@pytest.mark.parametrize(("text", "name", "office"), [
    ("Giám đốc Sở Y tế Hà Nội Trần Văn An phát biểu.", "Trần Văn An", ("Giám đốc", "Sở Y tế thành phố Hà Nội", "current")),
    ("Đại sứ Việt Nam tại Malaysia Đinh Ngọc Linh cho biết.", "Đinh Ngọc Linh",
     ("Đại sứ", "Đại sứ quán Việt Nam tại Malaysia", "current")),
])
def test_guard_a_body_ending_with_its_place_is_whole(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]
