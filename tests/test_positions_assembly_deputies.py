"""A National Assembly deputy printed "đại biểu Quốc hội" (constructed sentences) holds the title "Đại biểu Quốc
hội": with his delegation where it is printed after the name, with no body where none is ("Quốc hội" is not the
body of a deputy's seat); a deputy of a people's council keeps the council as body."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Đại biểu Quốc hội Nguyễn Văn An cho biết dự luật cần sửa.",
     "Nguyễn Văn An", ("Đại biểu Quốc hội", None, "current")),
    ("Bà Nguyễn Thị Mai Hoa, đại biểu Quốc hội, cho biết như vậy.",
     "Nguyễn Thị Mai Hoa", ("Đại biểu Quốc hội", None, "current")),
    ("Ông Nguyễn Văn Bình, đại biểu Quốc hội khóa XV, cho biết.",
     "Nguyễn Văn Bình", ("Đại biểu Quốc hội", None, "current")),
    ("Đồng chí Trần Văn Cường, nguyên Ủy viên Bộ Chính trị, nguyên Đại biểu Quốc hội khóa VII, VIII, đã từ trần.",
     "Trần Văn Cường", ("Đại biểu Quốc hội", None, "former")),
])
def test_a_deputy_without_a_delegation_holds_the_deputys_title(pipeline, text, name, office):
    got = positions(pipeline, text)[name]
    assert office in got
    assert ("Đại biểu", "Quốc hội", office[2]) not in got


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Đại biểu Quốc hội Nguyễn Văn An (Đoàn ĐBQH tỉnh Quảng Ngãi) cho biết.",
     "Nguyễn Văn An", ("Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi", "current")),
    ("Đại biểu Quốc hội Nguyễn Văn An - Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi cho biết.",
     "Nguyễn Văn An", ("Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi", "current")),
])
def test_a_deputy_with_his_delegation_after_the_name_is_its_member(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


# guards: the delegation's own offices and a people's council deputy keep what they had
@pytest.mark.parametrize(("text", "name", "office"), [
    ("Trưởng Đoàn đại biểu Quốc hội tỉnh Đồng Nai Quản Minh Cường cho biết.",
     "Quản Minh Cường", ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Đồng Nai", "current")),
    ("Đại biểu Nguyễn Văn Dũng - Đoàn đại biểu Quốc hội tỉnh Vĩnh Long bày tỏ.",
     "Nguyễn Văn Dũng", ("Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Vĩnh Long", "current")),
    ("Đại biểu Hội đồng nhân dân tỉnh Nguyễn Văn Giang cho biết.",
     "Nguyễn Văn Giang", ("Đại biểu", "Hội đồng nhân dân tỉnh", "current")),
])
def test_guard_delegation_offices_and_council_deputies(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}
