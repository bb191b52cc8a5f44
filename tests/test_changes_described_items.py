"""position_changes: the semicolon items after a passive subject's cue ("ông A được bổ nhiệm ...; bà B giữ chức
Y") share the decision only when they print a post given, not one held: an item with a not_hold word before
its post word or a time of the past after it describes B (constructed sentences, several variants, and the
items that still share the decision)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str, published: str = "2025-07-20") -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date.fromisoformat(published)))
    return [(c.person, c.change, c.title) for c in art.position_changes]


@pytest.mark.parametrize("item", [
    "bà Phạm Thị Mai giữ chức Phó Giám đốc Sở Xây dựng từ năm 2017",
    "bà Phạm Thị Mai giữ chức Phó Giám đốc Sở Xây dựng từ tháng 4/2016",
    "bà Phạm Thị Mai giữ chức Phó Giám đốc Sở Xây dựng từ ngày 3/5/2015",
    "bà Phạm Thị Mai hiện giữ chức Phó Giám đốc Sở Xây dựng",
    "bà Phạm Thị Mai vẫn giữ chức Phó Giám đốc Sở Xây dựng",
    "bà Phạm Thị Mai tiếp tục giữ chức Phó Giám đốc Sở Xây dựng",
])
def test_a_described_item_is_no_decision(extractor, item):
    got = changes(extractor, f"Ông Đinh Quang Vũ được bổ nhiệm làm Giám đốc Sở Xây dựng; {item}.")
    assert ("Đinh Quang Vũ", "appointed", "Giám đốc") in got, got
    assert not any(c[0] == "Phạm Thị Mai" for c in got), got


@pytest.mark.parametrize("text, person, change, title", [
    ("Đồng chí Đinh Quang Vũ được chỉ định giữ chức Bí thư Đảng ủy; đồng chí Phạm Văn Toàn giữ chức Phó Bí thư "
     "Đảng ủy.", "Phạm Văn Toàn", "appointed", "Phó Bí thư"),
    ("Ông Đinh Quang Vũ được bầu giữ chức Chủ tịch HĐND tỉnh Hà Tĩnh; ông Phạm Văn Toàn giữ chức Phó Chủ tịch "
     "HĐND tỉnh Hà Tĩnh nhiệm kỳ 2021-2026.", "Phạm Văn Toàn", "elected", "Phó Chủ tịch"),
    ("Ông Đinh Quang Vũ được bổ nhiệm làm Giám đốc Sở Xây dựng; bà Phạm Thị Mai giữ chức Phó Giám đốc Sở Xây "
     "dựng từ ngày 1/8/2025.", "Phạm Thị Mai", "appointed", "Phó Giám đốc"),
])
def test_an_item_given_its_post_shares_the_decision(extractor, text, person, change, title):
    assert (person, change, title) in changes(extractor, text)
