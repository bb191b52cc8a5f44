"""A year-less day-month the article also prints with its year ('ngày 3-5-2024' ... 'quyết định ngày 3-5 đã ...') takes
that year rather than the nearest one when its sentence tells the past and no plan; it keeps the nearest one within a
week of the article date (the article's own news), when its sentence prints another year only, when a yearly,
relative or upcoming word follows it, when its sentence has no past word or a future word (an anniversary, a fixture,
a deadline, a forecast), when it is a point of a range, and when the article prints that day-month with two different
years (constructed sentences naming persons and bodies)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2024, 11, 22)


def points(text: str, published: dt.date = PUB) -> list[str]:
    return [m.value for m in find_dates(text, published) if m.granularity != "range"]


@pytest.mark.parametrize("text", [
    "Công an huyện Tân Lạc ra quyết định đình chỉ điều tra ngày 3-5-2024. Ông Lê Văn Bình cho rằng quyết định "
    "ngày 3-5 mà cơ quan điều tra đã ban hành là đúng luật.",
    "Ngày 3/5/2024, Sở Xây dựng tỉnh Bắc An nhận hồ sơ của Công ty Hòa Phát Minh. Tại văn bản ngày 3/5, sở đã nêu "
    "rõ các điều kiện cấp phép.",
    "Trường đại học Nam Đô nhận được thư khen ngày 3-5-2024 của Bộ trưởng Trần Minh. Bức thư ngày 3-5 từng được trưng "
    "bày tại phòng truyền thống.",
])
def test_a_day_printed_with_its_year_elsewhere_takes_it(text):
    found = points(text)
    assert "2024-05-03" in found and "2025-05-03" not in found


@pytest.mark.parametrize(("text", "published", "wanted"), [
    # the article's own news, within a week of its date: the nearest year
    ("Tối 28-6, Nhà hát Lớn Hải Thành diễn vở kịch về ngày thành lập câu lạc bộ 28-6-2001, đạo diễn Lê Hùng "
     "cho biết.", dt.date(2025, 6, 28), "2025-06-28"),
    # the sentence prints another year only
    ("Bảng giá đất của UBND tỉnh Đông An áp dụng từ ngày 1/1 đến ngày 31/12/2025. Ông Phạm Văn Tư nhắc lại mốc "
     "ngày 1/1/2026 khi bảng giá mới có hiệu lực.", dt.date(2025, 7, 3), "2025-01-01"),
    # an upcoming day (a yearly one gives no date at all: test_date_yearly_issued.py)
    ("Hội Cựu chiến binh xã Bình Lợi gặp mặt ngày 14/3 tới, ông Nguyễn Văn Sáu kể về trận đánh ngày "
     "14/3/1988.", dt.date(2016, 3, 1), "2016-03-14"),
    # a relative year after it
    ("Câu lạc bộ bóng đá Sông Lam thi đấu ngày 5-4 năm nay, sau trận hòa ngày 5-4-2023 trước Hoàng Anh.",
     dt.date(2024, 11, 2), "2024-04-05"),
])
def test_a_day_keeps_its_nearest_year(text, published, wanted):
    assert wanted in points(text, published)


def test_two_printed_years_decide_nothing():
    text = ("Bão số 3 đổ bộ ngày 7-9-2023 và ngày 7-9-2024, theo Trung tâm Dự báo khí tượng thủy văn quốc gia. "
            "Năm nay, ông Mai Văn Khiêm cho biết ngày 7-9 cần được theo dõi kỹ.")
    found = points(text, dt.date(2025, 6, 20))
    assert "2024-09-07" in found and "2023-09-07" in found
    assert "2025-09-07" in found  # the year-less day keeps its nearest year


@pytest.mark.parametrize(("text", "published", "wanted", "moved"), [
    # an anniversary of the printed day: no past word in its sentence
    ("Ngày 30-4-1965, quân đội Velaria tiến vào thành phố Sao Lam. Năm nay, thành phố Sao Lam kỷ niệm ngày 30-4 "
     "bằng lễ diễu hành lớn.", dt.date(2025, 3, 20), "2025-04-30", "1965-04-30"),
    ("Nhà thơ Lê Hữu Tâm sinh ngày 4-10-1921 tại làng Đông Xá. Ngày 4-10 tới, hội thảo về ông sẽ diễn ra ở Hà "
     "Thành.", dt.date(2025, 9, 1), "2025-10-04", "1921-10-04"),
    # a deadline on the printed day, a fixture, a forecast, a meeting to come
    ("Quyết định của UBND tỉnh Tây An được ký ngày 3-5-2024. Hạn cuối nộp hồ sơ là ngày 3-5 tới, ông Hồ Văn Lực "
     "cho biết.", dt.date(2025, 2, 10), "2025-05-03", "2024-05-03"),
    ("Ngày 15-12-2019, đội tuyển Lam Sơn đã vô địch giải khu vực. Đội sẽ gặp tuyển Đông Hải ngày 15-12 trên sân "
     "nhà.", dt.date(2025, 11, 2), "2025-12-15", "2019-12-15"),
    ("Trường Tiểu học Hòa Bình đã khánh thành ngày 20-11-2022. Dịp 20-11 này, trường đã mời các thầy cô cũ về "
     "thăm.", dt.date(2025, 10, 1), "2025-11-20", "2022-11-20"),
    ("Bão Sao Mai đổ bộ ngày 7-9-2023 và gây thiệt hại lớn. Theo dự báo, ngày 7-9, mưa lớn đã kéo đến vùng "
     "núi.", dt.date(2025, 8, 1), "2025-09-07", "2023-09-07"),
])
def test_an_upcoming_day_or_an_anniversary_keeps_its_nearest_year(text, published, wanted, moved):
    found = points(text, published)
    assert wanted in found and found.count(moved) == 1


def test_a_point_of_a_range_keeps_the_ranges_year():
    text = ("Sở Y tế tỉnh Nam Hà đã ký văn bản ngày 3-5-2024. Từ ngày 3-5 đến ngày 10-5, đoàn kiểm tra đã làm việc "
            "tại các bệnh viện.")
    found = [m for m in find_dates(text, dt.date(2025, 2, 1))]
    rng = [m.value for m in found if m.granularity == "range"]
    ends = [m.value for m in found if m.end_of_range or (m.granularity == "day" and m.start > text.index("Từ"))]
    assert rng == ["2025-05-03/2025-05-10"]
    assert all(v.startswith("2025") for v in ends)
