"""A company's members' council chair ("chủ tịch hội đồng thành viên", "Chủ tịch HĐTV") is one title, not a
bare "Chủ tịch" of no body. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Nguyễn Văn Nam, Chủ tịch HĐTV Tập đoàn Điện lực Việt Nam, cho biết.", "Nguyễn Văn Nam",
     ("Chủ tịch Hội đồng thành viên", "Tập đoàn Điện lực Việt Nam", "current")),
    ("Ông Trần Văn Hải, Chủ tịch Hội đồng thành viên Tổng công ty Đường sắt Việt Nam, phát biểu.", "Trần Văn Hải",
     ("Chủ tịch Hội đồng thành viên", "Tổng công ty Đường sắt Việt Nam", "current")),
])
def test_a_members_council_chair(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_a_members_council_chair_is_no_bare_chair(pipeline):
    found = positions(pipeline, "Bà Mai Thị Hạnh (giám đốc kiêm chủ tịch hội đồng thành viên Công ty Xuyên Việt) "
                                "bị truy tố.")
    assert all(title != "Chủ tịch" for title, _b, _s in found["Mai Thị Hạnh"])
    assert any(title == "Chủ tịch Hội đồng thành viên" for title, _b, _s in found["Mai Thị Hạnh"])
