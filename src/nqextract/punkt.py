"""underthesea's sentence splitter (``underthesea.sent_tokenize``), the same sentences found faster.

underthesea's ``PunktSentenceTokenizer.sentences_from_text`` steps over a line one character at a
time in Python and acts only at a sentence-end character ("." "?" "!"); :func:`split` runs the same
steps but jumps from one such character to the next (a regex search), reading the tokenizer's own
abbreviations and end characters. Another underthesea whose tokenizer lacks them, or whose splitter
gives other sentences on a few probe lines, is called as is.

Derived from underthesea 9.5.0 (``underthesea/pipeline/sent_tokenize/__init__.py``,
https://github.com/undertheseanlp/underthesea), Apache License 2.0; modified (the loop jumps between
end characters).
"""

from __future__ import annotations

import re
from collections.abc import Callable


def splitter() -> Callable[[str], list[str]]:
    """``sent_tokenize`` of the installed underthesea, as :func:`split` when its tokenizer has the
    attributes the algorithm reads and the two give the same sentences on :data:`PROBES`, else
    underthesea's own function."""
    from underthesea.pipeline import sent_tokenize as module

    module.sent_tokenize("")  # loads the tokenizer (its abbreviations)
    tokenizer = getattr(module, "sentence_tokenizer", None)
    abbreviations = getattr(tokenizer, "abbrev_types", None)
    ends = getattr(tokenizer, "SENT_END_CHARS", None)
    if not isinstance(abbreviations, set | frozenset) or not isinstance(ends, set | frozenset) \
            or not all(isinstance(c, str) and len(c) == 1 for c in ends) or not ends:
        return module.sent_tokenize
    end_at = re.compile("[" + "".join(re.escape(c) for c in sorted(ends)) + "]")

    def fast(text: str) -> list[str]:
        return split(text, abbreviations, ends, end_at)

    if any(fast(line) != module.sent_tokenize(line) for line in PROBES):
        return module.sent_tokenize
    return fast


# lines whose sentences the fast splitter must give as underthesea does before it is used: abbreviations,
# a place's dotted name, decimals, ellipses, quotes and brackets after the end, several end characters
PROBES = (
    "Ông A. B. Smith đến TP.HCM lúc 8 giờ. Sau đó ông đi Hà Nội!",
    "Giá tăng 1.000,5 đồng... Vì sao? Vì cung giảm v.v. Còn gì nữa?! \"Không.\" (Hết.)",
    "TS. Nguyễn Văn A, Q. 1, Tp. Thủ Đức, ... cho biết: Dự án xong.Tháng sau khởi công.",
)


def split(text: str, abbreviations: set[str] | frozenset[str], ends: set[str] | frozenset[str],
          end_at: re.Pattern[str]) -> list[str]:
    """``PunktSentenceTokenizer.sentences_from_text(text)`` of underthesea 9.5 (``ends`` its
    ``SENT_END_CHARS``, ``end_at`` a regex of one of them)."""
    if not text or not text.strip():
        return []
    sentences: list[str] = []
    start = 0
    n = len(text)
    search = end_at.search
    i = 0
    while i < n:
        m = search(text, i)  # underthesea's loop does nothing at any other character
        if m is None:
            break
        i = m.start()
        if text[i] == ".":
            dot_end = i
            while dot_end < n and text[dot_end] == ".":
                dot_end += 1
            if dot_end - i >= 3:  # an ellipsis: a boundary before a capital or at the end
                after = dot_end
                while after < n and text[after] in " \t":
                    after += 1
                if after >= n or text[after].isupper():
                    dot_end = start = _cut(text, start, dot_end, sentences)
                i = dot_end
                continue
        if _boundary(text, i, abbreviations):
            end = i + 1
            while end < n and text[end] in ends:
                end += 1
            start = i = _cut(text, start, end, sentences)
            continue
        i += 1
    final = text[start:].strip()
    if final:
        sentences.append(final)
    return sentences


def _boundary(text: str, pos: int, abbreviations: set[str] | frozenset[str]) -> bool:
    """underthesea's ``_is_sentence_boundary``: every end character is one, except a "." between two
    digits or after an abbreviation."""
    if text[pos] == ".":
        if pos > 0 and text[pos - 1].isdigit() and pos + 1 < len(text) and text[pos + 1].isdigit():
            return False
        start = pos - 1
        while start >= 0 and (text[start].isalnum() or text[start] == "."):
            start -= 1
        word = text[start + 1:pos]
        if word and word.lower() in abbreviations:
            return False
    return True


def _cut(text: str, start: int, end: int, sentences: list[str]) -> int:
    """Close the sentence ``text[start:end]`` (kept when not blank); where the next one starts, after the
    whitespace and line breaks."""
    sentence = text[start:end].strip()
    if sentence:
        sentences.append(sentence)
    n = len(text)
    while end < n and text[end] in " \t\n\r":
        end += 1
    return end
