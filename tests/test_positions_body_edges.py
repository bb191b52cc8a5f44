"""Where the body after a title ends (constructed sentences): a rank before a name is no part of the body,
and a body printed with the head the title already ends with keeps that head once."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Chiều 28/6, Bộ trưởng Công an bổ nhiệm đại tá Bùi Quang Bình giữ chức Giám đốc Công an thành phố Hải Phòng.",
     "Bùi Quang Bình", "Bộ trưởng"),
    ("Giám đốc Sở Nội vụ trao quyết định cho thượng tá Lê Văn Hùng tại buổi lễ.", "Lê Văn Hùng", "Giám đốc"),
    ("Chủ tịch UBND tỉnh tặng hoa cho trung tướng Nguyễn Văn Nam.", "Nguyễn Văn Nam", "Chủ tịch"),
])
def test_a_title_before_a_verb_and_a_rank_is_not_the_ranked_persons(pipeline, text, name, title):
    held = positions(pipeline, text).get(name, set())
    assert all(t != title for t, _b, _s in held)
    assert all(b is None or not any(w in b for w in ("đại tá", "thượng tá", "trung tướng")) for _t, b, _s in held)


def test_a_short_body_before_a_name_still_runs_to_the_name(pipeline):
    assert positions(pipeline, "Phó giám đốc Sở Kế hoạch đầu tư Nguyễn Thị Thu Hoa cho biết.") == {
        "Nguyễn Thị Thu Hoa": {("Phó Giám đốc", "Sở Kế hoạch đầu tư", "current")}}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Bà Thái Thị Hoàng - phó trưởng phòng Phòng Nghiệp vụ I, cơ quan Ủy ban Kiểm tra - giữ chức mới.",
     "Thái Thị Hoàng", ("Phó Trưởng phòng", "Phòng Nghiệp vụ I", "current")),
    ("Ông Lê Văn An - trưởng phòng Phòng Cảnh sát kinh tế Công an tỉnh Quảng Ninh - cho biết.",
     "Lê Văn An", ("Trưởng phòng", "Phòng Cảnh sát kinh tế Công an tỉnh Quảng Ninh", "current")),
    ("Ông Lê Văn An, Trưởng ban Ban Tuyên giáo Tỉnh ủy Nghệ An, cho biết.",
     "Lê Văn An", ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Nghệ An", "current")),
])
def test_a_body_printed_with_the_titles_head_keeps_it_once(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]
