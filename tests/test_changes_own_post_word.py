"""position_changes: a cue holding its own post word ("từ chức", "thôi giữ chức") introduces only a title printed
right after it; a title printed later, past other words of another clause ("... từ chức sau khi Giám đốc Sở X
B bị bắt", "... từ chức vì lý do sức khỏe, Bộ trưởng Bộ Y cho biết"), is that clause's, not the post left.
Constructed sentences, invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str) -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2025, 7, 20)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


@pytest.mark.parametrize("text, want", [
    # the title right after the cue's own post word is the post left
    ("Ông Nguyễn Văn An đã từ chức Chủ tịch UBND tỉnh Bình Phước.",
     ("Nguyễn Văn An", "resigned", "Chủ tịch", "Ủy ban nhân dân tỉnh Bình Phước")),
    ("Bà Trần Thị Hoa thôi giữ chức vụ Phó Giám đốc Sở Tài chính tỉnh Nam Định.",
     ("Trần Thị Hoa", "dismissed", "Phó Giám đốc", "Sở Tài chính tỉnh Nam Định")),
    ("Ông Lê Văn Tâm đã nộp đơn từ chức Chủ tịch UBND tỉnh Bình Phước.",
     ("Lê Văn Tâm", "resigned", "Chủ tịch", "Ủy ban nhân dân tỉnh Bình Phước")),
])
def test_the_cue_own_post_word_introduces_the_title_after_it(extractor, text, want):
    assert want in changes(extractor, text)


@pytest.mark.parametrize("text, person", [
    ("Ông Nguyễn Văn An xin từ chức sau khi Giám đốc Sở Y tế Trần Văn Bình bị bắt.", "Nguyễn Văn An"),
    ("Ông Lê Văn Tâm đã từ chức vì lý do sức khỏe, Bộ trưởng Bộ Xây dựng nói với báo chí.", "Lê Văn Tâm"),
    ("Bà Phạm Thị Lan sẽ từ chức trước khi Chủ tịch Hội đồng quản trị mới nhận nhiệm vụ.", "Phạm Thị Lan"),
])
def test_a_title_of_another_clause_is_not_the_post_left(extractor, text, person):
    got = [c for c in changes(extractor, text) if c[0] == person]
    assert got and all(c[2] is None for c in got), got
