"""position_changes: the post left or sanctioned printed in brackets right after the person's name
("khai trừ khỏi Đảng ông A (Thứ trưởng Bộ X)"); constructed variants and near-misses."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str, published: str = "2025-07-20") -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date.fromisoformat(published)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


@pytest.mark.parametrize("text, want", [
    ("Tại cuộc họp, Ban Bí thư xem xét và khai trừ khỏi Đảng ông Nguyễn Văn Hùng (Phó Chủ tịch UBND tỉnh "
     "Thanh Hóa).",
     [("Nguyễn Văn Hùng", "disciplined", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa")]),
    ("Ban Bí thư cũng khai trừ khỏi Đảng các ông Nguyễn Văn Hùng (Phó Chủ tịch UBND tỉnh Thanh Hóa), "
     "Trần Minh Đức (Giám đốc Sở Xây dựng Thanh Hóa).",
     [("Nguyễn Văn Hùng", "disciplined", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa"),
      ("Trần Minh Đức", "disciplined", "Giám đốc", "Sở Xây dựng tỉnh Thanh Hóa")]),
    ("Tuần qua, Bộ Công an đã cảnh cáo ông Đào Quang Vinh (Phó Giám đốc Công an tỉnh Ninh Bình).",
     [("Đào Quang Vinh", "disciplined", "Phó Giám đốc", "Công an tỉnh Ninh Bình")]),
    ("Ủy ban Kiểm tra Tỉnh ủy Nghệ An kỷ luật bằng hình thức khiển trách bà Phạm Thị Lan (Giám đốc Sở "
     "Tài chính tỉnh Nghệ An).",
     [("Phạm Thị Lan", "disciplined", "Giám đốc", "Sở Tài chính tỉnh Nghệ An")]),
    ("Thủ tướng vừa quyết định cách chức ông Lê Văn Bình (Phó Giám đốc Sở Tài chính tỉnh Nam Định).",
     [("Lê Văn Bình", "removed", "Phó Giám đốc", "Sở Tài chính tỉnh Nam Định")]),
    ("Ông Hoàng Minh Tâm (Giám đốc Sở Công Thương tỉnh Nam Định) đã nghỉ hưu từ đầu tháng 3.",
     [("Hoàng Minh Tâm", "retired", "Giám đốc", "Sở Công Thương tỉnh Nam Định")]),
])
def test_bracketed_post_of_a_sanction_or_a_post_left(extractor, text, want):
    got = changes(extractor, text)
    for w in want:
        assert w in got, got


@pytest.mark.parametrize("text, person", [
    # a plan, a past sanction recalled in a biography: no change
    ("Dự kiến tỉnh sẽ kỷ luật ông Lê Văn Bình (Phó Giám đốc Sở Tài chính tỉnh Nam Định) trong tháng tới.",
     "Lê Văn Bình"),
    ("Ông Lê Văn Bình (Phó Giám đốc Sở Tài chính tỉnh Nam Định) từng bị kỷ luật cảnh cáo năm 2015.",
     "Lê Văn Bình"),
])
def test_bracketed_post_near_misses(extractor, text, person):
    assert not [c for c in changes(extractor, text) if c[0] == person]


def test_bracketed_post_is_no_post_taken(extractor):
    # an appointment's bracket may hold the post left: never the post taken
    got = changes(extractor, "Bộ trưởng Bộ Nội vụ trao quyết định bổ nhiệm ông Đào Quang Vinh (Phó Giám đốc Sở Tài "
                             "chính tỉnh Nam Định) giữ chức Giám đốc Sở Nội vụ tỉnh Nam Định.")
    assert ("Đào Quang Vinh", "appointed", "Giám đốc", "Sở Nội vụ tỉnh Nam Định") in got
    assert not [c for c in got if c[2] == "Phó Giám đốc"]
    got = changes(extractor, "Bộ trưởng Bộ Nội vụ trao quyết định bổ nhiệm ông Đào Quang Vinh (Phó Giám đốc Sở Tài "
                             "chính tỉnh Nam Định).")
    assert not [c for c in got if c[2] == "Phó Giám đốc"]


def test_bracketed_aside_that_is_no_post(extractor):
    got = changes(extractor, "Ông Lê Văn Bình (sinh năm 1970) bị kỷ luật cảnh cáo vì sai phạm trong quản lý đất đai.")
    assert ("Lê Văn Bình", "disciplined", None, None) in got or not [c for c in got if c[2]]


def test_apposition_open_is_a_word_not_a_set_of_characters():
    from nqextract.extract.changes.posts import apposition_gap

    assert apposition_gap(" (", ("(",)) == ""
    assert apposition_gap(", (nguyên ", ("(",)) == "nguyên"
    assert apposition_gap(" (", ()) == "("  # a post taken: no bracket
    # a two-character opening is read as printed, not as its characters
    assert apposition_gap(" [(", ("([",)) == "[("
    assert apposition_gap(" ([", ("([",)) == ""
