"""A ministry a minister's title names without a country ("Bộ trưởng Quốc phòng X"): before several countries
("Bộ trưởng Quốc phòng các nước") it names no body; before a foreign holder's name it is the one foreign ministry of
that name the article prints with its country; before a Vietnamese holder, or where the article prints no such
foreign ministry, it stays the ministry (constructed sentences)."""

import pytest

from conftest import tagged_body_names


def test_a_minister_s_title_before_several_countries_names_no_ministry():
    assert "Bộ Tài chính" not in tagged_body_names("Hội nghị Bộ trưởng Tài chính các nước G20 họp tại Rio.")


@pytest.mark.parametrize("text, body", [
    ("Bộ Tài chính Nhật Bản ra thông báo. Bộ trưởng Tài chính Kato Katsunobu sẽ dự họp.", "Bộ Tài chính Nhật Bản"),
    ("Người phát ngôn Bộ Ngoại giao Mỹ cho biết Bộ trưởng Ngoại giao Antony Blinken sẽ thăm Lào.",
     "Bộ Ngoại giao Mỹ"),
])
def test_a_foreign_holder_s_ministry_is_the_foreign_one_printed(text, body):
    assert set(tagged_body_names(text)) == {body}


@pytest.mark.parametrize("text, bodies", [
    ("Bộ trưởng Quốc phòng Phan Văn Giang tiếp Bộ Quốc phòng Nhật Bản.", {"Bộ Quốc phòng", "Bộ Quốc phòng Nhật Bản"}),
    ("Bộ trưởng Tài chính Kato Katsunobu sẽ dự họp.", {"Bộ Tài chính"}),
])
def test_a_vietnamese_holder_or_no_printed_foreign_ministry_keeps_the_ministry(text, bodies):
    assert set(tagged_body_names(text)) == bodies
