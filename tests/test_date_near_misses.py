"""dates: near misses of the issue-day, bracket, noun-year, earlier-century and yearly rules (constructed sentences,
article of 10 April 2025 unless told).

- a document's day is no issue day when a plan, an entry into force, a request or a deadline comes before it in its
  sentence, when a sending verb's 'về' names where the paper goes, or when it lies a few weeks after the article date
  in a sentence with no word of the past; an issue day with a past word, or far ahead, stays in its past year;
- a score or a share in brackets is no span of days ('(7-8/10) điểm', '(2-3/5) số hộ'), nor a count a year in
  brackets ('(2020) lượt');
- a counter after a noun's year makes it a count ('sinh 2000 con', 'tuyển sinh 1500 chỉ tiêu');
- a year before the Common Era is no date ('năm 208 trước Công nguyên');
- 'hàng năm mươi' is a count, no yearly word;
- a range of days opened by a time of day prints from the day-word ('ngày 5 đến ngày 6-10')."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2025, 4, 10)


def values(text: str, published: dt.date = PUB) -> list[str]:
    return [m.value for m in find_dates(text, published) if m.granularity != "range"]


# --------------------------------------------------------------------------- issue days and days to come

@pytest.mark.parametrize(("text", "want"), [
    # a plan or an entry into force before the day
    ("Bộ Giáo dục sẽ ban hành thông tư ngày 1-7 về mức thu mới.", "2025-07-01"),
    ("Theo sở, chỉ thị có hiệu lực ngày 15-5 về phòng cháy trong mùa khô.", "2025-05-15"),
    ("Dự kiến, công văn ngày 20-6 của sở sẽ hướng dẫn cách tính điểm.", "2025-06-20"),
    # a request or a deadline before it
    ("Tỉnh yêu cầu các huyện gửi báo cáo ngày 18-4 về kết quả rà soát hộ nghèo.", "2025-04-18"),
    ("Các phường phải hoàn thành báo cáo tổng kết ngày 25-4 về Ban Chỉ đạo thành phố.", "2025-04-25"),
    # a sending verb: 'về' names the addressee
    ("Các trường nộp biên bản ngày 16-4 về Sở Giáo dục để tổng hợp.", "2025-04-16"),
    # a few weeks ahead with no word of the past: the day to come
    ("Nhà trường thông báo lịch thi ngày 28-4 của khối 12.", "2025-04-28"),
    ("Cán bộ xã mang quyết định hỗ trợ ngày 2-5 của huyện tới từng nhà.", "2025-05-02"),
])
def test_a_documents_day_to_come_keeps_its_nearest_year(text, want):
    got = values(text)
    assert got == [want], got


@pytest.mark.parametrize(("text", "published", "want"), [
    # a word of the past in the sentence: issued, past
    ("Quyết định tạm đình chỉ ngày 7-5 của công an huyện đã bị viện kiểm sát hủy bỏ.", PUB, "2024-05-07"),
    ("Đơn vị vừa nhận bằng khen ngày 26-4 về thành tích phá chuyên án.", PUB, "2024-04-26"),
    # far ahead of the article date: issued, past, with no past word too
    ("Ông Tâm cho rằng quyết định thu hồi ngày 9-6 của công an huyện là trái luật.", dt.date(2024, 11, 20),
     "2024-06-09"),
    # a sending verb with 'của': the paper's issuer, not where it goes
    ("Xã đã gửi công văn ngày 2-4 của huyện cho các thôn.", PUB, "2025-04-02"),
])
def test_an_issue_day_stays_past(text, published, want):
    got = values(text, published)
    assert got == [want], got


def test_a_sending_verb_before_an_issue_day_far_ahead_of_the_article():
    text = "Sở chuyển công văn ngày 5-3 về việc thu phí cho các trường."
    assert values(text, dt.date(2024, 11, 20)) == ["2024-03-05"]  # 'về việc': the subject, issued
    text = "Các xã chuyển tờ trình ngày 5-3 về Ủy ban nhân dân huyện."
    assert values(text, dt.date(2024, 11, 20)) == ["2025-03-05"]  # 'về' the addressee: a deadline


# --------------------------------------------------------------------------- scores and shares in brackets

@pytest.mark.parametrize("text", [
    "Bài thi của em đạt (7-8/10) điểm ở mỗi phần.",
    "Khảo sát cho thấy khoảng (2-3/5) số hộ chưa có nước sạch.",
    "Chỉ (1-2/3) số thành viên tổ hợp tác đến họp.",
    "Tỉ lệ đạt chuẩn ở mức (3-4/15) trường của huyện.",  # no month has that number
    "Trạm y tế tiếp nhận (2020) lượt bệnh nhân trong quý.",
    "Khu vui chơi đón (2024) người trong ngày khai trương.",
])
def test_a_bracket_before_a_count_dates_nothing(text):
    assert values(text) == [], values(text)


@pytest.mark.parametrize(("text", "want"), [
    ("Hội nghị thượng đỉnh (6-8/5) tại thủ đô nước bạn thông qua tuyên bố chung.", ["2025-05-06", "2025-05-08"]),
    ("Tỉ lệ hộ dùng nước sạch tăng từ 40% (2015) lên 85% (2024).", ["2015", "2024"]),
    # words that are counters elsewhere open a clause after a year's bracket
    ("Luận văn đã nộp từ bảy năm trước (2018) sao nay mới bị thu hồi?", ["2018"]),
    ("So với cùng kỳ (2023) số vụ cháy rừng của tỉnh giảm một nửa.", ["2023"]),
])
def test_a_bracket_before_other_words_is_still_a_date(text, want):
    assert values(text) == want, values(text)


# --------------------------------------------------------------------------- a count after a noun's year

@pytest.mark.parametrize("text", [
    "Trại giống của xã sinh 1500 con lợn giống.",
    "Đàn gà của hợp tác xã sinh 2000 quả trứng mỗi ngày.",
    "Trường dự kiến tuyển sinh 1980 chỉ tiêu cho năm học tới.",
    "Đợt này trường tuyển sinh 2050 hồ sơ trực tuyến.",
])
def test_a_counter_after_a_nouns_year_makes_a_count(text):
    assert values(text) == [], values(text)


def test_a_nouns_year_before_other_words_is_a_year():
    assert values("Nguyễn Văn Hòa (sinh 1979, trú ở xã Tân Lạc) bị tạm giữ.") == ["1979"]


# --------------------------------------------------------------------------- before the Common Era

@pytest.mark.parametrize("text", [
    "Năm 208 trước Công nguyên, thành cổ được xây dựng bên bờ sông.",
    "Các nhà khảo cổ xác định ngôi mộ có từ năm 300 TCN.",
])
def test_a_year_before_the_common_era_is_no_date(text):
    assert values(text) == [], values(text)


def test_a_year_of_an_earlier_century_of_the_common_era_stays():
    assert values("Ngôi chùa được dựng năm 1010 sau khi dời đô.") == ["1010"]


# --------------------------------------------------------------------------- 'hàng năm' before a numeral

@pytest.mark.parametrize(("text", "want"), [
    ("Ngày 5-10 hàng năm mươi cựu chiến binh về thăm chiến trường xưa.", ["2025-10-05"]),
    ("Sáng 12-4 hàng trăm người dân đến dâng hương.", ["2025-04-12"]),
])
def test_hang_nam_before_a_numeral_is_a_count(text, want):
    assert values(text) == want, values(text)


def test_hang_nam_alone_after_a_day_recurs():
    assert values("Ngày 7-11 hàng năm được tỉnh chọn là ngày hội đọc sách.") == []


# --------------------------------------------------------------------------- the printed text of a timed range

@pytest.mark.parametrize(("text", "printed"), [
    ("Cấm xe qua cầu từ 9 giờ ngày 5 đến ngày 6-10 để sửa mặt cầu.", "ngày 5 đến ngày 6-10"),
    ("Bảo tàng mở cửa từ 8h ngày 14 đến hết ngày 16-12 cho học sinh.", "ngày 14 đến hết ngày 16-12"),
])
def test_a_timed_range_prints_from_its_day_word(text, printed):
    got = [text[m.start:m.end] for m in find_dates(text, PUB) if m.granularity == "range"]
    assert got == [printed], got
