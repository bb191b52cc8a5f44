"""A name set before an appositive chain that opens with a status word (constructed sentences): "A, nguyên
Ủy viên Bộ Chính trị, ..." names A even when A's middle name is no common one, as "A, Ủy viên ..." does."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Dự có Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an; Nguyễn Khoa Điềm, nguyên Ủy viên Bộ Chính trị, "
     "nguyên Bí thư Trung ương Đảng; Nguyễn Văn Chi, nguyên Ủy viên Bộ Chính trị.",
     "Nguyễn Khoa Điềm", ("Ủy viên", "Bộ Chính trị", "former")),
    ("Tham dự có Trương Tấn Sang, nguyên Ủy viên Bộ Chính trị, nguyên Chủ tịch nước.",
     "Trương Tấn Sang", ("Ủy viên", "Bộ Chính trị", "former")),
    ("Đến dự có Phạm Khoa Nam, cựu Giám đốc Sở Y tế tỉnh Nghệ An.",
     "Phạm Khoa Nam", ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "former")),
    ("Chủ trì cuộc họp là Lê Khoa Bình, quyền Giám đốc Sở Tư pháp tỉnh Hà Tĩnh.",
     "Lê Khoa Bình", ("Giám đốc", "Sở Tư pháp tỉnh Hà Tĩnh", "acting")),
    ("Đại diện gia đình có Trần Khoa Minh (nguyên Phó Giám đốc Sở Xây dựng tỉnh Nghệ An).",
     "Trần Khoa Minh", ("Phó Giám đốc", "Sở Xây dựng tỉnh Nghệ An", "former")),
])
def test_a_name_before_a_chain_opening_with_a_status_word_is_a_person(pipeline, text, name, expected):
    assert expected in positions(pipeline, text).get(name, set())


def test_a_body_before_a_status_chain_is_no_person(pipeline):
    held = positions(pipeline, "Bộ Công an, nguyên Ủy viên Bộ Chính trị Trần Đại Quang từng lãnh đạo.")
    assert set(held) <= {"Trần Đại Quang"}
