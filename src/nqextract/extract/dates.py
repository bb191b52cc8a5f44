"""dates: Vietnamese date expressions, normalized against the article date.

The grammar (word lists in data/date_words.json) recognizes, on the raw text:

- full dates ``20/01/2025``, ``1-1-2025``, ``30.4.1975``; ``ngày 22 tháng 12 năm 2024``;
- day-month without a year where the context says date: ``Chiều 4/3``, ``ngày 4-11``,
  ``trước 31/3``, ``hôm nay (21-11)``; the year is the one that puts the day nearest the
  article date (``ngày 28/12`` in an article of 2025-01-03 is 2024-12-28);
- months ``tháng 4/2025``, ``tháng 4-2025``, ``tháng 4 năm 2025``, ``tháng 4``;
- quarters ``Quý II/2025``, ``quý 2-2025``, ``Quý I năm 2025``, ``quý 1``;
- years ``năm 2025``, ``đến 2030.``, lists ``năm 2017, 2018 và 2019``;
- ranges (granularity ``range``, value ``start/end``): ``2021-2025``, ``11-13/3``,
  ``ngày 21 đến 24-11``, ``từ ngày 1/1 đến ngày 5/1``, ``tháng 9-10/2025``, ``tháng 12/2012 - 2/2015``;
  a range opened by "từ" also gives its two ends as dates of their own (date_ranges.py joins
  neighbouring points into ranges and prints their ends).

Counts and scores (``3-4 lần``, ``tỷ số 2-1``), durations (``9 tháng``, ``5 năm``),
fractions, times and the years inside document numbers (``13/2023/NĐ-CP``) are not dates.
Without an article date only expressions that print their year are produced.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ExtractError
from ..models import DateExpr
from . import resources
from .date_ranges import DateMatch, Found, merge_ranges, range_matches
from .date_values import Point, nearest
from .phrases import alternation
from .view import Fact, set_spans, view

DATA_FILE = "date_words.json"

_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19|20)\d\d"
_SEP = r"[/.\-]"
_DASH = r"[-–—]"
# nothing that would make the number part of a longer number, a fraction or a document code
_END = r"(?!\w|[/.\-]\d|/\w|-[A-ZĐ])"
_LEFT = r"(?<![\w/.\-])"
# characters scanned before and after each number (longest context: "chiều tối và đêm", "cho đến ngày")
_WINDOW_BEFORE = 45
_WINDOW_AFTER = 30
# document numbers: the years inside them are not dates
_DOC_NUMBER = re.compile(
    r"\d{1,5}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ][A-ZĐa-z0-9]*(?:\s*-\s*[A-ZĐ][A-ZĐa-z0-9]*)*"
    r"|\d{1,5}\s*-\s*[A-ZĐ]{1,6}\s*/\s*[A-ZĐ][A-ZĐa-z0-9]*"
)


# --------------------------------------------------------------------------- grammar


def _lead(*lists: list[str]) -> str:
    """A lookahead on the first letters of the words: rejects most positions before the alternation."""
    chars = {w.strip()[0] for words in lists for w in words if w.strip()}
    chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    return "(?=[" + "".join(sorted(re.escape(c) for c in chars)) + "])"


def _words(data: dict, key: str) -> list[str]:
    entry = data[key]
    return list(entry["words"] if isinstance(entry, dict) else entry)


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches around the numbers: every date expression has one, so only these are scanned."""
    out: list[list[int]] = []
    for m in re.finditer(r"\d+", text):
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


def _duration(text: str, start: int) -> bool:
    """'9 tháng 10 ngày', 'mỗi tháng 2 lần': a number or quantifier right before 'tháng'."""
    before = text[max(0, start - 12) : start]
    return bool(re.search(r"(?:\d|\b(?:mỗi|hằng|hàng|các|những|vài|mấy|mười|một|hai|ba|bốn|năm|sáu|bảy|tám|chín))\s+$",
                          before, re.I))


class DateGrammar:
    """Compiled date patterns built from the word lists of data/date_words.json."""

    def __init__(self, data: dict) -> None:
        day_pre = alternation(_words(data, "day_prefixes"))
        prep = alternation(_words(data, "day_prepositions"))
        weekday = alternation(_words(data, "weekdays"))
        relative = alternation(_words(data, "relative_days"))
        month_w = alternation(_words(data, "month_words"))
        year_w = alternation(_words(data, "year_words"))
        quarter_w = alternation(_words(data, "quarter_words"))
        bare_prep = alternation(_words(data, "bare_year_prepositions"))
        period = alternation(_words(data, "range_period_words"))
        self.quarter_numerals: dict[str, int] = {k.lower(): int(v) for k, v in data["quarter_numerals"].items()}
        numerals = alternation(sorted(self.quarter_numerals, key=len, reverse=True))
        self.connector = re.compile(r"\s*" + alternation(_words(data, "range_connectors")) + r"\s*", re.I)
        self.not_after = re.compile(r"\s*" + alternation(_words(data, "not_date_after")) + r"(?!\w)", re.I)
        self.after_ok = re.compile(r"\s*" + alternation(_words(data, "date_after_exceptions")) + r"(?!\w)", re.I)
        self.not_before = re.compile(r"(?<!\w)" + alternation(_words(data, "not_date_before")) + r"[ \t\u00a0]+$", re.I)
        self.not_month_before = re.compile(
            r"(?<!\w)" + alternation(_words(data, "not_month_before")) + r"[ \t\u00a0]+$", re.I)
        self.from_word = re.compile(r"(?<!\w)(?:từ|kể từ)\s+(?:" + day_pre + r"\s+)?$", re.I)
        # "từ A đến B" names its two ends as dates of their own; a bare period ("nhiệm kỳ 2021-2026") does not
        self.ends_cue = re.compile(r"(?<!\w)" + alternation(_words(data, "range_end_cues")) + r"\s+(?:"
                                   + alternation(_words(data, "range_end_units")) + r"\s+)?$", re.I)
        cues = data.get("tense_cues", {})

        def before_re(words: list[str]) -> re.Pattern[str] | None:  # a cue opening the date's clause
            return re.compile(r"(?<!\w)" + alternation(words) + r"(?!\w)[^.;!?\n]{0,12}$", re.I) if words else None

        def after_re(words: list[str]) -> re.Pattern[str] | None:
            return re.compile(r"\s*" + alternation(words) + r"(?!\w)", re.I) if words else None

        self.tense_cues = [
            ("past", before_re(cues.get("past_before", [])), after_re(cues.get("past_after", []))),
            ("future", before_re(cues.get("future_before", [])), after_re(cues.get("future_after", []))),
        ]

        ctx_lead = _lead(*(_words(data, k) for k in ("day_prefixes", "day_prepositions", "weekdays", "relative_days")))
        w = r"(?<!\w)"
        ctx = ctx_lead + (rf"(?:(?P<pre>{day_pre})|{prep}\s+(?:(?P<pre2>{day_pre})\s+)?|(?P<wd>{weekday}),?"
               rf"|(?P<rel>{relative}),?)")
        I = re.I  # noqa: E741
        self.patterns: list[tuple[str, re.Pattern[str]]] = [
            # 20/01/2025, ngày 1-1-2025, 30.4.1975
            ("full", re.compile(
                rf"(?=[\w])(?:{w}(?P<pre>{day_pre})\s+)?{_LEFT}(?P<d>{_DAY})(?P<s>{_SEP})(?P<m>{_MONTH})(?P=s)"
                rf"(?P<y>{_YEAR}){_END}", I)),
            # ngày 22 tháng 12 năm 2024, ngày 22 tháng 12
            ("formal", re.compile(
                rf"{w}(?P<pre>{day_pre})\s+(?P<d>{_DAY})\s+{month_w}\s+(?P<m>{_MONTH})"
                rf"(?:\s*,?\s*{year_w}\s+(?P<y>{_YEAR}))?(?!\d)", I)),
            # ngày 4 và 5/3, các ngày 4, 5, 6/3
            ("daylist", re.compile(
                rf"{w}{ctx}\s*(?P<list>{_DAY}(?:\s*(?:,\s*và|,|và)\s*{_DAY})+)(?P<s>[/.\-])(?P<m>{_MONTH})"
                rf"(?:(?P=s)(?P<y>{_YEAR}))?{_END}", I)),
            # 11-13/3, ngày 21 đến 24-11, đêm 26 đến đêm 27-11
            ("dayrange", re.compile(
                rf"{w}{ctx}\s*(?P<d1>{_DAY})\s*(?:{_DASH}|đến|tới)\s*(?:{day_pre}\s+)?(?P<d2>{_DAY})"
                rf"(?P<s>{_SEP})(?P<m>{_MONTH})(?:(?P=s)(?P<y>{_YEAR}))?{_END}", I)),
            # Chiều 4/3, trước 31/3, Thứ hai, 20/1
            ("daymonth", re.compile(
                rf"{w}{ctx}\s*{_LEFT}(?P<d>{_DAY})(?P<s>{_SEP})(?P<m>{_MONTH}){_END}", I)),
            # hôm nay (21-11), thứ Ba (4/3/2025)
            ("paren", re.compile(
                rf"{w}{_lead(_words(data, 'relative_days'), _words(data, 'weekdays'))}(?:{relative}|{weekday})\s*\(\s*(?P<d>{_DAY})(?P<s>{_SEP})(?P<m>{_MONTH})"
                rf"(?:(?P=s)(?P<y>{_YEAR}))?\s*\)", I)),
            # tháng 12/2012 - 2/2015, tháng 4/2024 đến 11/2024: the second end without its "tháng"
            ("monthspan", re.compile(
                rf"{w}(?P<pre>{month_w})\s+(?P<m1>{_MONTH})(?P<s>[/.\-])(?P<y1>{_YEAR})\s*(?:{_DASH}|đến|tới)\s*"
                rf"(?P<m2>{_MONTH})(?P=s)(?P<y2>{_YEAR}){_END}", I)),
            # tháng 9-10/2025
            ("monthrange", re.compile(
                rf"{w}(?P<pre>{month_w})\s+(?P<m1>{_MONTH})\s*{_DASH}\s*(?P<m2>{_MONTH})"
                rf"(?:(?P<s>[/.\-])(?P<y>{_YEAR}))?{_END}", I)),
            # tháng 4/2025, tháng 4-2025, tháng 4 năm 2025, tháng 4
            ("month", re.compile(
                rf"{w}(?P<pre>{month_w})\s+(?P<m>{_MONTH})(?:(?:\s*,?\s*{year_w}\s+|(?P<s>[/.]|\s*-\s*))"
                rf"(?P<y>{_YEAR}))?{_END}(?!\s*{_DASH}\s*\d)", I)),
            # Quý II/2025, quý 2-2025, Quý I năm 2025, quý 1
            ("quarter", re.compile(
                rf"{w}(?P<pre>{quarter_w})\s+(?P<q>{numerals})(?!\w)"
                rf"(?:(?:\s*,?\s*{year_w}\s+|(?P<s>[/.]|\s*-\s*))(?P<y>{_YEAR}))?{_END}", I)),
            # từ 2004 đến 2014, từ năm 2016 đến năm 2022
            ("fromyear", re.compile(
                rf"{w}(?:từ|kể từ)\s+(?:{year_w}\s+)?(?P<y1>{_YEAR})\s+(?:đến|tới)\s+(?:{year_w}\s+)?(?P<y2>{_YEAR}){_END}", I)),
            # 2021-2025, giai đoạn 2021 - 2025, năm học 2023-2024
            ("yearrange", re.compile(
                rf"(?:{w}(?P<pre>{period})\s+)?{_LEFT}(?P<y1>{_YEAR})\s*{_DASH}\s*(?P<y2>{_YEAR}){_END}", I)),
            # năm 2017, 2018 và 2019: every year of the list
            ("yearlist", re.compile(
                rf"{w}(?P<pre>{year_w})\s+(?P<list>{_YEAR}(?:\s*(?:,\s*và|,|và)\s*{_YEAR}(?![\d/.\-]\d))+){_END}", I)),
            # năm 2025
            ("year", re.compile(rf"{w}(?P<pre>{year_w})\s+(?P<y>{_YEAR}){_END}", I)),
            # đến 2030.
            ("bareyear", re.compile(
                rf"{w}{bare_prep}\s+(?P<y>{_YEAR})(?=\s*(?:[,.;:)!?\n]|$))", I)),
        ]

    # ----------------------------------------------------------------- scanning

    def scan(self, text: str) -> list[Found]:
        found: list[Found] = []
        windows = _windows(text)
        for rank, (name, pattern) in enumerate(self.patterns):
            handler = getattr(self, "_" + name)
            for ws, we in windows:
                for m in pattern.finditer(text, ws, we):
                    found.extend(handler(m, text, rank))
        blocked = [(m.start(), m.end()) for m in _DOC_NUMBER.finditer(text)]
        found = [f for f in found if not any(s < f.end and f.start < e for s, e in blocked)]
        return merge_ranges(text, _select(found), self.connector)

    # ----------------------------------------------------------------- guards

    def _count_like(self, m: re.Match[str], text: str, start: int) -> bool:
        """A year-less day-month that is really a count, score or class ('3-4 lần', 'lớp 6/2')."""
        if self.not_after.match(text, m.end()) and not self.after_ok.match(text, m.end()):
            return True
        return bool(self.not_before.search(text, max(0, start - 20), start))

    @staticmethod
    def _span_start(m: re.Match[str], number_group: str) -> int:
        """Start at the day-word ('Chiều 4/3'), not at a preposition ('trước 31/3')."""
        for g in ("pre2", "pre", "wd", "rel"):
            if g in m.re.groupindex and m.group(g):
                return m.start(g)
        return m.start(number_group)

    @staticmethod
    def _int(m: re.Match[str], g: str) -> int | None:
        v = m.group(g) if g in m.re.groupindex else None
        return int(v) if v else None

    # ----------------------------------------------------------------- handlers

    def _full(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        p = Point("day", int(m["y"]), int(m["m"]), int(m["d"]))
        return [Found(self._span_start(m, "d"), m.end(), p, rank=rank)] if p.valid() else []

    def _formal(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        p = Point("day", self._int(m, "y"), int(m["m"]), int(m["d"]))
        return [Found(m.start("pre"), m.end(), p, rank=rank)]

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

    def _daymonth(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        start = self._span_start(m, "d")
        if self._count_like(m, text, m.start()):
            return []
        if m["s"] == "." and not (m.group("pre") or m.group("pre2")):
            return []  # '.' between numbers is a decimal or thousands point unless a day-word says date
        return [Found(start, m.end(), Point("day", None, int(m["m"]), int(m["d"])), rank=rank)]

    def _paren(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        return [Found(m.start("d"), m.end("y") if m["y"] else m.end("m"),
                      Point("day", self._int(m, "y"), int(m["m"]), int(m["d"])), rank=rank)]

    def _monthrange(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        y = self._int(m, "y")
        m1, m2 = int(m["m1"]), int(m["m2"])
        if m1 >= m2 or _duration(text, m.start()) or (y is None and self._count_like(m, text, m.start())):
            return []
        return [Found(m.start(), m.end(), Point("month", y, m1), Point("month", y, m2), rank, m.end("m1"), m.start("m2"))]

    def _monthspan(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        a, b = Point("month", int(m["y1"]), int(m["m1"])), Point("month", int(m["y2"]), int(m["m2"]))
        if _duration(text, m.start()) or a.ordinal() >= b.ordinal():
            return []
        return [Found(m.start(), m.end(), a, b, rank, m.end("y1"), m.start("m2"))]

    def _month(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        y = self._int(m, "y")
        if _duration(text, m.start()) or (y is None and self.not_after.match(text, m.end())):
            return []
        if y is None and self.not_month_before.search(text, max(0, m.start() - 20), m.start()):
            return []
        return [Found(m.start(), m.end(), Point("month", y, int(m["m"])), rank=rank)]

    def _quarter(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        q = self.quarter_numerals[m["q"].lower()]
        y = self._int(m, "y")
        if y is None and self.not_after.match(text, m.end()):
            return []
        return [Found(m.start(), m.end(), Point("quarter", y, quarter=q), rank=rank)]

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

    def _year(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        return [Found(m.start(), m.end(), Point("year", int(m["y"])), rank=rank)]

    def _bareyear(self, m: re.Match[str], text: str, rank: int) -> list[Found]:
        return [Found(m.start("y"), m.end("y"), Point("year", int(m["y"])), rank=rank)]

    # ----------------------------------------------------------------- normalization

    def _tense(self, text: str, start: int, end: int) -> str | None:
        """"past"/"future" when a cue word is printed right before or after the expression."""
        before, after = text[max(0, start - 40) : start], text[end : end + 20]
        for tense, b, a in self.tense_cues:
            if (b is not None and b.search(before)) or (a is not None and a.match(after)):
                return tense
        return None

    def matches(self, text: str, published: dt.date | None) -> list[DateMatch]:
        out: list[DateMatch] = []
        for f in self.scan(text):
            if f.last is None:
                p = nearest(f.first, published, self._tense(text, f.start, f.end)) if published else (
                    f.first if f.first.year else None)
                if p is None or not p.valid():
                    continue
                out.append(DateMatch(f.start, f.end, p.value(), p.kind))
            else:
                out.extend(range_matches(text, f, published, self.ends_cue))
        return out


@lru_cache(maxsize=4)
def _grammar_for(raw: str) -> DateGrammar:
    try:
        return DateGrammar(json.loads(raw))
    except (ValueError, KeyError, TypeError, AttributeError, re.error) as exc:
        raise ExtractError(f"rules file {DATA_FILE} is invalid: {type(exc).__name__}: {exc}") from exc


def grammar(rules_dir: resources.RulesDir = None) -> DateGrammar:
    """The grammar built from ``date_words.json`` (of ``rules_dir`` when it holds one)."""
    return _grammar_for(resources.read_text(DATA_FILE, rules_dir))


def find_dates(text: str, published: dt.date | None = None, rules: DateGrammar | None = None) -> list[DateMatch]:
    """Every date expression of ``text`` (for other components: deadlines, document dates)."""
    return (rules or grammar()).matches(text, published)


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
