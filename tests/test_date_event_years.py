"""A bare year printed right after an event's (or a yearly role's) capitalized name is the year it is held:
'Diễn đàn Thanh niên Khánh Hòa 2025', 'Chủ tịch ASEAN 2026', 'Tết Nguyên đán 2026', a treaty's signing place,
'Hiệp định Geneva 1954'. A count after the head
('Hội chợ Xuân thu hút 2000 người') and a company's name with a year are no such date."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.extract.dates import find_dates

PUB = dt.date(2024, 11, 20)


def points(text: str, published: dt.date | None = PUB) -> set[str]:
    return {m.value for m in find_dates(text, published) if m.granularity != "range"}


@pytest.mark.parametrize("text, want", [
    ("Bộ trưởng phát biểu tại Diễn đàn Thanh niên Khánh Hòa 2025 diễn ra ở Nha Trang.", {"2025"}),
    ("Máy bay sẽ bay trình diễn tại Triển lãm Hàng không quốc tế Long Thành 2026.", {"2026"}),
    ("Việt Nam ủng hộ vai trò Chủ tịch ASEAN 2026 của Philippines.", {"2026"}),
    ("Dự kiến sau Tết Nguyên đán 2026 sẽ khởi công cầu Bến Lức mới.", {"2026"}),
    ("Đội tuyển nữ giành huy chương vàng SEA Games 2025 tại Thái Lan.", {"2025"}),
    ("Lễ hội Hoa Đà Lạt 2024, với chủ đề mới, có 20 hoạt động.", {"2024"}),
    ("Giải Marathon Quốc tế Cần Thơ 2025 diễn ra sáng Chủ nhật.", {"2025"}),
    ("Đội chủ nhà bước vào vòng loại Giải bóng đá nữ châu Á 2026 với quyết tâm cao.", {"2026"}),
    # a treaty named by the place it was signed, its year after it
    ("Bài giảng so sánh Hiệp định Geneva 1954 với các văn kiện khác.", {"1954"}),
    ("Hội thảo nhắc lại ý nghĩa của Hiệp ước Paris 1783 và Công ước Viên 1961.", {"1961"}),
])
def test_year_after_an_event_name(text: str, want: set[str]) -> None:
    assert points(text) == want


@pytest.mark.parametrize("text", [
    "Hội chợ Xuân thu hút 2000 người tham dự mỗi ngày.",
    "Giải Nhất trị giá 2000 USD thuộc về đội Hải Phòng.",
    "Hội nghị có 2025 đại biểu chính thức.",
    "Công ty Thép Miền Trung 2024 báo lãi tăng 30%.",
    "Hội thảo khoa học thu hút 2000 lượt người xem trực tuyến.",
    "Trận chung kết Cúp Quốc gia 2000 người hâm mộ đã có mặt.",
    "Hội nghị về Hiệp định Paris 2000 đại biểu đã ký tên ủng hộ.",
    "Chủ tịch tỉnh Lâm Đồng 2020 người cùng ký tên vào đơn.",
    "Giá vàng tăng lên 2050 USD mỗi ounce trong phiên sáng.",
    "Cảnh sát thu giữ 2024 bánh pháo tại kho hàng ở Bắc Ninh.",
])
def test_counts_and_other_names_with_a_number_are_not_event_years(text: str) -> None:
    assert points(text) == set()


@pytest.mark.parametrize("text", [
    "Hai nước hướng tới hiện thực hóa Tầm nhìn Cộng đồng ASEAN 2045 trong khu vực.",
    "Malaysia sẽ công bố Tầm nhìn APEC 2040 tại hội nghị.",
])
def test_an_organisation_with_a_horizon_year_is_no_event(text: str) -> None:
    assert points(text) == set()


@pytest.mark.parametrize("text", [
    "Mọi thắc mắc về Hội chợ Hàng Việt xin liên hệ Hotline 1900 1080 trong giờ hành chính.",
    "Hội chợ Quốc tế Cần Thơ 2000 gian hàng đã kín chỗ từ tuần trước.",
    "Festival Biển Nha Trang 2000 nghệ sĩ cùng biểu diễn trên bãi biển.",
    "Cúp Quốc gia Sample Airways 2000 khán giả đã đến sân từ sớm.",
    "Ban tổ chức Giải Việt dã Báo Sample 2000 vận động viên đã đăng ký.",
    "Tại Giải Nhì 2000 Euro được trao cho nhóm tác giả trẻ.",
])
def test_a_count_or_another_number_after_an_event_name_is_no_year(text: str) -> None:
    assert points(text) == set()
