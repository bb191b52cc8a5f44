"""A minister's title without a country before a foreign holder names the article's one foreign ministry of that
name: a foreign name by the persons' test ("Lloyd Austin"), or in an article about China a Chinese name read in
Sino-Vietnamese, even one whose family name Vietnamese also bear ("Vương Nghị"); a Vietnamese minister's name (a
middle name) or an article not about China keeps Vietnam's ministry (constructed sentences)."""

import pytest

from conftest import tagged_body_names

_CHINA = "Bộ Ngoại giao Trung Quốc ra thông cáo hôm qua. "


@pytest.mark.parametrize("text", [
    _CHINA + "Bộ trưởng Ngoại giao Vương Nghị cho biết hai bên sẽ hợp tác.",
    _CHINA + "Bộ trưởng Ngoại giao Lý Khang cho biết hai bên sẽ hợp tác.",
    _CHINA + "Bộ trưởng Ngoại giao Đổng Minh cho biết hai bên sẽ hợp tác.",
    "Bộ Quốc phòng Mỹ ra thông cáo hôm qua. Bộ trưởng Quốc phòng Lloyd Austin cho biết hai bên sẽ hợp tác.",
])
def test_a_foreign_holder_names_the_foreign_ministry(text):
    names = tagged_body_names(text)
    assert "Bộ Ngoại giao" not in names and "Bộ Quốc phòng" not in names


@pytest.mark.parametrize("text", [
    # a Vietnamese minister: surname, middle name, given name
    _CHINA + "Bộ trưởng Ngoại giao Bùi Thanh Hà cho biết hai bên sẽ hợp tác.",
    # no China in the article: a surname and a given name stay Vietnamese
    "Bộ Ngoại giao Lào ra thông cáo hôm qua. Bộ trưởng Ngoại giao Vương Khang cho biết hai bên sẽ hợp tác.",
    # a rank before the name is no foreign name
    "Bộ Quốc phòng Trung Quốc ra thông cáo hôm qua. Bộ trưởng Quốc phòng Đại tướng Phan Văn Giang cho biết hai bên sẽ hợp tác.",
])
def test_a_vietnamese_holder_keeps_vietnams_ministry(text):
    names = tagged_body_names(text)
    assert "Bộ Ngoại giao" in names or "Bộ Quốc phòng" in names
