"""Bodies: a foreign body named with its country at the end ends there when "và" and a lower-case word follow ("Đảng
Cộng sản Pháp [và mấy nhóm]"): the conjunction joins the body to a common noun, not more words of its name
(constructed sentences; bodies/proper_edges.py cut_after_country, body_patterns.tsv conjunction)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize(("text", "body"), [
    ("Trong chuyến đi, ông gặp gỡ Đảng Cộng sản Pháp và mấy nhóm thanh niên tiến bộ.",
     "Đảng Cộng sản Pháp"),
    ("Tại hội nghị, Đảng Cộng sản Cuba và nhiều đoàn thể quần chúng gửi thư chúc mừng.", "Đảng Cộng sản Cuba"),
    ("Đoàn cán bộ tỉnh đến thăm Đảng Nhân dân Campuchia và một số bộ ngành nước bạn.",
     "Đảng Nhân dân Campuchia"),
])
def test_a_foreign_body_ends_at_its_country_before_a_conjunction(text, body):
    names = body_names(text)
    assert body in names
    assert not any(n.startswith(body + " ") for n in names)


@pytest.mark.parametrize(("text", "body"), [
    ("Bộ trưởng Bộ Ngoại giao Pháp và Đức cùng ký tuyên bố chung về khí hậu.", "Bộ Ngoại giao Pháp"),
])
def test_a_capitalized_word_after_the_conjunction_is_another_country(text, body):
    assert body in body_names(text)
