"""position_changes: the genre's phrasing beyond the articles the cues were written on (constructed
sentences, several variants per family): moves to a body without a title, titles run over the verb,
plans and proposals, resignations and early retirements, semicolon lists, decisions received, new
titles before the name, deciders before the person."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str, published: str = "2025-07-20") -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date.fromisoformat(published)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


def deciders(extractor, text: str) -> list[str | None]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2025, 7, 20)))
    return [c.decided_by for c in art.position_changes]


# -- a move to a body, no title: "điều động ông A (, <old post>,) đến (nhận) công tác tại <body>"
@pytest.mark.parametrize("text, want", [
    ("Bộ Chính trị điều động ông Nguyễn Văn Hiếu, Bí thư Tỉnh ủy Bến Tre, đến công tác tại Ban Tổ chức Trung ương.",
     ("Nguyễn Văn Hiếu", "transferred", None, "Ban Tổ chức Trung ương")),
    ("Ban Thường vụ Tỉnh ủy điều động, luân chuyển ông Đinh Văn Tâm, Phó Bí thư Huyện ủy Hòa Vang, đến nhận công "
     "tác tại Ban Tổ chức Tỉnh ủy.", ("Đinh Văn Tâm", "transferred", None, "Ban Tổ chức Tỉnh ủy")),
    ("Ông Lê Văn Hòa được điều động về nhận công tác tại Sở Y tế tỉnh Bình Dương.",
     ("Lê Văn Hòa", "transferred", None, "Sở Y tế tỉnh Bình Dương")),
    ("Ông Trần Văn Tuấn, Phó Giám đốc Sở Tài chính, được luân chuyển về công tác tại Bệnh viện Đa khoa tỉnh Hà Giang.",
     ("Trần Văn Tuấn", "transferred", None, "Bệnh viện Đa khoa tỉnh Hà Giang")),
])
def test_move_to_a_body_without_a_title(extractor, text, want):
    got = changes(extractor, text)
    assert got == [want], got


def test_a_move_with_its_new_post_keeps_the_post(extractor):
    got = changes(extractor, "Bộ Y tế điều động bà Nguyễn Thị Hoa đến công tác tại Bệnh viện Bạch Mai và giữ chức "
                             "Phó Giám đốc Bệnh viện Bạch Mai.")
    assert got == [("Nguyễn Thị Hoa", "transferred", "Phó Giám đốc", "Bệnh viện Bạch Mai")], got


def test_a_new_duty_is_the_post_word(extractor):
    got = changes(extractor, "Bộ Quốc phòng điều động Thiếu tướng Nguyễn Văn Hòa đến nhận nhiệm vụ Phó Tư lệnh Quân "
                             "khu 7.")
    assert got == [("Nguyễn Văn Hòa", "transferred", "Phó Tư lệnh", "Quân khu 7")], got


# -- a title span run over the verb before it ("bổ nhiệm Vụ trưởng ... cho ông A"): still a cue
@pytest.mark.parametrize("text, want", [
    ("Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng đã trao quyết định bổ nhiệm Vụ trưởng Vụ Ngân sách nhà nước cho ông "
     "Phạm Đình Cường.", ("Phạm Đình Cường", "appointed", "Vụ trưởng", "Vụ Ngân sách nhà nước")),
    ("Bộ trưởng Bộ Y tế trao quyết định bổ nhiệm Cục trưởng Cục Quản lý Dược cho ông Vũ Tuấn Cường.",
     ("Vũ Tuấn Cường", "appointed", "Cục trưởng", "Cục Quản lý Dược")),
])
def test_title_before_the_person_after_cho(extractor, text, want):
    assert changes(extractor, text) == [want]


# -- plans and proposals are no change; the proposal a decision followed does not undo it
@pytest.mark.parametrize("text", [
    "Sở Nội vụ đang hoàn thiện hồ sơ đề xuất bổ nhiệm ông Lê Văn An làm Phó Giám đốc Sở Y tế.",
    "Ban Thường vụ Tỉnh ủy sẽ xem xét bổ nhiệm ông Lê Văn Bình vào tháng tới.",
    "Ủy ban Kiểm tra Tỉnh ủy đề nghị Ban Thường vụ Tỉnh ủy xem xét, thi hành kỷ luật đối với ông Hồ Văn Tư, Bí thư "
    "Huyện ủy Đức Phổ.",
    "UBND tỉnh đang chuẩn bị bổ nhiệm ông Trần Văn Hải giữ chức Giám đốc Sở Tài chính.",
    "Ông Nguyễn Văn Hưng chưa được bổ nhiệm làm Giám đốc Sở Nội vụ.",
])
def test_plans_and_proposals_are_no_change(extractor, text):
    assert not [c for c in changes(extractor, text) if c[1] != "nominated"]


@pytest.mark.parametrize("text, want", [
    ("Theo đề xuất của Giám đốc Sở Nội vụ, UBND tỉnh bổ nhiệm ông Lê Văn Cường giữ chức Phó Giám đốc Sở Y tế.",
     ("Lê Văn Cường", "appointed", "Phó Giám đốc", "Sở Y tế")),
    ("Theo đề nghị của Bộ trưởng Bộ Nội vụ, Thủ tướng bổ nhiệm ông Lê Văn Cường giữ chức Thứ trưởng Bộ Y tế.",
     ("Lê Văn Cường", "appointed", "Thứ trưởng", "Bộ Y tế")),
    ("Xét đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh bổ nhiệm ông Lê Văn Cường làm Giám đốc Sở Xây dựng.",
     ("Lê Văn Cường", "appointed", "Giám đốc", "Sở Xây dựng")),
    ("Ban Thường vụ Tỉnh ủy đã họp, xem xét, thi hành kỷ luật bằng hình thức cảnh cáo đối với ông Hồ Văn Tư, Bí thư "
     "Huyện ủy Đức Phổ.", ("Hồ Văn Tư", "disciplined", "Bí thư", "Huyện ủy Đức Phổ")),
])
def test_a_decision_after_the_proposal_it_followed(extractor, text, want):
    assert changes(extractor, text) == [want]


@pytest.mark.parametrize("text, want", [
    ("Bộ Nội vụ đề nghị bổ nhiệm ông Trần Văn Hải giữ chức Vụ trưởng Vụ Pháp chế.",
     ("Trần Văn Hải", "nominated", "Vụ trưởng", "Vụ Pháp chế")),
    ("Ban Thường vụ Tỉnh ủy giới thiệu bà Nguyễn Thị Hà ứng cử chức danh Phó Chủ tịch HĐND tỉnh Thái Nguyên.",
     ("Nguyễn Thị Hà", "nominated", "Phó Chủ tịch", "Hội đồng nhân dân tỉnh Thái Nguyên")),
])
def test_a_proposal_to_appoint_and_a_candidacy_are_nominations(extractor, text, want):
    assert changes(extractor, text) == [want]


def test_candidates_are_no_nomination(extractor):
    assert changes(extractor, "Các ứng cử viên, trong đó có ông Lê Văn An, đã trình bày chương trình hành động.") == []


# -- resignations and early retirements in the words of the request
@pytest.mark.parametrize("text, want", [
    ("Ông Phan Văn Mãi có đơn xin nghỉ công tác.", ("Phan Văn Mãi", "resigned", None, None)),
    ("Ông Võ Văn Thưởng xin thôi giữ các chức vụ được phân công.", ("Võ Văn Thưởng", "resigned", None, None)),
    ("Ông Lê Văn Nam xin thôi giữ chức Chủ tịch UBND huyện Ba Vì.",
     ("Lê Văn Nam", "resigned", "Chủ tịch", "Ủy ban nhân dân huyện Ba Vì")),
    ("Bà Lê Thị Mai, Phó Giám đốc Sở Giáo dục và Đào tạo tỉnh Nghệ An, xin nghỉ công tác trước tuổi.",
     ("Lê Thị Mai", "retired", "Phó Giám đốc", "Sở Giáo dục và Đào tạo tỉnh Nghệ An")),
    ("Ông Trần Văn Ba, Giám đốc Sở Y tế tỉnh Long An, xin nghỉ hưu trước tuổi.",
     ("Trần Văn Ba", "retired", "Giám đốc", "Sở Y tế tỉnh Long An")),
])
def test_resignation_and_early_retirement_requests(extractor, text, want):
    assert changes(extractor, text) == [want]


# -- one cue, its persons in clauses after semicolons, each with its post
@pytest.mark.parametrize("text, want", [
    ("UBND tỉnh Bình Định bổ nhiệm ông Lê Minh Lực giữ chức Giám đốc Sở Nội vụ; ông Trần Văn Tài giữ chức Giám đốc Sở "
     "Tài chính tỉnh Bình Định.",
     [("Lê Minh Lực", "appointed", "Giám đốc", "Sở Nội vụ tỉnh Bình Định"),
      ("Trần Văn Tài", "appointed", "Giám đốc", "Sở Tài chính tỉnh Bình Định")]),
    ("Chủ tịch UBND tỉnh quyết định bổ nhiệm ông Lê Văn An, Phó Chánh Văn phòng, giữ chức Chánh Văn phòng UBND tỉnh Hà "
     "Nam; bà Trần Thị Bình, Trưởng phòng Tổng hợp, giữ chức Phó Chánh Văn phòng UBND tỉnh Hà Nam; và ông Nguyễn Văn "
     "Cường làm Giám đốc Trung tâm Phục vụ hành chính công tỉnh Hà Nam.",
     [("Lê Văn An", "appointed", "Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Hà Nam"),
      ("Trần Thị Bình", "appointed", "Phó Chánh Văn phòng", "Văn phòng Ủy ban nhân dân tỉnh Hà Nam"),
      ("Nguyễn Văn Cường", "appointed", "Giám đốc", "Trung tâm Phục vụ hành chính công tỉnh Hà Nam")]),
    ("HĐND tỉnh đã miễn nhiệm ông Lê Văn Giang, Phó Chủ tịch UBND tỉnh Hà Nam; bà Đỗ Thị Hà, Ủy viên UBND tỉnh Hà Nam.",
     [("Lê Văn Giang", "dismissed", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hà Nam"),
      ("Đỗ Thị Hà", "dismissed", "Ủy viên", "Ủy ban nhân dân tỉnh Hà Nam")]),
])
def test_persons_after_semicolons(extractor, text, want):
    assert changes(extractor, text) == want


def test_a_clause_after_a_semicolon_that_is_no_item(extractor):
    got = changes(extractor, "Bộ trưởng bổ nhiệm ông Lê Văn Dũng giữ chức Vụ trưởng Vụ Pháp chế; ông Trần Văn Em cho "
                             "biết sẽ hỗ trợ.")
    assert got == [("Lê Văn Dũng", "appointed", "Vụ trưởng", "Vụ Pháp chế")], got


# -- the subject receives the decision: "ông A nhận quyết định bổ nhiệm giữ chức X"
@pytest.mark.parametrize("text, want", [
    ("Ông Nguyễn Văn Khánh nhận quyết định bổ nhiệm giữ chức Phó Giám đốc Sở Y tế tỉnh Bắc Giang.",
     ("Nguyễn Văn Khánh", "appointed", "Phó Giám đốc", "Sở Y tế tỉnh Bắc Giang")),
    ("Bà Lê Thị Hoa vừa nhận quyết định bổ nhiệm làm Phó Giám đốc Sở Tư pháp tỉnh Lào Cai.",
     ("Lê Thị Hoa", "appointed", "Phó Giám đốc", "Sở Tư pháp tỉnh Lào Cai")),
    ("Ông Trần Văn Tú được trao quyết định bổ nhiệm giữ chức Giám đốc Bệnh viện Đa khoa tỉnh Lào Cai.",
     ("Trần Văn Tú", "appointed", "Giám đốc", "Bệnh viện Đa khoa tỉnh Lào Cai")),
])
def test_the_subject_receives_the_decision(extractor, text, want):
    assert changes(extractor, text) == [want]


# -- "tân" before a title: the post taken, whether before the name or beside it
@pytest.mark.parametrize("text", [
    "Tân Chủ tịch UBND tỉnh Ninh Bình Trần Song Tùng được HĐND tỉnh bầu với 100% đại biểu tán thành.",
    "Ông Trần Song Tùng, tân Chủ tịch UBND tỉnh Ninh Bình, được HĐND tỉnh bầu với 100% đại biểu tán thành.",
])
def test_a_new_title_is_the_post_taken(extractor, text):
    assert changes(extractor, text) == [("Trần Song Tùng", "elected", "Chủ tịch", "Ủy ban nhân dân tỉnh Ninh Bình")]


def test_an_old_title_beside_the_subject_is_not_the_post_taken(extractor):
    # the old title is not the post taken, and an election with no post read is no change reported
    got = changes(extractor, "Ông Trần Song Tùng, Phó Chủ tịch UBND tỉnh Ninh Bình, được HĐND tỉnh bầu với 100% đại "
                             "biểu tán thành.")
    assert got == [], got


# -- the decider: before "cho ông A", never the person's own title
@pytest.mark.parametrize("text, want", [
    ("Thủ tướng quyết định cho ông Nguyễn Văn Sinh thôi giữ chức Thứ trưởng Bộ Xây dựng.", "Thủ tướng"),
    ("UBND tỉnh Nghệ An tổ chức công bố và trao quyết định bổ nhiệm ông Hoàng Văn Nam làm Giám đốc Sở Xây dựng tỉnh "
     "Nghệ An.", "Ủy ban nhân dân tỉnh Nghệ An"),
    ("Tân Giám đốc Sở Y tế tỉnh Nghệ An Nguyễn Văn Hưng được bổ nhiệm từ ngày 1/8/2025.", None),
])
def test_decider(extractor, text, want):
    assert deciders(extractor, text) == [want]


# -- a cue split by its person: "giao ông A quyền <title>", "giao/phân công ông B phụ trách <body>"
@pytest.mark.parametrize("text, want", [
    ("Bộ trưởng Bộ Tài chính giao ông Nguyễn Văn Hà quyền Cục trưởng Cục Thuế.",
     ("Nguyễn Văn Hà", "acting", "Cục trưởng", "Cục Thuế")),
    ("UBND tỉnh giao ông Lê Văn Sơn, Phó Giám đốc Sở Y tế, phụ trách Sở Y tế tỉnh Thái Bình.",
     ("Lê Văn Sơn", "appointed", "Phụ trách", "Sở Y tế tỉnh Thái Bình")),
    ("Chủ tịch UBND tỉnh đã phân công ông Trần Văn Minh phụ trách Sở Nội vụ tỉnh Hưng Yên.",
     ("Trần Văn Minh", "appointed", "Phụ trách", "Sở Nội vụ tỉnh Hưng Yên")),
])
def test_cue_split_by_its_person(extractor, text, want):
    assert changes(extractor, text) == [want]


@pytest.mark.parametrize("text", [
    "Ban Giám đốc giao bà Lê Thị Hoa quyền quyết định các khoản chi.",
    "Bộ trưởng giao ông Lê Văn Hòa phụ trách công tác quản lý, điều hành.",
    "Ông Trần Văn Minh quyền Giám đốc Sở Nội vụ cho biết sẽ triển khai ngay.",
])
def test_a_split_cue_needs_its_lead_and_a_post(extractor, text):
    assert changes(extractor, text) == []


# -- party discipline printed without "kỷ luật"; re-election as the elector's post word
@pytest.mark.parametrize("text, want", [
    ("Ông Nguyễn Văn Lâm bị cách tất cả các chức vụ trong Đảng.", ("Nguyễn Văn Lâm", "disciplined", None, None)),
    ("Ban Thường vụ Thành ủy quyết định cách tất cả các chức vụ trong Đảng đối với ông Nguyễn Văn Lâm, Bí thư Huyện ủy "
     "Tân Phú.", ("Nguyễn Văn Lâm", "disciplined", "Bí thư", "Huyện ủy Tân Phú")),
])
def test_dismissal_from_all_party_posts_is_discipline(extractor, text, want):
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2025, 7, 20)))
    assert [(c.person, c.change, c.title, c.body) for c in art.position_changes] == [want]
    assert art.position_changes[0].discipline == "cách chức"


@pytest.mark.parametrize("text", [
    "Đại hội Đảng bộ tỉnh lần thứ XX đã bầu ông Nguyễn Văn Hùng tái cử Bí thư Tỉnh ủy Kon Tum.",
    "Ông Nguyễn Văn Hùng tái cử Bí thư Tỉnh ủy Kon Tum nhiệm kỳ 2025-2030.",
])
def test_reelection(extractor, text):
    assert changes(extractor, text) == [("Nguyễn Văn Hùng", "elected", "Bí thư", "Tỉnh ủy Kon Tum")]


@pytest.mark.parametrize("text", [
    "Quốc hội đã biểu quyết bãi nhiệm đại biểu Quốc hội đối với ông Trần Văn Lâm.",
    "Ông Trần Văn Lâm bị bãi nhiệm tư cách đại biểu Quốc hội.",
])
def test_recall_of_a_national_deputy(extractor, text):
    assert changes(extractor, text) == [("Trần Văn Lâm", "removed", "Đại biểu Quốc hội", "Quốc hội")]


# -- posts listed after the post word: one change for each ("thôi giữ các chức vụ: X, Y")
@pytest.mark.parametrize("text", [
    "Ban Chấp hành Trung ương Đảng đồng ý để ông Võ Văn Thưởng thôi giữ chức Ủy viên Bộ Chính trị, Ủy viên Ban Chấp "
    "hành Trung ương Đảng khóa XIII.",
    "Ban Chấp hành Trung ương đồng ý để ông Võ Văn Thưởng thôi giữ các chức vụ: Ủy viên Bộ Chính trị, Ủy viên Ban "
    "Chấp hành Trung ương Đảng khóa XIII.",
])
def test_posts_listed_after_the_post_word(extractor, text):
    assert changes(extractor, text) == [
        ("Võ Văn Thưởng", "dismissed", "Ủy viên", "Bộ Chính trị"),
        ("Võ Văn Thưởng", "dismissed", "Ủy viên", "Ban Chấp hành Trung ương Đảng khóa XIII")]


def test_a_listed_post_keeps_its_own_body(extractor):
    got = changes(extractor, "Bộ Chính trị quyết định cho ông Trần Văn Nam thôi giữ chức Bí thư Tỉnh ủy Bình Dương, "
                             "Trưởng Đoàn đại biểu Quốc hội tỉnh Bình Dương.")
    assert ("Trần Văn Nam", "dismissed", "Bí thư", "Tỉnh ủy Bình Dương") in got, got
    assert ("Trần Văn Nam", "dismissed", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Bình Dương") in got, got
    assert len(got) == 2, got


def test_posts_of_an_appositive_are_no_list(extractor):
    got = changes(extractor, "Quốc hội miễn nhiệm ông Lê Văn Thành, Phó Thủ tướng Chính phủ, Ủy viên Ban Chấp hành "
                             "Trung ương Đảng.")
    assert got == [("Lê Văn Thành", "dismissed", "Phó Thủ tướng", "Chính phủ")], got


# -- several subjects joined by "và" or commas before a passive or subject cue
@pytest.mark.parametrize("text, want", [
    ("Ông Lê Văn An và ông Trần Văn Bình được bổ nhiệm làm Phó Giám đốc Sở Nội vụ TP Đà Nẵng.",
     [("Lê Văn An", "appointed", "Phó Giám đốc", "Sở Nội vụ thành phố Đà Nẵng"),
      ("Trần Văn Bình", "appointed", "Phó Giám đốc", "Sở Nội vụ thành phố Đà Nẵng")]),
    ("Bà Nguyễn Thị Hoa, ông Lê Văn Tâm và ông Trần Văn Hải được bầu giữ chức Phó Chủ tịch UBND tỉnh Nghệ An.",
     [("Nguyễn Thị Hoa", "elected", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An"),
      ("Lê Văn Tâm", "elected", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An"),
      ("Trần Văn Hải", "elected", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An")]),
    ("Ông Lê Văn Tâm và ông Trần Văn Hải nghỉ hưu theo chế độ từ ngày 1/9/2025.",
     [("Lê Văn Tâm", "retired", None, None), ("Trần Văn Hải", "retired", None, None)]),
])
def test_subjects_joined_before_the_cue(extractor, text, want):
    assert changes(extractor, text) == want


def test_a_speaker_before_the_subject_is_not_joined(extractor):
    got = changes(extractor, "Ông Nguyễn Văn Dũng cho biết, ông Lê Văn Tâm được bổ nhiệm làm Giám đốc Sở Y tế tỉnh "
                             "Nghệ An.")
    assert got == [("Lê Văn Tâm", "appointed", "Giám đốc", "Sở Y tế tỉnh Nghệ An")], got


# -- the effective date printed elsewhere: a year after the post, a validity sentence next to the change
@pytest.mark.parametrize("text, effective", [
    ("Ông Lê Văn Hải sinh năm 1965, được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Nghệ An năm 2020.", "2020"),
    ("Chiều 28/11, Ban Thường vụ Tỉnh ủy công bố các quyết định. Ông Lê Minh Lực - chánh văn phòng Ban Dân vận Tỉnh "
     "ủy - giữ chức vụ phó trưởng Ban Dân vận Tỉnh ủy Bình Định. Thời hạn bổ nhiệm 5 năm kể từ ngày 2-12-2024.",
     "2024-12-02"),
    ("Quyết định có hiệu lực từ ngày 1/9/2025. Theo đó, ông Lê Văn Hải được bổ nhiệm giữ chức Giám đốc Sở Y tế tỉnh "
     "Nghệ An.", "2025-09-01"),
])
def test_effective_date_printed_elsewhere(extractor, text, effective):
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2025, 7, 20)))
    assert [c.effective for c in art.position_changes] == [effective]


def test_a_birth_year_after_the_cue_is_no_date(extractor):
    art = extractor.process(RawArticle(source="<test>", text="Ông Lê Văn Hải được bổ nhiệm làm Giám đốc Sở Y tế tỉnh "
                                       "Nghệ An, ông sinh năm 1965.", published=dt.date(2025, 7, 20)))
    assert [c.effective for c in art.position_changes] == [None]


def test_a_term_after_khóa(extractor):
    art = extractor.process(RawArticle(source="<test>", text="Ông Lê Văn Hải được bầu làm Chủ tịch Hội Nông dân tỉnh "
                                       "Nghệ An khóa 2018 - 2023.", published=dt.date(2025, 7, 20)))
    assert [(c.start, c.end) for c in art.position_changes] == [("2018", "2023")]


# -- two ending cues, each with its post, one "đối với" person after the second: both concern that person
@pytest.mark.parametrize("text, want", [
    ("Quốc hội đã thông qua nghị quyết về việc miễn nhiệm chức vụ Chủ tịch Quốc hội, thôi làm nhiệm vụ đại biểu Quốc "
     "hội khóa XV đối với ông Vương Đình Huệ.",
     [("Vương Đình Huệ", "dismissed", "Chủ tịch", "Quốc hội"),
      ("Vương Đình Huệ", "dismissed", "Đại biểu Quốc hội", "Quốc hội")]),
    ("Quốc hội miễn nhiệm chức vụ Phó Chủ tịch Quốc hội và cho thôi làm nhiệm vụ đại biểu Quốc hội đối với ông "
     "Nguyễn Khắc Định.",
     [("Nguyễn Khắc Định", "dismissed", "Phó Chủ tịch", "Quốc hội"),
      ("Nguyễn Khắc Định", "dismissed", "Đại biểu Quốc hội", "Quốc hội")]),
])
def test_ending_cues_sharing_their_person(extractor, text, want):
    assert changes(extractor, text) == want


def test_an_election_does_not_share_a_dismissals_person(extractor):
    got = changes(extractor, "HĐND tỉnh bầu Chủ tịch UBND tỉnh Bình Dương, miễn nhiệm đối với ông Võ Văn Minh.")
    assert not any(c[1] == "elected" for c in got), got


def test_the_second_cue_keeps_the_decider_of_the_first(extractor):
    got = deciders(extractor, "HĐND tỉnh Bình Dương miễn nhiệm chức vụ Chủ tịch UBND tỉnh Bình Dương, bãi nhiệm đại "
                              "biểu HĐND tỉnh Bình Dương đối với ông Võ Văn Minh.")
    assert got == ["Hội đồng nhân dân tỉnh Bình Dương"] * 2, got


# -- considering discipline, the power to appoint: no change
@pytest.mark.parametrize("text", [
    "Theo quy định, Chủ tịch UBND tỉnh có thẩm quyền bổ nhiệm ông Lê Văn An vào chức vụ Giám đốc Sở Y tế.",
    "Hội đồng kỷ luật đã họp để xem xét hình thức kỷ luật đối với ông Lê Văn An, Giám đốc Sở Y tế.",
    "Ban Thường vụ Tỉnh ủy xem xét kỷ luật ông Lê Văn An, Giám đốc Sở Y tế.",
])
def test_considering_and_power_are_no_change(extractor, text):
    assert changes(extractor, text) == []


def test_a_form_decided_is_discipline(extractor):
    art = extractor.process(RawArticle(source="<test>", text="UBND tỉnh quyết định hình thức kỷ luật cảnh cáo đối với "
                                       "ông Lê Văn An, Giám đốc Sở Y tế tỉnh Nghệ An.", published=dt.date(2025, 7, 20)))
    assert [(c.person, c.change, c.discipline) for c in art.position_changes] == [("Lê Văn An", "disciplined", "cảnh cáo")]


# -- a post-less ending change after one that ends a post of the same person: that post
def test_dismissal_after_a_resignation_ends_the_same_post(extractor):
    got = changes(extractor, "Ông Trần Văn Hùng đã có đơn xin thôi giữ chức Chủ tịch UBND huyện Đông Anh và đã được "
                             "HĐND huyện miễn nhiệm.")
    assert got == [("Trần Văn Hùng", "resigned", "Chủ tịch", "Ủy ban nhân dân huyện Đông Anh"),
                   ("Trần Văn Hùng", "dismissed", "Chủ tịch", "Ủy ban nhân dân huyện Đông Anh")], got


def test_another_persons_retirement_takes_no_post(extractor):
    got = changes(extractor, "Ông Trần Văn Hùng xin từ chức Chủ tịch UBND huyện Đông Anh, bà Lê Thị Hoa nghỉ hưu.")
    assert ("Lê Thị Hoa", "retired", None, None) in got, got


# -- each post printed before its "đối với" person is that person's
def test_each_post_before_its_person(extractor):
    got = changes(extractor, "UBND tỉnh bổ nhiệm chức vụ Phó Giám đốc Sở Y tế tỉnh Nghệ An đối với ông Lê Văn An và "
                             "chức vụ Phó Giám đốc Sở Tài chính tỉnh Nghệ An đối với ông Trần Văn Bình.")
    assert got == [("Lê Văn An", "appointed", "Phó Giám đốc", "Sở Y tế tỉnh Nghệ An"),
                   ("Trần Văn Bình", "appointed", "Phó Giám đốc", "Sở Tài chính tỉnh Nghệ An")], got


# -- "phân công/giao ông A (, <appositive>,) giữ chức / làm <title>"
@pytest.mark.parametrize("text, want", [
    ("Bộ Chính trị phân công ông Lê Văn An, Ủy viên Trung ương Đảng, giữ chức Bí thư Tỉnh ủy Nghệ An nhiệm kỳ "
     "2020-2025.", ("Lê Văn An", "appointed", "Bí thư", "Tỉnh ủy Nghệ An")),
    ("Ban Thường vụ Tỉnh ủy giao ông Trần Văn Bình làm Bí thư Đảng ủy Khối cơ quan tỉnh Nghệ An.",
     ("Trần Văn Bình", "appointed", "Bí thư", "Đảng ủy Khối cơ quan tỉnh Nghệ An")),
    ("Bộ Chính trị điều động, phân công ông Lê Văn An, Ủy viên Trung ương Đảng, giữ chức Bí thư Tỉnh ủy Nghệ An.",
     ("Lê Văn An", "transferred", "Bí thư", "Tỉnh ủy Nghệ An")),
])
def test_assigned_to_hold_a_post(extractor, text, want):
    assert changes(extractor, text) == [want]


def test_assigned_a_task_is_no_post(extractor):
    assert changes(extractor, "Công ty giao ông Trần Văn Bình làm thủ tục cấp phép.") == []


def test_the_decider_after_được_in_a_second_clause(extractor):
    got = deciders(extractor, "Tháng 6-2016, ông Trịnh Văn Lộc được Ban Chấp hành Đảng bộ tỉnh Thanh Hóa bầu làm Phó Bí "
                              "thư Thường trực Tỉnh ủy Thanh Hóa, sau đó được Hội đồng nhân dân tỉnh Thanh Hóa bầu giữ "
                              "chức Chủ tịch Hội đồng nhân dân tỉnh Thanh Hóa.")
    assert got[-1] == "Hội đồng nhân dân tỉnh Thanh Hóa", got
