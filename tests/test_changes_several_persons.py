"""position_changes: several persons in one decision, each with the post printed after them: persons joined by
"và" sharing the post after the last of them, semicolon items of two persons, a counted post named by "là",
subjects each with an appositive before a passive cue, a deputy's post in the body of the head's printed before
it; memberships of boards printed without their committee or marked with it as one body (constructed sentences,
several variants, and near-misses)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str, published: str = "2025-07-20") -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date.fromisoformat(published)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


@pytest.mark.parametrize("text, want", [
    ("Đại hội bầu ông Nguyễn Văn Hùng làm Bí thư Đảng ủy xã Tân Thành, ông Trần Văn Bình và ông Lê Văn Cường làm "
     "Phó Bí thư.",
     [("Nguyễn Văn Hùng", "elected", "Bí thư", "Đảng ủy xã Tân Thành"),
      ("Trần Văn Bình", "elected", "Phó Bí thư", "Đảng ủy xã Tân Thành"),
      ("Lê Văn Cường", "elected", "Phó Bí thư", "Đảng ủy xã Tân Thành")]),
    ("Hội nghị đã bầu ông Nguyễn Văn Hùng giữ chức Bí thư Tỉnh ủy; ông Trần Văn Bình và ông Lê Văn Cường giữ chức "
     "Phó Bí thư Tỉnh ủy Nghệ An.",
     [("Trần Văn Bình", "elected", "Phó Bí thư", "Tỉnh ủy Nghệ An"),
      ("Lê Văn Cường", "elected", "Phó Bí thư", "Tỉnh ủy Nghệ An")]),
    ("UBND tỉnh bổ nhiệm ông Nguyễn Văn Hùng, ông Trần Văn Bình giữ chức Phó Giám đốc Sở Tài chính.",
     [("Nguyễn Văn Hùng", "appointed", "Phó Giám đốc", "Sở Tài chính"),
      ("Trần Văn Bình", "appointed", "Phó Giám đốc", "Sở Tài chính")]),
])
def test_persons_joined_share_the_post_after_them(extractor, text, want):
    got = changes(extractor, text)
    for w in want:
        assert w in got, got


def test_the_heads_post_is_not_the_next_persons(extractor):
    got = changes(extractor, "Đại hội bầu ông Nguyễn Văn Hùng làm Bí thư Đảng ủy xã Tân Thành, ông Trần Văn Bình "
                             "và ông Lê Văn Cường làm Phó Bí thư.")
    assert ("Trần Văn Bình", "elected", "Bí thư", "Đảng ủy xã Tân Thành") not in got, got


def test_a_deputy_keeps_the_body_it_prints(extractor):
    got = changes(extractor, "Đại hội bầu ông Nguyễn Văn Hùng làm Bí thư Đảng ủy xã Tân Thành, ông Trần Văn Bình "
                             "làm Phó Bí thư Đảng ủy xã Tân Lập.")
    assert ("Trần Văn Bình", "elected", "Phó Bí thư", "Đảng ủy xã Tân Lập") in got, got


@pytest.mark.parametrize("text, want", [
    ("HĐND tỉnh bầu bổ sung 2 Phó Chủ tịch UBND tỉnh Nghệ An là ông Nguyễn Văn Hùng và ông Trần Văn Bình.",
     [("Nguyễn Văn Hùng", "elected", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An"),
      ("Trần Văn Bình", "elected", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")]),
    ("Thủ tướng Chính phủ bổ nhiệm lại 2 Thứ trưởng Bộ Công Thương là ông Hoàng Minh Đức và ông Vũ Quốc Khánh.",
     [("Hoàng Minh Đức", "reappointed", "Thứ trưởng", "Bộ Công Thương"),
      ("Vũ Quốc Khánh", "reappointed", "Thứ trưởng", "Bộ Công Thương")]),
])
def test_a_counted_post_names_its_persons_after_la(extractor, text, want):
    got = changes(extractor, text)
    for w in want:
        assert w in got, got


def test_la_without_a_post_names_nobody(extractor):
    # "là" after a cue with no post printed between: an opinion, not who was appointed
    got = changes(extractor, "Việc bổ nhiệm là cần thiết, ông Nguyễn Văn Hùng nói.")
    assert got == [], got


def test_la_between_a_subject_and_the_cue_is_no_glue(extractor):
    got = changes(extractor, "Thượng tá Nguyễn Văn Hùng là chánh văn phòng Bộ tư lệnh Quân đoàn 3 được điều động "
                             "về nhận nhiệm vụ.")
    assert not any(c[0] == "Nguyễn Văn Hùng" for c in got), got


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Hùng, Giám đốc Sở Tài chính và ông Trần Văn Bình, Giám đốc Sở Nội vụ được điều động giữ chức "
    "Phó Chủ tịch UBND tỉnh Nghệ An.",
    "Ông Nguyễn Văn Hùng (Giám đốc Sở Tài chính) và ông Trần Văn Bình (Giám đốc Sở Nội vụ) được điều động giữ chức "
    "Phó Chủ tịch UBND tỉnh Nghệ An.",
])
def test_subjects_each_with_an_appositive(extractor, text):
    got = changes(extractor, text)
    for name in ("Nguyễn Văn Hùng", "Trần Văn Bình"):
        assert (name, "transferred", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An") in got, got


def test_a_source_before_the_subject_is_no_co_subject(extractor):
    # "Theo ông A, <title>, ông B được ...": A reports, only B is moved (no "và" joins them)
    got = changes(extractor, "Theo ông Nguyễn Văn Hùng, Giám đốc Sở Nội vụ, ông Trần Văn Bình được điều động giữ "
                             "chức Phó Chủ tịch UBND tỉnh Nghệ An.")
    assert not any(c[0] == "Nguyễn Văn Hùng" for c in got), got
    assert ("Trần Văn Bình", "transferred", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An") in got, got


@pytest.mark.parametrize("text, want", [
    ("Ông Nguyễn Văn Bình, Phó Chủ tịch UBND tỉnh, được Ban Bí thư chỉ định tham gia Ban Chấp hành, Ban Thường vụ "
     "Tỉnh ủy Nghệ An.",
     [("Nguyễn Văn Bình", "appointed", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Nghệ An"),
      ("Nguyễn Văn Bình", "appointed", "Ủy viên", "Ban Thường vụ Tỉnh ủy Nghệ An")]),
    ("Ông Nguyễn Văn Bình thôi tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy Diễn Châu.",
     [("Nguyễn Văn Bình", "dismissed", "Ủy viên", "Ban Chấp hành Đảng bộ huyện Diễn Châu"),
      ("Nguyễn Văn Bình", "dismissed", "Ủy viên", "Ban Thường vụ Huyện ủy Diễn Châu")]),
    ("Ban Bí thư chỉ định ông Trần Văn Tâm tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Phó Bí thư Tỉnh ủy "
     "Thanh Hóa.",
     [("Trần Văn Tâm", "appointed", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Thanh Hóa"),
      ("Trần Văn Tâm", "appointed", "Ủy viên", "Ban Thường vụ Tỉnh ủy Thanh Hóa"),
      ("Trần Văn Tâm", "appointed", "Phó Bí thư", "Tỉnh ủy Thanh Hóa")]),
    ("Ông Đinh Công Sơn thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi giữ chức Phó Bí thư Tỉnh ủy Lạng Sơn.",
     [("Đinh Công Sơn", "dismissed", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Lạng Sơn"),
      ("Đinh Công Sơn", "dismissed", "Ủy viên", "Ban Thường vụ Tỉnh ủy Lạng Sơn")]),
])
def test_boards_and_their_committee(extractor, text, want):
    got = changes(extractor, text)
    for w in want:
        assert w in got, got


def test_boards_then_another_unit_name_no_committee(extractor):
    # after the boards, a move to another unit: its committee is no committee of the boards
    got = changes(extractor, "Ông Trần Văn Tâm thôi tham gia Ban Chấp hành, Ban Thường vụ để nhận nhiệm vụ Bí thư "
                             "Đảng ủy xã Tân Thành.")
    assert not any(c[2] == "Ủy viên" and c[3] and "Tân Thành" in c[3] for c in got), got


@pytest.mark.parametrize("text, want", [
    ("Theo đó, đồng chí Nguyễn Văn Hùng được chỉ định giữ chức Bí thư; đồng chí Trần Văn Bình giữ chức Phó Bí thư "
     "Đảng ủy xã Tân Thành.",
     [("Nguyễn Văn Hùng", "appointed", "Bí thư", "Đảng ủy xã Tân Thành"),
      ("Trần Văn Bình", "appointed", "Phó Bí thư", "Đảng ủy xã Tân Thành")]),
    ("Ông Nguyễn Văn Hùng được bổ nhiệm làm Giám đốc Sở Tài chính tỉnh Nghệ An; bà Lê Thị Mai giữ chức Phó Giám đốc "
     "Sở Nội vụ tỉnh Nghệ An.",
     [("Nguyễn Văn Hùng", "appointed", "Giám đốc", "Sở Tài chính tỉnh Nghệ An"),
      ("Lê Thị Mai", "appointed", "Phó Giám đốc", "Sở Nội vụ tỉnh Nghệ An")]),
])
def test_items_after_a_passive_subject_share_the_decision(extractor, text, want):
    got = changes(extractor, text)
    for w in want:
        assert w in got, got


def test_an_item_without_a_post_is_no_change(extractor):
    got = changes(extractor, "Ông Nguyễn Văn Hùng được bổ nhiệm làm Giám đốc Sở Tài chính tỉnh Nghệ An; bà Lê Thị "
                             "Mai phát biểu chúc mừng.")
    assert not any(c[0] == "Lê Thị Mai" for c in got), got


@pytest.mark.parametrize("text, want", [
    ("Chủ tịch UBND tỉnh trao quyết định cho ông Nguyễn Văn Hùng, Phó Giám đốc Sở Tài chính, giữ chức Giám đốc Sở "
     "Tài chính tỉnh Nghệ An.", ("Nguyễn Văn Hùng", "appointed", "Giám đốc", "Sở Tài chính tỉnh Nghệ An")),
    ("Bộ trưởng đã trao quyết định cho Đại tá Lê Văn Sơn giữ chức Phó Cục trưởng Cục Cảnh sát giao thông.",
     ("Lê Văn Sơn", "appointed", "Phó Cục trưởng", "Cục Cảnh sát giao thông")),
])
def test_a_decision_handed_to_a_person_with_his_post(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


def test_a_decision_handed_without_a_post_is_no_appointment(extractor):
    got = changes(extractor, "Chủ tịch UBND tỉnh trao quyết định cho ông Nguyễn Văn Hùng và chúc mừng ông.")
    assert got == [], got
