"""The council and the committee printed bare in a list of a place's bodies before the one printed with the place
("Tỉnh ủy, HĐND, UBND, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh X"): each is that place's; a single council before
another kind of body keeps no place (constructed sentences)."""

import pytest

from conftest import body_names, extracted_body_names


@pytest.mark.parametrize("text, place", [
    ("Sáng 28-11, Tỉnh ủy, HĐND, UBND, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình tổ chức lễ kỷ niệm.",
     "tỉnh Quảng Bình"),
    ("Đoàn đại biểu Thành ủy - HĐND - UBND - Ủy ban Mặt trận Tổ quốc Việt Nam TP.HCM đến thăm trường.",
     "Thành phố Hồ Chí Minh"),
    ("HĐND, UBND và Ủy ban Mặt trận Tổ quốc Việt Nam huyện Gia Lâm phối hợp tổ chức.", "huyện Gia Lâm"),
])
def test_bare_heads_listed_before_a_placed_body_take_its_place(text, place):
    for found in (body_names(text), extracted_body_names(text)):
        assert f"Hội đồng nhân dân {place}" in found
        assert f"Ủy ban nhân dân {place}" in found


def test_a_pair_still_shares_its_place():
    assert body_names("Lãnh đạo HĐND, UBND tỉnh Quảng Bình dự lễ.") == [
        "Hội đồng nhân dân tỉnh Quảng Bình", "Ủy ban nhân dân tỉnh Quảng Bình"]


def test_one_council_before_another_kind_of_body_keeps_no_place():
    assert body_names("Chủ tịch HĐND, Công an tỉnh Quảng Bình dự lễ.") == ["Công an tỉnh Quảng Bình"]
