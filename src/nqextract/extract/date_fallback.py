"""date_fallback: deadline-shaped dates read straight from lower-cased text, for tasks and meetings
when the dates component found none."""

from __future__ import annotations

import re

from .view import Fact

_FALLBACK_DATES = (
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), "day"),
    (re.compile(r"(?<=ngày )(\d{1,2})/(\d{1,2})(?![/\d])"), "dayshort"),
    (re.compile(r"tháng (\d{1,2})(?:/| năm )(\d{4})"), "month"),
    (re.compile(r"quý (iv|i{1,3}|[1-4])(?:/| năm )(\d{4})"), "quarter"),
    (re.compile(r"năm (\d{4})(?![\d/-])"), "year"),
)
_QUARTER_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def fallback_dates(low: str, year: int | None) -> list[Fact]:
    """Deadline-shaped dates in the lower-cased text ``low``, for tasks and meetings when the dates
    component found none (it runs first, so an article without dates gets none)."""
    out: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for rx, kind in _FALLBACK_DATES:
        for m in rx.finditer(low):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groups()
            try:
                if kind == "day":
                    value = f"{int(g[2]):04d}-{int(g[1]):02d}-{int(g[0]):02d}"
                elif kind == "dayshort":
                    if year is None:
                        continue
                    value = f"{year:04d}-{int(g[1]):02d}-{int(g[0]):02d}"
                elif kind == "month":
                    value = f"{int(g[1]):04d}-{int(g[0]):02d}"
                elif kind == "quarter":
                    q = _QUARTER_ROMAN.get(g[0]) or int(g[0])
                    value = f"{int(g[1]):04d}-Q{q}"
                else:
                    value = g[0]
            except ValueError:
                continue
            taken.append((m.start(), m.end()))
            out.append(Fact(m.start(), m.end(), "DATE", value))
    return sorted(out, key=lambda f: f.start)
