"""Bodies: a foreign minister's title ended by his country names his ministry, whatever its field (constructed
sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Ông A - Bộ trưởng Hội nhập khu vực Cộng hòa Dominica Miguel Mejia phát biểu.",
     "Bộ Hội nhập khu vực Cộng hòa Dominica"),
    ("Thủ tướng tiếp ông B, Bộ trưởng Chính sách hội nhập khu vực Cộng hòa Dominica. Tại cuộc tiếp, hai bên trao đổi.",
     "Bộ Chính sách hội nhập khu vực Cộng hòa Dominica"),
    ("Bộ trưởng Năng lượng Anh Ed Miliband nói.", "Bộ Năng lượng Anh"),
    ("Bộ trưởng Giáo dục tiểu học và trung học Indonesia Abdul Mu'ti cho biết.",
     "Bộ Giáo dục tiểu học và trung học Indonesia"),
    ("Đón đoàn có Thứ trưởng Kinh tế, Kế hoạch và Phát triển Cộng hòa Dominica.",
     "Bộ Kinh tế, Kế hoạch và Phát triển Cộng hòa Dominica"),
])
def test_a_foreign_ministers_title_names_the_ministry(text, body):
    assert names(text) == [body]


@pytest.mark.parametrize("text, body", [
    ("Bộ trưởng Quốc phòng Mỹ Lloyd Austin cho biết.", "Bộ Quốc phòng Mỹ"),
    ("Thứ trưởng Ngoại giao Nga cho biết.", "Bộ Ngoại giao Nga"),
])
def test_a_listed_ministry_with_its_country_is_named_once(text, body):
    assert names(text) == [body]


@pytest.mark.parametrize("text, body", [
    ("Bộ trưởng Công Thương Trần Tuấn Anh ngày 19/10 đã ban hành quyết định.", "Bộ Công Thương"),
    ("Bộ trưởng Ngoại giao hai nước Lào và Campuchia gặp nhau.", "Bộ Ngoại giao"),
    ("Bộ trưởng Tài chính Việt Nam phát biểu.", "Bộ Tài chính"),
])
def test_a_person_a_plural_or_vietnam_after_the_field_names_no_foreign_ministry(text, body):
    assert names(text) == [body]


def test_a_title_without_a_country_names_nothing_new():
    assert names("Ông là Bộ trưởng Hội nhập khu vực từ năm 2020.") == []
