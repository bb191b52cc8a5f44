"""'Trưởng Công an <level> <place>' is the office 'Trưởng' of the local police force 'Công an <level> <place>',
the title sharing its last word with the body, before or after the name, current or former, below the province
only and with the place printed (else the printed 'Trưởng Công an' with no body, as before); a party secretary
who heads a commune's force is of no 'Đảng ủy Công an xã X'; the deputy keeps 'Phó Trưởng Công an', a minister is
no police chief, and no office is read without a person. Constructed sentences."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Hoàng Văn Sơn, Trưởng công an xã Tân Lập cho hay đã xác minh vụ việc.", "Hoàng Văn Sơn",
     ("Trưởng", "Công an xã Tân Lập", "current")),
    ("Về vụ việc, Đại tá Lê Quang Tuấn - Trưởng Công an huyện Yên Thành - đã chỉ đạo làm rõ.", "Lê Quang Tuấn",
     ("Trưởng", "Công an huyện Yên Thành", "current")),
    ("Ông Vũ Đình Khải – Trưởng Công an thị xã Sơn Tây, cho biết đã tiếp nhận đơn.", "Vũ Đình Khải",
     ("Trưởng", "Công an thị xã Sơn Tây", "current")),
    ("Trưởng Công an phường Đông Hòa Nguyễn Minh Trí cho biết vụ việc đang được xác minh.", "Nguyễn Minh Trí",
     ("Trưởng", "Công an phường Đông Hòa", "current")),
    ("Thiếu tướng Phan Văn Định sinh năm 1975. Ông từng là Trưởng Công an thị xã Cửa Lò trước khi được bổ nhiệm.",
     "Phan Văn Định", ("Trưởng", "Công an thị xã Cửa Lò", "former")),
    ("Ông Đỗ Văn Hòa, Trưởng Công an thành phố Phủ Lý, cho biết đã tiếp nhận vụ việc.", "Đỗ Văn Hòa",
     ("Trưởng", "Công an thành phố Phủ Lý", "current")),
    ("Ông Lưu Quang Vinh, Trưởng Công an quận Hoàn Kiếm, cho biết.", "Lưu Quang Vinh",
     ("Trưởng", "Công an quận Hoàn Kiếm", "current")),
])
def test_a_police_chief_heads_the_force_named_after_him(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == {expected}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Đặng Văn Lực, Phó Bí thư Đảng ủy, Trưởng Công an xã Thạch Bình, trao quà cho người dân.", "Đặng Văn Lực",
     {("Phó Bí thư", "Đảng ủy", "current"), ("Trưởng", "Công an xã Thạch Bình", "current")}),
    ("Ông Lê Văn Nam, Bí thư Đảng ủy, Trưởng Công an phường Bến Thành, phát biểu tại hội nghị.", "Lê Văn Nam",
     {("Bí thư", "Đảng ủy", "current"), ("Trưởng", "Công an phường Bến Thành", "current")}),
    ("Bà Hà Thị Lan, Bí thư Đảng ủy, Trưởng Công an thị trấn Phong Điền, kiểm tra địa bàn.", "Hà Thị Lan",
     {("Bí thư", "Đảng ủy", "current"), ("Trưởng", "Công an thị trấn Phong Điền", "current")}),
    # near miss: a company has a party committee of its own
    ("Ông Nguyễn Văn Kiên, Bí thư Đảng ủy, Tổng Giám đốc Công ty Sông Đà, phát biểu.", "Nguyễn Văn Kiên",
     {("Bí thư", "Đảng ủy Công ty Sông Đà", "current"), ("Tổng Giám đốc", "Công ty Sông Đà", "current")}),
])
def test_a_commune_police_chief_is_of_no_committee_of_the_force(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # no place read after the level: the printed title, no body
    ("Trưởng Công an xã Nguyễn Văn Thịnh cho biết vụ việc đang được xác minh.", "Nguyễn Văn Thịnh",
     {("Trưởng Công an", None, "current")}),
    ("Ông Hồ Sỹ Minh, Trưởng Công an xã kiêm Phó Chủ tịch UBND xã Mỹ Lộc, cho biết.", "Hồ Sỹ Minh",
     {("Trưởng Công an", None, "current"), ("Phó Chủ tịch", "Ủy ban nhân dân xã Mỹ Lộc", "current")}),
    ("Ông Trần Văn Hải, Trưởng Công an cửa khẩu Cảng Hòa Phong, cho biết.", "Trần Văn Hải",
     {("Trưởng Công an", None, "current")}),
    ("Ông Trần Đức Long, Trưởng Công an thôn Đông, cho biết.", "Trần Đức Long",
     {("Trưởng Công an", None, "current")}),
    # a level word alone is no body
    ("Ông Phạm Văn Bình, Trưởng Công an xã, cho biết.", "Phạm Văn Bình", {("Trưởng Công an", None, "current")}),
    ("Ông Phạm Văn Bình, Trưởng Công an huyện, cho biết.", "Phạm Văn Bình", {("Trưởng Công an", None, "current")}),
    ("Ông Phạm Văn Bình, Trưởng Công an thị xã, cho biết.", "Phạm Văn Bình", {("Trưởng Công an", None, "current")}),
    ("Ông Phạm Văn Bình, Trưởng Công an thành phố, cho biết.", "Phạm Văn Bình", {("Trưởng Công an", None, "current")}),
    ("Ông Phạm Văn Bình, Trưởng Công an tỉnh, cho biết.", "Phạm Văn Bình", {("Trưởng Công an", None, "current")}),
    # a province's or a centrally-run city's force has a Giám đốc, no Trưởng: kept as printed
    ("Ông Mai Văn Tùng, Trưởng Công an tỉnh Hà Nam, cho biết.", "Mai Văn Tùng", {("Trưởng Công an", None, "current")}),
    ("Ông Lê Văn Tâm, Trưởng Công an thành phố Hà Nội, cho biết.", "Lê Văn Tâm", {("Trưởng Công an", None, "current")}),
])
def test_a_police_chief_with_no_local_force_keeps_the_printed_title(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Trịnh Văn Hòa, Phó Trưởng Công an huyện Quỳnh Lưu, cho biết.", "Trịnh Văn Hòa",
     {("Phó Trưởng Công an", "Công an huyện Quỳnh Lưu", "current")}),
    ("Bộ trưởng Công an Lý Quốc Thành chỉ đạo triển khai đề án.", "Lý Quốc Thành",
     {("Bộ trưởng", "Bộ Công an", "current")}),
    ("Ông Mai Văn Tùng, Giám đốc Công an tỉnh Hà Nam, cho biết.", "Mai Văn Tùng",
     {("Giám đốc", "Công an tỉnh Hà Nam", "current")}),
])
def test_near_misses_keep_their_own_titles(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


def test_a_police_chief_named_by_no_one_is_no_person(pipeline):
    assert positions(pipeline, "Phó Chủ tịch xã yêu cầu Trưởng công an xã đến làm việc với phóng viên.") == {}
