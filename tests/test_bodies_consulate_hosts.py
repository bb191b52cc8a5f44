"""Bodies: a foreign consulate printed with its country and its host city keeps the host in its name, as an
embassy's does (body_patterns.tsv mission_head rows: "Tổng Lãnh sự quán", "Lãnh sự quán"; host_city rows, a
host_city_level word, "Thành phố", maybe printed before the city); a host city with a capitalized word after it is a venue (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Chiều qua, đại diện Tổng Lãnh sự quán Lào tại TP.HCM đã tới dự buổi gặp mặt.",
     "Tổng Lãnh sự quán Lào tại Thành phố Hồ Chí Minh"),
    ("Bà B, cán bộ Lãnh sự quán Campuchia tại TP.HCM, đã trao quà cho sinh viên.",
     "Lãnh sự quán Campuchia tại Thành phố Hồ Chí Minh"),
    ("Dự lễ khai giảng hôm ấy có đại diện Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh.",
     "Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh"),
    ("Phái đoàn của Đại sứ quán Lào tại Hà Nội đã thăm nhà trường.", "Đại sứ quán Lào tại Hà Nội"),
    # a small country only the bodies read (a body_country row)
    ("Sáng nay, đại diện Tổng Lãnh sự quán Vanuatu tại TP.HCM vừa ghé thăm nhà máy.",
     "Tổng Lãnh sự quán Vanuatu tại Thành phố Hồ Chí Minh"),
])
def test_a_consulate_keeps_its_host_city(text, body):
    assert names(text) == [body]


@pytest.mark.parametrize("text, body", [
    ("Tổng Lãnh sự quán Lào đã gửi thư cảm ơn nhà trường.", "Tổng Lãnh sự quán Lào"),
    # a venue with a capitalized word after the city: no host
    ("Tổng Lãnh sự quán Lào tại TP.HCM Tower vừa khai trương.", "Tổng Lãnh sự quán Lào"),
])
def test_no_host_city_keeps_the_consulate_bare(text, body):
    assert names(text) == [body]


def test_the_level_before_a_host_city_is_data():
    from nqextract.extract.body_rules import load_rules
    from nqextract.textnorm import fold
    checks = load_rules().checks
    rx = checks.host_city_rx
    assert rx.match(" tại Thành phố Hồ Chí Minh").group(1) == "Thành phố Hồ Chí Minh"
    assert rx.match(" tại thành phố Hồ Chí Minh").group(1) == "thành phố Hồ Chí Minh"
    # a capitalized word after the city: no host city read
    assert fold(rx.match(" tại Thành phố Hồ Chí Minh Tower").group(1)) not in checks.host_cities
