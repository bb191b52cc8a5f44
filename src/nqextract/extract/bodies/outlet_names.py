"""A foreign news outlet is named by its own name: a descriptor printed before it, in either case, is a common noun
("Hãng tin Reuters", "Đài Fox News", "tờ The Guardian" name Reuters, Fox News, The Guardian). Only the outlets the
gazetteer flags press and brand (bodies.tsv: foreign outlets printed by their Latin name); a Vietnamese paper whose
name holds its "Báo" ("Báo Nhân Dân") is none of them and keeps it."""

from __future__ import annotations

from dataclasses import replace

from ...textnorm import fold
from ..body_phrases import norm_key
from ..body_rules import BodyRules
from .scan import BodyMatch


def bare_outlet_names(matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``matches`` with each name made of an ``outlet_descriptor`` and a foreign outlet's name renamed to that
    outlet's canonical name (the span as printed)."""
    descriptors = rules.checks.outlet_descriptors
    if not descriptors or not rules.brands:
        return matches
    return [replace(m, name=own) if (own := own_name(m.name, descriptors, rules)) else m for m in matches]


def own_name(name: str, descriptors: tuple[str, ...], rules: BodyRules) -> str | None:
    """The outlet's canonical name when ``name`` is a descriptor (longest first) then a foreign outlet's name."""
    low = fold(name)
    for word in descriptors:
        if low.startswith(word + " "):
            rest = name[len(word) + 1 :].strip()
            own = rules.lookup.get(norm_key(rest), rest)
            if own in rules.brands and own in rules.press:
                return own
    return None
