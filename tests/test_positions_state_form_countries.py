"""A foreign office whose country is printed with its state form between the title and the name (constructed
sentences): "Tổng thống Cộng hòa Bulgaria X" holds "Cộng hòa Bulgaria" as printed, "Thủ tướng Cộng hòa Singapore
X" the government of it; the country printed bare, or no country, stay as they were."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ngày 26-11, Tổng thống Cộng hòa Bulgaria Rumen Radev thăm Hải Phòng.",
     "Rumen Radev", ("Tổng thống", "Cộng hòa Bulgaria", "current")),
    ("Tổng thống Cộng hòa Pháp Emmanuel Macron phát biểu tại lễ đón.",
     "Emmanuel Macron", ("Tổng thống", "Cộng hòa Pháp", "current")),
    ("Tổng thống Liên bang Nga Vladimir Putin gửi điện mừng.",
     "Vladimir Putin", ("Tổng thống", "Liên bang Nga", "current")),
    ("Quốc vương Vương quốc Campuchia Norodom Sihamoni tiếp đoàn.",
     "Norodom Sihamoni", ("Quốc vương", "Vương quốc Campuchia", "current")),
    ("Thủ tướng Cộng hòa Singapore Lawrence Wong thăm Việt Nam.",
     "Lawrence Wong", ("Thủ tướng", "Chính phủ Cộng hòa Singapore", "current")),
    ("Thủ tướng nước Cộng hòa Cuba Manuel Marrero Cruz hội đàm với lãnh đạo Việt Nam.",
     "Manuel Marrero Cruz", ("Thủ tướng", "Chính phủ nước Cộng hòa Cuba", "current")),
])
def test_a_state_form_and_country_before_the_name_is_the_office_s_state(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


# guards: the country printed without its state form, and a title with no country, keep what they had
@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tổng thống Bulgaria Rumen Radev thăm Hải Phòng.", "Rumen Radev", ("Tổng thống", "Bulgaria", "current")),
    ("Thủ tướng Singapore Lawrence Wong thăm Việt Nam.",
     "Lawrence Wong", ("Thủ tướng", "Chính phủ Singapore", "current")),
    ("Tổng thống Rumen Radev thăm Hải Phòng và Cộng hòa Bulgaria ủng hộ.",
     "Rumen Radev", ("Tổng thống", None, "current")),
])
def test_guard_a_country_without_state_form_or_none(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}
