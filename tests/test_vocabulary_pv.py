"""Status words, honorifics and function words of the persons, tasks and changes components, moved from code to
their data files: each test pins the effect of the rows on constructed sentences, and the rules they compile."""

from __future__ import annotations

import datetime as dt

from nqextract.extract.changes import ChangeRules
from nqextract.models import RawArticle


def changes(extractor, text: str) -> list[dict]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2025, 7, 20)))
    return [c.model_dump(exclude={"span_start", "span_end", "sentence"}) for c in art.position_changes]


STATUS_ROWS = [{"kind": "status", "phrase": "nguyên", "voice": "former"},
               {"kind": "status", "phrase": "cựu", "voice": "former"},
               {"kind": "status", "phrase": "quyền", "voice": "acting"},
               {"kind": "status", "phrase": "tân", "voice": "new"}]


def test_status_rows_compile_with_the_change_rules():
    rules = ChangeRules(STATUS_ROWS)
    assert rules.status == {"former": ("nguyên", "cựu"), "acting": ("quyền",), "new": ("tân",)}
    for before in ("ông a, nguyên ", "của cựu ", "giữ chức quyền ", "QUYỀN "):
        assert rules.status_rx.search(before), before
    for before in ("ông a, ", "tân ", "nguyên nhân "):
        assert not rules.status_rx.search(before), before
    assert rules.new_rx.search("là tân ") and not rules.new_rx.search("tấn tân", 0, 3)
    assert not rules.new_rx.search("sứ thần tân")  # no space after it: the post does not follow
    bare = ChangeRules([])
    assert bare.status_rx is None and bare.new_rx is None and bare.status["acting"] == ()


def test_an_acting_post_is_read_from_its_status_word(extractor):
    found = changes(extractor, "Sở Nội vụ cho biết ông Đỗ Minh Khôi được bổ nhiệm giữ chức quyền Chánh Văn phòng "
                               "Sở Công Thương tỉnh Hà Nam.")
    assert [c["change"] for c in found] == ["acting"], found
    found = changes(extractor, "Sở Nội vụ cho biết ông Đỗ Minh Khôi được bổ nhiệm giữ chức Chánh Văn phòng "
                               "Sở Công Thương tỉnh Hà Nam.")
    assert [c["change"] for c in found] == ["appointed"], found


def test_a_former_post_keeps_its_status_word_for_a_disciplined_person(extractor):
    found = changes(extractor, "Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức khiển trách đối "
                               "với ông Vương Đình Lộc, nguyên Phó Giám đốc Sở Xây dựng tỉnh Hà Nam.")
    assert len(found) == 1 and found[0]["change"] == "disciplined", found
    assert found[0]["title"].lower() == "nguyên phó giám đốc", found


def mentions(extractor, text: str) -> dict[str, list[str]]:
    art = extractor.process(RawArticle(source="<test>", text=text, published=dt.date(2025, 7, 20)))
    return {p.name: [m.text for m in p.mentions] for p in art.persons}


def test_pronoun_honorifics_are_the_flagged_rows():
    from nqextract.extract.persons.rules import PersonRules
    rules = PersonRules()
    assert rules.pronoun_honorifics == {"ông", "bà", "đồng chí", "đông chí"}
    assert rules.reverent_honorifics == {"đồng chí", "đông chí"}
    assert rules.naming_honorifics == {"có tên"}


def test_a_pronoun_honorific_standing_alone_is_the_person_named_last(extractor):
    lead = "Ông Trịnh Văn Hòa, Giám đốc Sở Xây dựng tỉnh Hà Nam, đã thăm công trình."
    assert mentions(extractor, lead + " Ông cho biết tiến độ đang chậm.")["Trịnh Văn Hòa"] == ["Trịnh Văn Hòa", "Ông"]
    # "anh" is no pronoun row; "ông" inside a clause is none either
    assert mentions(extractor, lead + " Anh cho biết tiến độ đang chậm.")["Trịnh Văn Hòa"] == ["Trịnh Văn Hòa"]
    assert mentions(extractor, lead[:-1] + " và ông cho biết tiến độ đang chậm.")["Trịnh Văn Hòa"] == ["Trịnh Văn Hòa"]
    got = mentions(extractor, "Đồng chí Lê Quang Vinh, Bí thư Tỉnh ủy Hà Nam, dự hội nghị. Đồng chí đề nghị các "
                              "địa phương báo cáo kết quả.")
    assert got["Lê Quang Vinh"] == ["Lê Quang Vinh", "Đồng chí"]


def test_subject_day_words_end_an_asker_printed_as_a_name(run_tasks):
    def askers(text):
        return [t.assigner for t in run_tasks(text)]
    for day in ("Ngày 5-6", "sáng 5-6", "Chiều 14-3"):
        text = f"Đoàn kiểm tra liên ngành tỉnh Lào Cai {day} đã yêu cầu các cơ sở tạm dừng hoạt động."
        assert askers(text) == ["Đoàn kiểm tra liên ngành tỉnh Lào Cai"], day
    # a capitalized word that is no time word, a number after it: the name runs on
    assert askers("Đoàn kiểm tra liên ngành tỉnh Lào Cai Đợt 2 đã yêu cầu các cơ sở tạm dừng hoạt động.") \
        == ["Đoàn kiểm tra liên ngành tỉnh Lào Cai Đợt 2"]


def test_apposed_status_words_keep_a_lower_case_department_with_its_title(pipeline):
    from conftest import positions
    for text, want in [
        ("Ông Hà Văn Lợi (nguyên trưởng phòng tổ chức hành chính) cũng bị truy tố.",
         ("Trưởng phòng", "Phòng tổ chức hành chính", "former")),
        ("Ông Hà Văn Lợi (quyền trưởng phòng tổ chức hành chính) cũng bị truy tố.",
         ("Trưởng phòng", "Phòng tổ chức hành chính", "acting")),
        ("Bị can gồm: Hà Văn Lợi - cựu phó trưởng phòng kế hoạch tài chính; Lê Văn Tám - cán bộ.",
         ("Phó Trưởng phòng", "Phòng kế hoạch tài chính", "former")),
    ]:
        assert positions(pipeline, text)["Hà Văn Lợi"] == {want}, text
    # "cố" (the late) is a former word but no apposed_status row: the lower-case words after the title name no body
    got = positions(pipeline, "Ông Hà Văn Lợi (cố trưởng phòng tổ chức hành chính) cũng được nhắc tới.")
    assert got["Hà Văn Lợi"] == {("Trưởng phòng", None, "former")}
    from nqextract.extract.persons.rules import PersonRules
    rx = PersonRules().apposed_title_re
    assert rx.search("Lợi - nguyên ") and rx.search("Lợi (") and rx.search("Lợi, Quyền ")
    assert not rx.search("Lợi cố ") and not rx.search("Lợi - cố ")


def test_gap_rows_compile_with_the_change_rules():
    from nqextract.extract.changes.component import PositionChangeRecognizer
    rules = PositionChangeRecognizer(None).rules
    assert rules.gap_words("subject_after") == ("đối với", "cho") and rules.gap_words("own_post") == ("đối với",)
    assert rules.let_by_rx.fullmatch(", phó giám đốc sở, đã được bộ công an cho ")
    assert not rules.let_by_rx.fullmatch(" đã được bộ công an đề nghị ")
    assert rules.clause_lead_rx.fullmatch("; sau đó đã được ") and not rules.clause_lead_rx.fullmatch("; ông b được ")
    assert rules.subject_lead_rx.fullmatch("“ông ") and not rules.subject_lead_rx.fullmatch("theo anh ")
    assert rules.by_person_rx.fullmatch(" - người vừa ") and not rules.by_person_rx.fullmatch(" - ai vừa ")
    assert rules.decision_gap_rx.fullmatch(" ký quyết định ") and not rules.decision_gap_rx.fullmatch(" đề xuất ")
    assert rules.date_lead_rx.fullmatch(" ông được ") and not rules.date_lead_rx.fullmatch(" tại hà nội ")
    assert rules.date_opener_rx.search("sinh năm 1970, sau đó ") and not rules.date_opener_rx.search("công tác ở ")
    bare = ChangeRules([])
    assert bare.gap_words("decision") == () and not bare.decision_gap_rx.fullmatch(" ký ")
    assert bare.let_by_rx.fullmatch(" đã được bộ cho ") is None


def test_gap_words_read_around_a_cue(extractor):
    def found(text):
        return [(c["person"], c["change"], c["title"], c["effective"]) for c in changes(extractor, text)]
    # let_*: the subject before a subject cue someone let him take
    assert found("Ông Cao Văn Thịnh, Phó Giám đốc Công an tỉnh Hà Nam, đã được Bộ Công an cho nghỉ hưu theo chế "
                 "độ.") == [("Cao Văn Thịnh", "retired", "Phó Giám đốc", None)]
    # subject_after: a subject cue's person after it
    assert found("UBND tỉnh Hà Nam quyết định cho nghỉ hưu đối với ông Cao Văn Thịnh, Giám đốc Sở Xây dựng tỉnh Hà "
                 "Nam.") == [("Cao Văn Thịnh", "retired", "Giám đốc", None)]
    # clause_* and date_*: a career told in one sentence, each step its own date
    assert found("Ông Cao Văn Thịnh sinh năm 1970, từng công tác tại huyện; tháng 3/2018 được bổ nhiệm giữ chức Phó "
                 "Giám đốc Sở Tài chính tỉnh Hà Nam.") == [("Cao Văn Thịnh", "appointed", "Phó Giám đốc", "2018-03")]
    # by_* and decision: the decider named after the passive word decides, the subject before is concerned
    assert found("Bà Lâm Thị Hoa được ông Cao Văn Thịnh - Chủ tịch UBND tỉnh Hà Nam - ký quyết định bổ nhiệm giữ "
                 "chức Giám đốc Sở Y tế tỉnh Hà Nam.") == [("Lâm Thị Hoa", "appointed", "Giám đốc", None)]


def test_list_charge_concurrent_and_this_place_rows_compile_with_the_change_rules():
    from nqextract.extract.changes.component import PositionChangeRecognizer
    rules = PositionChangeRecognizer(None).rules
    for between in (", ", " và ", ", và "):
        assert rules.listed_rx.fullmatch(between), between
    assert not rules.listed_rx.fullmatch(" cùng ")
    assert rules.joined_rx.match(" và Nhật") and not rules.joined_rx.match(" với Nhật")
    assert rules.charge_gap_rx.fullmatch(", điều hành ") and not rules.charge_gap_rx.fullmatch(", tư vấn ")
    for lead in (", kiêm ", " đồng thời kiêm nhiệm chức vụ ", " kiêm giữ chức danh "):
        assert rules.concurrent_rx.search(lead), lead
    assert not rules.concurrent_rx.search(" đồng thời giữ chức ")
    m = rules.this_place_rx.match(" UBND huyện này,")
    assert m and m.groups() == ("UBND", "huyện") and not rules.this_place_rx.match(" UBND huyện Hoài Ân")
    bare = ChangeRules([])
    assert bare.this_place_rx is None and not bare.concurrent_rx.search(", kiêm ")


def test_list_charge_concurrent_and_this_place_words_read_a_post(extractor):
    def found(text):
        return [(c["person"], c["change"], c["title"], c["body"]) for c in changes(extractor, text)]
    assert found("Huyện ủy Hoài Ân tổ chức hội nghị. Ông Cao Văn Thịnh được bầu giữ chức Chủ tịch UBND huyện này.") \
        == [("Cao Văn Thịnh", "elected", "Chủ tịch", "Ủy ban nhân dân huyện Hoài Ân")]
    assert [c[2] for c in found("UBND tỉnh Hà Nam bổ nhiệm ông Cao Văn Thịnh giữ chức Phó Giám đốc Sở Xây dựng, đồng "
                                "thời kiêm nhiệm chức vụ Chánh Văn phòng Sở Xây dựng tỉnh Hà Nam.")] \
        == ["Phó Giám đốc", "Chánh Văn phòng"]
    assert found("Ông Cao Văn Thịnh được giao phụ trách, điều hành UBND huyện Hoài Ân.") \
        == [("Cao Văn Thịnh", "appointed", "Phụ trách", "Ủy ban nhân dân huyện Hoài Ân")]
    assert found("Ông Cao Văn Thịnh được giao phụ trách, tư vấn UBND huyện Hoài Ân.") == []
    assert [c[0] for c in found("HĐND tỉnh Hà Nam bầu ông Cao Văn Thịnh và bà Lâm Thị Hoa giữ chức Phó Chủ tịch UBND "
                                "tỉnh Hà Nam.")] == ["Cao Văn Thịnh", "Lâm Thị Hoa"]
    assert found("Tổng thống đắc cử chọn ông John Miller làm bộ trưởng quốc phòng thứ 31 của Canada.") \
        == [("John Miller", "nominated", "Bộ trưởng", "Bộ Quốc phòng Canada")]


def test_conjunction_and_move_rows_compile_with_the_change_rules():
    from nqextract.extract.changes.component import PositionChangeRecognizer
    rules = PositionChangeRecognizer(None).rules
    assert rules.item_lead_rx.fullmatch("; và ") and not rules.item_lead_rx.fullmatch("; hoặc ")
    assert rules.post_lead_rx.match(", và giữ chức").end() == len(", và ")
    assert rules.move_rx.match("đến nhận công tác") and rules.move_rx.match("về sở") and not rules.move_rx.match("đếm")
    assert rules.joiner_rx.sub("", " , và ") == "" and rules.joiner_rx.sub("", " với ") == "với"
    assert rules.joined_end_rx.search("nghỉ hưu và ") and not rules.joined_end_rx.search("nghỉ hưu rồi ")
    bare = ChangeRules([])
    assert not bare.move_rx.match("đến") and not bare.joined_end_rx.search(" và ")


def test_a_move_after_a_cue_sends_its_subject(extractor):
    got = [(c["person"], c["change"], c["title"], c["body"]) for c in changes(
        extractor, "Ông Cao Văn Thịnh, Phó Bí thư Huyện ủy Hoài Ân, được điều động đến nhận công tác tại Ban Tổ chức "
                   "Tỉnh ủy Bình Định.")]
    assert got == [("Cao Văn Thịnh", "transferred", None, "Ban Tổ chức Tỉnh ủy Bình Định")]


def test_province_levels_committees_and_conjunctions_distribute_an_assignee():
    from nqextract.extract.tasks import load_rules
    from nqextract.extract.tasks.coassignees import distribute
    places = load_rules().places
    assert places.levels == (("tỉnh", ()), ("thành phố", ("Thành phố",)))
    assert places.place_committees == ("tỉnh ủy", "thành ủy") and places.conjunctions == ("và",)
    assert distribute("Bí thư Thành ủy, Chủ tịch UBND thành phố Hải Phòng", places) \
        == ["Bí thư Thành ủy Hải Phòng", "Chủ tịch UBND thành phố Hải Phòng"]
    assert distribute("UBND các tỉnh, thành phố Hải Phòng, Thái Bình", places) \
        == ["UBND thành phố Hải Phòng", "UBND tỉnh Thái Bình"]
    assert distribute("các đội kiểm tra 3 và 5", places) == ["Đội kiểm tra 3", "Đội kiểm tra 5"]
    # "huyện" is no province_level row: no distribution over the places
    assert distribute("UBND các tỉnh, huyện Hải Phòng, Thái Bình", places) == ["UBND các tỉnh, huyện Hải Phòng, Thái Bình"]


def test_without_the_rows_nothing_distributes():
    from nqextract.extract.tasks.coassignees import Places, distribute
    places = Places()
    places.add("Hải Phòng", "thành phố", [])
    places.add("Thái Bình", "tỉnh", [])
    places.compile()
    assert distribute("UBND các tỉnh, thành phố Hải Phòng, Thái Bình", places) \
        == ["UBND các tỉnh, thành phố Hải Phòng, Thái Bình"]


def test_listing_concurrent_and_at_place_rows_read_a_chain_of_offices(pipeline):
    from conftest import positions
    offices = "các chức vụ như Phó Giám đốc Sở Tư pháp, Giám đốc Sở Nội vụ tỉnh Hà Nam."
    assert {s for _t, _b, s in positions(pipeline, f"Ông Hà Văn Lợi đã giữ {offices}")["Hà Văn Lợi"]} == {"former"}
    assert {s for _t, _b, s in positions(pipeline, f"Ông Hà Văn Lợi đang giữ {offices}")["Hà Văn Lợi"]} == {"current"}
    got = positions(pipeline, "Ông Hà Văn Lợi kinh qua nhiều cương vị, Phó Chánh Văn phòng, Chánh Văn phòng Sở Tư "
                              "pháp tỉnh Hà Nam.")["Hà Văn Lợi"]
    assert {s for _t, _b, s in got} == {"former"} and len(got) == 2
    got = positions(pipeline, "Ông Hà Văn Lợi, nguyên Phó Giám đốc Sở Tài chính kiêm Chánh Văn phòng Sở Tài chính "
                              "tỉnh Hà Nam, bị khởi tố.")["Hà Văn Lợi"]
    assert {(t, s) for t, _b, s in got} == {("Phó Giám đốc", "former"), ("Chánh Văn phòng", "former")}
    assert positions(pipeline, "Đại sứ Việt Nam tại Thái Lan Lương Bảo Khánh tiếp đoàn.")["Lương Bảo Khánh"] \
        == {("Đại sứ", "Đại sứ quán Việt Nam tại Thái Lan", "current")}


def test_listing_rows_compile_with_the_person_rules():
    from nqextract.extract.persons.rules import PersonRules
    rules = PersonRules()
    assert rules.listing_end_re.search("các chức vụ như: ") and not rules.listing_end_re.search("các chức vụ là ")
    assert rules.career_cue_end_re.sub("", "nhiều vị trí như ") == "nhiều vị trí"
    assert rules.listing_past == {"đã", "từng"} and rules.listing_plurals == ("các", "nhiều")
    assert rules.concurrent_words == {"kiêm"} and rules.at_place_words == ("tại",)
    # read in one order in every process (a frozenset's order follows the process's string hashing)
    assert list(rules.at_place_words) == sorted(rules.at_place_words, key=lambda w: (-len(w), w))


def test_delegation_heads_and_led_links_read_a_leader(pipeline):
    from conftest import positions
    lead = "Đoàn công tác của Sở Xây dựng tỉnh Hà Nam do ông Hà Văn Lợi"
    led = ("Trưởng đoàn", "Đoàn công tác Sở Xây dựng tỉnh Hà Nam", "current")
    assert positions(pipeline, f"{lead} làm Trưởng đoàn đã đến thăm công trình.")["Hà Văn Lợi"] == {led}
    assert led in positions(pipeline, f"{lead}, Phó Giám đốc Sở, làm Trưởng đoàn đã đến thăm công trình.")["Hà Văn Lợi"]
    assert positions(pipeline, f"{lead} dẫn đầu đã đến thăm công trình.")["Hà Văn Lợi"] == set()
    # "ở" is no at_place row: no mission is read from the envoy's place
    assert positions(pipeline, "Đại sứ Việt Nam ở Thái Lan Lương Bảo Khánh tiếp đoàn.")["Lương Bảo Khánh"] \
        != {("Đại sứ", "Đại sứ quán Việt Nam tại Thái Lan", "current")}
    from nqextract.extract.persons.rules import PersonRules
    rules = PersonRules()
    assert rules.led_links == {"làm"} and rules.delegation_heads == {"đoàn"}
    assert rules.led_link_end_re.search(", Phó Giám đốc Sở, làm ") and not rules.led_link_end_re.search(", giữ ")
    assert rules.led_link_tail_re.sub("", " Phó Giám đốc Sở, làm ") == " Phó Giám đốc Sở"
