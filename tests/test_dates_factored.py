"""The date grammar's case-blind word alternations are factored by first letter: the same matches as
the plain alternations (checked on every compiled pattern of the grammar, on constructed sentences)."""

from __future__ import annotations

import json
import re

import pytest

from nqextract.extract import date_shapes, dates, resources
from nqextract.extract.dates import DateGrammar

SENTENCES = [
    "Sáng ngày 22 tháng 12 năm 2024, Thủ tướng chủ trì hội nghị; chiều 23/12 tiếp tục.",
    "Từ ngày 1 đến ngày 5-1-2025, Ngày 07 và 08 tháng 3 năm 2025 các đoàn làm việc tại tỉnh.",
    "Quý IV/2024 và quý 1 năm 2025, tháng Bảy năm nay, giai đoạn 2021-2025, nhiệm kỳ 2020 - 2025.",
    "NGÀY 30.4.1975, Quốc khánh 2/9, thứ Hai (12-5), hôm nay 15/6, rạng sáng 16-6 và đêm 17/6.",
    "Luật Đất đai 2024 có hiệu lực từ năm 2025 đến năm 2030; vào 2025 nhân dịp kỷ niệm.",
    "Trước ngày 31/12 hằng năm, chậm nhất ngày 15 tháng 01 năm sau, trong tháng 6 và tháng 7/2025.",
    "Mùng 1 Tết, ngày mồng 3 tháng Giêng, trưa ngày 4/2, tối muộn 5/2, Chủ nhật 9/2/2025.",
]


def _compiled(grammar: DateGrammar) -> dict[str, re.Pattern[str]]:
    out = {name: rx for name, rx in grammar.patterns}
    out.update({k: v for k, v in vars(grammar).items() if isinstance(v, re.Pattern)})
    return out


def _matches(rx: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@pytest.fixture(scope="module")
def grammars() -> tuple[DateGrammar, DateGrammar]:
    data = json.loads(resources.read_text(dates.DATA_FILE, None))
    factored = DateGrammar(data)
    real = dates.alternation

    def unfactored(*args, **kwargs):
        kwargs.pop("factor", None)
        return real(*args, **kwargs)

    dates.alternation = date_shapes.alternation = unfactored
    try:
        plain = DateGrammar(data)
    finally:
        dates.alternation = date_shapes.alternation = real
    return factored, plain


def test_the_grammar_factors_its_word_alternations(grammars):
    factored, plain = grammars
    changed = [n for n, rx in _compiled(factored).items() if rx.pattern != _compiled(plain)[n].pattern]
    assert {"formal", "daylist", "dayspan", "after_ok"} <= set(changed)


@pytest.mark.parametrize("text", SENTENCES + [s.lower() for s in SENTENCES] + [s.upper() for s in SENTENCES])
def test_every_date_pattern_finds_what_the_plain_alternations_find(grammars, text):
    factored, plain = grammars
    mine, theirs = _compiled(factored), _compiled(plain)
    assert mine.keys() == theirs.keys()
    for name, rx in mine.items():
        assert _matches(rx, text) == _matches(theirs[name], text), name
        for pos in range(0, len(text), 7):
            a, b = rx.match(text, pos), theirs[name].match(text, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (name, pos)


def test_the_dates_found_in_sentences_are_unchanged(grammars):
    factored, plain = grammars
    for text in SENTENCES:
        assert factored.matches(text, None) == plain.matches(text, None)
