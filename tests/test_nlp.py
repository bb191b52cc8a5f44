"""The underthesea tokenizer: a spaCy Doc whose text is exactly the input, tagged once."""

from __future__ import annotations

import pytest

from conftest import SAMPLE


def test_doc_text_is_input_with_old_tone_placement_and_odd_spacing(nlp):
    text = "Hoà bình, thuỷ lợi.  Uỷ ban  nhân dân\n\nNghị quyết số 52-NQ/TW. Chiều 4/3, ông A nói.\n"
    doc = nlp(text)
    assert doc.text == text
    words = [t.text for t in doc if not t.is_space]
    assert "Hoà bình" in words and "thuỷ lợi" in words  # original spelling, not underthesea's
    assert "TW" in words  # trailing period split off
    assert doc[0].tag_ and doc[0].pos_


def test_lines_start_sentences(nlp):
    doc = nlp("Dòng một không có dấu chấm\nDòng hai cũng vậy")
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sents == ["Dòng một không có dấu chấm", "Dòng hai cũng vậy"]


def test_underthesea_entities_are_spans(nlp):
    doc = nlp("Ông Putin ca ngợi những thành tựu vĩ đại của Liên Xô.")
    labels = {(s.text, s.label_) for s in doc.spans["ner"]}
    assert ("Putin", "PER") in labels


@pytest.mark.parametrize("path", sorted(SAMPLE.glob("*.txt")), ids=lambda p: p.stem)
def test_sample_articles_round_trip(nlp, path):
    text = path.read_text(encoding="utf-8")
    doc = nlp(text)
    assert doc.text == text
    assert all(t.text == text[t.idx : t.idx + len(t.text)] for t in doc)


def test_pathological_long_sentence_is_bounded(nlp):
    text = " ".join(["phát triển"] * 3000) + "."
    doc = nlp(text)
    assert doc.text == text


def test_fast_tagger_is_identical_to_underthesea_ner():
    from underthesea import ner, sent_tokenize

    from nqextract.crf import FastNER

    fast = FastNER()
    text = (SAMPLE / "002_78397cea427aaf52.txt").read_text(encoding="utf-8")
    sentences = [s for line in text.splitlines() for s in sent_tokenize(line) if s.strip()]
    assert sentences
    for s in sentences:
        assert fast(s) == [tuple(t) for t in ner(s)]


def _sample_sentences(limit: int | None = None) -> list[str]:
    from underthesea import sent_tokenize

    text = (SAMPLE / "002_78397cea427aaf52.txt").read_text(encoding="utf-8")
    sentences = [s for line in text.splitlines() for s in sent_tokenize(line) if s.strip()]
    return sentences[:limit]


def test_word_segmenter_equals_underthesea_word_tokenize():
    from underthesea import word_tokenize

    from nqextract.crf import WordSegmenter

    ours = WordSegmenter()
    for s in _sample_sentences() + ["Ông Nguyễn Văn A (Đà Nẵng) nói: -5 và +12, 3.000 tỷ đồng; GDP 2024 tăng 7%!"]:
        assert ours(s) == word_tokenize(s)


@pytest.mark.parametrize("tokens", [
    ["Ông", "Nguyễn", "Văn", "A", "(", "Đà", "Nẵng", ")", "nói", ":", "-5", "và", "+12", ","],
    ["2147483647", "2147483648", "-2147483648", "-2147483649", "0012", "1.2", "+", "-", "+-1", "１２", "٣"],
    ["ß", "İ", "ΣΑΣ", "ǅx", "ǈ", "Ⓐ", "ⓐ", "ʰ", "ᾼ", "ﬀ", "ＡＢ", "1a", ".", "sinh", "viên", "đi", "học"],
    ["Hà"], ["Hà", "Nội"], ["Hà", "Nội", "mới"],
])
def test_word_segmentation_features_equal_underthesea_core_featurizer(tokens):
    """The segmentation model's features are built column-wise here; underthesea builds them with
    underthesea_core.CRFFeaturizer (its own istitle, an i32 parse for isdigit, the model's dictionary)."""
    from underthesea_core import CRFFeaturizer

    from nqextract.crf import WordSegmenter

    ours = WordSegmenter()
    rust = CRFFeaturizer(ours.template, ours.dictionary)
    sentences = [tokens] + [ours._tokenize(s) for s in _sample_sentences(10)]
    for toks in sentences:
        assert [list(row) for row in ours.features(toks)] == rust.process([[[t] for t in toks]])[0]


def test_underthesea_core_featurizer_differs_on_istitle_so_pos_and_ner_keep_their_own():
    """Why the POS/NER features are not underthesea_core's: its istitle of a digit or a comma is True."""
    from underthesea.pipeline.ner.tagged_feature import word2features
    from underthesea_core import CRFFeaturizer

    sent = [["2024", "X"], [",", "X"], ["Hà Nội", "X"]]
    rust = CRFFeaturizer(["T[0].istitle"], set()).process([sent])[0]
    python = [word2features(sent, i, ["T[0].istitle"]) for i in range(3)]
    assert [r[0] for r in python] == ["T[0].istitle=False", "T[0].istitle=False", "T[0].istitle=True"]
    assert rust != python


def test_pos_and_ner_features_equal_underthesea_word2features():
    from underthesea.pipeline.ner.tagged_feature import word2features

    from nqextract.crf import NER_TEMPLATE, POS_TEMPLATE, FastNER, Featurizer

    fast = FastNER()
    pos_features, ner_features = Featurizer(POS_TEMPLATE), Featurizer(NER_TEMPLATE)
    for s in _sample_sentences(8) + ["(1) Ông A, bà B - 2024."]:
        tagged = fast(s)
        pos_sent = [(w, "X") for w, *_ in tagged]
        ner_sent = [(w, p, c, "X") for w, p, c, _ in tagged]
        assert pos_features(pos_sent) == [word2features(pos_sent, i, POS_TEMPLATE) for i in range(len(tagged))]
        assert ner_features(ner_sent) == [word2features(ner_sent, i, NER_TEMPLATE) for i in range(len(tagged))]


def test_chunk_tags_are_underthesea_chunks_computed_on_demand(nlp):
    from underthesea import ner

    sentence = "Ông Putin ca ngợi những thành tựu vĩ đại của Liên Xô."
    doc = nlp(sentence)
    assert ("nqextract", "chunks") not in doc.user_data  # not computed while tagging
    expected = {w: c for w, _, c, _ in ner(sentence)}
    got = {t.text: t._.chunk for t in doc if not t.is_space}
    assert got["Putin"] == expected["Putin"] == "B-NP"
    assert all(got[w] == c for w, c in expected.items() if w in got)
    assert got["."] == expected.get(".", "O")


@pytest.mark.parametrize("text", [
    "Thủ tướng yêu cầu Bộ Tài chính báo cáo.  Hà Nội, ngày 5/3.\n\n  UBND tỉnh họp.\n",
    "  \n Một câu. Câu hai!\n\n\n",
    "Không dấu chấm cuối",
    " Một khoảng trắng đầu dòng.  \t Hai.   ",
    "",
])
def test_token_and_sentence_index_built_with_the_doc_equal_what_spacy_reads_back(nlp, text):
    from nqextract.nlp import _SENTS_KEY, _TEXT_KEY, _TOKENS_KEY, doc_text, doc_tokens, sentence_index

    doc = nlp.make_doc(text)
    assert doc.user_data[_TEXT_KEY] == doc.text == text
    assert doc_text(doc) == text
    assert doc_tokens(doc) == [(t.idx, t.text, t.tag_) for t in doc]
    assert sentence_index(doc) == [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
    assert doc.user_data[_TOKENS_KEY] is doc_tokens(doc)
    assert _SENTS_KEY in doc.user_data


@pytest.mark.parametrize("text, words, end, spans", [
    ("Thủ tướng  Chính phủ yêu cầu.", ["Thủ tướng", "Chính phủ", "yêu cầu", "."], None,
     [(0, 0, 9), (1, 11, 20), (2, 21, 28), (3, 28, 29)]),
    ("Thủ  tướng hoà giải", ["Thủ tướng", "hòa giải"], None, [(0, 0, 10), (1, 11, 19)]),  # two spaces, old tones
    ("  Bộ Y tế", ["Bộ", "Y tế"], 6, [(0, 2, 4)]),  # the end cuts the last word: not aligned
    ("a b", [" a", "b ", " "], None, [(0, 0, 1), (1, 2, 3)]),  # spaces around a word: the syllable path
    ("rộng 4,5km2 và", ["rộng", "4,5 km2", "và"], None, [(0, 0, 4), (1, 5, 11), (2, 12, 14)]),  # a split word
    ("ông Qui nói", ["ông", "Quy", "nói"], None, [(0, 0, 3), (1, 4, 7), (2, 8, 11)]),  # a respelled syllable
    ("lãnh đạo Ðảng và", ["lãnh đạo", "Đảng", "và"], None, [(0, 0, 8), (1, 9, 13), (2, 14, 16)]),
    ("A ## B c", ["A", "@@", "B", "c"], None, [(0, 0, 1), (2, 5, 6), (3, 7, 8)]),  # a word lost: the next found on
    ("Bộ Công an", ["Bộ", "Công ty"], None, [(0, 0, 2)]),  # two letters apart: another word, not aligned
])
def test_align_maps_words_printed_as_is_and_otherwise(text, words, end, spans):
    from nqextract.nlp import _align

    assert _align(text, 0, len(text) if end is None else end, words) == spans


def test_a_word_the_tagger_respelled_keeps_the_tags_of_the_words_after_it(nlp):
    doc = nlp.make_doc("Ông Trần Văn Qui, phó trưởng khoa Bệnh viện Nhi đồng 3, vừa cho biết diện tích 2,5km2 đất.")
    assert [t.text for t in doc if t.tag_ == "X"] == []


def test_docs_after_a_memory_zone_still_build():
    """A spaCy memory zone drops the strings its Docs added: the tokenizer must not keep their keys for later
    Docs (it adds each Doc's tag and POS strings anew)."""
    from nqextract.nlp import blank

    nlp = blank()  # its own vocab: the zone frees no string another test holds
    with nlp.memory_zone():
        inside = nlp.make_doc("Ông Nguyễn Văn An đến Hà Nội hôm qua.")
        assert [t.pos_ for t in inside]
    after = nlp.make_doc("Bà Trần Thị Bình làm việc tại Đà Nẵng. Sau đó bà về quê.")
    assert [t.tag_ for t in after] and [t.pos_ for t in after]
    assert [s.text for s in after.sents] == ["Bà Trần Thị Bình làm việc tại Đà Nẵng.", "Sau đó bà về quê."]


def test_tagging_sentences_together_equals_one_at_a_time():
    from nqextract.crf import FastNER

    fast = FastNER()
    # constructed sentences, with blank and punctuation-only ones among them
    sentences = _sample_sentences(12) + ["", "   ", "Bà Lê Thị B (Cần Thơ) cho biết: năm 2025 tăng 5%.", "…", "Ừ."]
    one_at_a_time = [fast.tag(s) for s in sentences]
    assert fast.tag_many(sentences) == one_at_a_time
    assert fast.tag_many(sentences[::-1]) == one_at_a_time[::-1]
    assert fast._word_tokenize.many(sentences) == [fast._word_tokenize(s) for s in sentences]
    assert fast.tag_many([]) == []


def test_a_doc_reads_the_same_whatever_the_tagging_batch(nlp, monkeypatch):
    import nqextract.nlp as module

    text = "\n".join(_sample_sentences() * 2) + "\nDòng cuối. Câu thứ hai!\n"
    whole = nlp(text)
    assert len(list(whole.sents)) > module.TAG_BATCH  # more than one batch
    monkeypatch.setattr(module, "TAG_BATCH", 1)
    one = nlp(text)
    monkeypatch.setattr(module, "TAG_BATCH", 7)
    seven = nlp(text)
    for doc in (one, seven):
        assert [(t.idx, t.text, t.tag_, t.is_sent_start) for t in doc] == \
            [(t.idx, t.text, t.tag_, t.is_sent_start) for t in whole]
        assert [(s.start, s.end, s.label_) for s in doc.spans["ner"]] == \
            [(s.start, s.end, s.label_) for s in whole.spans["ner"]]
        assert [t._.chunk for t in doc] == [t._.chunk for t in whole]
