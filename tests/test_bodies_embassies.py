"""Bodies: a country's embassy names its host ("Đại sứ quán Cuba tại Việt Nam"), printed by its head or by its
envoy's title ("Đại sứ Bulgaria tại Việt Nam Pavlin Todorov"; constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Đại sứ quán Cuba tại Việt Nam tổ chức lễ kỷ niệm.", "Đại sứ quán Cuba tại Việt Nam"),
    ("Đại sứ quán Nhật Bản tại Việt Nam phối hợp tổ chức.", "Đại sứ quán Nhật Bản tại Việt Nam"),
    ("Đại sứ quán Trung Quốc tại Cộng hòa Dominica gửi lẵng hoa.", "Đại sứ quán Trung Quốc tại Cộng hòa Dominica"),
    ("Đại sứ quán Việt Nam tại Nhật Bản khuyến cáo công dân.", "Đại sứ quán Việt Nam tại Nhật Bản"),
])
def test_an_embassy_names_its_host(text, body):
    assert body in names(text)


@pytest.mark.parametrize("text, body", [
    ("Theo Đại sứ Bulgaria tại Việt Nam Pavlin Todorov, chuyến thăm rất thành công.", "Đại sứ quán Bulgaria tại Việt Nam"),
    ("Đại sứ Việt Nam tại Malaysia Đinh Ngọc Linh cho biết.", "Đại sứ quán Việt Nam tại Malaysia"),
])
def test_an_envoys_title_names_the_embassy(text, body):
    assert body in names(text)


@pytest.mark.parametrize("text, body", [
    ("Đại sứ quán Cuba tổ chức lễ kỷ niệm tại Hà Nội.", "Đại sứ quán Cuba"),
    # a city where the article names the mission with its host country (a lone city: test_bodies_mission_host_cities):
    # the mission so read bare is the one named with its host (test_bodies_mission_repeats)
    ("Đại sứ quán Mỹ tại Việt Nam ra thông báo. Đại sứ quán Mỹ tại Hà Nội cho biết sẽ cấp thị thực.",
     "Đại sứ quán Mỹ tại Việt Nam"),
    ("Đại sứ quán Cuba tại buổi lễ đã gửi lời cảm ơn.", "Đại sứ quán Cuba"),
])
def test_a_city_or_a_place_after_the_clause_is_no_host(text, body):
    assert body in names(text)


def test_envoys_of_no_country_name_no_embassy():
    assert names("Các đại sứ Việt Nam tại nhiều nước đã dự hội nghị.") == []
