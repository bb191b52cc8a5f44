"""position_changes: families of sentences the first look missed (several constructed variants each)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str, published: str = "2025-07-20") -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date.fromisoformat(published)))
    return [(c.person, c.change, c.title, c.body, c.effective) for c in art.position_changes]


# -- a pronoun subject before a passive cue: the person the pronoun stands for
@pytest.mark.parametrize("text, want", [
    ("Ông Lê Quang Vinh sinh năm 1970, quê Thái Bình. Tháng 12-2019, ông được bổ nhiệm giữ chức Thứ trưởng "
     "Bộ Y tế.", ("Lê Quang Vinh", "appointed", "Thứ trưởng", "Bộ Y tế", "2019-12")),
    ("Bà Trần Thị Mai từng công tác tại Hà Nam. Tháng 1/2015, bà được bổ nhiệm làm Phó Giám đốc Công an tỉnh "
     "Hà Nam.", ("Trần Thị Mai", "appointed", "Phó Giám đốc", "Công an tỉnh Hà Nam", "2015-01")),
    ("Ông Phạm Đức Long là kỹ sư xây dựng. Năm 2020, ông được điều động giữ chức Giám đốc Sở Xây dựng tỉnh "
     "Nghệ An.", ("Phạm Đức Long", "transferred", "Giám đốc", "Sở Xây dựng tỉnh Nghệ An", "2020")),
])
def test_pronoun_subject(extractor, text, want):
    assert want in changes(extractor, text)


# -- "được"/"bị" right before the cue: a person after it ("..., ông B nói") is not concerned
@pytest.mark.parametrize("text", [
    "Tháng 8/2015 bà Hà được tuyển dụng, 3 tháng sau bà được bổ nhiệm giữ chức Phó Chánh Thanh tra Sở”, "
    "ông Vũ Văn Quang nói.",
    "Sau đó chị Lan được bổ nhiệm làm Trưởng phòng, ông Nguyễn Văn Tâm cho biết.",
])
def test_passive_cue_never_takes_a_later_person(extractor, text):
    assert not any(c[0] in ("Vũ Văn Quang", "Nguyễn Văn Tâm") for c in changes(extractor, text))


# -- the subject before an active cue with no "được", when the post word follows the cue
@pytest.mark.parametrize("text, want", [
    ("Ông Trần Văn Phúc - tỉnh ủy viên, giám đốc Sở Nông nghiệp và Phát triển nông thôn - luân chuyển và "
     "giữ chức bí thư Huyện ủy Phù Mỹ kể từ ngày 2-12-2024.",
     ("Trần Văn Phúc", "transferred", "Bí thư", "Huyện ủy Phù Mỹ", "2024-12-02")),
    ("Ông Lê Văn Hùng, Phó Giám đốc Sở Tài chính, điều động làm Giám đốc Sở Tư pháp tỉnh Bình Định.",
     ("Lê Văn Hùng", "transferred", "Giám đốc", "Sở Tư pháp tỉnh Bình Định", None)),
    ("Ông Nguyễn Văn Dũng - tỉnh ủy viên, bí thư Huyện ủy Phù Mỹ, chủ tịch HĐND huyện này - được điều động và "
     "giữ chức giám đốc Sở Tư pháp tỉnh Bình Định kể từ ngày 2-12-2024.",
     ("Nguyễn Văn Dũng", "transferred", "Giám đốc", "Sở Tư pháp tỉnh Bình Định", "2024-12-02")),
])
def test_subject_before_active_cue(extractor, text, want):
    got = changes(extractor, text)
    assert want in got
    assert len(got) == 1, got  # the post beside the subject is the one left, not a change


def test_active_cue_with_a_count_is_no_subject_change(extractor):
    got = changes(extractor, "Chủ tịch UBND tỉnh Nguyễn Văn Phước đã bổ nhiệm 3 phó giám đốc sở.")
    assert not any(c[0] == "Nguyễn Văn Phước" for c in got)


# -- memberships: "thôi tham gia / chỉ định tham gia Ban Chấp hành, Ban Thường vụ <committee>"
def test_leaving_boards(extractor):
    got = changes(extractor, "Ông Trần Văn Thắng thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và thôi giữ "
                             "chức phó bí thư Tỉnh ủy Quảng Bình nhiệm kỳ 2020-2025.")
    keys = {c[:4] for c in got}
    assert ("Trần Văn Thắng", "dismissed", "Ủy viên", "Ban Chấp hành Đảng bộ tỉnh Quảng Bình") in keys
    assert ("Trần Văn Thắng", "dismissed", "Ủy viên", "Ban Thường vụ Tỉnh ủy Quảng Bình") in keys
    assert ("Trần Văn Thắng", "dismissed", "Phó Bí thư", "Tỉnh ủy Quảng Bình") in keys


@pytest.mark.parametrize("text, committee, party", [
    ("Ông Nguyễn Văn Hòa - phó giám đốc Sở Giao thông vận tải - luân chuyển đến nhận công tác tại Huyện ủy Hoài "
     "Ân, chỉ định tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy và giữ chức phó bí thư Huyện ủy Hoài Ân.",
     "Huyện ủy Hoài Ân", "Ban Chấp hành Đảng bộ huyện Hoài Ân"),
    ("Ban Bí thư chỉ định ông Nguyễn Văn Hòa tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy và giữ chức Phó Bí "
     "thư Tỉnh ủy Cao Bằng.", "Tỉnh ủy Cao Bằng", "Ban Chấp hành Đảng bộ tỉnh Cao Bằng"),
])
def test_joining_boards(extractor, text, committee, party):
    keys = {c[:4] for c in changes(extractor, text)}
    assert ("Nguyễn Văn Hòa", "appointed", "Ủy viên", party) in keys
    assert ("Nguyễn Văn Hòa", "appointed", "Ủy viên", f"Ban Thường vụ {committee}") in keys
    assert any(k[2] == "Phó Bí thư" and k[3] == committee for k in keys), keys
    assert not any(k[2] == "Phó Giám đốc" for k in keys), keys


@pytest.mark.parametrize("text, person, change, party, standing", [
    ("Ông Trần Văn Thắng thôi tham gia vào Ban Chấp hành, Ban Thường vụ Tỉnh ủy và thôi giữ chức phó bí thư "
     "Tỉnh ủy Quảng Bình.", "Trần Văn Thắng", "dismissed", "Ban Chấp hành Đảng bộ tỉnh Quảng Bình",
     "Ban Thường vụ Tỉnh ủy Quảng Bình"),
    ("Ban Bí thư chỉ định ông Nguyễn Văn Hòa tham gia vào Ban Chấp hành, Ban Thường vụ Tỉnh ủy và giữ chức Phó "
     "Bí thư Tỉnh ủy Cao Bằng.", "Nguyễn Văn Hòa", "appointed", "Ban Chấp hành Đảng bộ tỉnh Cao Bằng",
     "Ban Thường vụ Tỉnh ủy Cao Bằng"),
    ("Bà Lê Thị Hoa được chỉ định tham gia vào Ban Chấp hành và Ban Thường vụ Huyện ủy, giữ chức Bí thư Huyện "
     "ủy Hoài Ân.", "Lê Thị Hoa", "appointed", "Ban Chấp hành Đảng bộ huyện Hoài Ân",
     "Ban Thường vụ Huyện ủy Hoài Ân"),
])
def test_boards_after_tham_gia_vao(extractor, text, person, change, party, standing):
    """"tham gia vào Ban ..." names the same boards as "tham gia Ban ..."; "và" is a joiner only as a
    word of its own, never the start of "vào"."""
    keys = {c[:4] for c in changes(extractor, text)}
    assert (person, change, "Ủy viên", party) in keys, keys
    assert (person, change, "Ủy viên", standing) in keys, keys


def test_boards_without_a_committee_name_are_no_posts(extractor):
    keys = {c[:4] for c in changes(extractor, "Ông Lê Văn Nam thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy.")}
    assert not any(k[2] == "Ủy viên" for k in keys), keys


# -- lists: "gồm:" / "như sau:" after a cue, each item a person with a post of its own
@pytest.mark.parametrize("text, want", [
    ("UBND tỉnh quyết định bổ nhiệm 3 cán bộ như sau: ông Lê Văn An giữ chức Giám đốc Sở Tư pháp; ông Trần Văn "
     "Bình giữ chức Giám đốc Sở Nội vụ; bà Ngô Thị Cúc giữ chức Phó Giám đốc Sở Y tế.",
     [("Lê Văn An", "appointed", "Giám đốc", "Sở Tư pháp"), ("Trần Văn Bình", "appointed", "Giám đốc", "Sở Nội vụ"),
      ("Ngô Thị Cúc", "appointed", "Phó Giám đốc", "Sở Y tế")]),
    ("Bộ trưởng quyết định bổ nhiệm 3 Phó Cục trưởng Cục Cảnh sát giao thông, gồm: Đại tá Phạm Văn Lương (Phó Giám "
     "đốc Công an tỉnh Bắc Ninh); Đại tá Đỗ Thị Thu Hiền (Phó Giám đốc Công an tỉnh Hà Nam) và Thượng tá Nguyễn Đức "
     "Huyên (Phó Giám đốc Công an tỉnh Hòa Bình).",
     [(n, "appointed", "Phó Cục trưởng", "Cục Cảnh sát giao thông")
      for n in ("Phạm Văn Lương", "Đỗ Thị Thu Hiền", "Nguyễn Đức Huyên")]),
    ("Huyện ủy quyết định cho nghỉ hưu theo chế độ đối với 2 cán bộ gồm: ông Hồ Văn Châu - Chủ tịch UBND xã Quỳnh "
     "Hồng; bà Hoàng Thị Trúc - Phó Chủ tịch HĐND xã Quỳnh Hưng.",
     [("Hồ Văn Châu", "retired", "Chủ tịch", "Ủy ban nhân dân xã Quỳnh Hồng"),
      ("Hoàng Thị Trúc", "retired", "Phó Chủ tịch", "Hội đồng nhân dân xã Quỳnh Hưng")]),
])
def test_list_after_the_cue(extractor, text, want):
    keys = [c[:4] for c in changes(extractor, text)]
    assert keys == want


@pytest.mark.parametrize("lead, n", [
    ("Sáng 28/6, UBND huyện Quỳnh Lưu cho biết đã ban hành quyết định nghỉ hưu sớm đối với 3 người.", 3),
    ("Tỉnh ủy đã quyết định cách chức đối với 3 cán bộ vi phạm. Việc xử lý được công khai.", 3),
])
def test_list_in_a_sentence_of_its_own(extractor, lead, n):
    text = (lead + " Danh sách 3 cán bộ gồm: Ông Hồ Hữu Châu - Chủ tịch UBND thị trấn Cầu Giát; ông Nguyễn Văn "
            "Lương - Chủ tịch Hội Nông dân thị trấn Cầu Giát và bà Hoàng Thị Trúc - Phó Chủ tịch HĐND xã Quỳnh Hồng.")
    got = changes(extractor, text)
    assert [c[0] for c in got] == ["Hồ Hữu Châu", "Nguyễn Văn Lương", "Hoàng Thị Trúc"], got
    assert got[0][2:4] == ("Chủ tịch", "Ủy ban nhân dân thị trấn Cầu Giát")


@pytest.mark.parametrize("lead", [
    "UBND huyện đã ban hành quyết định nghỉ hưu đối với 5 người.",  # another count
    "Ông Lê Văn Tâm đã nghỉ hưu từ năm 2020.",  # no count
    "Huyện đã bổ nhiệm 3 cán bộ.",  # a moving-in change: the items print the posts left
])
def test_list_of_its_own_needs_a_counting_ending_cue(extractor, lead):
    text = (lead + " Danh sách 3 cán bộ gồm: Ông Hồ Hữu Châu - Chủ tịch UBND thị trấn Cầu Giát; ông Nguyễn Văn "
            "Lương - Chủ tịch Hội Nông dân thị trấn Cầu Giát và bà Hoàng Thị Trúc - Phó Chủ tịch HĐND xã Quỳnh Hồng.")
    assert not any(c[0] in ("Hồ Hữu Châu", "Nguyễn Văn Lương", "Hoàng Thị Trúc") for c in changes(extractor, text))


# -- "ông A được <decider> bầu làm X, sau đó được <decider> bầu giữ chức Y": the decider's name between
# "được" and the cue, the second cue's subject the first's, its post the one after it
@pytest.mark.parametrize("text, want", [
    ("Ông Đỗ Văn Tuyên sinh năm 1966. Tháng 6-2016, ông được Ban Chấp hành Đảng bộ tỉnh Hưng Yên bầu làm phó bí "
     "thư thường trực Tỉnh ủy, sau đó được Hội đồng nhân dân tỉnh bầu giữ chức chủ tịch Hội đồng nhân dân tỉnh.",
     [("Đỗ Văn Tuyên", "elected", "Phó Bí thư Thường trực", "Tỉnh ủy Hưng Yên"),
      ("Đỗ Văn Tuyên", "elected", "Chủ tịch", "Hội đồng nhân dân tỉnh Hưng Yên")]),
    ("Bà Lò Thị Mai được Hội đồng nhân dân tỉnh Sơn La bầu giữ chức Phó Chủ tịch UBND tỉnh, sau đó được Thủ tướng "
     "phê chuẩn.", [("Lò Thị Mai", "elected", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La")]),
])
def test_passive_through_the_decider(extractor, text, want):
    keys = [c[:4] for c in changes(extractor, text)]
    for w in want:
        assert w in keys, keys


# -- "giữ chức" as a decision prints it (a dash-closed appositive, or the day it starts)
@pytest.mark.parametrize("text, want", [
    ("Ông Lê Minh Lực - chánh văn phòng Ban Dân vận Tỉnh ủy - giữ chức vụ phó trưởng Ban Dân vận Tỉnh ủy Bình Định.",
     ("Lê Minh Lực", "appointed", "Phó Trưởng ban", "Ban Dân vận Tỉnh ủy Bình Định", None)),
    ("Ông Trần Văn Nam giữ chức Giám đốc Sở Tư pháp tỉnh Nghệ An kể từ ngày 1/8/2025.",
     ("Trần Văn Nam", "appointed", "Giám đốc", "Sở Tư pháp tỉnh Nghệ An", "2025-08-01")),
    ("Bà Hà Thị Lan – phó giám đốc Sở Y tế – giữ chức Giám đốc Sở Y tế tỉnh Phú Thọ.",
     ("Hà Thị Lan", "appointed", "Giám đốc", "Sở Y tế tỉnh Phú Thọ", None)),
])
def test_holding_a_post_as_a_decision_prints_it(extractor, text, want):
    assert changes(extractor, text) == [want]


@pytest.mark.parametrize("text", [
    "Ông Trần Văn Nam từng giữ chức Giám đốc Sở Tư pháp tỉnh Nghệ An từ ngày 1/8/2015.",
    "Ông Trần Văn Nam, người giữ chức Giám đốc Sở Tư pháp, phát biểu tại hội nghị.",
    "Ông Trần Văn Nam giữ chức Giám đốc Sở Tư pháp từ năm 2015.",
    "Thiếu tướng Nguyễn Đức Hải tiếp tục giữ chức Giám đốc Công an tỉnh Đồng Nai từ ngày 1/7/2025.",
])
def test_holding_a_post_is_no_change(extractor, text):
    assert changes(extractor, text) == []


def test_hold_after_another_cue_is_its_post_word(extractor):
    got = changes(extractor, "Bộ trưởng bổ nhiệm đại tá Bùi Quang Bình - Giám đốc Công an tỉnh Hải Dương giữ chức "
                             "Giám đốc Công an TP Hải Phòng kể từ ngày 1/7/2025.")
    assert [c[:4] for c in got] == [("Bùi Quang Bình", "appointed", "Giám đốc", "Công an thành phố Hải Phòng")]


# -- the body of the new post, when the bodies component did not mark it
@pytest.mark.parametrize("text, body", [
    ("Bà Vũ Thị Nga - chánh văn phòng Ban Tuyên giáo Tỉnh ủy - được điều động và bổ nhiệm làm phó giám đốc Đài "
     "Phát thanh và Truyền hình Bình Định kể từ ngày 2-12-2024.", "Đài Phát thanh và Truyền hình Bình Định"),
    ("Ông Lê Văn Tâm được bổ nhiệm làm Giám đốc Trung tâm Y tế huyện Ba Vì.", "Trung tâm Y tế huyện Ba Vì"),
    ("Ông Lê Văn Tâm được bổ nhiệm làm Giám đốc Bệnh viện Đa khoa Lạng Sơn nhiệm kỳ 2025-2030.",
     "Bệnh viện Đa khoa Lạng Sơn"),
])
def test_unmarked_body_after_the_title(extractor, text, body):
    assert [c[3] for c in changes(extractor, text)] == [body]


def test_a_body_with_a_name_inside_is_left_out(extractor):
    # "Y Hà Nội" read as a person's name: no telling where the body ends, no truncated body
    got = changes(extractor, "Ông Lê Văn Tâm được bổ nhiệm làm Hiệu trưởng Trường Đại học Y Hà Nội.")
    assert all(c[3] != "Trường Đại" for c in got), got


@pytest.mark.parametrize("unit", ["cơ quan Tạp chí Cộng sản", "cơ quan Báo Nhân Dân"])
def test_bare_party_committee_is_the_unit_of_the_article(extractor, unit):
    name = unit.split(" ", 2)[2]
    text = (f"Đảng bộ {unit} tổ chức Đại hội nhiệm kỳ 2025-2030. Đại hội do Đảng ủy các cơ quan Đảng Trung ương "
            f"chỉ đạo. Đồng chí Hoàng Trung Dũng, Tổng Biên tập {name}, được bầu làm Bí thư Đảng ủy; đồng chí Phạm "
            f"Minh Tuấn được bầu làm Phó Bí thư Đảng ủy. Đảng ủy {unit} đã lãnh đạo toàn diện.")
    keys = [c[:4] for c in changes(extractor, text)]
    assert ("Hoàng Trung Dũng", "elected", "Bí thư", f"Đảng ủy {unit}") in keys, keys
    assert ("Phạm Minh Tuấn", "elected", "Phó Bí thư", f"Đảng ủy {unit}") in keys, keys


@pytest.mark.parametrize("text, effective", [
    ("Thủ tướng vừa ký quyết định bổ nhiệm lại ông Đỗ Văn Tuyên giữ chức Thứ trưởng Bộ Y tế. Theo đó, quyết định "
     "bổ nhiệm lại ông Đỗ Văn Tuyên giữ chức Thứ trưởng Bộ Y tế có hiệu lực từ ngày 9-12-2024.", "2024-12-09"),
    ("Bộ trưởng ký quyết định bổ nhiệm ông Lê Văn An giữ chức Cục trưởng Cục Quản lý giá. Quyết định bổ nhiệm ông "
     "Lê Văn An giữ chức Cục trưởng Cục Quản lý giá có hiệu lực từ ngày 1/8/2025.", "2025-08-01"),
])
def test_a_change_printed_again_with_its_date_takes_it(extractor, text, effective):
    got = changes(extractor, text)
    assert len(got) == 1 and got[0][4] == effective, got


def test_a_list_of_its_own_takes_the_date_printed_with_the_same_change_of_as_many(extractor):
    text = ("Sáng 28/6, UBND huyện cho biết đã thu hồi quyết định nghỉ hưu sớm đối với 3 người. Danh sách 3 cán bộ "
            "gồm: Ông Hồ Hữu Châu - Chủ tịch UBND thị trấn Cầu Giát; ông Nguyễn Văn Lương - Chủ tịch Hội Nông dân "
            "thị trấn Cầu Giát và bà Hoàng Thị Trúc - Phó Chủ tịch HĐND xã Quỳnh Hồng. Cuối năm 2024, 3 cán bộ này "
            "đã làm đơn xin nghỉ hưu trước tuổi.")
    got = changes(extractor, text)
    assert [(c[0], c[4]) for c in got if c[1] == "retired"][:3] == [
        ("Hồ Hữu Châu", "2024"), ("Nguyễn Văn Lương", "2024"), ("Hoàng Thị Trúc", "2024")], got
