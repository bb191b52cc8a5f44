"""A body's regional unit named by the body and its region printed right after it: a numbered region
("Kiểm toán nhà nước khu vực VII", "KTNN khu vực VII") or a region of the country ("Trung tâm Truyền hình Việt Nam
khu vực Tây Nam Bộ", only a regional_body flagged named). The bodies are regional_body rows of body_patterns.tsv,
the regions by name regional_name rows; the numbered region is the region_word rows' shape."""

from __future__ import annotations

from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from .places import region_at
from .scan import UNNAMED, BodyMatch, Text, lengthen


def regional_units(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` with each regional_body printed before its region named with it; the mentions the region
    covers are dropped."""
    words = rules.name_words.regions
    if not words.bodies:
        return chosen

    def longer(m: BodyMatch) -> BodyMatch | None:
        if m.source == UNNAMED or fold(m.name) not in words.bodies:
            return None
        end = region_at(t, m.end, rules)
        if (end is None and words.named is not None and fold(m.name) in words.named_bodies
                and (rm := words.named.match(t.low, m.end))):
            end = rm.end()
        if end is None:
            return None
        return replace(m, end=end, name=f"{m.name} {' '.join(t.tones[m.end : end].split())}")

    return lengthen(chosen, longer)
