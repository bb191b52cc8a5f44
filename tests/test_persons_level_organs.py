"""Persons: a local title printed in lower case right before a level word and its place, no organ between: a
party secretary's is of the place's party committee (title_level_organs.tsv: "cựu bí thư tỉnh X" -> Tỉnh ủy X,
"nguyên bí thư xã Y" -> Đảng ủy xã Y), a chairman's of the people's committee (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize("text, name, position", [
    ("Ông Lý Minh Đạt (cựu bí thư tỉnh Phú Thọ) xin giảm nhẹ hình phạt.",
     "Lý Minh Đạt", ("Bí thư", "Tỉnh ủy Phú Thọ", "former")),
    ("Ông Lý Minh Đạt, nguyên bí thư xã Hòa An, bị khởi tố vì sai phạm đất đai.",
     "Lý Minh Đạt", ("Bí thư", "Đảng ủy xã Hòa An", "former")),
    ("Bà Hà Thị Cúc, phó bí thư huyện Mèo Vạc, dự buổi lễ.",
     "Hà Thị Cúc", ("Phó Bí thư", "Huyện ủy Mèo Vạc", "current")),
    ("Ông Đỗ Văn Lâm, bí thư thị xã Sơn Tây, trao quà cho các hộ nghèo.",
     "Đỗ Văn Lâm", ("Bí thư", "Thị ủy Sơn Tây", "current")),
    ("Ông Đỗ Văn Lâm, bí thư thành phố Vinh, trao quà cho các hộ nghèo.",
     "Đỗ Văn Lâm", ("Bí thư", "Thành ủy Vinh", "current")),
    # a chairman's title: the people's committee (titles.tsv head_before_place), kept
    ("Ông Trần Văn Khang, cựu chủ tịch phường Tân Lập, bị tuyên 5 năm tù.",
     "Trần Văn Khang", ("Chủ tịch", "Ủy ban nhân dân phường Tân Lập", "former")),
    ("Ông Lý Minh Đạt - chủ tịch xã Tân Mỹ - cho biết xã đã di dời 30 hộ.",
     "Lý Minh Đạt", ("Chủ tịch", "Ủy ban nhân dân xã Tân Mỹ", "current")),
    ("Ông Lý Minh Đạt, chủ tịch tỉnh Phú Thọ, chỉ đạo khắc phục hậu quả.",
     "Lý Minh Đạt", ("Chủ tịch", "Ủy ban nhân dân tỉnh Phú Thọ", "current")),
    # the organ printed already: read as printed, no second one
    ("Ông Đỗ Văn Lâm, bí thư Tỉnh ủy Phú Thọ, trao quà cho các hộ nghèo.",
     "Đỗ Văn Lâm", ("Bí thư", "Tỉnh ủy Phú Thọ", "current")),
    ("Ông Đỗ Văn Lâm, bí thư huyện ủy huyện Mèo Vạc, trao quà cho các hộ nghèo.",
     "Đỗ Văn Lâm", ("Bí thư", "Huyện ủy Mèo Vạc", "current")),
])
def test_a_lower_case_local_title_names_its_places_organ(pipeline, text, name, position):
    assert position in positions(pipeline, text)[name]


@pytest.mark.parametrize("text", [
    # no person holds it
    "Chủ tịch xã hôm qua tiếp các hộ dân về việc cấp sổ đỏ.",
    "Bí thư xã đã chủ trì cuộc họp với người dân.",
    # a work's title in quotes
    'Bộ phim "Chủ tịch phường Tân Lập" ra mắt khán giả tối qua.',
    'Bộ phim "Bí thư tỉnh Phú Thọ" ra mắt khán giả tối qua.',
])
def test_no_holder_no_position(pipeline, text):
    assert not any(positions(pipeline, text).values())


@pytest.mark.parametrize("text, name", [
    ("Anh Đỗ Văn Lâm, bí thư đoàn xã Tân Mỹ, tổ chức ngày hội.", "Đỗ Văn Lâm"),  # the youth union's, no party's
    ("Ông Đỗ Văn Lâm, bí thư chi bộ thôn Đồng Tâm, phát biểu.", "Đỗ Văn Lâm"),  # a village cell, no level
    ("Ông Lý Minh Đạt, chủ tịch công ty Hoàng Long, cho biết doanh thu tăng.", "Lý Minh Đạt"),  # a firm's
])
def test_another_units_title_names_no_local_organ(pipeline, text, name):
    bodies = {body for _t, body, _s in positions(pipeline, text).get(name, set())}
    assert not any(b and b.startswith(("Đảng ủy", "Ủy ban nhân dân", "Tỉnh ủy", "Huyện ủy")) for b in bodies)


@pytest.mark.parametrize("text, name, position", [
    # the place is its capitalized words: the lower-case words after it are the sentence's
    ("Ông Vũ Quang Hải, bí thư tỉnh Điện Biên từ năm 2010 đến năm 2015, được khen thưởng.",
     "Vũ Quang Hải", ("Bí thư", "Tỉnh ủy Điện Biên", "current")),
    ("Ông Vũ Quang Hải, nguyên bí thư huyện Mèo Vạc nhiệm kỳ 2010-2015, được khen thưởng.",
     "Vũ Quang Hải", ("Bí thư", "Huyện ủy Mèo Vạc", "former")),
    ("Bà Hà Thị Cúc, phó bí thư tỉnh Phú Thọ giai đoạn 2010-2015, nhận huy hiệu.",
     "Hà Thị Cúc", ("Phó Bí thư", "Tỉnh ủy Phú Thọ", "current")),
    ("Ông Vũ Quang Hải, cựu bí thư tỉnh Vĩnh Phúc trước khi hợp nhất, được khen thưởng.",
     "Vũ Quang Hải", ("Bí thư", "Tỉnh ủy Vĩnh Phúc", "former")),
    ("Ông Vũ Quang Hải, chủ tịch tỉnh Điện Biên từ năm 2010 đến năm 2015, được khen thưởng.",
     "Vũ Quang Hải", ("Chủ tịch", "Ủy ban nhân dân tỉnh Điện Biên", "current")),
    ("Ông Vũ Quang Hải, cựu chủ tịch huyện Mèo Vạc nhiệm kỳ 2010-2015, được khen thưởng.",
     "Vũ Quang Hải", ("Chủ tịch", "Ủy ban nhân dân huyện Mèo Vạc", "former")),
])
def test_the_place_ends_with_its_capitalized_words(pipeline, text, name, position):
    found = positions(pipeline, text)[name]
    assert position in found
    assert not any(b and b != position[1] and b.startswith(position[1]) for _t, b, _s in found)


@pytest.mark.parametrize("text, name, title", [
    ("Bà Hà Thị Cúc, phó bí thư tỉnh Phú Thọ kiêm trưởng ban dân vận, dự buổi lễ.", "Hà Thị Cúc", "Trưởng ban"),
    ("Ông Vũ Quang Hải, bí thư huyện Mèo Vạc kiêm chủ tịch hội đồng, dự buổi lễ.", "Vũ Quang Hải", "Chủ tịch"),
])
def test_a_title_after_kiem_takes_no_named_organ(pipeline, text, name, title):
    found = positions(pipeline, text)[name]
    assert any(t in ("Phó Bí thư", "Bí thư") and b and b.endswith(("Phú Thọ", "Mèo Vạc")) for t, b, _s in found)
    assert not any(t == title and b and b.startswith(("Tỉnh ủy", "Huyện ủy")) for t, b, _s in found)


@pytest.mark.parametrize("text, name", [
    # a family name among the place's capitalized words, a name may follow: no committee read
    ("Ông Vũ Quang Hải, bí thư huyện Bảo Lâm Hoàng Văn Tám cùng dự buổi lễ.", "Vũ Quang Hải"),
    ("Ông Vũ Quang Hải, bí thư xã Tân Phú Nguyễn Thị Hoa cùng dự buổi lễ.", "Vũ Quang Hải"),
])
def test_no_organ_when_a_name_may_follow_the_place(pipeline, text, name):
    bodies = {b for _t, b, _s in positions(pipeline, text).get(name, set())}
    assert not any(b and b.startswith(("Huyện ủy", "Đảng ủy xã")) for b in bodies)
