"""A list of three or more people, each followed by a dash and his office ("ông A - thứ trưởng Bộ Y tế, bà B -
bí thư Tỉnh ủy Bến Tre, ông C - giám đốc Sở Y tế"): every office is the name's before it, never the next
honorific and name's; a title printed before a rank and a name stays that name's. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import positions

_THREE = ("Tham dự có ông Đỗ Văn Tuyên - thứ trưởng Bộ Y tế, bà Hồ Thị Yến - quyền bí thư Tỉnh ủy Bến Tre, "
          "ông Trần Ngọc Tâm - chủ tịch UBND tỉnh Bến Tre.")
_FOUR = ("Ông Nguyễn Văn An - Giám đốc Sở Tài chính, bà Trần Thị Bình - Phó Giám đốc Sở Y tế, ông Lê Văn Cường - "
         "Chủ tịch UBND huyện Ba Vì, bà Phạm Thị Dung - Bí thư Huyện ủy Ba Vì cùng dự.")


@pytest.mark.parametrize(("text", "name", "expected"), [
    (_THREE, "Đỗ Văn Tuyên", {("Thứ trưởng", "Bộ Y tế", "current")}),
    (_THREE, "Hồ Thị Yến", {("Bí thư", "Tỉnh ủy Bến Tre", "acting")}),
    (_THREE, "Trần Ngọc Tâm", {("Chủ tịch", "Ủy ban nhân dân tỉnh Bến Tre", "current")}),
    (_FOUR, "Nguyễn Văn An", {("Giám đốc", "Sở Tài chính", "current")}),
    (_FOUR, "Trần Thị Bình", {("Phó Giám đốc", "Sở Y tế", "current")}),
    (_FOUR, "Lê Văn Cường", {("Chủ tịch", "Ủy ban nhân dân huyện Ba Vì", "current")}),
    (_FOUR, "Phạm Thị Dung", {("Bí thư", "Huyện ủy Ba Vì", "current")}),
])
def test_each_office_in_a_dash_list_is_the_name_before_it(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


def test_a_title_before_a_rank_and_name_is_that_names(pipeline):
    found = positions(pipeline, "Thứ trưởng Bộ Công an, Thượng tướng Lương Tam Quang phát biểu.")
    assert ("Thứ trưởng", "Bộ Công an", "current") in found["Lương Tam Quang"]


def test_a_rank_list_keeps_each_office(pipeline):
    found = positions(pipeline, "Dự lễ có Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, Đại tướng Lương Tam "
                                "Quang, Bộ trưởng Bộ Công an, Thượng tướng Nguyễn Văn Nên, Bí thư Thành ủy TP.HCM.")
    assert found["Phan Văn Giang"] == {("Bộ trưởng", "Bộ Quốc phòng", "current")}
    assert found["Lương Tam Quang"] == {("Bộ trưởng", "Bộ Công an", "current")}
