"""position_changes: a pick ("chọn") names a nominee only with the post it names ("Tổng thống đắc cử chọn ông A
làm bộ trưởng ...", "ông A, người được ông B chọn làm cố vấn ..."): a post word right after the pick or right
after the person it picks, kept only with a title and a body; "chọn" without a post, or inside "lựa chọn",
"bình chọn", reports no change, nor does the one who picks. The person a relative clause "người được <decider>
<cue>" describes, printed right before it, is the one concerned. A negation right before a cue denies it; survey
respondents pick no nominee; a speaker after a closed quotation is not concerned by the cue inside it; a person
heading the next passive clause takes no post of the cue before it.
Constructed sentences, invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str) -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2024, 11, 25)))
    return [(c.person, c.change, c.title, c.body) for c in art.position_changes]


@pytest.mark.parametrize("text, person, title", [
    ("Ngày 18-11, Tổng thống đắc cử Paul Carver đã chọn ông Henry Aldridge làm đại sứ Mỹ tại Canada.",
     "Henry Aldridge", "Đại sứ"),
    ("Ông Carver thông báo chọn bà Karen Moss làm bộ trưởng thương mại Mỹ ở nhiệm kỳ tới.",
     "Karen Moss", "Bộ trưởng"),
    ("Việc ông Carver chọn ông Gale làm bộ trưởng quốc phòng Mỹ khiến nhiều nghị sĩ bất ngờ.",
     "Gale", "Bộ trưởng"),
    ("Bà Nora Fenwick - người được ông Carver chọn làm chánh văn phòng Bộ Quốc phòng Mỹ - đã lên tiếng hôm qua.",
     "Nora Fenwick", "Chánh Văn phòng"),
])
def test_a_pick_with_its_post_is_a_nomination(extractor, text, person, title):
    got = changes(extractor, text)
    assert any(p == person and c == "nominated" and t == title for p, c, t, _ in got), got


def test_a_picked_minister_takes_the_foreign_ministry(extractor):
    got = changes(extractor, "Tổng thống đắc cử Paul Carver chọn ông Ron Gale làm bộ trưởng năng lượng Mỹ.")
    assert ("Ron Gale", "nominated", "Bộ trưởng", "Bộ Năng lượng Mỹ") in got, got


@pytest.mark.parametrize("text", [
    # a pick with no post named: a vote, a preference
    "Nhiều cử tri chọn ông Henry Aldridge vì ông hứa giảm thuế.",
    "Khán giả chọn bà Karen Moss là người dẫn chương trình được yêu thích nhất.",
    # "lựa chọn", "bình chọn", "tuyển chọn": no pick
    "Các em học sinh lựa chọn ông Lê Văn Tâm làm đại diện phát biểu tại buổi lễ.",
    "Độc giả bình chọn bà Trần Thị Hoa làm gương mặt của năm.",
    # a pick naming no office with its body: no nomination read
    "Tổng thống đắc cử Paul Carver chọn ông Henry Aldridge làm cố vấn thân cận.",
    # things and places picked as something: no person
    "Tỉnh chọn huyện Ba Sơn làm điểm thí điểm mô hình mới.",
    "Nhiều sinh viên chọn xe buýt làm phương tiện đi học chính.",
    # a person named after another word than an honorific: not the one picked
    "Ông Carver chọn địa điểm gặp ông Henry Aldridge làm nơi ký kết.",
])
def test_no_pick_without_a_picked_person_and_post(extractor, text):
    got = changes(extractor, text)
    assert not [c for c in got if c[1] == "nominated"], got


@pytest.mark.parametrize("text, want", [
    # the person a relative clause "người được <decider> <cue>" describes is the one concerned
    ("Ông Henry Aldridge - người được ông Carver chọn làm bộ trưởng quốc phòng Mỹ - đã tới Texas hôm qua.",
     ("Henry Aldridge", "nominated", "Bộ trưởng", "Bộ Quốc phòng Mỹ")),
    ("Bà Nora Fenwick, người được Tổng thống Paul Carver chọn làm Chánh Văn phòng Bộ Ngoại giao Mỹ, phát biểu.",
     ("Nora Fenwick", "nominated", "Chánh Văn phòng", "Bộ Ngoại giao Mỹ")),
    ("Ông Ron Gale - thượng nghị sĩ bang Ohio và là người được ông Carver đề cử làm bộ trưởng năng lượng Mỹ - "
     "đã trả lời phỏng vấn.",
     ("Ron Gale", "nominated", "Bộ trưởng", "Bộ Năng lượng Mỹ")),
])
def test_the_head_of_a_relative_clause_is_concerned(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    # the decider is no nominee: the clause describes nobody named
    "Người được ông Carver chọn làm Chánh Văn phòng Bộ Ngoại giao Mỹ sẽ được công bố vào tuần tới.",
    # a person followed by his own clause, not a relative one about him
    "Ông Henry Aldridge cho biết ông Carver chọn làm Chánh Văn phòng Bộ Ngoại giao Mỹ một người thân tín.",
])
def test_no_relative_head_without_the_relative_clause(extractor, text):
    got = changes(extractor, text)
    assert not [c for c in got if c[0] == "Henry Aldridge" or c[0] == "Paul Carver" or c[0] == "Carver"], got


@pytest.mark.parametrize("text", [
    # an office taken with no office read: no change reported
    "Bà Lê Thị Hạnh được bầu với 97% số phiếu trong cuộc bỏ phiếu sáng nay.",
    "Ông Carver tuyên bố sẽ đề cử bà Karen Moss trong vài ngày tới.",
    "Ông Phan Văn Lực vừa được bổ nhiệm từ ngày 1-3, theo thông báo của đơn vị.",
])
def test_no_office_taken_without_the_office(extractor, text):
    got = changes(extractor, text)
    assert not [c for c in got if c[1] in ("appointed", "elected", "nominated")], got


@pytest.mark.parametrize("text, want", [
    # a move or an ending may name no office: still reported
    ("Ông Phan Văn Lực đã nghỉ hưu từ tháng 5.", ("Phan Văn Lực", "retired")),
    ("Bà Lê Thị Hạnh được bầu làm Chủ tịch Hội Nông dân tỉnh Hòa Bình với 97% số phiếu.", ("Lê Thị Hạnh", "elected")),
])
def test_changes_with_their_office_or_ending_stay(extractor, text, want):
    got = changes(extractor, text)
    assert any((p, c) == want for p, c, _, _ in got), got


def test_a_minister_picked_without_a_country_is_a_limitation(extractor):
    # a known limitation, not a wish: "bộ trưởng giáo dục" with no country after it names no ministry the rules
    # can read (the field is read as a ministry only before a foreign country), and a pick is kept only with a
    # title and a body, so this real nomination is missed
    got = changes(extractor, "Ông Carver chọn bà Karen Moss làm bộ trưởng giáo dục.")
    assert got == [], got
    # with the country printed the same pick is read
    got = changes(extractor, "Ông Carver chọn bà Karen Moss làm bộ trưởng giáo dục Mỹ.")
    assert ("Karen Moss", "nominated", "Bộ trưởng", "Bộ Giáo dục Mỹ") in got, got


@pytest.mark.parametrize("text", [
    # a pick or a decision denied right before its cue reports no change
    "Ông Dalton đã không chọn ông Victor Hale làm bộ trưởng nông nghiệp Mỹ như báo chí đồn đoán.",
    "Rốt cuộc ông Carver chưa chọn bà Irene Lowe làm bộ trưởng lao động Mỹ.",
    "Tổng thống đắc cử chẳng hề chọn ông Victor Hale làm đại sứ Mỹ tại Canada.",
    "Hội đồng quản trị không bổ nhiệm ông Đỗ Minh Khoa làm Giám đốc Sở Công Thương tỉnh Gia Lai.",
    "Ông Đỗ Minh Khoa không được bầu làm Chủ tịch UBND huyện Mỹ Tú.",
])
def test_a_denied_cue_is_no_change(extractor, text):
    got = changes(extractor, text)
    assert got == [], got


@pytest.mark.parametrize("text, want", [
    # near misses: a negation elsewhere in the sentence, not right before the cue, denies nothing
    ("Ông Carver chọn ông Victor Hale làm bộ trưởng nông nghiệp Mỹ dù nhiều người không đồng tình.",
     ("Victor Hale", "nominated", "Bộ trưởng", "Bộ Nông nghiệp Mỹ")),
    ("Không lâu sau cuộc họp, HĐND tỉnh bầu ông Đỗ Minh Khoa làm Chủ tịch UBND tỉnh Gia Lai.",
     ("Đỗ Minh Khoa", "elected", "Chủ tịch", "Ủy ban nhân dân tỉnh Gia Lai")),
])
def test_a_negation_away_from_the_cue_denies_nothing(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    # the respondents of a survey pick nobody for an office
    "Phần lớn người được hỏi chọn ông Hồ Quang Vinh làm Chủ tịch UBND xã Phước Hòa trong đợt thăm dò.",
    "Đa số cử tri được hỏi chọn bà Mai Thu Trang làm Bí thư Đảng ủy xã Hòa Bình.",
])
def test_survey_respondents_pick_no_nominee(extractor, text):
    got = changes(extractor, text)
    assert not [c for c in got if c[1] == "nominated"], got


@pytest.mark.parametrize("text, nominee, speaker", [
    # the speaker named after a closed quotation is not concerned by the cue inside it
    ("\"Tôi chọn ông Victor Hale làm bộ trưởng nông nghiệp Mỹ vì ông ấy hiểu nông dân\", ông Dalton cho biết.",
     "Victor Hale", "Dalton"),
    ("“Chúng tôi bổ nhiệm ông Đỗ Minh Khoa làm Giám đốc Sở Công Thương tỉnh Gia Lai vì anh ấy có kinh nghiệm”, "
     "bà Lâm Thị Yến nói.",
     "Đỗ Minh Khoa", "Lâm Thị Yến"),
])
def test_a_speaker_after_the_quotation_is_not_concerned(extractor, text, nominee, speaker):
    got = changes(extractor, text)
    assert any(p == nominee for p, *_ in got), got
    assert not [c for c in got if c[0] == speaker], got


def test_a_person_of_the_next_passive_clause_takes_no_post_of_the_previous_one(extractor):
    # "còn bà B được chọn làm Y": B is the subject of her own cue; "ngoại trưởng" is no post read, so no change
    got = changes(extractor, "Ông Dalton chọn ông Taro Ishii làm bộ trưởng tài chính Nhật Bản, còn bà Emi Kato được "
                             "chọn làm ngoại trưởng.")
    assert ("Taro Ishii", "nominated", "Bộ trưởng", "Bộ Tài chính Nhật Bản") in got, got
    assert not [c for c in got if c[0] == "Emi Kato"], got
    # her own post, when read, is hers
    got = changes(extractor, "Ông Dalton chọn ông Taro Ishii làm bộ trưởng tài chính Nhật Bản, còn bà Emi Kato được "
                             "chọn làm bộ trưởng tư pháp Nhật Bản.")
    assert ("Emi Kato", "nominated", "Bộ trưởng", "Bộ Tư pháp Nhật Bản") in got, got
    assert ("Taro Ishii", "nominated", "Bộ trưởng", "Bộ Tài chính Nhật Bản") in got, got


@pytest.mark.parametrize("text, want", [
    # the relative clause's words come from the rules: the head word, a copula and a joined appositive
    ("Bà Nora Fenwick, người vừa được ông Carver chọn làm bộ trưởng lao động Mỹ, đã nhận lời.",
     ("Nora Fenwick", "nominated", "Bộ trưởng", "Bộ Lao động Mỹ")),
    ("Ông Victor Hale - là người được Tổng thống Paul Carver chọn làm bộ trưởng nông nghiệp Mỹ - sinh ở Iowa.",
     ("Victor Hale", "nominated", "Bộ trưởng", "Bộ Nông nghiệp Mỹ")),
])
def test_relative_clause_words_from_the_rules(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


def test_relative_clause_words_are_rows_of_the_rules(extractor):
    from nqextract.extract.changes.rules import ChangeRules

    rows = [{"kind": "passive", "phrase": "được", "voice": "agent"},
            {"kind": "relative", "phrase": "người", "voice": "head"},
            {"kind": "relative", "phrase": "là", "voice": "copula"}]
    rx = ChangeRules(rows).relative_rx
    assert rx is not None and rx.fullmatch(" - là người được ông b ") is not None
    assert rx.fullmatch(" - người bạn của ông b ") is None
    assert ChangeRules(rows[:1]).relative_rx is None  # no head word: no relative clause read


@pytest.mark.parametrize("text, want", [
    # an office the press names by its title alone: a pick of it is kept without a body
    ("Tổng thống đắc cử Paul Carver đã chọn ông Henry Aldridge làm cố vấn an ninh quốc gia.",
     ("Henry Aldridge", "nominated", "Cố vấn an ninh quốc gia", None)),
    ("Ông Ron Gale, người được ông Carver chọn làm cố vấn an ninh quốc gia, đã lên tiếng sáng nay.",
     ("Ron Gale", "nominated", "Cố vấn an ninh quốc gia", None)),
    ("Bà Nora Fenwick - người được Tổng thống Paul Carver chọn làm phó cố vấn an ninh quốc gia - sẽ tới Đức.",
     ("Nora Fenwick", "nominated", "Phó Cố vấn an ninh quốc gia", None)),
])
def test_a_pick_of_an_office_named_by_its_title_alone(extractor, text, want):
    got = changes(extractor, text)
    assert want in got, got


@pytest.mark.parametrize("text", [
    # an adviser's job with no office named, or a pick denied: still none
    "Tổng thống đắc cử Paul Carver chọn ông Henry Aldridge làm cố vấn kinh tế thân cận.",
    "Ông Carver chọn bà Karen Moss làm cố vấn riêng cho gia đình.",
    "Ông Carver không chọn ông Henry Aldridge làm cố vấn an ninh quốc gia.",
    # the one who picks is no nominee
    "Ông Carver chọn làm cố vấn an ninh quốc gia một người bạn lâu năm.",
])
def test_no_pick_of_an_office_by_its_title_alone_otherwise(extractor, text):
    got = changes(extractor, text)
    assert not [c for c in got if c[1] == "nominated"], got


@pytest.mark.parametrize("text, nominee, other", [
    # a person after the pick's post word, in a later clause, is not picked
    ("Ông Carver chọn ông Henry Aldridge làm cố vấn an ninh quốc gia sau khi bà Karen Moss từ chối.",
     "Henry Aldridge", "Karen Moss"),
    ("Tổng thống đắc cử Paul Carver chọn bà Nora Fenwick làm cố vấn an ninh quốc gia, thay vì ông Ron Gale.",
     "Nora Fenwick", "Ron Gale"),
])
def test_a_pick_picks_no_one_after_its_post_word(extractor, text, nominee, other):
    got = changes(extractor, text)
    assert (nominee, "nominated", "Cố vấn an ninh quốc gia", None) in got, got
    assert not [c for c in got if c[0] == other], got


@pytest.mark.parametrize("text", [
    # a pick still weighed is no pick
    "Ông Carver đang cân nhắc chọn ông Henry Aldridge làm cố vấn an ninh quốc gia hay không.",
    "Tổng thống đắc cử Paul Carver còn cân nhắc việc chọn bà Karen Moss làm phó cố vấn an ninh quốc gia.",
    "Ông Carver cân nhắc đề cử bà Nora Fenwick làm bộ trưởng năng lượng Mỹ.",
])
def test_a_pick_still_weighed_is_no_change(extractor, text):
    got = changes(extractor, text)
    assert not [c for c in got if c[1] == "nominated"], got
