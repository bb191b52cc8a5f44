"""dates: a span of days standing alone in brackets ('(4-6/5)') is a range with its two ends; a year of an
earlier century after its year word ('năm 938', 'từ năm 1442 đến năm 1779'); a bare year after a noun it dates ('sinh
1988', 'tuyển sinh 2025', 'tranh cử 2024') or standing alone in brackets ('(2018)'); 'tiết lộ' after a day is a verb,
no unit (constructed sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2024, 11, 20)


def values(text: str, published: dt.date = PUB) -> list[str]:
    return [m.value for m in find_dates(text, published) if m.granularity != "range"]


def ranges(text: str, published: dt.date = PUB) -> list[str]:
    return [m.value for m in find_dates(text, published) if m.granularity == "range"]


# --------------------------------------------------------------------------- days in brackets

@pytest.mark.parametrize(("text", "first", "last"), [
    ("Chuyến thăm của Tổng thống nước Nam Vân (4-6/5) mở ra giai đoạn hợp tác mới.", "2025-05-04", "2025-05-06"),
    ("Đoàn công tác của tỉnh Bắc An (2-3/6) đã ký ba thỏa thuận.", "2025-06-02", "2025-06-03"),
    ("Trong đợt đầu (12 – 19/8), tổ công tác đã tiếp nhận 300 kiến nghị.", "2025-08-12", "2025-08-19"),
])
def test_a_span_of_days_in_brackets_is_a_range_with_its_ends(text, first, last):
    pub = dt.date(2025, 9, 12)
    assert first in values(text, pub) and last in values(text, pub), values(text, pub)
    assert f"{first}/{last}" in ranges(text, pub)


@pytest.mark.parametrize("text", [
    "Tỉ lệ trẻ chưa tiêm chủng là (6/35) trong số trẻ mắc bệnh.",
    "Điểm trung bình tăng (6-4/5) so với năm trước.",  # a falling span is no range of days
    "Đội tuyển thắng (3-1) trong trận chung kết.",
])
def test_brackets_without_a_span_of_days_date_nothing(text):
    assert values(text, dt.date(2025, 9, 12)) == [], values(text, dt.date(2025, 9, 12))


# --------------------------------------------------------------------------- years of an earlier century

@pytest.mark.parametrize(("text", "want"), [
    ("Trận đánh năm 938 trên dòng sông lớn chấm dứt ách đô hộ.", ["0938"]),
    ("Tấm bia ghi danh các vị đỗ đạt từ năm 1442 đến năm 1779.", ["1442", "1779"]),
    ("Văn bia ghi lại các khoa thi trong khoảng từ năm 1484 - 1780.", ["1484", "1780"]),
    ("Ngôi đình được dựng lại năm 1858, theo sử sách của làng.", ["1858"]),
])
def test_a_year_of_an_earlier_century_after_its_word(text, want):
    assert values(text) == want, values(text)


@pytest.mark.parametrize("text", [
    "Hợp tác xã thu hoạch năm 500 tấn lúa mỗi vụ.",  # 'năm' is five, the number a count
    "Cán bộ xã đã đi thăm 150 hộ dân trong năm qua.",  # no year word before the number
    "Trong năm 2000 người dân đã được hỗ trợ.",  # a modern year: the other shapes' (a count here)
])
def test_a_number_that_is_no_earlier_year(text):
    assert not any(v < "1900" for v in values(text)), values(text)


# --------------------------------------------------------------------------- a bare year after a noun or in brackets

@pytest.mark.parametrize(("text", "want"), [
    ("Cơ quan công an bắt giữ Lê Văn Tâm (còn gọi là Tâm Sẹo, sinh 1990, ở xã Bình Lợi).", "1990"),
    ("Bộ đã công bố kế hoạch tuyển sinh 2026 với nhiều điểm mới.", "2026"),
    ("Bà Lan từng là cố vấn của chiến dịch tranh cử 2016 của ứng viên đảng Xanh.", "2016"),
    ("Tỉ lệ hộ nghèo giảm từ 12% (2015) xuống 4% (2023), theo báo cáo của tỉnh.", "2015"),
    ("Hồ sơ đã được nộp lưu chiểu từ tám năm trước (2016) nhưng nay mới được xem xét.", "2016"),
])
def test_a_bare_year_a_noun_dates_or_brackets_hold(text, want):
    assert want in values(text), values(text)


@pytest.mark.parametrize("text", [
    "Trường dự kiến tuyển sinh 2000 học sinh lớp 10 trong năm học tới.",  # a count after the noun
    "Khu dân cư có 1990 hộ gia đình sinh sống.",  # no noun that dates it
    "Mã hồ sơ là (2019-A) theo quy định của sở.",  # the brackets hold more than a year
])
def test_a_bare_number_that_is_no_year(text):
    assert values(text) == [], values(text)


def test_tiet_lo_after_a_day_is_a_verb():
    assert values("Người phát ngôn bộ này hôm 18-11 tiết lộ kế hoạch mới.") == ["2024-11-18"]
    assert values("Mỗi ngày học sinh học 3-4 tiết văn.") == []
