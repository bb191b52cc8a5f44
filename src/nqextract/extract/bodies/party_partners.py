"""Phase 2, a bare party: "Đảng" capitalized and coordinated with a national organ right after it ("Đảng, Chính phủ
đã chỉ đạo", "kết luận của Đảng, Bộ Chính trị") names the country's ruling party, and "Trung ương (Đảng)" so
coordinated ("Trung ương Đảng và Chính phủ", "nghị quyết của Trung ương, Bộ Chính trị") its Central Committee (the
bare_party rows). Not part of a longer name (a body found over it, a capitalized word before it, or a
bare_party_not_after row's words: "Quân ủy Trung ương và Chính phủ"), nor a foreign country's (a
capitalized word other than the home country after the organ: "Đảng, Chính phủ Lào"); "Đảng, Nhà nước" is no such
pair (the gold is split on it)."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(\w+(?:[ \t]+\w+)?)")


def party_partners(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` with the body a bare party word before a national organ names, where no body covers the word."""
    pp = rules.party_partners
    if pp is None:
        return chosen
    found = []
    for m in pp.pattern.finditer(t.tones):
        start, end = m.span("party")
        before = _WORD_BEFORE.search(t.raw, max(0, start - 40), start)
        if before and before.group(1)[0].isupper() and before.group(1)[-1].isalnum():
            continue  # "Ban Dân vận Hà Nội Đảng, ...": a longer name's tail
        if pp.not_after and pp.not_after.search(t.low, max(0, start - 40), start):
            continue  # "Ban Chấp hành Trung ương, Bộ Chính trị": a longer name's lower-case tail
        party = m.group("party")
        if (pp.leads and party in pp.leads and before and before.group(1)[-1].isalnum()
                and fold(before.group(1)) not in pp.leads[party]):
            continue  # "các cơ quan Trung ương và Quốc hội", "Hội nghị Trung ương, Bộ Chính trị": a modifier
        if pp.foreign_after and pp.foreign_after.match(t.low, m.end()):
            continue  # "của Trung ương và Chính phủ nước bạn Lào": a foreign country's
        after = _WORD_AFTER.match(t.raw, m.end())
        if after and after.group(1)[0].isupper() and not (
                rules.checks.grammar.home and after.group(1).startswith(rules.checks.grammar.home)):
            continue  # "Đảng, Chính phủ Lào": another country's
        if any(c.start < end and start < c.end for c in chosen):
            continue
        found.append(BodyMatch(start, end, pp.names[party], "gazetteer"))
    return sorted(chosen + found, key=lambda b: b.start) if found else chosen
