"""A regional bloc or a sports federation printed by its acronym as a region or a market, or naming a tournament, no
body (body_patterns.tsv ``bloc_acronym``, ``bloc_region_word``, ``bloc_region_office``, ``bloc_event_after``,
``bloc_event_before``): "khu vực ASEAN", "thị trường ASEAN", "ASEAN Cup", "FIFA Club World Cup" (the after-word
within the next three capitalized Latin words), "giải AFF", "FIFA 2026" (a federation's acronym before a year). The
bloc acting or spoken of elsewhere in the article ("các nước ASEAN", "Chủ tịch ASEAN", "Tổng Thư ký ASEAN") keeps its
mention.

Only the acronyms the rows list, printed in capitals (never the name spelled out, never another body's acronym:
"thị trường NHNN", "khu vực WHO" left alone). The region word reads none after an office's or a title's word ("Văn
phòng khu vực ASEAN") nor before a verb or an adverb (the seat_verb and seat_gap rows: "thị trường ASEAN đã ...", the
bloc acting). A meeting the bloc holds is left alone: the gold names the bloc in some ("Hội nghị thượng đỉnh G20")
and not in others ("Hội nghị Cấp cao ASEAN")."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_NEXT_WORDS = re.compile(r"(?: [A-Z][\w'’]*){1,3}")  # "Cup", "Club World Cup", "Women's World Cup"
# "FIFA 2026" (its tournament), not "VFF 2022-2026" (an office's term)
_YEAR = re.compile(r" (?:19|20)\d\d\b(?!\s*[-–]\s*\d)")
_LAST_WORDS = re.compile(r"(?:^|[\s(])((?:\w+ ){0,3}\w+) $")
_LISTED = re.compile(r"\b([A-Z]{2,})(?:,| và| hoặc) $")  # "thị trường ASEAN và [EU]": the list's earlier bloc
_NEXT_CLAUSE = re.compile(r" ([^\W\d]+(?: [^\W\d]+){0,3})")


def bloc_modifiers(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` without the blocs printed as a region or a tournament's name (see the module)."""
    if not rules.checks.bloc_acronyms:
        return chosen
    return [m for m in chosen if not _modifier(t, m, rules)]


def event_acronyms(t: Text, base: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``base`` without a listed acronym naming its tournament by the words after it ("AFF Cup 2024", "FIFA 2026"):
    read before the proper names and the composites, so that "Ban Tổ chức AFF Cup 2024" stays the organising board of
    the tournament, never the federation's board."""
    if not rules.checks.bloc_acronyms:
        return base
    return [m for m in base if not _event_after(t, m.end, rules.checks.bloc_acronyms.get(t.raw[m.start : m.end]), rules)]


def _event_after(t: Text, end: int, kind: str | None, rules: BodyRules) -> bool:
    """An event's word within the next capitalized words, or a federation's acronym before a year."""
    if kind is None:
        return False
    after = _NEXT_WORDS.match(t.raw, end)
    if after and any(fold(w) in rules.checks.bloc_event_after for w in after.group().split()):
        return True
    return kind == "federation" and bool(_YEAR.match(t.raw, end))  # "xem FIFA 2026": its tournament of that year


def _modifier(t: Text, m: BodyMatch, rules: BodyRules) -> bool:
    c = rules.checks
    kind = c.bloc_acronyms.get(t.raw[m.start : m.end])
    if kind is None:
        return False
    if _event_after(t, m.end, kind, rules):
        return True
    listed = _LISTED.search(t.raw, max(0, m.start - 12), m.start) if kind == "bloc" else None
    if listed and c.bloc_acronyms.get(listed.group(1)) == "bloc":
        return _modifier(t, BodyMatch(listed.start(1), listed.end(1), "", "listed"), rules)  # listed items alike
    before = _LAST_WORDS.search(t.raw, max(0, m.start - 60), m.start)
    if not before:
        return False
    low = fold(before.group(1))
    if kind == "federation" and any(low == w or low.endswith(" " + w) for w in c.bloc_event_before):
        return True  # "giải AFF": only a federation holds a tournament so ("hòa giải EU", "lời giải EU": no event)
    return kind == "bloc" and _region(t, m, low, rules)


def _region(t: Text, m: BodyMatch, low: str, rules: BodyRules) -> bool:
    """"khu vực ASEAN": a region word right before, no office's word before it, no verb after the acronym."""
    c = rules.checks
    word = next((w for w in c.bloc_region_words if low == w or low.endswith(" " + w)), None)
    if word is None:
        return False
    ahead = low[: len(low) - len(word)].strip()
    if any(ahead == o or ahead.endswith(" " + o) for o in c.bloc_region_office):
        return False  # "Văn phòng khu vực ASEAN", "Giám đốc khu vực ASEAN"
    nxt = _NEXT_CLAUSE.match(t.raw, m.end)
    if nxt:
        words = fold(nxt.group(1))
        if any(words == v or words.startswith(v + " ") for v in c.bloc_acting_after):
            return False  # "thị trường ASEAN đã ...": the bloc acting
    return True
