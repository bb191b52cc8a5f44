"""A prefix glued to a bare head that points back at a body the article names ("Công đoàn Bộ", "Đoàn Thanh niên
Bộ", "Ban cán sự đảng Tổng cục", "Công đoàn Bộ này"; body_patterns.tsv ``bare_parent_head``): the prefix of the
latest body of that head named before it, unless that one is printed in a list of bodies of that head joined by commas
or a ``conjunction`` ("Bộ Y tế và Bộ Tài chính ký ... Công đoàn Bộ": either one); failing that, of the one the article
names at least three times as often as any other of that head (a lead naming it before its title does); else of none.
The body so pointed at is the one the prefix belongs to ("Công đoàn Bộ Nội vụ"). A head flagged ``ministry`` ("Bộ")
points back at a ministry of bodies.tsv only ("Bộ Chính trị" is none). The head is printed capitalized, a whole word of
the tagger's with no noun after it ("Công đoàn Bộ đội biên phòng", "Đảng ủy Bộ Công an" name no such thing), a
``bare_parent_after`` word ("này") after it taken with it; the prefix is printed capitalized right before it. Read
only with the tagger's words."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from ...textnorm import fold
from ..body_rules import BodyRules, key
from .scan import UNNAMED, BodyMatch, Text

_NOUNS = frozenset({"N", "Np", "Nc", "Nu", "Ny", "Nb"})
_MAIN = 3  # times as often as any other: the article's main body of a head


def bare_parents(t: Text, chosen: list[BodyMatch], rules: BodyRules, tags: dict[int, str] | None) -> list[BodyMatch]:
    """``chosen`` with the prefixes glued to a bare head named with the body it points back at (see the module)."""
    checks = rules.checks
    if tags is None or checks.bare_parent_rx is None:
        return chosen
    starts = sorted(tags)
    found = []
    for hm in checks.bare_parent_rx.finditer(t.raw):
        at, end = hm.start(), hm.end()
        if at not in tags or (at and t.raw[at - 1].isalnum()) or any(x.start < end and at < x.end for x in chosen):
            continue
        end = _head_end(t, end, starts, tags, checks.bare_parent_after)
        prefix = _prefix(t, at, rules) if end is not None else None
        if prefix is None:
            continue
        start, value = prefix
        body = _pointed(t, chosen, start, hm.group(), rules)
        if body is not None:
            found.append(BodyMatch(start, end, f"{value} {body}", "composite"))
    if not found:
        return chosen
    kept = [x for x in chosen if not any(x.start < f.end and f.start < x.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


def _head_end(t: Text, end: int, starts: list[int], tags: dict[int, str], after: tuple[str, ...]) -> int | None:
    """Where the bare head ending at ``end`` ends with an ``after`` word after it ("này"), when the tagger's word is the
    head alone and no noun follows it (the text's end, a mark, a verb, "và"); else None."""
    i = bisect_right(starts, end - 1)
    nxt = starts[i] if i < len(starts) else len(t.raw)
    if t.raw[end:nxt].strip():
        return None  # the tagger's word goes on past the head ("Bộ đội")
    if nxt == len(t.raw) or not t.raw[nxt].isalnum():
        return end
    for word in after:
        if t.low.startswith(word, nxt) and not t.raw[nxt + len(word) : nxt + len(word) + 1].isalnum():
            return nxt + len(word)
    return None if tags.get(nxt, "N") in _NOUNS or t.raw[nxt].isupper() else end


def _prefix(t: Text, at: int, rules: BodyRules) -> tuple[int, str] | None:
    """(start, canonical prefix) of a prefix printed capitalized right before ``at``, else None."""
    window = t.low[max(0, at - 40) : at]
    for rx, value in rules.prefixes:
        pm = rx.search(window)
        if pm:
            start = at - (len(window) - pm.start())
            return (start, value) if t.capital_at(start) else None
    return None


def _pointed(t: Text, chosen: list[BodyMatch], before: int, head: str, rules: BodyRules) -> str | None:
    """The name of the latest body of ``head`` named before ``before`` (a ministry only for a head flagged so) when it
    stands in no list of such bodies; else of the one the article names at least three times as often as any other of
    that head; else None."""
    of_head = [x for x in chosen if x.source != UNNAMED and (
        fold(x.name) in rules.ministry_keys if head in rules.checks.bare_parent_ministry
        else x.name.startswith(head + " "))]
    prior = [i for i, x in enumerate(of_head) if x.end <= before]
    if prior and not _listed(t, of_head, prior[-1], rules):
        return of_head[prior[-1]].name
    ranked = Counter(x.name for x in of_head).most_common(2) + [("", 0)]
    return ranked[0][0] if ranked[0][1] >= _MAIN and ranked[0][1] >= _MAIN * ranked[1][1] else None


def _listed(t: Text, of_head: list[BodyMatch], i: int, rules: BodyRules) -> bool:
    """The body ``of_head[i]`` is joined to another of ``of_head`` next to it by commas or a conjunction ("Bộ Y tế và Bộ
    Tài chính", "Bộ Y tế, Bộ Nội vụ"): one of several, no body to point back at."""
    return any(_joined(t, of_head[j].end, of_head[j + 1].start, rules) for j in (i - 1, i) if 0 <= j < len(of_head) - 1)


def _joined(t: Text, end: int, start: int, rules: BodyRules) -> bool:
    """Only commas, spaces and at most one conjunction stand between ``end`` and ``start``."""
    if start < end:
        return False
    gap = t.low[end:start].replace(",", " ").split()
    return len(gap) <= 1 and all(key(w) in rules.checks.grammar.conjunctions for w in gap) and "\n" not in t.raw[end:start]
