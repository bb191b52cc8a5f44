"""date_ranges: what the date grammar found, and its ranges.

``Found`` is a recognized stretch of text (one point, or a range of two); ``DateMatch`` is a
normalized date of the text. Two neighbouring points joined by a connector (``A - B``,
``(từ) A đến B``) become one range, printed as the range (value ``start/end``, which deadlines and
spans read) and, where the text names its two ends, as its two ends besides, each a date of its own:
a range opened by "từ" ("từ ngày 1/7 đến ngày 31/12/2025"), one joined by a word ("tháng 2/1955 đến
tháng 9/1955"), and one whose two ends are days, however joined: two full dates
("(30/4/1975 – 30/4/2025)") or days of one month ("(4-6/5)", "18 – 25/8"), every one an absolute date
expression of the article (GOLD_FORMAT). A bare period of years or months ("nhiệm kỳ 2021-2026",
"tháng 9-10/2025") stays a range only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .date_values import Point, resolve_range


@dataclass(frozen=True)
class Found:
    """A recognized stretch of text: one point, or a range of two."""

    start: int
    end: int
    first: Point
    last: Point | None = None  # set for ranges
    rank: int = 0  # tie-break between overlapping patterns: lower wins
    first_end: int | None = None  # ranges: where the first end's text stops
    last_start: int | None = None  # ranges: where the last end's text starts


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: str
    granularity: str
    end_of_range: bool = False  # one end of a range, printed as its own date beside the range


def merge_ranges(text: str, found: list[Found], connector: re.Pattern[str]) -> list[Found]:
    """``A - B`` and ``(từ) A đến B`` between two points become one range."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found) and a.last is None and found[i + 1].last is None:
            b = found[i + 1]
            between = text[a.end : b.start]
            if connector.fullmatch(between) and "\n" not in between and a.first.kind == b.first.kind:
                out.append(Found(a.start, b.end, a.first, b.first, a.rank, a.end, b.start))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def ends_named(text: str, f: Found, ends_cue: re.Pattern[str]) -> bool:
    """A range whose two ends are days ('(30/4/1975 - 30/4/2025)', '(4-6/5)', '18 – 25/8'): each end is a
    day of the calendar the text prints; a range opened by "từ" ('từ ngày 1/7 đến ngày 31/12/2025', 'từ năm
    2018 - 2023'), or joined by a word ('Tháng 02/1955 đến tháng 9/1955: ...', a career line): a from-to
    phrase either way, where a dash alone between years or months ('nhiệm kỳ 2021-2026') prints a period."""
    if f.last is not None and f.first.kind == "day" and f.last.kind == "day":
        return True
    if f.first_end is not None and f.last_start is not None and re.search(r"[^\W\d_]", text[f.first_end : f.last_start]):
        return True
    digit = re.search(r"\d", text[f.start : f.end])
    lead = f.start + (digit.start() if digit else 0)
    return bool(ends_cue.search(text, max(0, lead - 30), lead))


def range_matches(text: str, f: Found, published: dt.date | None, ends_cue: re.Pattern[str]) -> list[DateMatch]:
    """The range ``f`` as a date (value ``start/end``), after its two ends when "từ" names them."""
    assert f.last is not None
    ends = resolve_range(f.first, f.last, published)
    if ends is None:
        return []
    out: list[DateMatch] = []
    # "từ A đến B": each end is a date of its own; the range comes last so that a lookup by
    # start offset finds the range
    if ends_named(text, f, ends_cue):
        first_end = f.first_end if f.first_end is not None else f.end
        last_start = f.last_start if f.last_start is not None else f.start
        out.append(DateMatch(f.start, first_end, ends[0].value(), ends[0].kind, True))
        out.append(DateMatch(last_start, f.end, ends[1].value(), ends[1].kind, True))
    out.append(DateMatch(f.start, f.end, f"{ends[0].value()}/{ends[1].value()}", "range"))
    return out
