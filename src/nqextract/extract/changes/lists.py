"""position_changes, lists: "... gồm: ông A - Chủ tịch UBND xã X; ông B - Bí thư Đảng ủy xã Y và ông C ...".

A list marker ("gồm:", "như sau:") after a cue makes every person heading an item of the list (after
";", ",", "và" or the marker, honorifics and ranks aside) a person the cue concerns, across the
semicolons that otherwise end a cue's reach. A list printed in a sentence of its own ("Danh sách 11 cán
bộ gồm: ...") is the list of the nearest cue before it that counts the same number of persons
("quyết định nghỉ hưu đối với 11 người")."""

from __future__ import annotations

import re

from .scan import ChangeScan, Cue, PersonRef

_ITEM_START = re.compile(r"(?:[;,:]|\bvà)\s*$")
_COUNT = re.compile(r"(?<![\w.,])(\d{1,3})\s+(?=[^\W\d])")
_LOOK_BACK = 4  # sentences before a list read for the cue that counts it


def list_marker(scan: ChangeScan, a: int, b: int) -> tuple[int, int] | None:
    """(start, end) of the list marker in key[a:b], if any."""
    rx = scan.rules.list_rx
    m = rx.search(scan.key, a, b) if rx is not None else None
    return (m.start(), m.end()) if m else None


def list_start(scan: ChangeScan, a: int, b: int) -> int | None:
    """End of the list marker in key[a:b], if any."""
    m = list_marker(scan, a, b)
    return m[1] if m else None


def items(scan: ChangeScan, start: int, end: int) -> list[PersonRef]:
    """The persons heading the items of a list that opens at ``start``."""
    out: list[PersonRef] = []
    at = start
    for p in scan.persons:
        if p.start < start or p.end > end:
            continue
        lead = scan.key[at:p.start]
        if scan.rules.glue_rx is not None:
            lead = scan.rules.glue_rx.sub(" ", lead)
        if out and not _ITEM_START.search(lead.rstrip()) and lead.strip():
            continue  # a person inside an item ("ông A - Chủ tịch, thay ông B")
        if not out and lead.strip(" \n:"):
            if len(lead.strip()) > 0 and not _ITEM_START.search(scan.key[start - 1:start]):
                continue
        out.append(p)
        at = p.end
    return out


def counted_cue(scan: ChangeScan, cues_by_sentence: list[tuple[int, int, list[Cue]]], k: int) -> Cue | None:
    """For the list sentence ``k`` (no cue of its own before the list), the cue of one of the sentences before it that
    counts as many persons as the list's lead does ("Danh sách 11 cán bộ gồm:" / "... đối với 11 người")."""
    lo, hi, _ = cues_by_sentence[k]
    mark = list_start(scan, lo, hi)
    if mark is None:
        return None
    counts = _COUNT.findall(scan.key, lo, mark)
    if not counts:
        return None
    n = counts[-1]
    for j in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
        slo, shi, found = cues_by_sentence[j]
        for cue in reversed(found):
            if _counts(scan, cue, shi, n):
                return cue
    return None


def _counts(scan: ChangeScan, cue: Cue, hi: int, n: str) -> bool:
    return any(c == n for c in _COUNT.findall(scan.key, cue.end, hi))


def dated_report(scan: ChangeScan, cues_by_sentence: list[tuple[int, int, list[Cue]]], cue: Cue,
                 k: int) -> tuple[int, int, Cue] | None:
    """The first sentence of the article reporting the same change of as many persons as the list ``k``
    counts with a date of its own, not the report's day opening it ("Cuối năm 2024, 11 cán bộ ... đã làm
    đơn xin nghỉ hưu"): the date of the listed changes."""
    lo, hi, _ = cues_by_sentence[k]
    mark = list_start(scan, lo, hi)
    n = _COUNT.findall(scan.key, lo, mark)[-1]
    opening = {at for at, _ in scan.datelines}
    for slo, shi, found in cues_by_sentence:
        for c in found:
            if c.rule.change != cue.rule.change or n not in _COUNT.findall(scan.key, slo, shi):
                continue
            if any(slo <= a < shi and g != "range" and slo not in opening for a, _b, _v, g in scan.dates):
                return slo, shi, c
    return None
