"""A city printed at the end of a company's or an office's name ("... TL Nha Trang", "... Đà Lạt") is no person,
though its words look like a foreign name's (constructed sentences); persons whose names share a city's word stay."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "holder"), [
    ("Bà Phan Thị Như Thủy - giám đốc Công ty TNHH Tư vấn xây dựng TL Nha Trang. Ông Lê Văn An bị bắt.",
     "Phan Thị Như Thủy"),
    ("Ông Trần Văn Bình - giám đốc Công ty cổ phần Du lịch DL Đà Lạt. Sau đó, ông Bình trả lời.", "Trần Văn Bình"),
    ("Ông Lê Văn Cường - phó giám đốc Công ty TNHH Dịch vụ DV Vũng Tàu. Ông Cường cho biết.", "Lê Văn Cường"),
])
def test_a_city_after_a_company_is_no_person(pipeline, text, holder):
    found = positions(pipeline, text)
    assert holder in found
    assert not {"Nha Trang", "Đà Lạt", "Vũng Tàu"} & set(found)


@pytest.mark.parametrize(("text", "name"), [
    ("Bà Nguyễn Thị Trang, giám đốc Sở Y tế tỉnh Khánh Hòa, cho biết.", "Nguyễn Thị Trang"),
    ("Ông Hoàng Long, chủ tịch UBND phường Hòn Gai, cho biết.", "Hoàng Long"),
])
def test_guard_persons_sharing_a_citys_word_stay(pipeline, text, name):
    assert name in positions(pipeline, text)
