"""date_relative: dates printed only relative to the article's date, standing on their own.

- a year named relative to the article's year after a preposition or a part of a year: ``vào năm tới``,
  ``trong năm nay``, ``đến năm sau``, ``cuối năm tới`` (a part of a year is that year, as ``cuối năm 2025`` is
  2025); not a count (``bốn năm sau``, ``5 năm tới``), not the year of a date printed before it (``ngày 20-11 năm nay``: the grammar's
  ``relative_years_after``);
- 'năm nay' and 'năm ngoái' wherever they stand (``Năm nay, thành phố ...``, ``cùng kỳ năm ngoái``): the
  article's year and the one before; not a span counted back (``nhiều năm nay``, ``2 năm nay``), nor the year
  of a month, quarter or day printed before it (``tháng 12 năm ngoái``);
- a part of the article's day, or the day before: ``sáng nay``, ``chiều nay`` (the article's date),
  ``trong ngày hôm qua`` (the day before), unless a date follows
  it in parentheses or right after (``sáng nay (19/9)``, ``sáng nay 28/11``: the grammar reads that one);
- a month named relative to the article's month: ``đầu tháng này``, ``trong tháng này`` (the article's
  month); not a count or plural before it (``hai tháng này``), nor a month of another year (``tháng này
  năm ngoái``);
- the first or last three months of a year: ``3 tháng cuối năm`` (Q4), ``ba tháng đầu năm 2025`` (Q1); the
  year printed after it, else the article's.

The words are data (``date_words.json``: ``standalone_relative_years``, ``relative_year_leads``,
``free_relative_years``, ``free_relative_year_not_before``, ``year_parts``, ``standalone_relative_days``, ``standalone_relative_months``, ``relative_month_not_before``,
``year_quarter_spans``, and the small words around them, ``relative_words``).
"""

from __future__ import annotations

import datetime as dt
import re

from .date_ranges import DateMatch
from .phrases import alternation, printed


def data_words(data: dict, key: str) -> list[str]:
    """The words of a ``date_words.json`` entry (a list, or a dict with a comment and ``words``)."""
    entry = data.get(key, {})
    return list(entry.get("words", [])) if isinstance(entry, dict) else list(entry)


def data_mapping(data: dict, key: str) -> dict[str, int]:
    """A ``date_words.json`` entry mapping phrases to numbers, keyed by :func:`phrase_key`."""
    entry = data.get(key, {})
    return {phrase_key(k): int(v) for k, v in entry.items() if not k.startswith("_")}


def phrase_key(printed: str) -> str:
    """A printed phrase as the data's key: lower case, single spaces."""
    return " ".join(printed.lower().split())


class RelativeDates:
    """The standalone relative expressions of ``date_words.json``, compiled once."""

    def __init__(self, data: dict) -> None:
        small = data.get("relative_words", {})
        # the small words around them, as printed: a demonstrative after a relative year ('năm tới đó': no year of
        # the article's), the year and day words, the units before a free relative year naming their own year
        anaphor, year_word, day_word, units = (
            printed(small.get(k, [])) for k in ("anaphors", "year", "day", "units"))
        self.ahead = tuple(small.get("ahead", []))  # 'năm tới' after a part of a year: 'until' or 'come' too
        years = data_mapping(data, "standalone_relative_years")
        leads = data_words(data, "relative_year_leads")
        self.years = years
        part_entry = data.get("year_parts", {})
        self.parts = {phrase_key(w) for w in data_words(data, "year_parts")}
        self.part_relatives = {phrase_key(w) for w in part_entry.get("relatives", [])} if isinstance(part_entry, dict) else set()
        then = part_entry.get("then", []) if isinstance(part_entry, dict) else []
        # 'năm tới' after a part: the next year at its clause's end or before a `then` word, else 'until'/'come'
        then_alt = r"|\s+(?:" + alternation(then) + r")(?!\w)" if then else ""
        self.part_then = re.compile(r"\s*(?:[,.;:!?)\]\"”…–-]|$)" + then_alt, re.I)
        self.year_re = re.compile(
            r"(?<!\w)(?P<lead>" + alternation(leads) + r")\s+(?P<rel>" + alternation(sorted(years, key=len, reverse=True))
            + r")(?!\w)(?!\s+(?:" + anaphor + r"|\d))", re.I) if years and leads else None
        free = data_mapping(data, "free_relative_years") if "free_relative_years" in data else {}
        self.free_years = free
        self.free_year_re = re.compile(
            r"(?<!\w)(?P<rel>" + alternation(sorted(free, key=len, reverse=True)) + r")(?!\w)(?!\s*(?:" + anaphor + r"|\d))",
            re.I) if free else None
        free_not = data_words(data, "free_relative_year_not_before") if "free_relative_year_not_before" in data else []
        # a count or a number before it, or the month, quarter or day whose year it names ("tháng 12 năm ngoái");
        # a part of the year between them names none ("9 tháng đầu năm nay" is the year's part, as "cuối năm nay")
        parts = data_words(data, "year_parts")
        not_part = r"(?!(?:" + alternation(parts) + r")(?!\w))" if parts else ""
        self.free_year_not_before = re.compile(
            r"(?:\d|(?<!\w)(?P<count>" + alternation(free_not) + r")|(?<!\w)" + units + r"(?:\s+"
            + not_part + r"\S+)?)\s+$", re.I)
        days = data_mapping(data, "standalone_relative_days")
        self.days = days
        self.day_re = re.compile(r"(?<!\w)" + alternation(sorted(days, key=len, reverse=True)) + r"(?!\w)", re.I) if days else None
        # a date printed right after the day word ("sáng nay (19/9)", "sáng nay 28/11") is read by the grammar
        self.date_after = re.compile(r"\s*[,(]?\s*(?:" + day_word + r"\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}")
        months = data_mapping(data, "standalone_relative_months")
        self.months = months
        not_before = data_words(data, "relative_month_not_before")
        self.month_re = re.compile(
            r"(?<!\w)(?P<rel>" + alternation(sorted(months, key=len, reverse=True)) + r")(?!\w)(?!\s+(?:" + year_word + r"|\d))",
            re.I) if months else None
        self.month_not_before = re.compile(
            r"(?:\d|(?<!\w)" + alternation(not_before) + r")\s+$", re.I) if not_before else None
        quarters = data_mapping(data, "year_quarter_spans")
        self.quarters = quarters
        self.quarter_re = re.compile(
            r"(?<!\w)(?P<span>" + alternation(sorted(quarters, key=len, reverse=True))
            + r")(?!\w)(?:\s+(?:" + year_word + r"\s+)?(?P<y>\d{4})(?!\d))?", re.I) if quarters else None

    def _free_year_counted(self, text: str, start: int) -> bool:
        """A count, a number, or a month, quarter or day right before a free relative year at ``start``; a count
        word capitalized inside a sentence is a name's word ('Giải thưởng Lê Văn Tám năm nay')."""
        b = self.free_year_not_before.search(text, max(0, start - 16), start)
        if b is None:
            return False
        if b["count"] and b["count"][0].isupper():
            return not text[: b.start("count")].rstrip(" \t")[-1:].isalnum()
        return True

    def matches(self, text: str, published: dt.date | None) -> list[DateMatch]:
        out: list[DateMatch] = []
        if published is not None and self.year_re is not None:
            for m in self.year_re.finditer(text):
                if phrase_key(m["lead"]) in self.parts and (
                        phrase_key(m["rel"]) not in self.part_relatives
                        or (m["rel"].lower().endswith(self.ahead) and not self.part_then.match(text, m.end()))):
                    continue  # 'cuối năm 2019, đầu năm sau': counted from the year told before it; 'đầu năm tới ngày 3-11': until
                year = published.year + self.years[phrase_key(m["rel"])]
                out.append(DateMatch(m.start("rel"), m.end("rel"), str(year), "year"))
        if published is not None and self.free_year_re is not None:
            taken = {m.start for m in out}
            for m in self.free_year_re.finditer(text):
                if m.start("rel") in taken or self._free_year_counted(text, m.start()):
                    continue
                year = published.year + self.free_years[phrase_key(m["rel"])]
                out.append(DateMatch(m.start("rel"), m.end("rel"), str(year), "year"))
        if published is not None and self.day_re is not None:
            for m in self.day_re.finditer(text):
                if not self.date_after.match(text, m.end()):
                    day = published + dt.timedelta(days=self.days[phrase_key(m.group())])
                    out.append(DateMatch(m.start(), m.end(), day.isoformat(), "day"))
        if published is not None and self.month_re is not None:
            for m in self.month_re.finditer(text):
                if self.month_not_before is not None and self.month_not_before.search(text, max(0, m.start() - 12), m.start()):
                    continue
                month = published.month - 1 + self.months[phrase_key(m["rel"])]
                year = published.year + month // 12
                out.append(DateMatch(m.start(), m.end(), f"{year}-{month % 12 + 1:02d}", "month"))
        if self.quarter_re is not None:
            for m in self.quarter_re.finditer(text):
                year = int(m["y"]) if m["y"] else (published.year if published is not None else None)
                if year is not None:
                    out.append(DateMatch(m.start(), m.end(), f"{year}-Q{self.quarters[phrase_key(m['span'])]}", "quarter"))
        return out
