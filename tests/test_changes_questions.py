"""position_changes: a question's "liệu" with its asking word ("có", "sẽ") before a cue makes it no change ("Liệu
ông A có được bổ nhiệm ..."); "liệu" as the second syllable of a noun ("số liệu", "tài liệu", "dữ liệu", "nhiên
liệu") is no question, the change stands. Constructed sentences, invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str) -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2025, 3, 10)))
    return [(c.person, c.change) for c in art.position_changes]


@pytest.mark.parametrize("text, want", [
    ("Căn cứ số liệu tổng hợp quý I, ông Phan Quốc Khải được bổ nhiệm giữ chức Giám đốc Sở Xây dựng tỉnh Phú Yên.",
     ("Phan Quốc Khải", "appointed")),
    ("Sau khi rà soát tài liệu, UBND tỉnh Phú Yên bổ nhiệm ông Phan Quốc Khải làm Giám đốc Sở Xây dựng.",
     ("Phan Quốc Khải", "appointed")),
    ("Dựa trên dữ liệu đánh giá cán bộ, bà Đỗ Minh Thư được bầu làm Phó Chủ tịch HĐND tỉnh Phú Yên.",
     ("Đỗ Minh Thư", "elected")),
    ("Nhà máy tiết kiệm nhiên liệu nhiều năm liền; ông Phan Quốc Khải được bổ nhiệm làm Giám đốc Sở Công Thương "
     "tỉnh Phú Yên.", ("Phan Quốc Khải", "appointed")),
])
def test_liệu_in_a_noun_keeps_the_change(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    "Liệu ông Phan Quốc Khải có được bổ nhiệm làm Giám đốc Sở Xây dựng tỉnh Phú Yên trong tháng tới?",
    "Cử tri băn khoăn liệu bà Đỗ Minh Thư sẽ được bầu làm Phó Chủ tịch HĐND tỉnh Phú Yên hay không.",
    "Chưa rõ liệu UBND tỉnh Phú Yên có bổ nhiệm ông Phan Quốc Khải làm Giám đốc Sở Xây dựng.",
])
def test_a_question_is_no_change(extractor, text):
    got = changes(extractor, text)
    assert got == [], got
