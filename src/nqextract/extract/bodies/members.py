"""A state body's member printed with its parent ("Ủy ban Xã hội của Quốc hội", ``body_rules.member_parents``): the
parent is named on its own too, as printed inside the member's name ("Quốc hội"), and the member keeps one name in
the article: printed bare elsewhere ("Ủy ban Xã hội đề nghị ..."), it takes the long form the article prints."""

from __future__ import annotations

from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text


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
        if (long := long_of.get(fold(m.name))) is not None:
            m = replace(m, name=long)
        out.append(m)
        printed = fold(t.low[m.start : m.end])
        for suffix, parent in rules.member_parents.items():
            if printed.endswith(suffix) and m.end - m.start > len(suffix):
                out.append(BodyMatch(m.end - len(parent), m.end, parent, "member_parent"))
    return sorted(out, key=lambda m: m.start) if len(out) > len(chosen) else out
