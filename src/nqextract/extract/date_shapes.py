"""dates, the shapes of a date expression: the day/month/year building blocks and the compiled patterns of
every shape the grammar recognizes (``shape_patterns``), in rank order, each named by the handler of
``dates.DateGrammar`` that reads it (``_<name>``). The word lists come from data/date_words.json."""

from __future__ import annotations

import re

from .phrases import alternation, printed

DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH = r"(?:0?[1-9]|1[0-2])"
YEAR = r"(?:19|20)\d\d"
# a year of an earlier century, printed after its year word only ('năm 938', 'từ năm 1460 đến năm 1693')
OLD_YEAR = r"(?:1[0-8]\d\d|[1-9]\d\d)"
SEP = r"[/.\-]"
DASH = r"[-–—]"
# nothing that would make the number part of a longer number, a fraction or a document code
END = r"(?!\w|[/.\-]\d|/\w|-[A-ZĐ])"
LEFT = r"(?<![\w/.\-])"

def lead(*lists: list[str]) -> str:
    """A lookahead on the first letters of the words: rejects most positions before the alternation."""
    chars = {w.strip()[0] for words in lists for w in words if w.strip()}
    chars |= {c.upper() for c in chars} | {c.lower() for c in chars}
    return "(?=[" + "".join(sorted(re.escape(c) for c in chars)) + "])"


def data_words(data: dict, key: str) -> list[str]:
    entry = data[key]
    return list(entry["words"] if isinstance(entry, dict) else entry)


def month_name_re(data: dict) -> str:
    """A month printed as a capitalized word ('tháng Bảy'): case-sensitive inside the case-blind patterns."""
    printed = [k for k in data.get("month_names", {}) if not k.startswith("_")]
    return "(?-i:" + alternation(printed) + r")(?!\w)" if printed else "(?!)"


def shape_patterns(data: dict) -> list[tuple[str, re.Pattern[str]]]:
    """The day/month/year and range shapes, (name, pattern) in rank order: each name has its handler
    ``DateGrammar._<name>``."""
    day_pre = alternation(data_words(data, "day_prefixes"), factor=re.I)
    # a holiday named before its day-month says date like a preposition ('Quốc khánh 2/9')
    prep = alternation(data_words(data, "day_prepositions") + data_words(data, "holiday_names"), factor=re.I)
    weekday = alternation(data_words(data, "weekdays"), factor=re.I)
    relative = alternation(data_words(data, "relative_days"), factor=re.I)
    month_w = alternation(data_words(data, "month_words"), factor=re.I)
    year_w = alternation(data_words(data, "year_words"), factor=re.I)
    quarter_w = alternation(data_words(data, "quarter_words"), factor=re.I)
    bare_prep = alternation(data_words(data, "bare_year_prepositions"), factor=re.I)
    clause_prep = alternation(data_words(data, "bare_year_clause_prepositions"), factor=re.I)
    edition = alternation(data_words(data, "edition_heads"), factor=re.I)
    edition_stop = alternation(data_words(data, "edition_name_stops"), factor=re.I)
    year_nouns = alternation(data_words(data, "year_nouns"), factor=re.I)
    events = alternation(data_words(data, "event_heads"))
    event_names = alternation(data["event_heads"]["whole"])
    cycle = data.get("lunar_years", {})  # 'Tết Nguyên đán Ất Tỵ 2025': the year of the cycle between name and year
    cycle_year = (r"(?:[ \t]+" + alternation(cycle["stems"]) + r"[ \t]+" + alternation(cycle["branches"]) + r")?"
                  if cycle.get("stems") else "")
    month_tok = rf"(?:{MONTH}|{month_name_re(data)})"
    period = alternation(data_words(data, "range_period_words"), factor=re.I)
    quarters = dict.fromkeys(k.lower() for k in data["quarter_numerals"])
    numerals = alternation(sorted(quarters, key=len, reverse=True), factor=re.I)
    ctx_lead = lead(*(data_words(data, k) for k in ("day_prefixes", "day_prepositions", "holiday_names", "weekdays",
                                                 "relative_days")))
    holiday = alternation(data_words(data, "holiday_names"), factor=re.I)
    paren_lead = lead(*(data_words(data, k) for k in ("relative_days", "weekdays", "holiday_names")))
    w = r"(?<!\w)"
    ctx = ctx_lead + (rf"(?:(?P<pre>{day_pre})|{prep}\s+(?:(?P<pre2>{day_pre})\s+)?|(?P<wd>{weekday}),?"
           rf"|(?P<rel>{relative}),?)")
    I = re.I  # noqa: E741
    # the grammar's small words (shape_words): a time of day's units ('16h', '13h30', '9 giờ 15 phút'), the words
    # joining a list ('và', 'hoặc'), a night running into the next day ('đêm 27 rạng sáng 28/6', 'đêm 27 sang 28/6')
    # and a range's 'from', 'to' and 'through' ('từ 2004 đến 2014', 'đến hết ngày 22-12')
    shape = data.get("shape_words", {})
    # a night's dawn may have any blanks between its words ('rạng  sáng'); the others are one space apart
    words = {k: printed(v, r"\s+" if k == "night_dawn" else r"\ ") for k, v in shape.items() if not k.startswith("_")}
    hour, minute, and_, or_ = (words.get(k, "(?!)") for k in ("hour", "minute", "list_and", "list_or"))
    dawn, over, to, from_, through = (words.get(k, "(?!)") for k in ("night_dawn", "night_over", "range_to",
                                                                     "range_from", "range_through"))
    clock_time = rf"(?:[01]?\d|2[0-4])\s*{hour}(?:\s*[0-5]\d(?:\s*{minute})?)?"
    clock = clock_time + r"(?!\w)"  # a time of day: 16h, 13h30, 9 giờ 15
    and_sep = rf"(?:,\s*{and_}|,|{and_})"
    list_sep = rf"\s*(?:,\s*{and_}|,|{and_}|{or_})\s*"
    return [
        # 20/01/2025, ngày 1-1-2025, 30.4.1975
        ("full", re.compile(
            rf"(?=[\w])(?:{w}(?P<pre>{day_pre})\s+)?{LEFT}(?P<d>{DAY})(?P<s>{SEP})(?P<m>{MONTH})(?P=s)"
            rf"(?P<y>{YEAR}){END}", I)),
        # ngày 22 tháng 12 năm 2024, ngày 22 tháng 12
        ("formal", re.compile(
            rf"{w}(?P<pre>{day_pre})\s+(?P<d>{DAY})\s+{month_w}\s+(?P<m>{month_tok})"
            rf"(?:\s*,?\s*{year_w}\s+(?P<y>{YEAR}))?(?!\d)", I)),
        # (dịp 30 tháng 4 năm 2025): a formal date without its day-word, the year printed
        ("formalyear", re.compile(
            rf"{LEFT}(?P<d>{DAY})\s+{month_w}\s+(?P<m>{month_tok})\s*,?\s*{year_w}\s+(?P<y>{YEAR})(?!\d)", I)),
        # Ngày 07 và 08 tháng 3 năm 2025, từ ngày 23 đến 27 tháng 6: days sharing one written month
        ("formaldaylist", re.compile(
            rf"{w}(?P<pre>{day_pre})\s+(?P<list>{DAY}(?:\s*{and_sep}\s*{DAY})+)\s+{month_w}\s+"
            rf"(?P<m>{month_tok})(?:\s*,?\s*{year_w}\s+(?P<y>{YEAR}))?(?!\d)", I)),
        ("formaldayrange", re.compile(
            rf"{w}(?P<pre>{day_pre})\s+(?P<d1>{DAY})\s*{to}\s*(?:{day_pre}\s+)?(?P<d2>{DAY})\s+{month_w}\s+"
            rf"(?P<m>{month_tok})(?:\s*,?\s*{year_w}\s+(?P<y>{YEAR}))?(?!\d)", I)),
        # ngày 4 và 5/3, các ngày 4, 5, 6/3, đêm 27 rạng sáng 28/6
        ("daylist", re.compile(
            rf"{w}{ctx}\s*(?P<list>{DAY}(?:\s*(?:,\s*{and_}|,|{and_}|,?\s*{dawn}|{over})\s*{DAY})+)"
            rf"(?P<s>[/.\-])(?P<m>{MONTH})"
            rf"(?:(?P=s)(?P<y>{YEAR}))?{END}", I)),
        # 11-13/3, ngày 21 đến 24-11, đêm 26 đến đêm 27-11
        # a time of day before either end: từ 13h30 ngày 21 đến hết ngày 22-12, từ ngày 25 đến 16h ngày 30-12
        ("dayrange", re.compile(
            rf"{w}{ctx}\s*(?:{clock}\s+(?P<cpre>{day_pre})\s+)?(?P<d1>{DAY})\s*(?:{DASH}\s*(?:{day_pre}\s+)?|{to}\s*(?:{through}\s+)?"
            rf"(?:(?:{clock}\s+)?{day_pre}\s+)?)(?P<d2>{DAY})(?P<s>{SEP})(?P<m>{MONTH})(?:(?P=s)(?P<y>{YEAR}))?{END}", I)),
        # (4-6/5), (18 – 25/8): a span of days standing alone in brackets after what it dates
        ("parenrange", re.compile(
            rf"\(\s*(?P<d1>{DAY})\s*{DASH}\s*(?P<d2>{DAY})(?P<s>[/\-])(?P<m>{MONTH})(?:(?P=s)(?P<y>{YEAR}))?\s*\)")),
        # (10/10/1954-10/10/2016), từ 20/10-23/11, từ 1/7 - 31/12/2025: two day-months joined by a dash
        # or "đến"; a day-word before it, or a year printed, says date
        ("dayspan", re.compile(
            rf"(?:{w}{ctx}\s*)?{LEFT}(?P<d1>{DAY})(?P<s>[/\-])(?P<m1>{MONTH})(?:(?P=s)(?P<y1>{YEAR}))?"
            rf"\s*(?:{DASH}|{to})\s*(?:(?P<pre3>{day_pre})\s+)?(?P<d2>{DAY})(?P=s)(?P<m2>{MONTH})"
            rf"(?:(?P=s)(?P<y2>{YEAR}))?{END}", I)),
        # ngày 18/9 và 20/9, các ngày 3/2, 5/2 và 7/2: day-months listed after one day-word
        ("dmlist", re.compile(
            rf"{w}{ctx}\s*{LEFT}(?P<list>{DAY}(?P<s>[/\-]){MONTH}(?:(?P=s){YEAR})?"
            rf"(?:{list_sep}{DAY}(?P=s){MONTH}(?:(?P=s){YEAR})?)+){END}", I)),
        # Chiều 4/3, trước 31/3, Thứ hai, 20/1
        ("daymonth", re.compile(
            rf"{w}{ctx}\s*{LEFT}(?P<d>{DAY})(?P<s>{SEP})(?P<m>{MONTH}){END}", I)),
        # khoảng 20h, 28/6; lúc 9 giờ 30, 1/7/2025: a time of day before the date
        ("timedm", re.compile(
            rf"{LEFT}{clock_time}\s*,\s*{LEFT}(?P<d>{DAY})"
            rf"(?P<s>[/\-])(?P<m>{MONTH})(?:(?P=s)(?P<y>{YEAR}))?{END}", I)),
        # hôm nay (21-11), thứ Ba (4/3/2025), Ngày Gia đình Việt Nam (28-6)
        ("paren", re.compile(
            rf"{w}{paren_lead}"
            rf"(?:{relative}|{weekday}|{holiday})\s*\(\s*(?P<d>{DAY})(?P<s>{SEP})(?P<m>{MONTH})"
            rf"(?:(?P=s)(?P<y>{YEAR}))?\s*\)", I)),
        # tháng 6, 7/2025, tháng 6 và tháng 7 năm 2025: months listed before the year they share
        ("monthlist", re.compile(
            rf"{w}(?P<pre>{month_w})\s+(?P<list>{MONTH}(?:{list_sep}(?:{month_w}\s+)?{MONTH})+)"
            rf"(?:\s*,?\s*{year_w}\s+|(?P<s>[/.]|\s*-\s*))(?P<y>{YEAR}){END}", I)),
        # tháng 12/2012 - 2/2015, tháng 4/2024 đến 11/2024: the second end without its "tháng"
        ("monthspan", re.compile(
            rf"{w}(?P<pre>{month_w})\s+(?P<m1>{MONTH})(?P<s>[/.\-])(?P<y1>{YEAR})\s*(?:{DASH}|{to})\s*"
            rf"(?P<m2>{MONTH})(?P=s)(?P<y2>{YEAR}){END}", I)),
        # tháng 9-10/2025
        ("monthrange", re.compile(
            rf"{w}(?P<pre>{month_w})\s+(?P<m1>{MONTH})\s*{DASH}\s*(?P<m2>{MONTH})"
            rf"(?:(?P<s>[/.\-])(?P<y>{YEAR}))?{END}", I)),
        # tháng 4/2025, tháng 4-2025, tháng 4 năm 2025, tháng 4
        ("month", re.compile(
            rf"{w}(?P<pre>{month_w})\s+(?P<m>{month_tok})(?:(?:\s*,?\s*{year_w}\s+|(?P<s>[/.]|\s*-\s*))"
            rf"(?P<y>{YEAR}))?{END}(?!\s*{DASH}\s*\d)", I)),
        # quý I và II/2025, quý I, quý II năm 2025: quarters listed before the year they share
        ("quarterlist", re.compile(
            rf"{w}(?P<pre>{quarter_w})\s+(?P<list>{numerals}(?!\w)(?:{list_sep}(?:{quarter_w}\s+)?{numerals}(?!\w))+)"
            rf"(?:\s*,?\s*{year_w}\s+|(?P<s>[/.]|\s*-\s*))(?P<y>{YEAR}){END}", I)),
        # Quý II/2025, quý 2-2025, Quý I năm 2025, quý 1
        ("quarter", re.compile(
            rf"{w}(?P<pre>{quarter_w})\s+(?P<q>{numerals})(?!\w)"
            rf"(?:(?:\s*,?\s*{year_w}\s+|(?P<s>[/.]|\s*-\s*))(?P<y>{YEAR}))?{END}", I)),
        # từ 2004 đến 2014, từ năm 2016 đến năm 2022
        ("fromyear", re.compile(
            rf"{w}{from_}\s+(?:{year_w}\s+)?(?P<y1>{YEAR})\s+{to}\s+(?:{year_w}\s+)?(?P<y2>{YEAR}){END}", I)),
        # 2021-2025, giai đoạn 2021 - 2025, năm học 2023-2024
        ("yearrange", re.compile(
            rf"(?:{w}(?P<pre>{period})\s+)?{LEFT}(?P<y1>{YEAR})\s*{DASH}\s*(?P<y2>{YEAR}){END}", I)),
        # năm 2017, 2018 và 2019: every year of the list
        ("yearlist", re.compile(
            rf"{w}(?P<pre>{year_w})\s+(?P<list>{YEAR}(?:\s*{and_sep}\s*{YEAR}(?![\d/.\-]\d))+){END}", I)),
        # năm 938, từ năm 1460 đến năm 1693, từ năm 1460 - 1693: a year of an earlier century after its year word
        ("oldyear", re.compile(
            rf"{w}(?:(?P<from>{from_})\s+)?(?P<pre>{year_w})\s+(?P<y1>{OLD_YEAR}|{YEAR})(?:\s*{DASH}\s*(?:{year_w}\s+)?"
            rf"(?P<y2>{OLD_YEAR}|{YEAR})|\s+{to}\s+{year_w}\s+(?P<y3>{OLD_YEAR}|{YEAR}))?(?!\w|[/.,\-]\d|/\w)", I)),
        # năm 2025
        ("year", re.compile(rf"{w}(?P<pre>{year_w})\s+(?P<y>{YEAR}){END}", I)),
        # đến 2030.
        ("bareyear", re.compile(
            rf"{w}{bare_prep}\s+(?P<y>{YEAR})(?=\s*(?:[,.;:)!?\n]|$))", I)),
        # sinh 1988, tuyển sinh 2025, tranh cử 2024: a bare year after a noun it dates
        ("nounyear", re.compile(rf"{w}{year_nouns}[ \t]+(?P<y>{YEAR}){END}", I)),
        # (2018): a bare year standing alone in brackets ('tăng từ 8,5% (2010) lên 19% (2020)')
        ("parenyear", re.compile(rf"\(\s*(?P<y>{YEAR})\s*\)")),
        # vào 2025 nhân dịp ...: a bare year after a time preposition, the clause going on after it
        ("clauseyear", re.compile(rf"{w}{clause_prep}\s+(?P<y>{YEAR})(?=[ \t]+[^\W\d])", I)),
        # Luật Đất đai 2024, Hiến pháp 2013: the year of a law's edition after its name (no digit, no name stop:
        # 'số', 'năm')
        ("edition", re.compile(rf"{w}{edition}(?:[ \t]+(?!{edition_stop}(?!\w))[^\W\d]+){{0,10}}[ \t]+(?P<y>{YEAR}){END}", I)),
        # Diễn đàn Thanh niên Khánh Hòa 2025, Chủ tịch ASEAN 2025, Tết Nguyên đán (Ất Tỵ) 2026: the year an event is held
        # (or a yearly role is taken) printed right after its capitalized name (the head printed as listed)
        ("eventyear", re.compile(
            rf"{w}(?:(?:{events})(?:[ \t]+[^\W\d]+){{0,8}}?[ \t]+(?P<last>[^\W\d]+)|(?P<whole>{event_names}){cycle_year})"
            rf"[ \t]+(?P<y>{YEAR}){END}")),
    ]
