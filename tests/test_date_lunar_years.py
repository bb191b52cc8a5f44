"""dates: a day or month followed by 'năm' and a year of the sixty-year cycle ('ngày 12 tháng 3 năm Giáp Thìn') is a
lunar date, no date of the article (lunar_years); another word after 'năm' keeps it ('năm nay', 'năm 2025'); the
cycle's year between a holiday's name and its year keeps that year ('Tết Nguyên đán Bính Ngọ 2026') (constructed
sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2025, 5, 22)


def values(text: str) -> list[str]:
    return [m.value for m in find_dates(text, PUB) if m.granularity != "range"]


@pytest.mark.parametrize(("text", "want"), [
    ("Cụ Lê Văn Tâm mất ngày 3-5-2025, nhằm ngày 6 tháng 4 năm Ất Tỵ, ở quê nhà.", ["2025-05-03"]),
    ("Lễ giỗ tổ được tổ chức ngày 10 tháng 3 năm Giáp Thìn tại đình làng Bình Lợi.", []),
    ("Theo gia phả, cụ tổ dòng họ Trần mất ngày 15/8 năm Nhâm Dần, thọ 80 tuổi.", []),
    ("Vua Hàm Nghi lên ngôi tháng 8 năm Giáp Thân, khi mới 12 tuổi.", []),
])
def test_a_day_of_a_cycle_year_is_lunar(text, want):
    assert values(text) == want, values(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Hội thi diễn ra ngày 10 tháng 3 năm nay tại nhà văn hóa xã Bình Lợi.", "2025-03-10"),
    ("Tháng 8 năm ngoái, huyện Tân Lạc đã khởi công cây cầu mới.", "2024-08"),
    ("Ngày 15/8, xã Bình Lợi tổ chức lễ hội đua thuyền.", "2025-08-15"),
])
def test_another_word_after_the_day_keeps_it(text, want):
    assert want in values(text), values(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Các cửa hàng đã chuẩn bị hàng hóa cho dịp Tết Nguyên đán Bính Ngọ 2026 từ sớm.", ["2026"]),
    ("Sau Tết Nguyên đán 2026, công trình cầu Tân Lạc sẽ khởi công.", ["2026"]),
    ("Dịp Tết Nguyên đán Bính Ngọ 2000 người lao động được hỗ trợ vé xe.", []),  # a count after the year
])
def test_a_holiday_with_its_cycle_year_keeps_its_year(text, want):
    assert values(text) == want, values(text)
