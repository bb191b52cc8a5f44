"""position_changes: a nominee introduced by what he does, printed between the cue and his name ("đề cử chính
trị gia kỳ cựu A làm X", "chọn nữ dân biểu B làm X", "bổ nhiệm cựu quan chức ngân khố C làm X"): concerned
when a descriptor's head opens the words between and the post word follows his name; never a thing picked, a
descriptor broken by punctuation or a relative, nor a cue with no post word after the person.
Constructed sentences, invented names (each named again in a second sentence, as an article does)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str) -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2024, 11, 25)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


@pytest.mark.parametrize("text, want", [
    ("Tổng thống đắc cử Paul Carver chọn nữ dân biểu Karen Moss làm bộ trưởng lao động Mỹ. "
     "Bà Karen Moss từng làm việc tại bang Ohio.",
     ("Karen Moss", "nominated", "Bộ trưởng", "Bộ Lao động Mỹ")),
    ("Ông Carver đề cử chính trị gia kỳ cựu Henry Aldridge làm bộ trưởng năng lượng Mỹ. "
     "Ông Henry Aldridge năm nay 61 tuổi.",
     ("Henry Aldridge", "nominated", "Bộ trưởng", "Bộ Năng lượng Mỹ")),
    ("Ông Carver chọn tỉ phú đầu tư Nora Fenwick làm bộ trưởng thương mại Mỹ. Bà Nora Fenwick là bạn lâu năm của ông.",
     ("Nora Fenwick", "nominated", "Bộ trưởng", "Bộ Thương mại Mỹ")),
    ("Ông Carver bổ nhiệm cựu quan chức ngân khố Ron Gale làm phó cố vấn an ninh quốc gia. "
     "Ông Ron Gale từng công tác ở châu Á.",
     ("Ron Gale", "appointed", "Phó Cố vấn an ninh quốc gia", None)),
])
def test_a_nominee_introduced_by_what_he_does(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    # a thing picked, a place met at: no descriptor's head
    "Ông Carver chọn địa điểm gặp bà Nora Fenwick làm nơi ký kết. Bà Nora Fenwick đồng ý.",
    # no cue before the descriptor
    "Ông Carver gặp luật sư Ron Gale làm việc tại Texas. Ông Ron Gale cho biết như vậy.",
    # a descriptor broken by a comma, a relative named before the person
    "Ông Carver chọn luật sư riêng của mình, ông Ron Gale, làm bộ trưởng nội vụ Mỹ. Ông Ron Gale đồng ý.",
    "Ông Carver chọn con trai của bạn thân Ron Gale làm bộ trưởng nội vụ Mỹ. Ông Ron Gale đồng ý.",
    # no post word after the person
    "Ông Carver đề cử chính trị gia kỳ cựu Ron Gale vì ông có kinh nghiệm. Ông Ron Gale đồng ý.",
    "Ông Carver khen ngợi dân biểu Karen Moss làm việc chăm chỉ. Bà Karen Moss cảm ơn ông.",
])
def test_no_nominee_without_a_descriptor_and_a_post(extractor, text):
    got = changes(extractor, text)
    assert not [c for c in got if c[1] in ("nominated", "appointed")], got


@pytest.mark.parametrize("text", [
    # the descriptor is someone else's: tied by "của", "với", "do", "cho", or naming him past an honorific
    "Ông Carver chọn cố vấn thân tín của ông Ron Gale làm bộ trưởng năng lượng Mỹ. Ông Ron Gale chúc mừng.",
    "Ông Carver đề cử cố vấn nhiều năm của bà Karen Moss làm bộ trưởng lao động Mỹ. Bà Karen Moss hoan nghênh.",
    "Ông Carver đề cử chuyên gia gắn bó với ông Henry Aldridge làm bộ trưởng thương mại Mỹ. Ông Henry Aldridge "
    "đồng tình.",
    "Ông Carver chọn luật sư do bà Nora Fenwick giới thiệu làm bộ trưởng tư pháp Mỹ. Bà Nora Fenwick vui mừng.",
    "Ông Carver chọn cố vấn lâu năm cho gia đình ông Ron Gale làm bộ trưởng nội vụ Mỹ. Ông Ron Gale im lặng.",
    "Chủ tịch UBND tỉnh bổ nhiệm chuyên gia tài chính của ông Lương Văn Đức làm Phó Giám đốc Sở Tài chính "
    "tỉnh Nam Định. Ông Lương Văn Đức chưa lên tiếng.",
])
def test_a_descriptor_of_someone_else_names_no_nominee(extractor, text):
    got = changes(extractor, text)
    assert not [c for c in got if c[1] in ("nominated", "appointed")], got


def test_an_honorific_right_before_the_described_person_is_kept(extractor):
    text = ("Ông Carver đề cử nữ dân biểu bà Karen Moss làm bộ trưởng giáo dục Mỹ. Bà Karen Moss từng dạy học.")
    assert ("Karen Moss", "nominated", "Bộ trưởng", "Bộ Giáo dục Mỹ") in changes(extractor, text)
