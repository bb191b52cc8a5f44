"""A code of letters and digits ("F1", "G7", "G20", "COP30") printed between a title and a foreign name of two
words, glued to the name's first word, is the title's body, not part of the name (constructed sentences). A club
noun before foreign words is left as before: with no list of clubs, a club of one word ("CLB X A B") cannot be
told from one of two ("CLB X Y A B"). A Vietnamese name after a club, an acronym before the name, a hyphenated
Arabic name and a foreign name with no code before it are read as before; a country printed without its hyphen
("Timor Leste") is a place."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name", "title", "body"), [
    ("Trong thư gửi cổ đông, Giám đốc điều hành F1 Walter Brennick cho biết doanh thu tăng.", "Walter Brennick",
     "Giám đốc điều hành", "F1"),
    ("Chủ tịch G7 Oskar Lindqvist khai mạc phiên họp thường niên.", "Oskar Lindqvist", "Chủ tịch", "G7"),
    ("Theo lịch làm việc, Chủ tịch G20 Thabo Mokoena sẽ đón các phái đoàn vào chiều mai.", "Thabo Mokoena",
     "Chủ tịch", "G20"),
    ("Chủ tịch COP30 Renato Vilaça kêu gọi các nước giữ cam kết giảm phát thải.", "Renato Vilaça", "Chủ tịch",
     "COP30"),
])
def test_a_code_glued_before_a_foreign_name_is_the_titles_body(pipeline, text, name, title, body):
    names = person_names(pipeline, text)
    assert name in names and not any(n != name and n.endswith(name) for n in names)
    assert (title, body) in {(t, b) for t, b, _s in positions(pipeline, text)[name]}


def test_an_unhyphenated_country_is_a_place(pipeline):
    text = "Thủ tướng Timor Leste Rui Maria Araujo đón đoàn đại biểu Việt Nam."
    names = person_names(pipeline, text)
    assert "Rui Maria Araujo" in names and not any(n != "Rui Maria Araujo" and n.endswith("Rui Maria Araujo")
                                                 for n in names)


_NEAR_MISSES = [
    # a club of two words before a foreign name: no word of it is read as the club's
    "Chủ tịch CLB Juan Carlos Mendoza nói đội sẽ giữ nguyên ban huấn luyện.",
    "Sau trận, Chủ tịch CLB Real Madrid Anselmo Varga khen ngợi các cầu thủ trẻ.",
    "Chủ tịch CLB Inter Miami Dario Montes xác nhận đã gia hạn hợp đồng.",
    "Giám đốc CLB Manchester United Colin Ashworth nói về kế hoạch chuyển nhượng.",
    "Chủ tịch CLB Aston Villa Nigel Pembrooke dự buổi ra mắt tân binh.",
    "HLV CLB Al-Rayan Marco Deluca nói đội cần thêm thời gian.",
    # a code before one foreign word only, or before a Vietnamese name
    "Chủ tịch G20 Mokoena phát biểu.",
    "Chủ tịch CLB Long An Nguyễn Văn Long phát biểu tại buổi lễ.",
    # an acronym before the name
    "Chủ tịch UEFA Stefan Korvald dự lễ bốc thăm.",
    # a hyphenated Arabic name with no code before it
    "Ngoại trưởng Al-Rashid Omar Haddad cho biết hai bên đã đạt thỏa thuận.",
    # a foreign name of three words, nothing glued before it
    "Tổng thống Luis Abinader Corona tiếp đoàn đại biểu.",
]


@pytest.mark.parametrize("text", _NEAR_MISSES)
def test_near_misses_keep_base_behaviour(pipeline, monkeypatch, text):
    """The names and positions read with the code pass are those read with it turned off."""
    from nqextract.extract.persons import chains
    from nqextract.extract.persons import positions as positions_mod

    got = (person_names(pipeline, text), positions(pipeline, text))
    monkeypatch.setattr(chains, "past_glued_body", lambda scan, pos: pos)
    monkeypatch.setattr(positions_mod, "glued_body", lambda scan, title_end, target: None)
    assert got == (person_names(pipeline, text), positions(pipeline, text))
