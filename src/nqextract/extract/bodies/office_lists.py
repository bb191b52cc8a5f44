"""A proper name run on over a comma or a conjunction (the body grammar's ``conjunction`` rows of body_patterns.tsv,
"và") into an office ("Ban Chấp hành, Tổ trưởng và Tổ phó", "Ban Kiểm tra và Chủ tịch hội"): a list of offices is
no body. The name ends before the separator that a title of ``titles.tsv`` or an honorific follows (the person words
``person_before`` reads); what is left before it is a body only when it holds more than a prefix or a head alone
("Ban Chấp hành" of no named body is none). A capitalized name after the separator that opens with no title is the
name's own ("Sở Văn hóa, Thể thao và Du lịch")."""

from __future__ import annotations

import re
from dataclasses import replace

from ..body_rules import BodyRules
from .scan import BodyMatch, Text


def office_lists(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``matches`` with each proper name cut before a listed office, and dropped when only a head is left."""
    if rules.person_before is None:
        return matches
    sep_rx = re.compile(r",[ \t]+|[ \t]+(?:" + rules.checks.grammar.conjunction_alt + r")[ \t]+")
    out = []
    for m in matches:
        cut = _office_at(t, m, rules, sep_rx) if m.source == "proper" else None
        if cut is None:
            out.append(m)
            continue
        left = t.raw[m.start : cut]
        if m.name != t.raw[m.start : m.end] or _head_only(left.lower(), rules):
            continue  # "Ban Chấp hành, Tổ trưởng và Tổ phó": no body named
        out.append(replace(m, end=cut, name=left))
    return out


def _office_at(t: Text, m: BodyMatch, rules: BodyRules, sep_rx: re.Pattern[str]) -> int | None:
    """Where the separator before the first office listed inside ``m`` starts, else None."""
    assert rules.person_before is not None
    for sep in sep_rx.finditer(t.low, m.start, m.end):
        q = sep.end()
        if not t.capital_at(q):
            continue
        spaces = [i for i in range(q, min(m.end + 1, len(t.raw))) if i == m.end or t.raw[i] == " "]
        if any(rules.person_before.match(t.low, q, i + 1) for i in spaces):
            return sep.start()
    return None


def _head_only(low: str, rules: BodyRules) -> bool:
    """``low`` (lower-cased) is a prefix or a proper name's head alone."""
    text = " ".join(low.split()) + " "
    return any((p := rx.match(text)) and p.end() == len(text) for rx, _ in rules.prefixes) or any(
        (p := rx.match(text)) and p.end() >= len(text) - 1 for rx, _ in rules.proper_heads)
