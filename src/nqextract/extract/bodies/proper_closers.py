"""Phase 4, where a proper name's lower-case tail that the tagger reads as verbs is closed by what follows it: its
parent body after "trực thuộc"/"thuộc" ("Viện Nghiên cứu quản lý đất đai trực thuộc Tổng cục X") or in parentheses
("Cục Cơ sở thu thập dữ liệu (Tổng cục X)"). Without such a closer the words are a clause ("Hội Phụ nữ tổ chức hội
thảo."): the name stays where the tail stopped."""

from __future__ import annotations

from ...nlp import CLAUSE_TAGS
from ..body_rules import BodyRules
from .proper_asides import aside_end
from .scan import Text

_CLOSER_WORDS = 7  # the lower-case words such a tail may hold before its closer
_PARENT_CHARS = 80  # how far a parent in parentheses may run before its ")"


def tail_closed_end(t: Text, pos: int, rules: BodyRules, tags: dict[int, str], bodies: set[int],
                    head_end: int) -> int | None:
    """End of the lower-case words from ``pos`` closed by the unit's parent (:func:`closed_end`) or by the end of the
    aside the name stands in (:func:`.proper_asides.aside_end`: "Ông A, phó chủ nhiệm Tổng cục X [quốc phòng], cho
    biết"); else None."""
    return closed_end(t, pos, rules, tags, bodies, head_end) or aside_end(t, pos, rules, tags, head_end)


def closed_end(t: Text, pos: int, rules: BodyRules, tags: dict[int, str], bodies: set[int], head_end: int) -> int | None:
    """End of the lower-case words from ``pos`` (the first one the tail stopped at) when a closer follows them: a
    ``parent_word`` ("trực thuộc", "thuộc") before a body starting in ``bodies`` and followed by no verb, or an
    opening parenthesis before a body that runs to its ")"; the parent's head ranks above the unit's head, which
    ends at ``head_end`` (head_rank). The words are lower-case letters, no clause word (``topic_stop``, "và", a
    preposition, an adverb, a pronoun, a tail_verb: "đánh giá", unless
    a conjunction joins it to the name as a field: "Trung tâm Khảo thí và đánh giá chất lượng"); else None."""
    unit = _rank_ending(t, head_end, rules)
    p = pos
    for _ in range(_CLOSER_WORDS):
        we = t.word_end(p)
        if not we or not t.raw[p:we].replace("-", "").isalpha() or not t.raw[p].islower():
            return None
        low = t.low[p:we]
        nxt = t.word_end(we + 1) if t.raw[we : we + 1] == " " else None
        pair = f"{low} {t.low[we + 1 : nxt]}" if nxt else ""
        joined = t.low[max(0, p - 8) : p].split()[-1:] in ([c] for c in rules.checks.grammar.conjunctions)  # "... và [đánh giá]"
        if low in rules.topic_stops or low in rules.checks.grammar.conjunctions or tags.get(p, "N")[:1] in CLAUSE_TAGS \
                or (pair in rules.tail_verbs and not joined) or pair in rules.topic_stop_pairs:
            return None  # "Hội Phụ nữ tổ chức hội thảo [tại] ...", "Viện X [đánh giá] ...": a clause
        if (m := rules.parent_after.match(t.low, we)) and m.end() in bodies:
            if unit is not None and _ranks_above(t, m.end(), unit, rules) and not _verb_after(t, m.end(), tags):
                return we  # "... quản lý đất đai [trực thuộc Tổng cục Quản lý đất đai]"
            return None
        if t.raw[we : we + 2] == " (" and we + 2 in bodies:
            if unit is not None and _ranks_above(t, we + 2, unit, rules) and _closed_parent(t, we + 2, tags, rules):
                return we  # "... thu thập dữ liệu [(Tổng cục Thống kê)]"
            return None
        if t.raw[we : we + 1] != " ":
            return None
        p = we + 1
    return None


def _rank_ending(t: Text, end: int, rules: BodyRules) -> int | None:
    """The rank of the longest head_rank head printed right before ``end``."""
    found = [(len(h), r) for h, r in rules.head_ranks.items()
             if t.low[max(0, end - len(h)) : end] == h and (end - len(h) == 0 or not t.low[end - len(h) - 1].isalnum())]
    return max(found)[1] if found else None


def _ranks_above(t: Text, start: int, unit: int, rules: BodyRules) -> bool:
    """The parent starting at ``start`` opens with a head ranked above ``unit`` (the longest head_rank head)."""
    found = [(len(h), r) for h, r in rules.head_ranks.items()
             if t.low[start : start + len(h)] == h and not t.low[start + len(h) : start + len(h) + 1].isalnum()]
    return bool(found) and max(found)[1] < unit


def _verb_after(t: Text, start: int, tags: dict[int, str]) -> bool:
    """A lower-case verb follows the capitalized parent at ``start`` ("thuộc Bộ Y tế quản lý"): the parent is
    a clause's subject."""
    p = start
    while (we := t.word_end(p)) and (t.raw[p].isupper() or p not in tags) and t.raw[we : we + 1] == " ":
        p = we + 1  # a capitalized word, or a syllable inside one of the tagger's words ("Y tế")
    return t.raw[p : p + 1].islower() and tags.get(p, "")[:1] == "V"


def _closed_parent(t: Text, start: int, tags: dict[int, str], rules: BodyRules) -> bool:
    """The parent in parentheses at ``start`` runs to its ")" with no clause word or lower-case verb inside
    ("(Tập đoàn X công bố ...)" is a sentence in brackets, no parent)."""
    close = t.raw.find(")", start, start + _PARENT_CHARS)
    if close < 0 or "(" in t.raw[start:close] or "\n" in t.raw[start:close]:
        return False
    return not any(start <= q < close and t.raw[q].islower() and t.low[q : t.word_end(q) or q] not in rules.checks.grammar.conjunctions
                   and (tag[:1] in CLAUSE_TAGS or tag[:1] == "V") for q, tag in tags.items())
