"""position_changes: careers told in one sentence, nominations, delegates relieved of their mandate,
elections won, approvals of an election result (several constructed variants each)."""

from __future__ import annotations

import datetime as dt

import pytest

from nqextract.models import RawArticle


def changes(extractor, text: str, published: str = "2025-07-20") -> list[tuple]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date.fromisoformat(published)))
    return [(c.person, c.change, c.title, c.body, c.effective) for c in art.position_changes]


# -- a career in one sentence: each step a passive cue opening its clause, its own date
@pytest.mark.parametrize("text, want", [
    ("Ông Nguyễn Văn Bình từng giữ các chức vụ Phó Giám đốc Sở Tài chính, Giám đốc Sở Kế hoạch và Đầu tư tỉnh "
     "Nghệ An; năm 2015 được bổ nhiệm giữ chức Phó Chủ tịch UBND tỉnh Nghệ An; tháng 3/2020 được điều động "
     "giữ chức Thứ trưởng Bộ Tài chính.",
     [("Nguyễn Văn Bình", "appointed", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Nghệ An", "2015"),
      ("Nguyễn Văn Bình", "transferred", "Thứ trưởng", "Bộ Tài chính", "2020-03")]),
    ("Bà Lê Thị Hoa sinh năm 1972, quê Hà Tĩnh. Năm 2016, bà được bổ nhiệm làm Phó Giám đốc Sở Y tế tỉnh Hà "
     "Tĩnh, tháng 8/2021 được bổ nhiệm làm Giám đốc Sở Y tế tỉnh Hà Tĩnh.",
     [("Lê Thị Hoa", "appointed", "Phó Giám đốc", "Sở Y tế tỉnh Hà Tĩnh", "2016"),
      ("Lê Thị Hoa", "appointed", "Giám đốc", "Sở Y tế tỉnh Hà Tĩnh", "2021-08")]),
    ("Ông Trần Minh Đức là kỹ sư thủy lợi, tháng 6/2012 được bổ nhiệm làm Phó Giám đốc Sở Nông nghiệp và Phát "
     "triển nông thôn tỉnh Quảng Ngãi, năm 2018 được điều động làm Giám đốc Sở Tài chính tỉnh Quảng Ngãi.",
     [("Trần Minh Đức", "appointed", "Phó Giám đốc", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi",
       "2012-06"),
      ("Trần Minh Đức", "transferred", "Giám đốc", "Sở Tài chính tỉnh Quảng Ngãi", "2018")]),
])
def test_career_in_one_sentence(extractor, text, want):
    got = changes(extractor, text)
    for w in want:
        assert w in got, got


def test_career_step_after_another_person_is_not_the_opening_persons(extractor):
    got = changes(extractor, "Ông Nguyễn Văn Tâm cho biết, năm 2015 bà Lê Thị Hà được bổ nhiệm làm Phó Giám "
                             "đốc Sở Y tế tỉnh Nam Định.")
    assert not any(c[0] == "Nguyễn Văn Tâm" for c in got), got


def test_one_date_for_every_cue_of_a_sentence_without_dates_of_their_own(extractor):
    got = changes(extractor, "Ngày 5/8/2025, UBND tỉnh Nghệ An bổ nhiệm ông Lê Văn Hải làm Giám đốc Sở Tài chính "
                             "tỉnh Nghệ An và điều động ông Trần Văn Nam làm Giám đốc Sở Nội vụ tỉnh Nghệ An.")
    assert ("Lê Văn Hải", "appointed", "Giám đốc", "Sở Tài chính tỉnh Nghệ An", "2025-08-05") in got, got
    assert ("Trần Văn Nam", "transferred", "Giám đốc", "Sở Nội vụ tỉnh Nghệ An", "2025-08-05") in got, got


# -- nominations: "giới thiệu (để) bầu bổ sung chức danh X đối với ông A", "trình Quốc hội bầu"
@pytest.mark.parametrize("text, want", [
    ("Ban Chấp hành Trung ương giới thiệu bầu bổ sung chức danh Chủ tịch nước đối với ông Lương Cường.",
     ("Lương Cường", "nominated", "Chủ tịch nước")),
    ("Ban Thường vụ Tỉnh ủy thống nhất giới thiệu ông Hoàng Văn Sơn để bầu bổ sung chức danh Phó Chủ tịch UBND "
     "tỉnh Lạng Sơn nhiệm kỳ 2021-2026.", ("Hoàng Văn Sơn", "nominated", "Phó Chủ tịch")),
    ("Ông Phạm Quốc Huy được giới thiệu để bầu giữ chức Chủ tịch UBND huyện Hoài Ân.",
     ("Phạm Quốc Huy", "nominated", "Chủ tịch")),
    ("Ủy ban Thường vụ Quốc hội trình Quốc hội bầu bà Nguyễn Thị Thanh giữ chức Phó Chủ tịch Quốc hội.",
     ("Nguyễn Thị Thanh", "nominated", "Phó Chủ tịch")),
])
def test_nominations(extractor, text, want):
    got = changes(extractor, text)
    assert want in [c[:3] for c in got], got
    assert not any(c[1] == "elected" for c in got), got


# -- "cho thôi làm nhiệm vụ đại biểu Quốc hội": dismissed from Đại biểu Quốc hội, the delegation its body
@pytest.mark.parametrize("text, want", [
    ("Ủy ban Thường vụ Quốc hội gửi báo cáo đến Quốc hội về việc cho thôi làm nhiệm vụ đại biểu Quốc hội khóa XV "
     "đối với ông Dương Văn An thuộc Đoàn đại biểu Quốc hội tỉnh Vĩnh Phúc.",
     ("Dương Văn An", "dismissed", "Đại biểu Quốc hội", "Đoàn đại biểu Quốc hội tỉnh Vĩnh Phúc")),
    ("Quốc hội biểu quyết thông qua nghị quyết cho thôi làm nhiệm vụ đại biểu Quốc hội đối với ông Lê Văn Tuấn.",
     ("Lê Văn Tuấn", "dismissed", "Đại biểu Quốc hội", "Quốc hội")),
    ("Quốc hội cho ông Nguyễn Văn Minh thôi làm nhiệm vụ đại biểu Quốc hội khóa XV.",
     ("Nguyễn Văn Minh", "dismissed", "Đại biểu Quốc hội", "Quốc hội")),
])
def test_delegate_relieved(extractor, text, want):
    assert want in [c[:4] for c in changes(extractor, text)]


# -- "trúng cử" and a post printed right after a subject's cue
@pytest.mark.parametrize("text, want", [
    ("Ông Lê Văn Dũng trúng cử Chủ tịch Hội Nông dân tỉnh Quảng Nam nhiệm kỳ 2023-2028.",
     ("Lê Văn Dũng", "elected", "Chủ tịch", "Hội Nông dân tỉnh Quảng Nam")),
    ("Bà Trần Thị Lan đã trúng cử chức danh Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Nghệ An.",
     ("Trần Thị Lan", "elected", "Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh Nghệ An")),
])
def test_elected_with_the_post_after_the_cue(extractor, text, want):
    assert want in [c[:4] for c in changes(extractor, text)]


# -- approval of an election result, the person named right before "giữ chức"
@pytest.mark.parametrize("text, want", [
    ("Thủ tướng phê chuẩn kết quả bầu bà Nguyễn Thị Hà giữ chức Phó Chủ tịch UBND tỉnh Hưng Yên.",
     ("Nguyễn Thị Hà", "approved", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Hưng Yên")),
    ("Ông Lê Minh Khang được Thủ tướng phê chuẩn kết quả bầu giữ chức Chủ tịch UBND tỉnh Quảng Trị.",
     ("Lê Minh Khang", "approved", "Chủ tịch", "Ủy ban nhân dân tỉnh Quảng Trị")),
    ("Ủy ban Thường vụ Quốc hội trình Quốc hội bầu bà Nguyễn Thị Thanh giữ chức Phó Chủ tịch Quốc hội.",
     ("Nguyễn Thị Thanh", "nominated", "Phó Chủ tịch", "Quốc hội")),
])
def test_approval_of_an_election(extractor, text, want):
    assert want in [c[:4] for c in changes(extractor, text)]


# -- "quyết định điều động, bổ nhiệm" kept with its person and the appositive before the post
@pytest.mark.parametrize("text, want", [
    ("Theo đó, Thủ tướng Chính phủ đã ký quyết định điều động, bổ nhiệm ông Trần Quốc Bảo, Phó Chủ tịch UBND "
     "tỉnh Quảng Ngãi, giữ chức Thứ trưởng Bộ Tài chính.",
     ("Trần Quốc Bảo", "transferred", "Thứ trưởng", "Bộ Tài chính")),
    ("Chủ tịch UBND tỉnh Bình Định trao quyết định điều động, bổ nhiệm ông Nguyễn Văn Hòa, Phó Giám đốc Sở Nội "
     "vụ, giữ chức Giám đốc Sở Tư pháp tỉnh Bình Định.",
     ("Nguyễn Văn Hòa", "transferred", "Giám đốc", "Sở Tư pháp tỉnh Bình Định")),
])
def test_transfer_and_appointment_decision(extractor, text, want):
    assert want in [c[:4] for c in changes(extractor, text)]


def test_a_date_after_kể_từ_stays_with_the_change_before_it(extractor):
    got = changes(extractor, "Ông Nguyễn Văn Hòa - phó giám đốc Sở Giao thông vận tải tỉnh Bình Định - luân chuyển và "
                             "giữ chức phó bí thư Huyện ủy Hoài Ân kể từ ngày 2-12-2024, giới thiệu bầu bổ sung chức "
                             "danh chủ tịch UBND huyện Hoài Ân nhiệm kỳ 2021-2026.")
    assert ("Nguyễn Văn Hòa", "transferred", "Phó Bí thư", "Huyện ủy Hoài Ân", "2024-12-02") in got, got


# -- discipline forms and retirements printed without "kỷ luật" / "hưu"
@pytest.mark.parametrize("text, want", [
    ("Ban Thường vụ Tỉnh ủy quyết định khai trừ khỏi Đảng ông Hồ Văn Niên, Bí thư Thị ủy Buôn Hồ.",
     ("Hồ Văn Niên", "disciplined", "Bí thư", "Thị ủy Buôn Hồ")),
    ("Ông Phạm Văn Tuấn, nguyên Giám đốc Sở Công Thương tỉnh Hà Giang, bị khai trừ Đảng.",
     ("Phạm Văn Tuấn", "disciplined", "nguyên Giám đốc", "Sở Công Thương tỉnh Hà Giang")),
    ("Chủ tịch UBND tỉnh Ninh Thuận quyết định kỷ luật với hình thức khiển trách đối với ông Đặng Quốc Bảo - "
     "Giám đốc Sở Tài chính tỉnh Ninh Thuận.",
     ("Đặng Quốc Bảo", "disciplined", "Giám đốc", "Sở Tài chính tỉnh Ninh Thuận")),
    ("Ông Lê Văn Hùng, Phó Giám đốc Sở Y tế tỉnh Cà Mau, bị kỷ luật cảnh cáo.",
     ("Lê Văn Hùng", "disciplined", "Phó Giám đốc", "Sở Y tế tỉnh Cà Mau")),
    ("Ông Trần Văn Long, Phó Giám đốc Sở Xây dựng tỉnh Phú Yên, nghỉ theo chế độ từ ngày 1/4/2025.",
     ("Trần Văn Long", "retired", "Phó Giám đốc", "Sở Xây dựng tỉnh Phú Yên")),
    ("Ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh Thanh Hóa, nghỉ hưu trước tuổi từ ngày 1/3/2025.",
     ("Lê Văn Bình", "retired", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Thanh Hóa")),
])
def test_discipline_and_retirement_forms(extractor, text, want):
    assert want in [c[:4] for c in changes(extractor, text)]


# -- a branch ("Chi nhánh ...") printed after the title is the body of the post
def test_branch_body_after_the_title(extractor):
    got = changes(extractor, "Từ ngày 3-8-2017, ông Phan Kiến Anh được bổ nhiệm làm giám đốc Chi nhánh phân phối "
                             "sản phẩm lọc dầu Nghi Sơn.")
    assert ("Phan Kiến Anh", "appointed", "Giám đốc", "Chi nhánh phân phối sản phẩm lọc dầu Nghi Sơn",
            "2017-08-03") in got, got


# -- "kiêm": a second post of the same change, one body for both when one prints it
@pytest.mark.parametrize("text, want", [
    ("Hiệu trưởng Trường Đại học Vinh quyết định bổ nhiệm ông Trần Văn Hải giữ chức Phó Hiệu trưởng, kiêm Chánh "
     "Văn phòng Trường Đại học Vinh.",
     [("Trần Văn Hải", "appointed", "Phó Hiệu trưởng", "Trường Đại học Vinh"),
      ("Trần Văn Hải", "appointed", "Chánh Văn phòng", "Trường Đại học Vinh")]),
    ("Ông Nguyễn Văn Long được bổ nhiệm làm Phó Giám đốc Sở Tài chính tỉnh Nam Định kiêm Chánh Văn phòng Sở.",
     [("Nguyễn Văn Long", "appointed", "Phó Giám đốc", "Sở Tài chính tỉnh Nam Định"),
      ("Nguyễn Văn Long", "appointed", "Chánh Văn phòng", "Sở Tài chính tỉnh Nam Định")]),
])
def test_concurrent_posts(extractor, text, want):
    got = [c[:4] for c in changes(extractor, text)]
    for w in want:
        assert w in got, got


@pytest.mark.parametrize("text", [
    "Chủ tịch UBND tỉnh quyết định bổ nhiệm ông Lê Văn Tùng, Phó Giám đốc kiêm Chánh Văn phòng Sở Y tế tỉnh Nghệ "
    "An, giữ chức Giám đốc Sở Y tế tỉnh Nghệ An.",
    "Ông Hoàng Văn Minh, Phó Bí thư Tỉnh ủy kiêm Chủ tịch UBND tỉnh Quảng Trị, được điều động giữ chức Thứ trưởng "
    "Bộ Nội vụ.",
])
def test_a_concurrent_post_held_before_is_no_change(extractor, text):
    got = changes(extractor, text)
    assert len(got) == 1, got


# -- "giao/phân công phụ trách <body>": appointed to Phụ trách of that body
@pytest.mark.parametrize("text, want", [
    ("Ngày 23-4-2024, ông Diệp Bảo Tuấn được Giám đốc Sở Y tế TP.HCM trao quyết định phân công phụ trách Bệnh viện "
     "Ung bướu TP.HCM.", ("Diệp Bảo Tuấn", "appointed", "Phụ trách", "Bệnh viện Ung bướu Thành phố Hồ Chí Minh", "2024-04-23")),
    ("Ông Lê Văn Tâm được giao phụ trách Ban Quản lý dự án tỉnh Bình Định.",
     ("Lê Văn Tâm", "appointed", "Phụ trách", "Ban Quản lý dự án tỉnh Bình Định", None)),
    ("Ông Nguyễn Văn Hà được giao phụ trách, điều hành UBND huyện Phù Mỹ.",
     ("Nguyễn Văn Hà", "appointed", "Phụ trách", "Ủy ban nhân dân huyện Phù Mỹ", None)),
])
def test_put_in_charge(extractor, text, want):
    assert want in changes(extractor, text, published="2024-04-25")


def test_in_charge_of_duties_not_of_a_body_is_no_change(extractor):
    got = changes(extractor, "Ngày 23-4-2024, ông Diệp Bảo Tuấn được Sở Y tế trao quyết định phân công phụ trách quản "
                             "lý, điều hành hoạt động và nhiệm vụ của giám đốc bệnh viện trực thuộc Sở Y tế TP.HCM.")
    assert not any(c[2] == "Phụ trách" for c in got), got


# -- a person deciding between "được" and the cue: the one before "được" is concerned
@pytest.mark.parametrize("text, want", [
    ("Ngày 26-2, bà Đào Thị Bích Thủy được bà Nguyễn Thị Tuyết Hồng - phó chủ tịch hội đồng trường Trường đại học "
     "Kinh Bắc - ký quyết định tiếp nhận và bổ nhiệm giữ chức vụ phó hiệu trưởng Trường đại học Kinh Bắc, kiêm "
     "chánh văn phòng.", ("Đào Thị Bích Thủy", "appointed", "Phó Hiệu trưởng", "Trường Đại học Kinh Bắc")),
    ("Ông Lê Văn Hải được ông Nguyễn Đức Trung, Chủ tịch UBND tỉnh Nghệ An, trao quyết định bổ nhiệm giữ chức Giám "
     "đốc Sở Tài chính tỉnh Nghệ An.", ("Lê Văn Hải", "appointed", "Giám đốc", "Sở Tài chính tỉnh Nghệ An")),
    ("Ông Trần Văn Nam được ông Hoàng Minh (Bí thư Tỉnh ủy Hà Tĩnh) ký quyết định điều động làm Bí thư Huyện ủy Can "
     "Lộc.", ("Trần Văn Nam", "transferred", "Bí thư", "Huyện ủy Can Lộc")),
])
def test_person_decider_after_được(extractor, text, want):
    got = [c[:4] for c in changes(extractor, text)]
    assert want in got, got
    assert all(c[0] == want[0] for c in got), got


# -- "điều về làm/giữ chức": a transfer; "những điều về ..." is none
@pytest.mark.parametrize("text, want", [
    ("Đầu tháng 11-1973, Trung tá Khuất Duy Tiến, trung đoàn trưởng Trung đoàn 64, được cấp trên điều về làm tham "
     "mưu phó Sư đoàn 320.", ("Khuất Duy Tiến", "transferred", "Tham mưu phó", "Sư đoàn 320", "1973-11")),
    ("Tháng 5/2018, ông Nguyễn Văn Tùng được điều về làm Phó Giám đốc Sở Y tế tỉnh Thái Bình.",
     ("Nguyễn Văn Tùng", "transferred", "Phó Giám đốc", "Sở Y tế tỉnh Thái Bình", "2018-05")),
])
def test_called_back_to_a_post(extractor, text, want):
    assert want in changes(extractor, text)


def test_things_about_a_person_are_no_transfer(extractor):
    assert changes(extractor, "Những điều về ông Nguyễn Văn Tùng được nhiều người nhắc đến.") == []


# -- a nomination continuing a subject's decision; "UBND huyện này" is the district the sentence names;
#    the date after "kể từ" is the earlier change's, not the nomination's
def test_nomination_after_a_subjects_move(extractor):
    got = changes(extractor, "Chiều 28-11, Ban Thường vụ Tỉnh ủy Bình Định công bố các quyết định về công tác cán bộ. "
                             "Ông Nguyễn Văn Hòa - phó giám đốc Sở Giao thông vận tải tỉnh Bình Định - luân chuyển và "
                             "giữ chức phó bí thư Huyện ủy Hoài Ân, nhiệm kỳ 2020-2025 kể từ ngày 2-12-2024, giới "
                             "thiệu bầu bổ sung chức danh chủ tịch UBND huyện này nhiệm kỳ 2021-2026.",
                  published="2024-11-29")
    assert ("Nguyễn Văn Hòa", "transferred", "Phó Bí thư", "Huyện ủy Hoài Ân", "2024-12-02") in got, got
    assert ("Nguyễn Văn Hòa", "nominated", "Chủ tịch", "Ủy ban nhân dân huyện Hoài Ân", "2024-11-28") in got, got


@pytest.mark.parametrize("text, want", [
    ("Ông Lê Văn Tâm được điều động giữ chức Phó Bí thư Huyện ủy Tuy Phước, giới thiệu để bầu giữ chức Chủ tịch UBND "
     "huyện Tuy Phước.", ("Lê Văn Tâm", "nominated", "Chủ tịch", "Ủy ban nhân dân huyện Tuy Phước")),
    ("Bà Trần Thị Hạnh - phó bí thư Huyện ủy Phù Cát - được điều động giữ chức phó bí thư Huyện ủy Tây Sơn, giới "
     "thiệu bầu giữ chức chủ tịch HĐND huyện này.",
     ("Trần Thị Hạnh", "nominated", "Chủ tịch", "Hội đồng nhân dân huyện Tây Sơn")),
])
def test_nomination_shares_the_subject(extractor, text, want):
    assert want in [c[:4] for c in changes(extractor, text)]


def test_bổ_nhiệm_object_is_not_the_nominee_subject(extractor):
    got = changes(extractor, "Bổ nhiệm ông Trần Văn Bình giữ chức Giám đốc Sở Y tế, giới thiệu bầu bổ sung chức danh "
                             "Phó Chủ tịch UBND tỉnh Bình Định.")
    assert not any(c[1] == "nominated" for c in got), got


# -- a subject's appositive closed by dashes, whatever words it holds
@pytest.mark.parametrize("text, want", [
    ("Bà Thái Thị Mỹ Hoàng - phó trưởng phòng Phòng nghiệp vụ I, cơ quan Ủy ban Kiểm tra Tỉnh ủy - giữ chức phó chủ "
     "nhiệm Ủy ban Kiểm tra Thành ủy Quy Nhơn nhiệm kỳ 2020-2025.",
     ("Thái Thị Mỹ Hoàng", "appointed", "Phó Chủ nhiệm", "Ủy ban Kiểm tra Thành ủy Quy Nhơn")),
    ("Ông Lê Văn Hải - nguyên trưởng phòng kinh tế, cán bộ biệt phái tại Sở Nội vụ - được điều động giữ chức Phó Chủ "
     "tịch UBND huyện Tây Sơn.", ("Lê Văn Hải", "transferred", "Phó Chủ tịch", "Ủy ban nhân dân huyện Tây Sơn")),
])
def test_dashed_appositive_subject(extractor, text, want):
    assert want in [c[:4] for c in changes(extractor, text)]


def test_dashed_appositive_then_other_words_is_no_subject(extractor):
    assert changes(extractor, "Ông Lê Văn Hải - người từng bị kỷ luật năm 2019 - nói rằng ông không đồng ý.") == []


# -- "ông (lại) có quyết định bổ nhiệm làm X": the decision is the subject's, when no person follows
@pytest.mark.parametrize("text, want", [
    ("Ông Nguyễn Văn Tâm là trưởng phòng. Năm 2019, ông có quyết định bổ nhiệm làm Phó Giám đốc Sở Nội vụ tỉnh Nam "
     "Định.", ("Nguyễn Văn Tâm", "appointed", "Phó Giám đốc", "Sở Nội vụ tỉnh Nam Định", "2019")),
    ("Chưa tròn một tuần sau, ông Khuất Duy Tiến lại có quyết định bổ nhiệm làm Tham mưu trưởng Sư đoàn 320.",
     ("Khuất Duy Tiến", "appointed", "Tham mưu trưởng", "Sư đoàn 320", None)),
])
def test_subject_has_a_decision(extractor, text, want):
    assert want in changes(extractor, text)


@pytest.mark.parametrize("text", [
    "Thủ tướng Phạm Minh Chính có quyết định bổ nhiệm ông Lê Văn Hải làm Thứ trưởng Bộ Y tế.",
    "Ông Phạm Văn Nam có quyết định bổ nhiệm 3 phó giám đốc sở.",
])
def test_a_decider_with_a_decision_is_not_appointed(extractor, text):
    assert not any(c[0] in ("Phạm Minh Chính", "Phạm Văn Nam") for c in changes(extractor, text))


# -- a title that ran over the head of its body ("trưởng Phòng tác chiến ..."): the body from that head on
def test_title_ran_over_its_body_head(extractor):
    got = changes(extractor, "Chưa tròn một tuần sau, ông Khuất Duy Tiến lại có quyết định bổ nhiệm làm trưởng Phòng "
                             "tác chiến Mặt trận B3 - Tây Nguyên.")
    assert ("Khuất Duy Tiến", "appointed", "Trưởng phòng", "Phòng Tác chiến Mặt trận B3 - Tây Nguyên", None) in got


@pytest.mark.parametrize(("text", "whole"), [
    ("Ông Lê Văn Hải được bổ nhiệm làm trưởng Phòng Tổ chức cán bộ.", "Phòng Tổ chức cán bộ"),
    ("Ông Lê Văn Hải được bổ nhiệm làm trưởng Phòng Tổ chức cán bộ Sở Y tế tỉnh Nam Định.",
     "Phòng Tổ chức cán bộ Sở Y tế tỉnh Nam Định"),
])
def test_title_ran_over_a_body_cut_short_leaves_no_body(extractor, text, whole):
    # no body cut short ("Phòng Tổ"): none, or the whole name the person's office reads ("được bổ nhiệm làm")
    got = [c for c in changes(extractor, text) if c[:3] == ("Lê Văn Hải", "appointed", "Trưởng phòng")]
    assert got and all(c[3] in (None, whole) for c in got)


# -- "Chưa tròn một tuần sau, ...": days after the date the sentence before prints (its month)
@pytest.mark.parametrize("text, want", [
    ("Đầu tháng 11-1973, Trung tá Khuất Duy Tiến được cấp trên điều về làm tham mưu phó Sư đoàn 320. Chưa tròn một "
     "tuần sau, ông lại có quyết định bổ nhiệm làm tham mưu trưởng Sư đoàn 320.",
     ("Khuất Duy Tiến", "appointed", "Tham mưu trưởng", "Sư đoàn 320", "1973-11")),
    ("Ngày 3/5/2020, ông Lê Văn Hải được bổ nhiệm làm Phó Giám đốc Sở Y tế tỉnh Nam Định. Vài ngày sau, ông Trần Văn "
     "Nam được bổ nhiệm làm Giám đốc Sở Nội vụ tỉnh Nam Định.",
     ("Trần Văn Nam", "appointed", "Giám đốc", "Sở Nội vụ tỉnh Nam Định", "2020-05")),
])
def test_shortly_after_the_date_before(extractor, text, want):
    assert want in changes(extractor, text)


def test_shortly_after_a_date_two_sentences_back_is_undated(extractor):
    got = changes(extractor, "Năm 2015, ông Lê Văn Hải về hưu. Ông có nhiều đóng góp. Một tuần sau, ông Trần Văn Nam "
                             "được bổ nhiệm làm Giám đốc Sở Nội vụ tỉnh Nam Định.")
    assert ("Trần Văn Nam", "appointed", "Giám đốc", "Sở Nội vụ tỉnh Nam Định", None) in got, got
