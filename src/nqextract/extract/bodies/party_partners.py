"""Phase 2, a bare party: "Đảng" capitalized and coordinated with a national organ right after it ("Đảng, Chính phủ
đã chỉ đạo", "kết luận của Đảng, Bộ Chính trị") names the country's ruling party (the bare_party row). Not part
of a longer name (a capitalized word before it: "Trung ương Đảng và Chính phủ"), nor a foreign country's (a
capitalized word other than the home country after the organ: "Đảng, Chính phủ Lào"); "Đảng, Nhà nước" is no such
pair (the gold is split on it)."""

from __future__ import annotations

import re

from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(\w+(?:[ \t]+\w+)?)")


def party_partners(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` with the party a bare "Đảng" before a national organ names, where no body covers the word."""
    pp = rules.party_partners
    if pp is None:
        return chosen
    found = []
    for m in pp.pattern.finditer(t.tones):
        start, end = m.span("party")
        before = _WORD_BEFORE.search(t.raw, max(0, start - 40), start)
        if before and before.group(1)[0].isupper() and before.group(1)[-1].isalnum():
            continue  # "Trung ương Đảng và Chính phủ", "Ban Dân vận Đảng, Quốc hội": a longer name's tail
        if pp.not_after and pp.not_after.search(t.low, max(0, start - 40), start):
            continue  # "Trung ương Đảng và Chính phủ": the Central Committee
        after = _WORD_AFTER.match(t.raw, m.end())
        if after and after.group(1)[0].isupper() and not (
                rules.home_country and after.group(1).startswith(rules.home_country)):
            continue  # "Đảng, Chính phủ Lào": another country's
        if any(c.start < end and start < c.end for c in chosen):
            continue
        found.append(BodyMatch(start, end, pp.name, "gazetteer"))
    return sorted(chosen + found, key=lambda b: b.start) if found else chosen
