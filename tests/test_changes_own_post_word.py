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


@pytest.mark.parametrize("text, want", [
    # a word naming the seat left stands between the cue and the title: that title is still the post left
    ("Ông Đỗ Minh Khôi xin từ chức vị trí Chủ tịch UBND huyện Gia Lâm vì lý do gia đình.",
     ("Đỗ Minh Khôi", "resigned", "Chủ tịch", "Ủy ban nhân dân huyện Gia Lâm")),
    ("Bà Vũ Thị Hằng đã từ chức khỏi vị trí Phó Giám đốc Sở Xây dựng tỉnh Thái Bình.",
     ("Vũ Thị Hằng", "resigned", "Phó Giám đốc", "Sở Xây dựng tỉnh Thái Bình")),
    ("Ông Hồ Quang Vinh vừa xin từ chức ghế Chủ tịch UBND tỉnh Bình Phước sau hai năm.",
     ("Hồ Quang Vinh", "resigned", "Chủ tịch", "Ủy ban nhân dân tỉnh Bình Phước")),
    ("Ông Cao Văn Lực từ chức ở vị trí Giám đốc Sở Tài chính tỉnh Nam Định.",
     ("Cao Văn Lực", "resigned", "Giám đốc", "Sở Tài chính tỉnh Nam Định")),
])
def test_the_seat_word_after_the_cue_keeps_the_title_left(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


@pytest.mark.parametrize("text, person", [
    # a seat word but another clause's title after more words: no post left
    ("Ông Đỗ Minh Khôi từ chức vị trí này sau khi Giám đốc Sở Y tế Trần Văn Bình bị bắt.", "Đỗ Minh Khôi"),
    ("Bà Vũ Thị Hằng xin từ chức ghế nóng vì áp lực, Bộ trưởng Bộ Xây dựng cho biết.", "Vũ Thị Hằng"),
])
def test_a_seat_word_with_more_words_introduces_no_later_title(extractor, text, person):
    got = [c for c in changes(extractor, text) if c[0] == person]
    assert got and all(c[2] is None for c in got), got


def test_seat_words_are_rows_of_the_rules():
    from nqextract.extract.changes.rules import ChangeRules
    from nqextract.textnorm import fold

    rules = ChangeRules([{"kind": "post_slot", "phrase": "Khỏi vị trí"}])
    assert fold("khỏi vị trí") in rules.post_slots and fold("vị trí") not in rules.post_slots
