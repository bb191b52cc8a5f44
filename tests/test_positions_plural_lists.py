"""A plural title with its body, then a list word and the holders ("các Thứ trưởng Bộ Công an như A, B") (constructed
sentences): the list word is no part of the body, and every name listed holds the office; a capitalized "Như" in
a name, or a singular title, is no list."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "office", "names"), [
    ("Tham dự có các Thứ trưởng Bộ Công an như Lê Quốc Hùng, Phạm Thế Tùng.",
     ("Thứ trưởng", "Bộ Công an", "current"), ("Lê Quốc Hùng", "Phạm Thế Tùng")),
    ("Hội nghị có sự tham gia của các Phó Giám đốc Sở Y tế tỉnh Nghệ An như Trần Văn Bình, Lê Thị Hoa.",
     ("Phó Giám đốc", "Sở Y tế tỉnh Nghệ An", "current"), ("Trần Văn Bình", "Lê Thị Hoa")),
])
def test_the_listed_holders_share_the_office(pipeline, text, office, names):
    got = positions(pipeline, text)
    for name in names:
        assert got[name] == {office}


def test_guard_a_name_with_nhu_keeps_its_body(pipeline):
    got = positions(pipeline, "Giám đốc Sở Tư pháp Võ Thị Như Hoa cho biết.")
    assert got["Võ Thị Như Hoa"] == {("Giám đốc", "Sở Tư pháp", "current")}
