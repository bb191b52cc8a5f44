"""An office predicated of the name right before it (constructed sentences): "A làm X", "A với vai trò (là) X",
"A, với vai trò X," with every body printed; former where the sentence's dates put it in an earlier year, not
for a document's date or a period still open ("đến nay"); a bare "A là X" names none."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import positions

PUBLISHED = dt.date(2024, 6, 1)
BODY = "Sở Tài chính tỉnh Hà Tây"


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Tại buổi họp, ông Hà Minh Thuận với vai trò phó giám đốc Sở Tài chính tỉnh Hà Tây đã đi kiểm tra đê.",
     "Hà Minh Thuận", {("Phó Giám đốc", BODY, "current")}),
    ("Bà Tạ Thu Nguyệt với vai trò là giám đốc Sở Tài chính tỉnh Hà Tây đứng ra giải thích.",
     "Tạ Thu Nguyệt", {("Giám đốc", BODY, "current")}),
    # a comma may set the link off after the name
    ("Ông Hà Minh Thuận, với vai trò giám đốc Sở Tài chính tỉnh Hà Tây, đã đi kiểm tra đê.",
     "Hà Minh Thuận", {("Giám đốc", BODY, "current")}),
    ("Hội đồng nhân dân tỉnh cử ông Kiều Bá Lộc làm Giám đốc Sở Tài chính tỉnh Hà Tây.",
     "Kiều Bá Lộc", {("Giám đốc", BODY, "current")}),
])
def test_a_linked_office_is_the_name_before_it(pipeline, text, name, expected):
    assert positions(pipeline, text, PUBLISHED) == {name: expected}


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Trong giai đoạn 2011 - 2019, ông Hà Minh Thuận với vai trò giám đốc Sở Tài chính tỉnh Hà Tây đã duyệt dự án.",
     "Hà Minh Thuận", {("Giám đốc", BODY, "former")}),
    ("Theo kết luận thanh tra, năm 2017, bà Tạ Thu Nguyệt với vai trò là giám đốc Sở Tài chính tỉnh Hà Tây "
     "đã duyệt dự án.", "Tạ Thu Nguyệt", {("Giám đốc", BODY, "former")}),
])
def test_a_linked_office_dated_earlier_is_former(pipeline, text, name, expected):
    assert positions(pipeline, text, PUBLISHED) == {name: expected}


@pytest.mark.parametrize(("text", "name"), [
    # a period still open: the office is held today
    ("Từ năm 2020 đến nay, ông Hà Minh Thuận với vai trò giám đốc Sở Tài chính tỉnh Hà Tây đã duyệt ba dự án.",
     "Hà Minh Thuận"),
    ("Từ tháng 3/2019 tới nay, bà Tạ Thu Nguyệt với vai trò là giám đốc Sở Tài chính tỉnh Hà Tây chỉ đạo việc này.",
     "Tạ Thu Nguyệt"),
    # the year of a document's number, issue date or edition dates no office
    ("Căn cứ Quyết định số 45/QĐ-UBND ngày 9/4/2022, ông Hà Minh Thuận với vai trò giám đốc Sở Tài chính tỉnh "
     "Hà Tây đã ký văn bản.", "Hà Minh Thuận"),
    ("Theo Luật Đất đai 2013, bà Tạ Thu Nguyệt với vai trò giám đốc Sở Tài chính tỉnh Hà Tây phải trả lời.",
     "Tạ Thu Nguyệt"),
    # an appointment ("làm", person_context.tsv appointing_link) dated earlier is still the office taken
    ("Năm 2018, tỉnh cử ông Kiều Bá Lộc làm Giám đốc Sở Tài chính tỉnh Hà Tây.", "Kiều Bá Lộc"),
])
def test_a_linked_office_of_a_document_date_or_open_period_is_current(pipeline, text, name):
    assert positions(pipeline, text, PUBLISHED) == {name: {("Giám đốc", BODY, "current")}}


@pytest.mark.parametrize(("text", "name"), [
    # no body printed: a role, not an office
    ("Bà Tạ Thu Nguyệt với vai trò người đứng đầu ngành đã ký.", "Tạ Thu Nguyệt"),
    # a bare "là": too loose a link
    ("Ông Kiều Bá Lộc là phó giám đốc Sở Tài chính tỉnh Hà Tây, phụ trách mảng thủy lợi.", "Kiều Bá Lộc"),
    # a word between the name and the link: another subject
    ("Người nhận hồ sơ là ông Hà Minh Thuận, sau đó là Giám đốc Sở Tài chính tỉnh Hà Tây.", "Hà Minh Thuận"),
])
def test_no_link_no_office(pipeline, text, name):
    assert positions(pipeline, text, PUBLISHED).get(name, set()) == set()


def test_the_office_before_la_is_the_name_after_it(pipeline):
    got = positions(pipeline, "Theo bà Tạ Thu Nguyệt, Giám đốc Sở Tài chính tỉnh Hà Tây là ông Kiều Bá Lộc.", PUBLISHED)
    assert got.get("Tạ Thu Nguyệt", set()) == set()
