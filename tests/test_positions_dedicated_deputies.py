"""A deputy's office qualified by its charge ("phó chủ tịch chuyên trách", "phó ban chuyên trách", "phó đội trưởng
chuyên môn"; titles.tsv) is that title whole, as printed, not the bare deputy's. Constructed texts."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Lê Hoàng Nam - Phó Chủ tịch Chuyên trách Ủy ban An toàn giao thông Quốc gia - cho biết số vụ tai nạn "
     "giảm.", "Lê Hoàng Nam", ("Phó Chủ tịch chuyên trách", "Ủy ban An toàn giao thông quốc gia")),
    ("Ông Trịnh Văn Lực - phó ban chuyên trách Ban An toàn giao thông tỉnh Nghệ An - cho biết tỉ lệ đội mũ bảo "
     "hiểm tăng.", "Trịnh Văn Lực", ("Phó Trưởng ban chuyên trách", "Ban An toàn giao thông tỉnh Nghệ An")),
    ("Bà Vũ Thu Hà, Phó Trưởng ban chuyên trách Ban Chỉ đạo phòng chống thiên tai tỉnh Quảng Trị, kiểm tra đê.",
     "Vũ Thu Hà", ("Phó Trưởng ban chuyên trách", "Ban Chỉ đạo phòng chống thiên tai tỉnh Quảng Trị")),
])
def test_a_dedicated_deputy_with_the_body(pipeline, text, name, expected):
    assert (*expected, "current") in positions(pipeline, text)[name]


def test_a_deputy_in_charge_of_a_field(pipeline):
    found = positions(pipeline, "Trung tá Đỗ Minh Khang, phó đội trưởng chuyên môn, Đội Công binh số 5, cho biết "
                                "đây là đợt kiểm tra định kỳ.")
    assert {p[0] for p in found["Đỗ Minh Khang"]} == {"Phó Đội trưởng chuyên môn"}


@pytest.mark.parametrize("text", [
    "Ông Hồ Văn Lợi, phó chủ tịch chuyên trách mảng bán lẻ của tập đoàn, cho biết doanh thu quý ba tăng mạnh.",
    "Câu lạc bộ bổ nhiệm ông Lý Quốc Bảo làm phó ban chuyên trách công tác huấn luyện trẻ trước mùa giải mới.",
    "Ông Đặng Văn Tú cho biết phó đội trưởng chuyên môn sẽ nhận nhiệm vụ tại hiện trường vụ cháy.",
    "Sau trận bão, bà Mai Thị Lan, phó ban chuyên trách của ban quản lý chợ, kiểm tra các sạp hàng.",
    "Các phó chủ tịch chuyên trách Hội Nông dân được giao theo dõi giá lúa, ông Lê Văn Thành cho biết.",
])
def test_a_dedicated_deputy_without_a_body_is_no_office(pipeline, text):
    found = positions(pipeline, text)
    assert not any("chuyên trách" in p[0] or "chuyên môn" in p[0] for ps in found.values() for p in ps if p[1])
