"""A foreign holder of a state body printed without its country (constructed sentences): the one foreign country
printed before him in the sentence is the body's ("Bộ Ngoại giao Cộng hòa Dominica", "Quốc hội Campuchia"); a
Vietnamese name, no country or two countries before him keep the body as printed."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Đón Thủ tướng có Bộ trưởng Bộ Nông nghiệp Cộng hòa Dominica Limber Cruz, Thứ trưởng Bộ Ngoại giao Jose Julio "
     "Gomez và các quan chức.", "Jose Julio Gomez", ("Thứ trưởng", "Bộ Ngoại giao Cộng hòa Dominica", "current")),
    ("Vị nguyên thủ Campuchia khẳng định sẽ cùng Chủ tịch Quốc hội Khuon Sudary phát triển quan hệ.",
     "Khuon Sudary", ("Chủ tịch", "Quốc hội Campuchia", "current")),
])
def test_the_sentences_one_country_is_the_bodys(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tại Việt Nam, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đón đoàn.",
     "Bùi Thanh Sơn", ("Bộ trưởng", "Bộ Ngoại giao", "current")),
    ("Tổng thống Pháp và Thủ tướng Đức gặp Bộ trưởng Bộ Ngoại giao Antony Blinken.",
     "Antony Blinken", ("Bộ trưởng", "Bộ Ngoại giao", "current")),
    ("Chủ tịch Quốc hội Khuon Sudary phát biểu.", "Khuon Sudary", ("Chủ tịch", "Quốc hội", "current")),
])
def test_guard_a_vietnamese_name_two_countries_or_none(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}
