"""A title printed right after "Tổng" is part of a longer, unlisted title ("Tổng tư lệnh"), not that title: "Tổng
tư lệnh Quân đội X" holds no office "Tư lệnh"; listed "Tổng" titles ("Tổng Giám đốc", "Tổng Bí thư") and the bare
title ("Tư lệnh Quân khu 9") read as before (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name"), [
    ("Đại tướng Lê Văn Khải, Tổng tư lệnh Quân đội Hoàng gia Xyland, đã thị sát đơn vị.", "Lê Văn Khải"),
    ("Bức ảnh của cố Tổng Tư lệnh Lực lượng Vệ binh Núi Xanh Iran, tướng Karim Sadi, được đặt giữa lễ đường.",
     "Karim Sadi"),
    ("Ông Trần Văn Hòa được giao làm Tổng tư lệnh chiến dịch.", "Trần Văn Hòa"),
])
def test_tong_before_a_title_makes_another_title(pipeline, text, name):
    assert not any(title == "Tư lệnh" for title, _b, _s in positions(pipeline, text).get(name, set()))


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ông Phan Văn Bình, Tổng Giám đốc Công ty cổ phần Hải Minh, cho biết doanh thu tăng.", "Phan Văn Bình",
     "Tổng Giám đốc"),
    ("Thiếu tướng Đỗ Minh Lâm, Tư lệnh Quân khu 9, dự buổi lễ.", "Đỗ Minh Lâm", "Tư lệnh"),
    ("Ông Lý Quốc Hưng, Tổng Thư ký Hội Nhà báo tỉnh, phát biểu.", "Lý Quốc Hưng", "Tổng Thư ký"),
])
def test_listed_titles_read_as_before(pipeline, text, name, title):
    assert any(t == title for t, _b, _s in positions(pipeline, text).get(name, set()))
