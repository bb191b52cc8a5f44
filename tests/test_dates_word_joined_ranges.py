"""Dates: a range joined by a word ('Tháng 02/1955 đến tháng 9/1955: ...', the lines of a career
printed in a biography) is a from-to phrase whose two ends are dates of their own, as one opened by
"từ" already is; a range joined by a dash alone ('nhiệm kỳ 2021-2026', '30/4/1975 - 30/4/2025')
stays a range only."""

from __future__ import annotations

import pytest

from nqextract.pipeline import extract

PUBLISHED = "2025-05-22"


def values(text: str) -> set[str]:
    return {d.value for d in extract(text, published=PUBLISHED).dates if d.granularity != "range"}


def ranges(text: str) -> set[str]:
    return {d.value for d in extract(text, published=PUBLISHED).dates if d.granularity == "range"}


@pytest.mark.parametrize(("text", "expected"), [
    ("QUÁ TRÌNH CÔNG TÁC\nTháng 10/1955 đến tháng 8/1959: Đồng chí làm nhân viên kỹ thuật.",
     {"1955-10", "1959-08"}),
    ("Tháng 9/1966 đến tháng 01/1970: Ông làm Phó Giám đốc Sở Xây dựng tỉnh.", {"1966-09", "1970-01"}),
    ("Bà công tác tại Bộ Tư pháp tháng 3/2001 tới tháng 6/2005.", {"2001-03", "2005-06"}),
    ("Ông giữ chức Bí thư Tỉnh ủy tháng 8/1997 đến tháng 11/2007.", {"1997-08", "2007-11"}),
    ("Đợt kiểm tra diễn ra ngày 18/8/2025 đến ngày 25/8/2025 tại các địa phương.",
     {"2025-08-18", "2025-08-25"}),
])
def test_a_range_joined_by_a_word_gives_its_two_ends(text, expected):
    assert values(text) == expected
    assert len(ranges(text)) == 1


@pytest.mark.parametrize("text", [
    "Đại hội Đảng bộ tỉnh nhiệm kỳ 2025-2030 thành công tốt đẹp.",
    "Kế hoạch giai đoạn 2026 – 2030 được thông qua.",
])
def test_a_period_joined_by_a_dash_alone_stays_a_range(text):
    assert values(text) == set()
    assert len(ranges(text)) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Từ ngày 23 đến 27 tháng 6 năm 2025, đoàn công tác tham dự hội nghị.", {"2025-06-23", "2025-06-27"}),
    ("Hội nghị diễn ra ngày 5 đến ngày 7 tháng 11 năm 2025 tại Hà Nội.", {"2025-11-05", "2025-11-07"}),
    ("Đợt kiểm tra từ ngày 10 tới 14 tháng Bảy năm 2025.", {"2025-07-10", "2025-07-14"}),
])
def test_days_joined_by_a_word_before_one_written_month(text, expected):
    assert values(text) == expected
    assert len(ranges(text)) == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("Từ lần kiểm tra trước (Ngày 07 và 08 tháng 3 năm 2025) đến nay, các bộ đã hoàn thành.",
     {"2025-03-07", "2025-03-08"}),
    ("Các ngày 4, 5 và 6 tháng Bảy năm 2025, đoàn làm việc tại tỉnh.", {"2025-07-04", "2025-07-05", "2025-07-06"}),
    ("Ngày 12 và 13 tháng 3, đoàn làm việc tại tỉnh.", {"2025-03-12", "2025-03-13"}),
])
def test_days_listed_before_one_written_month(text, expected):
    assert values(text) == expected


def test_an_impossible_day_in_a_list_gives_no_day():
    assert values("Ngày 30 và 31 tháng 2 năm 2025 không có trên lịch.") == {"2025"}
