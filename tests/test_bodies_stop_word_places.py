"""Bodies: a known place printed right after a head whose first syllable is also a function word ("Cần Thơ", the
modal "cần") opens the body's name; capitalized function words opening no place still name nothing (constructed
sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Phóng viên Báo Cần Thơ có mặt từ sớm để đưa tin về buổi lễ.", "Báo Cần Thơ"),
    ("Bà Lan từng giảng dạy mười năm ở Trường đại học Cần Thơ trước khi nghỉ hưu.", "Trường Đại học Cần Thơ"),
    ("Đoàn công tác của tỉnh đã làm việc với Đại học Cần Thơ về đề án đào tạo.", "Đại học Cần Thơ"),
    ("Người bệnh được chuyển lên Bệnh viện Cần Thơ trong đêm để mổ cấp cứu.", "Bệnh viện Cần Thơ"),
])
def test_a_place_opening_with_a_function_word_names_the_body(text, body):
    assert body in extracted_body_names(text)


def test_a_place_after_a_level_word_stays_local():
    assert "Sở Y tế thành phố Cần Thơ" in extracted_body_names("Sở Y tế Cần Thơ vừa cấp phép cho hai phòng khám mới.")


@pytest.mark.parametrize("text, cut", [
    ("Hội Các nhà văn trẻ gặp mặt cuối năm.", "Hội Các"),
    ("Trường Cần sớm sửa lại mái nhà trước mùa mưa.", "Trường Cần"),
])
def test_a_capitalized_function_word_opening_no_place_names_nothing(text, cut):
    assert all(not n.startswith(cut) for n in extracted_body_names(text))
