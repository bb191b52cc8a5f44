"""An office printed after "thay mặt (cho)" (on behalf of; constructed sentences) is the principal's, as after
"thừa ủy quyền": "thay mặt Thủ tướng Chính phủ, Phó Thủ tướng A ký quyết định" makes A no Prime Minister."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ngày 15-11, thay mặt Thủ tướng Chính phủ, Phó thủ tướng Lê Thành Long đã ký quyết định.",
     "Lê Thành Long", {("Phó Thủ tướng", "Chính phủ", "current")}),
    ("Thay mặt Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng trao quyết định.",
     "Nguyễn Văn Hùng", {("Phó Chủ tịch", "UBND tỉnh", "current")}),
    ("Thay mặt cho Bộ trưởng Bộ Y tế, Thứ trưởng Bộ Y tế Trần Văn Thuấn phát biểu.",
     "Trần Văn Thuấn", {("Thứ trưởng", "Bộ Y tế", "current")}),
    ("Thay mặt Bộ trưởng, Thứ trưởng Bộ Tài chính Lê Tấn Cận trao bằng khen.",
     "Lê Tấn Cận", {("Thứ trưởng", "Bộ Tài chính", "current")}),
])
def test_the_office_after_thay_mat_is_the_principals(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


# guards: "thay mặt" before a body or a group, and a chain without the cue, keep the holder's offices
@pytest.mark.parametrize(("text", "name", "office"), [
    ("Thay mặt Chính phủ, Thủ tướng Phạm Minh Chính biểu dương nỗ lực của các bộ.",
     "Phạm Minh Chính", ("Thủ tướng", "Chính phủ", "current")),
    ("Thay mặt đoàn, Chủ tịch Hội đồng nhân dân tỉnh Nguyễn Văn Bình phát biểu.",
     "Nguyễn Văn Bình", ("Chủ tịch", "Hội đồng nhân dân tỉnh", "current")),
    ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ Phạm Minh Chính phát biểu.",
     "Phạm Minh Chính", ("Ủy viên", "Bộ Chính trị", "current")),
])
def test_guard_thay_mat_before_a_body_keeps_the_holders_offices(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]
