"""Named parties addressed together: one task per party (the ledger gold writes one per party).

    ... kêu gọi Israel và Hezbollah ngừng bắn ...       -> Israel; Hezbollah
    ... đề nghị Quảng Ninh và Hải Phòng đôn đốc ...     -> Quảng Ninh; Hải Phòng
    ... chỉ đạo Trần Văn A, Lê Thị B tháo biển số ...   -> Trần Văn A; Lê Thị B
    ... Bùi Thị B cùng Trần Văn C được giao quản lý ... -> Bùi Thị B; Trần Văn C

The assignee is split at commas, ``conjunction`` words ("và") and ``party_join`` words ("cùng": named
people acting together, each assigned) only when every item is a party named as printed: a place of
``person_places.txt`` (a country, a province, a city), or exactly one person's or body's name an earlier
stage found. A phrase that is one place itself ("Bosnia và Herzegovina") or one name, or
that holds any other word (a title, "các", a generic noun: "Hà Nội và các tỉnh lân cận"), stays whole.
"""

from __future__ import annotations

import re

from ...textnorm import fold

_TOKEN = re.compile(r"[^\s,]+|,")


def _items(assignee: str, joins: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) offsets of the items of ``assignee`` split at commas and ``joins`` words; an empty
    item (two separators in a row, one at an end) makes the list no list: []."""
    out: list[tuple[int, int]] = []
    start = end = None
    for m in _TOKEN.finditer(assignee):
        if m.group() == "," or m.group().lower() in joins:
            if start is None:
                return []
            out.append((start, end))
            start = None
        else:
            start = m.start() if start is None else start
            end = m.end()
    if start is None:
        return []
    out.append((start, end))
    return out


def named_parties(assignee: str, at: int, text: str, spans: list, places: frozenset[str],
                  joins: frozenset[str]) -> list[str]:
    """The parties of ``assignee`` printed at ``at`` (see the module), else []."""
    if at < 0 or text[at:at + len(assignee)] != assignee or fold(assignee) in places:
        return []
    end = at + len(assignee)
    if any(f.start <= at and end <= f.end for f in spans):
        return []  # one body's or person's name holding a comma or "và"
    items = _items(assignee, joins)
    if len(items) < 2:
        return []
    names = {(f.start, f.end) for f in spans}
    out = []
    for s, e in items:
        item = assignee[s:e]
        if not item[:1].isupper() or not (fold(item) in places or (at + s, at + e) in names):
            return []
        out.append(item)
    return out
