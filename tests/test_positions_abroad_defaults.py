"""A foreign head of government printed bare (constructed sentences): "Thủ tướng Hun Manet" in an article
that names only Campuchia is Thủ tướng of the Chính phủ Campuchia; with several foreign countries, or none,
he keeps no body, and a Vietnamese name keeps the Vietnamese government."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Tổng Bí thư thông báo với Chủ tịch Hạ viện Malaysia kết quả hội đàm với Thủ tướng Anwar Ibrahim.",
     "Anwar Ibrahim", ("Thủ tướng", "Chính phủ Malaysia", "current")),
    ("Quốc vương Campuchia khẳng định sẽ cùng Chủ tịch Quốc hội và Thủ tướng Hun Manet củng cố quan hệ.",
     "Hun Manet", ("Thủ tướng", "Chính phủ Campuchia", "current")),
    ("Đoàn công tác đến Thái Lan. Phó Thủ tướng Phumtham Wechayachai tiếp đoàn tại Bangkok.",
     "Phumtham Wechayachai", ("Phó Thủ tướng", "Chính phủ Thái Lan", "current")),
    ("Quan hệ Việt Nam - Singapore phát triển tốt đẹp. Nguyên Thủ tướng Goh Chok Tong đã nhiều lần thăm Việt Nam.",
     "Goh Chok Tong", ("Thủ tướng", "Chính phủ Singapore", "former")),
])
def test_a_foreign_premier_printed_bare_is_of_the_articles_one_country(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name"), [
    # two foreign countries: the premier may be of either
    ("Đoàn Malaysia và đoàn Indonesia dự hội nghị. Thủ tướng Anwar Ibrahim phát biểu khai mạc.", "Anwar Ibrahim"),
    # a country many times over another is still not enough ("cựu thủ tướng Campuchia Hun Sen" in a Thai story)
    ("Người biểu tình ở Thái Lan, Thái Lan và Thái Lan phản đối cuộc gọi với Campuchia. Thủ tướng Hun Manet im lặng.",
     "Hun Manet"),
    # no foreign country at all
    ("Thủ tướng Anwar Ibrahim phát biểu tại hội nghị thượng đỉnh.", "Anwar Ibrahim"),
])
def test_a_foreign_premier_without_one_country_keeps_no_body(pipeline, text, name):
    got = positions(pipeline, text)[name]
    assert all(body is None for title, body, _status in got if title == "Thủ tướng"), got


def test_a_country_word_inside_a_name_is_no_country(pipeline):
    # "Anh" ends a Vietnamese name here: Malaysia stays the article's only foreign country
    text = ("Bà Nguyễn Thúy Anh dự buổi tiếp. Chủ tịch Hạ viện Malaysia cảm ơn Thủ tướng Anwar Ibrahim.")
    assert ("Thủ tướng", "Chính phủ Malaysia", "current") in positions(pipeline, text)["Anwar Ibrahim"]


# guard: a Vietnamese premier keeps the Vietnamese government in an article about one foreign country
def test_guard_a_vietnamese_premier_keeps_the_vietnamese_government(pipeline):
    text = "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Malaysia Anwar Ibrahim tại Malaysia."
    got = positions(pipeline, text)
    assert ("Thủ tướng", "Chính phủ", "current") in got["Phạm Minh Chính"]
    assert ("Thủ tướng", "Chính phủ Malaysia", "current") in got["Anwar Ibrahim"]


@pytest.mark.parametrize("text", [
    "Bà Lê Thị Nga dự buổi tiếp. Chủ tịch Hạ viện Malaysia cảm ơn Thủ tướng Anwar Ibrahim.",
    "Ông Trần Minh Đức cho biết Malaysia là đối tác lớn. Thủ tướng Anwar Ibrahim phát biểu.",
    "Theo bà Nga, Malaysia là đối tác lớn. Thủ tướng Anwar Ibrahim phát biểu.",
])
def test_a_given_name_spelled_as_a_country_is_no_second_country(pipeline, text):
    assert ("Thủ tướng", "Chính phủ Malaysia", "current") in positions(pipeline, text)["Anwar Ibrahim"]
