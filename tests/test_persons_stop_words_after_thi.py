"""Persons: after the middle name "Thị" a word that otherwise stops a name ("Tỉnh", "Bài", "Sở") is the given name
when punctuation or a lower-case word follows it ("bà Phạm Thị Tỉnh (70 tuổi)"); before a capitalized word it
still stops the name ("Bà Trần Thị Thanh Sở Tài chính")."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize("text, name", [
    ("\"Chúng tôi mong được giúp đỡ\", bà Phạm Thị Tỉnh (70 tuổi), chủ một hiệu thuốc ở chợ Bình An nói.",
     "Phạm Thị Tỉnh"),
    ("Căn hộ của bà Lê Thị Bài được cho là căn hộ đặc biệt nhất khu phố.", "Lê Thị Bài"),
    ("Cô Đỗ Thị Sở, giáo viên Trường tiểu học Lạc Long, cho biết học sinh đã đi học lại.", "Đỗ Thị Sở"),
])
def test_a_stop_word_after_thi_ends_the_name(pipeline, text, name):
    assert name in person_names(pipeline, text)


@pytest.mark.parametrize("text, name", [
    ("Bà Nguyễn Thị Hoa Hội Liên hiệp Phụ nữ tỉnh phát biểu.", "Nguyễn Thị Hoa"),
    ("Bà Trần Thị Thanh Sở Tài chính cho biết giá xăng giảm.", "Trần Thị Thanh"),
])
def test_before_a_capitalized_word_the_stop_word_still_stops(pipeline, text, name):
    assert person_names(pipeline, text) == {name}


@pytest.mark.parametrize("text", [
    "Đường Nguyễn Thị Minh Khai Quận 1 bị ngập sâu sau mưa lớn.",
    "Trường THCS Nguyễn Thị Định Tỉnh Bến Tre khai giảng năm học mới.",
    "Nguyễn Thị Bộ Công an phối hợp điều tra.",
    "Giá cà phê tại chợ Nguyễn Thị Nhỏ, quận 11, tăng mạnh.",
    "Mưa lớn làm ngập đường Nguyễn Thị Thập, giao thông ùn tắc.",
])
def test_no_person_from_streets_schools_or_bodies(pipeline, text):
    assert person_names(pipeline, text) == set()
