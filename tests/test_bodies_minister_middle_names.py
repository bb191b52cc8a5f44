"""Bodies: a minister's holder whose middle name is a country's word ('Đức', 'Anh', 'Nhật') names no foreign
ministry ('Bộ trưởng Trần Đức Thắng' is no 'Bộ Trần Đức'); a field before a country still does
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text", [
    "Theo Bộ trưởng Trần Đức Thắng, dự thảo nghị quyết bổ sung ba trường hợp.",
    "Bộ trưởng Hồ Đức Phớc cho biết ngân sách đã được phân bổ.",
    "Theo Thứ trưởng Lê Anh Tuấn, dự án sẽ khởi công trong tháng này.",
    "Thứ trưởng Nguyễn Nhật Minh nhấn mạnh việc này.",
])
def test_a_holder_with_a_country_middle_name_names_no_ministry(text):
    assert names(text) == []


@pytest.mark.parametrize("text, body", [
    ("Bộ trưởng Năng lượng Anh cho biết giá điện sẽ giảm.", "Bộ Năng lượng Anh"),
    ("Bộ trưởng Ngoại giao Đức Annalena Baerbock đã tới Hà Nội.", "Bộ Ngoại giao Đức"),
    ("Bộ trưởng Hội nhập khu vực Cộng hòa Dominica đã tiếp đoàn.", "Bộ Hội nhập khu vực Cộng hòa Dominica"),
])
def test_a_field_before_a_country_still_names_the_ministry(text, body):
    assert names(text) == [body]
