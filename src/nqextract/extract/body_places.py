"""The bodies' rules about places: the provinces (``body_places.tsv``) and the places that look like a person's
name and go on a body's name ("Quảng Tây", "Châu Á": ``person_places.txt`` and the name_place rows of
``body_patterns.tsv``), and the places whose name opens with a proper head's word ("Hội An", "Trường Sa")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..textnorm import canonical_tones, fold
from . import resources
from .body_phrases import alternation, key, norm_key

if TYPE_CHECKING:
    from .body_rules import BodyRules


@dataclass(frozen=True)
class Place:
    name: str
    level: str
    display: str


def compile_places(rules: BodyRules, provinces: list[dict[str, str]], person_places: str,
                   patterns: list[dict[str, str]]) -> None:
    forms: list[str] = []
    for row in provinces:
        place = Place(
            canonical_tones(row["name"]), canonical_tones(row["level"]), canonical_tones(row["display"] or row["name"])
        )
        for f in [row["name"], *[v for v in row.get("variants", "").split("|") if v.strip()]]:
            rules.place_by_key[norm_key(f).replace(" ", "")] = place
            forms.append(f)
    rules.places = re.compile(r"(?:" + alternation(forms) + r")(?![\w])")
    # places that look like a person's name ("Quảng Tây", "Hồ Tây", "Châu Á"): they continue a body's name
    other = [canonical_tones(p) for p in resources.parse_lines(person_places)]
    other += [canonical_tones(r["form"]) for r in patterns if r["kind"] == "name_place"]
    rules.name_places = re.compile("(?:" + alternation(other) + r")(?!\w)") if other else None
    _compile_head_places(rules, forms + other, {fold(r["form"]) for r in patterns if r["kind"] == "proper_head"})


def _compile_head_places(rules: BodyRules, places: list[str], heads: set[str]) -> None:
    """For each proper head (folded) that a known place's name opens with, the rest of those names after it (its
    capitalized words), on the lower-cased text from the head's end: " An" of "Hội An", " Sa" of "Trường Sa"."""
    rests: dict[str, set[str]] = {}
    for place in places:
        words, printed = key(place).split(), place.split()
        for n in range(1, len(words)):
            if " ".join(words[:n]) in heads and all(w[:1].isupper() for w in printed[n:]):
                rests.setdefault(" ".join(words[:n]), set()).add(" ".join(words[n:]))
    rules.head_places = {
        head: re.compile(r"[ \t]+(?:" + "|".join(r"[ \t]+".join(map(re.escape, r.split()))
                                                  for r in sorted(rs, key=len, reverse=True)) + r")(?!\w)")
        for head, rs in rests.items()}
