"""Bodies: gazetteer, old/new names, long pattern names, definitions, abbreviations, places, exclusions."""

from __future__ import annotations

import json

import pytest

from conftest import DEV, body_names, need_shared
from nqextract.extract.bodies import canonical_body, find_bodies
from nqextract.textnorm import fold


def printed(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.name) for m in find_bodies(text)]


def test_gazetteer_central_bodies() -> None:
    text = "Thay mặt Bộ Chính trị, Ban Bí thư, đồng chí đề nghị Quốc hội, Chính phủ và Mặt trận Tổ quốc Việt Nam phối hợp."
    assert body_names(text) == ["Bộ Chính trị", "Ban Bí thư", "Quốc hội", "Chính phủ", "Mặt trận Tổ quốc Việt Nam"]


def test_body_inside_person_title_is_a_mention() -> None:
    text = "đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"
    assert printed(text) == [("Bộ Chính trị", "Bộ Chính trị"), ("Chính phủ", "Chính phủ")]


def test_old_and_new_ministry_names() -> None:
    old = "Bộ trưởng Bộ Kế hoạch và Đầu tư và Bộ Thông tin và Truyền thông trình Chính phủ."
    new = "Bộ Nông nghiệp và Môi trường phối hợp với Bộ Dân tộc và Tôn giáo."
    assert body_names(old) == ["Bộ Kế hoạch và Đầu tư", "Bộ Thông tin và Truyền thông", "Chính phủ"]
    assert body_names(new) == ["Bộ Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo"]


def test_case_variants_map_to_one_name() -> None:
    assert body_names("Bộ Công thương cho biết") == ["Bộ Công Thương"]
    assert body_names("Ban Cán sự đảng Chính phủ chỉ đạo") == ["Ban cán sự đảng Chính phủ"]


def test_tone_placement_variants() -> None:
    assert body_names("Uỷ ban Thường vụ Quốc hội cho ý kiến") == ["Ủy ban Thường vụ Quốc hội"]
    assert body_names("Toà án nhân dân tối cao xét xử") == ["Tòa án nhân dân tối cao"]


def test_minister_title_names_the_ministry() -> None:
    text = "Bộ trưởng Công an chỉ đạo triển khai Đề án 06."
    assert printed(text) == [("Công an", "Bộ Công an")]


def test_long_pattern_name_with_commas_and_definition() -> None:
    text = (
        "Chiều 20/1, Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
        "(Ban Chỉ đạo) đã họp Phiên thứ nhất. Tổng Bí thư Tô Lâm, Trưởng ban Chỉ đạo chủ trì. "
        "Các thành viên Ban Chỉ đạo thảo luận. Ban chỉ đạo phải hành động quyết liệt."
    )
    full = "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
    found = printed(text)
    assert found[0] == (full, full)
    assert [p for p, _ in found[1:]] == ["Ban Chỉ đạo", "ban Chỉ đạo", "Ban Chỉ đạo", "Ban chỉ đạo"]
    assert {n for _, n in found} == {full}


def test_short_form_with_qualifier_resolves_to_full_name() -> None:
    text = (
        "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực họp phiên thứ 25. "
        "Sau phiên họp của Ban Chỉ đạo Trung ương ngày 20/1, các cơ quan đã triển khai."
    )
    assert set(body_names(text)) == {"Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực"}


def test_national_committee_and_bare_head_anaphora() -> None:
    text = "Thủ tướng chủ trì phiên họp Ủy ban quốc gia về chuyển đổi số. Ủy ban đã ban hành kế hoạch."
    assert printed(text)[-2:] == [
        ("Ủy ban quốc gia về chuyển đổi số", "Ủy ban quốc gia về chuyển đổi số"),
        ("Ủy ban", "Ủy ban quốc gia về chuyển đổi số"),
    ]


def test_abbreviations() -> None:
    text = "Chủ tịch UBND tỉnh Nghệ An, Chủ tịch HĐND TP Hà Nội và Ủy ban MTTQ tỉnh Quảng Nam; BCH TW họp."
    assert body_names(text) == [
        "Ủy ban nhân dân tỉnh Nghệ An",
        "Hội đồng nhân dân thành phố Hà Nội",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam",
        "Ban Chấp hành Trung ương Đảng",
    ]
    assert body_names("Bộ GD&ĐT ban hành thông tư") == ["Bộ Giáo dục và Đào tạo"]


def test_province_patterns() -> None:
    text = "Bí thư Thành ủy TP.HCM Nguyễn Văn Nên làm việc với Tỉnh ủy Bến Tre và UBND huyện Gia Lâm."
    assert body_names(text) == [
        "Thành ủy Thành phố Hồ Chí Minh",
        "Tỉnh ủy Bến Tre",
        "Ủy ban nhân dân huyện Gia Lâm",
    ]


def test_prefixed_bodies_are_one_body() -> None:
    text = "ghi nhận Đảng ủy Chính phủ, Đảng ủy Quốc hội, Đảng ủy Mặt trận Tổ quốc và Ban Thường vụ Tỉnh ủy Nghệ An"
    assert body_names(text) == [
        "Đảng ủy Chính phủ",
        "Đảng ủy Quốc hội",
        "Đảng ủy Mặt trận Tổ quốc Việt Nam",
        "Ban Thường vụ Tỉnh ủy Nghệ An",
    ]


def test_standing_committee_collective_organ_vs_title() -> None:
    text = "Thường trực Tổ Biên tập đã hoàn thiện sản phẩm. Trần Cẩm Tú, Thường trực Ban Bí thư, phát biểu."
    assert body_names(text) == ["Thường trực Tổ Biên tập", "Ban Bí thư"]
    assert body_names("Văn phòng Trung ương Đảng - cơ quan Thường trực Tổ Biên tập") == [
        "Văn phòng Trung ương Đảng",
        "Tổ Biên tập",
    ]


def test_exclusions_venue_generic_plural_and_credits() -> None:
    assert body_names("Chiều 13/3, tại trụ sở Chính phủ, Thủ tướng tiếp Đại sứ.") == []
    assert body_names("Tổng Bí thư yêu cầu Tỉnh ủy, Thành ủy lập kế hoạch; UBND các tỉnh, các bộ, ngành thực hiện.") == []
    assert body_names("phát triển Chính phủ số, kinh tế số") == []
    assert body_names("Tổng Bí thư phát biểu. Ảnh: Thống Nhất/TTXVN") == []
    assert body_names("Theo Thông tấn xã Việt Nam, ...") == ["Thông tấn xã Việt Nam"]  # a sentence's source (ledger gold)
    assert body_names("Tin đã đăng (theo Thông tấn xã Việt Nam).") == []
    assert body_names("Phóng viên Thông tấn xã Việt Nam đưa tin") == ["Thông tấn xã Việt Nam"]


def test_unnamed_head_is_not_a_body() -> None:
    assert body_names("Đồng chí Trưởng Ban Trần Lưu Quang phát biểu chỉ đạo") == []


def test_term_suffix_kept_as_printed() -> None:
    text = "theo tinh thần Hội nghị lần thứ 13, Ban Chấp hành Trung ương Đảng khóa XIII."
    assert body_names(text) == ["Ban Chấp hành Trung ương Đảng khóa XIII"]


def test_canonical_body_lookup() -> None:
    assert canonical_body("Bộ Công thương") == "Bộ Công Thương"
    assert canonical_body("uỷ ban thường vụ quốc hội") == "Ủy ban Thường vụ Quốc hội"
    assert canonical_body("UBND tỉnh Nghệ An") == "Ủy ban nhân dân tỉnh Nghệ An"
    assert canonical_body("MTTQ") == "Mặt trận Tổ quốc Việt Nam"
    assert canonical_body("Tổng Bí thư") is None
    assert canonical_body("") is None


def test_component_writes_spans_and_records() -> None:
    import nqextract.extract.bodies  # noqa: F401  (registers the nq_bodies factory)
    from nqextract.nlp import blank

    nlp = blank()
    nlp.add_pipe("nq_bodies")
    text = "Đảng ủy Quốc hội chỉ đạo. Bộ trưởng Công an và Quốc hội thống nhất."
    doc = nlp(text)
    spans = [(s.text, s.label_, s.kb_id_) for s in doc.spans["bodies"]]
    assert spans == [
        ("Đảng ủy Quốc hội", "BODY", "Đảng ủy Quốc hội"),
        ("Công an", "BODY", "Bộ Công an"),
        ("Quốc hội", "BODY", "Quốc hội"),
    ]
    records = {b.name: b for b in doc._.bodies}
    assert set(records) == {"Đảng ủy Quốc hội", "Bộ Công an", "Quốc hội"}
    assert records["Bộ Công an"].aliases == ["Công an"]
    for b in doc._.bodies:
        for m in b.mentions:
            assert doc.text[m.start : m.end] == m.text


@pytest.mark.parametrize("name", sorted(p.stem for p in DEV.glob("*.json")) if DEV.exists() else ["dev"])
def test_dev_gold_bodies_found(name: str) -> None:
    need_shared(DEV)
    gold = json.loads((DEV / f"{name}.json").read_text(encoding="utf-8"))
    text = (DEV / f"{name}.txt").read_text(encoding="utf-8")
    found = {fold(n) for n in body_names(text)}
    missing = {fold(b) for b in gold["bodies"]} - found
    assert not missing


def test_proper_names_after_heads() -> None:
    text = "Cục Cảnh sát giao thông (Bộ Công an) và Tổng cục Biển và Hải đảo Việt Nam; Phó Cục trưởng Cục Xuất nhập khẩu Nguyễn Anh Sơn"
    assert printed(text) == [
        ("Cục Cảnh sát giao thông", "Cục Cảnh sát giao thông"),
        ("Bộ Công an", "Bộ Công an"),
        ("Tổng cục Biển và Hải đảo Việt Nam", "Tổng cục Biển và Hải đảo Việt Nam"),
        ("Cục Xuất nhập khẩu", "Cục Xuất nhập khẩu"),
    ]


def test_places_and_persons_are_not_bodies() -> None:
    # "Ban" inside "Tây Ban Nha" is no body; the head of government's title names that country's government
    assert body_names("rác thải tại thành phố Hội An vẫn chưa xử lý; Thủ tướng Tây Ban Nha phát biểu") == [
        "Chính phủ Tây Ban Nha"]
    assert body_names("Phó chủ tịch UBND TP Bùi Xuân Cường được giao theo dõi") == []
    assert body_names("theo nghị quyết của Ban Thường vụ Tỉnh ủy, công văn chỉ đạo") == []


def test_foreign_state_bodies() -> None:
    assert body_names("Quốc hội Lào thông qua; Bộ Ngoại giao Trung Quốc cho biết") == ["Quốc hội Lào", "Bộ Ngoại giao Trung Quốc"]


def test_abbreviation_inside_document_number_is_not_a_body() -> None:
    # the legislature's term is no part of its name (the gold's form)
    assert body_names("Quốc hội khoá XI ban hành nghị quyết số 37/2004/QH về việc này") == ["Quốc hội"]


def test_foreign_ministry_name_ends_with_its_country() -> None:
    text = "Đón Thủ tướng có Bộ trưởng Bộ Nông nghiệp Cộng hòa Dominica Limber Cruz và nhiều quan chức."
    assert body_names(text) == ["Bộ Nông nghiệp Cộng hòa Dominica"]
    assert body_names("đối với một Bộ Luật Hình sự") == []


def test_coordinated_proper_names_are_two_bodies() -> None:
    text = "để Trường đại học Kỹ thuật - Hậu cần Công an nhân dân hợp tác cùng Trường đại học Y Dược, Đại học Quốc gia Hà Nội"
    assert body_names(text) == [
        "Trường Đại học Kỹ thuật - Hậu cần Công an nhân dân",
        "Trường Đại học Y Dược, Đại học Quốc gia Hà Nội",  # a member school named with its university (member_unit)
        "Đại học Quốc gia Hà Nội",
    ]


def test_word_abbreviations_spelled_out_in_proper_names() -> None:
    assert printed("Chiều 28/6, Cục CSGT (Bộ Công an) đã tổ chức lễ công bố") == [
        ("Cục CSGT", "Cục Cảnh sát giao thông"),
        ("Bộ Công an", "Bộ Công an"),
    ]


def test_rules_dir_overrides_the_gazetteer(tmp_path) -> None:
    from nqextract.extract import resources
    from nqextract.extract.body_rules import load_rules

    packaged = resources.read_text("bodies.tsv")
    (tmp_path / "bodies.tsv").write_text(packaged + "Ủy ban Thử nghiệm Đặc biệt\tNhóm Sao Mai\tstate\t\n",
                                         encoding="utf-8")
    text = "Hôm qua Nhóm Sao Mai họp."
    assert [m.name for m in find_bodies(text, rules=load_rules(tmp_path))] == ["Ủy ban Thử nghiệm Đặc biệt"]
    assert "Ủy ban Thử nghiệm Đặc biệt" not in body_names(text)  # the packaged rules are untouched
    assert resources.read_text("bodies.tsv") == packaged


def test_broken_rules_file_is_a_clear_error(tmp_path) -> None:
    from nqextract.errors import ExtractError
    from nqextract.extract import resources
    from nqextract.extract.body_rules import load_rules

    packaged = resources.read_text("body_patterns.tsv")
    (tmp_path / "body_patterns.tsv").write_text(packaged + "tropic_stop\tđã\t\n", encoding="utf-8")
    with pytest.raises(ExtractError, match="unknown rule kind.*tropic_stop"):
        load_rules(tmp_path)


def test_department_without_place_takes_the_single_province() -> None:
    text = (
        "UBND tỉnh Đồng Nai đề nghị các sở thực hiện. Sở Xây dựng chủ trì kiểm tra. "
        "Giao Công an tỉnh Đồng Nai, Sở Tài nguyên - Môi trường rà soát; các Sở Y tế địa phương phối hợp."
    )
    assert body_names(text) == [
        "Ủy ban nhân dân tỉnh Đồng Nai",
        "Sở Xây dựng tỉnh Đồng Nai",
        "Công an tỉnh Đồng Nai",
        "Sở Tài nguyên và Môi trường tỉnh Đồng Nai",
    ]
    assert body_names("Sở Xây dựng chủ trì; UBND tỉnh Nghệ An và UBND tỉnh Hà Tĩnh phối hợp.")[0] != "Sở Xây dựng"


def _pipeline_bodies(extractor, text: str) -> list[str]:
    from nqextract.models import CleanArticle

    return [b.name for b in extractor.extract_clean(CleanArticle(source="<test>", text=text + "\n")).bodies]


def test_national_name_keeps_words_tagged_as_verbs(extractor) -> None:
    got = _pipeline_bodies(extractor, "Tổng công ty Quản lý bay Việt Nam và Hội Tiêu chuẩn và Bảo vệ người tiêu dùng "
                                      "Việt Nam đã kiến nghị.")
    assert got == ["Tổng công ty Quản lý bay Việt Nam", "Hội Tiêu chuẩn và Bảo vệ người tiêu dùng Việt Nam"]
    assert _pipeline_bodies(extractor, "Công ty Điện lực bán điện cho Việt Nam.") == ["Công ty Điện lực"]


def test_fund_and_association_heads() -> None:
    assert body_names("Kinh phí lấy từ Quỹ Bảo vệ môi trường Việt Nam; Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam "
                 "kiến nghị.") == ["Quỹ Bảo vệ môi trường Việt Nam", "Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam"]


def test_sentence_glued_without_space_ends_a_name() -> None:
    assert body_names("Tiền lấy từ Quỹ Bảo vệ môi trường Việt Nam.Bộ Tài chính yêu cầu.") == [
        "Quỹ Bảo vệ môi trường Việt Nam", "Bộ Tài chính"]
    assert body_names("Sở Y tế TP.HCM cho biết.") == ["Sở Y tế Thành phố Hồ Chí Minh"]


def test_committee_of_the_national_assembly_and_a_cut_verb_phrase() -> None:
    text = ("Ủy ban về các vấn đề xã hội của Quốc hội tổ chức phiên giải trình. Đoàn giám sát của Ủy ban về thực hiện "
            "chính sách cho biết, Ủy ban Kinh tế của Quốc hội đã thẩm tra.")
    # "Quốc hội" printed inside a committee's name is named too (the ledger gold lists it), no "Ủy ban về thực"
    assert [n for n in body_names(text) if n not in ("Ủy ban về các vấn đề xã hội", "Quốc hội")] == ["Ủy ban Kinh tế"]
    assert body_names(text)[:2] == ["Ủy ban về các vấn đề xã hội", "Quốc hội"]


def test_steering_committee_named_by_a_lower_case_document_number() -> None:
    assert body_names("Bộ Chính trị đã thành lập Ban Chỉ đạo tổng kết nghị quyết 18 để hướng dẫn.") == [
        "Bộ Chính trị", "Ban Chỉ đạo tổng kết Nghị quyết 18"]


def test_bare_level_word_of_the_one_province_the_article_names() -> None:
    text = ("Tại điểm cầu Hà Tĩnh, Phó Chủ tịch UBND tỉnh Trần Văn Nam cùng lãnh đạo các Sở dự họp. Văn phòng UBND "
            "tỉnh tổng hợp báo cáo. Hà Tĩnh phấn đấu hoàn thành trước 30/6.")
    assert body_names(text) == ["Ủy ban nhân dân tỉnh Hà Tĩnh", "Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh"]


def test_bare_city_level_after_a_named_city_body() -> None:
    text = ("UBND TP.HCM vừa có kết luận. Tuyến metro do Ban Quản lý đường sắt đô thị TP làm chủ đầu tư; "
            "Phó Chủ tịch UBND TP Bùi Văn Cường chỉ đạo.")
    got = body_names(text)
    assert "Ban Quản lý đường sắt đô thị Thành phố Hồ Chí Minh" in got
    assert got.count("Ủy ban nhân dân Thành phố Hồ Chí Minh") == 2


def test_bare_level_word_names_nothing_in_a_class() -> None:
    assert body_names("Tại Hà Tĩnh, Hà Tĩnh đề nghị UBND tỉnh, thành phố rà soát.") == []


def test_working_group_of_the_prime_minister() -> None:
    text = "Ông Mai Văn Dũng (Tổ trưởng Tổ công tác của Thủ tướng) làm việc với Tổ công tác, các Bộ."
    assert body_names(text) == ["Tổ công tác của Thủ tướng Chính phủ", "Tổ công tác của Thủ tướng Chính phủ"]


def test_topic_printed_in_title_case_right_after_its_head() -> None:
    assert body_names("Cảng vụ báo cáo Ban Chỉ đạo Phòng chống thiên tai và tìm kiếm cứu nạn hàng không xem xét.") == [
        "Ban Chỉ đạo Phòng chống thiên tai và tìm kiếm cứu nạn hàng không"]
    assert body_names("Phó Trưởng Ban Chỉ đạo Nguyễn Văn An phát biểu.") == []


def test_one_stop_centre_and_a_placed_form_printed_elsewhere() -> None:
    text = ("UBND TP.HCM giao Ban Quản lý đường sắt đô thị TP làm chủ đầu tư. Ban Quản lý đường sắt đô thị sẽ chủ "
            "trì. Trung tâm Phục vụ hành chính công phường Bến Thành tiếp nhận hồ sơ.")
    assert body_names(text) == ["Ủy ban nhân dân Thành phố Hồ Chí Minh", "Ban Quản lý đường sắt đô thị Thành phố Hồ Chí Minh",
                           "Ban Quản lý đường sắt đô thị Thành phố Hồ Chí Minh",
                           "Trung tâm Phục vụ hành chính công phường Bến Thành"]


def test_ministries_listed_after_a_plural_bo() -> None:
    assert body_names("Tổ công tác làm việc với các Bộ: Kế hoạch và Đầu tư, Tài chính, Giao thông vận tải và Văn phòng "
                 "Chính phủ.") == ["Bộ Kế hoạch và Đầu tư", "Bộ Tài chính", "Bộ Giao thông vận tải", "Văn phòng Chính phủ"]
    assert body_names("Bộ Công Thương phối hợp với các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn.") == [
        "Bộ Công Thương", "Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn"]
    assert body_names("Bộ Y tế, Công an tỉnh phối hợp; lãnh đạo các bộ, ngành dự họp.") == ["Bộ Y tế"]


def test_bare_province_party_committee_and_a_plural_topic_head() -> None:
    text = ("UBND tỉnh Bắc Giang ban hành kế hoạch thực hiện chương trình của Ban Thường vụ Tỉnh ủy. Toàn Đảng bộ "
            "UBND tỉnh thực hiện.")
    assert body_names(text) == ["Ủy ban nhân dân tỉnh Bắc Giang", "Ban Thường vụ Tỉnh ủy Bắc Giang",
                           "Đảng bộ Ủy ban nhân dân tỉnh Bắc Giang"]
    assert body_names("Đơn thư gửi đến Ban và hai Ban Chỉ đạo từng bước đi vào nền nếp, hiệu quả.") == []
    assert body_names("Tại Hà Nội, Tỉnh ủy, Thành ủy các địa phương chỉ đạo. Hà Nội đi đầu.") == []


def test_supreme_court_and_procuracy_without_nhan_dan() -> None:
    assert body_names("Ông từng là Viện trưởng Viện Kiểm sát tối cao, Chánh án Tòa án tối cao.") == [
        "Viện kiểm sát nhân dân tối cao", "Tòa án nhân dân tối cao"]


def test_lower_case_delegation_with_its_place_and_a_parenthesized_acronym() -> None:
    assert body_names("Buổi tiếp xúc cử tri của đoàn đại biểu Quốc hội (ĐBQH) TP Đà Nẵng sáng nay; đoàn ĐBQH TP Đà Nẵng "
                 "ghi nhận.") == ["Đoàn đại biểu Quốc hội thành phố Đà Nẵng", "Đoàn đại biểu Quốc hội thành phố Đà Nẵng"]
    assert body_names("Các đoàn ĐBQH thảo luận; ông là trưởng đoàn đại biểu Quốc hội.") == []


def test_company_named_after_a_town() -> None:
    assert body_names("Sở đề nghị Công ty Cổ phần Xi măng Vicem Hà Tiên (chủ đầu tư dự án) khắc phục.") == [
        "Công ty Cổ phần Xi măng Vicem Hà Tiên"]
