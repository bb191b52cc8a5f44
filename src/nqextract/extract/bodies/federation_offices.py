"""A committee of a sports federation printed before the federation's acronym, "Ban Kỷ luật VFF", "Ủy ban Trọng tài
FIFA", "Ban Trọng tài của VFF": one body, the committee named with the federation spelled out ("Ban Kỷ luật Liên đoàn
Bóng đá Việt Nam"), neither the bare committee nor the federation a mention of its own there (body_patterns.tsv
``federation_office_head``: the committee's heads; ``bloc_acronym`` rows of value ``federation``: the acronyms)."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_JOIN = re.compile(r" (?:của )?")  # "Ban Kỷ luật VFF", "Ban Trọng tài của VFF"


def federation_offices(t: Text, named: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``named`` with each federation's committee joined to the federation's acronym right after it (see the module)."""
    c = rules.checks
    if not c.federation_office_heads:
        return named
    ordered = sorted(named, key=lambda m: (m.start, -m.end))
    joined: dict[int, BodyMatch] = {}
    gone: set[int] = set()
    for i, (office, acronym) in enumerate(zip(ordered, ordered[1:])):
        if c.bloc_acronyms.get(t.raw[acronym.start : acronym.end]) != "federation" or office.end > acronym.start:
            continue
        join = _JOIN.fullmatch(t.raw, office.end, acronym.start)
        printed = t.raw[office.start : office.end]
        if not join or fold(office.name) != fold(printed) or not _headed(fold(printed), c.federation_office_heads):
            continue
        joined[i] = BodyMatch(office.start, acronym.end, f"{office.name} {acronym.name}", "federation_office")
        gone.add(i + 1)
    if not joined:
        return named
    out = [joined.get(i, m) for i, m in enumerate(ordered) if i not in gone]
    return sorted(out, key=lambda m: m.start)


def _headed(name: str, heads: tuple[str, ...]) -> bool:
    """A committee's name: a head and at least one word after it ("ban kỷ luật", not "ban")."""
    return any(name.startswith(h + " ") for h in heads)
