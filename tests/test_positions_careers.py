"""Offices told in a career (constructed sentences, several variants each): the office a person held "khi đang
là" / "khi còn là" (when another came, or an event happened) is a former one; an office one is elected to ("được
bầu làm"), and a bare party committee read as the party unit the article names most."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Đầu năm 2014, ông Đỗ Văn Hải được bổ nhiệm giữ chức thứ trưởng Bộ Công Thương khi đang là cục trưởng Cục "
     "Xúc tiến thương mại.", "Đỗ Văn Hải", ("Cục trưởng", "Cục Xúc tiến thương mại", "former")),
    ("Ông Trần Văn Bình bị bắt khi còn là Giám đốc Sở Y tế tỉnh Nghệ An.", "Trần Văn Bình",
     ("Giám đốc", "Sở Y tế tỉnh Nghệ An", "former")),
    ("Năm 2019, bà Lê Thị Hoa được bầu giữ chức Chủ tịch HĐND tỉnh khi đang là Phó Bí thư Tỉnh ủy Nghệ An.",
     "Lê Thị Hoa", ("Phó Bí thư", "Tỉnh ủy Nghệ An", "former")),
])
def test_the_office_held_when_another_came_is_the_persons_former_one(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


def test_the_new_office_of_that_sentence_stays_current(pipeline):
    text = ("Đầu năm 2014, ông Đỗ Văn Hải được bổ nhiệm giữ chức thứ trưởng Bộ Công Thương khi đang là cục trưởng "
            "Cục Xúc tiến thương mại.")
    assert ("Thứ trưởng", "Bộ Công Thương", "current") in positions(pipeline, text)["Đỗ Văn Hải"]


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Đại hội Đảng bộ xã Tân Lập lần thứ I đã bế mạc. Ông Lê Văn Ba được bầu làm Bí thư Đảng ủy xã Tân Lập.",
     "Lê Văn Ba", ("Bí thư", "Đảng ủy xã Tân Lập", "current")),
    ("Tại kỳ họp, ông Lê Văn Ba được bầu làm Chủ tịch UBND tỉnh Nghệ An.", "Lê Văn Ba",
     ("Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "current")),
    ("Bà Trần Thị Hoa được Hội đồng nhân dân tỉnh bầu làm Phó Chủ tịch UBND tỉnh Hà Tĩnh nhiệm kỳ 2021-2026.",
     "Trần Thị Hoa", ("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Tĩnh", "current")),
])
def test_an_office_one_is_elected_to_is_the_persons(pipeline, text, name, expected):
    assert expected in positions(pipeline, text)[name]


_CONGRESS = ("Ngày 28/6, Đảng bộ cơ quan Tạp chí Cộng sản tổ chức Đại hội với sự tham dự của lãnh đạo Đảng ủy các "
             "cơ quan Đảng Trung ương. Ông Lê Hải trình bày báo cáo của Ban Chấp hành Đảng bộ cơ quan Tạp chí Cộng "
             "sản. Ban Chấp hành Đảng bộ cơ quan Tạp chí Cộng sản đã bầu Ban Thường vụ gồm 5 đồng chí: đồng chí "
             "Hoàng Trung Dũng, Tổng Biên tập Tạp chí Cộng sản được bầu làm Bí thư Đảng ủy; đồng chí Phạm Minh Tuấn "
             "được bầu làm Phó bí thư Đảng ủy.")


@pytest.mark.parametrize(("name", "expected"), [
    ("Hoàng Trung Dũng", ("Bí thư", "Đảng ủy cơ quan Tạp chí Cộng sản", "current")),
    ("Phạm Minh Tuấn", ("Phó Bí thư", "Đảng ủy cơ quan Tạp chí Cộng sản", "current")),
])
def test_a_bare_party_committee_is_of_the_unit_the_article_names_most(pipeline, name, expected):
    # the unit's congress, executive committee and standing committee count for it, not a guest committee
    assert expected in positions(pipeline, _CONGRESS)[name]


def test_a_bare_party_committee_keeps_the_committee_printed_most_when_no_unit_is_printed(pipeline):
    text = ("Đảng ủy Khối doanh nghiệp trung ương họp. Đảng ủy Khối doanh nghiệp trung ương cho biết. Ông Lê Văn Ba "
            "được bầu làm Phó Bí thư Đảng ủy.")
    assert ("Phó Bí thư", "Đảng ủy Khối doanh nghiệp Trung ương", "current") in positions(pipeline, text)["Lê Văn Ba"]
