"""Two offices of one chain joined by a dash (" - ", " – ") share a body as when a comma joins them: a title printed
without its body before the next link's body ("Bộ trưởng – Chủ nhiệm Văn phòng Chính phủ A") is of that body, a
party secretary's bare title before a local government's office is of that place's party committee, a department
printed without its place takes the next link's province; a minister's title shares only a ministry-level body, and
no bare title an organ an office names without printing it ("Ủy viên Ban Chấp hành Trung ương") (constructed
sentences, invented names)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Chiều nay Bộ trưởng – Chủ nhiệm Văn phòng Chính phủ Lê Quang Khải trả lời báo chí.", "Lê Quang Khải",
     ("Bộ trưởng", "Văn phòng Chính phủ", "current")),
    ("Tại buổi làm việc, Bộ trưởng - Chủ nhiệm VPCP Lê Quang Khải yêu cầu báo cáo sớm.",
     "Lê Quang Khải", ("Bộ trưởng", "Văn phòng Chính phủ", "current")),
    ("Bộ trưởng – Chủ nhiệm Ủy ban Dân tộc Hà Văn Chúc phát biểu khai mạc.", "Hà Văn Chúc",
     ("Bộ trưởng", "Ủy ban Dân tộc", "current")),
    ("Ông Lê Văn Tám - Giám đốc - Bí thư Đảng ủy Bệnh viện Đa khoa Sông Lô - vui mừng vì đã đủ giường.", "Lê Văn Tám",
     ("Giám đốc", "Bệnh viện Đa khoa Sông Lô", "current")),
    ("Ông Đỗ Minh Khoa - Phó Bí thư - Chủ tịch UBND xã Hòa Lạc Đông - nói mưa đã ngớt.", "Đỗ Minh Khoa",
     ("Phó Bí thư", "Đảng ủy xã Hòa Lạc Đông", "current")),
    ("Ông Đỗ Minh Khoa - Phó Giám đốc Sở Nội vụ - Phó Trưởng ban Ban Chỉ đạo cải cách hành chính tỉnh Nghệ An - nói "
     "hồ sơ đã xong.", "Đỗ Minh Khoa", ("Phó Giám đốc", "Sở Nội vụ tỉnh Nghệ An", "current")),
])
def test_a_dash_between_two_links_shares_the_body_as_a_comma_does(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "office"), [
    # a title with a body of its own keeps it
    ("Sáng qua Phó Thủ tướng - Bộ trưởng Bộ Tài chính Đinh Quang Khải đã tiếp đoàn.", "Đinh Quang Khải",
     ("Phó Thủ tướng", "Chính phủ", "current")),
    ("Ông Lê Quang Khải - Phó Bí thư Tỉnh ủy - Chủ tịch HĐND tỉnh Nghệ An - nói thêm.", "Lê Quang Khải",
     ("Phó Bí thư", "Tỉnh ủy Nghệ An", "current")),
])
def test_a_link_printed_with_its_own_body_keeps_it(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "title"), [
    # one title set off by dashes, no body after it: none to share
    ("Ông Lê Quang Khải - Giám đốc - cho biết bệnh viện đã sẵn sàng.", "Lê Quang Khải", "Giám đốc"),
    ("Bà Trần Thị Mơ – Phó Hiệu trưởng – cho biết học sinh đã nghỉ.", "Trần Thị Mơ", "Phó Hiệu trưởng"),
])
def test_a_lone_title_between_dashes_keeps_no_body(pipeline, text, name, title):
    assert (title, None, "current") in positions(pipeline, text)[name]


@pytest.mark.parametrize(("text", "name", "title"), [
    # a minister's title shares only a ministry-level body: a department of a ministry is not his office
    ("Thứ trưởng - Tổng cục trưởng Tổng cục Hải quan Lê Minh Phúc đã ký văn bản.", "Lê Minh Phúc", "Thứ trưởng"),
    ("Thứ trưởng, Tổng cục trưởng Tổng cục Hải quan Lê Minh Phúc đã ký văn bản.", "Lê Minh Phúc", "Thứ trưởng"),
    ("Thứ trưởng, Cục trưởng Cục Đường bộ Việt Nam Nguyễn Hữu Tài kiểm tra công trình.", "Nguyễn Hữu Tài",
     "Thứ trưởng"),
    # an organ an office names without printing it is no bare title's: no school's head of a central committee
    ("Ông Lê Văn Tám - Giám đốc - Ủy viên Ban Chấp hành Trung ương Đảng - nói rằng dự án đã xong.", "Lê Văn Tám",
     "Giám đốc"),
    ("Chị Phan Thu Hà, Phó Hiệu trưởng, Ủy viên Ban Chấp hành Trung ương Đoàn, cho biết học sinh đã sẵn sàng.",
     "Phan Thu Hà", "Phó Hiệu trưởng"),
    ("Anh Trịnh Văn Nam - Chủ nhiệm - Ủy viên Ban Chấp hành Trung ương Đoàn - kể lại chuyến đi.", "Trịnh Văn Nam",
     "Chủ nhiệm"),
])
def test_a_bare_title_takes_no_body_it_cannot_hold(pipeline, text, name, title):
    assert (title, None, "current") in positions(pipeline, text)[name]


def test_a_ministers_title_takes_no_government_before_an_inspector_general(pipeline):
    got = positions(pipeline, "Bộ trưởng, Tổng Thanh tra Chính phủ Đoàn Văn Phong làm việc với tỉnh.")["Đoàn Văn Phong"]
    assert ("Bộ trưởng", "Chính phủ", "current") not in got


@pytest.mark.parametrize(("text", "name", "office"), [
    # a ministry-level body is a minister's to share, with a dash or a comma
    ("Thứ trưởng, Người phát ngôn Bộ Ngoại giao Trương Thu Lam trả lời phóng viên.", "Trương Thu Lam",
     ("Thứ trưởng", "Bộ Ngoại giao", "current")),
    ("Bộ trưởng - Thống đốc Ngân hàng Nhà nước Bùi Thanh Vân điều hành phiên họp.", "Bùi Thanh Vân",
     ("Bộ trưởng", "Ngân hàng Nhà nước Việt Nam", "current")),
    # the Youth Union's central committee, printed short, is no Party's
    ("Chị Phan Thu Hà, Phó Hiệu trưởng, Ủy viên Ban Chấp hành Trung ương Đoàn, cho biết học sinh đã sẵn sàng.",
     "Phan Thu Hà", ("Ủy viên", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "current")),
    ("Ủy viên Ban Chấp hành Trung ương Đoàn Trịnh Văn Nam phát biểu tại buổi lễ.", "Trịnh Văn Nam",
     ("Ủy viên", "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "current")),
])
def test_a_ministry_level_body_is_shared_and_the_youth_unions_committee_read_whole(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]
