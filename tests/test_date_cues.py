"""Words around a year-less day-month: "tới" after it ('the coming ...') makes it the next such day after
the article date, not the nearest one ("tới" as a verb, 'tới thăm', and "tới nay", 'until now', leave it);
a proper name ending in a counter word ("Hải Phòng", "Khánh Hòa", "Văn Thắng") before the day-word does
not make it a count ("phòng 12/3", "tỷ số 2-1" stay no dates)."""

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


@pytest.mark.parametrize("text, expected", [
    ("Tuyến đường sắt Lào Cai - Hà Nội - Hải Phòng vào ngày 19/12 tới sẽ khởi công.", ["2025-12-19"]),
    ("UBND TP Hải Phòng chiều 4/3 đã họp phiên thường kỳ.", ["2025-03-04"]),
    ("Tỉnh Khánh Hòa ngày 4/3 tổ chức hội nghị tổng kết.", ["2025-03-04"]),
    ("Ông Nguyễn Văn Thắng sáng 4/3 đã làm việc với tỉnh.", ["2025-03-04"]),
])
def test_a_proper_name_before_a_day_word_is_no_counter(text, expected):
    assert points(text) == expected


@pytest.mark.parametrize("text", [
    "Số 12/3 ra ngày thứ Hai.",
    "Em là học sinh lớp 6/2 của trường.",
    "Mỗi ngày 3-4 cốc nước là đủ.",
    "Trận đấu kết thúc với tỷ số 2-1.",
])
def test_counters_stay_no_dates(text):
    assert points(text) == []
