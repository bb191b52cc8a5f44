"""A status word that ends a compound is no status: "chính quyền Tổng thống X" is the administration of President
X, not an acting President; "Trong khi đó" (meanwhile) holds the past cue "khi đó" but is none, so the office
after it is current (constructed sentences). "Quyền Bộ trưởng", "Khi đó" keep their status."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Đến ngày 17-11, chính quyền Tổng thống Joe Biden mới đồng ý cho Ukraine dùng tên lửa.", "Joe Biden",
     ("Tổng thống", None, "current")),
    ("Chính quyền Tổng thống Emmanuel Macron đã ban hành lệnh mới.", "Emmanuel Macron",
     ("Tổng thống", None, "current")),
    ("Trong khi đó, Giám đốc Sở Y tế tỉnh Nghệ An Nguyễn Văn An cho biết đã chỉ đạo kiểm tra.", "Nguyễn Văn An",
     ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "current")),
    ("Trong lúc đó, Chủ tịch UBND tỉnh Nghệ An Nguyễn Văn Đệ đã chỉ đạo kiểm tra.", "Nguyễn Văn Đệ",
     ("Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")),
])
def test_no_status_from_a_compound_or_meanwhile(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Quyền Bộ trưởng Bộ Tài chính Nguyễn Văn An cho biết.", "Nguyễn Văn An", ("Bộ trưởng", "Bộ Tài chính", "acting")),
    ("Ông đề nghị quyền Giám đốc Sở Y tế Trần Văn Bình xem xét.", "Trần Văn Bình",
     ("Giám đốc", "Sở Y tế", "acting")),
    ("Khi đó, Giám đốc Sở Y tế tỉnh Nghệ An Nguyễn Văn An đã chỉ đạo kiểm tra.", "Nguyễn Văn An",
     ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "former")),
])
def test_a_status_word_of_its_own_keeps_its_status(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]
