"""position_changes: a higher party committee's approval ("chuẩn y") of an election or appointment, and a
discipline form printed after the person a "kỷ luật" concerns ("..., bằng hình thức khiển trách"); near-misses
that must not fire (constructed sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str, published: str = "2025-07-20") -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date.fromisoformat(published)))
    return [(c.person, c.change, c.title, c.body, c.discipline) for c in art.position_changes]


# -- "chuẩn y": active, passive with its decider, with "kết quả bầu" / "việc bầu"
@pytest.mark.parametrize("text, want", [
    ("Ban Bí thư chuẩn y ông Lê Quang Hòa giữ chức Phó Bí thư Tỉnh ủy Quảng Ngãi nhiệm kỳ 2020-2025.",
     ("Lê Quang Hòa", "approved", "Phó Bí thư", "Tỉnh ủy Quảng Ngãi", None)),
    ("Ông Lê Quang Hòa được Ban Bí thư chuẩn y giữ chức Phó Bí thư Tỉnh ủy Quảng Ngãi.",
     ("Lê Quang Hòa", "approved", "Phó Bí thư", "Tỉnh ủy Quảng Ngãi", None)),
    ("Ban Bí thư chuẩn y ông Lê Quang Hòa, Chủ tịch UBND tỉnh, giữ chức Phó Bí thư Tỉnh ủy Quảng Ngãi.",
     ("Lê Quang Hòa", "approved", "Phó Bí thư", "Tỉnh ủy Quảng Ngãi", None)),
    ("Ban Thường vụ Tỉnh ủy chuẩn y kết quả bầu bà Đinh Thị Hạnh giữ chức Chủ nhiệm Ủy ban Kiểm tra Huyện ủy "
     "Sơn Tịnh.", ("Đinh Thị Hạnh", "approved", "Chủ nhiệm", "Ủy ban Kiểm tra Huyện ủy Sơn Tịnh", None)),
    ("Ban Bí thư đồng ý, chuẩn y việc bầu ông Lê Quang Hòa giữ chức Phó Bí thư Tỉnh ủy Quảng Ngãi.",
     ("Lê Quang Hòa", "approved", "Phó Bí thư", "Tỉnh ủy Quảng Ngãi", None)),
])
def test_approval_of_a_party_committee(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


def test_approval_of_a_proposal_names_nobody(extractor):
    # what is approved is a proposal, the person after it no appointee
    got = changes(extractor, "Quốc hội chuẩn y đề nghị suy tôn Chủ tịch Hồ Chí Minh là người công dân thứ nhất.")
    assert got == [], got


# -- the discipline form after the person and its appositive
@pytest.mark.parametrize("text, want", [
    ("Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật ông Phạm Văn Tùng, Phó Chủ tịch UBND huyện Đức Cơ, bằng hình thức "
     "khiển trách.", ("Phạm Văn Tùng", "disciplined", "Phó Chủ tịch", "Ủy ban nhân dân huyện Đức Cơ", "khiển trách")),
    ("UBND tỉnh quyết định kỷ luật bà Lê Thị Hoa, Giám đốc Sở Y tế tỉnh Gia Lai, với hình thức cảnh cáo.",
     ("Lê Thị Hoa", "disciplined", "Giám đốc", "Sở Y tế tỉnh Gia Lai", "cảnh cáo")),
    ("Ban Thường vụ Tỉnh ủy quyết định thi hành kỷ luật ông Phạm Văn Tùng bằng hình thức cách chức.",
     ("Phạm Văn Tùng", "disciplined", None, None, "cách chức")),
    ("Do đó, ông Lương Văn Hải chỉ bị kỷ luật với hình thức khiển trách.",
     ("Lương Văn Hải", "disciplined", None, None, "khiển trách")),
])
def test_discipline_form_after_the_person(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


def test_a_form_past_the_clause_is_not_the_cues(extractor):
    # after a semicolon the form is another proposal's, not the discipline of the "kỷ luật" before
    got = changes(extractor, "Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật ông Phạm Văn Tùng, Phó Chủ tịch UBND huyện "
                             "Đức Cơ; đồng thời đề nghị cảnh cáo ông Lê Văn Nam.")
    assert ("Phạm Văn Tùng", "disciplined", "Phó Chủ tịch", "Ủy ban nhân dân huyện Đức Cơ", None) in got, got
    assert not any(c[4] == "cảnh cáo" and c[0] == "Phạm Văn Tùng" for c in got), got


def test_a_form_in_another_sentence_is_not_the_cues(extractor):
    got = changes(extractor, "Ông Phạm Văn Tùng bị kỷ luật. Trước đó ông từng bị cảnh cáo.")
    assert ("Phạm Văn Tùng", "disciplined", None, None, None) in got, got
