"""A family name that is also a place word, printed capitalized before a full name (constructed sentences):
"Đường Hồ Chí Minh" (the trail) and "Lăng Hồ Chí Minh" name a road and a building, not a person; the same
family name before a middle name still opens a person's name."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text", [
    "Phát huy ý nghĩa lịch sử của Đường Hồ Chí Minh trên biển để quảng bá hình ảnh quê hương.",
    "Di tích Đường Hồ Chí Minh trên biển đón bằng xếp hạng di tích quốc gia đặc biệt.",
    "Đoàn đại biểu vào Lăng Hồ Chí Minh viếng Chủ tịch.",
])
def test_a_road_or_building_named_after_a_person_is_no_one(pipeline, text):
    assert not any(n.startswith(("Đường", "Lăng")) for n in person_names(pipeline, text))


@pytest.mark.parametrize(("text", "name"), [
    ("Ông Đường Văn Minh, chủ tịch UBND xã, cho biết.", "Đường Văn Minh"),
    ("Bà Đường Thị Hồng dự họp.", "Đường Thị Hồng"),
    ("Ông Lăng Văn Chiến cho biết.", "Lăng Văn Chiến"),
])
def test_the_same_family_name_before_a_middle_name_opens_a_name(pipeline, text, name):
    assert name in person_names(pipeline, text)
