"""A foreign head's title set off after the holder's name with its country right after it, the country closing the
aside ("ông A, cựu thủ tướng Hà Lan, ...", "bà B (thủ tướng Phần Lan)", "ông C - tổng thống Bulgaria -"), is that
country's office, as when the country is printed between title and name, in an article naming other countries too,
a status word maybe before the title; the article's one country of a bare premier is counted as before (constructed
sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Pieter Janssen, cựu thủ tướng Hà Lan, vừa nhận thêm một nhiệm vụ ở Brussels.", "Pieter Janssen",
     ("Thủ tướng", "Chính phủ Hà Lan", "former")),
    ("Sau Paris, ông Ivan Dimitrov, tổng thống Bulgaria, sẽ tới Singapore và Nhật Bản.", "Ivan Dimitrov",
     ("Tổng thống", "Bulgaria", "current")),
    ("Bà Anna Korhonen (thủ tướng Phần Lan) phát biểu đầu tiên, sau đó là đại diện Pháp và Đức.", "Anna Korhonen",
     ("Thủ tướng", "Chính phủ Phần Lan", "current")),
    ("Ông Ivan Dimitrov - tổng thống Bulgaria - đến Hà Nội hôm qua sau chuyến thăm Lào.", "Ivan Dimitrov",
     ("Tổng thống", "Bulgaria", "current")),
    ("Ông Tom Hartley, phó thủ tướng Úc, và ông Ken Mori, đại sứ Nhật Bản, cùng dự buổi tiệc.", "Tom Hartley",
     ("Phó Thủ tướng", "Chính phủ Úc", "current")),
    ("Bà Greta Lindqvist, nguyên thủ tướng Thụy Điển, sẽ dẫn đầu phái đoàn quan sát.", "Greta Lindqvist",
     ("Thủ tướng", "Chính phủ Thụy Điển", "former")),
    ("Ông Marek Novak - quyền tổng thống Séc - đã ký sắc lệnh vào cuối tuần.", "Marek Novak",
     ("Tổng thống", "Séc", "acting")),
])
def test_a_set_off_foreign_title_takes_the_country_after_it(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


def test_each_holder_of_a_list_of_set_off_titles_takes_his_own_country(pipeline):
    got = positions(pipeline, "Ông Ivan Dimitrov, tổng thống Bulgaria, đã gặp ông John Harlow, thủ tướng Anh, "
                              "tại London trong ngày thứ hai của chuyến công du.")
    assert ("Tổng thống", "Bulgaria", "current") in got["Ivan Dimitrov"]
    assert ("Thủ tướng", "Chính phủ Anh", "current") in got["John Harlow"]


@pytest.mark.parametrize(("text", "name"), [
    # a premier set off with his own country never takes the other holder's
    ("Ông John Harlow, thủ tướng Anh, gặp ông Ivan Dimitrov, tổng thống Bulgaria, bên lề hội nghị.", "John Harlow"),
    ("Ông Olaf Weber, cựu thủ tướng Đức, và ông Louis Garnier, tổng thống Pháp, cùng có mặt.", "Olaf Weber"),
])
def test_a_head_of_government_never_takes_another_holders_country(pipeline, text, name):
    got = positions(pipeline, text)[name]
    assert not any(body and ("Bulgaria" in body or "Pháp" in body) for _t, body, _s in got)


@pytest.mark.parametrize(("text", "name"), [
    # the title not set off after a name: an election, a post talked about, not the office of the name after it
    ("Ở vòng bầu cử tổng thống Mỹ, ông Donald Brewer đã giành thắng lợi lớn.", "Donald Brewer"),
    ("Sau cuộc đua vào ghế thủ tướng Anh, ông John Harlow nói sẽ nghỉ ngơi.", "John Harlow"),
])
def test_a_title_not_set_off_gives_the_next_name_no_country_office(pipeline, text, name):
    got = positions(pipeline, text).get(name, set())
    assert not any(body and ("Mỹ" in body or "Anh" in body) for _t, body, _s in got)


@pytest.mark.parametrize(("text", "name", "office"), [
    # a bare premier in an article about one country: a later "thủ tướng <country>" with no name after it is still
    # read as before (the country a word of a name after the honorific "tướng"), and the article's country holds
    ("Thủ tướng Anwar Rahim cho biết Malaysia sẽ tăng đầu tư vào khu vực phía Nam. Ông cũng sẽ gặp thủ tướng Anh "
     "vào tuần sau.", "Anwar Rahim", ("Thủ tướng", "Chính phủ Malaysia", "current")),
    ("Thủ tướng Prayut Wongsawat nói Thái Lan cần thêm thời gian. Ông dự kiến tiếp thủ tướng Nhật Bản trong tháng "
     "tới.", "Prayut Wongsawat", ("Thủ tướng", "Chính phủ Thái Lan", "current")),
])
def test_a_bare_premier_keeps_the_articles_one_country(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]
