"""The offices of the Youth Union's central committee printed "Trung ương Đoàn ..." (constructed sentences) are of
its Ban Chấp hành, as "Ủy viên Trung ương Đảng" is of the Party's; other bodies named "Đoàn" keep their names."""

from __future__ import annotations

import pytest

from conftest import positions

_CENTRE = "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Đồng chí Bùi Quang Huy, Bí thư thứ nhất Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh, phát biểu.",
     "Bùi Quang Huy", "Bí thư Thứ nhất"),
    ("Bí thư Trung ương Đoàn Nguyễn Minh Triết phát biểu.", "Nguyễn Minh Triết", "Bí thư"),
    ("Phó Bí thư Trung ương Đoàn TNCS Hồ Chí Minh Nguyễn Tường Lâm cho biết.", "Nguyễn Tường Lâm", "Phó Bí thư"),
])
def test_the_youth_unions_centre_is_its_executive_committee(pipeline, text, name, title):
    assert positions(pipeline, text)[name] == {(title, _CENTRE, "current")}


def test_guard_a_provincial_youth_union_keeps_its_name(pipeline):
    got = positions(pipeline, "Bí thư Tỉnh đoàn Nghệ An Nguyễn Văn An cho biết.")["Nguyễn Văn An"]
    assert all(b != _CENTRE for _t, b, _s in got)
