"""Date families found missing on unseen articles: the ends of a range opened by "từ"."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2025, 7, 3)


def points(text: str, published: dt.date | None = PUB) -> set[str]:
    return {m.value for m in find_dates(text, published) if m.granularity != "range"}


def ranges(text: str, published: dt.date | None = PUB) -> list[str]:
    return [m.value for m in find_dates(text, published) if m.granularity == "range"]


@pytest.mark.parametrize("text, ends", [
    ("Bảng giá áp dụng từ ngày 1/7/2025 đến hết ngày 31/12/2025.", {"2025-07-01", "2025-12-31"}),
    ("Cấm xe từ ngày 5-12 đến hết ngày 19-12 trên tuyến đường.", {"2024-12-05", "2024-12-19"}),
    ("Trong khoảng thời gian từ tháng 11/2012 đến tháng 12/2013, ông A làm sai.", {"2012-11", "2013-12"}),
    ("Trong khoảng thời gian từ 2018 - 2020, bị can gửi đơn.", {"2018", "2020"}),
    ("Cơ quan điều tra làm rõ, từ năm 2018 - 2023, các đối tượng đã lợi dụng.", {"2018", "2023"}),
    ("Theo cáo trạng, từ năm 2016 đến 2017, trung tâm đã chi sai.", {"2016", "2017"}),
    ("Kể từ ngày 1/1 đến ngày 31/3/2025, tỉnh đã giải ngân.", {"2025-01-01", "2025-03-31"}),
])
def test_from_range_names_both_ends(text: str, ends: set[str]) -> None:
    pub = dt.date(2024, 11, 28) if "5-12" in text else PUB
    assert ends <= points(text, pub)
    assert len(ranges(text, pub)) == 1  # the range itself is kept


@pytest.mark.parametrize("text", [
    "Bộ trưởng Bộ Tài chính nhiệm kỳ 2021 - 2026.",
    "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025, tập trung thúc đẩy tăng trưởng.",
])
def test_bare_period_stays_a_range(text: str) -> None:
    assert ranges(text) and not points(text)


@pytest.mark.parametrize(("text", "ends"), [
    ("Hội nghị diễn ra ngày 7-8/10 tại Hà Nội.", {"2025-10-07", "2025-10-08"}),
    ("Kỷ niệm 84 năm ngày truyền thống (1/8/1930 - 1/8/2014), ông A phát biểu.", {"1930-08-01", "2014-08-01"}),
])
def test_a_range_of_days_names_both_ends(text: str, ends: set[str]) -> None:
    # two days, however joined, are dates of their own besides the range (GOLD_FORMAT; tests/test_dates_day_range_ends.py)
    assert len(ranges(text)) == 1
    assert points(text) == ends


def test_article_dates_hold_ends_and_range() -> None:
    """The article lists both ends beside the range (the range stays for deadlines and documents)."""
    from nqextract.models import CleanArticle
    from nqextract.pipeline import Extractor

    art = Extractor().extract_clean(CleanArticle(
        source="t", text="Giá đất áp dụng từ ngày 1/7/2025 đến hết ngày 31/12/2025.", published=PUB))
    assert {d.value for d in art.dates} == {"2025-07-01", "2025-12-31", "2025-07-01/2025-12-31"}


@pytest.mark.parametrize("text, value", [
    ("Nguyên nhân là do từ tháng 12/2012 - 2/2015, trong quá trình quản lý.", "2012-12/2015-02"),
    ("Từ tháng 4-2024 đến 11-2024, nhóm đã thu lợi bất chính.", "2024-04/2024-11"),
    ("Dự án thi công từ tháng 3/2024 – 5/2025 tại tỉnh.", "2024-03/2025-05"),
    ("Số liệu tháng 1.2023 - 6.2023 cho thấy tăng trưởng.", "2023-01/2023-06"),
])
def test_month_span_without_second_thang(text: str, value: str) -> None:
    assert ranges(text, dt.date(2025, 7, 3)) == [value]
    named = points(text, dt.date(2025, 7, 3))
    assert named == (set(value.split("/")) if "từ" in text.lower() else set())


@pytest.mark.parametrize("text", [
    "Kéo dài 9 tháng 12/2012 - 2/2015 là sai.",  # a count of months before 'tháng'
    "Trong tháng 5/2025 - 3/2025 có lỗi in.",  # ends in the wrong order
])
def test_month_span_rejects_counts_and_reversed_ends(text: str) -> None:
    assert not ranges(text)


@pytest.mark.parametrize("text, years", [
    ("Năm 2017, 2018, Ban liên lạc truyền thống họp mặt.", {"2017", "2018"}),
    ("Trong các năm 2019 và 2020, tỉnh đã hoàn thành chỉ tiêu.", {"2019", "2020"}),
    ("Các năm 2021, 2022 và 2023 đều tăng trưởng.", {"2021", "2022", "2023"}),
    ("Năm 2014, 2015, và 2016 là giai đoạn khó khăn.", {"2014", "2015", "2016"}),
])
def test_year_list_names_every_year(text: str, years: set[str]) -> None:
    assert points(text) == years


@pytest.mark.parametrize("text, expected", [
    ("Năm 2024, 2025-2030 là hai mốc.", {"2024"}),  # a period after the comma stays a range
    ("Năm 2024, ngày 12/3 là ngày họp.", {"2024", "2025-03-12"}),  # a day-month after the comma is no year
    ("Nghị định 79/2024/NĐ-CP năm 2024, 2025 có hiệu lực.", {"2024", "2025"}),
])
def test_year_list_keeps_other_expressions(text: str, expected: set[str]) -> None:
    assert points(text) == expected
