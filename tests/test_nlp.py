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
