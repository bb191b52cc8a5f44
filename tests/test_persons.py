"""Persons, positions and title-only mentions (src/nqextract/extract/persons.py)."""

from __future__ import annotations

from conftest import DEV, need_shared
from nqextract.textnorm import fold

BCD = "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"


def run(pipeline, text: str):
    """The Doc after the extraction components up to and including nq_persons (spaCy runs them)."""
    return pipeline(text, disable=["nq_tasks", "nq_meetings"])


def persons(doc) -> dict[str, set[tuple[str, str | None]]]:
    return {p.name: {(pos.title, pos.body) for pos in p.positions} for p in doc._.persons}


def mention_texts(doc, name: str) -> list[str]:
    return [m.text for p in doc._.persons if p.name == name for m in p.mentions]


# --------------------------------------------------------------------------- names after titles


def test_title_then_body_then_name(pipeline):
    doc = run(pipeline, "Thủ tướng Chính phủ Phạm Minh Chính chủ trì cuộc họp trực tuyến.")
    assert persons(doc) == {"Phạm Minh Chính": {("Thủ tướng", "Chính phủ")}}


def test_title_without_body_keeps_body_null(pipeline):
    doc = run(pipeline, "Trợ lý Chủ tịch nước Tống Thanh Trì phát biểu tại hội nghị.")
    assert persons(doc) == {"Tống Thanh Trì": {("Trợ lý Chủ tịch nước", None)}}


def test_honorific_and_its_typo(pipeline):
    doc = run(pipeline, "Mở đầu cuộc họp, đông chí Trưởng ban Trần Lưu Quang đã nhấn mạnh tầm quan trọng của đề án.")
    assert persons(doc) == {"Trần Lưu Quang": {("Trưởng ban", None)}}


def test_lowercase_title_after_name_with_dash(pipeline):
    doc = run(pipeline, "Ông Bùi Hòa An - Phó giám đốc Sở Giao thông vận tải cho biết sẽ kiểm tra lại.")
    assert set(persons(doc)) == {"Bùi Hòa An"}
    assert any(t == "Phó Giám đốc" for t, _b in persons(doc)["Bùi Hòa An"])


# --------------------------------------------------------------------------- appositive chains and lists


def test_appositive_position_chain(pipeline):
    doc = run(pipeline, "Dự hội nghị có đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ.")
    assert persons(doc) == {"Phạm Minh Chính": {("Ủy viên", "Bộ Chính trị"), ("Thủ tướng", "Chính phủ")}}


def test_chain_through_unlisted_body_and_rank_after_comma(pipeline):
    doc = run(
        pipeline,
        "Đồng chí Nguyễn Trọng Nghĩa, Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương phát biểu. "
        "Thứ trưởng Bộ Công an, Thượng tướng Lương Tam Quang báo cáo. Phó Thủ tướng Nguyễn Hòa Bình dự.",
    )
    got = persons(doc)
    assert ("Trưởng ban", "Ban Tuyên giáo Trung ương") in got["Nguyễn Trọng Nghĩa"]
    assert got["Lương Tam Quang"] == {("Thứ trưởng", "Bộ Công an")}
    assert got["Nguyễn Hòa Bình"] == {("Phó Thủ tướng", "Chính phủ")}  # the default body of the title


def test_list_after_colon_with_semicolons(pipeline):
    doc = run(
        pipeline,
        "Tham dự có các đồng chí: Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ; "
        "Trần Cẩm Tú, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư; các đồng chí Ủy viên Ban Bí thư.",
    )
    got = persons(doc)
    assert got["Phạm Minh Chính"] == {("Ủy viên", "Bộ Chính trị"), ("Thủ tướng", "Chính phủ")}
    assert got["Trần Cẩm Tú"] == {("Ủy viên", "Bộ Chính trị"), ("Thường trực", "Ban Bí thư")}
    assert set(got) == {"Phạm Minh Chính", "Trần Cẩm Tú"}


def test_group_title_distributes_over_the_list(pipeline):
    doc = run(
        pipeline,
        "Tham dự có các đồng chí Ủy viên Bộ Chính trị: Trần Thanh Mẫn, Chủ tịch Quốc hội; "
        "Trần Cẩm Tú, Thường trực Ban Bí thư; lãnh đạo các bộ, ngành.",
    )
    got = persons(doc)
    assert got["Trần Thanh Mẫn"] == {("Ủy viên", "Bộ Chính trị"), ("Chủ tịch", "Quốc hội")}
    assert got["Trần Cẩm Tú"] == {("Ủy viên", "Bộ Chính trị"), ("Thường trực", "Ban Bí thư")}


def test_group_title_without_colon_and_plain_name_lists(pipeline):
    doc = run(
        pipeline,
        "Dự lễ có các đồng chí Phạm Minh Chính, Trần Thanh Mẫn và Trần Cẩm Tú. "
        "Cùng dự có các đồng chí Ủy viên Bộ Chính trị Nguyễn Trọng Nghĩa, Lê Minh Hưng.",
    )
    got = persons(doc)
    assert {"Phạm Minh Chính", "Trần Thanh Mẫn", "Trần Cẩm Tú"} <= set(got)
    assert got["Nguyễn Trọng Nghĩa"] == got["Lê Minh Hưng"] == {("Ủy viên", "Bộ Chính trị")}


def test_shared_ban_resolves_to_the_defined_full_name(pipeline):
    doc = run(
        pipeline,
        f"Chiều 4/3, {BCD} (Ban Chỉ đạo) đã tổ chức Phiên họp thứ 2.\n"
        "Tổng Bí thư Tô Lâm, Trưởng ban Chỉ đạo chủ trì Phiên họp.",
    )
    assert persons(doc) == {"Tô Lâm": {("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"), ("Trưởng ban", BCD)}}


def test_bare_head_resolves_to_the_article_body(pipeline):
    doc = run(
        pipeline,
        "Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Ủy ban quốc gia về chuyển đổi số chủ trì phiên họp.\n"
        "Tham dự có đồng chí Trần Lưu Quang, Phó Thủ tướng Chính phủ, Phó Chủ tịch Thường trực Ủy ban.",
    )
    got = persons(doc)
    assert got["Trần Lưu Quang"] == {
        ("Phó Thủ tướng", "Chính phủ"),
        ("Phó Chủ tịch Thường trực", "Ủy ban quốc gia về chuyển đổi số"),
    }
    assert ("Chủ tịch", "Ủy ban quốc gia về chuyển đổi số") in got["Phạm Minh Chính"]


def test_two_titles_for_one_person_without_bodies(pipeline):
    doc = run(pipeline, "Đồng chí Nguyễn Đức Hiển, Phó Trưởng Ban, Tổ phó Tổ Biên tập phát biểu tại cuộc họp.")
    assert persons(doc) == {"Nguyễn Đức Hiển": {("Phó Trưởng ban", None), ("Tổ phó", "Tổ Biên tập")}}


# --------------------------------------------------------------------------- foreign and unanchored names


def test_foreign_names(pipeline):
    doc = run(
        pipeline,
        "Thủ tướng Phạm Minh Chính đã tiếp Bà Urawadee Sriphiromaya, Đại sứ Vương quốc Thái Lan tại Việt Nam.\n"
        "Tổng thống Nga Vladimir Putin gửi điện mừng.",
    )
    got = persons(doc)
    assert {"Urawadee Sriphiromaya", "Vladimir Putin", "Phạm Minh Chính"} <= set(got)
    assert ("Đại sứ", None) in {(t, None) for t, _ in got["Urawadee Sriphiromaya"]}
    assert got["Vladimir Putin"] == {("Tổng thống", "Nga")}  # a head of state's body is the state


def test_country_between_title_and_foreign_name(pipeline):
    doc = run(pipeline, "Chính sách của Tổng thống Mỹ Donald Trump đã đẩy thuế quan lên cao. Ông Trump nói vậy.")
    assert persons(doc) == {"Donald Trump": {("Tổng thống", "Mỹ")}}
    assert mention_texts(doc, "Donald Trump") == ["Donald Trump", "Trump"]


def test_former_position_is_kept_with_its_status(pipeline):
    doc = run(pipeline, "Nguyên Thủ tướng Nguyễn Tấn Dũng đến dự lễ kỷ niệm.")
    assert persons(doc) == {"Nguyễn Tấn Dũng": {("Thủ tướng", "Chính phủ")}}
    assert [q.status for q in doc._.persons[0].positions] == ["former"]


def test_body_read_up_to_the_name(pipeline):
    doc = run(pipeline, "Phó giám đốc Sở Kế hoạch đầu tư Nguyễn Thị Thu Hoa cho biết dự án đã khởi công.")
    got = persons(doc)
    assert set(got) == {"Nguyễn Thị Thu Hoa"}
    assert [t for t, _b in got["Nguyễn Thị Thu Hoa"]] == ["Phó Giám đốc"]


def test_bare_name_with_age_but_not_a_street(pipeline):
    doc = run(
        pipeline,
        "Nguyễn Văn Bình (35 tuổi, trú tại Hà Nội) điều khiển xe trên đường Nguyễn Hữu Cảnh thì gây tai nạn.",
    )
    assert set(persons(doc)) == {"Nguyễn Văn Bình"}


def test_abbreviated_names_keep_their_initials(pipeline):
    doc = run(
        pipeline,
        "Hai nạn nhân là anh Trần C.T. (SN 1974) và con trai Trần C.D. (SN 2018). Xe do Nguyễn Văn T. (SN 1990) lái.",
    )
    assert set(persons(doc)) == {"Trần C.T.", "Trần C.D.", "Nguyễn Văn T."}


def test_streets_and_junctions_named_after_persons_are_not_persons(pipeline):
    doc = run(
        pipeline,
        "Khi vừa vào đến ngã ba Nguyễn Bình Khiêm - Nguyễn Hữu Cảnh thì xe bị lạc tay lái. "
        "Dòng xe chạy trên đại lộ Võ Văn Kiệt, hướng từ quận Bình Tân.",
    )
    assert persons(doc) == {}


def test_missing_space_after_period_dash_rank_and_abbreviated_title(pipeline):
    doc = run(
        pipeline,
        "Có nhiều khiếm khuyết ở đội tàu.Ông Bùi Công Trùng, GĐ hãng này cho hay. "
        "Tại hội nghị, Bộ trưởng Bộ Công an - Đại tướng Lương Tam Quang nhấn mạnh yêu cầu. "
        "Giám đốc hãng Petro Express - ông Trần Quốc Hiệu cùng nhìn nhận.",
    )
    got = persons(doc)
    assert got["Bùi Công Trùng"] == {("Giám đốc", None)}
    assert got["Lương Tam Quang"] == {("Bộ trưởng", "Bộ Công an")}
    assert got["Trần Quốc Hiệu"] == {("Giám đốc", None)}


def test_korean_and_counterpart_names(pipeline):
    doc = run(pipeline, "Ngoại trưởng Triều Tiên Choe Son Hui nói với người đồng cấp Nga Sergei Lavrov rằng hai bên sẽ hợp tác.")
    got = persons(doc)
    # the counterpart holds the same office in the country printed after "người đồng cấp" (counterparts.py)
    assert got == {"Choe Son Hui": {("Ngoại trưởng", "Bộ Ngoại giao Triều Tiên")},
                   "Sergei Lavrov": {("Ngoại trưởng", "Bộ Ngoại giao Nga")}}


def test_foreign_names_after_weak_honorifics_and_acronym_bodies(pipeline):
    doc = run(
        pipeline,
        "Một cô gái người Úc tên Bianca Jones tử vong, trong khi cô Holly Bowles đang điều trị. "
        "Chủ tịch BNDES, ông Aloizio Mercadante, nói rằng khoản vay sẽ mở rộng.",
    )
    got = persons(doc)
    assert {"Bianca Jones", "Holly Bowles", "Aloizio Mercadante"} == set(got)
    assert got["Aloizio Mercadante"] == {("Chủ tịch", None)}


def test_person_named_place_after_a_title(pipeline):
    doc = run(pipeline, "Các đồng chí lãnh đạo vào Lăng viếng Chủ tịch Hồ Chí Minh. Đại sứ Thái Lan tiếp đoàn.")
    assert persons(doc) == {"Hồ Chí Minh": {("Chủ tịch", None)}}


def test_given_name_alone_is_a_mention_not_a_person(pipeline):
    doc = run(pipeline, "Ông Nguyễn Đức Hiển cho biết tiến độ đã đạt yêu cầu. Theo ông Hiển, các bộ cần khẩn trương.")
    assert set(persons(doc)) == {"Nguyễn Đức Hiển"}
    assert "Hiển" in mention_texts(doc, "Nguyễn Đức Hiển")


def test_vietnamese_given_name_after_rank_is_not_a_foreign_name(pipeline):
    doc = run(pipeline, "Đại tá Nguyễn Văn Hai cho biết vụ việc đang được điều tra. Đại tá Hai nói thêm như vậy.")
    assert set(persons(doc)) == {"Nguyễn Văn Hai"}


# --------------------------------------------------------------------------- never a person


def test_titles_bodies_places_are_not_persons(pipeline):
    doc = run(
        pipeline,
        "Phó Trưởng ban Tổ chức Trung ương phát biểu tại Hà Nội. Bộ trưởng Bộ Tài chính chỉ đạo bố trí ngân sách.\n"
        "Thủ tướng Chính phủ chỉ đạo các cơ quan chức năng.",
    )
    assert persons(doc) == {}
    assert len(doc.spans["persons"]) == 0


def test_organizations_named_like_persons_are_not_persons(pipeline):
    doc = run(
        pipeline,
        "Ông Đỗ Vinh Quang, Chủ tịch Vietravel Airlines phát biểu. Các nghệ sĩ Đoàn Chèo Hải Phòng biểu diễn. "
        "Hai bệnh nhân được chuyển tới Viện Bỏng Quốc gia Lê Hữu Trác điều trị.",
    )
    assert set(persons(doc)) == {"Đỗ Vinh Quang"}


def test_byline_and_photo_credit_are_not_persons(pipeline):
    doc = run(pipeline, "Thủ tướng Phạm Minh Chính chủ trì phiên họp. Ảnh: Dương Giang\nTrà Vũ")
    assert set(persons(doc)) == {"Phạm Minh Chính"}


def test_title_inside_body_name_is_not_a_title(pipeline):
    doc = run(pipeline, "Ban Bí thư đã ban hành kết luận về công tác cán bộ.")
    assert [s.kb_id_ for s in doc.spans["titles"]] == []


# --------------------------------------------------------------------------- title-only mentions


def test_title_only_mentions_resolve_to_the_holder(pipeline):
    text = "Tổng Bí thư Tô Lâm dự phiên họp.\nTổng Bí thư nhấn mạnh, cần tháo gỡ điểm nghẽn thể chế."
    doc = run(pipeline, text)
    assert set(persons(doc)) == {"Tô Lâm"}
    assert mention_texts(doc, "Tô Lâm") == ["Tô Lâm", "Tổng Bí thư"]
    spans = [(s.text, s.label_, s.kb_id_) for s in doc.spans["persons"]]
    assert ("Tổng Bí thư", "PERSON", "Tô Lâm") in spans


def test_dong_chi_alone_is_the_current_speaker(pipeline):
    text = (
        "Phát biểu kết luận, đồng chí Trưởng Ban Trần Lưu Quang cảm ơn các ý kiến. "
        "Đồng chí đề nghị các bộ, ngành hoàn thiện ý kiến. Các thành viên đã báo cáo đồng chí Trưởng Ban."
    )
    doc = run(pipeline, text)
    assert set(persons(doc)) == {"Trần Lưu Quang"}
    assert mention_texts(doc, "Trần Lưu Quang") == ["Trần Lưu Quang", "Đồng chí", "Trưởng Ban"]


def test_appositive_title_held_by_another_is_the_next_subject(pipeline):
    text = (
        "Chủ tịch nước Lương Cường tin tưởng chuyến thăm. Chúc mừng thành tựu dưới sự trị vì của "
        "Quốc vương Norodom Sihamoni, Chủ tịch nước chân thành chúc nhân dân Campuchia hạnh phúc."
    )
    doc = run(pipeline, text)
    assert persons(doc) == {"Lương Cường": {("Chủ tịch nước", "Nước Cộng hòa xã hội chủ nghĩa Việt Nam")},
                            "Norodom Sihamoni": {("Quốc vương", None)}}
    assert mention_texts(doc, "Lương Cường") == ["Lương Cường", "Chủ tịch nước"]


def test_title_nobody_holds_is_not_a_person(pipeline):
    doc = run(pipeline, "Tổng Bí thư Tô Lâm yêu cầu: Bộ trưởng Bộ Tài chính chỉ đạo bố trí ngân sách.")
    assert set(persons(doc)) == {"Tô Lâm"}
    assert mention_texts(doc, "Tô Lâm") == ["Tô Lâm"]


def test_plural_and_predicative_titles_are_not_mentions(pipeline):
    text = (
        "Tổng Bí thư Tô Lâm, Trưởng ban Chỉ đạo chủ trì. Tỉnh ủy lập Ban Chỉ đạo do đồng chí Bí thư làm "
        "Trưởng Ban Chỉ đạo; các Phó Trưởng ban Chỉ đạo tham dự."
    )
    doc = run(pipeline, text)
    assert mention_texts(doc, "Tô Lâm") == ["Tô Lâm"]


# --------------------------------------------------------------------------- output contract


def test_offsets_spans_and_titles(pipeline):
    text = "Sáng 15/10, Tổng Bí thư Tô Lâm chủ trì. Tổng Bí thư nhấn mạnh yêu cầu đổi mới."
    doc = run(pipeline, text)
    for p in doc._.persons:
        for m in p.mentions:
            assert doc.text[m.start : m.end] == m.text
    assert all(s.label_ == "PERSON" and s.kb_id_ == "Tô Lâm" for s in doc.spans["persons"])
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["titles"]] == [
        ("Tổng Bí thư", "TITLE", "Tổng Bí thư"),
        ("Tổng Bí thư", "TITLE", "Tổng Bí thư"),
    ]


def test_titles_are_canonicalized(pipeline):
    doc = run(pipeline, "Đồng chí Nguyễn Văn An, Phó trưởng Ban, phát biểu. Ông Lê Văn Bình, Uỷ viên Ban Thường vụ, dự.")
    titles = {t for ps in persons(doc).values() for t, _b in ps}
    assert titles == {"Phó Trưởng ban", "Ủy viên"}


# --------------------------------------------------------------------------- dev gold


def test_dev_persons_and_positions_f1():
    need_shared(DEV)
    from nqextract.evaluate import score_dir

    scores, _per_article = score_dir(DEV)
    assert scores.fields["persons"].f1 >= 0.95
    assert scores.fields["positions"].f1 >= 0.85


def test_dev_articles_have_no_person_that_is_a_title(pipeline):
    need_shared(DEV)
    titles = {fold(t) for t in ("Phó Trưởng", "Trưởng Ban", "Tổng Bí thư", "Thủ tướng")}
    paths = sorted(DEV.glob("*.txt"))
    assert paths, f"no dev articles in {DEV}"
    found = 0
    for path in paths:
        doc = run(pipeline, path.read_text(encoding="utf-8"))
        found += len(doc._.persons)
        assert not {fold(p.name) for p in doc._.persons} & titles, path.name
    assert found  # the dev articles name people: the check above ran on something


# --------------------------------------------------------------------------- default bodies of titles


def test_prime_minister_without_body_names_the_government(pipeline):
    doc = run(pipeline, "Chiều 28-11, Thủ tướng Nguyễn Văn An đã trao quyết định cho Phó Thủ tướng Lê Văn Bình.")
    assert persons(doc) == {"Nguyễn Văn An": {("Thủ tướng", "Chính phủ")},
                            "Lê Văn Bình": {("Phó Thủ tướng", "Chính phủ")}}


def test_foreign_prime_minister_heads_his_countrys_government_not_the_vietnamese_one(pipeline):
    doc = run(pipeline, "Thủ tướng Malaysia Anwar Ibrahim hội kiến đoàn đại biểu. Thủ tướng Singapore Lý Hiển Long phát biểu.")
    assert persons(doc) == {"Anwar Ibrahim": {("Thủ tướng", "Chính phủ Malaysia")},
                            "Lý Hiển Long": {("Thủ tướng", "Chính phủ Singapore")}}


def test_short_form_of_a_longer_title_is_the_same_office(pipeline):
    doc = run(pipeline, "Phó Thủ tướng Thường trực Chính phủ Trần Văn Cường cho biết. "
                        "Theo Phó Thủ tướng Trần Văn Cường, dự án phải làm nhanh.")
    assert persons(doc) == {"Trần Văn Cường": {("Phó Thủ tướng Thường trực", "Chính phủ")}}


def test_central_office_and_local_office_in_one_chain_are_two_people(pipeline):
    doc = run(pipeline, "Phó Thủ tướng Chính phủ Lê Văn Bình chủ trì. Triển khai ý kiến chỉ đạo của Phó Thủ tướng "
                        "Chính phủ, Phó Chủ tịch UBND tỉnh Bắc Ninh Ngô Văn Phú yêu cầu các Sở khẩn trương.")
    got = persons(doc)
    assert got["Ngô Văn Phú"] == {("Phó Chủ tịch", "Ủy ban nhân dân tỉnh Bắc Ninh")}
    assert got["Lê Văn Bình"] == {("Phó Thủ tướng", "Chính phủ")}


def test_position_after_a_holder_cue_belongs_to_the_person_named_before(pipeline):
    doc = run(pipeline, "Thủ tướng ghi nhận đóng góp của ông Trần Đức Phúc khi đã hoàn thành nhiệm vụ bộ trưởng "
                        "Bộ Tài chính và tiếp tục giữ chức vụ phó thủ tướng Chính phủ.")
    assert persons(doc) == {"Trần Đức Phúc": {("Phó Thủ tướng", "Chính phủ")}}
    doc = run(pipeline, "Đại tá Lê Văn Hải được Bộ trưởng Bộ Công an bổ nhiệm giữ chức vụ Giám đốc Công an tỉnh Nghệ An.")
    assert persons(doc) == {"Lê Văn Hải": {("Giám đốc", "Công an tỉnh Nghệ An")}}
    doc = run(pipeline, "Ông Nguyễn Văn An thôi giữ chức vụ Chủ tịch UBND tỉnh Nghệ An.")
    assert persons(doc) == {"Nguyễn Văn An": set()}


def test_copula_and_concurrent_office(pipeline):
    doc = run(pipeline, "Hiện Phó thủ tướng Lê Văn Bình đang kiêm nhiệm chức vụ bộ trưởng Bộ Tài chính. Còn bộ trưởng "
                        "Bộ Xây dựng hiện nay là ông Trần Văn Thành.")
    assert persons(doc) == {"Lê Văn Bình": {("Phó Thủ tướng", "Chính phủ"), ("Bộ trưởng", "Bộ Tài chính")},
                            "Trần Văn Thành": {("Bộ trưởng", "Bộ Xây dựng")}}


def test_body_led_by_a_person(pipeline):
    doc = run(pipeline, "Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật do đồng chí Tổng Bí thư Tô Lâm làm "
                        "Trưởng ban, Đảng ủy Bộ Tư pháp là cơ quan thường trực.")
    assert persons(doc) == {"Tô Lâm": {("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng"),
                                       ("Trưởng ban", "Ban Chỉ đạo Trung ương về hoàn thiện thể chế, pháp luật")}}


def test_foreign_party_member_and_a_later_body_is_no_antecedent(pipeline):
    doc = run(pipeline, "Bộ trưởng Bộ Tư pháp Nguyễn Hải Nam gặp đồng chí Trần Cương, Ủy viên Trung ương Đảng Cộng sản "
                        "Trung Quốc, Bí thư Đảng ủy, Chủ nhiệm Ủy ban Thường vụ Đại hội đại biểu nhân dân Khu tự trị "
                        "dân tộc Choang Quảng Tây. Đảng ủy Bộ Tư pháp là cơ quan thường trực.")
    got = persons(doc)["Trần Cương"]
    assert ("Ủy viên", "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc") in got
    assert ("Chủ nhiệm", "Ủy ban Thường vụ Đại hội đại biểu nhân dân Khu tự trị dân tộc Choang Quảng Tây") in got
    assert ("Bí thư", "Đảng ủy Bộ Tư pháp") not in got


def test_a_photo_credit_glued_after_the_body_is_no_person(pipeline):
    doc = run(pipeline, "Thứ trưởng Trương Minh Tuấn cho biết công tác tuyên truyền đã kịp thời.Hồng Nhì - Ảnh: Lê Anh Dũng")
    assert set(persons(doc)) == {"Trương Minh Tuấn"}
