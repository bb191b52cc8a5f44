"""An office predicated of the name right before it (constructed sentences): "A làm X", "A với vai trò (là) X"
with every body printed; former where the sentence dates it to an earlier year; a bare "A là X" names none."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import positions

PUBLISHED = dt.date(2024, 6, 1)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Ông Phan Văn Lợi với vai trò vụ trưởng Vụ Kế hoạch Bộ Xây dựng đã chỉ đạo cấp dưới.",
     "Phan Văn Lợi", {("Vụ trưởng", "Vụ Kế hoạch Bộ Xây dựng", "current")}),
    ("Ông Phan Văn Lợi với vai trò là giám đốc Sở Tài chính tỉnh Hà Tây đã ký văn bản.",
     "Phan Văn Lợi", {("Giám đốc", "Sở Tài chính tỉnh Hà Tây", "current")}),
    ("Tỉnh bổ nhiệm ông Lê Văn Sơn làm Giám đốc Sở Tài chính tỉnh Hà Tây.",
     "Lê Văn Sơn", {("Giám đốc", "Sở Tài chính tỉnh Hà Tây", "current")}),
])
def test_a_linked_office_is_the_name_before_it(pipeline, text, name, expected):
    assert positions(pipeline, text, PUBLISHED) == {name: expected}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Từ năm 2014 - 2021, ông Lê Văn Đạt với vai trò đại sứ Việt Nam tại Canada đã ký nhiều thỏa thuận.",
     "Lê Văn Đạt", {("Đại sứ", "Đại sứ quán Việt Nam tại Canada", "former")}),
    ("Theo cáo trạng, từ năm 2015, ông Đặng Văn Tài với vai trò là thứ trưởng Bộ Xây dựng đã ký giấy phép.",
     "Đặng Văn Tài", {("Thứ trưởng", "Bộ Xây dựng", "former")}),
    # an appointment ("làm") dated earlier is still the office taken, not a past one
    ("Năm 2015, tỉnh bổ nhiệm ông Lê Văn Sơn làm Giám đốc Sở Tài chính tỉnh Hà Tây.",
     "Lê Văn Sơn", {("Giám đốc", "Sở Tài chính tỉnh Hà Tây", "current")}),
])
def test_a_linked_office_dated_earlier_is_former(pipeline, text, name, expected):
    assert positions(pipeline, text, PUBLISHED) == {name: expected}


@pytest.mark.parametrize(("text", "name"), [
    # no body printed: a role, not an office
    ("Ông Đặng Văn Tài với vai trò người đứng đầu Bộ Xây dựng đã ký.", "Đặng Văn Tài"),
    # a bare "là": too loose a link
    ("Ông Đặng Văn Tài là thứ trưởng Bộ Xây dựng, có thẩm quyền ký giấy phép.", "Đặng Văn Tài"),
    # a word between the name and the link: another subject
    ("Người ký quyết định là ông Phan Văn Lợi, sau đó là Giám đốc Sở Tài chính tỉnh Hà Tây.", "Phan Văn Lợi"),
])
def test_no_link_no_office(pipeline, text, name):
    assert positions(pipeline, text, PUBLISHED).get(name, set()) == set()


def test_the_office_before_la_is_the_name_after_it(pipeline):
    got = positions(pipeline, "Theo ông Đặng Văn Tài, Giám đốc Sở Tài chính tỉnh Hà Tây là ông Lê Văn Sơn.", PUBLISHED)
    assert got.get("Đặng Văn Tài", set()) == set()
