"""A foreign name printed once in full with no honorific, whose family name an honorific introduces
elsewhere ("... là Pavel Korwin." then "ông Korwin"): the full name is the person's, also with a place
printed before it ("Quốc hội Liên bang Nga Irina Voskova", "người Mỹ Dale Fenwick") and with no appositive
after it; a word printed after the short form ("khách sạn Korwin Plaza") needs an appositive, and two
different full names leave the short one alone. Constructed sentences, invented names."""

from __future__ import annotations

import pytest

from conftest import person_names


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Ứng viên bị rút tên trước đó là Pavel Korwin. Sau khi bị chỉ trích, ông Korwin cho biết sẽ rời chính trường.",
     "Pavel Korwin", "Korwin"),
    ("Chủ tịch Thượng viện, Quốc hội Liên bang Nga Irina Voskova tuyên bố sẽ đáp trả. Bà Voskova nói thêm rằng "
     "Moscow đã sẵn sàng.", "Irina Voskova", "Voskova"),
    ("Nhà kinh tế học người Mỹ Dale Fenwick cho biết lạm phát sẽ giảm. Theo ông Fenwick, lãi suất cũng sẽ hạ.",
     "Dale Fenwick", "Fenwick"),
    ("Chuyên gia an ninh Đan Mạch Soren Hallgaard nhận định tình hình phức tạp. Ông Hallgaard đề nghị thận trọng.",
     "Soren Hallgaard", "Hallgaard"),
])
def test_the_full_foreign_name_replaces_the_short_one(pipeline, text, full, short):
    names = person_names(pipeline, text)
    assert full in names and short not in names


@pytest.mark.parametrize(("text", "wrong"), [
    # a word after the short form, no appositive: a brand, not a given name
    ("Ông Korwin phát biểu tại hội nghị. Khách sạn Korwin Plaza sẽ mở cửa vào năm tới.", "Korwin Plaza"),
    # two full names share the family name: the short one is neither
    ("Ông Korwin phát biểu. Trước đó là Pavel Korwin và sau đó là Anna Korwin.", "Pavel Korwin"),
    # a Vietnamese-looking word before the short name is no given name
    ("Ông Korwin phát biểu. Nhóm Bình Minh Korwin biểu diễn.", "Minh Korwin"),
])
def test_near_misses_stay_short(pipeline, text, wrong):
    assert wrong not in person_names(pipeline, text)
