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
])
def test_a_title_before_a_head_leaves_the_name(text, body):
    assert body in body_names(text)
    assert body in extracted_body_names(text)


def test_a_place_word_before_a_head_is_still_no_body():
    assert body_names("Tây Ban Nha và Hải Phòng ký kết hợp tác.") == []
