"""Foreign state bodies: a country printed as "Cộng hòa <Name>" after the body, and a ministry named by a
lower-case minister's title (constructed sentences)."""

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Lãnh đạo hai viện Quốc hội Cộng hòa Dominica khẳng định ủng hộ.", "Quốc hội Cộng hòa Dominica"),
    ("Chính phủ Cộng hòa Séc thông báo.", "Chính phủ Cộng hòa Séc"),
    ("Đoàn đã làm việc tại Quốc hội Cộng hòa Guatemala.", "Quốc hội Cộng hòa Guatemala"),
])
def test_a_republic_after_a_state_body_is_its_country(text, body):
    assert body_names(text) == [body]


@pytest.mark.parametrize("text", [
    "Quốc hội Cộng hòa Xã hội chủ nghĩa Việt Nam thông qua luật.",
    "Quốc hội Cộng hòa Dân chủ Nhân dân Lào họp.",
])
def test_longer_republic_names_are_not_cut_to_a_word(text):
    assert "Quốc hội Cộng hòa Xã" not in body_names(text) and "Quốc hội Cộng hòa Dân" not in body_names(text)


@pytest.mark.parametrize("text, body", [
    ("Tòa phát lệnh bắt cựu bộ trưởng Quốc phòng Israel Yoav Gallant.", "Bộ Quốc phòng Israel"),
    ("Bộ trưởng Quốc phòng Mỹ thăm Hà Nội.", "Bộ Quốc phòng Mỹ"),
    ("Ông gặp bộ trưởng Công an Lào.", "Bộ Công an Lào"),
])
def test_a_ministers_title_in_lower_case_names_the_ministry(text, body):
    assert body in body_names(text)
