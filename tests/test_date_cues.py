"""Words around a year-less day-month: "tới" after it ('the coming ...') makes it the next such day after
the article date, not the nearest one ("tới" as a verb, 'tới thăm', and "tới nay", 'until now', leave it)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2025, 5, 21)


def points(text: str, published: dt.date = PUB) -> list[str]:
    return [m.value for m in find_dates(text, published) if m.granularity != "range"]


@pytest.mark.parametrize("text", [
    "Để khởi công tuyến đường sắt vào ngày 19/12 tới tại 5 điểm, Thủ tướng yêu cầu các bộ chuẩn bị.",
    "Dự kiến khởi công vào ngày 19-12 tới, Bộ Xây dựng đã trình phương án.",
    "Công trình sẽ thông xe ngày 19/12 tới.",
    "Hội nghị ngày 19/12 tới sẽ bàn về việc sắp xếp bộ máy.",
    "Lễ khởi công ngày 19/12 tới ở Lào Cai được chuẩn bị chu đáo.",
])
def test_a_coming_day_is_the_next_one(text):
    assert points(text) == ["2025-12-19"]


@pytest.mark.parametrize("text", [
    "Chủ tịch nước ngày 19/12 tới thăm tỉnh Lào Cai và làm việc với lãnh đạo tỉnh.",
    "Từ ngày 19/12 tới nay, tỉnh đã giải ngân 500 tỷ đồng.",
    "Từ ngày 19/12 đến nay, tỉnh đã giải ngân 500 tỷ đồng.",
    "Ngày 19/12 vừa qua, tỉnh tổ chức hội nghị.",
])
def test_a_verb_or_until_now_is_not_coming(text):
    assert points(text) == ["2024-12-19"]


def test_a_range_joined_by_toi_is_not_coming():
    assert points("Lễ hội diễn ra từ 19/12 tới 25/12 tại Hà Nội.") == ["2024-12-19", "2024-12-25"]

