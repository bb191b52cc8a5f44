"""Dates: a range whose two ends are days gives its two ends as dates of their own besides the range,
however the ends are joined: two full dates ('(1/9/1961 – 1/9/2021)', a dash, an en dash or "đến") and days
of one month ('ngày 4-6/5', 'ngày 18 – 25/8'); every one is an absolute date expression of the article. A period
of years or months ('nhiệm kỳ 2021-2026', 'tháng 9-10/2025'), a score ('3-1') and a document number stay
what they were (constructed sentences)."""

from __future__ import annotations

import pytest

from nqextract.pipeline import extract

PUBLISHED = "2025-05-22"


def dates(text: str) -> list:
    return extract(text, published=PUBLISHED).dates


def values(text: str) -> set[str]:
    return {d.value for d in dates(text) if d.granularity != "range"}


def ranges(text: str) -> set[str]:
    return {d.value for d in dates(text) if d.granularity == "range"}


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Lễ kỷ niệm 60 năm thành lập trường (1/9/1961 – 1/9/2021) diễn ra trọng thể.", "1961-09-01", "2021-09-01"),
    ("Hội thảo kỷ niệm 30 năm Ngày thành lập Hội (15/3/1994 - 15/3/2024) tại thành phố Lam Sơn.",
     "1994-03-15", "2024-03-15"),
    ("Kỷ niệm 20 năm tái lập huyện (01/01/2004—01/01/2024), huyện tổ chức mít tinh.", "2004-01-01", "2024-01-01"),
    ("Chương trình kỷ niệm 95 năm (12-10-1929 - 12-10-2024) được tổ chức tại Hà Bắc.", "1929-10-12", "2024-10-12"),
    ("Đoàn làm việc tại tỉnh Đông Sơn 3/3/2025 đến 7/3/2025 theo kế hoạch.", "2025-03-03", "2025-03-07"),
])
def test_a_range_of_two_full_dates_gives_its_two_ends(text, first, last):
    assert values(text) == {first, last}
    assert ranges(text) == {f"{first}/{last}"}


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Hội chợ diễn ra trong ba ngày 4-6/5 tại Trung tâm Triển lãm Vạn Xuân.", "2025-05-04", "2025-05-06"),
    ("Đợt thi đấu diễn ra ngày 18 – 25/8 quy tụ 30 đội bóng của tỉnh.", "2025-08-18", "2025-08-25"),
    ("Trong hai ngày 12-13/6/2025, đoàn công tác làm việc với tỉnh Hòa Lâm.", "2025-06-12", "2025-06-13"),
    ("Đợt rét dự báo kéo dài đến 20-21/12.", "2024-12-20", "2024-12-21"),
])
def test_a_range_of_days_of_one_month_gives_its_two_ends(text, first, last):
    assert values(text) == {first, last}
    assert ranges(text) == {f"{first}/{last}"}


def test_the_range_keeps_its_place_for_deadlines():
    text = "Hội chợ diễn ra trong ba ngày 4-6/5 tại Trung tâm Triển lãm Vạn Xuân."
    doc_ranges = [d for d in dates(text) if d.granularity == "range"]
    assert [d.text for d in doc_ranges] == ["ngày 4-6/5"]


@pytest.mark.parametrize("text", [
    "Đại hội Đảng bộ tỉnh nhiệm kỳ 2021-2026 thành công tốt đẹp.",
    "Kế hoạch giai đoạn 2026 – 2030 được thông qua.",
    "Sản lượng tháng 9-10/2025 tăng mạnh so với cùng kỳ.",
])
def test_a_period_of_years_or_months_stays_a_range(text):
    assert values(text) == set()
    assert len(ranges(text)) == 1


@pytest.mark.parametrize("text", [
    "Đội tuyển thắng 3-1 trước đội bạn, tỷ số 2-0 ở lượt về.",
    "Thực hiện Nghị định số 15/2024/NĐ-CP và Thông tư 03/2023/TT-BTC về quản lý.",
    "Bệnh nhân uống thuốc mỗi ngày 3-4 lần, từ 3-5 tháng.",
    "Lượng mưa phổ biến 100-200 mm, có nơi trên 300 mm.",
])
def test_scores_counts_and_document_numbers_give_no_dates(text):
    assert {d for d in values(text) if "-" in d} == set()
    assert ranges(text) == set()
