"""A body printed between a title and a foreign name, glued to the name's first word (constructed sentences): a
code of letters and digits ("F1", "G7") or the one foreign word after a club's or a company's noun ("CLB X") is
the body's, not the name's: the title stays the person's, of that body ("Câu lạc bộ X"). A Vietnamese name after a club, an acronym before the
name, a club noun before one foreign word, a hyphenated Arabic name printed alone and a foreign name with no
body before it are read as before; a country printed without its hyphen ("Timor Leste") is a place."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name", "title", "body"), [
    ("Trong thư gửi cổ đông, Giám đốc điều hành F1 Walter Brennick cho biết doanh thu tăng.", "Walter Brennick",
     "Giám đốc điều hành", "F1"),
    ("Chủ tịch G7 Oskar Lindqvist khai mạc phiên họp thường niên.", "Oskar Lindqvist", "Chủ tịch", "G7"),
    ("Chủ tịch CLB Al-Marwan Tobias Grell khẳng định đội sẽ không bán cầu thủ.", "Tobias Grell", "Chủ tịch",
     "Câu lạc bộ Al-Marwan"),
    ("Phát biểu sau trận, Chủ tịch CLB Valderra Ahmed Qassem khen ngợi các cầu thủ trẻ.", "Ahmed Qassem",
     "Chủ tịch", "Câu lạc bộ Valderra"),
])
def test_a_body_glued_before_a_foreign_name_is_no_part_of_it(pipeline, text, name, title, body):
    names = person_names(pipeline, text)
    assert name in names and not any(n != name and n.endswith(name) for n in names)
    assert (title, body) in {(t, b) for t, b, _s in positions(pipeline, text)[name]}


@pytest.mark.parametrize(("text", "name"), [
    ("HLV CLB Al-Rayan Marco Deluca nói đội cần thêm thời gian.", "Marco Deluca"),
    ("Thủ tướng Timor Leste Rui Maria Araujo đón đoàn đại biểu Việt Nam.", "Rui Maria Araujo"),
])
def test_the_name_after_a_club_or_an_unhyphenated_country(pipeline, text, name):
    names = person_names(pipeline, text)
    assert name in names and not any(n != name and n.endswith(name) for n in names)


@pytest.mark.parametrize(("text", "name"), [
    # a Vietnamese name after a club named like a place
    ("Chủ tịch CLB Long An Nguyễn Văn Long phát biểu tại buổi lễ.", "Nguyễn Văn Long"),
    # an acronym before the name, read as before
    ("Chủ tịch UEFA Stefan Korvald dự lễ bốc thăm.", "Stefan Korvald"),
    # one foreign word after the club's: the run is too short to hold a club and a name
    ("Chủ tịch CLB Ortega phát biểu.", "Ortega"),
    # a hyphenated Arabic name with no club noun before it
    ("Ngoại trưởng Al-Rashid Omar Haddad cho biết hai bên đã đạt thỏa thuận.", "Al-Rashid Omar Haddad"),
    # a foreign name of three words, nothing glued before it
    ("Tổng thống Luis Abinader Corona tiếp đoàn đại biểu.", "Luis Abinader Corona"),
])
def test_near_misses_keep_the_name_whole(pipeline, text, name):
    assert name in person_names(pipeline, text)
