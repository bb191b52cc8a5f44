"""A regional bloc printed by its acronym as a region or inside an event's name, no body (body_patterns.tsv
``bloc_region_word``, ``bloc_event_head``, ``bloc_event_after``, ``bloc_event_stop``): "khu vực ASEAN", "thị
trường ASEAN" (a market, a region), "Hội nghị Cấp cao ASEAN lần thứ 47", "Diễn đàn Tương lai ASEAN", "Tuần lễ Cấp
cao APEC" (an event the bloc holds), "ASEAN Cup" (a tournament). The bloc acting or spoken of elsewhere in the
article ("các nước ASEAN", "Chủ tịch ASEAN", "Tổng Thư ký ASEAN", "Cộng đồng ASEAN") keeps its mention.

Only a mention printed as a Latin acronym in capitals (the abbreviation, never the name spelled out), right after a
whole region word, or closing a capitalized event head's run in the same clause with no ``bloc_event_stop`` word
("của", "với", "giữa") between (the event of another side "with" the bloc names the bloc), or right before an
after-word."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+\+?")
_NEXT_WORD = re.compile(r" (\w+)")
_CLAUSE_END = re.compile(r"[.,;:!?()\"“”\n]")
_MAX_EVENT_WORDS = 8  # words between an event's head and the bloc


def bloc_modifiers(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` without the blocs printed as a region or inside an event's name (see the module)."""
    c = rules.checks
    if not (c.bloc_region_words or c.bloc_event_heads or c.bloc_event_after):
        return chosen
    return [m for m in chosen if not _modifier(t, m, rules)]


def _modifier(t: Text, m: BodyMatch, rules: BodyRules) -> bool:
    c = rules.checks
    printed = t.raw[m.start : m.end]
    if not _ACRONYM.fullmatch(printed):
        return False
    after = _NEXT_WORD.match(t.raw, m.end)
    if after and fold(after.group(1)) in c.bloc_event_after:
        return True
    before = t.raw[max(0, m.start - 200) : m.start]
    if not before.endswith(" "):
        return False
    clause = _CLAUSE_END.split(before)[-1]
    words = clause.split()
    low = fold(" ".join(words))
    if any(low == w or low.endswith(" " + w) for w in c.bloc_region_words):
        return True
    return _in_event(words, c.bloc_event_heads, c.bloc_event_stops)


def _in_event(words: list[str], heads: tuple[str, ...], stops: frozenset[str]) -> bool:
    """The clause's words before the bloc hold a capitalized event head, no stop word after it, a few words back."""
    for i in range(len(words) - 1, max(-1, len(words) - _MAX_EVENT_WORDS - 3), -1):
        if fold(words[i]) in stops:
            return False
        if not words[i][:1].isupper():
            continue
        for head in heads:
            n = head.count(" ") + 1
            if fold(" ".join(words[i : i + n])) == head and len(words) - i - n <= _MAX_EVENT_WORDS:
                return True
    return False
