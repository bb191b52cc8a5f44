"""A company's or an organization's offices (constructed sentences): an executive's title printed with the field it
runs in lower case before the body, a brand or a name is one title with the field ("Giám đốc vận hành"); a
brand with a capital inside ("eDoctor") is the company after such a title; a club ("Câu lạc bộ ...") is a body
after a title. A field not followed by a body or a name, a capitalized word that opens a body ("Sở Tài chính")
and any other lower-case word keep the title as printed."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Võ Văn An, Giám đốc điều hành tiếp thị Tổng công ty Becamex IDC, phân tích.",
     "Võ Văn An", ("Giám đốc điều hành tiếp thị", "Tổng công ty Becamex IDC", "current")),
    ("Ông Nguyễn Văn Bình, giám đốc kỹ thuật Công ty cổ phần Hòa Phát, cho biết.",
     "Nguyễn Văn Bình", ("Giám đốc kỹ thuật", "Công ty cổ phần Hòa Phát", "current")),
    ("Ông Vũ Thái Cường, giám đốc vận hành eDoctor, cho rằng cần cho phép bán thuốc online.",
     "Vũ Thái Cường", ("Giám đốc vận hành", "eDoctor", "current")),
    ("Phó giám đốc kinh doanh Trần Thị Dung cho biết doanh số tăng.",
     "Trần Thị Dung", ("Phó Giám đốc kinh doanh", None, "current")),
])
def test_an_executives_field_is_part_of_the_title(pipeline, text, name, office):
    assert positions(pipeline, text)[name] == {office}


def test_a_brand_with_an_inner_capital_after_a_bare_title(pipeline):
    assert positions(pipeline, "Ông Vũ Thái Cường, giám đốc eDoctor, cho rằng như vậy.")["Vũ Thái Cường"] == {
        ("Giám đốc", "eDoctor", "current")}


def test_a_club_is_a_body_and_the_chain_goes_on(pipeline):
    text = "Ông Lư Văn Vũ, Chủ tịch Câu lạc bộ Doanh nhân Sài Gòn, Tổng Giám đốc Tập đoàn Xuân Nguyên cho rằng như vậy."
    assert positions(pipeline, text)["Lư Văn Vũ"] == {
        ("Chủ tịch", "Câu lạc bộ Doanh nhân Sài Gòn", "current"), ("Tổng Giám đốc", "Tập đoàn Xuân Nguyên", "current")}


# near misses: a body opening with a capital, a word that is no field, a field then a verb
@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Nguyễn Văn Bình, Giám đốc Sở Tài chính tỉnh Nghệ An, cho biết.",
     "Nguyễn Văn Bình", ("Giám đốc", "Sở Tài chính tỉnh Nghệ An", "current")),
    ("Ông Nguyễn Văn Bình, giám đốc mới Công ty cổ phần Hòa Phát, cho biết.",
     "Nguyễn Văn Bình", None),
])
def test_guard_no_field_read(pipeline, text, name, office):
    got = positions(pipeline, text).get(name, set())
    assert all(not t.startswith("Giám đốc ") for t, _b, _s in got)
    if office is not None:
        assert office in got


def test_guard_a_field_then_a_verb_is_no_title_of_the_field(pipeline):
    got = positions(pipeline, "Ông Nguyễn Văn Bình cho biết giám đốc tài chính cho biết công ty lỗ.")
    assert all(t != "Giám đốc tài chính" for ps in got.values() for t, _b, _s in ps)
