"""dates: Vietnamese date expressions, normalized against the article date.

The grammar (word lists in data/date_words.json) recognizes, on the raw text:

- full dates ``20/01/2025``, ``1-1-2025``, ``30.4.1975``; ``ngày 22 tháng 12 năm 2024``, without its day-word
  when the year is printed (``dịp 30 tháng 4 năm 2025``);
- day-month without a year where the context says date: ``Chiều 4/3``, ``ngày 4-11``,
  ``trước 31/3``, ``hôm nay (21-11)``; the year is the one that puts the day nearest the
  article date (``ngày 28/12`` in an article of 2025-01-03 is 2024-12-28), except a day or month that year
  puts in the next year, more than two months after the article date, in a sentence with a word of the
  narrated past and none of plans, deadlines or wishes (``narrative_past``): a past event of the article's
  year (``Ngày 22-3 cơ quan điều tra đã nhận đơn`` in an article of November is March of that year);
- months ``tháng 4/2025``, ``tháng 4-2025``, ``tháng 4 năm 2025``, ``tháng 4``, by name ``tháng Bảy năm 2025``
  (capitalized only), in a formal date too (``ngày 14 tháng Bảy``); ``ngày mùng 2/9``;
- quarters ``Quý II/2025``, ``quý 2-2025``, ``Quý I năm 2025``, ``quý 1``;
- years ``năm 2025``, ``đến 2030.``, ``vào 2025 nhân dịp ...`` (not a count: ``vào 2000 hộ``), a law's
  edition ``Luật Đất đai 2024``, ``Hiến pháp 2013`` (not ``Luật số 2024``), lists
  ``năm 2017, 2018 và 2019``; a bare year after a noun it dates (``sinh 1988``, ``tuyển sinh 2025``,
  ``tranh cử 2024``: ``year_nouns``; not a count, ``sinh 2000 con``) or standing alone in brackets (``tăng từ
  8,5% (2010)``; not ``(2020) lượt``: ``bracket_counts``); a year of an earlier century after its year word
  (``năm 938`` is 0938, ``từ năm 1460 đến năm 1693``; not ``năm 150 trước Công nguyên``: ``bce_after``);
- lists of day-months after one day-word: ``ngày 18/9 và 20/9``; months and quarters listed before
  the year they share: ``tháng 11 và 12/2024``, ``quý I, II/2025``;
- a time of day before a day-month: ``khoảng 20h, 28/6``; a night into the next day:
  ``đêm 27 rạng sáng 28/6`` (both days);
- a holiday named before its day-month: ``Quốc khánh 2/9``, ``Ngày Gia đình Việt Nam (28-6)``;
- ``năm nay`` / ``năm ngoái`` / ``năm tới`` after a year-less day, month or quarter names its year
  (``quý IV năm nay``); a yearly date (``hằng năm vào ngày 1/7``) takes the article's year, and a day
  followed by ``hằng năm`` (``Ngày 5-10 hằng năm được chọn là ...``: ``yearly_after``) recurs and dates
  nothing, but a holiday's day; the issue date after a document number (``Quyết định 12/QĐ-TTg ngày 12-3``)
  is past, and so is one after a document's noun and before its issuer or subject (``quyết định đình chỉ
  ngày 3-5 của cơ quan điều tra``, ``thư khen ngày 26-4 về ...``: ``issued_nouns``, date_issued.py), unless
  a plan or a deadline comes before it (``sẽ ban hành thông tư ngày 1-7 về ...``) or it lies shortly after the
  article date in a sentence with no past word;
- standing on their own (date_relative.py): ``vào năm tới``, ``trong năm nay``, ``sáng nay``,
  ``trong ngày hôm qua``, ``3 tháng cuối năm`` (a quarter);
- ranges (granularity ``range``, value ``start/end``): ``2021-2025``, ``11-13/3``,
  ``ngày 21 đến 24-11``, ``từ ngày 1/1 đến ngày 5/1``, ``tháng 9-10/2025``, ``tháng 12/2012 - 2/2015``,
  ``từ 20/10-23/11``, ``(10/10/1954-10/10/2016)``, a span of days alone in brackets ``(4-6/5)``, a time of day
  before either end (``từ 8h ngày 14 đến hết ngày 16-12``; ``từ 15-22h ngày 19/9`` is a span of hours);
  a range opened by "từ" or joined by a word, and one whose two ends are days (``11-13/3``,
  ``(10/10/1954-10/10/2016)``), also gives its two ends as dates of their own (date_ranges.py joins
  neighbouring points into ranges and prints their ends; date_spans.py handles ranges and lists).

The shapes themselves (the compiled patterns, in rank order) are built in date_shapes.py.

Counts and scores (``3-4 lần``, ``tỷ số 2-1``), durations (``9 tháng``, ``5 năm``),
fractions, times, lunar dates (``rằm tháng 8 âm lịch``, ``ngày 23 tháng 4 năm Ất Tỵ``) and the years inside document numbers
(``13/2023/NĐ-CP``) are not dates.
Without an article date only expressions that print their year are produced.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ExtractError
from ..models import DateExpr
from . import resources
from .date_fallback import fallback_dates  # noqa: F401  (for tasks and meetings)
from .date_issued import IssuedDays
from .date_printed import PrintedYears
from .date_ranges import DateMatch, Found, merge_ranges, range_matches
from .date_relative import RelativeDates, data_mapping, phrase_key
from .date_shapes import data_words, month_name_re, printed, shape_patterns
from .date_spans import SpanHandlers, is_duration
from .date_values import Point, nearest
from .phrases import alternation
from .view import set_spans, view

DATA_FILE = "date_words.json"

# characters scanned before and after each number (longest context: "chiều tối và đêm", "cho đến ngày")
_WINDOW_BEFORE = 45
_WINDOW_AFTER = 30
# document numbers: the years inside them are not dates
_DOC_NUMBER = re.compile(
    r"\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][A-ZĐa-z0-9]*(?:\s*-\s*[A-ZĐ][A-ZĐa-z0-9]*)*"
    r"|\d{1,5}\s*-\s*[A-ZĐ]{1,6}\s*/\s*[A-ZĐ][A-ZĐa-z0-9]*"
)

# a document number right before a year-less date: the document's issue date, already past
# ("Quyết định 1234/QĐ-TTg ngày 12-3", "công văn số 461 ngày 11-2")
_ISSUED_BEFORE = re.compile(
    r"(?:" + _DOC_NUMBER.pattern + r"|(?<!\w)số\s+\d{1,5}(?![\w/.\-]))\s*,?\s*\(?\s*(?:ngày\s+)?$")


# --------------------------------------------------------------------------- grammar


def _windows(text: str, anchor: re.Pattern[str]) -> list[tuple[int, int]]:
    """Stretches around the numbers (and roman quarters, 'quý IV'): every date expression has one,
    so only these are scanned."""
    out: list[list[int]] = []
    for m in anchor.finditer(text):
        s, e = max(0, m.start() - _WINDOW_BEFORE), min(len(text), m.end() + _WINDOW_AFTER)
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def _select(found: list[Found]) -> list[Found]:
    """Keep the longest of overlapping candidates (then the earlier pattern)."""
    chosen: list[Found] = []
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.rank, f.start)):
        if all(f.end <= c.start or c.end <= f.start for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


class DateGrammar(SpanHandlers):
    """Compiled date patterns built from the word lists of data/date_words.json."""

    def __init__(self, data: dict) -> None:
        day_pre = alternation(data_words(data, "day_prefixes"), factor=re.I)
        month_w = alternation(data_words(data, "month_words"), factor=re.I)
        quarter_w = alternation(data_words(data, "quarter_words"), factor=re.I)
        self.month_names = data_mapping(data, "month_names")
        name_re = month_name_re(data)
        # every date expression holds a number, a roman quarter ('quý IV') or a month's name ('tháng Bảy')
        self.window_anchor = re.compile(r"\d+|(?<!\w)" + quarter_w + r"\s+[ivIV]+(?!\w)|(?<!\w)" + month_w + r"\s+"
                                        + name_re, re.I)
        self.lunar_after = re.compile(r"\s*\(?\s*" + alternation(data_words(data, "lunar_after"), factor=re.I) + r"(?!\w)", re.I)
        cycle = data.get("lunar_years", {})  # 'ngày 23 tháng 4 năm Ất Tỵ': a year of the sixty-year cycle
        self.lunar_year = re.compile(r"[ \t]*,?[ \t]*(?i:" + printed(cycle.get("leads", [])) + r")[ \t]+" + alternation(cycle["stems"]) + r"[ \t]+"
                                     + alternation(cycle["branches"]) + r"(?!\w)") if cycle.get("stems") else None
        self.quarter_numerals: dict[str, int] = {k.lower(): int(v) for k, v in data["quarter_numerals"].items()}
        self.connector = re.compile(r"\s*" + alternation(data_words(data, "range_connectors"), factor=re.I) + r"\s*", re.I)
        self.not_after = re.compile(r"\s*" + alternation(data_words(data, "not_date_after"), factor=re.I) + r"(?!\w)", re.I)
        self.event_count = re.compile(  # 'Hội chợ X 2000 gian hàng', 'Hotline 1900 1080': a count or a number
            r"[ \t]*(?:\d|" + alternation(data["event_heads"]["counts"], factor=re.I) + r"(?!\w))", re.I)
        year_counts = data["event_heads"]["counts"] + data.get("year_nouns", {}).get("counts", [])
        self.year_count = re.compile(  # 'sinh 2000 con', 'tuyển sinh 2000 chỉ tiêu': a count
            r"[ \t]*(?:\d|" + alternation(year_counts, factor=re.I) + r"(?!\w))", re.I)
        bracket = year_counts + (data_words(data, "bracket_counts") if "bracket_counts" in data else [])
        self.bracket_count = re.compile(  # '(7-8/10) điểm', '(2020) lượt bệnh nhân': a count or a score
            r"[ \t]*" + alternation(bracket, factor=re.I) + r"(?!\w)", re.I)
        shares = bracket + data.get("bracket_counts", {}).get("shares", [])
        self.bracket_share = re.compile(  # '(2-3/5) số hộ': a share, after a span of days
            r"[ \t]*" + alternation(shares, factor=re.I) + r"(?!\w)", re.I)
        bce = data_words(data, "bce_after") if "bce_after" in data else []  # 'năm 150 trước Công nguyên'
        self.bce_after = re.compile(r"[ \t]*" + alternation(bce) + r"(?!\w)", re.I) if bce else None
        self.after_ok = re.compile(r"\s*" + alternation(data_words(data, "date_after_exceptions"), factor=re.I) + r"(?!\w)", re.I)
        self.not_before = re.compile(r"(?<!\w)" + alternation(data_words(data, "not_date_before"), factor=re.I) + r"[ \t\u00a0]+$", re.I)
        self.not_month_before = re.compile(
            r"(?<!\w)" + alternation(data_words(data, "not_month_before"), factor=re.I) + r"[ \t\u00a0]+$", re.I)
        self.from_word = re.compile(r"(?<!\w)" + printed(data.get("shape_words", {}).get("range_from", [])) + r"\s+(?:" + day_pre + r"\s+)?$", re.I)
        # "từ A đến B" names its two ends as dates of their own; a bare period ("nhiệm kỳ 2021-2026") does not
        self.ends_cue = re.compile(r"(?<!\w)" + alternation(data_words(data, "range_end_cues"), factor=re.I) + r"\s+(?:"
                                   + alternation(data_words(data, "range_end_units"), factor=re.I) + r"\s+)?$", re.I)
        # "ngày 1-2 năm nay", "quý IV năm ngoái": the year counted from the article date
        rel_years = data_mapping(data, "relative_years_after")
        self.relative_years = rel_years
        self.relative_year_after = re.compile(
            r"\s*,?\s*" + alternation(sorted(rel_years, key=len, reverse=True), factor=re.I) + r"(?!\w)(?!\s+đó)", re.I) if rel_years else None
        self.relative = RelativeDates(data)  # 'vào năm tới', 'sáng nay', '3 tháng cuối năm' on their own
        cues = data.get("tense_cues", {})

        def before_re(words: list[str]) -> re.Pattern[str] | None:  # a cue opening the date's clause
            return re.compile(r"(?<!\w)" + alternation(words) + r"(?!\w)[^.;!?\n]{0,12}$", re.I) if words else None

        def after_re(words: list[str]) -> re.Pattern[str] | None:
            return re.compile(r"\s*" + alternation(words) + r"(?!\w)", re.I) if words else None

        self.tense_cues = [
            ("past", before_re(cues.get("past_before", [])), after_re(cues.get("past_after", []))),
            ("future", before_re(cues.get("future_before", [])), after_re(cues.get("future_after", []))),
            ("current", before_re(cues.get("current_before", [])), after_re(cues.get("current_after", []))),
        ]

        self.printed_years = PrintedYears(data.get("printed_year", {}))
        narrative = data.get("narrative_past", {})
        self.narrative_days = int(narrative.get("days", 0))
        words = [w for w in narrative.get("future_words", []) if not w.startswith("_")]
        self.future_words = re.compile(r"(?<!\w)" + alternation(words) + r"(?!\w)", re.I) if words else None
        past = [w for w in narrative.get("past_words", []) if not w.startswith("_")]
        self.past_words = re.compile(r"(?<!\w)" + alternation(past) + r"(?!\w)", re.I) if past else None
        past_not = [w for w in narrative.get("past_not", []) if not w.startswith("_")]
        self.past_not = re.compile(r"(?<!\w)" + alternation(past_not) + r"(?!\w)", re.I) if past_not else None
        holidays = data_words(data, "holiday_names")  # a holiday recurs: 'Quốc khánh 2-9' is no past event
        self.holiday_before = re.compile(r"(?<!\w)" + alternation(holidays) + r"\s*\(?\s*$", re.I) if holidays else None

        yearly = data_words(data, "yearly_after") if "yearly_after" in data else []
        numerals = data["yearly_after"].get("not_next", []) if yearly else []  # 'hàng năm mươi người': a count
        self.yearly_after = re.compile(r"[ \t]*\)?[ \t]*,?[ \t]*" + alternation(yearly) + r"(?!\w)" + (
            r"(?![ \t]+" + alternation(numerals) + r"(?!\w))" if numerals else ""), re.I) if yearly else None
        self.issued = IssuedDays(data.get("issued_nouns", {}), self.narrative_days)

        self.patterns = shape_patterns(data)

    # ----------------------------------------------------------------- scanning

    def scan(self, text: str) -> list[Found]:
        found: list[Found] = []
        windows = _windows(text, self.window_anchor)
        for rank, (name, pattern) in enumerate(self.patterns):
            handler = getattr(self, "_" + name)
            for ws, we in windows:
                for m in pattern.finditer(text, ws, we):
                    found.extend(handler(m, text, rank))
        blocked = list(map(re.Match.span, _DOC_NUMBER.finditer(text)))
        found = [f for f in found if not any(s < f.end and f.start < e for s, e in blocked)]
        return merge_ranges(text, _select(found), self.connector)

    # ----------------------------------------------------------------- guards

    def _unit_after(self, text: str, end: int) -> bool:
        """'tháng 3 năm' is a duration ('3 năm'), 'tháng 3 năm nay' is not."""
        return bool(self.not_after.match(text, end)) and not (
            self.relative_year_after is not None and self.relative_year_after.match(text, end))

    def _relative_year(self, text: str, end: int, published: dt.date) -> int | None:
        """The year named by 'năm nay' / 'năm ngoái' / 'năm tới' right after a year-less date."""
        m = self.relative_year_after.match(text, end) if self.relative_year_after else None
        return published.year + self.relative_years[phrase_key(m.group().strip(" ,"))] if m else None

    # ----------------------------------------------------------------- handlers

    def _full(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        p = Point("day", int(m["y"]), int(m["m"]), int(m["d"]))
        return [Found(self._span_start(m, "d"), m.end(), p, rank=rank)] if p.valid() else []

    def _month_no(self, printed: str) -> int:
        """A month's number, printed as digits or as its name ('Bảy')."""
        return int(printed) if printed.isdigit() else self.month_names[phrase_key(printed)]

    def _formal(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        p = Point("day", self._int(m, "y"), self._month_no(m["m"]), int(m["d"]))
        return [Found(m.start("pre"), m.end(), p, rank=rank)]

    def _formalyear(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        p = Point("day", int(m["y"]), self._month_no(m["m"]), int(m["d"]))
        return [] if is_duration(text, m.start()) or not p.valid() else [Found(m.start(), m.end(), p, rank=rank)]

    def _formaldaylist(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        y, mo = self._int(m, "y"), self._month_no(m["m"])
        days = list(re.finditer(r"\d+", m["list"]))
        points = [Point("day", y, mo, int(d.group())) for d in days]
        if not all(p.valid() for p in points):
            return []
        base = m.start("list")
        return [Found(m.start("pre") if k == 0 else base + d.start(), m.end() if k == len(days) - 1 else base + d.end(),
                      p, rank=rank) for k, (d, p) in enumerate(zip(days, points))]

    def _formaldayrange(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        y, mo = self._int(m, "y"), self._month_no(m["m"])
        a, b = Point("day", y, mo, int(m["d1"])), Point("day", y, mo, int(m["d2"]))
        if not (a.valid() and b.valid()) or a.day >= b.day:
            return []
        return [Found(m.start("pre"), m.end(), a, b, rank, m.end("d1"), m.start("d2"))]

    def _daymonth(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        start = self._span_start(m, "d")
        if self._count_like(m, text, m.start()):
            return []
        if m["s"] == "." and not (m.group("pre") or m.group("pre2")):
            return []  # '.' between numbers is a decimal or thousands point unless a day-word says date
        return [Found(start, m.end(), Point("day", None, int(m["m"]), int(m["d"])), rank=rank)]

    def _timedm(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        if m["y"] is None and self._count_like(m, text, m.start("d")):
            return []
        return [Found(m.start("d"), m.end(), Point("day", self._int(m, "y"), int(m["m"]), int(m["d"])), rank=rank)]

    def _paren(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        return [Found(m.start("d"), m.end("y") if m["y"] else m.end("m"),
                      Point("day", self._int(m, "y"), int(m["m"]), int(m["d"])), rank=rank)]

    def _month(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        y = self._int(m, "y")
        if is_duration(text, m.start()) or (y is None and self._unit_after(text, m.end())):
            return []
        if y is None and self.not_month_before.search(text, max(0, m.start() - 20), m.start()):
            return []
        return [Found(m.start(), m.end(), Point("month", y, self._month_no(m["m"])), rank=rank)]

    def _quarter(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        q = self.quarter_numerals[m["q"].lower()]
        y = self._int(m, "y")
        if y is None and self._unit_after(text, m.end()):
            return []
        return [Found(m.start(), m.end(), Point("quarter", y, quarter=q), rank=rank)]

    def _year(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        return [Found(m.start(), m.end(), Point("year", int(m["y"])), rank=rank)]

    def _bareyear(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        return [Found(m.start("y"), m.end("y"), Point("year", int(m["y"])), rank=rank)]

    def _clauseyear(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        if self.not_after.match(text, m.end()):
            return []  # 'vào 2000 hộ': a count
        return self._bareyear(m, text, rank)

    def _nounyear(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        if self.year_count.match(text, m.end()):
            return []  # 'tuyển sinh 2000 học sinh', 'sinh 2000 con': a count
        return self._clauseyear(m, text, rank)

    def _parenyear(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        if self.bracket_count.match(text, m.end()):
            return []  # '(2020) lượt bệnh nhân': a count
        return self._bareyear(m, text, rank)

    def _edition(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        return self._clauseyear(m, text, rank)  # the year alone is the date ('2024'), not the law's name

    def _eventyear(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        """The year after an event's name whose last word is capitalized or an acronym ('... Việt Nam 2024',
        '... ASEAN 2025'), or after a name listed whole ('Tết Nguyên đán 2026'); not a count ('2000 người')."""
        if m["last"] is not None and not m["last"][0].isupper():
            return []  # 'Hội chợ Xuân thu hút 2000 ...': a lower-case word before the number, no name's end
        if self.event_count.match(text, m.end()):
            return []
        return self._clauseyear(m, text, rank)

    # ----------------------------------------------------------------- normalization

    def _tense(self, text: str, start: int, end: int) -> str | None:
        """"past"/"future" when a cue word is printed right before or after the expression."""
        before, after = text[max(0, start - 40) : start], text[end : end + 20]
        if _ISSUED_BEFORE.search(text, max(0, start - 60), start):
            return "past"
        for tense, b, a in self.tense_cues:
            if (b is not None and b.search(before)) or (a is not None and a.match(after)):
                return tense
        return None

    def _issued(self, text: str, f: Found, p: Point, published: dt.date) -> bool:
        """A document's issue day ('quyết định đình chỉ ngày 3-5 của cơ quan điều tra', date_issued.py), not one to
        come; ``p``: the day in its nearest year."""
        a, b = sentence_bounds(text, f.start, f.end)
        return self.issued.past(text, f.start, f.end, a, p.ordinal() - published.toordinal(), self._past_word(text, a, b))

    def _yearly(self, text: str, f: Found) -> bool:
        """A year-less day or month followed by 'hằng năm': a day that recurs every year, no date of the article; a
        holiday's day keeps its date ('Ngày Gia đình Việt Nam (28-6) hằng năm', holiday_names)."""
        if self.yearly_after is None or f.last is not None or f.first.year is not None \
                or f.first.kind not in ("day", "month") or not self.yearly_after.match(text, f.end):
            return False
        return not (self.holiday_before is not None and self.holiday_before.search(text, max(0, f.start - 60), f.start))

    def _narrated(self, text: str, f: Found, p: Point, published: dt.date) -> bool:
        """A year-less day-month or month its nearest year puts in the next year, far after the article date,
        in a sentence with a word of the narrated past and none of plans, deadlines, wishes or recurrence, not
        after a holiday's name: a past event of the article's own year that the article narrates."""
        if f.first.year is not None or f.first.kind not in ("day", "month") or self.future_words is None \
                or self.past_words is None or not self.narrative_days or not p.valid() \
                or p.year != published.year + 1 or p.ordinal() - published.toordinal() <= self.narrative_days:
            return False
        if self.holiday_before is not None and self.holiday_before.search(text, max(0, f.start - 60), f.start):
            return False
        return self.told_past(text, f.start, f.end)

    def told_past(self, text: str, start: int, end: int) -> bool:
        """The sentence around ``text[start:end]`` holds a word of the narrated past (not inside a ``past_not``
        phrase) and none of plans, deadlines, wishes or recurrence."""
        if self.future_words is None or self.past_words is None:
            return False
        a, b = sentence_bounds(text, start, end)
        if self.future_words.search(text, a, b) is not None:
            return False
        return self._past_word(text, a, b)

    def _past_word(self, text: str, a: int, b: int) -> bool:
        """``text[a:b]`` holds a word of the narrated past, not inside a ``past_not`` phrase ('bị can')."""
        if self.past_words is None:
            return False
        masked = [m.span() for m in self.past_not.finditer(text, a, b)] if self.past_not is not None else []
        return any(not any(s <= m.start() < e for s, e in masked) for m in self.past_words.finditer(text, a, b))

    def matches(self, text: str, published: dt.date | None) -> list[DateMatch]:
        out: list[DateMatch] = []
        for f in self.scan(text):
            if f.first.kind in ("day", "month") and (self.lunar_after.match(text, f.end) or (
                    self.lunar_year is not None and self.lunar_year.match(text, f.end))):
                continue  # 'rằm tháng 8 âm lịch', 'ngày 23 tháng 4 năm Ất Tỵ': a lunar date
            if self._yearly(text, f):
                continue  # 'Ngày 5-10 hằng năm được chọn là ...': a yearly day
            if f.last is None and published and f.first.year is None and (
                    (ry := self._relative_year(text, f.end, published)) is not None):
                p = replace(f.first, year=ry)
                if p.valid():
                    out.append(DateMatch(f.start, f.end, p.value(), p.kind))
                continue
            if f.last is None:
                tense = self._tense(text, f.start, f.end) if published else None
                p = nearest(f.first, published, tense) if published else (f.first if f.first.year else None)
                if p is not None and published and tense is None and f.first.year is None and f.first.kind == "day" \
                        and p.valid() and self._issued(text, f, p, published):
                    tense, p = "past", nearest(f.first, published, "past")
                if p is not None and published and tense is None and self._narrated(text, f, p, published):
                    p = nearest(f.first, published, "past")
                if p is None or not p.valid():
                    continue
                out.append(DateMatch(f.start, f.end, p.value(), p.kind))
            else:
                out.extend(range_matches(text, f, published, self.ends_cue))
        extra = self.relative.matches(text, published)
        if extra:
            out = sorted(out + extra, key=lambda m: m.start)
        return self.printed_years.apply(text, out, published, self.told_past)


@lru_cache(maxsize=4)
def _grammar_for(raw: str) -> DateGrammar:
    try:
        return DateGrammar(json.loads(raw))
    except (ValueError, KeyError, TypeError, AttributeError, re.error) as exc:
        raise ExtractError(f"rules file {DATA_FILE} is invalid: {type(exc).__name__}: {exc}") from exc


def grammar(rules_dir: resources.RulesDir = None) -> DateGrammar:
    """The grammar built from ``date_words.json`` (of ``rules_dir`` when it holds one)."""
    return _grammar_for(resources.read_text(DATA_FILE, rules_dir))


_SENTENCE_END = re.compile(r"[.!?;](?=\s)|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``: it ends at a stop followed by a space, or at a new line
    (never inside 'TP.HCM' or '1.000')."""
    a = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        a = m.end()
    m = _SENTENCE_END.search(text, end)
    return a, (m.start() if m else len(text))


def find_dates(text: str, published: dt.date | None = None, rules: DateGrammar | None = None) -> list[DateMatch]:
    """Every date expression of ``text`` (for other components: deadlines, document dates)."""
    return (rules or grammar()).matches(text, published)


# --------------------------------------------------------------------------- component


class DateRecognizer:
    """The ``nq_dates`` component: its grammar is built once, from ``rules_dir`` when given."""

    def __init__(self, nlp: Language, name: str = "nq_dates", rules_dir: str | None = None) -> None:
        self.name = name
        self.grammar = grammar(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[DateMatch]:
        published = doc._.published
        if isinstance(published, dt.datetime):
            published = published.date()
        return self.grammar.matches(view(doc).text, published)

    def set_annotations(self, doc: Doc, matches: list[DateMatch]) -> Doc:
        text = view(doc).text
        doc._.dates = [
            DateExpr(text=text[m.start : m.end], value=m.value, granularity=m.granularity,  # type: ignore[arg-type]
                     start=m.start, end=m.end)
            for m in matches
        ]
        # the ends of a range are dates of the article, but the spans keep the range whole (deadlines)
        set_spans(doc, "dates", "DATE", ((m.start, m.end, m.value) for m in matches if not m.end_of_range))
        return doc


@Language.factory("nq_dates", default_config={"rules_dir": None})
def make_dates(nlp: Language, name: str, rules_dir: str | None) -> DateRecognizer:
    return DateRecognizer(nlp, name, rules_dir)
