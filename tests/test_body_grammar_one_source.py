"""The home country and the conjunctions of body_patterns.tsv are read once, by the bodies' grammar: the body
rules keep no second copy of them, and every phase reading them names the same words."""

from __future__ import annotations

import dataclasses

import pytest

from nqextract.extract.bodies import find_bodies
from nqextract.extract.body_rules import BodyRules, load_rules


def names(text: str) -> list[str]:
    return [m.name for m in find_bodies(text)]


def test_the_body_rules_keep_no_copy_of_the_grammar_words():
    fields = {f.name for f in dataclasses.fields(BodyRules)}
    assert "home_country" not in fields and "conjunctions" not in fields
    rules = load_rules()
    assert not hasattr(rules, "home_country") and not hasattr(rules, "conjunctions")


def test_every_reader_names_the_grammar_words():
    from nqextract.extract.changes.component import PositionChangeRecognizer

    grammar = load_rules().checks.grammar
    assert grammar.home == "Việt Nam" and grammar.home_key == "việt nam"
    assert grammar.conjunctions == frozenset({"và"}) and grammar.conjunction == "và"
    assert load_rules().anaphors.home == grammar.home
    assert PositionChangeRecognizer(None).rules.home_country == grammar.home


@pytest.mark.parametrize("text, expected", [
    ("Thương vụ Việt Nam tại Nhật Bản vừa mở hội chợ nông sản.", ["Thương vụ Việt Nam tại Nhật Bản"]),
    ("Chiều qua, Đại sứ Việt Nam tại Pháp gặp đoàn sinh viên.", ["Đại sứ quán Việt Nam tại Pháp"]),
    ("Sáng nay Bộ Ngoại giao Việt Nam đã trao công hàm phản đối.", ["Bộ Ngoại giao"]),
    ("Ủy ban Đối ngoại Quốc hội Việt Nam đón đoàn nghị sĩ.", ["Ủy ban Đối ngoại", "Quốc hội"]),
    ("Ủy ban Đối ngoại Quốc hội Hàn Quốc đón đoàn nghị sĩ.",
     ["Ủy ban Đối ngoại Quốc hội Hàn Quốc", "Quốc hội Hàn Quốc"]),
    ("Chính phủ Việt Nam và Quốc hội nước Cộng hòa Cuba trao đổi thư.", ["Chính phủ", "Quốc hội nước Cộng hòa Cuba"]),
    ("Iran vừa có tổng thống mới. Quốc hội nước này họp bất thường.", ["Quốc hội Iran"]),
])
def test_a_body_printed_with_the_home_country_reads_the_same(text, expected):
    assert names(text) == expected
