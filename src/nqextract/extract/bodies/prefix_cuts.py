"""A name cut short inside a prefix row of body_patterns.tsv ("Ban Xây dựng" of "Ban Xây dựng Đảng", printed with no
body after it: the proper names end before "Đảng", the party's own head): the words before the cut are no body of
their own. Only a name that is no head itself is dropped ("Ban Tuyên giáo" before "và Dân vận" keeps its reading),
and only where the rest of the row is printed right after it ("Ban Xây dựng đề án", "Ban Xây dựng nông thôn mới"
name bodies of their own)."""

from __future__ import annotations

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text


def prefix_cuts(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``matches`` without the names that end inside a prefix row printed whole (see the module)."""
    rows = {fold(v) for _, v in rules.prefixes if v}
    return [m for m in matches if not _cut_in_row(t, m, rows, rules)]


def _cut_in_row(t: Text, m: BodyMatch, rows: set[str], rules: BodyRules) -> bool:
    key = fold(" ".join(t.raw[m.start : m.end].split()))
    if key in rules.unnamed or fold(m.name) != key:
        return False
    for row in rows:
        if not row.startswith(key + " "):
            continue
        end = m.end + len(row) - len(key)
        if (t.raw[m.end : m.end + 1] == " " and fold(t.raw[m.end : end]) == row[len(key) + 1 :]
                and not t.raw[end : end + 1].isalnum()):
            return True
    return False
