"""date_spans: the handlers of the date patterns that give several dates or a range (lists of days,
day and month spans, year periods), shared by the date grammar (dates.py) as a mixin."""

from __future__ import annotations

import re

from .date_ranges import Found
from .date_values import Point

_AFTER_WORD = re.compile(r"\w[ \t]+$")
# a decimal glued to either end makes two numbers a range of amounts, not a day-month: "tăng từ 1-2,2 lần",
# "1,2-9 lần", "từ 0,5-1/2" (no space after the comma, as in a list of dates)
_DECIMAL_AFTER = re.compile(r"[.,]\d")
_DECIMAL_BEFORE = re.compile(r"\d[.,]$")


def is_duration(text: str, start: int) -> bool:
    """'9 tháng 10 ngày', 'mỗi tháng 2 lần': a number or quantifier right before 'tháng'."""
    before = text[max(0, start - 12) : start]
    return bool(re.search(r"(?:\d|\b(?:mỗi|hằng|hàng|các|những|vài|mấy|mười|một|hai|ba|bốn|năm|sáu|bảy|tám|chín))\s+$",
                          before, re.I))


class SpanHandlers:
    """Range and list handlers: each turns a pattern's match into found dates (or none)."""

    not_after: re.Pattern[str]
    after_ok: re.Pattern[str]
    not_before: re.Pattern[str]
    bracket_share: re.Pattern[str]
    bce_after: re.Pattern[str] | None
    quarter_numerals: dict[str, int]

    def _count_like(self, m: re.Match[str], text: str, start: int) -> bool:
        """A year-less day-month that is really a count, score or class ('3-4 lần', 'lớp 6/2')."""
        if self.not_after.match(text, m.end()) and not self.after_ok.match(text, m.end()):
            return True
        if _DECIMAL_AFTER.match(text, m.end()) or _DECIMAL_BEFORE.search(text, max(0, start - 2), start):
            return True
        b = self.not_before.search(text, max(0, start - 20), start)
        # a capital after a word is the end of a proper name, not a counter: "Hải Phòng vào ngày 19/12",
        # "Khánh Hòa ngày 4/3" (but "phòng 12/3", "Số 12/3" at a sentence start)
        return bool(b) and not (b.group(0)[:1].isupper() and _AFTER_WORD.search(text, max(0, b.start() - 3), b.start()))

    @staticmethod
    def _span_start(m: re.Match[str], number_group: str) -> int:
        """Start at the day-word ('Chiều 4/3'), not at a preposition ('trước 31/3') nor a time of day before the
        day-word ('từ 9 giờ ngày 5 đến ...': 'cpre')."""
        for g in ("cpre", "pre2", "pre", "wd", "rel"):
            if g in m.re.groupindex and m.group(g):
                return m.start(g)
        return m.start(number_group)

    @staticmethod
    def _int(m: re.Match[str], g: str) -> int | None:
        v = m.group(g) if g in m.re.groupindex else None
        return int(v) if v else None

    def _daylist(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        y, mo = self._int(m, "y"), int(m["m"])
        if y is None and self._count_like(m, text, m.start()):
            return []
        out = []
        days = list(re.finditer(r"\d+", m["list"]))
        base = m.start("list")
        for k, dm in enumerate(days):
            s = self._span_start(m, "list") if k == 0 else base + dm.start()
            e = m.end() if k == len(days) - 1 else base + dm.end()
            out.append(Found(s, e, Point("day", y, mo, int(dm.group())), rank=rank))
        return out

    def _dayrange(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        y, mo = self._int(m, "y"), int(m["m"])
        if y is None and self._count_like(m, text, m.start()):
            return []
        d1, d2 = int(m["d1"]), int(m["d2"])
        if d1 >= d2:
            return []
        return [Found(self._span_start(m, "d1"), m.end(), Point("day", y, mo, d1), Point("day", y, mo, d2), rank,
                      m.end("d1"), m.start("d2"))]

    def _parenrange(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        """'(4-6/5)': days of one month in brackets, the range itself without them."""
        y, d1, d2 = self._int(m, "y"), int(m["d1"]), int(m["d2"])
        a, b = Point("day", y, int(m["m"]), d1), Point("day", y, int(m["m"]), d2)
        if d1 >= d2 or not (a.valid() and b.valid()) or self.bracket_share.match(text, m.end()):
            return []  # '(7-8/10) điểm', '(2-3/5) số hộ': a score or a share
        end = m.end("y") if m["y"] else m.end("m")
        return [Found(m.start("d1"), end, a, b, rank, m.end("d1"), m.start("d2"))]

    def _oldyear(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        """'năm 938', 'từ năm 1460 đến năm 1693': a year (or a span of years) of which one is before 1900; the
        years of this era and the last are the other shapes' ('năm 2025'). Not a count ('năm 500 người'), nor a year
        before the Common Era ('năm 150 trước Công nguyên': bce_after)."""
        y1 = int(m["y1"])
        last = "y2" if m["y2"] else "y3" if m["y3"] else None
        y2 = int(m[last]) if last else None
        if min(y1, y2 or y1) >= 1900 or self.not_after.match(text, m.end()):
            return []
        if self.bce_after is not None and self.bce_after.match(text, m.end()):
            return []  # 'năm 150 trước Công nguyên': before the Common Era, no date of the calendar
        start = m.start("from") if m["from"] else m.start("pre")
        if y2 is None:
            return [Found(start, m.end(), Point("year", y1), rank=rank)]
        if not y1 < y2:
            return []
        return [Found(start, m.end(), Point("year", y1), Point("year", y2), rank, m.end("y1"), m.start(last))]

    def _dayspan(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        y1, y2 = self._int(m, "y1"), self._int(m, "y2")
        if not (y1 or y2 or m.start() < m.start("d1")):
            return []  # '3/4-5/6' without a day-word or a year may be anything
        if y1 is None and y2 is None and self._count_like(m, text, m.start()):
            return []
        a, b = Point("day", y1, int(m["m1"]), int(m["d1"])), Point("day", y2, int(m["m2"]), int(m["d2"]))
        if not (a.valid() and b.valid()):
            return []
        return [Found(self._span_start(m, "d1"), m.end(), a, b, rank, m.end("y1") if y1 else m.end("m1"),
                      m.start("pre3") if m["pre3"] else m.start("d2"))]

    def _dmlist(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        items = list(re.finditer(r"(\d+)[/\-](\d+)(?:[/\-](\d{4}))?", m["list"]))
        if all(it.group(3) is None for it in items) and self._count_like(m, text, m.start()):
            return []
        base, out = m.start("list"), []
        for k, it in enumerate(items):
            p = Point("day", int(it.group(3)) if it.group(3) else None, int(it.group(2)), int(it.group(1)))
            if not p.valid():
                return []
            s = self._span_start(m, "list") if k == 0 else base + it.start()
            out.append(Found(s, base + it.end(), p, rank=rank))
        return out

    def _monthrange(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        y = self._int(m, "y")
        m1, m2 = int(m["m1"]), int(m["m2"])
        if m1 >= m2 or is_duration(text, m.start()) or (y is None and self._count_like(m, text, m.start())):
            return []
        return [Found(m.start(), m.end(), Point("month", y, m1), Point("month", y, m2), rank, m.end("m1"), m.start("m2"))]

    def _monthspan(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        a, b = Point("month", int(m["y1"]), int(m["m1"])), Point("month", int(m["y2"]), int(m["m2"]))
        if is_duration(text, m.start()) or a.ordinal() >= b.ordinal():
            return []
        return [Found(m.start(), m.end(), a, b, rank, m.end("y1"), m.start("m2"))]

    def _yearrange(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        y1, y2 = int(m["y1"]), int(m["y2"])
        if not y1 < y2 <= y1 + 100:
            return []
        start = m.start("pre") if m["pre"] else m.start("y1")
        return [Found(start, m.end(), Point("year", y1), Point("year", y2), rank, m.end("y1"), m.start("y2"))]

    def _fromyear(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        y1, y2 = int(m["y1"]), int(m["y2"])
        if not y1 < y2 <= y1 + 100:
            return []
        return [Found(m.start("y1"), m.end(), Point("year", y1), Point("year", y2), rank, m.end("y1"), m.start("y2"))]

    def _yearlist(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        out = []
        base = m.start("list")
        for k, ym in enumerate(re.finditer(r"\d{4}", m["list"])):
            s = m.start("pre") if k == 0 else base + ym.start()
            out.append(Found(s, base + ym.end(), Point("year", int(ym.group())), rank=rank))
        return out

    def _monthlist(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        if re.search(r"\d\s+$", text[max(0, m.start() - 6) : m.start()]):
            return []  # '3 tháng 6, 7/2025' is a count; 'các tháng 6, 7/2025' is a list
        items = list(re.finditer(r"\d+", m["list"]))
        return self._listed(m, rank, [(it, Point("month", int(m["y"]), int(it.group()))) for it in items])

    def _quarterlist(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        items = [it for it in re.finditer(r"\w+", m["list"]) if it.group().lower() in self.quarter_numerals]
        return self._listed(m, rank, [(it, Point("quarter", int(m["y"]), quarter=self.quarter_numerals[it.group().lower()]))
                                      for it in items])

    @staticmethod
    def _listed(m: re.Match[str], rank: int, items: list[tuple[re.Match[str], Point]]) -> list[Found]:
        """One found date per listed item: the first from the unit word, the last to the year."""
        base, out = m.start("list"), []
        for k, (it, p) in enumerate(items):
            s = m.start("pre") if k == 0 else base + it.start()
            e = m.end() if k == len(items) - 1 else base + it.end()
            out.append(Found(s, e, p, rank=rank))
        return out
