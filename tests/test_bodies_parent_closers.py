"""Bodies: a name's lower-case tail that the tagger reads as verbs goes on when its parent body closes it, after
"trực thuộc"/"thuộc" or in parentheses ("Viện Nghiên cứu quản lý rừng trực thuộc Tổng cục X"); without such a
closer the words are a clause and the name stays short (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Ông A làm việc tại Viện Nghiên cứu quản lý rừng núi trực thuộc Tổng cục Lâm nghiệp từ năm 2010.",
     "Viện Nghiên cứu quản lý rừng núi"),
    ("Bà B nguyên là cán bộ Viện Nghiên cứu quản lý đất bãi bồi thuộc Tổng cục Đất đai.",
     "Viện Nghiên cứu quản lý đất bãi bồi"),
    ("Trụ sở của Cục Cơ sở thu thập dữ liệu thống kê (Tổng cục Thống kê) bị bỏ hoang nhiều năm.",
     "Cục Cơ sở thu thập dữ liệu thống kê"),
    ("Lãnh đạo Cục Kỹ thuật điều tra khí tượng (Bộ Tài nguyên) cho biết mạng lưới trạm đã được nâng cấp.",
     "Cục Kỹ thuật điều tra khí tượng"),
])
def test_a_parent_closes_the_lower_case_tail(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text, name", [
    ("Hội Phụ nữ tổ chức hội thảo.", "Hội Phụ nữ"),
    ("Hội Phụ nữ tổ chức hội thảo thuộc Bộ Y tế.", "Hội Phụ nữ"),  # a clause word: no name goes on
    ("Viện Nghiên cứu quản lý rừng núi tại Tổng cục Lâm nghiệp vừa họp.", "Viện Nghiên cứu"),  # no closer
    ("Viện Nghiên cứu đánh giá rừng thuộc diện nghèo kiệt.", "Viện Nghiên cứu"),  # "thuộc" before no body
    ("Cục Kỹ thuật điều tra vụ việc (theo báo cáo của Bộ Công an).", "Cục Kỹ thuật"),  # no body in parentheses
])
def test_without_a_closer_the_name_stays_short(text, name):
    names = extracted_body_names(text)
    assert not any(n.startswith(name + " ") for n in names), names
