"""Bodies: a police unit named at length stops its field at a joining word, a title, a time word, a quantity word
or a group noun, wherever it stands, and reaches its local force after a comma only as a police unit
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, unit, force", [
    ("Phòng Cảnh sát hình sự cùng Công an huyện Tân Lộc triệt phá đường dây.",
     "Phòng Cảnh sát hình sự", "Công an huyện Tân Lộc"),
    ("Phòng An ninh mạng cùng Công an tỉnh Bình Lâm vừa phát hiện vụ việc.", "Phòng An ninh mạng",
     "Công an tỉnh Bình Lâm"),
    ("Phòng Quản lý xuất nhập cảnh cùng Bộ Công an đã làm việc.", "Phòng Quản lý xuất nhập cảnh", "Bộ Công an"),
    ("Phòng Cảnh sát kinh tế phối hợp với Công an huyện Tân Lộc kiểm tra.", "Phòng Cảnh sát kinh tế",
     "Công an huyện Tân Lộc"),
    ("Trưởng Phòng Cảnh sát kinh tế cùng Giám đốc Công an tỉnh Hòa Lâm dự họp.", "Phòng Cảnh sát kinh tế",
     "Công an tỉnh Hòa Lâm"),
    ("Phòng Cảnh sát giao thông cùng lực lượng Công an huyện Tân Lộc ra quân.", "Phòng Cảnh sát giao thông",
     "Công an huyện Tân Lộc"),
    ("Phòng Cảnh sát hình sự cùng cán bộ Công an phường Hòa Lâm đã có mặt.", "Phòng Cảnh sát hình sự",
     "Công an phường Hòa Lâm"),
    ("Phòng Cảnh sát kinh tế hôm qua Công an tỉnh Bình Lâm cho biết.", "Phòng Cảnh sát kinh tế",
     "Công an tỉnh Bình Lâm"),
    ("Phòng Cảnh sát kinh tế tối qua Công an tỉnh Bình Lâm cho biết.", "Phòng Cảnh sát kinh tế",
     "Công an tỉnh Bình Lâm"),
    ("Phòng Cảnh sát kinh tế nhiều năm Công an tỉnh Hòa Lâm theo dõi.", "Phòng Cảnh sát kinh tế",
     "Công an tỉnh Hòa Lâm"),
])
def test_the_field_stops_before_a_joining_title_time_or_group_word(text, unit, force):
    names = tagged_body_names(text)
    assert force in names
    assert not any(n.startswith(unit) and n != unit and force in n for n in names)


def test_a_field_not_a_police_units_reaches_no_force_after_a_comma():
    names = tagged_body_names("Phòng Thanh tra, Công an tỉnh Bình Lâm tiếp nhận đơn thư.")
    assert "Phòng Thanh tra Công an tỉnh Bình Lâm" not in names
    assert "Công an tỉnh Bình Lâm" in names


@pytest.mark.parametrize("text, body", [
    ("Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Bình Lâm đã bắt giữ.",
     "Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Bình Lâm"),
    ("Phòng Quản lý xuất nhập cảnh, Công an tỉnh Hòa Lâm cho biết.",
     "Phòng Quản lý xuất nhập cảnh Công an tỉnh Hòa Lâm"),
    ("Phòng Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ Công an tỉnh Bình Lâm ra quân.",
     "Phòng Cảnh sát phòng cháy chữa cháy và cứu nạn cứu hộ Công an tỉnh Bình Lâm"),
])
def test_a_whole_field_still_reaches_its_force(text, body):
    assert body in tagged_body_names(text)
