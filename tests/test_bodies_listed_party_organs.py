"""A commune's or a province's organs listed with the level word and the place printed once, after the last ("Đảng
ủy, HĐND, UBND xã X", "Đảng ủy – UBND – HĐND – Ủy ban MTTQ Việt Nam phường Y"): each organ printed bare is that place's, the party
committee and the Front committee too (constructed sentences). A list ending in a bare level word is not read so."""

import pytest

from conftest import extracted_body_names

_ORGANS = ("Đảng ủy", "Hội đồng nhân dân", "Ủy ban nhân dân")


@pytest.mark.parametrize("text, place", [
    ("Chiều qua, Đảng ủy, HĐND, UBND xã Tân Lập trao quà cho các hộ khó khăn.", "xã Tân Lập"),
    ("Đảng ủy – UBND – HĐND – Ủy ban MTTQ Việt Nam phường Hòa Bình gặp mặt các cựu chiến binh.", "phường Hòa Bình"),
    ("Đảng ủy - HĐND - UBND xã Tân Lập vừa ra quân dọn vệ sinh đường làng.", "xã Tân Lập"),
    ("Hôm nay, Đảng ủy, UBND, HĐND, Ủy ban MTTQ Việt Nam tỉnh Lào Cai gặp mặt các gia đình chính sách.",
     "tỉnh Lào Cai"),
    ("Đảng ủy, HĐND và UBND phường Hòa Bình khen thưởng nhiều tập thể.", "phường Hòa Bình"),
])
def test_each_bare_organ_takes_the_place_printed_after_the_last(text, place):
    found = extracted_body_names(text)
    for organ in _ORGANS:
        assert f"{organ} {place}" in found
    if "MTTQ" in text:
        assert f"Ủy ban Mặt trận Tổ quốc Việt Nam {place}" in found


def test_a_prefix_before_the_first_stays_on_the_first():
    found = extracted_body_names("Thường trực Đảng ủy, UBND, HĐND phường Hòa Bình thăm các gia đình chính sách.")
    assert "Thường trực Đảng ủy phường Hòa Bình" in found
    assert "Ủy ban nhân dân phường Hòa Bình" in found


@pytest.mark.parametrize("text", [
    "Thay mặt Đảng, Nhà nước, Quốc hội, ông gửi lời chúc tới kiều bào.",
    "Đảng ủy, HĐND, UBND các cấp cần quan tâm hơn nữa tới công tác dân vận.",
    "Đảng ủy, UBND, HĐND các phường, xã mới bắt đầu vận hành từ đầu tháng.",
    "Đảng ủy, Công an xã Tân Lập phối hợp tuần tra.",
])
def test_no_place_outside_such_a_list(text):
    assert not [b for b in extracted_body_names(text) if b.startswith("Đảng ủy ")]


def test_organs_of_different_places_keep_their_own():
    found = extracted_body_names("Đảng ủy xã Tân Lập, HĐND, UBND xã Phú Thịnh cùng ký kết giao ước thi đua.")
    assert "Đảng ủy xã Tân Lập" in found
    assert "Đảng ủy xã Phú Thịnh" not in found
    assert "Ủy ban nhân dân xã Phú Thịnh" in found
