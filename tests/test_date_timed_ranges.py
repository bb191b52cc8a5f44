"""dates: a span of days with a time of day printed before either end ('từ 8h ngày 14 đến hết ngày 16-12', 'từ
ngày 3 đến 17h ngày 12-12') is the range of those days, with its two ends; a time needs its day-word after it ('từ 3
đến 5 giờ 30-12' dates nothing) (constructed sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2024, 11, 26)


def found(text: str) -> list[tuple[str, str]]:
    return [(m.value, m.granularity) for m in find_dates(text, PUB)]


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Ban tổ chức nhận bài dự thi từ ngày 3 đến 17h ngày 12-12 tại trụ sở sở văn hóa.", "2024-12-03", "2024-12-12"),
    ("Bảo tàng mở cửa miễn phí từ 8h ngày 14 đến hết ngày 16-12 cho học sinh.", "2024-12-14", "2024-12-16"),
    ("Cấm xe tải qua cầu Tân Lạc từ 22h30 ngày 5 đến 5 giờ ngày 7/12.", "2024-12-05", "2024-12-07"),
    ("Hội chợ sách kéo dài từ ngày 9 đến hết ngày 15-12 tại công viên Lê Lợi.", "2024-12-09", "2024-12-15"),
])
def test_a_span_of_days_with_a_time_is_a_range(text, first, last):
    got = found(text)
    assert (first, "day") in got and (last, "day") in got and (f"{first}/{last}", "range") in got, got


@pytest.mark.parametrize("text", [
    "Cửa hàng mở từ 3 đến 5 giờ 30 mỗi chiều.",
    "Xe buýt chạy từ 6 đến 9 giờ 15 phút sáng.",
])
def test_hours_alone_make_no_range_of_days(text):
    assert found(text) == [], found(text)


def test_a_span_of_hours_before_a_day_dates_that_day_only():
    got = found("Sân bay Bình Hà tạm ngừng khai thác từ 9-17h ngày 20/9 để sửa đường băng.")
    assert got == [("2024-09-20", "day")], got
