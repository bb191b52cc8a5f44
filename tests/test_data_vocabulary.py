"""Word lists moved from code to the data files: loaded with their component's rules, overridable
through rules_dir."""

from __future__ import annotations

from nqextract.extract.body_rules import load_rules
from nqextract.extract.changes.component import PositionChangeRecognizer
from nqextract.extract.persons.rules import PersonRules


def test_sentence_openers_load_with_the_body_rules():
    openers = load_rules().sentence_openers
    assert {"theo", "tại", "với", "trong", "sau", "trước", "đối"} <= openers
    assert "như" not in openers  # a common given name ("Công ty TNHH Quỳnh Như")
    assert len(openers) == 21


def test_personal_aside_words_load_with_the_person_rules():
    rules = PersonRules()
    for printed in (" (63 tuổi, nguyên giám đốc)", "(sinh năm 1966)", " (SN 1970)", " (sn 1970)"):
        assert rules.personal_aside_re.match(printed), printed
    for printed in (" (nguyên giám đốc)", " (tuổi 63)", " (sinh năm 66)"):
        assert not rules.personal_aside_re.match(printed), printed
    for printed in (", trú tại", ", thường trú tại", ", ngụ tại", ", quê Nghệ An", ", Trú tại"):
        assert rules.residence_re.match(printed), printed
    assert not rules.residence_re.match(", trúng thầu")


def test_shared_post_honorifics_are_the_flagged_rows():
    rules = PositionChangeRecognizer(None).rules
    assert sorted(rules.co_honorifics) == ["bà", "ông", "đồng chí"]
    for between in (" và ", ", ", ", và ", " và ông ", ", bà ", " và đồng chí "):
        assert rules.co_persons_rx.fullmatch(between), between
    for between in (" và anh ", " cùng ", " và Giám đốc "):
        assert not rules.co_persons_rx.fullmatch(between), between


def test_shared_post_honorifics_follow_rules_dir(tmp_path):
    (tmp_path / "person_honorifics.tsv").write_text("honorific\tkind\tflags\nông\tstrong\nanh\tsurname\tshared_post\n",
                                                     encoding="utf-8")
    rules = PositionChangeRecognizer(None, rules_dir=str(tmp_path)).rules
    assert rules.co_honorifics == ["anh"]
    assert rules.co_persons_rx.fullmatch(" và anh ")
    assert not rules.co_persons_rx.fullmatch(" và ông ")


def test_place_anaphor_loads_with_the_body_and_person_rules():
    body_rx = load_rules().checks.place_anaphor_rx
    person_re = PersonRules().place_anaphor_re
    for after in (" này", " này.", "  này,"):
        assert body_rx.match(after), after
        assert person_re.match(after), after
    for after in (" nào", " nàyy", "này", " đó"):
        assert not body_rx.match(after), after
        assert not person_re.match(after), after
    assert body_rx.match("\nnày") and not person_re.match("\nnày")  # the person chains keep to one line


def test_place_anaphor_is_none_without_rows():
    from nqextract.extract.body_checks import place_anaphor_rx
    assert place_anaphor_rx([{"kind": "bare_parent_after", "form": "này"}], r"\s+") is None
    rx = place_anaphor_rx([{"kind": "place_anaphor", "form": "Này"}, {"kind": "place_anaphor", "form": "đó"}], r" +")
    assert rx.match(" này") and rx.match(" đó") and not rx.match(" đóa")


def test_founding_name_words_load_with_the_document_rules():
    from nqextract.extract.document_rules import DocumentRules
    rows = [{"kind": "founding_join", "key": "và"}, {"kind": "founding_end", "key": "ngày"},
            {"kind": "founding_number", "key": "số"}]
    rules = DocumentRules(rows, [], {})
    assert rules.founding_join_re.match(" và nhân sự") and rules.founding_join_re.match(" và cán bộ")
    for printed in (" và Ban Y", " và 3", " vàng", " hoặc nhân sự"):
        assert not rules.founding_join_re.match(printed), printed
    assert rules.founding_end_re.match(" ngày 15-2") and not rules.founding_end_re.match(" ngàyx")
    assert rules.founding_number_re.match(" số 5,") and not rules.founding_number_re.match(" số 5/2025")
    none = DocumentRules([], [], {})
    assert not none.founding_join_re.search(" và nhân sự") and not none.founding_end_re.search(" ngày 3")


def test_owned_treaty_year_word_loads_with_the_document_rules():
    from nqextract.extract.document_rules import DocumentRules
    with_word = DocumentRules([{"kind": "owned_year", "key": "năm"}, {"kind": "owned_end", "key": "tại"}], [], {})
    for printed in (" năm 1982", " 1982", " tại Baku", ","):
        assert with_word.owned_end_re.match(printed), printed
    assert with_word.owned_end_re.match(" năm 1982").end() == len(" năm 1982")
    bare = DocumentRules([{"kind": "owned_end", "key": "tại"}], [], {})
    assert bare.owned_end_re.match(" 1982") and not bare.owned_end_re.match(" năm 1982")
