"""A title printed right after "Tổng" is part of a longer, unlisted title ("Tổng Chính ủy", a chief political
commissar), not that title: "cố Tổng Chính ủy Lực lượng X Iran, tướng A" holds no office "Chính ủy"; listed "Tổng"
titles ("Tổng Giám đốc", "Tổng Thư ký") and the bare title ("Chính ủy Quân khu 9") read as before (constructed
sentences; the first group fails without the guard of persons/titles.py)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name"), [
    ("Di ảnh cố Tổng Chính ủy Lực lượng Vệ binh Biển Đỏ Iran, tướng Ali Rahimi, được đặt giữa lễ đường.",
     "Ali Rahimi"),
    ("Người dân mang ảnh cố Tổng chính ủy Lực lượng Phòng vệ Núi Đá Syria, tướng Omar Haddad, đi khắp phố.",
     "Omar Haddad"),
    ("Lễ tang cố Tổng Chính ủy Quân đội Hoàng gia Campuchia, tướng Sok Vanna, diễn ra hôm qua.", "Sok Vanna"),
])
def test_tong_before_a_title_makes_another_title(pipeline, text, name):
    assert not any(title == "Chính ủy" for title, _b, _s in positions(pipeline, text).get(name, set()))


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ông Phan Văn Bình, Tổng Giám đốc Công ty cổ phần Hải Minh, cho biết doanh thu tăng.", "Phan Văn Bình",
     "Tổng Giám đốc"),
    ("Lễ tưởng niệm nguyên Chính ủy Quân khu 9, thiếu tướng Đỗ Minh Lâm, diễn ra sáng nay.", "Đỗ Minh Lâm",
     "Chính ủy"),
    ("Ông Lý Quốc Hưng, Tổng Thư ký Hội Nhà báo tỉnh, phát biểu.", "Lý Quốc Hưng", "Tổng Thư ký"),
])
def test_listed_titles_read_as_before(pipeline, text, name, title):
    assert any(t == title for t, _b, _s in positions(pipeline, text).get(name, set()))
