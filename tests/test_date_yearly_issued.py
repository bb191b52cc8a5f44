"""dates: a day-month followed by 'hằng năm' recurs every year and dates nothing in the article (a holiday's day
keeps its date); a year-less day right after a document's noun and before its issuer or subject is the day it was
issued, already past (constructed sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2024, 11, 20)


def values(text: str, published: dt.date = PUB) -> list[str]:
    return [m.value for m in find_dates(text, published) if m.granularity != "range"]


# --------------------------------------------------------------------------- a yearly day

@pytest.mark.parametrize("text", [
    "Ngày 12-6 hằng năm được chọn là ngày hội đọc sách của tỉnh Đông An.",
    "Các trường phải nộp báo cáo tuyển sinh trước ngày 15/4 hàng năm cho sở.",
    "Cựu binh Trần Văn Lực mong cứ đến ngày 9/7 hàng năm, đồng đội lại gặp nhau.",
    "Lễ dâng hương được tổ chức vào ngày 3-2 mỗi năm tại đền Bình Sơn.",
])
def test_a_day_followed_by_a_yearly_word_dates_nothing(text):
    assert values(text) == [], values(text)


@pytest.mark.parametrize(("text", "want"), [
    # the yearly word before the day: the day of the article's year
    ("Hằng năm vào ngày 1/7, huyện Tân Lạc tổ chức lễ ra quân.", "2024-07-01"),
    # a holiday's day keeps its date
    ("Dịp Quốc tế Thiếu nhi (1-6) hằng năm, xã Bình Lợi trao quà cho trẻ em.", "2024-06-01"),
    # another word after the day
    ("Ngày 12-6 năm nay, thư viện tỉnh Đông An mở cửa miễn phí.", "2024-06-12"),
])
def test_a_day_not_followed_by_a_yearly_word_is_dated(text, want):
    assert want in values(text), values(text)


def test_a_yearly_day_takes_no_year_printed_elsewhere():
    text = ("Hội Cựu chiến binh xã Bình Lợi gặp mặt ngày 14/3 hằng năm, ông Nguyễn Văn Sáu kể về trận đánh ngày "
            "14/3/1988.")
    assert values(text, dt.date(2016, 3, 1)) == ["1988-03-14"]


# --------------------------------------------------------------------------- a document's issue day

@pytest.mark.parametrize(("text", "want"), [
    ("Bị can cho rằng quyết định đình chỉ ngày 9-6 của công an huyện Tân Lạc là trái luật.", "2024-06-09"),
    ("Đơn vị nhận thư khen ngày 14-5 về kết quả phá chuyên án ma túy.", "2024-05-14"),
    ("Công văn ngày 2-3 của Sở Tài chính tỉnh Bắc An nêu rõ mức hỗ trợ.", "2024-03-02"),
    ("Theo kết luận thanh tra ngày 15-4 của Thanh tra tỉnh, nhiều khoản chi sai quy định.", "2024-04-15"),
])
def test_a_documents_issue_day_is_past(text, want):
    got = values(text)
    assert got == [want], got


@pytest.mark.parametrize(("text", "want"), [
    # no issuer or subject after the day: the nearest year
    ("Bị can sẽ nhận quyết định tạm hoãn ngày 9-6 tới đây.", "2025-06-09"),
    # a preposition between the noun and the day: a deadline, no issue day
    ("Các đơn vị gửi báo cáo trước ngày 10-3 của năm sau cho Sở Nội vụ.", "2025-03-10"),
    # a capitalized word between them: no document's own words
    ("Văn bản Ban Chỉ đạo ngày 5-4 của tỉnh được chuyển cho các huyện.", "2025-04-05"),
    # no document noun before the day
    ("Đội bóng Sông Lam gặp đội Hòa Bình ngày 3-5 của mùa giải tới.", "2025-05-03"),
])
def test_a_day_not_issued_keeps_its_year(text, want):
    assert want in values(text), values(text)
