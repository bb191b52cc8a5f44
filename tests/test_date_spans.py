"""Date families of unseen articles: day-month spans and lists, years named by 'năm nay', the issue
dates of documents, yearly dates."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2025, 11, 20)


def points(text: str, published: dt.date | None = PUB) -> set[str]:
    return {m.value for m in find_dates(text, published) if m.granularity != "range"}


def ranges(text: str, published: dt.date | None = PUB) -> list[str]:
    return [m.value for m in find_dates(text, published) if m.granularity == "range"]


# --------------------------------------------------------------- day-month spans joined by a dash


@pytest.mark.parametrize("text, span, ends", [
    ("Kỳ họp diễn ra từ 20/10-23/11, dự kiến thông qua 15 luật.", "2025-10-20/2025-11-23",
     {"2025-10-20", "2025-11-23"}),
    ("Kỳ họp diễn ra từ 20/10 - 23/11.", "2025-10-20/2025-11-23", {"2025-10-20", "2025-11-23"}),
    ("Đợt cao điểm từ ngày 1/7-31/12/2025 trên toàn tỉnh.", "2025-07-01/2025-12-31", {"2025-07-01", "2025-12-31"}),
    ("Chương trình kéo dài từ ngày 15-6 – 30-6, tại các xã.", "2025-06-15/2025-06-30", {"2025-06-15", "2025-06-30"}),
    ("Kể từ 1/9/2024-31/8/2025, mỗi học sinh được hỗ trợ.", "2024-09-01/2025-08-31", {"2024-09-01", "2025-08-31"}),
])
def test_from_day_month_span_names_both_ends(text: str, span: str, ends: set[str]) -> None:
    assert ranges(text) == [span]
    assert points(text) == ends


@pytest.mark.parametrize("text, span", [
    ("Kỷ niệm 62 năm Ngày Giải phóng Thủ đô (10/10/1954-10/10/2016), thành phố tổ chức lễ.",
     "1954-10-10/2016-10-10"),
    ("Ngày truyền thống ngành (1/8/1930 - 1/8/2014) được tổ chức long trọng.", "1930-08-01/2014-08-01"),
    ("Kỷ niệm 24 năm Ngày Gia đình Việt Nam (28-6-2001 – 28-6-2025).", "2001-06-28/2025-06-28"),
])
def test_anniversary_span_names_both_ends(text: str, span: str) -> None:
    # two full dates are dates of their own besides the range, "từ" or not (a period of years,
    # "nhiệm kỳ 2021-2026", stays a range only)
    assert ranges(text) == [span]
    assert points(text) == set(span.split("/"))


@pytest.mark.parametrize("text", [
    "Tỷ lệ 3/4-5/6 số hộ đã được hỗ trợ.",
    "Học sinh lớp 6/2-7/3 tham gia hội thi.",
    "Căn hộ 12/3-15/4 đã được bàn giao.",
])
def test_bare_slash_pairs_are_not_spans(text: str) -> None:
    assert find_dates(text, PUB) == []


# --------------------------------------------------------------- day-months listed after one day-word


@pytest.mark.parametrize("text, days", [
    ("Mưa lớn kéo dài trong các ngày 18/9 và 20/9 tại Quảng Nam.", {"2025-09-18", "2025-09-20"}),
    ("Ngày 3/2, 5/2 và 7/2, đoàn công tác làm việc tại các xã.", {"2026-02-03", "2026-02-05", "2026-02-07"}),
    ("Các phiên họp vào ngày 28-10, 30-10 và 2-11 đã thông qua ba luật.",
     {"2025-10-28", "2025-10-30", "2025-11-02"}),
    ("Hai đợt tuyển sinh ngày 1/6/2025 hoặc 1/9/2025.", {"2025-06-01", "2025-09-01"}),
])
def test_listed_day_months_are_each_a_date(text: str, days: set[str]) -> None:
    assert points(text) == days


def test_listed_counts_are_not_dates() -> None:
    assert points("Mỗi ngày 3/4 và 5/6 lượt khách") == set()


# --------------------------------------------------------------- 'năm nay', 'năm ngoái', 'năm tới'


@pytest.mark.parametrize("text, value", [
    ("Trong quý IV năm nay, tỉnh phấn đấu giải ngân hết vốn.", "2025-Q4"),
    ("Trong quý I năm tới, Bộ sẽ trình đề án.", "2026-Q1"),
    ("Từ tháng 2 năm nay, giá điện đã tăng.", "2025-02"),
    ("Tháng 12 năm ngoái, công ty bị thanh tra.", "2024-12"),
    ("Ngày 1-2 năm nay, luật có hiệu lực.", "2025-02-01"),
    ("Sáng 5/3 năm ngoái, đoàn kiểm tra đến làm việc.", "2024-03-05"),
    ("Quý II năm trước, doanh thu giảm.", "2024-Q2"),
])
def test_relative_year_after_names_the_year(text: str, value: str) -> None:
    assert points(text) == {value}


@pytest.mark.parametrize("text", [
    "Sau 3 tháng 3 năm, dự án vẫn dừng.",
    "Ông bị phạt 3 tháng, tháng 3 năm trước đó đã vi phạm.",
])
def test_durations_and_narrative_years_stay_out(text: str) -> None:
    assert not {v for v in points(text) if v.endswith("-03")}


@pytest.mark.parametrize("text, value", [
    ("Trong quý IV, tỉnh sẽ hoàn thành việc sắp xếp.", "2025-Q4"),
    ("Quý III vừa qua, kim ngạch xuất khẩu tăng.", "2025-Q3"),
])
def test_roman_quarter_without_year_or_digits(text: str, value: str) -> None:
    assert points(text) == {value}


# --------------------------------------------------------------- issue dates of documents are past


@pytest.mark.parametrize("text, value", [
    ("Theo Quyết định 1234/QĐ-TTg ngày 12-3 của Thủ tướng, dự án được phê duyệt.", "2025-03-12"),
    ("Căn cứ công văn số 461 ngày 11/2 của Bộ Tài chính.", "2025-02-11"),
    ("Thực hiện Nghị quyết 68-NQ/TW ngày 4/5 của Bộ Chính trị.", "2025-05-04"),
    ("Bộ đã có Công văn 1234/BTC-NSNN, ngày 15/1 gửi các địa phương.", "2025-01-15"),
])
def test_document_issue_date_is_past(text: str, value: str) -> None:
    assert points(text) == {value}


def test_meeting_date_keeps_nearest_year() -> None:
    assert points("Hội nghị tổng kết sẽ diễn ra ngày 12-3 tới.") == {"2026-03-12"}


# --------------------------------------------------------------- yearly dates take the article's year


@pytest.mark.parametrize("text, value", [
    ("Việc ban hành bảng giá đất hàng năm từ ngày 1/1 gây tốn kém.", "2025-01-01"),
    ("Hằng năm, vào ngày 1/1, tỉnh công bố bảng giá.", "2025-01-01"),
    ("Lễ hội được tổ chức thường niên vào ngày 10/3.", "2025-03-10"),
])
def test_yearly_date_takes_the_article_year(text: str, value: str) -> None:
    assert points(text, dt.date(2025, 9, 3)) == {value}


# --------------------------------------------------------------- holidays named before their day-month


@pytest.mark.parametrize("text, value", [
    ("Bảo đảm an ninh trật tự trong dịp Lễ Quốc khánh 2-9 theo chỉ đạo.", "2025-09-02"),
    ("Theo ông Trung, Ngày Gia đình Việt Nam (28-6) hằng năm là dịp tôn vinh.", "2025-06-28"),
    ("Nhân kỷ niệm Ngày Thương binh - Liệt sĩ 27/7, đoàn đến thăm.", "2025-07-27"),
    ("Chào mừng Ngày Nhà giáo Việt Nam 20/11, trường tổ chức hội thi.", "2025-11-20"),
])
def test_holiday_names_its_day(text: str, value: str) -> None:
    assert points(text, dt.date(2025, 6, 29)) == {value}


def test_holiday_list_and_span() -> None:
    assert points("Trong dịp lễ 30/4 và 1/5 vừa qua, lượng khách tăng.", dt.date(2025, 6, 29)) == {
        "2025-04-30", "2025-05-01"}
    assert ranges("Kỳ nghỉ lễ 30/4-1/5 kéo dài 5 ngày.", dt.date(2025, 6, 29)) == ["2025-04-30/2025-05-01"]


@pytest.mark.parametrize("text", [
    "Mỗi dịp lễ 3-4 lần đoàn đến thăm.",
    "Thương binh 3/4 được hỗ trợ thêm.",
])
def test_holiday_words_do_not_make_counts_dates(text: str) -> None:
    assert points(text, dt.date(2025, 6, 29)) == set()


# --------------------------------------------------------------- months and quarters sharing one year


@pytest.mark.parametrize("text, values", [
    ("Trong tháng 11 và 12/2024, tỉnh đã giải ngân.", {"2024-11", "2024-12"}),
    ("Các tháng 6, 7 và 8/2025 là cao điểm mùa mưa.", {"2025-06", "2025-07", "2025-08"}),
    ("Trong tháng 6 và tháng 7 năm 2023, công ty lỗ.", {"2023-06", "2023-07"}),
    ("Quý I và quý II/2025, tăng trưởng đạt 7%.", {"2025-Q1", "2025-Q2"}),
    ("Quý III, IV/2024 xuất khẩu phục hồi.", {"2024-Q3", "2024-Q4"}),
    ("Trong quý 1 và 2 năm 2024, doanh thu giảm.", {"2024-Q1", "2024-Q2"}),
])
def test_listed_months_and_quarters_share_the_year(text: str, values: set[str]) -> None:
    assert points(text) == values


def test_listed_months_after_a_count_are_a_duration() -> None:
    assert points("Sau 3 tháng 6, 7/2025 mới nộp.") == set()


# --------------------------------------------------------------- a time of day, a night into the next day


@pytest.mark.parametrize("text, values", [
    ("Vào lúc 20h, 28/6, đoàn công tác đến hiện trường.", {"2025-06-28"}),
    ("Khoảng 9h30, 27-6, xe tải lao vào nhà dân.", {"2025-06-27"}),
    ("Lúc 9 giờ 30, 1/7/2025, hội nghị khai mạc.", {"2025-07-01"}),
    ("Đêm 27 rạng sáng 28/6, mưa lớn gây ngập.", {"2025-06-27", "2025-06-28"}),
    ("Từ đêm 27 sang 28/6, nước sông dâng cao.", {"2025-06-27", "2025-06-28"}),
])
def test_time_and_night_forms(text: str, values: set[str]) -> None:
    assert points(text, dt.date(2025, 6, 29)) == values


def test_time_before_a_count_is_not_a_date() -> None:
    assert points("Mỗi ca 10h, 3-4 người trực.", dt.date(2025, 6, 29)) == set()
