"""Phase 4, where a proper name's lower-case tail that the tagger reads as verbs is closed by what follows it: its
parent body after "trực thuộc"/"thuộc" ("Viện Nghiên cứu quản lý đất đai trực thuộc Tổng cục X") or in parentheses
("Cục Cơ sở thu thập dữ liệu (Tổng cục X)"). Without such a closer the words are a clause ("Hội Phụ nữ tổ chức hội
thảo."): the name stays where the tail stopped."""

from __future__ import annotations

from ...nlp import CLAUSE_TAGS
from ..body_rules import BodyRules
from .scan import Text

_CLOSER_WORDS = 7  # the lower-case words such a tail may hold before its closer


def closed_end(t: Text, pos: int, rules: BodyRules, tags: dict[int, str], bodies: set[int]) -> int | None:
    """End of the lower-case words from ``pos`` (the first one the tail stopped at) when a closer follows them: a
    ``parent_word`` ("trực thuộc", "thuộc") or an opening parenthesis before a body starting in ``bodies``. The words
    are lower-case letters, no clause word (``topic_stop``, "và", a preposition, an adverb, a pronoun); else None."""
    p = pos
    for _ in range(_CLOSER_WORDS):
        we = t.word_end(p)
        if not we or not t.raw[p:we].replace("-", "").isalpha() or not t.raw[p].islower():
            return None
        low = t.low[p:we]
        if low in rules.topic_stops or low == "và" or tags.get(p, "N")[:1] in CLAUSE_TAGS:
            return None  # "Hội Phụ nữ tổ chức hội thảo [tại] ...": a clause
        if (m := rules.parent_after.match(t.low, we)) and m.end() in bodies:
            return we  # "... quản lý đất đai [trực thuộc Tổng cục Quản lý đất đai]"
        if t.raw[we : we + 2] == " (" and we + 2 in bodies:
            return we  # "... thu thập dữ liệu [(Tổng cục Thống kê)]"
        if t.raw[we : we + 1] != " ":
            return None
        p = we + 1
    return None
