"""The CRF feature builder's caches (one entry per distinct word or word group, holding the strings of
every offset) give exactly the straightforward features: underthesea's ``word2features`` for POS/NER,
``underthesea_core.CRFFeaturizer`` for word segmentation; on first sight of a word, on a repeat, and
after a cache is cleared."""

from __future__ import annotations

import pytest

# words repeating at different offsets, multi-syllable words, digits, punctuation, mixed case, 1-3 words
SENTENCES = [
    ["Ông", "Nguyễn Văn A", "nói", ":", "Hà Nội", "và", "Hà Nội", "mới", "."],
    ["Hà Nội", "và", "Hà Nội", "và", "Hà Nội"],
    ["2024", ",", "UBND", "tỉnh", "họp", "ngày", "5/3", "(", "thứ", "Hai", ")", "-5", "+12", "."],
    ["Hà Nội"],
    ["và", "và"],
    ["A", "b", "C"],
    ["ông", "Ông", "ÔNG", "ông", "Ông", "ÔNG", "ông"],
    ["ß", "İ", "ΣΑΣ", "ǅx", "１２", "٣", "1a", "..."],
]
TAGS = ["N", "Np", "V", "CH", "E", "A"]


def _pos_sent(words):
    return [(w, "X") for w in words]


def _ner_sent(words):
    return [(w, TAGS[i % len(TAGS)], "B-NP", "X") for i, w in enumerate(words)]


@pytest.mark.parametrize("cache_size", [0, 3, 30_000])
def test_pos_and_ner_features_equal_word2features_first_time_repeated_and_after_clearing(cache_size):
    from underthesea.pipeline.ner.tagged_feature import word2features

    from nqextract.crf import NER_TEMPLATE, POS_TEMPLATE, Featurizer

    pos, ner = Featurizer(POS_TEMPLATE, cache_size=cache_size), Featurizer(NER_TEMPLATE, cache_size=cache_size)
    for _ in range(2):  # the second pass reads the cached strings
        for words in SENTENCES + SENTENCES[::-1]:
            for featurizer, sent, template in ((pos, _pos_sent(words), POS_TEMPLATE),
                                               (ner, _ner_sent(words), NER_TEMPLATE)):
                expected = [word2features(sent, i, template) for i in range(len(sent))]
                assert featurizer(sent) == expected


def test_ner_reusing_pos_word_columns_equals_ner_alone():
    from nqextract.crf import NER_TEMPLATE, POS_TEMPLATE, Featurizer, rows

    pos, ner, alone = Featurizer(POS_TEMPLATE), Featurizer(NER_TEMPLATE), Featurizer(NER_TEMPLATE)
    for words in SENTENCES * 2:
        n = len(words)
        x = ["X"] * n
        tags = [TAGS[i % len(TAGS)] for i in range(n)]
        known: dict[str, list[str]] = {}
        pos.columns([words, x], n, known)
        assert known  # the word columns POS built
        shared = rows(ner.columns([words, tags, x, x], n, known))
        assert shared == rows(alone.columns([words, tags, x, x], n))


def test_empty_sentence_has_no_features():
    from nqextract.crf import POS_TEMPLATE, Featurizer

    assert Featurizer(POS_TEMPLATE)([]) == []


@pytest.mark.parametrize("cache_size", [0, 30_000])
def test_segmentation_features_equal_underthesea_core_featurizer_with_repeats(cache_size):
    from underthesea_core import CRFFeaturizer

    from nqextract.crf import Featurizer, WordSegmenter, rows, rust_functions

    segmenter = WordSegmenter()
    ours = Featurizer(segmenter.template, rust_functions(segmenter.dictionary), cache_size=cache_size)
    rust = CRFFeaturizer(segmenter.template, segmenter.dictionary)
    syllables = [[s for w in words for s in w.split(" ")] for words in SENTENCES]
    for _ in range(2):
        for tokens in syllables + syllables[::-1]:
            got = [list(row) for row in rows(ours.columns([tokens], len(tokens)))]
            assert got == rust.process([[[t] for t in tokens]])[0]


# constructed sentences: the tokenizer's branches around whitespace (look-aheads, look-behinds, "$",
# the "Th.S" branch whose dot matches a space), several kinds of whitespace, a newline
TOKENIZER_SENTENCES = [
    "Ông Trần Văn Bình (TP. Hải Phòng) nói: kế hoạch 2025 tăng 7,5%!",
    "Xem tại https://example.vn/tin-tuc (mục 2) hoặc thư hộp@example.com ... v.v.",
    "Ngày 02/05/2024, lúc 10:20:50, xe 43H-0530 đi qua 1.600m-2.000m đường Lê Lợi :D",
    "Kết thúc :D",
    "TP. HCM và Tp. Đà Lạt, Mr. Smith, ThS. Lan, Th.S Mai",
    "Th Sơn và Th sáng: Th\u00a0Sơn, Th\tsố",
    "A.  B.\u00a0C.\u2009D. E.",
    "Dòng một\nTh Sơn",
    "  khoảng trắng đầu và cuối   ",
    "e-mail H&M Đ&T T.Ư N’Thôn H'Mông NĐ-CP 3x4 °C ==> -> >>",
]


def test_tokenizing_between_whitespace_equals_the_whole_sentence():
    """A sentence's tokens read piece by piece (the text between whitespace, tokenized once per
    process) are those of the tokenizer regex run over the whole sentence; "Th S" (the branch "Th.S"
    across a space) and a newline send the sentence to the whole-sentence path, which still finds them."""
    from nqextract.crf import WordSegmenter

    ours = WordSegmenter()
    assert ours._pieces is not None  # the regex this was read for: the piece path is on
    for sentence in TOKENIZER_SENTENCES * 2:  # first sight, then the pieces from the cache
        assert ours._tokenize(sentence) == ours._tokens_of(ours._normalize_text(sentence))
    assert "Th S" in ours._tokenize("Th Sơn")
    assert ours._tokenize("TP. HCM") == ["TP.", "HCM"]


def test_another_tokenizer_regex_is_run_whole():
    import re

    from nqextract.crf import _splits_at_spaces

    assert not _splits_at_spaces(re.compile(r"(?P<word>\w+)", re.VERBOSE | re.UNICODE))


def test_a_tokenizer_regex_replaced_after_loading_is_run_whole(monkeypatch):
    """underthesea's ``tokenize(fixed_words=...)`` replaces its module's regex for good: a segmenter
    built before that reads each sentence whole with the regex now in use, as underthesea does."""
    import re

    from underthesea.pipeline.word_tokenize import regex_tokenize

    from nqextract.crf import WordSegmenter

    ours = WordSegmenter()
    assert ours._tokenize("Viện nghiên cứu họp.") == ["Viện", "nghiên", "cứu", "họp", "."]
    other = re.compile(r"(?P<fixed>Viện\ nghiên\ cứu)|(?P<word>\w+)|(?P<punct>[^\w\s])", re.VERBOSE | re.UNICODE)
    monkeypatch.setattr(regex_tokenize, "patterns", other)
    assert ours._tokenize("Viện nghiên cứu họp.") == ["Viện nghiên cứu", "họp", "."]
