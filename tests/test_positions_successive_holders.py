""""các đời tổng thống Mỹ", "những đời Thủ tướng": the successive holders of an office are a group, not the person
named after them ("nhà sử học nghiên cứu về các đời tổng thống Mỹ Michael Beschloss" is a historian, no
president); the same title with no such word before it is the person's office (constructed sentences)."""

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
