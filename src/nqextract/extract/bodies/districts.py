"""A district's department printed without its place ("Phòng Quản lý đô thị khi thẩm định ...", "Phòng Tài
nguyên - Môi trường") in an article whose local bodies name exactly one district (a quận, a huyện, a thị xã, a
city below its province: "UBND quận Tây Hồ", "UBND thành phố Vinh") before it is that district's department."""

from __future__ import annotations

from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules, norm_key
from .scan import BodyMatch, Text


def district_departments(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``matches`` with each district department printed bare named with the article's one district."""
    if not rules.district_units or not rules.district_levels:
        return matches
    districts: dict[str, str] = {}
    first = len(t.raw)
    for m in matches:
        if m.source == "local" and not m.province and (where := _district(m.name, rules)):
            districts[fold(where)] = where
            first = min(first, m.start)
    if len(districts) != 1:
        return matches
    where = next(iter(districts.values()))
    out = []
    for m in matches:  # the district named before the department: its place as the reader has it
        bare = m.start > first and m.source == "proper" and norm_key(m.name) in rules.district_units
        before = t.low[max(0, m.start - 8) : m.start].split()[-1:]
        after = t.low[m.end : m.end + 12].split()[:1]
        if bare and not (before and before[0] in rules.generic_before) and not (
                after and fold(after[0]) in rules.district_levels):  # "các Phòng ...", "Phòng TN-MT thị xã"
            out.append(replace(m, name=f"{m.name} {where}"))
        else:
            out.append(m)
    return out


def _district(name: str, rules: BodyRules) -> str | None:
    """The district a local body's name ends with ("Ủy ban nhân dân quận Tây Hồ" -> "quận Tây Hồ"), else None."""
    words = name.split()
    for i in range(1, len(words) - 1):
        for n in (2, 1):
            level = fold(" ".join(words[i : i + n]))
            rest = words[i + n :]
            if level in rules.district_levels and rest and all(w[:1].isupper() for w in rest):
                return " ".join(words[i:])
    return None
