"""persons: an elected seat a person stands for is not one he holds ("ứng cử đại biểu HĐND tỉnh X, Giám đốc Sở Y
A", "người ứng cử đại biểu Quốc hội B"): a link of a chain whose title is printed as an elected seat
(`person_context.tsv` elected_seat: "đại biểu", "ĐBQH") right after a candidacy word (candidacy: "ứng cử", "ứng cử
viên", "ứng viên", "tranh cử") states no position; the chain's other links are kept.

A seat printed right after a joining word (candidacy_join: "và") is stood for too only when the seat stood for ends
right before that word, nothing printed between (no name, no place, no "tại đơn vị số 2"), and no name follows the
second seat directly: "ứng cử đại biểu Quốc hội và đại biểu HĐND tỉnh, Bí thư Tỉnh ủy X A" (A stands for both);
"ứng cử đại biểu Quốc hội và đại biểu HĐND huyện B" (B holds the council's seat), "người ứng cử đại biểu Quốc hội
C và đại biểu HĐND tỉnh D" (D holds his). A winner keeps the seat: a candidacy_won word ("trúng cử", "đắc cử") in
the seat's clause, up to the next ",;.:!?()" or line end, not right after a candidacy_won_not word ("nếu trúng
cử": a promise), "ứng cử viên đại biểu Quốc hội A trúng cử với số phiếu cao nhất"."""

from __future__ import annotations

import re

from .records import ChainItem
from .scan import ArticleScan

_CLAUSE_BREAK = re.compile(r"[,;.:!?()\n]")


def _seat(scan: ArticleScan, item: ChainItem) -> bool:
    return scan.low[item.hit.start : item.hit.end] in scan.rules.elected_seats


def _won(scan: ArticleScan, start: int) -> bool:
    """A candidacy_won word, no promise, in the clause from ``start`` on ("... A trúng cử với số phiếu ...")."""
    brk = _CLAUSE_BREAK.search(scan.low, start)
    clause = f" {scan.low[start : brk.start() if brk else len(scan.low)]} "
    for won in scan.rules.candidacy_won:
        for m in re.finditer(rf"(?<= ){re.escape(won)}(?= )", clause):
            if not any(clause[: m.start()].endswith(f" {w} ") for w in scan.rules.candidacy_won_not):
                return True
    return False


def stood_for(scan: ArticleScan, start: int) -> bool:
    """The seat title at ``start`` follows a candidacy word and its clause tells no win."""
    return scan.preceded_by(start, scan.rules.candidacy) and not _won(scan, start)


def _joined(scan: ArticleScan, item: ChainItem, last: bool) -> bool:
    """``item`` is a seat joined by "và" to a seat stood for that ends right before the "và", and no name follows
    it directly (``last``: it ends its chain)."""
    joins = scan.rules.candidacy_joins
    for n in {len(j.split()) for j in joins}:
        at = scan.back_words(item.hit.start, n)
        if at is not None and scan.words_before(item.hit.start, n) in joins:
            if scan.skip_spaces_back(at) not in scan.stood_ends:
                continue
            after = scan.skip_spaces(item.end)
            return not (last and after > item.end and scan.starts_name(after)) and not _won(scan, item.hit.start)
    return False


def uncontested(scan: ArticleScan, items: list[ChainItem]) -> list[ChainItem]:
    """``items`` without the elected seats a candidacy word puts up for election."""
    if not scan.rules.candidacy:
        return items
    kept = []
    for k, item in enumerate(items):
        if _seat(scan, item) and (stood_for(scan, item.hit.start) or _joined(scan, item, k == len(items) - 1)):
            scan.stood_ends.add(item.end)
        else:
            kept.append(item)
    return kept
