"""A one-word title printed capitalized right before a unit's head ("Trưởng Đoàn Kiểm tra số 05", "Trưởng Ban Lễ
tang", "Trưởng Phòng Kiểm tra, ...") leaves the unit's name to be read; a capitalized word of a place before a head
word is still no body (head_title rows; constructed sentences)."""

import pytest

from conftest import body_names, extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Phó Thủ tướng Trần Văn Bình - Trưởng Đoàn Kiểm tra số 03 về rà soát các dự án.", "Đoàn Kiểm tra số 03"),
    ("Đồng chí Nguyễn Văn An, Trưởng Ban Lễ tang, đọc điếu văn.", "Ban Lễ tang"),
    ("Ông Lê Nam, Phó Trưởng Phòng Kiểm tra, giải quyết khiếu nại, tố cáo, cho biết.",
     "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo"),
    ("Bà B, Phó Trưởng Ban Lễ tang, đọc điếu văn.", "Ban Lễ tang"),
    ("Ông D - Trưởng Phòng Tổ chức cán bộ cho biết.", "Phòng Tổ chức cán bộ"),
    ("Ông A là Trưởng Phòng Thi hành án dân sự khu vực 2 - tỉnh Đồng Nai.",
     "Phòng Thi hành án dân sự khu vực 2 - tỉnh Đồng Nai"),
])
def test_a_title_before_a_head_leaves_the_name(text, body):
    assert body in body_names(text)
    assert body in extracted_body_names(text)


def test_a_place_word_before_a_head_is_still_no_body():
    assert body_names("Tây Ban Nha và Hải Phòng ký kết hợp tác.") == []


def test_a_head_glued_in_lower_case_to_the_title_is_no_unit():
    # "Trưởng ban Điện tử": the head printed in lower case after the title is part of the title, however the
    # glued head is capitalized to read a named body after it
    assert body_names("Ông Lê Hải, Ủy viên Ban Biên tập, Trưởng ban Điện tử trình bày.") == []
