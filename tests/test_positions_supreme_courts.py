"""The supreme court and procuracy printed with their abbreviated heads ("TAND Tối cao", "VKSND tối cao") are those
bodies (constructed sentences), after a title and on their own; a provincial court keeps its place."""

from __future__ import annotations

import pytest

from conftest import body_names, positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Chánh án TAND Tối cao Nguyễn Văn An phát biểu.", "Nguyễn Văn An", ("Chánh án", "Tòa án nhân dân tối cao", "current")),
    ("Viện trưởng VKSND tối cao Lê Minh Bình cho biết.",
     "Lê Minh Bình", ("Viện trưởng", "Viện kiểm sát nhân dân tối cao", "current")),
])
def test_a_supreme_body_after_a_title(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


def test_a_supreme_court_on_its_own():
    assert "Tòa án nhân dân tối cao" in body_names("TAND tối cao vừa ban hành nghị quyết hướng dẫn.")


def test_guard_a_provincial_court_keeps_its_place(pipeline):
    got = positions(pipeline, "Chánh án TAND tỉnh Nghệ An Nguyễn Văn An phát biểu.")["Nguyễn Văn An"]
    assert got == {("Chánh án", "Tòa án nhân dân tỉnh Nghệ An", "current")}
