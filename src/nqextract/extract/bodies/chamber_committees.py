"""A foreign parliament's committee printed with its chamber and country ("Ủy ban Đạo đức Hạ viện X", "Ủy ban Quốc
phòng Quốc hội X"; body_patterns.tsv ``chamber_committee_head``, ``committee_chamber``): the committee is named with
them, one body, and the chamber with its country stays a body of its own. The committee is printed capitalized right
before the chamber, a plain space between; the chamber's name is the chamber and a country only, never the home one
("Ủy ban Quốc phòng và An ninh Quốc hội Việt Nam" keeps its own name)."""

from __future__ import annotations

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text


def chamber_committees(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` with each committee printed right before a foreign chamber and its country named with them."""
    heads, chambers = rules.checks.chamber_committee_heads, rules.checks.committee_chambers
    if not heads or not chambers:
        return chosen
    by_start = {m.start: m for m in chosen}
    out = []
    for m in chosen:
        nxt = by_start.get(m.end + 1)
        if nxt is not None and t.raw[m.end] == " " and _committee(t, m, heads, rules) and _chamber(t, nxt, chambers, rules):
            m = BodyMatch(m.start, nxt.end, f"{' '.join(t.raw[m.start : m.end].split())} {nxt.name}",
                          "chamber_committee")
        out.append(m)
    return out


def _committee(t: Text, m: BodyMatch, heads: tuple[str, ...], rules: BodyRules) -> bool:
    """``m`` is printed as a committee's head and its capitalized name ("Ủy ban Đạo đức"), the name of no body of
    the home country ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" before a foreign chamber in a list of guests)."""
    printed = fold(" ".join(t.raw[m.start : m.end].split()))
    if f" {fold(rules.checks.grammar.home)} " in f" {printed} ":
        return False
    return t.raw[m.start].isupper() and any(
        printed.startswith(h + " ") and t.raw[m.start + len(h) + 1 : m.start + len(h) + 2].isupper() for h in heads)


def _chamber(t: Text, m: BodyMatch, chambers: tuple[str, ...], rules: BodyRules) -> bool:
    """``m`` is printed as a chamber and a foreign country, and so named ("Hạ viện X")."""
    printed = fold(" ".join(t.raw[m.start : m.end].split()))
    if not t.raw[m.start].isupper() or fold(m.name) != printed:
        return False
    for chamber in chambers:
        if printed.startswith(chamber + " "):
            country = printed[len(chamber) + 1 :]
            return country in rules.country_keys and country != fold(rules.checks.grammar.home)
    return False
