"""dates: a year-less day-month or month whose nearest year puts it more than two months after the article
date, in a sentence without a word of plans, deadlines or wishes, is a past event the article narrates (its
year the one before the article date); a plan, a deadline, a wish, a yearly date, a date soon after the
article date, or a printed year keeps the year as before. Constructed sentences, invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUBLISHED = dt.date(2024, 11, 23)


def values(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return [m.value for m in find_dates(text, published)]


@pytest.mark.parametrize("text, want", [
    # crime and court narratives
    ("Theo trình báo, ngày 14-3 ông Trần Văn Khoa đến trụ sở công an xã để làm việc.", "2024-03-14"),
    ("Đến chiều 14-3, gia đình ông Khoa nhận được tin ông bị ngất.", "2024-03-14"),
    ("Liên quan đến vụ việc, ngày 2-4 cơ quan điều tra đã nhận được đơn tố giác.", "2024-04-02"),
    ("Ngày 29/1, TAND tỉnh Hòa Sơn mở phiên sơ thẩm xét xử bị cáo Lê Văn Hùng.", "2024-01-29"),
    ("Bị can không thuộc trường hợp đình chỉ như căn cứ tại quyết định ngày 3-5 của cơ quan điều tra.",
     "2024-05-03"),
    # world news, weather, a letter
    ("Dự luật viện trợ do quốc hội nước này thông qua vào tháng 4 gồm nhiều khoản vay.", "2024-04"),
    ("Đợt lũ lớn nhất diễn biến từ tháng 9, khi mưa kéo dài nhiều ngày.", "2024-09"),
    ("Trong thư khen ngày 26-4, lãnh đạo bộ biểu dương lực lượng phá án.", "2024-04-26"),
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
