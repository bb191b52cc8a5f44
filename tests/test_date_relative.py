"""Dates printed only relative to the article's date, standing on their own: a relative year after a
preposition or a part of a year ("vào năm tới", "trong năm nay", "cuối năm nay": that year), a part of the article's day ("sáng nay"), and the first or
last three months of a year ("3 tháng cuối năm" is the fourth quarter)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2024, 11, 24)


def values(text: str, published: dt.date | None = PUB) -> set[str]:
    return {m.value for m in find_dates(text, published) if m.granularity != "range"}


@pytest.mark.parametrize("text, value", [
    ("Hai nước chuẩn bị kỷ niệm 75 năm thiết lập quan hệ ngoại giao vào năm tới.", "2025"),
    ("Bất động sản sẽ phục hồi trong năm nay.", "2024"),
    ("Bộ phấn đấu hoàn thành đề án đến hết năm nay.", "2024"),
    ("Dự án dự kiến khởi công trong năm sau.", "2025"),
])
def test_standalone_relative_year(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text", [
    "Bốn năm sau, bị cáo lại nhờ người quen.",
    "Trong 5 năm tới, tỉnh phấn đấu tăng trưởng.",
    "Trong những năm tới, ngành sẽ đầu tư mạnh.",
    "Vào năm sau đó, ông nghỉ hưu.",
])
def test_counted_or_narrative_years_are_no_dates(text):
    assert values(text) == set()


def test_relative_year_after_a_date_is_that_dates_year_only():
    assert values("Ngày 20-11 năm nay là ngày đặc biệt.") == {"2024-11-20"}


def test_relative_year_needs_the_article_date():
    assert values("Hai nước kỷ niệm 75 năm quan hệ vào năm tới.", None) == set()


@pytest.mark.parametrize("text", [
    "Tại Hội trường sáng nay, các đại biểu biểu quyết thông qua nghị quyết.",
    "Chiều nay, Quốc hội thảo luận ở tổ.",
])
def test_part_of_the_article_day(text):
    assert values(text) == {"2024-11-24"}


def test_part_of_day_with_its_date_keeps_that_date():
    assert values("Tại cuộc họp báo chiều nay (19/9), ông A cho biết.", dt.date(2024, 9, 19)) == {"2024-09-19"}


@pytest.mark.parametrize("text, value", [
    ("Trong 3 tháng cuối năm, thành phố cần rà soát các dự án.", "2024-Q4"),
    ("Kết quả 3 tháng đầu năm 2025 rất khả quan.", "2025-Q1"),
    ("Nhiệm vụ ba tháng cuối năm được triển khai.", "2024-Q4"),
])
def test_three_months_of_a_year_are_a_quarter(text, value):
    assert value in values(text)


def test_six_months_are_no_quarter():
    assert not any("Q" in v for v in values("Nhiệm vụ trọng tâm 6 tháng cuối năm được bàn."))


@pytest.mark.parametrize("text, value", [
    ("Kế hoạch dự kiến được ký kết vào cuối năm nay.", "2024"),
    ("Nhà máy của hãng Phú Sơn sẽ khởi công vào đầu năm tới.", "2025"),
    ("Tuyến cáp treo dự kiến vận hành vào giữa năm tới.", "2025"),
    ("Câu lạc bộ Sông Hàn mua thêm hai tiền đạo từ đầu năm nay.", "2024"),
    ("Nghi phạm bị truy nã từ cuối năm ngoái.", "2023"),
])
def test_part_of_a_relative_year_is_that_year(text, value):
    assert values(text) == {value}


@pytest.mark.parametrize("text, unwanted", [
    ("Công ty thành lập cuối năm 2019, đầu năm sau đã có lãi.", "2025"),  # counted from 2019, not the article
    ("Kể từ đầu năm tới ngày 3-11, khu vực ghi nhận 400 ca sốt xuất huyết.", "2025"),  # 'tới' is 'until'
    ("Từ đầu năm tới nay, thành phố ghi nhận 30 vụ cháy.", "2025"),
    ("Giá cà phê tăng đầu năm 2023, cuối năm sau đó lại giảm.", "2025"),
    ("Đến cuối năm sau, ông Tư mới trả hết nợ cho ngân hàng.", "2025"),  # 'năm sau' after a part: no year
])
def test_part_of_a_year_counted_from_another_year_is_left(text, unwanted):
    assert unwanted not in values(text)


@pytest.mark.parametrize("text", [
    "Từ đầu năm tới thời điểm này, công an huyện bắt giữ 12 đối tượng trộm cắp.",
    "Từ đầu năm tới đầu tháng 11, cả nước ghi nhận hơn 300 ca mắc sởi.",
    "Từ cuối năm tới đầu năm sau, miền Bắc có thể đón năm đợt không khí lạnh.",
    "Lượng du khách đầu năm tới Hội An tăng mạnh so với mọi năm.",
    "Khi thời điểm cuối năm tới gần, giá vàng nhẫn liên tục biến động.",
    "Thưởng Tết cuối năm tới tay người lao động sớm hơn mọi năm.",
    "Buổi đầu năm tới trường, các em được tặng sách vở và áo mới.",
])
def test_next_year_after_a_part_only_at_its_clause_end(text):
    assert "2025" not in values(text)


@pytest.mark.parametrize("text", [
    "Nhà ga mới sẽ đón khách vào cuối năm tới, theo chủ đầu tư.",
    "Dự án đầu năm tới sẽ khởi công giai đoạn hai.",
    "Giải đấu được tổ chức vào giữa năm tới tại Đà Lạt.",
])
def test_next_year_after_a_part_at_its_clause_end(text):
    assert "2025" in values(text)


@pytest.mark.parametrize("text", [
    "Trong ngày hôm qua, Thủ tướng Chính phủ đã có ý kiến chỉ đạo.",
    "Hôm qua, Bộ Nội vụ đã làm việc với tỉnh.",
])
def test_the_day_before_the_article(text):
    assert values(text) == {"2024-11-23"}


def test_the_day_before_with_its_date_keeps_that_date():
    assert values("Hôm qua (22/11), Bộ Nội vụ đã làm việc với tỉnh.") == {"2024-11-22"}


@pytest.mark.parametrize("text", [
    "Hoạt động tri ân nhân dịp kỷ niệm Ngày thương binh liệt sỹ 27/7 cũng sẽ được chú trọng.",
    "Hoạt động tri ân nhân dịp Ngày Thương binh - Liệt sỹ 27/7 được tổ chức.",
    "Hoạt động tri ân nhân dịp Ngày Thương binh – Liệt sĩ 27/7 được tổ chức.",
])
def test_war_invalids_day_in_either_spelling(text):
    assert values(text, dt.date(2025, 6, 28)) == {"2025-07-27"}
