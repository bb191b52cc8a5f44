"""An organ or a unit printed right before a university with member schools (a ``member_parent`` row of
body_patterns.tsv), one space between, is one body with it: "Hội đồng ĐHQG TP.HCM" -> "Hội đồng Đại học Quốc gia
Thành phố Hồ Chí Minh", "Ban Giám đốc ĐH Quốc gia Hà Nội" -> "Ban Giám đốc Đại học Quốc gia Hà Nội", the university
spelled out as its own row names it; after a comma the school is a member, named by the member phase."""

from __future__ import annotations

from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from .proper_edges import expand_words
from .scan import BodyMatch, Text

_KNOWN = ("gazetteer", "abbreviation")


def organ_starts(t: Text, base: list[BodyMatch], rules: BodyRules) -> set[int]:
    """Where a university with members starts, printed right after a word and one space (not after a comma: a
    list's member school): a name read from a head before it runs on over it where the proper-name phase reads it
    so ("Hội đồng ĐHQG TP.HCM"; "Ban Giám đốc Đại học Quốc gia Hà Nội" opens a name at its own head, as before)."""
    parents = rules.checks.member_parents
    out = set()
    for m in base:
        if m.source not in _KNOWN or fold(m.name) not in parents or m.start < 2 or t.raw[m.start - 1] != " ":
            continue
        if t.raw[m.start - 2].isalpha():
            out.add(m.start)
    return out


def organ_parents(t: Text, chosen: list[BodyMatch], base: list[BodyMatch], starts: set[int],
                  rules: BodyRules) -> list[BodyMatch]:
    """A name read over a university that starts at one of ``starts`` and ends with it names the university as its
    own row does: the words before it as the name has them, spelled out, then the university's name."""
    if not starts:
        return chosen
    known = {(m.start, m.end): m.name for m in base if m.start in starts and m.source in _KNOWN}
    out = []
    for m in chosen:
        s, parent = next(((s, name) for (s, e), name in known.items() if e == m.end and m.start < s), (0, None))
        if parent is None or m.source in _KNOWN or fold(m.name).endswith(" " + fold(parent)):
            out.append(m)  # a phase that named it whole already ("Hội đồng đại học Đại học Quốc gia ...")
            continue
        organ = expand_words(" ".join(t.raw[m.start : s].split()), rules)
        out.append(replace(m, name=f"{organ[:1].upper()}{organ[1:]} {parent}"))
    return out
