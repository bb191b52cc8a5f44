"""A president-elect and a spokesman printed "phát ngôn viên" (constructed sentences): "Tổng thống đắc cử Mỹ X" holds
that office of his country; printed with no country the title only introduces the name (sets disagree on the
body then); "phát ngôn viên <body> X" is that body's spokesman."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tổng thống đắc cử Mỹ Donald Trump đã đe dọa cắt viện trợ.", "Donald Trump", ("Tổng thống đắc cử", "Mỹ", "current")),
    ("Phó Tổng thống đắc cử Mỹ James David Vance phát biểu tại Ohio.", "James David Vance", ("Phó Tổng thống đắc cử", "Mỹ", "current")),
    ("Phát ngôn viên Bộ Ngoại giao Nga Maria Zakharova nói phương Tây bóp méo sự thật.",
     "Maria Zakharova", ("Phát ngôn viên", "Bộ Ngoại giao Nga", "current")),
])
def test_an_elected_head_or_a_spokesman_with_the_body(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


def test_a_bare_president_elect_is_found_with_no_office(pipeline):
    assert positions(pipeline, "Trong khi đó, Tổng thống đắc cử Donald Trump vẫn chưa bình luận.") == {"Donald Trump": set()}


def test_guard_elected_as_a_verb_is_no_title(pipeline):
    assert positions(pipeline, "Ông Donald Trump đắc cử Tổng thống Mỹ năm 2016.").get("Donald Trump", set()) == set()
