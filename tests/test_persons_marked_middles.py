"""A family name the surname list lacks (the smaller peoples' names: Raglai 'Chamaléa', H'Mông 'Tráng'), printed
after 'đại biểu' before a middle name that marks a person ('Thị', 'Văn', 'A'), still opens a name, as it does
after an honorific or a rank (constructed sentences); with nothing before it it names no one."""

from __future__ import annotations

import pytest

from conftest import person_names, positions


@pytest.mark.parametrize(("text", "name"), [
    ("Đại biểu Chamaléa Thị Thủy (Ninh Thuận) cũng nêu quan điểm về dạy thêm.", "Chamaléa Thị Thủy"),
    ("Đại biểu Tráng A Dương (Hà Giang) nêu vấn đề quản lý phòng khám.", "Tráng A Dương"),
    ("Bà Chamaléa Thị Hoa, Chủ tịch Hội Phụ nữ xã, phát biểu.", "Chamaléa Thị Hoa"),
    ("Ông Tráng A Tủa cho biết gia đình đã thoát nghèo.", "Tráng A Tủa"),
    ("Tại phiên thảo luận, đại biểu Katơr Văn Lâm đề nghị sửa quy định.", "Katơr Văn Lâm"),
    ("Thượng tá Tráng A Chu, Trưởng Công an huyện, cho biết.", "Tráng A Chu"),
])
def test_an_unlisted_family_name_before_a_marked_middle_name(pipeline, text, name):
    assert name in person_names(pipeline, text)


def test_a_deputy_with_an_unlisted_family_name_keeps_the_delegation(pipeline):
    text = "Quốc hội thảo luận về luật. Đại biểu Tráng A Dương (Hà Giang) nêu vấn đề quản lý phòng khám."
    assert positions(pipeline, text) == {
        "Tráng A Dương": {("Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Hà Giang", "current")}}


@pytest.mark.parametrize("text", [
    "Chamaléa Thị Thủy nêu quan điểm về dạy thêm.",
    "Đại biểu Chamaléa Minh Thủy nêu quan điểm.",
])
def test_no_title_or_no_marked_middle_name_names_no_one(pipeline, text):
    assert not any(n.startswith("Chamaléa") for n in person_names(pipeline, text))
