"""A club printed by its head and its own capitalized name, "CLB Korabelka", "Câu lạc bộ (CLB) Tứ Xuyên", "CLB
Inter Miami": one body, the head spelled out ("Câu lạc bộ Inter Miami"; body_patterns.tsv ``club_head``). The name
is the run of capitalized words right after the head; no club where the run may go on (a lower-case word then a
capitalized one within three words, "CLB Doanh nhân Sài Gòn"), nor after a plural or a number ("các CLB Brazil",
"12 CLB X"; ``club_not_before``), nor a club of a kind ("CLB Karate quốc gia", "CLB Phụ nữ ..."; ``club_not_after``),
nor a country alone ("CLB Brazil"), nor a name holding a surname after its first word ("CLB X Nguyễn Văn A"), nor,
after a ``club_title`` ("Chủ tịch CLB X Y Z ..."), a run of three words or more (a foreign person's name may be glued
to the club: "CLB Al-Kholood Ben Harburg" is left alone), nor where another body overlaps the club's start. A name running into a lower-case word with no punctuation is
one only before a verb or a function word (``club_after_ok``: "CLB Tân Đạt đã ...") and of one or two words: else
the capitals may open a sentence-case name ("CLB Người cao tuổi ...") or a person may be glued to it ("CLB X Y Z ghi")."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_TOKEN = re.compile(r"\w[\w'’.-]*(?<![.])")  # a word, no final full stop
_ACRONYM = re.compile(r" \(CLB\)")  # "Câu lạc bộ (CLB) X"
_CLOSE = re.compile(r"$|[,.;:()\"“”!?]| [-–]")  # punctuation or a dash closing the name


def clubs(t: Text, named: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``named`` with the clubs printed by their head and capitalized name (see the module)."""
    c = rules.checks
    if not c.club_heads:
        return named
    heads = "|".join(re.escape(h) for h in c.club_heads)
    found: list[BodyMatch] = []
    for m in re.finditer(rf"(?<![\w-])(?:{heads})(?![\w-])", t.raw):
        club = _club(t, m.start(), m.end(), rules)
        if club is None or any(b.start < club.end and club.start < b.end
                               and not (club.start <= b.start and b.end <= club.end) for b in named):
            continue  # another body over the club's edge
        found.append(club)
    if not found:
        return named
    kept = [b for b in named if not any(f.start <= b.start and b.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda b: b.start)


def _club(t: Text, start: int, end: int, rules: BodyRules) -> BodyMatch | None:
    c = rules.checks
    raw = t.raw
    before = fold(raw[max(0, start - 30) : start]).rstrip()
    last = before.rsplit(maxsplit=1)[-1] if before.split() else ""
    if last.isdigit() or any(before == w or before.endswith(" " + w) for w in c.club_not_before):
        return None
    if a := _ACRONYM.match(raw, end):
        end = a.end()
    words: list[tuple[int, int]] = []
    p = end
    while raw.startswith(" ", p) and (w := _word(raw, p + 1, upper=True)):
        words.append((w.start(), w.end()))
        p = w.end()
    if not words:
        return None
    name = raw[words[0][0] : p]
    folded = [fold(raw[s:e]) for s, e in words]
    if _opens(raw, words[0][0], c.club_not_after):
        return None
    if " ".join(folded) in rules.country_keys or folded[-1] in c.club_not_before:
        return None
    if any(w in rules.surnames for w in folded[1:-1]):
        return None  # "CLB Hà Nội Nguyễn Văn A": a person's name after the club
    closed = _CLOSE.match(raw, p) is not None
    if not closed and _runs_on(raw, p, c.club_heads):
        return None
    if (raw.startswith(" ", p) and _word(raw, p + 1, upper=False)
            and (len(words) >= 3 or not _may_follow(t, p, c.club_after_ok))):
        return None  # a sentence-case name cut at its capitals, or a person glued to the club
    if len(words) >= 3 and any(before == w or before.endswith(" " + w) for w in c.club_titles):
        return None
    return BodyMatch(start, p, f"Câu lạc bộ {name}", "club")


def _may_follow(t: Text, p: int, ok: tuple[str, ...]) -> bool:
    """The lower-case word after the name is a verb (the tagger's tag of a token starting there) or a verb or a
    function word of ``club_after_ok`` ("đã", "công bố")."""
    if t.tag_at(p + 1).startswith("V"):
        return True
    return _opens(t.raw, p, ok)


def _opens(raw: str, p: int, phrases: tuple[str, ...]) -> bool:
    """The text from ``p`` on (folded, spaces squeezed) opens with one of ``phrases`` as whole words."""
    after = " ".join(fold(raw[p : p + 40]).split())
    return any(after == k or after.startswith(k) and not after[len(k)].isalnum() for k in phrases)


def _runs_on(raw: str, p: int, heads: tuple[str, ...]) -> bool:
    """A lower-case word right after the name and a capitalized word within the next three (not another club's
    head): the name may go on."""
    for _ in range(3):
        w = _word(raw, p + 1, upper=False) if raw.startswith(" ", p) else None
        if w is None:
            return (raw.startswith(" ", p) and _word(raw, p + 1, upper=True) is not None
                    and not any(raw.startswith(h, p + 1) for h in heads))
        p = w.end()
    return False


def _word(raw: str, p: int, upper: bool) -> re.Match[str] | None:
    """The word at ``p`` when its first letter is a capital (``upper``) or a lower-case letter."""
    w = _TOKEN.match(raw, p)
    return w if w and (raw[p].isupper() if upper else raw[p].islower()) else None
