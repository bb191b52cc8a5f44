""""các đời tổng thống Mỹ", "những đời Thủ tướng": a title after "các đời" / "những đời" (the successive holders
of an office) is plural, so the person named after it is no holder ("nhà sử học nghiên cứu về các đời tổng thống
Mỹ Michael Beschloss" is a historian, no president); the same title printed for one person, with no such word
before it, keeps its holder (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize("text", [
    "Nhà sử học chuyên nghiên cứu về các đời tổng thống Mỹ Michael Beschloss nhận định như vậy.",
    "Cuốn sách viết về những đời Tổng thống Mỹ Michael Beschloss vừa ra mắt.",
])
def test_successive_holders_are_no_office_of_the_name(pipeline, text):
    got = positions(pipeline, text).get("Michael Beschloss", set())
    assert not any(title == "Tổng thống" for title, _b, _s in got), got


def test_a_single_holder_keeps_the_office(pipeline):
    got = positions(pipeline, "Nhà sử học gặp tổng thống Mỹ Michael Beschloss tại Washington.")
    assert ("Tổng thống", "Mỹ", "current") in got["Michael Beschloss"]


@pytest.mark.parametrize(("text", "name"), [
    ("Nhà sử học chuyên nghiên cứu về các đời tổng thống Mỹ Michael Beschloss nhận định như vậy.", "Michael Beschloss"),
    ("Bà kể về những đời tổng thống Pháp Jean Dupont đã gặp.", "Jean Dupont"),
])
def test_the_successive_holders_name_no_holder(pipeline, text, name):
    assert positions(pipeline, text).get(name, set()) == set()


def test_guard_one_holder_keeps_the_office(pipeline):
    text = "Qua các đời Bộ trưởng Bộ Y tế, ngành đã phát triển. Bộ trưởng Bộ Y tế Đào Hồng Lan cho biết."
    assert positions(pipeline, text)["Đào Hồng Lan"] == {("Bộ trưởng", "Bộ Y tế", "current")}
