"""position_changes: several persons of one decision sharing the post printed after the last of them
("bổ nhiệm ông A và bà B giữ chức Phó Giám đốc Sở X"), and the Politburo's "điều động, phân công ông A
..., giữ chức" (several constructed variants each)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str, published: str = "2025-07-20") -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date.fromisoformat(published)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


@pytest.mark.parametrize("text, want", [
    ("UBND tỉnh công bố quyết định bổ nhiệm ông Ngô Văn Khoa và bà Lý Thị Lan giữ chức Phó Giám đốc Sở Nội vụ "
     "tỉnh Cao Bằng.",
     [("Ngô Văn Khoa", "appointed", "Phó Giám đốc", "Sở Nội vụ tỉnh Cao Bằng"),
      ("Lý Thị Lan", "appointed", "Phó Giám đốc", "Sở Nội vụ tỉnh Cao Bằng")]),
    ("HĐND tỉnh bầu ông Ngô Văn Khoa, ông Lý Văn Lâm và bà Hà Thị Mai giữ chức Phó Chủ tịch UBND tỉnh Cao Bằng.",
     [("Ngô Văn Khoa", "elected", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cao Bằng"),
      ("Lý Văn Lâm", "elected", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cao Bằng"),
      ("Hà Thị Mai", "elected", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Cao Bằng")]),
    ("Bộ trưởng đã ký quyết định điều động ông Phan Văn Sáu và ông Lê Quang Bảy làm Phó Cục trưởng Cục Thuế.",
     [("Phan Văn Sáu", "transferred", "Phó Cục trưởng", "Cục Thuế"),
      ("Lê Quang Bảy", "transferred", "Phó Cục trưởng", "Cục Thuế")]),
])
def test_persons_share_the_post_after_them(extractor, text, want):
    got = changes(extractor, text)
    for w in want:
        assert w in got, got


def test_a_person_with_an_own_post_keeps_it(extractor):
    got = changes(extractor, "UBND tỉnh bổ nhiệm ông Ngô Văn Khoa giữ chức Giám đốc Sở Nội vụ và bà Lý Thị Lan "
                             "giữ chức Phó Giám đốc Sở Tài chính tỉnh Cao Bằng.")
    assert any(c[:3] == ("Ngô Văn Khoa", "appointed", "Giám đốc") for c in got), got
    assert not any(c[0] == "Ngô Văn Khoa" and c[2] == "Phó Giám đốc" for c in got), got


@pytest.mark.parametrize("text, want", [
    ("Bộ Chính trị điều động, phân công ông Nguyễn Văn An, Thứ trưởng Bộ Công an, giữ chức Bí thư Tỉnh ủy Hà Giang.",
     ("Nguyễn Văn An", "transferred", "Bí thư", "Tỉnh ủy Hà Giang")),
    ("Bộ Chính trị quyết định điều động, phân công đồng chí Trần Văn Bình giữ chức Bí thư Tỉnh ủy Nam Định.",
     ("Trần Văn Bình", "transferred", "Bí thư", "Tỉnh ủy Nam Định")),
])
def test_politburo_transfer_and_assignment(extractor, text, want):
    assert want in changes(extractor, text)
