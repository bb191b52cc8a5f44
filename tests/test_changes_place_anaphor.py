"""The changes' rules read the bodies' place anaphor ("[huyện] này") whenever it is handed in: the pattern naming a
local government by it never depends on when it is first read."""

from __future__ import annotations

import re

from nqextract.extract.changes.rules import ChangeRules

ROWS = [{"kind": "this_place", "phrase": "UBND", "voice": "head"},
        {"kind": "this_place", "phrase": "HĐND", "voice": "head"},
        {"kind": "this_place", "phrase": "huyện", "voice": "level"},
        {"kind": "this_place", "phrase": "xã", "voice": "level"}]
ANAPHOR = re.compile(r"\s+(?:này)(?!\w)")


def test_the_place_pattern_read_before_the_anaphor_is_set_is_compiled_after_it():
    rules = ChangeRules(ROWS)
    assert rules.this_place_rx is None  # no anaphor yet: nothing to match
    rules.place_anaphor = ANAPHOR
    m = rules.this_place_rx.match(" HĐND xã này.")
    assert m and m.groups() == ("HĐND", "xã")
    rules.place_anaphor = None
    assert rules.this_place_rx is None


def test_the_place_pattern_compiled_ahead_of_the_anaphor_is_not_kept():
    rules = ChangeRules(ROWS)
    rules.compile_all()  # as a parent process does before its workers fork
    rules.place_anaphor = ANAPHOR
    assert rules.this_place_rx.match(" UBND huyện này,").groups() == ("UBND", "huyện")


def test_an_anaphor_handed_in_with_the_rows_is_read_at_once():
    rules = ChangeRules(ROWS, place_anaphor=ANAPHOR)
    assert rules.place_anaphor is ANAPHOR
    for text in (" UBND huyện này", " ubnd  huyện này,", " HĐND xã này."):
        assert rules.this_place_rx.match(text), text
    for text in (" UBND huyện Hoài Ân", " UBND huyện nọ", " UBND huyện nàyy", " Sở huyện này"):
        assert not rules.this_place_rx.match(text), text


def test_the_component_hands_the_bodies_anaphor_in_when_it_builds_the_rules():
    from nqextract.extract.changes.component import PositionChangeRecognizer

    rules = PositionChangeRecognizer(None).rules
    assert rules.place_anaphor is not None
    assert rules.this_place_rx.match(" UBND huyện này").groups() == ("UBND", "huyện")
