"""A month named relative to the article's month, standing on its own ("đầu tháng này", "trong tháng
này": the article's month); not a count or a plural before it ("hai tháng này", "những tháng này"), nor
a month of another year ("tháng này năm ngoái"). Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2024, 11, 24)


def values(text: str, published: dt.date | None = PUB) -> set[str]:
    return {m.value for m in find_dates(text, published) if m.granularity != "range"}


@pytest.mark.parametrize("text", [
    "Bộ trưởng Quốc phòng nước này đầu tháng này đã ký lệnh điều động.",
    "Đặc biệt, trong tháng này, Sở phải tổ chức xong đại hội chi bộ.",
    "Đến cuối tháng này, giá xăng dự kiến giảm nhẹ.",
    "Tháng này, công ty sẽ công bố kết quả kinh doanh.",
    "Hội nghị đã được tổ chức vào giữa tháng này tại thủ đô.",
])
def test_this_month_is_the_articles_month(text):
    assert "2024-11" in values(text)


def test_this_month_rolls_with_the_article():
    assert "2025-01" in values("Trong tháng này, tỉnh sẽ khởi công dự án.", dt.date(2025, 1, 5))


@pytest.mark.parametrize("text", [
    "Trong hai tháng này, lượng khách giảm mạnh.",
    "Những tháng này, thời tiết diễn biến phức tạp.",
    "Suốt 3 tháng này, người dân phải chờ đợi.",
    "Tháng này năm ngoái, giá vàng còn thấp hơn.",
])
def test_counted_plural_or_other_year_months_are_no_dates(text):
    assert "2024-11" not in values(text)


def test_no_article_date_no_relative_month():
    assert values("Trong tháng này, tỉnh sẽ khởi công dự án.", None) == set()
