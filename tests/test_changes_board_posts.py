"""position_changes, memberships: boards printed without their committee take it from the post the same cue
prints after them, the words between read from the rules (post and hold words, a cue of the same change: "và
giữ chức vụ", ", cho thôi giữ chức vụ", ", thôi làm"); a post of another change after them lends no committee
(constructed sentences, several variants, and near-misses)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str) -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2025, 7, 20)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


@pytest.mark.parametrize("text, person, change, place", [
    ("Ban Bí thư cho ông Hoàng Minh Đức thôi tham gia Ban Chấp hành, Ban Thường vụ, cho thôi giữ chức vụ Phó Bí thư "
     "Tỉnh ủy Cao Bằng.", "Hoàng Minh Đức", "dismissed", "Cao Bằng"),
    ("Ban Bí thư chỉ định ông Vũ Quốc Khánh tham gia Ban Chấp hành, Ban Thường vụ và giữ chức vụ Bí thư Tỉnh ủy "
     "Lạng Sơn.", "Vũ Quốc Khánh", "appointed", "Lạng Sơn"),
    ("Ông Vũ Quốc Khánh thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi làm Phó Bí thư Tỉnh ủy Lạng Sơn.",
     "Vũ Quốc Khánh", "dismissed", "Lạng Sơn"),
])
def test_boards_take_the_committee_of_the_post_after_them(extractor, text, person, change, place):
    got = changes(extractor, text)
    assert (person, change, "Ủy viên", f"Ban Chấp hành Đảng bộ tỉnh {place}") in got, got
    assert (person, change, "Ủy viên", f"Ban Thường vụ Tỉnh ủy {place}") in got, got


@pytest.mark.parametrize("text", [
    # a post of another change: its committee is not the boards'
    "Ông Vũ Quốc Khánh thôi tham gia Ban Chấp hành, Ban Thường vụ, được bầu làm Phó Chủ tịch HĐND tỉnh Lạng Sơn.",
    # no post word nor cue before the title
    "Ông Vũ Quốc Khánh thôi tham gia Ban Chấp hành, Ban Thường vụ, nay là Phó Bí thư Tỉnh ủy Lạng Sơn.",
])
def test_no_committee_from_another_post(extractor, text):
    got = changes(extractor, text)
    assert not any(c[2] == "Ủy viên" and c[3] and "Lạng Sơn" in c[3] for c in got), got
