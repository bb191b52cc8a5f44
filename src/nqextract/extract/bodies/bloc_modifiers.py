"""A regional bloc or a federation printed by its acronym as a region or a market, or naming a tournament, no body
(body_patterns.tsv ``bloc_region_word``, ``bloc_event_after``): "khu vực ASEAN", "thị trường ASEAN", "ASEAN Cup",
"FIFA Club World Cup" (the after-word within the next three capitalized Latin words). The bloc acting or
spoken of elsewhere in the article ("các nước ASEAN", "Chủ tịch ASEAN", "Tổng Thư ký ASEAN") keeps its mention.

Only a mention printed as a Latin acronym in capitals (the abbreviation, never the name spelled out), right after a
whole region word in its clause, or right before an after-word. A meeting the bloc holds is left alone: the gold
names the bloc in some ("Hội nghị thượng đỉnh G20") and not in others ("Hội nghị Cấp cao ASEAN")."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+\+?")
_NEXT_WORDS = re.compile(r"(?: [A-Z][A-Za-z]*){1,3}")  # "Cup", "Club World Cup"
_LAST_WORDS = re.compile(r"(?:^|[\s(])((?:\w+ ){0,3}\w+) $")


def bloc_modifiers(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` without the blocs printed as a region or a tournament's name (see the module)."""
    c = rules.checks
    if not (c.bloc_region_words or c.bloc_event_after):
        return chosen
    return [m for m in chosen if not _modifier(t, m, rules)]


def _modifier(t: Text, m: BodyMatch, rules: BodyRules) -> bool:
    c = rules.checks
    if not _ACRONYM.fullmatch(t.raw[m.start : m.end]):
        return False
    after = _NEXT_WORDS.match(t.raw, m.end)
    if after and any(fold(w) in c.bloc_event_after for w in after.group().split()):
        return True
    before = _LAST_WORDS.search(t.raw, max(0, m.start - 60), m.start)
    if not before:
        return False
    low = fold(before.group(1))
    return any(low == w or low.endswith(" " + w) for w in c.bloc_region_words)
