"""A foreign state's bodies printed with "nước Cộng hòa <Name>", alone or joined before one that prints it
(constructed sentences)."""

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Chính phủ nước Cộng hòa Cuba gửi điện chia buồn.", "Chính phủ nước Cộng hòa Cuba"),
    ("Đoàn đã hội kiến lãnh đạo Quốc hội nước Cộng hòa Cuba.", "Quốc hội nước Cộng hòa Cuba"),
    ("Hội đồng Nhà nước nước Cộng hòa Cuba ra thông cáo.", "Hội đồng Nhà nước nước Cộng hòa Cuba"),
    ("Bộ Ngoại giao nước Cộng hòa Séc gửi công hàm.", "Bộ Ngoại giao nước Cộng hòa Séc"),
])
def test_the_noun_before_a_state_form_stays_in_the_name(text, body):
    assert body_names(text) == [body]


@pytest.mark.parametrize("text, bodies", [
    ("Hội đồng Nhà nước và Hội đồng Bộ trưởng nước Cộng hòa Cuba ra thông cáo.",
     ["Hội đồng Nhà nước nước Cộng hòa Cuba", "Hội đồng Bộ trưởng nước Cộng hòa Cuba"]),
    ("Quốc hội, Chính phủ và Hội đồng Nhà nước nước Cộng hòa Cuba gửi điện.",
     ["Quốc hội nước Cộng hòa Cuba", "Chính phủ nước Cộng hòa Cuba", "Hội đồng Nhà nước nước Cộng hòa Cuba"]),
    ("Quốc hội và Chính phủ Cộng hòa Dominica gửi điện.", ["Quốc hội Cộng hòa Dominica", "Chính phủ Cộng hòa Dominica"]),
])
def test_joined_state_bodies_share_the_country_printed_after_the_last(text, bodies):
    assert body_names(text) == bodies


@pytest.mark.parametrize("text, bodies", [
    # a body that names its own country keeps it
    ("Chính phủ Việt Nam và Chính phủ nước Cộng hòa Cuba ký kết.", ["Chính phủ", "Chính phủ nước Cộng hòa Cuba"]),
    ("Bộ Ngoại giao Việt Nam và Bộ Ngoại giao nước Cộng hòa Séc ký kết.",
     ["Bộ Ngoại giao", "Bộ Ngoại giao nước Cộng hòa Séc"]),
    # not joined: each its own
    ("Bộ Công Thương đã làm việc với Chính phủ nước Cộng hòa Cuba.", ["Bộ Công Thương", "Chính phủ nước Cộng hòa Cuba"]),
    # Viet Nam's state, a longer republic name, or no state form: as before
    ("Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam gửi điện.", ["Quốc hội"]),
    ("Chính phủ nước Cộng hòa Xã hội chủ nghĩa Việt Nam gửi điện.", ["Chính phủ"]),
    ("Quốc hội nước ta thông qua luật.", ["Quốc hội"]),
    ("Hội đồng Nhà nước quyết định.", ["Hội đồng Nhà nước"]),
])
def test_other_bodies_are_left_alone(text, bodies):
    assert body_names(text) == bodies
