"""Persons: given names spelled like words that otherwise stop a name ("Hội", "Đồng", "Phát", "Sáng",
"Năm") end a name opening with a family name and a middle name when nothing capitalized follows; the
data also lets a family name missing before ("Khiếu") open a name."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, name", [
    ("Ông Đặng Văn Hội, cán bộ phụ trách Tài nguyên và Môi trường xã, cho biết.", "Đặng Văn Hội"),
    ("Ông Nguyễn Văn Hội cho biết thêm về vụ việc.", "Nguyễn Văn Hội"),
    ("Phó Chủ tịch UBND xã Lê Thị Hội cho biết.", "Lê Thị Hội"),
    ("Ông Lê Văn Phát (SN 1970) cho biết.", "Lê Văn Phát"),
    ("Còn ông Khiếu Anh Tú, phó chủ tịch UBND huyện Ba Chẽ, cho biết.", "Khiếu Anh Tú"),
])
def test_given_name_spelled_like_a_stop_word(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Chủ tịch Nguyễn Văn Hùng Hội Nông dân tỉnh phát biểu.", "Nguyễn Văn Hùng"),
    ("Đồng chí Nguyễn Văn Hùng Sáng 4/3 phát biểu.", "Nguyễn Văn Hùng"),
])
def test_stop_word_before_a_capitalized_word_or_number_still_stops(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Phát biểu tại tọa đàm, PGS.TS Nguyễn Tấn Phát - giám đốc Học viện Cán bộ TP.HCM cho rằng cần đổi mới.",
     "Nguyễn Tấn Phát"),
    ("Ông Nguyễn Văn Sáng - chủ tịch UBND xã Tân An cho biết.", "Nguyễn Văn Sáng"),
    ("Ông Đặng Văn Hội – phó chủ tịch UBND huyện, cho biết.", "Đặng Văn Hội"),
])
def test_a_dash_opening_an_appositive_ends_the_name_after_such_a_given_name(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Chủ tịch Nguyễn Văn Hùng Hội Nông dân - tỉnh Bắc Ninh phát biểu.", "Nguyễn Văn Hùng"),
])
def test_a_dash_after_a_capitalized_word_still_stops(pipeline, text, name):
    assert name in person_names(pipeline, text)
