"""A bare local body ("UBND tỉnh", "Thành ủy") takes its place from the article, never from a province's
name printed as the tail of a longer proper name ("phường Hiệp Bình Phước", "Báo Hà Nội Mới"). Constructed
sentences."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "wrong"), [
    ("Tuyến đường sắt có điểm cuối thuộc phường Hiệp Bình Phước, TP Thủ Đức. Ông Bùi Văn Trí – Phó Chủ tịch UBND "
     "tỉnh phát biểu tại cuộc họp.", "Bùi Văn Trí", "Bình Phước"),
    ("Đoàn công tác đến thăm xã Tân Bình Dương. Ông Lê Văn Nam, Chủ tịch UBND tỉnh, cho biết sẽ hỗ trợ.",
     "Lê Văn Nam", "Bình Dương"),
    ("Theo Báo Hà Nội Mới, ông Trần Văn Hòa, Bí thư Thành ủy, đã đến dự.", "Trần Văn Hòa", "Hà Nội"),
])
def test_a_province_inside_a_longer_name_gives_no_place(pipeline, text, name, wrong):
    got = positions(pipeline, text)[name]
    assert got and not any(b and wrong in b for _t, b, _s in got)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tỉnh Bình Dương khởi công tuyến đường sắt tới phường Hiệp Bình Phước. Ông Bùi Văn Trí – Phó Chủ tịch UBND "
     "tỉnh phát biểu tại cuộc họp.", "Bùi Văn Trí", ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bình Dương", "current")),
    ("Ông Lê Văn An, Bí thư Thành ủy, cho biết Thành Phố Hà Nội sẽ triển khai ngay.", "Lê Văn An",
     ("Bí thư", "Thành ủy Hà Nội", "current")),
    ("UBND TP Hà Nội vừa họp. Ông Lê Văn An, Bí thư Thành ủy, cho biết sẽ triển khai ngay.", "Lê Văn An",
     ("Bí thư", "Thành ủy Hà Nội", "current")),
])
def test_a_province_after_a_level_word_or_abbreviation_still_places_the_body(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]
