"""persons: a foreign name printed as one word ("Tổng thống Biden", "ông Zelensky") after a head of state's or
government's title (titles.tsv flag abroad_default) or a personal honorific (person_context.tsv single_name_intro:
"ông", "bà"), when underthesea gives no person there: never printed after a preposition of place ("tại X", "sang
X") or a noun of a territory or its people ("đảo X", "bang Y", "người dân Z"; person_context.tsv place_noun),
nor as a place or a body, nor as the last word of a longer name ("JD Vance", "Pedro Sánchez": a short form,
aliases.py's). Its office printed bare is left out: the title alone does not say whose it is."""

from __future__ import annotations

import re

from ...textnorm import fold, strip_diacritics
from ..view import view
from .scan import ArticleScan, is_acronym, is_cap, is_foreign_word, spelled_foreign

_SHORTEST = 4  # "Biden", "Modi", "Putin"; not "Li", "Ma"


def single_foreign_name(scan: ArticleScan, pos: int) -> tuple[int, int] | None:
    """The one-word foreign name at ``pos`` (see the module), else None."""
    w = scan.word_at(pos)
    if w is None or w[0] != pos:
        return None
    word = scan.text[w[0] : w[1]]
    if len(word) < _SHORTEST or not is_foreign_word(word) or is_acronym(word):
        return None
    nxt = scan.next_word(w[1])
    if nxt is not None and scan.text[w[1] : nxt[0]] in (" ", "\u00a0") and is_cap(scan.text[nxt[0] : nxt[1]]):
        return None  # a longer run: read_name's to judge
    key = fold(word)
    rules = scan.rules
    if key in rules.name_stop or key in rules.org_words or key in rules.surnames:
        return None
    if pos in scan.place_at or scan.in_place(*w) or scan.is_loc(*w) or any(bs <= pos < be for bs, be, _ in scan.bodies):
        return None
    if printed_as_place(scan, *w):
        return None  # "đảo Greenland", "bang Texas", "người dân Quebec": a place
    flat = view(scan.doc).plain  # once per article; the text as printed where stripping would move offsets
    plain = strip_diacritics(word) if flat is not scan.text else word
    for m in re.finditer(rf"(?<!\w)([^\W\d_][\w.'-]*)[ \u00a0]{re.escape(plain)}(?!\w)", flat):
        before = scan.text[m.start(1) : m.end(1)]
        if is_foreign_word(before) or is_acronym(before):
            return None  # "JD Vance", "Pedro Sánchez" printed: a short form of the longer name
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", scan.text):
        prev = scan.prev_word(m.start())
        if prev is not None and fold(scan.text[prev[0] : prev[1]]) in rules.locatives:
            return None  # "sang Ankara": a place
        if m.start() in scan.place_at or any(bs <= m.start() < be for bs, be, _ in scan.bodies):
            return None
    return w


def _after_place_noun(scan: ArticleScan, pos: int) -> bool:
    """Whether a noun of a territory or its people (person_context.tsv place_noun) ends one space before ``pos``."""
    rx = scan.rules.place_noun_re
    if rx is None:
        return False
    return any(m.end() + 1 == pos and scan.text[m.end()] in " \u00a0" for m in rx.finditer(scan.key, max(0, pos - 16), pos))


def printed_as_place(scan: ArticleScan, s: int, e: int) -> bool:
    """Whether the one foreign word at ``s``-``e`` is printed somewhere in the article right after a noun of a
    territory or its people and not before another capitalized word ("Thủ tướng X" where the article prints
    "đảo X", "người dân X"), tagged a person or not. A Vietnamese given name is never judged so ("miền Trung"
    and "ông Trung"), nor the first word of a longer place ("khu vực Quang Trung")."""
    word = scan.text[s:e]
    if not word or not word.isalpha() or not spelled_foreign([word]):
        return False
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", scan.text):
        nxt = scan.next_word(m.end())
        longer = nxt is not None and scan.text[m.end() : nxt[0]] in (" ", "\u00a0") and is_cap(scan.text[nxt[0] : nxt[1]])
        if not longer and _after_place_noun(scan, m.start()):
            return True
    return False


def mark_single_name(scan: ArticleScan, span: tuple[int, int]) -> None:
    """Mark the one-word name at ``span``, kept as a person, as read with no tagger evidence (its bare office is
    left out), unless underthesea tags the word as a person elsewhere in the article ("Ông Putin" after
    "Tổng thống Putin" tagged: the tagged mention holds the office)."""
    word = scan.text[span[0] : span[1]]
    for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", scan.text):
        if scan.is_per(m.start(), m.end()):
            return
    scan.single_names.add(span[0])



def place_after_level(scan: ArticleScan, span: tuple[int, int]) -> bool:
    """A name of one or two words printed right after a bare level word in lower case is that unit's place, no
    person ("Trưởng ban Công tác Mặt trận phường | Yên Hòa"; "Trưởng thôn Lò Văn Páo" is one)."""
    before = scan.text[: span[0]].rsplit(None, 1)
    word = before[-1] if before else ""
    return word[:1].islower() and fold(word) in scan.rules.local_body_words and len(
        scan.text[span[0] : span[1]].split()) < 3
