"""A province's department printed without its place right before a link of the same chain whose body ends
with a province ("Phó giám đốc Sở Giao thông vận tải, Phó trưởng Ban An toàn giao thông tỉnh Bắc Kạn") is that
province's department, not the one of the province the article names most. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import positions

_ELSEWHERE = "Sáng 17-11, tại TP.HCM diễn ra lễ tưởng niệm. UBND TP.HCM chủ trì. Sở Y tế TP.HCM cho biết. "


@pytest.mark.parametrize(("text", "name", "expected"), [
    (_ELSEWHERE + "Phó giám đốc Sở Giao thông vận tải, Phó trưởng Ban An toàn giao thông tỉnh Bắc Kạn Đặng "
     "Quang Hùng cho biết.", "Đặng Quang Hùng", ("Phó Giám đốc", "Sở Giao thông vận tải tỉnh Bắc Kạn", "current")),
    ("Giám đốc Sở Y tế, Phó trưởng Ban Chỉ đạo phòng chống dịch tỉnh Bắc Kạn Nguyễn Văn An cho biết.",
     "Nguyễn Văn An", ("Giám đốc", "Sở Y tế tỉnh Bắc Kạn", "current")),
    (_ELSEWHERE + "Ông Nguyễn Văn An, Giám đốc Sở Tài chính, Phó trưởng Ban Chỉ đạo tỉnh Lạng Sơn, cho biết.",
     "Nguyễn Văn An", ("Giám đốc", "Sở Tài chính tỉnh Lạng Sơn", "current")),
    ("Ông Nguyễn Văn An, Giám đốc Sở Y tế, Phó Chủ tịch UBND tỉnh Bắc Kạn, cho biết.", "Nguyễn Văn An",
     ("Giám đốc", "Sở Y tế tỉnh Bắc Kạn", "current")),
    ("Ông Nguyễn Văn An, Phó giám đốc Sở Tư pháp, Phó trưởng Ban Pháp chế HĐND TP Hà Nội, cho biết.",
     "Nguyễn Văn An", ("Phó Giám đốc", "Sở Tư pháp thành phố Hà Nội", "current")),
])
def test_a_bare_department_takes_the_province_of_the_next_link(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "expected"), [
    # printed with its own province: kept
    ("Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Cao Bằng, Phó trưởng Ban Chỉ đạo tỉnh Bắc Kạn, cho biết.",
     "Nguyễn Văn An", ("Giám đốc", "Sở Y tế tỉnh Cao Bằng", "current")),
    # a next link of a district is no province
    ("Ông Nguyễn Văn An, Phó giám đốc Sở Xây dựng, Trưởng phòng Quản lý đô thị thành phố Vinh, cho biết.",
     "Nguyễn Văn An", ("Phó Giám đốc", "Sở Xây dựng", "current")),
])
def test_a_department_keeps_its_own_place(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_a_department_after_another_sentence_takes_no_place_from_it(pipeline):
    found = positions(pipeline, "Ông Nguyễn Văn An là Giám đốc Sở Y tế. Ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh "
                                "Bắc Kạn, cho biết.")
    assert all("Bắc Kạn" not in (body or "") for _t, body, _s in found.get("Nguyễn Văn An", set()))
