"""A body read after a title ends before a reporting verb printed in lower case ("Chủ tịch HĐQT Công ty Cổ phần X
đánh giá:", "Giám đốc Công ty Y bày tỏ") (constructed sentences); the same syllable capitalized inside a body's
name stays in it ("Trung tâm Đánh giá Năng lực")."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Là doanh nghiệp, ông Phạm Văn Dũng, Chủ tịch HĐQT Công ty Cổ phần Cát Tường đánh giá: nghị quyết rất tốt.",
     "Phạm Văn Dũng", ("Chủ tịch Hội đồng quản trị", "Công ty Cổ phần Cát Tường", "current")),
    ("Ông Lê Văn Hùng, Giám đốc Công ty Cổ phần Minh Long bày tỏ: rất vui.",
     "Lê Văn Hùng", ("Giám đốc", "Công ty Cổ phần Minh Long", "current")),
    ("Ông Trần Văn Nam, Tổng Giám đốc Tập đoàn Hưng Thịnh đánh giá cao chính sách mới.",
     "Trần Văn Nam", ("Tổng Giám đốc", "Tập đoàn Hưng Thịnh", "current")),
])
def test_a_lower_case_reporting_verb_ends_the_body(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Nguyễn Văn An, Giám đốc Trung tâm Đánh giá Năng lực, cho biết.",
     "Nguyễn Văn An", ("Giám đốc", "Trung tâm Đánh giá Năng lực", "current")),
])
def test_guard_a_capitalized_syllable_stays_in_the_name(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}
