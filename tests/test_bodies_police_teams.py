"""Bodies: a team of a district's, a ward's or a town's police ("Đội Cảnh sát hình sự Công an huyện X", "Đội cảnh sát
giao thông trật tự Công an huyện X", "Đội Cảnh sát điều tra tội phạm về trật tự - xã hội Công an huyện X", abbreviated
"Đội CSĐT tội phạm về TTXH Công an quận X") is the team named with its force, the field spelled out; a clause verb,
a preposition, a joining word or a team of another kind names no such team (constructed sentences and invented
places; body_patterns.tsv unit_head, lower_unit and unit_field_head rows for "Đội")."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, body", [
    ("Đội Cảnh sát hình sự Công an huyện Tân Lộc đã bắt giữ hai nghi phạm.",
     "Đội Cảnh sát hình sự Công an huyện Tân Lộc"),
    ("Sáng 12-3, Đội cảnh sát giao thông trật tự Công an huyện Mường Lâm làm nhiệm vụ tại ngã tư.",
     "Đội Cảnh sát giao thông trật tự Công an huyện Mường Lâm"),
    ("Đội Cảnh sát điều tra tội phạm về trật tự - xã hội Công an huyện Bình Lâm thông báo cho gia đình.",
     "Đội Cảnh sát điều tra tội phạm về trật tự - xã hội Công an huyện Bình Lâm"),
    ("Các đơn vị nghiệp vụ Công an quận 5 và Đội CSĐT tội phạm về TTXH Công an quận 5 đã có mặt.",
     "Đội Cảnh sát điều tra tội phạm về trật tự xã hội Công an quận 5"),
    ("Ngay sau đó, Đội CSĐT tội phạm về ma túy Công an thị xã Hòa Lâm đã vào cuộc.",
     "Đội Cảnh sát điều tra tội phạm về ma túy Công an thị xã Hòa Lâm"),
    ("Anh Trần Văn Lâm, Đội trưởng Đội Cảnh sát kinh tế Công an thị xã Sơn Lâm, cho biết.",
     "Đội Cảnh sát kinh tế Công an thị xã Sơn Lâm"),
])
def test_a_police_team_is_named_with_its_force(text, body):
    assert body in tagged_body_names(text)


@pytest.mark.parametrize("text, absent", [
    ("Đội Cảnh sát hình sự phối hợp Công an huyện Tân Lộc bắt giữ nghi phạm.", "Đội Cảnh sát hình sự Công an huyện"),
    ("Đội Cảnh sát giao thông cùng Công an xã Tân Phú tuần tra.", "Đội Cảnh sát giao thông Công an xã"),
    ("Đội Cảnh sát hình sự của Công an huyện Tân Lộc đã vào cuộc.", "Đội Cảnh sát hình sự Công an huyện"),
    ("Đội bóng đá Công an Hà Nội thắng 2-0 trên sân nhà.", "Đội bóng đá"),
    ("Đội Quản lý thị trường số 5 phối hợp Công an huyện Thường Lâm kiểm tra.", "Đội Quản lý thị trường số 5 Công an"),
    ("Đội Cảnh sát điều tra tội phạm về trật tự - Công an huyện Bình Lâm cho biết.", "Đội Cảnh sát điều tra tội phạm"),
])
def test_no_team_across_a_clause_a_joining_word_or_another_kind(text, absent):
    assert not any(b.startswith(absent) for b in tagged_body_names(text))
