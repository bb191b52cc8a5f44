"""nqextract.punkt: underthesea's sentence splitter, the same sentences (constructed lines)."""

from __future__ import annotations

import pytest

LINES = [
    "",
    "   ",
    "Ông Trần Văn Bình phát biểu. Bà Lê Thị Hoa trả lời.",
    "Hội nghị bế mạc lúc 17 giờ!Các đại biểu ra về? Không ai ở lại",
    "Giá tăng 2.5 lần. Năm 2.024 đồng.",
    "Theo TS. Nguyễn Văn Tâm, dự án chậm. TP. Hòa Bình đồng ý.",
    "Ông A nói... Rồi ông im lặng... và đi ra...",
    "Chờ đợi.... Cuối cùng cũng đến",
    "Thật sao?! Đúng vậy!!! Hết.",
    "Mr. Smith and Dr. Jones met in e.g. Paris. They left.",
    "Câu không có dấu kết thúc",
    "...",
    ".",
    "a.b.c. Đ",
    "Tab.\tMới. Xuống\ndòng. Cuối \r\n",
    "Số 3. Điều 4.Khoản 5",
]


@pytest.mark.parametrize("line", LINES)
def test_split_gives_underthesea_sentences(line):
    from nqextract.crf import _defer_underthesea

    _defer_underthesea()  # as the tagger imports underthesea
    from underthesea.pipeline.sent_tokenize import sent_tokenize

    from nqextract.punkt import splitter

    fast = splitter()
    assert fast is not sent_tokenize  # the fast path, not the fallback, is what is compared
    assert fast(line) == sent_tokenize(line)


def test_splitter_falls_back_without_the_tokenizers_attributes(monkeypatch):
    from nqextract.crf import _defer_underthesea

    _defer_underthesea()
    from underthesea.pipeline import sent_tokenize as module

    from nqextract.punkt import splitter

    module.sent_tokenize("")
    class Other:  # another release's tokenizer: no abbreviations or end characters to read
        def sentences_from_text(self, text):
            return [text] if text.strip() else []

    monkeypatch.setattr(module, "sentence_tokenizer", Other())
    monkeypatch.setattr(module, "_load_model", lambda: None)
    assert splitter() is module.sent_tokenize


def test_splitter_falls_back_when_its_sentences_differ_on_a_probe(monkeypatch):
    from nqextract.crf import _defer_underthesea

    _defer_underthesea()
    from underthesea.pipeline import sent_tokenize as module

    from nqextract import punkt

    monkeypatch.setattr(punkt, "split", lambda text, *rules: [text])  # a splitter that no longer agrees
    assert punkt.splitter() is module.sent_tokenize
