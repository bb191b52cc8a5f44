"""A heading glued to its paragraph's first word by a scraper ("... ô nhiễm môi trườngPhó Thủ tướng A vừa giao")
and a doubled space inside a line ("Fidel Castro Ruz,  nguyên Bí thư ...") (constructed texts): the heading
ends its sentence, the space is one; a brand printed in plain letters with inner capitals stays whole."""

from __future__ import annotations

import pytest

from conftest import positions
from nqextract.clean import clean_text


def _text(raw: str) -> str:
    return clean_text(raw).text


@pytest.mark.parametrize(("raw", "text"), [
    ("Xử lý các hành vi xả thải gây ô nhiễm môi trườngPhó Thủ tướng Trịnh Đình Dũng vừa giao Bộ Công an chỉ đạo.",
     "Xử lý các hành vi xả thải gây ô nhiễm môi trường. Phó Thủ tướng Trịnh Đình Dũng vừa giao Bộ Công an chỉ đạo."),
    ("Chi sai quy định gần 1 tỷ đồngUBND TP Đà Nẵng vừa ban hành quyết định thu hồi.",
     "Chi sai quy định gần 1 tỷ đồng. UBND TP Đà Nẵng vừa ban hành quyết định thu hồi."),
    ("Quốc lộ 1A qua tỉnh Bình Định hư hỏng nặngThời gian qua, cử tri phản ánh nhiều lần.",
     "Quốc lộ 1A qua tỉnh Bình Định hư hỏng nặng. Thời gian qua, cử tri phản ánh nhiều lần."),
])
def test_a_glued_heading_ends_its_sentence(raw, text):
    assert _text(raw).strip() == text


@pytest.mark.parametrize("raw", [
    "Sinh viên Trường đại học VinUni dùng iPhone và xe VinFast, hai bên ký MoU về hợp tác.",
    "Ứng dụng VNeID và kênh YouTube của báo VietNamNet được giới thiệu tại hội nghị.",
])
def test_guard_a_brand_with_inner_capitals_stays_whole(raw):
    assert _text(raw).strip() == raw


def test_a_doubled_space_is_one():
    raw = "Đoàn dự lễ tang lãnh tụ Cuba Fidel Castro Ruz,  nguyên Bí thư thứ nhất Ban Chấp hành Trung ương Đảng Cộng sản Cuba."
    assert "  " not in _text(raw)


def test_a_deputy_prime_minister_after_a_glued_heading_keeps_his_title(pipeline):
    text = _text("Xử lý các hành vi xả thải gây ô nhiễm môi trườngPhó Thủ tướng Trịnh Đình Dũng vừa giao Bộ Công an "
                 "chỉ đạo lực lượng cảnh sát môi trường.")
    got = positions(pipeline, text)["Trịnh Đình Dũng"]
    assert ("Phó Thủ tướng", "Chính phủ", "current") in got
    assert ("Thủ tướng", "Chính phủ", "current") not in got


def test_an_office_chain_after_a_doubled_space_is_the_name_s(pipeline):
    text = _text("Đoàn sang Cuba dự lễ tang dành cho lãnh tụ Cuba Fidel Castro Ruz,  nguyên Bí thư thứ nhất Ban Chấp "
                 "hành Trung ương Đảng Cộng sản Cuba, nguyên Chủ tịch Hội đồng Nhà nước nước Cộng hòa Cuba.")
    got = positions(pipeline, text)["Fidel Castro Ruz"]
    assert ("Bí thư Thứ nhất", "Ban Chấp hành Trung ương Đảng Cộng sản Cuba", "former") in got
    assert ("Chủ tịch", "Hội đồng Nhà nước nước Cộng hòa Cuba", "former") in got
