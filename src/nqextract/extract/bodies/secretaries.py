"""A party secretary who also heads a unit, printed "Bí thư Đảng ủy, <head's title> <unit>": the bare "Đảng ủy"
is the unit's party committee ("Bí thư Đảng ủy, Tổng Giám đốc Thông tấn xã Việt Nam" -> Đảng ủy Thông tấn xã Việt
Nam); ``secretary_title`` and ``secretary_head_title`` rows of body_patterns.tsv."""

from __future__ import annotations

from ..body_rules import BodyRules, key
from .scan import UNNAMED, BodyMatch, Text


def unit_committees(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``matches`` with the party committee of each unit a secretary heads (see the module); a committee printed
    elsewhere at that place (an unnamed head) gives way."""
    if rules.secretary_titles is None:
        return matches
    added = []
    for m in matches:
        if m.source == UNNAMED:
            continue
        window = t.low[max(0, m.start - 80) : m.start]
        sm = rules.secretary_titles.search(window)
        if sm is None:
            continue
        at = m.start - len(window) + sm.start("committee")
        end = m.start - len(window) + sm.end("committee")
        if not t.capital_at(at):
            continue  # "bí thư đảng ủy, giám đốc ...": no committee named
        if rules.secretary_unit_not is not None and rules.secretary_unit_not.search(key(m.name)):
            continue  # "Trưởng Công an xã X": the commune's committee; "Trưởng Ban Chỉ đạo ...": none of its own
        added.append(BodyMatch(at, end, f"{rules.secretary_committees[sm.group('committee')]} {m.name}", "composite"))
    if not added:
        return matches
    spans = [(a.start, a.end) for a in added]
    kept = [m for m in matches if not any(m.start < e and s < m.end for s, e in spans)]
    return sorted(kept + added, key=lambda m: m.start)
