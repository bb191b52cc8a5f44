"""dates: a year-less day-month or month whose nearest year is the next one and puts it more than two months
after the article date, in a sentence with a word of the narrated past ('đã', 'xảy ra', 'hồi tháng 5') and
none of plans, deadlines or wishes, is a past event the article narrates (its year the article's own); a
sentence without a past word (a fixture, an opening, a deadline), a plan, a deadline, a wish, a yearly date,
a date soon after the article date, a date whose past would be the year before the article's, or a printed
year keeps the year as before. Constructed sentences, invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates, sentence_bounds

PUBLISHED = dt.date(2024, 11, 23)


def values(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return [m.value for m in find_dates(text, published)]


@pytest.mark.parametrize("text, want", [
    # crime and court narratives
    ("Theo trình báo, ngày 14-3 ông Trần Văn Khoa đến trụ sở công an xã để làm việc.", "2024-03-14"),
    ("Đến chiều 14-3, gia đình ông Khoa nhận được tin ông bị ngất.", "2024-03-14"),
    ("Liên quan đến vụ việc, ngày 2-4 cơ quan điều tra đã nhận được đơn tố giác.", "2024-04-02"),
    ("Ngày 29/1, TAND tỉnh Hòa Sơn đã mở phiên sơ thẩm xét xử bị cáo Lê Văn Hùng.", "2024-01-29"),
    ("Vụ va chạm xảy ra ngày 9-2 trên quốc lộ qua xã Tân Lạc.", "2024-02-09"),
    ("Trước đó, trưa 11-3, một xe tải lật trên đèo Mây Trắng.", "2024-03-11"),
    # world news, a hearing, a letter
    ("Dự luật viện trợ đã được quốc hội nước này thông qua vào tháng 4.", "2024-04"),
    ("Trong phiên điều trần hồi tháng 5, ông Paul Renner từng ủng hộ thuế quan.", "2024-05"),
    ("Trong thư khen ngày 26-4, lãnh đạo bộ đã biểu dương lực lượng phá án.", "2024-04-26"),
    # a stop inside a name or a number does not end the sentence
    ("Ngày 6-3, Sở Y tế TP.HCM đã tiếp nhận 1.000 liều vắc xin.", "2024-03-06"),
])
def test_a_narrated_day_is_past(text, want):
    got = values(text)
    assert want in got, got


@pytest.mark.parametrize("text, want", [
    # plans, deadlines, wishes (sport, business, culture, weather, crime)
    ("Đội tuyển sẽ gặp đối thủ ngày 5-3 tại sân vận động quốc gia.", "2025-03-05"),
    ("Công ty dự kiến niêm yết cổ phiếu vào tháng 4.", "2025-04"),
    ("Theo dự báo, đợt rét đậm có thể kéo dài đến ngày 10-2.", "2025-02-10"),
    ("Lễ hội hoa sẽ diễn ra ngày 14-2 tại công viên trung tâm.", "2025-02-14"),
    ("Phiên tòa phúc thẩm được lên lịch ngày 12-3.", "2025-03-12"),
    ("Công trình phải hoàn thành trước ngày 30-4.", "2025-04-30"),
    # a named day (yearly), a periodic meeting, a wish
    ("Hội đồng họp phiên thường kỳ ngày 9-3 tại trụ sở.", "2025-03-09"),
    ("Thành phố chọn ngày 15-4 là ngày hội đọc sách của học sinh.", "2025-04-15"),
    ("Người hâm mộ hy vọng ca sĩ trở lại sân khấu vào tháng 3.", "2025-03"),
    # a date soon after the article date, a printed year
    ("Ngày 5-12, đội tuyển tập trung tại Hà Nội.", "2024-12-05"),
    ("Ngày 14-3-2025, ông Trần Văn Khoa đến trụ sở công an xã.", "2025-03-14"),
])
def test_a_plan_a_deadline_or_a_near_date_keeps_its_year(text, want):
    got = values(text)
    assert want in got, got


def test_a_holiday_keeps_its_year():
    got = values("Lực lượng chức năng bảo đảm an toàn giao thông dịp Quốc khánh 2-9 theo chỉ đạo.", dt.date(2025, 6, 20))
    assert got == ["2025-09-02"], got


def test_a_narrated_day_before_the_article_date_is_unchanged():
    assert values("Ngày 20-10, bão số 9 đổ bộ gây mưa lớn.") == ["2024-10-20"]


@pytest.mark.parametrize("text, want", [
    # a narrated day with no word of the past keeps its nearest year (the rule's price; a document's issue day is
    # past: test_date_yearly_issued.py)
    ("Ngày 29/1, TAND tỉnh Hòa Sơn mở phiên sơ thẩm xét xử bị cáo Lê Văn Hùng.", "2025-01-29"),
    # fixtures, openings, meetings, trial runs, offers, deadlines, maturities, closures
    ("Giải bóng chuyền Cúp Sông Lam khởi tranh ngày 15-2 tại nhà thi đấu tỉnh.", "2025-02-15"),
    ("Đội tuyển Hòa Bình gặp đội Lam Sơn ngày 25-3 trên sân nhà.", "2025-03-25"),
    ("Hội chợ xuân Phú Điền khai trương ngày 20-2.", "2025-02-20"),
    ("Tết Nguyên đán năm Ất Tỵ rơi vào ngày 29-1.", "2025-01-29"),
    ("Ngân hàng trung ương nước Vân Lang họp vào tháng 3 để xem xét lãi suất.", "2025-03"),
    ("Tuyến tàu điện số 5 của thành phố Bình Hà vận hành thử vào tháng 2.", "2025-02"),
    ("Ưu đãi giảm giá vé của hãng Cánh Bay áp dụng đến 31-3.", "2025-03-31"),
    ("Hồ sơ dự tuyển nộp trước 15-2 tại phòng tổ chức.", "2025-02-15"),
    ("Khoản vay của Công ty Đông Phong đáo hạn ngày 15-3.", "2025-03-15"),
    ("Cấm phương tiện trên cầu Tân Lạc từ 22h ngày 15-2 đến 5h ngày 16-2.", "2025-02-16"),
    # a past word and a plan across a stop inside a name or a number: the plan keeps the year
    ("Ngày 8-3, các cầu thủ từng khoác áo đội tuyển tại TP.HCM sẽ thi đấu giao hữu.", "2025-03-08"),
    ("Ngày 12-4, hơn 1.000 vận động viên từng đoạt huy chương sẽ tranh tài tại Bình Hà.", "2025-04-12"),
])
def test_a_sentence_without_a_past_word_keeps_its_year(text, want):
    got = values(text)
    assert want in got, got


@pytest.mark.parametrize("text, published, want", [
    # its past would be the year before the article's: the nearest year stays
    ("Kỳ thi tốt nghiệp THPT đã được ấn định vào ngày 26-6.", dt.date(2025, 1, 10), "2025-06-26"),
    ("Kỳ thi tốt nghiệp THPT ngày 26-6.", dt.date(2025, 1, 10), "2025-06-26"),
    ("Học sinh đã được thông báo tựu trường ngày 1-9.", dt.date(2025, 5, 15), "2025-09-01"),
    ("Hãng Táo Xanh đã quen ra mắt điện thoại mới vào tháng 9.", dt.date(2025, 6, 5), "2025-09"),
])
def test_a_past_before_the_article_year_is_not_taken(text, published, want):
    got = values(text, published)
    assert want in got, got


def test_a_sentence_ends_at_a_stop_before_a_space_or_at_a_new_line():
    text = "Sở Y tế TP.HCM nhận 1.000 liều ngày 6-3. Câu sau.\nDòng mới"
    i = text.index("6-3")
    a, b = sentence_bounds(text, i, i + 3)
    assert text[a:b] == "Sở Y tế TP.HCM nhận 1.000 liều ngày 6-3"
    j = text.index("Dòng")
    assert text[slice(*sentence_bounds(text, j, j + 4))] == "Dòng mới"
