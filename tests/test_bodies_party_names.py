"""Bodies: a foreign party printed by its own name after "Đảng" ("Đảng Cộng hòa", "Đảng Dân chủ") is a body with
no country or acronym after it, named by those words alone (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Động thái này phản ánh sự phẫn nộ rộng rãi trong Đảng Cộng hòa, khi nhiều người kêu gọi trừng phạt.",
     "Đảng Cộng hòa"),
    ("Ông là đại biểu của Đảng Cộng hòa tại Hạ viện Mỹ.", "Đảng Cộng hòa"),
    ("Các nghị sĩ Đảng Dân chủ phản đối dự luật.", "Đảng Dân chủ"),
    ("Đảng Bảo thủ thắng cử.", "Đảng Bảo thủ"),
])
def test_a_party_named_by_its_own_words_is_a_body(text, body):
    assert body in body_names(text)


def test_the_party_name_stops_after_its_words():
    assert all(not n.startswith("Đảng Bảo thủ t") for n in body_names("Đảng Bảo thủ thắng cử."))


@pytest.mark.parametrize("text", [
    "Đảng và Nhà nước luôn quan tâm đến người có công.",
    "Chủ tịch nước Cộng hòa Cuba tới thăm Việt Nam.",
    "Đảng Cách mạng hiện đại giành thắng lợi.",
    "Ứng viên Đảng Dân chủ Kamala Harris thua cuộc.",  # a capitalized word after: a longer name or a person  # no party_name row: still needs a country or an acronym
])
def test_no_party_without_its_own_words(text):
    assert not any(n.startswith("Đảng") and n != "Đảng Cộng sản Việt Nam" for n in body_names(text))


def test_a_party_with_its_country_keeps_the_country():
    assert "Đảng Nhân dân Campuchia" in body_names("Ông Hun Sen, chủ tịch Đảng Nhân dân Campuchia, phát biểu.")
    assert "Đảng Cộng sản Trung Quốc" in body_names("Nghị quyết của Đảng Cộng sản Trung Quốc được công bố.")
