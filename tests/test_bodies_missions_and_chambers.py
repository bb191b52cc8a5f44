"""Bodies: Vietnam's embassy named by its ambassador's title ("Đại sứ Việt Nam tại Malaysia"), and a
foreign parliament's chamber printed with its country ("Thượng viện Campuchia") (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text, body", [
    ("Cùng đón có Đại sứ Việt Nam tại Campuchia Nguyễn Huy Tăng.", "Đại sứ quán Việt Nam tại Campuchia"),
    ("Ông A, Đại sứ Việt Nam tại Malaysia, cho biết.", "Đại sứ quán Việt Nam tại Malaysia"),
    ("Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiệu dự lễ.", "Đại sứ quán Việt Nam tại Nhật Bản"),
])
def test_an_ambassador_of_vietnam_names_the_embassy(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Bà A, Đại sứ Vương quốc Thái Lan tại Việt Nam, trao đổi.",  # a foreign envoy: the gold names no mission
    "Ông B từng là đại sứ tại nhiều nước.",
])
def test_other_envoys_name_no_embassy(text):
    assert not any(n.startswith("Đại sứ quán") for n in extracted_body_names(text))


@pytest.mark.parametrize("text, body", [
    ("Chủ tịch Thượng viện Campuchia Hun Sen phát biểu trực tuyến.", "Thượng viện Campuchia"),
    ("Hạ viện Mỹ đã thông qua dự luật.", "Hạ viện Mỹ"),
    ("Thượng viện Cộng hòa Dominica ủng hộ đàm phán.", "Thượng viện Cộng hòa Dominica"),
])
def test_a_chamber_with_its_country_is_a_body(text, body):
    assert body in extracted_body_names(text)


@pytest.mark.parametrize("text", [
    "Chủ tịch Hạ viện Alfredo Pacheco tiếp đoàn.",  # no country printed
    "Thượng viện đã họp phiên bất thường.",
])
def test_a_chamber_without_its_country_names_nothing(text):
    assert not any(n.startswith(("Thượng viện", "Hạ viện")) for n in extracted_body_names(text))
