"""A state body's member printed with its parent ("Ủy ban Xã hội của Quốc hội", ``body_rules.member_parents``): the
parent is named on its own too, as printed inside the member's name ("Quốc hội"), and the member keeps one name in
the article: printed bare elsewhere ("Ủy ban Xã hội đề nghị ..."), it takes the long form the article prints, unless
its sentence speaks of another parliament (a chamber, "Hạ viện"; a country but the home one; a foreign name right
after it, "Chủ tịch Ủy ban Tư pháp Jim Jordan"): that committee is another country's."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text, foreign_word

_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


def _abroad(t: Text, m: BodyMatch, rules: BodyRules) -> bool:
    """Another parliament's committee: its sentence names a foreign chamber ("Ủy ban Tư pháp Hạ viện"), a country
    but the home one before it ("Tại Hàn Quốc, Ủy ban Xã hội ...") or right after it, or a foreign name follows it
    ("Chủ tịch Ủy ban Tư pháp Jim Jordan")."""
    start = max((e.end() for e in _SENTENCE_END.finditer(t.raw, 0, m.start)), default=0)
    end = e.start() if (e := _SENTENCE_END.search(t.raw, m.end)) else len(t.raw)
    if rules.foreign_chambers is not None and rules.foreign_chambers.search(t.low, start, end):
        return True
    if rules.countries is not None:
        before = rules.countries.finditer(t.tones, max(0, start - 1), m.start)
        if any(c[1] != rules.checks.grammar.home for c in [*before, rules.countries.match(t.tones, m.end)] if c):
            return True
    after = [t.raw[s:e] for s, e in t.words_after(m.end)[:2]]
    return bool(after) and after[0][:1].isupper() and any(w[:1].isupper() and foreign_word(w) for w in after)


def member_parents(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` with each member's bare mentions named as the article prints it with its parent, and that parent
    named where printed inside the member's name (a mention of its own, in text order)."""
    if not rules.member_parents:
        return chosen
    long_of: dict[str, str] = {}  # the member's bare name, folded -> its name with the parent
    for m in chosen:
        key = fold(m.name)
        for suffix in rules.member_parents:
            if key.endswith(suffix) and len(key) > len(suffix):
                long_of.setdefault(key[: -len(suffix)], m.name)
    out = []
    for m in chosen:
        if (long := long_of.get(fold(m.name))) is not None and not _abroad(t, m, rules):
            m = replace(m, name=long)
        out.append(m)
        printed = fold(t.low[m.start : m.end])
        for suffix, parent in rules.member_parents.items():
            if printed.endswith(suffix) and m.end - m.start > len(suffix):
                out.append(BodyMatch(m.end - len(parent), m.end, parent, "member_parent"))
    return sorted(out, key=lambda m: m.start) if len(out) > len(chosen) else out
