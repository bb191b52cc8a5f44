"""persons, phase 3 (called): a person a noun of a person introduces with "tên" (named), as crime and social news
print people they know little of: "một người đàn ông tên T.", "đối tượng tên X (chưa rõ lai lịch)", "người đàn ông
Lào tên A B C", "một cô gái người Úc tên D E" (person_context.tsv called_noun; a country or "người" and a country
maybe between; "tên là" too). The name is initials ("T.", "T.T.S."), one capitalized word, or a run of two to four
capitalized words, closed by punctuation or a lower-case word; never a place, a body or a stop word. No thing is
named so: "tiệm tên X", "tên lửa có tên Y", "thành phố mang tên Z" have no person noun before "tên"."""

from __future__ import annotations

import re

from ...textnorm import fold
from .names import cap_run
from .scan import ArticleScan, is_acronym

_CALLED = re.compile(r"(?<!\w)tên(?: là)? (?=\S)")  # on the folded text
_INITIALS = re.compile(r"(?:[A-ZĐ][a-z]?\.){1,4}(?![\w.])")  # "T.", "Th.", "T.T.S."
_PUNCT_AFTER = re.compile(r"[ \t]*(?:[.,;:!?()\u201d\"\-\u2013]|$)")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_])")
_LONGEST_NOUN = 3  # words: "người đàn ông", "nam thanh niên"


def called_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """Spans of the names introduced with "tên" after a noun of a person (see the module)."""
    nouns = scan.rules.called_nouns
    if not nouns:
        return []
    taken = [(s, e) for s, (e, _why) in found.items()]
    out: list[tuple[int, int]] = []
    for m in _CALLED.finditer(scan.low):
        if not _noun_before(scan, m.start(), nouns):
            continue
        span = _name_at(scan, m.end())
        if span is not None and not any(a < span[1] and span[0] < b for a, b in taken):
            out.append(span)
    return out


def _noun_before(scan: ArticleScan, pos: int, nouns: set[str]) -> bool:
    """A person noun ends right before ``pos``, or before a country printed there ("người đàn ông Lào", "cô gái
    người Úc")."""
    at = scan.skip_spaces_back(pos)
    starts = [pos]
    place = next((ps for ps, pe in scan.places if pe == at), None)
    if place is not None:
        starts.append(place)
        if scan.words_before(place, 1) == "người":
            w = scan.prev_word(place)
            if w is not None:
                starts.append(w[0])
    return any(scan.words_before(p, n) in nouns for p in starts for n in range(1, _LONGEST_NOUN + 1))


def _name_at(scan: ArticleScan, pos: int) -> tuple[int, int] | None:
    """The name printed at ``pos``: initials, or one to four capitalized words, closed after it."""
    text = scan.text
    m = _INITIALS.match(text, pos)
    if m is not None:
        return (pos, m.end()) if _closed(text, m.end()) else None
    run = cap_run(scan, pos, limit=5)
    if not run or run[0][0] != pos or len(run) > 4:
        return None
    s, e = pos, run[-1][1]
    words = [text[a:b] for a, b in run]
    rules = scan.rules
    if any(fold(w) in rules.name_stop or fold(w) in rules.org_words or is_acronym(w) for w in words):
        return None
    if len(words) == 1 and fold(words[0]) in rules.surnames:
        return None  # "nhiều người tên Nguyễn": a family name, no one person
    if s in scan.place_at or any(ps < e and s < pe for ps, pe in scan.places):
        return None
    if any(bs < e and s < be for bs, be, _ in scan.bodies):
        return None
    return (s, e) if _closed(text, e) else None


def _closed(text: str, end: int) -> bool:
    """Punctuation, the end of the text or a lower-case word right after ``end``."""
    if _PUNCT_AFTER.match(text, end):
        return True
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group(1).islower()
