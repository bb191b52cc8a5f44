"""position_changes: a passive cue whose decider is named between "được" and the cue ("ông A được Thủ tướng B
bổ nhiệm", "bà A, người vừa được Tổng thống B đề cử làm ..."): the person before "được" is concerned, never the
decider; a decider whose subject is no named person concerns nobody; a title ending in a cue's words ("Tổng thống
đắc cử B") is no cue. Constructed sentences, invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str) -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2025, 7, 20)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


@pytest.mark.parametrize("text, want", [
    ("Ông Trương Quốc Vinh được Thủ tướng Lâm Đức Hòa bổ nhiệm làm Thứ trưởng Bộ Công Thương.",
     ("Trương Quốc Vinh", "appointed", "Thứ trưởng", "Bộ Công Thương")),
    ("Ông Michel Dupré được Tổng thống Henri Lavalle bổ nhiệm làm Thủ tướng Pháp.",
     ("Michel Dupré", "appointed", "Thủ tướng", "Chính phủ Pháp")),
    ("Bà Laura Finch, người vừa được Tổng thống đắc cử Paul Carver đề cử làm Bộ trưởng Nội vụ, chưa lên tiếng.",
     ("Laura Finch", "nominated", "Bộ trưởng", "Bộ Nội vụ")),
    ("Bà Hà Thị Mỹ được bà Đoàn Thị Lụa - phó chủ tịch hội đồng trường - ký quyết định bổ nhiệm làm hiệu trưởng.",
     ("Hà Thị Mỹ", "appointed", "Hiệu trưởng", None)),
])
def test_the_person_before_the_named_decider(extractor, text, want):
    got = changes(extractor, text)
    assert got == [want], got


@pytest.mark.parametrize("text, decider", [
    ("Hồ sơ chỉ nhắc tới một chuyên gia ẩn danh - người được ông Halvorsen bổ nhiệm vào ghế cố vấn khoa học.",
     "Halvorsen"),
    ("Một luật sư của ông được Tổng thống Paul Carver đề cử làm Bộ trưởng Tư pháp.", "Paul Carver"),
])
def test_a_named_decider_is_never_the_one_concerned(extractor, text, decider):
    got = changes(extractor, text)
    assert all(c[0] != decider for c in got), got


@pytest.mark.parametrize("text, subject, decider", [
    # the decider's title printed with a bare local body the bodies component does not mark
    ("Ông Tôn Thất Quân được Chủ tịch UBND tỉnh Phùng Bá Kiên ký quyết định bổ nhiệm làm Giám đốc Sở Xây dựng.",
     "Tôn Thất Quân", "Phùng Bá Kiên"),
    ("Bà Lạc Thị Yến được Giám đốc Sở Nội vụ Phùng Bá Kiên trao quyết định bổ nhiệm làm Trưởng phòng Tổ chức.",
     "Lạc Thị Yến", "Phùng Bá Kiên"),
    # a chain of two titles, and an honorific before it
    ("Bà Lạc Thị Yến vừa được Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phùng Bá Kiên trao quyết định bổ nhiệm làm "
     "Phó Giám đốc Sở Y tế.", "Lạc Thị Yến", "Phùng Bá Kiên"),
    ("Ông Tôn Thất Quân được đồng chí Bí thư Huyện ủy Phùng Bá Kiên trao quyết định bổ nhiệm làm Chánh Văn phòng "
     "Huyện ủy.", "Tôn Thất Quân", "Phùng Bá Kiên"),
])
def test_a_decider_printed_with_his_title_chain(extractor, text, subject, decider):
    got = changes(extractor, text)
    assert [(c[0], c[1]) for c in got] == [(subject, "appointed")], got


@pytest.mark.parametrize("text, person", [
    # near-misses: the person after "cho" is concerned; a title before a name with no passive word is his own
    ("Ban Thường vụ quyết định cho ông Phùng Bá Kiên thôi giữ chức Bí thư Huyện ủy.", "Phùng Bá Kiên"),
    ("Chủ tịch UBND tỉnh Phùng Bá Kiên ký quyết định bổ nhiệm ông Tôn Thất Quân làm Giám đốc Sở Xây dựng.",
     "Tôn Thất Quân"),
])
def test_a_person_after_cho_or_no_passive_word_is_concerned(extractor, text, person):
    assert [c[0] for c in changes(extractor, text)] == [person]


def test_a_person_praised_by_a_named_leader_is_no_change(extractor):
    assert changes(extractor, "Ông Lê Văn Ân gặp ông Trần Bình, người được Thủ tướng Lâm Đức Hòa khen thưởng.") == []


@pytest.mark.parametrize("text", [
    "Tổng thống đắc cử Paul Carver sẽ tiếp đoàn đại biểu Quốc hội tại Washington.",
    "Tổng thống đắc cử Paul Carver phát biểu trên mạng xã hội về kinh tế.",
])
def test_a_title_ending_in_a_cue_word_is_no_change(extractor, text):
    assert changes(extractor, text) == []
