"""A local party committee printed in lower case after a title, before its place ("Bí thư huyện ủy huyện
Tuần Giáo", "nguyên bí thư đảng ủy xã Kỳ Long") is the committee of that place; a bare "đảng ủy" or one of
no place ("đảng ủy cơ quan") names none. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tham dự có ông Đinh Văn Dũng, Bí thư huyện ủy huyện Tuần Giáo và bà con địa phương.", "Đinh Văn Dũng",
     ("Bí thư", "Huyện ủy Tuần Giáo", "current")),
    ("Các bị cáo gồm Lê Xuân Nghĩa (nguyên bí thư đảng ủy xã Kỳ Long), Lê Quang Hà (nguyên phó chủ tịch xã "
     "Kỳ Long).", "Lê Xuân Nghĩa", ("Bí thư", "Đảng ủy xã Kỳ Long", "former")),
    ("Ông Nguyễn Văn Tâm, phó bí thư tỉnh ủy Nghệ An, phát biểu.", "Nguyễn Văn Tâm",
     ("Phó Bí thư", "Tỉnh ủy Nghệ An", "current")),
    ("Ông Nguyễn Văn Tâm, bí thư thành ủy thành phố Vinh, phát biểu.", "Nguyễn Văn Tâm",
     ("Bí thư", "Thành ủy Vinh", "current")),
    ("Bà Trần Thị Hoa, phó bí thư đảng ủy phường Hàng Bạc, cho biết.", "Trần Thị Hoa",
     ("Phó Bí thư", "Đảng ủy phường Hàng Bạc", "current")),
])
def test_a_lower_case_committee_before_its_place(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Tâm, bí thư đảng ủy cơ quan, phát biểu.",
    "Ông Nguyễn Văn Tâm, bí thư đảng ủy, phát biểu.",
    "Ông Nguyễn Văn Tâm, bí thư đảng ủy xã, phát biểu.",
])
def test_a_lower_case_committee_of_no_place_names_none(pipeline, text):
    found = positions(pipeline, text)["Nguyễn Văn Tâm"]
    assert all(body is None for _t, body, _s in found)
