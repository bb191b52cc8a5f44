"""A head of state elected but not yet sworn in ("Tổng thống đắc cử Mỹ X", "Phó Tổng thống đắc cử X") holds the
office as the gold writes it, "Tổng thống đắc cử", with the country printed before the name as its body, like
"Tổng thống"; the name after it is a person; "phát ngôn viên <body> X" is that body's spokesman (constructed
sentences). "đắc cử" as a verb after a name ("ông X đắc cử Tổng thống") or opening a clause is no such office."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tổng thống đắc cử Mỹ Donald Trump đã đe dọa cắt viện trợ.", "Donald Trump",
     ("Tổng thống đắc cử", "Mỹ", "current")),
    ("Tổng thống đắc cử Hàn Quốc Lee Jae Myung tuyên thệ nhậm chức.", "Lee Jae Myung",
     ("Tổng thống đắc cử", "Hàn Quốc", "current")),
    ("Phó Tổng thống đắc cử Mỹ James Vance phát biểu tại Ohio.", "James Vance",
     ("Phó Tổng thống đắc cử", "Mỹ", "current")),
    ("Đợt bổ nhiệm nội các của Tổng thống đắc cử Donald Trump đã hoàn thiện.", "Donald Trump",
     ("Tổng thống đắc cử", None, "current")),
])
def test_an_elected_head_of_state_is_a_title(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


def test_the_surname_alone_later_is_the_same_person(pipeline):
    text = "Tổng thống đắc cử Mỹ Donald Trump phát biểu. Ông Trump cho biết sẽ cắt viện trợ."
    assert person_names(pipeline, text) == {"Donald Trump"}


@pytest.mark.parametrize(("text", "name"), [
    ("Ông Donald Trump đắc cử Tổng thống Mỹ vào tháng 11.", "Donald Trump"),
    ("Sau khi đắc cử, Tổng thống Pháp Emmanuel Macron phát biểu.", "Emmanuel Macron"),
])
def test_elected_as_a_verb_is_no_title(pipeline, text, name):
    got = positions(pipeline, text).get(name, set())
    assert not any(title.endswith("đắc cử") for title, _body, _status in got), got


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tổng thống đắc cử Mỹ Donald Trump đã đe dọa cắt viện trợ.", "Donald Trump", ("Tổng thống đắc cử", "Mỹ", "current")),
    ("Phó Tổng thống đắc cử Mỹ James David Vance phát biểu tại Ohio.", "James David Vance", ("Phó Tổng thống đắc cử", "Mỹ", "current")),
    ("Phát ngôn viên Bộ Ngoại giao Nga Maria Zakharova nói phương Tây bóp méo sự thật.",
     "Maria Zakharova", ("Phát ngôn viên", "Bộ Ngoại giao Nga", "current")),
])
def test_an_elected_head_or_a_spokesman_with_the_body(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


def test_guard_elected_as_a_verb_is_no_title(pipeline):
    assert positions(pipeline, "Ông Donald Trump đắc cử Tổng thống Mỹ năm 2016.").get("Donald Trump", set()) == set()
