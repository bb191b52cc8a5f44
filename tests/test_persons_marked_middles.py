"""A family name the surname list lacks (the smaller peoples' names: Raglai 'Pinăng', Cơ Tu 'Alăng', Bru 'Katơr'), printed
after 'đại biểu' before a middle name that marks a person ('Thị', 'Văn', 'A'), still opens a name, as it does
after an honorific or a rank (constructed sentences); with nothing before it it names no one."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name"), [
    ("Đại biểu Pinăng Thị Thủy (Ninh Thuận) cũng nêu quan điểm về dạy thêm.", "Pinăng Thị Thủy"),
    ("Đại biểu Alăng A Dương (Quảng Nam) nêu vấn đề quản lý phòng khám.", "Alăng A Dương"),
    ("Bà Pinăng Thị Hoa, Chủ tịch Hội Phụ nữ xã, phát biểu.", "Pinăng Thị Hoa"),
    ("Ông Alăng A Tủa cho biết gia đình đã thoát nghèo.", "Alăng A Tủa"),
    ("Tại phiên thảo luận, đại biểu Katơr Văn Lâm đề nghị sửa quy định.", "Katơr Văn Lâm"),
    ("Thượng tá Alăng A Chu, Trưởng Công an huyện, cho biết.", "Alăng A Chu"),
])
def test_an_unlisted_family_name_before_a_marked_middle_name(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_a_deputy_with_an_unlisted_family_name_keeps_the_delegation(pipeline):
    text = "Quốc hội thảo luận về luật. Đại biểu Tráng A Dương (Hà Giang) nêu vấn đề quản lý phòng khám."
    assert positions(pipeline, text) == {
        "Tráng A Dương": {("Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Hà Giang", "current")}}


@pytest.mark.parametrize("text", [
    "Pinăng Thị Thủy nêu quan điểm về dạy thêm.",
    "Đại biểu Pinăng Minh Thủy nêu quan điểm.",
])
def test_no_title_or_no_marked_middle_name_names_no_one(pipeline, text):
    assert not any(n.startswith("Pinăng") for n in person_names(pipeline, text))
