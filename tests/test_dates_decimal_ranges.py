"""Dates: two numbers joined by a dash with a decimal glued to either end are a range of amounts
("tăng từ 1-2,2 lần", "1,2-9 lần"), not a day-month; day-months next to them, and lists of dates
written with a space after the comma, stay dates."""

from __future__ import annotations

import pytest

from nqextract.pipeline import extract

PUBLISHED = "2025-10-29"


def values(text: str) -> list[str]:
    return [d.value for d in extract(text, published=PUBLISHED).dates]


@pytest.mark.parametrize("text", [
    "Giá đất nông nghiệp tăng từ 1-2,2 lần so với bảng giá hiện hành.",
    "Đất ở đô thị tăng từ 1,2-9 lần tùy vị trí.",
    "Khu vực này tăng bình quân từ 1,1-2,2 lần.",
    "Tỷ lệ hỗ trợ tăng 0,5-1,5 lần so với năm trước.",
    "Lãi suất cho vay giảm 1-1.5 điểm phần trăm.",
])
def test_a_range_of_amounts_with_a_decimal_is_no_date(text):
    assert values(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Giá đất tăng từ 1,2-9 lần và áp dụng từ ngày 1-1-2026.", ["2026-01-01"]),
    ("Cuộc họp ngày 12/3, 2 đoàn tham dự.", ["2026-03-12"]),
    ("Các ngày 3/4, 5/6 đoàn làm việc tại tỉnh.", ["2026-04-03", "2025-06-05"]),
])
def test_dates_beside_or_listed_with_a_space_stay_dates(text, expected):
    assert values(text) == expected
