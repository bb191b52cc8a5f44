"""Date families written without the usual digits: months by name, 'mùng'/'mồng' days, lunar dates
(not calendar dates), bare years after a time preposition inside a clause."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2024, 9, 15)


def points(text: str, published: dt.date | None = PUB) -> set[str]:
    return {m.value for m in find_dates(text, published) if m.granularity != "range"}


@pytest.mark.parametrize("text, want", [
    ("Ngày 14 tháng Bảy năm 2025, Quốc hội họp phiên bế mạc.", {"2025-07-14"}),
    ("Ngày 20 tháng Mười Một năm 2024, Bộ tổ chức hội nghị.", {"2024-11-20"}),
    ("Hội nghị diễn ra vào tháng Mười năm 2025 tại Hà Nội.", {"2025-10"}),
    ("Trong tháng Mười Hai, Bộ sẽ trình đề án.", {"2024-12"}),
    ("Tháng Năm năm 2025 là tháng cao điểm.", {"2025-05"}),
    ("Sáng ngày 2 tháng Chín năm 1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn.", {"1945-09-02"}),
])
def test_month_printed_by_name(text: str, want: set[str]) -> None:
    assert points(text) == want


@pytest.mark.parametrize("text", [
    "Kỷ niệm 80 năm Cách mạng Tháng Tám thành công.",
    "Trụ sở đặt tại số 124 Cách Mạng Tháng Tám, quận 3.",
    "Trong ba tháng năm ngoái, doanh thu tăng.",
    "Công ty đã làm việc sáu tháng ba năm qua.",
])
def test_month_names_need_their_capital_and_a_month_sense(text: str) -> None:
    assert points(text) == set()


@pytest.mark.parametrize("text, want", [
    ("Ngày mùng 2/9, nhân dân cả nước đón Tết độc lập.", {"2024-09-02"}),
    ("Sáng mồng 1/10, đoàn công tác lên đường.", {"2024-10-01"}),
    ("Ngày mồng 5/9/2024, các trường khai giảng năm học mới.", {"2024-09-05"}),
])
def test_mung_before_a_day(text: str, want: set[str]) -> None:
    assert points(text) == want


@pytest.mark.parametrize("text, want", [
    ("Triều cường dâng cao vào rằm tháng 8 âm lịch, kết hợp với lũ.", set()),
    ("Lễ hội được tổ chức vào ngày 10/3 âm lịch hằng năm.", set()),
    ("Ngày 15/8 (âm lịch), nhân dân đón Tết Trung thu.", set()),
    ("Tết Trung thu rơi vào ngày 15 tháng 8 Âm lịch.", set()),
    ("Giỗ Tổ Hùng Vương mùng 10/3 ÂL được tổ chức trọng thể.", set()),
    ("Ngày 15/8 âm lịch năm nay là ngày 17/9/2024.", {"2024-09-17"}),
])
def test_lunar_dates_are_not_calendar_dates(text: str, want: set[str]) -> None:
    assert points(text) == want


@pytest.mark.parametrize("text, want", [
    ("Thủ tướng mời Tổng thống thăm Việt Nam vào 2025 nhân dịp kỷ niệm 20 năm quan hệ.", {"2025"}),
    ("Các dự án phải hoàn thành trước 2030 theo kế hoạch.", {"2030"}),
    ("Dự án dự kiến khởi công đầu 2026 và hoàn thành cuối 2028 sau khi có vốn.", {"2026", "2028"}),
    ("Tỉnh tổ chức hội nghị giữa 2025 để sơ kết.", {"2025"}),
])
def test_bare_year_after_a_time_preposition_inside_a_clause(text: str, want: set[str]) -> None:
    assert points(text) == want


@pytest.mark.parametrize("text", [
    "Dự án đưa vào 2000 hộ dân sử dụng nước sạch.",
    "Nguồn vốn bổ sung vào 2000 tỷ đồng.",
    "Từ 1500 đến 2000 người tham dự lễ hội.",
    "Trong 2000 doanh nghiệp được khảo sát, phần lớn có lãi.",
])
def test_counts_after_a_preposition_are_not_years(text: str) -> None:
    assert points(text) == set()


@pytest.mark.parametrize("text, want", [
    ("Theo Điều 119 Luật Đất đai 2024, việc định giá phải bảo đảm thống nhất.", {"2024"}),
    ("Chủ trương sửa đổi Hiến pháp 2013 được Quốc hội thông qua.", {"2013"}),
    ("Điều 2 Luật Thuế sử dụng đất phi nông nghiệp 2010 quy định về đối tượng chịu thuế.", {"2010"}),
    ("Bộ luật Hình sự 2015 được áp dụng với hành vi này.", {"2015"}),
    ("Luật Nhà ở 2023 và Luật Kinh doanh bất động sản 2023 có hiệu lực sớm.", {"2023"}),
    ("Luật Đất đai năm 2024 quy định bảng giá đất được xây dựng hằng năm.", {"2024"}),
])
def test_year_of_a_law_edition_after_its_name(text: str, want: set[str]) -> None:
    assert points(text, dt.date(2025, 9, 15)) == want


@pytest.mark.parametrize("text", [
    "Tại Điều 3 Luật Đất đai số 2024 quy định về giải thích từ ngữ.",
    "Luật Đất đai (Luật số 31/2024/QH15) có hiệu lực.",
    "Theo luật 2000 người được hưởng trợ cấp.",
])
def test_law_numbers_and_counts_are_not_edition_years(text: str) -> None:
    assert points(text, dt.date(2025, 9, 15)) == set()


@pytest.mark.parametrize("text, want", [
    ("Kỷ niệm 50 năm Ngày Giải phóng miền Nam (dịp 30 tháng 4 năm 2025), để chào mừng.", {"2025-04-30"}),
    ("Hội nghị khai mạc 20 tháng Mười năm 2025 tại Hà Nội.", {"2025-10-20"}),
    ("Văn bản ký 05 tháng 01 năm 2025 đã được gửi các bộ.", {"2025-01-05"}),
])
def test_formal_date_without_its_day_word_when_the_year_is_printed(text: str, want: set[str]) -> None:
    assert points(text) == want


@pytest.mark.parametrize("text, want", [
    ("Dự án kéo dài 2 năm 3 tháng 5 năm 2024 mới xong.", {"2024"}),
    ("Hợp đồng hết hạn sau 31 tháng 2 năm 2025.", {"2025"}),
])
def test_counts_and_impossible_days_are_not_formal_dates(text: str, want: set[str]) -> None:
    assert points(text) == want
