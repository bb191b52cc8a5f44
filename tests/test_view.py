"""The shared Doc view and the phrase builders (extract/view.py, extract/phrases.py), on real tagged Docs."""

from __future__ import annotations

import re

import pytest

from nqextract.extract.phrases import PhraseTable, alternation, bounded, phrase_regex
from nqextract.extract.view import BODY_WORDS, NAME_WORDS, SYLLABLES, Fact, set_spans, view
from nqextract.nlp import blank

TEXT = "Thủ tướng Phạm Minh Chính chủ trì Phiên họp thứ 2.\nHoà bình, COVID-19 và Nghị quyết 15/2020 của TP.HCM."


@pytest.fixture(scope="module")
def nlp():
    return blank()


def test_view_is_built_once_per_doc(nlp):
    doc = nlp.make_doc(TEXT)
    assert view(doc) is view(doc)
    other = nlp.make_doc(TEXT)
    assert view(other) is not view(doc)


def test_text_forms_keep_offsets(nlp):
    v = view(nlp.make_doc(TEXT))
    assert v.text == TEXT
    assert len(v.tones) == len(v.low) == len(TEXT)
    k = TEXT.index("Hoà")
    assert v.tones[k : k + 3] == "Hòa"  # one tone placement
    assert v.low[k : k + 3] == "hòa"
    assert v.low.startswith("thủ tướng phạm minh chính")


def test_words_are_syllables_not_tokens(nlp):
    doc = nlp.make_doc(TEXT)
    v = view(doc)
    token_texts = [t for _, t, _ in v.tokens]
    assert "Thủ tướng" in token_texts  # underthesea keeps the two syllables as one token
    words = [TEXT[s:e] for s, e in v.words(SYLLABLES)]
    assert words[:2] == ["Thủ", "tướng"]
    assert "15/2020" in words and "COVID-19" in words and "TP.HCM" in words
    assert "COVID-19" in [TEXT[s:e] for s, e in v.words(NAME_WORDS)]
    assert "TP.HCM" in [TEXT[s:e] for s, e in v.words(BODY_WORDS)]
    assert v.words(SYLLABLES) is v.words(SYLLABLES)  # computed once


def test_words_match_a_fresh_split(nlp):
    v = view(nlp.make_doc(TEXT))
    for splitter in (SYLLABLES, NAME_WORDS, BODY_WORDS):
        assert v.words(splitter) == [(m.start(), m.end()) for m in splitter.finditer(TEXT)]


def test_sentences_lines_and_sentence_words(nlp):
    v = view(nlp.make_doc(TEXT))
    assert len(v.sentences) == 2
    assert v.lines == [(0, TEXT.index("\n")), (TEXT.index("\n") + 1, len(TEXT))]
    per_sentence = v.sentence_words(SYLLABLES)
    assert len(per_sentence) == 2
    for (s, e), words in zip(v.sentences, per_sentence, strict=True):
        assert all(s <= a and b <= e for a, b in words)
    assert sum(map(len, per_sentence)) == len(v.words(SYLLABLES))
    assert v.sentence_of(0) == 0 and v.sentence_of(TEXT.index("Hoà")) == 1


def test_tags_by_offset(nlp):
    v = view(nlp.make_doc(TEXT))
    assert v.tags[0] == "N"  # "Thủ tướng"
    assert all(tag for tag in v.tags.values())


def test_set_spans_writes_doc_spans_and_refreshes_facts(nlp):
    doc = nlp.make_doc(TEXT)
    v = view(doc)
    assert v.facts("bodies") == []
    k = TEXT.index("TP.HCM")
    spans = set_spans(doc, "bodies", "BODY", [(k, k + 6, "Thành phố Hồ Chí Minh"), (k + 2, k + 3, "x")])
    assert [s.text for s in spans] == ["TP.HCM", "TP.HCM"]  # an offset inside a token widens to it
    assert v.facts("bodies")[0] == Fact(k, k + 6, "BODY", "Thành phố Hồ Chí Minh")
    set_spans(doc, "bodies", "BODY", [])
    assert v.facts("bodies") == []


def test_facts_of_the_tagger_by_label(nlp):
    doc = nlp.make_doc(TEXT)
    per = view(doc).facts("ner", "PER")
    assert all(f.label == "PER" for f in per)
    assert [f.kb for f in per] == [TEXT[f.start : f.end] for f in per]  # no kb id: the text


@pytest.mark.parametrize(
    ("phrase", "text", "hit"),
    [
        ("Phó Thủ tướng", "ông Phó  Thủ\ttướng", "Phó  Thủ\ttướng"),
        ("kể từ", "kể\ntừ nay", "kể\ntừ"),
        ("T.Ư", "Ban T.Ư", "T.Ư"),
    ],
)
def test_phrase_regex_spaces_match_any_run(phrase, text, hit):
    m = re.search(phrase_regex(phrase), text)
    assert m and m.group(0) == hit


@pytest.mark.parametrize(
    ("text", "hit"),
    [("ban chấp hành trung ương", True), ("ban chấp hành tw", True), ("ban chấp hành - trung ương", False)],
)
def test_phrase_regex_macros_and_loose_punctuation(text, hit):
    rx = phrase_regex("ban chấp hành trung ương", loose_punct=True, macros={"trung ương": r"(?:trung\s+ương|tw)"})
    assert bool(re.fullmatch(rx, text)) is hit
    assert re.fullmatch(phrase_regex("bộ công - thương", loose_punct=True), "bộ công–thương")


def test_alternation_longest_first_and_empty():
    rx = re.compile(bounded(alternation(["Phó", "Phó Thủ tướng", "Phó"])))
    assert rx.search("ông Phó Thủ tướng").group(0) == "Phó Thủ tướng"
    assert not rx.search("Phóng viên")  # bounded: not inside a word
    assert alternation([]) == "(?!)" and not re.search(alternation([]), "anything")
    by_phrase = alternation(["a.b", "abcd"], longest="phrase")
    assert by_phrase.index("abcd") < by_phrase.index(r"a\.b")


def test_phrase_table_longest_phrase_and_first_value():
    table = PhraseTable([
        ("head", ("phiên", "họp"), "phiên họp"),
        ("head", ("phiên", "họp", "toàn", "thể"), "toàn thể"),
        ("head", ("phiên", "họp"), "ignored: second row of the same phrase"),
        ("hold", ("chủ", "trì"), ""),
    ])
    words = "ông chủ trì phiên họp toàn thể và phiên họp".split()
    hits = table.scan(words)
    assert hits.at(3, "head") == (4, "toàn thể")
    assert hits.at(8, "head") == (2, "phiên họp")
    assert hits.at(1, "hold") == (2, "")
    assert hits.at(0, "head") == (0, "") and hits.at(3, "hold") == (0, "")
    assert table.scan([]).at(0, "head") == (0, "")
    assert table.phrases("hold") == [("chủ", "trì")]
