"""'năm nay' and 'năm ngoái' name the article's year and the one before wherever they stand, with no
preposition before them ('Năm nay, thành phố ...', 'cùng kỳ năm ngoái', 'giải thưởng X năm nay'); a span
counted back ('nhiều năm nay', 'hơn 2 năm nay') and the year of a month,
quarter or day printed before it ('tháng 12 năm ngoái') are none. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2024, 11, 20)


def points(text: str, published: dt.date | None = PUB) -> set[str]:
    return {m.value for m in find_dates(text, published) if m.granularity != "range"}


@pytest.mark.parametrize("text, want", [
    ("Năm nay, thành phố Cần Thơ đăng ký 3.000 chỉ tiêu.", {"2024"}),
    ("Doanh thu của hãng bay tăng 12% so với cùng kỳ năm ngoái.", {"2023"}),
    ("Năm ngoái, công ty Minh Long lỗ 40 tỉ đồng.", {"2023"}),
    ("Lễ hội hoa năm nay thu hút đông du khách.", {"2024"}),
    ("Mùa mưa bão năm nay đến sớm hơn mọi năm.", {"2024"}),
    ("Giải thưởng Lê Văn Tám năm nay có 12 người nhận.", {"2024"}),
    ("Đội bóng Sông Lam xếp thứ 5 mùa giải năm ngoái.", {"2023"}),
])
def test_a_free_relative_year_is_a_year(text: str, want: set[str]) -> None:
    assert points(text) == want


@pytest.mark.parametrize("text, want", [
    ("Quy định được ban hành từ cuối năm ngoái.", {"2023"}),
    ("Lợi nhuận 9 tháng đầu năm nay của hãng thép tăng 15%.", {"2024"}),
    ("Những ngày cuối năm nay, chợ hoa Bình Lợi đông khách.", {"2024"}),
    ("Hai tháng cuối năm ngoái, giá tiêu lên cao.", {"2023"}),
])
def test_a_part_of_a_free_relative_year_is_that_year(text: str, want: set[str]) -> None:
    assert points(text) == want


def test_no_article_date_no_year() -> None:
    assert points("Năm nay, giá lúa tăng mạnh.", None) == set()


@pytest.mark.parametrize("text, want", [
    ("Căn nhà bị bỏ hoang nhiều năm nay.", set()),
    ("Ông Tâm sống ở khu trọ này hơn 2 năm nay.", set()),
    ("Dự án đình trệ mấy chục năm nay khiến dân bức xúc.", set()),
    ("Bao năm nay bà vẫn bán bánh mì ở góc phố.", set()),
    ("Một năm nay, anh Hùng thất nghiệp.", set()),
    ("Trong ba tháng năm ngoái, doanh thu tăng.", set()),
    ("Tháng 12 năm ngoái, giá vàng tăng mạnh.", {"2023-12"}),
    ("Quý III năm nay, lợi nhuận của ngân hàng tăng 20%.", {"2024-Q3"}),
    ("Ngày 20-11 năm nay, trường tổ chức lễ tri ân.", {"2024-11-20"}),
    ("Tháng này năm ngoái, giá xăng còn thấp hơn.", set()),
    ("Hai mươi năm nay, ông Tư vẫn giữ nghề đan lưới.", set()),
    ("Suốt ba mươi năm nay, ngôi chợ chưa được sửa.", set()),
    ("Mười lăm năm nay, bà con trong xóm đi đò qua sông.", set()),
    ("Bao nhiêu năm nay, con đường vẫn lầy lội.", set()),
    ("Hơn nửa năm nay, giá thép liên tục giảm.", set()),
    ("Dăm năm nay, làng nghề mới hồi sinh.", set()),
    ("Ngần ấy năm nay, chị vẫn chờ tin con.", set()),
])
def test_spans_and_dated_years_are_not_free_years(text: str, want: set[str]) -> None:
    assert points(text) == want
