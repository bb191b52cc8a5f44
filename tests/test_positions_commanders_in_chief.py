"""A commander-in-chief printed "Tổng Tư lệnh" before his name is no mere "Tư lệnh" (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name"), [
    ("Chủ tịch nước đã chỉ thị Đại tướng, Tổng Tư lệnh Trần Văn Dũng viết bản tường trình.", "Trần Văn Dũng"),
    ("Tổng tư lệnh Lê Quang Hòa đến thăm đơn vị pháo binh.", "Lê Quang Hòa"),
])
def test_commander_in_chief(pipeline, text, name):
    assert positions(pipeline, text)[name] == {("Tổng Tư lệnh", None, "current")}


def test_commander_of_a_military_region_stays_tu_lenh(pipeline):
    assert positions(pipeline, "Tư lệnh Quân khu 4 Nguyễn Văn Hải dự lễ.")["Nguyễn Văn Hải"] == {
        ("Tư lệnh", "Quân khu 4", "current")}


@pytest.mark.parametrize("text", [
    "Bộ Tổng Tư lệnh đã ra mệnh lệnh tổng tiến công.",
    "Sở chỉ huy của Bộ Tổng tư lệnh đặt tại Hà Nội trong những năm kháng chiến.",
    "Đội bóng của Câu lạc bộ Thể Công được mệnh danh là đội quân của tổng tư lệnh sân cỏ.",
    "Bão số 3 đổ bộ, Bộ Tổng tư lệnh chỉ đạo các đơn vị sẵn sàng ứng cứu.",
    "Triển lãm ảnh về vị Tổng tư lệnh khai mạc tại bảo tàng.",
])
def test_no_holder_named(pipeline, text):
    assert positions(pipeline, text) == {}


@pytest.mark.parametrize(("text", "name"), [
    ("Phó Tổng Tư lệnh Nguyễn Văn An dự lễ.", "Nguyễn Văn An"),
    ("Phó tổng tư lệnh Lê Văn Bình đến thăm đơn vị.", "Lê Văn Bình"),
])
def test_deputy_commander_in_chief(pipeline, text, name):
    assert positions(pipeline, text)[name] == {("Phó Tổng Tư lệnh", None, "current")}


def test_commander_and_deputy_side_by_side(pipeline):
    found = positions(pipeline, "Tổng Tư lệnh Trần Văn Cường và Phó Tổng Tư lệnh Đỗ Văn Dũng dự lễ.")
    assert found["Trần Văn Cường"] == {("Tổng Tư lệnh", None, "current")}
    assert found["Đỗ Văn Dũng"] == {("Phó Tổng Tư lệnh", None, "current")}
