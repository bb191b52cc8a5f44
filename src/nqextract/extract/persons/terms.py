"""persons: an office held for a legislature's terms printed after its title ("đại biểu Quốc hội khóa XV", "ĐBQH
khóa 9, 10, 11"): held in a term that ended before the article's date it is former ("nguyên Đại biểu Quốc hội"),
in the term running then it is current (person_context.tsv term_title and assembly_term)."""

from __future__ import annotations

import re

from ...textnorm import fold
from .scan import ArticleScan

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
_TERM = r"(?:[IVXL]+|\d{1,2})"
_TERMS = re.compile(rf"[ \t]+(?:các[ \t]+)?kh[oó]a[ \t]+({_TERM}(?:[ \t]*(?:,|và|-|–)[ \t]*{_TERM})*)(?![\w])", re.IGNORECASE)


def term_status(scan: ArticleScan, title: str, end: int) -> tuple[str | None, int]:
    """The status the terms printed at ``end`` after an office of ``title`` give it: ("former", their end) when
    the last of them ended before the article's date, (None, their end) when it runs then, (None, ``end``) when
    none is printed, the office is not held for terms or the article has no date."""
    if fold(title) not in scan.rules.term_titles:
        return None, end
    m = _TERMS.match(scan.text, end)
    published = scan.doc._.published
    if m is None or published is None:
        return None, end
    last = max(_number(t) for t in re.findall(_TERM, m.group(1), re.IGNORECASE))
    current = max((n for n, start in scan.rules.assembly_terms.items() if start <= published.isoformat()), default=None)
    if current is None:
        return None, m.end()
    return ("former" if last < current else None), m.end()


def _number(term: str) -> int:
    if term.isdigit():
        return int(term)
    values = [_ROMAN.get(c, 0) for c in term.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
