"""Bodies: a home body's short printing, its name that printing and the home country ("Tập đoàn Điện lực",
"Ngân hàng Nhà nước"), printed with a foreign country right after it, is that country's body named by the printed
words and the country, never the home body's full name with the country glued on; printed alone or with the home
country it stays the home body (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize(("text", "name"), [
    ("Nhà máy ấy được Tập đoàn Điện lực Hàn Quốc đầu tư từ nhiều năm trước.", "Tập đoàn Điện lực Hàn Quốc"),
    ("Tuần trước, Tập đoàn Dầu khí Malaysia đã ký thêm hai hợp đồng thăm dò.", "Tập đoàn Dầu khí Malaysia"),
    ("Lãi suất điều hành do Ngân hàng Nhà nước của Lào giữ nguyên trong quý này.", "Ngân hàng Nhà nước Lào"),
    ("Một nguồn tin từ Bộ Tổng tham mưu Ukraine nói các đơn vị đã lùi lại.", "Bộ Tổng Tham mưu Ukraine"),
])
def test_short_home_name_before_a_foreign_country(text: str, name: str) -> None:
    names = extracted_body_names(text)
    assert name in names
    assert not any("Việt Nam" in n for n in names)


@pytest.mark.parametrize(("text", "name"), [
    ("Tập đoàn Điện lực vừa công bố biểu giá bán lẻ điện mới.", "Tập đoàn Điện lực Việt Nam"),
    ("Ngân hàng Nhà nước Việt Nam giữ nguyên các mức lãi suất.", "Ngân hàng Nhà nước Việt Nam"),
    ("Ngân hàng Nhà nước giữ nguyên lãi suất, trong khi Lào tăng.", "Ngân hàng Nhà nước Việt Nam"),
])
def test_short_home_name_without_a_foreign_country_stays_home(text: str, name: str) -> None:
    assert name in extracted_body_names(text)
