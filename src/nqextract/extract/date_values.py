"""Date values: a day, month, quarter or year that may lack its year, and how a missing year is
chosen from the article date (the nearest one, or the side a tense cue names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Point:
    """One end of a date expression before normalization: missing parts are None."""

    kind: str  # "day", "month", "quarter", "year"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None

    def ordinal(self) -> int:
        """A sortable position in time (needs a year)."""
        assert self.year is not None
        if self.kind == "day":
            return dt.date(self.year, self.month or 1, self.day or 1).toordinal()
        if self.kind == "month":
            return dt.date(self.year, self.month or 1, 1).toordinal()
        if self.kind == "quarter":
            return dt.date(self.year, 3 * ((self.quarter or 1) - 1) + 1, 1).toordinal()
        return dt.date(self.year, 1, 1).toordinal()

    def valid(self) -> bool:
        if self.year is None:
            return True
        if self.kind == "day":
            try:
                dt.date(self.year, self.month or 0, self.day or 0)
            except ValueError:
                return False
        return True

    def value(self) -> str:
        assert self.year is not None
        if self.kind == "day":
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.kind == "month":
            return f"{self.year:04d}-{self.month:02d}"
        if self.kind == "quarter":
            return f"{self.year:04d}-Q{self.quarter}"
        return f"{self.year:04d}"


def _distance(p: Point, anchor: dt.date) -> int:
    if p.kind == "day":
        return abs(p.ordinal() - anchor.toordinal())
    if p.kind == "month":
        return abs((p.year or 0) * 12 + (p.month or 1) - (anchor.year * 12 + anchor.month))
    if p.kind == "quarter":
        return abs((p.year or 0) * 4 + (p.quarter or 1) - (anchor.year * 4 + (anchor.month - 1) // 3 + 1))
    return abs((p.year or 0) - anchor.year)


def nearest(p: Point, anchor: dt.date, tense: str | None = None) -> Point | None:
    """Give a year-less point the year that puts it nearest ``anchor``; with ``tense`` "past" or
    "future" (a cue word printed beside it), the nearest on that side of ``anchor`` when there is one;
    with "current" (a date that recurs every year), the one of ``anchor``'s year."""
    if p.year is not None:
        return p if p.valid() else None
    options = [replace(p, year=y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    options = [o for o in options if o.valid()]
    if tense == "past":
        options = [o for o in options if o.ordinal() <= anchor.toordinal()] or options
    elif tense == "future":
        options = [o for o in options if o.ordinal() >= anchor.toordinal()] or options
    elif tense == "current":  # a yearly date ('hằng năm vào ngày 1/7'): this year's
        options = [o for o in options if o.year == anchor.year] or options
    if not options:
        return None
    return min(options, key=lambda o: (_distance(o, anchor), -(o.year or 0)))


def resolve_range(a: Point, b: Point, anchor: dt.date | None) -> tuple[Point, Point] | None:
    """Fill missing years of a range's ends: from the other end, else from the anchor."""
    if a.year is None and b.year is not None:
        a = replace(a, year=b.year)
        if a.valid() and a.ordinal() > b.ordinal():
            a = replace(a, year=b.year - 1)
    elif b.year is None and a.year is not None:
        b = replace(b, year=a.year)
        if b.valid() and b.ordinal() < a.ordinal():
            b = replace(b, year=a.year + 1)
    elif a.year is None and b.year is None:
        if anchor is None:
            return None
        nb = nearest(b, anchor)
        if nb is None:
            return None
        b = nb
        return resolve_range(a, b, anchor)
    if not (a.valid() and b.valid()) or a.ordinal() > b.ordinal():
        return None
    return a, b
