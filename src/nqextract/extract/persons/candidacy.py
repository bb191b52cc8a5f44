"""persons: an elected seat a person stands for is not one he holds ("ứng cử đại biểu HĐND tỉnh X, Giám đốc Sở Y
A", "người ứng cử đại biểu Quốc hội B"): a link of a chain whose title is printed as an elected seat
(`person_context.tsv` elected_seat: "đại biểu", "ĐBQH") right after a candidacy word (candidacy: "ứng cử", "ứng cử
viên"), or after a "và" joining it to a seat so printed earlier in the clause ("ứng cử đại biểu Quốc hội và đại biểu
HĐND tỉnh X"), states no position; the chain's other links are kept."""

from __future__ import annotations

import re

from .records import ChainItem
from .scan import ArticleScan

_CLAUSE_BREAK = re.compile(r"[,;.:!?()\n]")


def _seat(scan: ArticleScan, item: ChainItem) -> bool:
    return scan.low[item.hit.start : item.hit.end] in scan.rules.elected_seats


def stood_for(scan: ArticleScan, start: int) -> bool:
    """The seat title at ``start`` follows a candidacy word, or "và" after a seat one follows in its clause."""
    if scan.preceded_by(start, scan.rules.candidacy):
        return True
    if scan.words_before(start, 1) != "và":
        return False
    clause = _CLAUSE_BREAK.split(scan.low[max(0, start - 120) : start])[-1]
    return any(f"{c} {s} " in f" {clause}" for c in scan.rules.candidacy for s in scan.rules.elected_seats)


def uncontested(scan: ArticleScan, items: list[ChainItem]) -> list[ChainItem]:
    """``items`` without the elected seats a candidacy word puts up for election."""
    if not scan.rules.candidacy:
        return items
    return [i for i in items if not (_seat(scan, i) and stood_for(scan, i.hit.start))]
