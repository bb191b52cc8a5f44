"""A foreign head of state printed bare ("Tổng thống Ferdinand Marcos") in an article that names one foreign
country only, and prints a head's title with it ("phó tổng thống Philippines"), is the head of state of that
country, the body being the country as printed ("Philippines"), as when printed between title and name; with
several countries, or none, or that country printed with no head's title, or a Vietnamese name, no body
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Đội cận vệ của phó tổng thống Philippines bị thay. Tổng thống Ferdinand Marcos yêu cầu điều tra.",
     "Ferdinand Marcos", ("Tổng thống", "Philippines", "current")),
    ("Phó tổng thống Philippines Sara Duterte đe dọa ám sát Tổng thống Ferdinand Marcos.",
     "Ferdinand Marcos", ("Tổng thống", "Philippines", "current")),
    ("Văn phòng tổng thống Hàn Quốc ra thông báo. Tổng thống Yoon Suk Yeol xin lỗi người dân.",
     "Yoon Suk Yeol", ("Tổng thống", "Hàn Quốc", "current")),
    ("Cảnh sát Philippines cho biết. Cuộc bầu cử tổng thống Philippines năm 2022. Phó Tổng thống Sara Duterte bị triệu tập.",
     "Sara Duterte", ("Phó Tổng thống", "Philippines", "current")),
])
def test_a_bare_head_of_state_is_of_the_articles_one_country(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    # two foreign countries: the president may be of either
    ("Đoàn Malaysia và đoàn Indonesia dự hội nghị. Tổng thống Prabowo Subianto phát biểu.", "Prabowo Subianto"),
    # the one country named is where the head goes, never printed with a head's title
    ("Tổng thống Joe Biden sẽ thăm Brazil vào tháng tới.", "Joe Biden"),
    ("Bộ Tư pháp Philippines ra thông báo. Tổng thống Ferdinand Marcos yêu cầu điều tra.", "Ferdinand Marcos"),
    # no foreign country at all (a city is no country)
    ("Tổng thống Ferdinand Marcos phát biểu tại Manila.", "Ferdinand Marcos"),
])
def test_a_bare_head_of_state_without_one_country_keeps_no_body(pipeline, text, name):
    got = positions(pipeline, text)[name]
    assert all(body is None for title, body, _status in got if title == "Tổng thống"), got


def test_guard_a_vietnamese_name_takes_no_foreign_country(pipeline):
    got = positions(pipeline, "Đoàn đại biểu thăm Philippines. Tổng thống Phạm Văn Bình phát biểu.")
    assert all(body != "Philippines" for _title, body, _status in got.get("Phạm Văn Bình", set())), got


def test_guard_a_country_printed_before_the_name_is_kept(pipeline):
    text = "Bộ Tư pháp Philippines cho biết. Tổng thống Mỹ Joe Biden gọi điện."
    assert ("Tổng thống", "Mỹ", "current") in positions(pipeline, text)["Joe Biden"]
