"""Countries printed between a title and a name are no part of the name and name the office's country: the
Dominican Republic ("Cộng hòa Dominica"), and the countries the body patterns name that the persons' place list
lacked (Haiti, Uganda, Zambia, ...) (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Đón đoàn có Đại sứ Cộng hòa Dominica tại Việt Nam Jaime Francisco Rodríguez và các quan chức.",
     "Jaime Francisco Rodríguez", ("Đại sứ", "Đại sứ quán Cộng hòa Dominica tại Việt Nam", "current")),
    ("Tổng thống Uganda Yoweri Museveni tiếp đoàn.", "Yoweri Museveni", ("Tổng thống", "Uganda", "current")),
    ("Tổng thống Zambia Hakainde Hichilema phát biểu.", "Hakainde Hichilema", ("Tổng thống", "Zambia", "current")),
])
def test_a_country_between_title_and_name(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize("text", [
    "Đoàn công tác đã đến Cộng hòa Dominica và Haiti trong tuần.",
    "Ông Nguyễn Văn An thăm Uganda, Zambia và El Salvador.",
])
def test_a_listed_country_is_no_person(pipeline, text):
    names = person_names(pipeline, text)
    assert not names & {"Cộng hòa Dominica", "Dominica", "Haiti", "Uganda", "Zambia", "El Salvador"}


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tổng thống Burkina Faso Ibrahim Traoré phát biểu.", "Ibrahim Traoré", ("Tổng thống", "Burkina Faso", "current")),
    ("Thủ tướng Samoa Fiamē Naomi Mataʻafa dự hội nghị.", "Fiamē Naomi Mataʻafa",
     ("Thủ tướng", "Chính phủ Samoa", "current")),
])
def test_a_small_member_state_between_title_and_name(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


def test_a_small_member_state_alone_is_no_person(pipeline):
    assert person_names(pipeline, "Tổng thống Tuvalu và Thủ tướng Samoa dự hội nghị.") == set()
