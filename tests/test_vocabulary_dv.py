"""The documents' and dates' words moved from code to data rows: loaded with the component's rules (the rows
drive the match), and their effect on constructed sentences through the pipeline."""

from __future__ import annotations

import datetime as dt

from nqextract.extract.document_rules import DocumentRules, load_rules
from nqextract.models import CleanArticle


def _documents(extractor, text: str) -> list[tuple[str, str | None]]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 3, 4)))
    return [(d.type, d.number) for d in article.documents]


def test_plan_words_load_with_the_document_rules():
    rules = load_rules()
    assert rules.assigning_re.match(" giao Sở Xây dựng") and not rules.assigning_re.match(" giao thông")
    assert rules.number_next_re.match(" số 12-KH/TU") and rules.number_next_re.match(" 12")
    assert rules.about_re.match(" về hỗ trợ") and not rules.about_re.match(" vềnh")
    assert rules.regulating_re.match(" quy định mức") and rules.regulating_re.match(" Quy định mức")
    assert rules.titled_re.match(" Quy định mức") and not rules.titled_re.match(" quy định mức")
    assert rules.national_targets["Chương trình"].match(" Mục tiêu quốc gia giảm nghèo")
    assert rules.years_span_re.match(" 5 năm;") and not rules.years_span_re.match(" 5 năm học")
    for printed in (" của UBND", " về việc", " ban hành", " ngày 3", " năm 2019", ",", ")"):
        assert rules.link_after_re.match(printed), printed
    assert not rules.link_after_re.match(" năm nay") and not rules.link_after_re.match(" dự án")
    assert rules.number_year_re.match(" năm 2014 của") and not rules.number_year_re.match(" năm 20145")


def test_plan_words_are_the_rows_given():
    rows = [{"kind": "assigning", "key": "giao"}, {"kind": "year_word", "key": "năm"},
            {"kind": "national_target", "key": "mục tiêu quốc gia", "type": "Chương trình"}]
    given = DocumentRules(rows, [], {})
    assert given.assigning_re.match(" giao Bộ") and given.number_year_re.match(" năm 2014")
    assert set(given.national_targets) == {"Chương trình"}
    none = DocumentRules([], [], {})
    assert not none.assigning_re.match(" giao Bộ") and not none.number_year_re.match(" năm 2014")
    assert not none.link_after_re.match(" của UBND") and none.national_targets == {}


def test_plan_words_in_constructed_sentences(extractor):
    # a number's year after 'số' is the year it was issued; a lower-case decision before its issuer is one
    assert ("Quyết định", "1520") in _documents(
        extractor, "Đơn vị căn cứ quyết định số 1520 năm 2016 của Thủ tướng để cấp vốn.")
    assert ("Quyết định", "2741") in _documents(extractor, "Tỉnh đã hủy quyết định 2741 của UBND thị xã.")
    assert _documents(extractor, "Hội đồng sẽ quyết định 5 dự án trong tuần.") == []
    # a national target programme is named with no year; a programme followed by a verb giving a body a duty is not
    named = _documents(extractor, "Huyện sẽ triển khai chương trình mục tiêu quốc gia chăm lo người cao tuổi.")
    assert named and named[0][0] == "Chương trình" and "chăm lo người cao tuổi" in named[0][1]
    assert _documents(extractor, "Thành phố ban hành Kế hoạch giao Sở Tài chính theo dõi việc thu chi.") == []


def test_law_words_load_with_the_document_rules():
    rules = load_rules()
    assert set(rules.law_cues) == {"luật", "hiến pháp", "pháp lệnh"}
    assert {"Luật", "Bộ luật", "Đạo luật", "Pháp lệnh", "Hiến pháp"} == rules.law_named
    assert "Đạo luật" in rules.short_named and "Hiệp định" not in rules.short_named
    assert rules.amending_type == "Luật" and rules.constitutions == {"Hiến pháp": "Hiến pháp"}
    assert rules.constitution_re.search("sửa đổi Hiến pháp năm 2013") and not rules.constitution_re.search("hiến pháp")
    none = DocumentRules([], [], {})
    assert none.law_cues == () and none.amending_type == "" and not none.constitution_re.search("Hiến pháp")


def test_law_words_in_constructed_sentences(extractor):
    assert ("Hiến pháp", "Hiến pháp năm 2013") in _documents(
        extractor, "Đại biểu góp ý việc sửa đổi Hiến pháp năm 2013 tại hội trường.")
    amending = _documents(extractor, "Quốc hội bàn luật sửa đổi, bổ sung một số điều của Luật Đường sắt trong phiên chiều.")
    assert amending and amending[0][0] == "Luật" and amending[0][1].startswith("Luật sửa đổi, bổ sung một số điều của")
    # a plan's type word is no law's: 'Đạo luật' takes a short capitalized name only, a plan's words are not read
    assert _documents(extractor, "Nghị sĩ bỏ phiếu thông qua Đạo luật Giảm lạm phát vào tháng trước.") == [
        ("Đạo luật", "Đạo luật Giảm lạm phát")]


def test_session_words_load_with_the_document_rules():
    rules = load_rules()
    assert rules.congress_documents == {"Nghị quyết": "Nghị quyết", "nghị quyết": "Nghị quyết", "Văn kiện": "Văn kiện"}
    for printed in ("Đại hội XIII", "Hội nghị Trung ương 8 khóa XIII", "Kỳ họp thứ 9", "kỳ họp thứ 9",
                    "Hội nghị lần thứ 10, Ban Chấp hành Trung ương Đảng khóa XII"):
        assert rules.session_name_re.fullmatch(printed), printed
    assert not rules.session_name_re.match("Hội nghị của Tỉnh ủy lần 2")
    assert rules.party_tail_re.match(" của Đảng Cộng sản Việt Nam") and rules.party_tail_re.match(" của Đảng.")
    assert not rules.party_tail_re.match(" của Đảng bộ tỉnh") and not rules.party_tail_re.match(" của Đảng ủy xã")
    none = DocumentRules([], [], {})
    assert none.congress_documents == {} and not none.congress_document_re.search("Nghị quyết Đại hội XIII")
    assert not none.session_name_re.match("Đại hội XIII") and not none.party_tail_re.match(" của Đảng")


def test_session_words_in_constructed_sentences(extractor):
    assert ("Nghị quyết", "Nghị quyết Hội nghị Trung ương 6 khóa XII") in _documents(
        extractor, "Các chi bộ học tập nghị quyết Hội nghị Trung ương 6 khóa XII trong tháng này.")
    assert ("Văn kiện", "Văn kiện Đại hội XIV của Đảng") in _documents(
        extractor, "Cán bộ xã đọc kỹ Văn kiện Đại hội XIV của Đảng tại hội trường.")
    kept = _documents(extractor, "Đảng viên thảo luận Nghị quyết Đại hội X của Đảng bộ tỉnh ở các chi bộ.")
    assert ("Nghị quyết", "Nghị quyết Đại hội X") in kept


def test_title_words_load_with_the_document_rules():
    rules = load_rules()
    assert rules.day_tail_re.search("về mức phí sân bãi, ngày") and rules.day_tail_re.search("về mức phí ngày")
    assert not rules.day_tail_re.search("về mức phí ngàyx")
    assert rules.about_subject_re.match(" về miễn thuế") and rules.about_matter_re.match(" về việc chấp thuận")
    assert not rules.about_matter_re.match(" về việc 3")
    for word in ("và", "của", "ngày"):
        assert rules.matter_stop_re.match(word) and not rules.matter_stop_re.match(word + "x")
    assert rules.draft_or_bill_re.search("theo Dự án ") and rules.draft_or_bill_re.search("trình dự thảo ")
    assert not rules.draft_or_bill_re.search("theo dự ")
    none = DocumentRules([], [], {})
    assert not none.day_tail_re.search("quy chế, ngày") and not none.about_matter_re.match(" về việc chấp thuận")
    assert not none.matter_stop_re.match("và") and not none.draft_or_bill_re.search("Dự án ")


def test_title_words_in_constructed_sentences(extractor):
    named = _documents(extractor, "Sở vừa gửi Thông báo về việc tạm dừng cấp phép xây dựng và đề nghị người dân "
                                  "theo dõi.")
    assert ("Thông báo", "Thông báo về việc tạm dừng cấp phép xây dựng") in named
    assert _documents(extractor, "Bộ trình Dự án Nghị quyết về việc điều chỉnh địa giới các phường ven sông.") == []
    amending = _documents(extractor, "Bộ ban hành Thông tư sửa đổi, bổ sung một số điều của Quy chế cấp thẻ thư "
                                     "viện, ngày 5-6 sẽ công bố.")
    assert ("Thông tư", "Thông tư sửa đổi, bổ sung một số điều của Quy chế cấp thẻ thư viện") in amending


def test_amended_mark_loads_with_the_document_rules():
    rules = load_rules()
    for printed in (" (sửa đổi)", " ( sửa đổi, bổ sung )", " sửa đổi.", " sửa đổi vừa trình"):
        assert rules.amended_re.match(printed), printed
    assert not rules.amended_re.match(" sửa đổi quy định")  # a verb and its object
    assert rules.amended_bracketed == " (sửa đổi)" and rules.amended_bare == " sửa đổi"
    assert rules.bracketed_amended_re.search("Luật X (Sửa đổi)")
    none = DocumentRules([], [], {})
    assert not none.amended_re.match(" (sửa đổi)") and none.amended_suffixes == ()


def test_amended_mark_in_constructed_sentences(extractor):
    bare = _documents(extractor, "Tổ biên tập đang hoàn thiện Luật Thủy lợi sửa đổi.")
    assert bare == [("Luật", "Luật Thủy lợi sửa đổi")]
    # bracketed once in the article: every amended law is written so, and the bare name is the same law
    text = ("Tổ biên tập đang hoàn thiện Luật Thủy lợi sửa đổi. Ban soạn thảo cho rằng Luật Thủy lợi (sửa đổi) "
            "cần thêm quy định về hồ chứa.")
    assert _documents(extractor, text) == [("Luật", "Luật Thủy lợi (sửa đổi)")]


def _date_values(extractor, text: str) -> list[str]:
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 3, 4)))
    return [d.value for d in article.dates]


def test_shape_words_are_read_from_the_date_words():
    import json

    from nqextract.extract import resources
    from nqextract.extract.date_shapes import shape_patterns

    data = json.loads(resources.read_text("date_words.json"))
    assert {"hour", "minute", "list_and", "list_or", "night_dawn", "night_over", "range_from", "range_to",
            "range_through"} <= set(data["shape_words"])
    shapes = dict(shape_patterns(data))
    assert shapes["fromyear"].match("kể từ 2004 tới 2014") and shapes["yearlist"].match("năm 2017, 2018 và 2019")
    assert shapes["timedm"].match("9 giờ 15 phút, 1/7") and shapes["daylist"].match("đêm 27 rạng sáng 28/6")
    bare = dict(shape_patterns({**data, "shape_words": {}}))
    assert not bare["fromyear"].match("từ 2004 đến 2014") and not bare["yearlist"].match("năm 2017 và 2019")
    assert not bare["timedm"].match("9 giờ 15, 1/7") and not bare["daylist"].match("đêm 27 sang 28/6")


def test_shape_words_in_constructed_sentences(extractor):
    assert _date_values(extractor, "Công trình thi công từ 2004 đến 2014 mới xong.") == ["2004", "2014", "2004/2014"]
    assert _date_values(extractor, "Hội chợ mở các ngày 12 và 13/4 ở sân vận động.") == ["2025-04-12", "2025-04-13"]
    assert "2025-06-01" in _date_values(extractor, "Đoàn xuất phát lúc 9 giờ 15 phút, 1/6 từ cổng trường.")
    assert _date_values(extractor, "Ca trực kéo dài đêm 27 rạng sáng 28/6 tại chốt.") == ["2025-06-27", "2025-06-28"]


def test_relative_words_are_read_from_the_date_words():
    import json

    from nqextract.extract import resources
    from nqextract.extract.date_relative import RelativeDates

    data = json.loads(resources.read_text("date_words.json"))
    rel = RelativeDates(data)
    assert rel.ahead == ("tới",)
    assert rel.free_year_not_before.search("cuối tuần ") and rel.free_year_not_before.search("mồng 3 ")
    assert not rel.free_year_not_before.search("cả nước ")
    assert rel.date_after.match(" ngày 28/11")
    bare = RelativeDates({**data, "relative_words": {}})
    assert bare.ahead == () and not bare.free_year_not_before.search("cuối tuần ")
    assert not bare.date_after.match(" ngày 28/11") and bare.date_after.match(" (28/11)")


def test_relative_words_in_constructed_sentences(extractor):
    assert _date_values(extractor, "Sản lượng tháng 12 năm ngoái tăng mạnh.") == ["2024-12"]
    assert _date_values(extractor, "Năm nay, xã trồng thêm rừng.") == ["2025"]
    assert _date_values(extractor, "Kế hoạch đã được lập vào năm tới đó.") == []
    assert "2023-Q4" in _date_values(extractor, "Ba tháng cuối năm 2023 doanh thu giảm.")


def test_lunar_lead_and_from_word_are_read_from_the_date_words():
    import json

    from nqextract.extract import resources
    from nqextract.extract.dates import DateGrammar

    data = json.loads(resources.read_text("date_words.json"))
    grammar = DateGrammar(data)
    assert grammar.lunar_year.match(", Năm Giáp Thìn") and grammar.from_word.search("kể từ ngày ")
    bare = DateGrammar({**data, "lunar_years": {**data["lunar_years"], "leads": []},
                        "shape_words": {**data["shape_words"], "range_from": []}})
    assert not bare.lunar_year.match(", năm Giáp Thìn") and not bare.from_word.search("từ ngày ")


def test_lunar_lead_in_constructed_sentences(extractor):
    assert _date_values(extractor, "Lễ giỗ tổ tổ chức ngày 10 tháng 3 năm Ất Tỵ tại đền.") == []
    assert _date_values(extractor, "Lễ tổng kết tổ chức ngày 10 tháng 3 năm 2025 tại đền.") == ["2025-03-10"]


def test_listed_law_and_owner_link_load_with_the_document_rules():
    rules = load_rules()
    assert rules.listed_law == "Luật" and rules.listed_law_re.match("Luật tín ngưỡng")
    assert rules.owner_link_re.match(" của Quốc hội") and not rules.owner_link_re.match(" cho Quốc hội")
    none = DocumentRules([], [], {})
    assert none.listed_law == "" and not none.listed_law_re.match("Luật tín ngưỡng")
    assert not none.owner_link_re.match(" của Quốc hội")


def test_listed_law_in_constructed_sentences(extractor):
    found = _documents(extractor, "Quốc hội cho ý kiến các dự án như: Luật Đất đai, Luật nuôi ong mật, Luật Nhà ở.")
    assert ("Luật", "Luật nuôi ong mật") in found
    owned = _documents(extractor, "Đại biểu thảo luận Kế hoạch của Bộ Công Thương về phát triển chợ nông thôn.")
    assert owned == [("Kế hoạch", "Kế hoạch của Bộ Công Thương về phát triển chợ nông thôn")]


def test_name_extent_words_load_with_the_document_rules():
    rules = load_rules()
    assert rules.law_year_re.match(" năm 2024") and rules.law_year_re.match(" 2024")
    assert rules.ordinal_re.search("Kỳ họp thứ ") and rules.ordinal_re.search("Hội nghị lần ")
    assert rules.meeting_term_re.match(", Quốc hội khóa XV") and not rules.meeting_term_re.match(", Quốc hội XV")
    assert "số" in rules.number_words
    none = DocumentRules([], [], {})
    assert none.law_year_re.match(" 2024") and not none.law_year_re.match(" năm 2024")
    assert not none.ordinal_re.search("Kỳ họp thứ ") and not none.meeting_term_re.match(", Quốc hội khóa XV")
    assert none.number_words == frozenset()


def test_name_extent_words_in_constructed_sentences(extractor):
    assert _documents(extractor, "Hồ sơ được xét theo Luật Nuôi ong năm 2019 kể từ tháng 8.") == [
        ("Luật", "Luật Nuôi ong năm 2019")]
    found = _documents(extractor, "Các xã làm theo Đề án xây dựng làng số giai đoạn 2026-2030 của huyện.")
    assert found == [("Đề án", "Đề án xây dựng làng số giai đoạn 2026-2030")]
