"""'Trưởng Công an <level> <place>' is the office 'Trưởng' of the local police force 'Công an <level> <place>',
the title sharing its last word with the body, before or after the name, current or former, in a position change
too, below the province only (a town named like its province included) and with the place printed as a proper
name (else the printed 'Trưởng Công an' with no body, as before); a party secretary
who heads a commune's force is of no 'Đảng ủy Công an xã X' but of the commune's 'Đảng ủy xã X'; the deputy keeps 'Phó Trưởng Công an', a minister is
no police chief, and no office is read without a person. Constructed sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import positions
from nqextract.models import RawArticle


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
     {("Phó Bí thư", "Đảng ủy xã Thạch Bình", "current"), ("Trưởng", "Công an xã Thạch Bình", "current")}),
    ("Ông Lê Văn Nam, Bí thư Đảng ủy, Trưởng Công an phường Bến Thành, phát biểu tại hội nghị.", "Lê Văn Nam",
     {("Bí thư", "Đảng ủy phường Bến Thành", "current"), ("Trưởng", "Công an phường Bến Thành", "current")}),
    ("Bà Hà Thị Lan, Bí thư Đảng ủy, Trưởng Công an thị trấn Phong Điền, kiểm tra địa bàn.", "Hà Thị Lan",
     {("Bí thư", "Đảng ủy thị trấn Phong Điền", "current"), ("Trưởng", "Công an thị trấn Phong Điền", "current")}),
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


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a word opening the next clause, a time word, a body's abbreviation, a preposition: no place read
    ("Ông Lý Văn Cường, Trưởng Công an xã Tuy nhiên vẫn chưa trả lời.", "Lý Văn Cường",
     {("Trưởng Công an", None, "current")}),
    ("Ông Lý Văn Cường, Trưởng Công an xã Chiều 5-3 đã đến hiện trường.", "Lý Văn Cường",
     {("Trưởng Công an", None, "current")}),
    ("Ông Lý Văn Cường, Trưởng Công an huyện Tại buổi làm việc đã báo cáo.", "Lý Văn Cường",
     {("Trưởng Công an", None, "current")}),
    ("Ông Lý Văn Cường, Trưởng Công an xã UBND xã đã chỉ đạo xử lý.", "Lý Văn Cường",
     {("Trưởng Công an", None, "current")}),
    ("Ông Lý Văn Cường, Trưởng Công an xã Sáng nay đã có mặt.", "Lý Văn Cường",
     {("Trưởng Công an", None, "current")}),
])
def test_a_capitalized_word_that_is_no_place_gives_no_force(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    # a town or a commune named like a province is still below it
    ("Ông Đinh Văn Quý, Trưởng Công an thành phố Thanh Hóa, cho biết.", "Đinh Văn Quý",
     {("Trưởng", "Công an thành phố Thanh Hóa", "current")}),
    ("Ông Đinh Văn Quý, Trưởng Công an thị xã Quảng Trị, cho biết.", "Đinh Văn Quý",
     {("Trưởng", "Công an thị xã Quảng Trị", "current")}),
    ("Ông Đinh Văn Quý, Trưởng Công an huyện Quảng Ninh, cho biết.", "Đinh Văn Quý",
     {("Trưởng", "Công an huyện Quảng Ninh", "current")}),
    ("Ông Đinh Văn Quý, Trưởng Công an phường Bắc Giang, cho biết.", "Đinh Văn Quý",
     {("Trưởng", "Công an phường Bắc Giang", "current")}),
    ("Ông Đinh Văn Quý, Trưởng Công an xã Hòa Bình, cho biết.", "Đinh Văn Quý",
     {("Trưởng", "Công an xã Hòa Bình", "current")}),
    # near misses: a province, a centrally-run city
    ("Ông Đinh Văn Quý, Trưởng Công an tỉnh Thanh Hóa, cho biết.", "Đinh Văn Quý",
     {("Trưởng Công an", None, "current")}),
    ("Ông Đinh Văn Quý, Trưởng Công an thành phố Cần Thơ, cho biết.", "Đinh Văn Quý",
     {("Trưởng Công an", None, "current")}),
    ("Ông Đinh Văn Quý, Trưởng Công an thành phố Hồ Chí Minh, cho biết.", "Đinh Văn Quý",
     {("Trưởng Công an", None, "current")}),
])
def test_a_place_named_like_a_province_is_below_it_unless_a_province_or_a_city(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected


def _changes(extractor, text: str) -> list[tuple[str, str, str, str | None]]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2025, 7, 20)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


@pytest.mark.parametrize(("text", "expected"), [
    ("Giám đốc Công an tỉnh quyết định bổ nhiệm ông Trương Văn Lộc giữ chức Trưởng Công an huyện Đô Lương.",
     [("Trương Văn Lộc", "appointed", "Trưởng", "Công an huyện Đô Lương")]),
    ("Ông Trương Văn Lộc được bổ nhiệm giữ chức Trưởng Công an thành phố Thanh Hóa.",
     [("Trương Văn Lộc", "appointed", "Trưởng", "Công an thành phố Thanh Hóa")]),
    # no force below the province read: the printed title, as the person's position
    ("Giám đốc Công an tỉnh quyết định bổ nhiệm ông Trương Văn Lộc giữ chức Trưởng Công an tỉnh Nghệ An.",
     [("Trương Văn Lộc", "appointed", "Trưởng Công an", None)]),
    ("Ông Trương Văn Lộc được điều động giữ chức Trưởng Công an TP.HCM.",
     [("Trương Văn Lộc", "transferred", "Trưởng Công an", None)]),
    ("Ông Trương Văn Lộc được bổ nhiệm làm Trưởng Công an xã.",
     [("Trương Văn Lộc", "appointed", "Trưởng Công an", None)]),
    ("Ông Trương Văn Lộc thôi giữ chức Trưởng Công an xã.",
     [("Trương Văn Lộc", "dismissed", "Trưởng Công an", None)]),
])
def test_a_position_change_reads_the_police_chief_as_the_positions_do(extractor, text, expected):
    assert _changes(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the person holds no position elsewhere: the force comes with the levelled title itself
    ("Ông Đào Minh Khang thôi giữ chức Trưởng Công an phường Đông Xuyên để nhận nhiệm vụ mới.",
     [("Đào Minh Khang", "dismissed", "Trưởng", "Công an phường Đông Xuyên")]),
    ("Ông Đào Minh Khang bị miễn nhiệm chức Trưởng Công an thị xã Hòa Thành.",
     [("Đào Minh Khang", "dismissed", "Trưởng", "Công an thị xã Hòa Thành")]),
    ("Ông Đào Minh Khang thôi giữ chức Trưởng Công an xã Tân Phước.",
     [("Đào Minh Khang", "dismissed", "Trưởng", "Công an xã Tân Phước")]),
    ("Ông Đào Minh Khang nghỉ hưu sau 5 năm làm Trưởng Công an phường Tân Mỹ.",
     [("Đào Minh Khang", "retired", "Trưởng", "Công an phường Tân Mỹ")]),
    ("Ông Đào Minh Khang được bổ nhiệm giữ chức Trưởng Công an huyện Kim Sơn.",
     [("Đào Minh Khang", "appointed", "Trưởng", "Công an huyện Kim Sơn")]),
    ("Ông Đào Minh Khang được bổ nhiệm giữ chức Trưởng Công an xã Phú Lộc.",
     [("Đào Minh Khang", "appointed", "Trưởng", "Công an xã Phú Lộc")]),
    # no place, a province, a centrally-run city: the printed title, no body
    ("Ông Đào Minh Khang được bổ nhiệm giữ chức Trưởng Công an phường.",
     [("Đào Minh Khang", "appointed", "Trưởng Công an", None)]),
    ("Ông Đào Minh Khang thôi giữ chức Trưởng Công an huyện.",
     [("Đào Minh Khang", "dismissed", "Trưởng Công an", None)]),
    ("Ông Đào Minh Khang thôi giữ chức Trưởng Công an tỉnh Ninh Bình.",
     [("Đào Minh Khang", "dismissed", "Trưởng Công an", None)]),
    ("Ông Đào Minh Khang thôi giữ chức Trưởng Công an thành phố Đà Nẵng.",
     [("Đào Minh Khang", "dismissed", "Trưởng Công an", None)]),
    # near miss: another title sharing its body's head keeps its own reading
    ("Ông Đào Minh Khang thôi giữ chức Chủ tịch Hội đồng trường Đại học Phú Lộc.",
     [("Đào Minh Khang", "dismissed", "Chủ tịch", "Đại học Phú Lộc")]),
])
def test_a_change_of_a_police_chief_holding_nothing_else_names_the_force(extractor, text, expected):
    assert _changes(extractor, text) == expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Lý Văn Cường, Trưởng Công an quận Thanh Lâm Bắc UBND cho biết.", "Lý Văn Cường",
     {("Trưởng Công an", None, "current")}),
    ("Ông Lý Văn Cường, Trưởng Công an xã Phú Lộc HĐND đã chỉ đạo.", "Lý Văn Cường",
     {("Trưởng Công an", None, "current")}),
    # a place with no abbreviation after it keeps its force
    ("Ông Lý Văn Cường, Trưởng Công an quận Thanh Lâm Bắc cho biết.", "Lý Văn Cường",
     {("Trưởng", "Công an quận Thanh Lâm Bắc", "current")}),
])
def test_an_abbreviation_after_the_place_gives_no_force(pipeline, text, name, expected):
    assert positions(pipeline, text)[name] == expected
