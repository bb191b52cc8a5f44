"""dates: a year-less day-month the article also prints with its year ("ngày 3-5-2024" ... "quyết định đình chỉ ngày
3-5") is that day when its own sentence tells the past ("đã", "vừa": a word of ``narrative_past``) and none of a plan,
a deadline or a recurrence: it takes the printed year rather than the nearest one (``printed_year`` in
date_words.json). An upcoming day or an anniversary of the printed one ("Năm nay kỷ niệm ngày 30-4", "ngày 4-10
tới", "dịp 20-11 này") and a point of a range ("từ ngày 3-5 đến ngày 10-5") keep the nearest year."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from .date_ranges import DateMatch
from .phrases import alternation

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


class PrintedYears:
    """Reads the ``printed_year`` section: how near the article date a day keeps its nearest year, what follows
    a day that keeps it."""

    def __init__(self, section: dict) -> None:
        self.days = int(section.get("days", 0))
        words = [w for w in section.get("not_after", []) if not w.startswith("_")]
        self.not_after = re.compile(r"[ \t]*(?:\(|,)?[ \t]*" + alternation(words) + r"(?!\w)", re.I) if words else None

    def _sentence_years(self, text: str, start: int, end: int) -> set[str]:
        a = 0
        for m in _SENTENCE_END.finditer(text, 0, start):
            a = m.end()
        m = _SENTENCE_END.search(text, end)
        return set(_YEAR.findall(text, a, m.start() if m else len(text)))

    def apply(self, text: str, matches: list[DateMatch], published: dt.date | None,
              told_past: Callable[[str, int, int], bool]) -> list[DateMatch]:
        """``told_past(text, start, end)``: whether the sentence around a day tells the past and no plan."""
        if published is None or not self.days:
            return matches
        printed: dict[str, set[str]] = {}
        for m in matches:
            if m.granularity == "day" and _YEAR.search(text, m.start, m.end):
                printed.setdefault(m.value[5:], set()).add(m.value[:4])
        if not printed:
            return matches
        ranges = [(m.start, m.end) for m in matches if m.granularity == "range"]
        out = []
        for m in matches:
            years = printed.get(m.value[5:]) if m.granularity == "day" else None
            if years and (m.end_of_range or any(a <= m.start and m.end <= b for a, b in ranges)):
                years = None  # a range's point: the range and its ends keep one year
            if years and len(years) == 1 and m.value[:4] not in years and not _YEAR.search(text, m.start, m.end):
                year = next(iter(years))
                value = f"{year}-{m.value[5:]}"
                try:
                    far = abs((dt.date.fromisoformat(m.value) - published).days) > self.days
                except ValueError:
                    far = False
                sentence = self._sentence_years(text, m.start, m.end)
                if far and (not sentence or year in sentence) and not (
                        self.not_after is not None and self.not_after.match(text, m.end)) \
                        and told_past(text, m.start, m.end):
                    m = replace(m, value=value)
            out.append(m)
        return out
