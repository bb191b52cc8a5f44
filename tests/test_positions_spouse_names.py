"""A spouse named after her husband's title (constructed sentences, invented names): after a person noun
("Phu nhân", "Vợ của", "Trợ lý") the name set off by a comma or a dash is that person's, not the office
holder's, so she gets no title ("Phu nhân Thủ tướng - bà A -", "Phu nhân Chủ tịch nước B- bà C-"); a name
printed right after the title is hers too when the article prints it after "bà" or after the person noun alone
elsewhere ("Phu nhân Chủ tịch nước A" with "bà A" or "Phu nhân A" in another sentence). Near-misses keep the
title: the husband named right after it, and a name printed after "ông" elsewhere."""

from __future__ import annotations

import pytest

from conftest import positions


def _titles(pipeline, text: str) -> dict[str, set[str]]:
    return {name: {t for t, _body, _status in ps} for name, ps in positions(pipeline, text).items()}


@pytest.mark.parametrize("text", [
    "Chiều nay, Phu nhân Thủ tướng - bà Phạm Thị Hương - đã tới thăm một bệnh viện nhi ở ngoại thành.",
    "Sáng qua, Phu nhân Chủ tịch Quốc hội – bà Phạm Thị Hương – trao học bổng cho sinh viên nghèo vượt khó.",
    "Phu nhân Phó Thủ tướng, bà Phạm Thị Hương, đón các vị khách tại nhà khách của Chính phủ.",
])
def test_a_wife_set_off_after_the_title_gets_none(pipeline, text):
    assert _titles(pipeline, text).get("Phạm Thị Hương", set()) == set()


def test_a_husband_named_then_his_wife_after_a_glued_dash(pipeline):
    text = ("Từ rất sớm, Phu nhân Chủ tịch nước Đỗ Minh Khải- bà Phạm Thị Hương- cùng công đoàn cơ quan "
            "đã quyên góp tiền giúp bà con vùng lũ.")
    got = _titles(pipeline, text)
    assert got.get("Phạm Thị Hương", set()) == set()
    assert got["Đỗ Minh Khải"] == {"Chủ tịch nước"}


@pytest.mark.parametrize("text", [
    "Bà Phạm Thị Hương – Phu nhân Chủ tịch nước rất giản dị. Người dân mong gặp lại Phu nhân Chủ tịch nước "
    "Phạm Thị Hương ở vùng lũ.",
    "Phu nhân Phạm Thị Hương tặng quà cho các em. Sau đó, Phu nhân Thủ tướng Phạm Thị Hương đến thăm trạm y tế.",
])
def test_a_wife_named_right_after_the_title_when_printed_as_hers_elsewhere(pipeline, text):
    assert _titles(pipeline, text).get("Phạm Thị Hương", set()) == set()


@pytest.mark.parametrize("text", [
    "Phu nhân Chủ tịch nước Đỗ Minh Khải cùng đoàn tới thăm trường. Chủ tịch nước Đỗ Minh Khải phát biểu tại lễ.",
    "Ông Đỗ Minh Khải có mặt từ sớm. Phu nhân Chủ tịch nước Đỗ Minh Khải đã tới thăm các em nhỏ.",
    "Phu nhân Thủ tướng Đỗ Minh Khải, bà Phạm Thị Hương, đã tới dự buổi lễ khánh thành bệnh viện.",
])
def test_the_husband_named_right_after_the_title_keeps_it(pipeline, text):
    got = _titles(pipeline, text)
    assert got["Đỗ Minh Khải"] and got["Đỗ Minh Khải"] <= {"Chủ tịch nước", "Thủ tướng"}
    assert got.get("Phạm Thị Hương", set()) == set()


def test_a_holder_set_off_after_a_plain_title_keeps_it(pipeline):
    got = _titles(pipeline, "Thủ tướng, ông Đỗ Minh Khải, đã chủ trì cuộc họp về phòng chống thiên tai.")
    assert "Thủ tướng" in got.get("Đỗ Minh Khải", set())


def test_a_count_word_ending_the_sentence_before_is_no_plural(pipeline):
    text = ("Ngôi trường khánh thành vào mùa thu ba mươi năm. Phu nhân Thủ tướng, bà Phạm Thị Hương, đã "
            "trồng một cây lưu niệm trong sân trường.")
    assert _titles(pipeline, text).get("Phạm Thị Hương", set()) == set()
