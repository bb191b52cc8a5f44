"""Words of the bodies' grammar read from body_patterns.tsv rows instead of literals in code: the rows' effect on
constructed sentences, and the same sentences read with the rows taken out (a rules_dir of its own)."""

from __future__ import annotations

import pytest

from nqextract.extract import resources
from nqextract.extract.bodies import find_bodies
from nqextract.extract.body_rules import load_rules


def names(text: str, rules=None) -> list[str]:
    return [m.name for m in find_bodies(text, rules=rules)]


def rules_without(tmp_path, *rows: str):
    """The packaged rules with the body_patterns.tsv ``rows`` (whole lines) taken out."""
    lines = resources.read_text("body_patterns.tsv").split("\n")
    for row in rows:
        assert row in lines, row
    (tmp_path / "body_patterns.tsv").write_text("\n".join(x for x in lines if x not in rows), encoding="utf-8")
    return load_rules(tmp_path)


def test_document_words_are_the_flagged_topic_capitals(tmp_path):
    assert load_rules().topic_doc_words == {"nghị quyết", "kết luận", "chỉ thị", "quyết định", "hiến pháp", "luật",
                                            "đề án"}
    assert "trung ương" not in load_rules().topic_doc_words  # a capital allowed in a topic, no document
    rules = rules_without(tmp_path, "topic_capital_ok\tLuật\tdocument")
    assert "luật" not in rules.topic_doc_words and "nghị quyết" in rules.topic_doc_words


@pytest.mark.parametrize("text, name", [
    ("Nhiều văn kiện do Ban Chấp hành Trung ương Đảng khóa XII thông qua.", "Ban Chấp hành Trung ương Đảng khóa XII"),
    ("Ban Chấp hành Trung ương Đảng khóa 9 từng ban hành nhiều nghị quyết.", "Ban Chấp hành Trung ương Đảng khóa 9"),
    ("Danh sách Ban Chấp hành Trung ương Đảng Đại hội XIV được công bố.", "Ban Chấp hành Trung ương Đảng Đại hội XIV"),
])
def test_term_words_name_the_committee_with_its_term(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text", [
    "Ban Chấp hành Trung ương Đảng khóa mới sẽ họp phiên đầu.",  # no number after the word
    "Ban Chấp hành Trung ương Đảng kỳ XII họp hôm qua.",  # no term word
    "Ban Chấp hành Trung ương Đảng khóa XIIa họp hôm qua.",  # no whole number
])
def test_no_term_without_a_term_word_and_its_number(text):
    assert names(text) == ["Ban Chấp hành Trung ương Đảng"]


def test_term_words_come_from_the_rows(tmp_path):
    text = "Nhiều văn kiện do Ban Chấp hành Trung ương Đảng khóa XII thông qua."
    assert names(text, rules_without(tmp_path, "term_word\tkhóa\t")) == ["Ban Chấp hành Trung ương Đảng"]
    assert load_rules(tmp_path).checks.grammar.term_words == {"đại hội": "Đại hội"}


@pytest.mark.parametrize("text, name", [
    ("Đại sứ Việt Nam tại Pháp tiếp đoàn doanh nghiệp.", "Đại sứ quán Việt Nam tại Pháp"),
    ("Hôm qua, Đại sứ Hungary tại Việt Nam thăm tỉnh.", "Đại sứ quán Hungary tại Việt Nam"),
])
def test_a_mission_is_named_with_the_home_country_and_the_abroad_word(text, name):
    assert names(text) == [name]


def test_listed_missions_are_joined_by_a_comma_or_a_conjunction():
    assert names("Các đại sứ quán Lào, Pháp và Cuba tại Việt Nam dự lễ.") == [
        "Đại sứ quán Lào tại Việt Nam", "Đại sứ quán Pháp tại Việt Nam", "Đại sứ quán Cuba tại Việt Nam"]
    assert names("Các đại sứ quán Lào, Pháp cùng Cuba tại Việt Nam dự lễ.") == []  # "cùng" joins no list


def test_listed_missions_read_the_conjunction_row(tmp_path):
    rules = rules_without(tmp_path, "conjunction\tvà\t")
    assert names("Các đại sứ quán Lào và Cuba tại Việt Nam dự lễ.", rules) == []
    assert rules.checks.grammar.joined == frozenset({","})


@pytest.mark.parametrize("text, expected", [
    ("Quốc hội và Chính phủ nước Cộng hòa Cuba gửi điện mừng.",
     ["Quốc hội nước Cộng hòa Cuba", "Chính phủ nước Cộng hòa Cuba"]),
    ("Quốc hội, Chính phủ nước Cộng hòa Cuba gửi điện mừng.",
     ["Quốc hội nước Cộng hòa Cuba", "Chính phủ nước Cộng hòa Cuba"]),
    ("Quốc hội cùng Chính phủ nước Cộng hòa Cuba gửi điện mừng.",  # "cùng" shares no country
     ["Quốc hội", "Chính phủ nước Cộng hòa Cuba"]),
    ("Chính phủ Việt Nam và Quốc hội nước Cộng hòa Cuba ký hiệp định.",  # the home country's keeps its own
     ["Chính phủ", "Quốc hội nước Cộng hòa Cuba"]),
])
def test_joined_state_bodies_share_the_country_printed_last(text, expected):
    assert names(text) == expected


def test_the_home_country_after_a_state_body_is_read_with_it():
    assert names("Hôm nay Bộ Ngoại giao Việt Nam vừa gửi công hàm.") == ["Bộ Ngoại giao"]
    rules = load_rules()
    assert rules.checks.grammar.home == "Việt Nam" and rules.checks.grammar.abroad == "tại"


def test_a_title_is_read_up_to_the_standing_prefix(tmp_path):
    text = "Ông A là Phó Trưởng ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng."
    assert names(text) == ["Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"]
    assert names("Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng đã họp sáng nay.") == [
        "Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"]  # no title before it: the prefix
    assert names(text, rules_without(tmp_path, "standing_prefix\tThường trực\t")) == [
        "Ban Thường trực Ban Chỉ đạo Trung ương về phòng, chống tham nhũng"]


@pytest.mark.parametrize("text, expected", [
    ("Hội nghị Ban Chấp hành Tỉnh ủy Quảng Trị lần thứ ba khai mạc.", ["Ban Chấp hành Đảng bộ tỉnh Quảng Trị"]),
    ("Sáng nay Ban Chấp hành, Ban Thường vụ Tỉnh ủy Quảng Trị làm việc.",
     ["Ban Chấp hành Đảng bộ tỉnh Quảng Trị", "Ban Thường vụ Tỉnh ủy Quảng Trị"]),
    ("Sáng nay Ban Chấp hành và Ban Thường vụ Tỉnh ủy Quảng Trị làm việc.",
     ["Ban Chấp hành Đảng bộ tỉnh Quảng Trị", "Ban Thường vụ Tỉnh ủy Quảng Trị"]),
    ("Sáng nay Ban Chấp hành cùng Ban Thường vụ Tỉnh ủy Quảng Trị làm việc.",  # "cùng" lists no prefixes
     ["Ban Thường vụ Tỉnh ủy Quảng Trị"]),
])
def test_the_executive_prefix_is_named_with_the_party_organization(text, expected):
    assert names(text) == expected


def test_the_executive_prefix_comes_from_its_row(tmp_path):
    rules = rules_without(tmp_path, "executive_prefix\tBan Chấp hành\t")
    assert names("Hội nghị Ban Chấp hành Tỉnh ủy Quảng Trị lần thứ ba khai mạc.", rules) == [
        "Ban Chấp hành Tỉnh ủy Quảng Trị"]


def test_a_province_merged_away_names_no_bare_department(tmp_path):
    text = "Tại Long An (cũ), Sở Y tế kiểm tra. Long An (cũ) có nhiều cảng cá, Sở Tài chính đã báo cáo."
    assert names(text) == []
    assert names(text.replace(" (cũ)", "")) == ["Sở Y tế tỉnh Long An", "Sở Tài chính tỉnh Long An"]
    assert names(text, rules_without(tmp_path, "merged_away_after\tcũ\t")) == [
        "Sở Y tế tỉnh Long An", "Sở Tài chính tỉnh Long An"]


def test_a_join_word_after_a_bare_head_joins_another_body(tmp_path):
    text = "Giám đốc Công an tỉnh cùng lãnh đạo UBND tỉnh Hà Tĩnh dự họp. Công an tỉnh Hà Tĩnh vừa thông tin thêm."
    assert names(text) == ["Công an tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh", "Công an tỉnh Hà Tĩnh"]
    assert names(text, rules_without(tmp_path, "join_after\tcùng\t")) == [  # a class then ("... tỉnh cùng các sở")
        "Ủy ban nhân dân tỉnh Hà Tĩnh", "Công an tỉnh Hà Tĩnh"]


def test_province_levels_and_merged_words_load_from_the_rows():
    g = load_rules().checks.grammar
    assert g.province_levels == {"tỉnh", "thành phố"} and g.standing == "thường trực"
    for after in (" cũ", " (cũ)", "(cũ", "  cũ."):
        assert g.merged_away_rx.match(after), after
    for after in (" cũng", " mới", " (mới)", " nay"):
        assert not g.merged_away_rx.match(after), after


def tagged(text: str, rules_dir=None) -> list[str]:
    """The bodies the component finds in a tagged Doc of ``text`` (the unit fields' phase reads the tags)."""
    from nqextract.extract.bodies import BodyRecognizer
    from nqextract.nlp import blank

    nlp = blank()
    return [m.name for m in BodyRecognizer(nlp, rules_dir=rules_dir).match(nlp.make_doc(text))]


def test_a_number_word_keeps_a_documents_number_in_a_topic(tmp_path):
    text = "Hôm qua Ban Chỉ đạo tổng kết Nghị quyết số 29-NQ/TW của tỉnh họp phiên cuối."
    assert names(text) == ["Ban Chỉ đạo tổng kết Nghị quyết số 29-NQ/TW"]
    assert names(text, rules_without(tmp_path, "number_word\tsố\t")) == ["Ban Chỉ đạo tổng kết Nghị quyết số"]


def test_a_topic_opens_with_the_plural_determiner(tmp_path):
    text = "Ban Chỉ đạo các dự án trọng điểm, công trình quan trọng quốc gia ngành năng lượng họp phiên thứ ba."
    assert names(text) == ["Ban Chỉ đạo các dự án trọng điểm, công trình quan trọng quốc gia ngành năng lượng"]
    assert names("Ban Chỉ đạo các cấp cần kiểm tra thường xuyên.") == []  # too few words: a class of boards
    assert names(text, rules_without(tmp_path, "topic_plural\tcác\t")) == []


def test_the_about_preposition_opens_a_list_of_crimes_in_a_units_field(tmp_path):
    text = "Phòng Cảnh sát điều tra tội phạm về ma túy, kinh tế Công an tỉnh Hà Tĩnh hôm kia bắt giữ hai đối tượng."
    assert tagged(text)[0] == "Phòng Cảnh sát điều tra tội phạm về ma túy, kinh tế Công an tỉnh Hà Tĩnh"
    rules_without(tmp_path, "topic_about\tvề\t")
    assert tagged(text, str(tmp_path))[0] == "Phòng Cảnh sát"


def test_a_join_verb_goes_on_after_a_conjunction_in_a_units_field(tmp_path):
    text = "Phòng Cảnh sát kinh tế và phòng, chống buôn lậu Công an tỉnh Hà Tĩnh hôm kia bắt giữ hai đối tượng."
    assert tagged(text)[0] == "Phòng Cảnh sát kinh tế và phòng, chống buôn lậu Công an tỉnh Hà Tĩnh"
    rules_without(tmp_path, "unit_field_join_verb\tphòng, chống\t")
    assert tagged(text, str(tmp_path))[0] == "Phòng Cảnh sát kinh tế"
    printed = text.replace("phòng, chống", "phòng chống")  # the other row's spelling
    assert tagged(printed, str(tmp_path))[0] == "Phòng Cảnh sát kinh tế và phòng chống buôn lậu Công an tỉnh Hà Tĩnh"


def test_topic_words_load_from_the_rows():
    g = load_rules().checks.grammar
    assert g.about == {"về"} and g.number_words == {"số"} and g.topic_plural == "các"
    assert g.about_rx.match("  về  ") and not g.about_rx.match(" vềnh ")
    assert [g.topic_sep_rx.match(s).group(0) for s in (" và x", ", x", " - x", " x")] == [" và ", ", ", " - ", " "]


def test_a_name_ending_with_a_national_word_is_placed(tmp_path):
    from nqextract.extract.bodies.proper_edges import placed_name

    rules = load_rules()
    for name in ("Trung tâm Lưu trữ dữ liệu quốc gia", "Trung tâm Thông tin Trung ương", "Trung tâm Sách Việt Nam"):
        assert placed_name(name, rules), name
    for name in ("Trung tâm Lưu trữ dữ liệu", "Trung tâm Quốc gia hóa", "Trung tâm Việt Nam học"):
        assert not placed_name(name, rules), name
    assert not placed_name("Trung tâm Lưu trữ dữ liệu quốc gia", rules_without(tmp_path, "national_end\tquốc gia\t"))


def test_a_name_ending_with_the_level_class_word_is_a_class(tmp_path):
    text = "Hội đồng Thi đua khen thưởng cấp xã đã họp xét hồ sơ."
    assert names(text) == []  # a class of councils, one at each commune
    assert names("Hội đồng Thi đua khen thưởng xã đã họp xét hồ sơ.") == ["Hội đồng Thi đua khen thưởng"]
    assert names(text, rules_without(tmp_path, "level_class_word\tcấp\t")) == ["Hội đồng Thi đua khen thưởng cấp"]


def test_a_joint_word_before_a_foreign_head_ends_the_name_before_it(tmp_path):
    text = "Chủ tịch Thượng viện Úc và Hạ viện đã gặp nhau hôm qua."
    assert names(text) == ["Thượng viện Úc", "Hạ viện Úc"]
    assert names(text, rules_without(tmp_path, "joint_word\tvà\t")) == ["Hạ viện Úc"]
    assert load_rules().checks.grammar.joint_before_rx.search(" cùng ") and not load_rules(
        ).checks.grammar.joint_before_rx.search(" sau ")


@pytest.mark.parametrize("text, expected", [
    ("Lãnh đạo các Bộ: Nội vụ, Tư pháp, Y tế dự buổi làm việc.", ["Bộ Nội vụ", "Bộ Tư pháp", "Bộ Y tế"]),
    ("Lãnh đạo ba bộ Nội vụ, Tư pháp và Y tế dự buổi làm việc.", ["Bộ Nội vụ", "Bộ Tư pháp", "Bộ Y tế"]),
    ("Lãnh đạo Bộ Nội vụ, Tư pháp cơ sở là lĩnh vực được bàn.", ["Bộ Nội vụ"]),  # no plural: the item goes on
])
def test_a_class_count_and_the_ministry_head_open_a_list_of_ministries(text, expected):
    assert names(text) == expected


def test_the_list_of_ministries_reads_the_rows(tmp_path):
    text = "Lãnh đạo ba bộ Nội vụ, Tư pháp và Y tế dự buổi làm việc."
    assert names(text, rules_without(tmp_path, "class_count\tba\t")) == []
    assert names(text, rules_without(tmp_path, "ministry_list_head\tbộ\t")) == []


def test_a_class_count_before_a_chamber_makes_it_a_class(tmp_path):
    text = "Chủ tịch hai Thượng viện gặp nhau, ông bàn về hợp tác với Malaysia."
    assert names(text) == []
    assert names(text, rules_without(tmp_path, "class_count\thai\t")) == ["Thượng viện Malaysia"]
    g = load_rules().checks.grammar
    assert g.plural_before("các ", 4, 8) and g.plural_before("ông có 12 ", 10, 8)
    assert not g.plural_before("bahai ", 6, 8) and not g.plural_before("những ", 6, 8)


def test_a_department_title_before_a_capitalized_head(tmp_path):
    text = "Theo Trưởng Khoa cấp cứu Bệnh viện Chợ Rẫy, ca mổ kéo dài năm giờ."
    assert tagged(text)[0] == "Khoa Cấp cứu Bệnh viện Chợ Rẫy"
    rules_without(tmp_path, "department_title\tTrưởng\t")
    assert tagged(text, str(tmp_path)) == ["Bệnh viện Chợ Rẫy"]
    assert tagged(text.replace("Trưởng", "Phó"), str(tmp_path))[0] == "Khoa Cấp cứu Bệnh viện Chợ Rẫy"  # its own row


def test_an_ampersand_in_a_departments_field_is_the_conjunction(tmp_path):
    text = "Bác sĩ B, khoa tai mũi họng & mắt Bệnh viện Chợ Rẫy nhận định ca mổ thành công."
    assert tagged(text)[0] == "Khoa Tai mũi họng và mắt Bệnh viện Chợ Rẫy"


@pytest.mark.parametrize("word", ["tại", "ở"])
def test_a_posted_word_names_a_mission_with_its_place(word):
    text = f"Phái bộ hỗ trợ lâm thời Liên Hợp Quốc {word} Kentaria (UNKAM) vừa gia hạn nhiệm vụ."
    assert tagged(text) == [f"Phái bộ hỗ trợ lâm thời Liên Hợp Quốc {word} Kentaria"]


def test_posted_words_come_from_their_rows(tmp_path):
    rules_without(tmp_path, "posted_word\tở\t")
    text = "Phái bộ hỗ trợ lâm thời Liên Hợp Quốc ở Kentaria (UNKAM) vừa gia hạn nhiệm vụ."
    assert tagged(text, str(tmp_path)) == ["Liên hợp quốc"]


def test_the_conjunction_joins_lines_of_business_and_a_boards_words(tmp_path):
    firm = ("Công ty cổ phần sản xuất và thương mại Hoàng Sơn vừa ra mắt. "
            "Công ty cổ phần thương mại Hoàng Sơn cho biết sẽ mở rộng.")
    board = "Ban Quản lý dự án đầu tư xây dựng và phát triển đô thị huyện Gia Lâm đã họp."
    assert tagged(firm) == ["Công ty cổ phần sản xuất và thương mại Hoàng Sơn"] * 2  # one firm, one name
    assert tagged(board) == ["Ban Quản lý dự án đầu tư xây dựng và phát triển đô thị huyện Gia Lâm"]
    rules_without(tmp_path, "conjunction\tvà\t")
    assert tagged(firm, str(tmp_path))[1] == "Công ty cổ phần thương mại Hoàng Sơn"
    assert tagged(board, str(tmp_path)) == ["Ban Quản lý dự án"]


@pytest.mark.parametrize("text", [
    "Ông A dự Hội nghị Trung ương Đảng lần thứ 8 hôm qua.",
    "Lời kết của Hội nghị Trung ương Đảng được gửi tới các chi bộ.",
])
def test_a_plenum_names_the_committee_with_the_plenum_party(text, tmp_path):
    assert names(text) == ["Ban Chấp hành Trung ương Đảng"]
    assert load_rules().checks.grammar.plenum_parties == ("đảng",)
    rules = rules_without(tmp_path, "plenum_party\tĐảng\t")
    assert rules.checks.grammar.plenum_parties == ()
    assert names(text, rules) == []  # no party word: the plenum alone, no committee
    assert rules.party_heads == load_rules().party_heads  # the party_name rows' head is another fact


def test_a_member_title_needs_no_plenum_party():
    assert names("Ông A, Ủy viên Trung ương Đảng, phát biểu.") == ["Ban Chấp hành Trung ương Đảng"]
    assert names("Các đại biểu dự Hội nghị Trung ương 8 hôm qua.") == []


def test_equal_length_words_make_one_pattern_in_any_row_order():
    from nqextract.extract.body_grammar import compile_grammar

    rows = [{"kind": k, "form": f} for k, f in [
        ("class_count", "hai"), ("class_count", "ba"), ("class_count", "bốn"), ("class_count", "năm"),
        ("class_count", "các"), ("conjunction", "và"), ("conjunction", "với"), ("joint_word", "và"),
        ("joint_word", "cùng"), ("joint_word", "với"), ("term_word", "khóa"), ("term_word", "kỳ"),
        ("topic_about", "về"), ("topic_about", "vì")]]
    one, two = compile_grammar(rows), compile_grammar(rows[::-1])
    for rx in ("term_rx", "list_sep_rx", "plural_before_rx", "joint_before_rx", "about_rx", "topic_sep_rx"):
        assert getattr(one, rx).pattern == getattr(two, rx).pattern, rx
    assert one.conjunction_alt == two.conjunction_alt == "với|và"  # longest first, then alphabetically


@pytest.mark.parametrize("text, expected", [
    ("Nhiều văn kiện do Ban Chấp hành Trung ương Đảng khoá XII thông qua.", ["Ban Chấp hành Trung ương Đảng khóa XII"]),
    ("Ông A, Uỷ viên Trung ương Đảng, phát biểu.", ["Ban Chấp hành Trung ương Đảng"]),
    ("Ông B là Uỷ viên Bộ Chính trị.", ["Bộ Chính trị"]),
    ("Các nghị sĩ Đảng Cộng hoà phản đối dự luật.", ["Đảng Cộng hòa"]),
])
def test_old_tone_placement_reads_as_the_rows(text, expected):
    assert names(text) == expected


def test_field_joins_are_compiled_once_from_the_rows(tmp_path):
    g = load_rules().checks.grammar
    assert {"và", "&"} <= g.department_joins and {"về", "và"} <= g.field_joining
    assert g.field_joins == g.field_joining | {",", "-", "–"}
    assert "và" not in rules_without(tmp_path, "conjunction\tvà\t").checks.grammar.department_joins
