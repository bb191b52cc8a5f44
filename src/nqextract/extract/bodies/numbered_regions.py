"""A numbered military region named with its force after the number ("Vùng 4 Hải quân"), alone or as the unit a
head opens ("Bộ Tư lệnh Vùng 4 Hải quân", "Ban Tuyên huấn Vùng 4 hải quân", "Thư viện Vùng 3 Hải quân"): the
earlier phases end such a name at the region word or its number; here it runs to the force, printed as the data
prints it. The region printed alone with its force is a body of its own; a head's unit printed again without the
force ("Bộ Tư lệnh Vùng 4") is the one the article named with it. The regions are ``numbered_region`` rows of
body_patterns.tsv ("Vùng"), the forces ``region_force`` rows ("Hải quân"); a region without a force after its
number ("Vùng 2", "vùng 5 năm") is none."""

from __future__ import annotations

from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import UNNAMED, BodyMatch, Text


def numbered_regions(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` with the numbered regions and the units named with them run to their force (see the module)."""
    words = rules.name_words.regions
    if words.forced is None:
        return chosen
    regions = [m for m in words.forced.finditer(t.low) if t.raw[m.start()].isupper()]
    if not regions:
        return chosen
    out: list[BodyMatch] = []
    covered: set[int] = set()
    for m in chosen:
        rm = next((r for r in regions if m.start < r.start() < m.end <= r.start(1)
                   and not t.raw[m.end : r.start(1)].strip(" \u00a0").isalpha()), None)
        if rm is None or m.source == UNNAMED:
            out.append(m)
            continue
        force = words.forces.get(fold(rm.group(1)), rm.group(1))
        head = " ".join(t.tones[m.start : rm.start()].split())
        name = f"{m.name[: len(head)] if fold(m.name).startswith(fold(head)) else head} " \
               f"{' '.join(t.tones[rm.start() : rm.start(1)].split())} {force}"
        out.append(replace(m, end=rm.end(), name=name))
        covered.add(rm.start())
    whole = {fold(m.name) for m in out if m.start in covered or any(m.end == r.end() for r in regions)}
    for rm in regions:
        if rm.start() in covered or any(m.start <= rm.start() < m.end for m in out):
            continue
        force = words.forces.get(fold(rm.group(1)), rm.group(1))
        out.append(BodyMatch(rm.start(), rm.end(), f"{' '.join(t.tones[rm.start() : rm.start(1)].split())} {force}",
                             "region"))
    out.sort(key=lambda m: m.start)
    return [_named_whole(m, whole, words.forces) for m in out]


def _named_whole(m: BodyMatch, whole: set[str], forces: dict[str, str]) -> BodyMatch:
    """``m`` named with its force where the article names it so elsewhere ("Bộ Tư lệnh Vùng 4" after "Bộ Tư lệnh
    Vùng 4 Hải quân")."""
    if not m.name[-1:].isdigit():
        return m
    for f in forces.values():
        if fold(f"{m.name} {f}") in whole:
            return replace(m, name=f"{m.name} {f}")
    return m
