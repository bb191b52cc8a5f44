"""The words the task rules read: syllables of the text with what the tagger says about them.

The rules were written against syllables ("Thủ tướng" is two words for a rule, one underthesea token),
so a :class:`Word` is a syllable or a punctuation mark, carrying the tagger's verdicts that the rules
need: starts a verb, is glued to the next lower-case syllable of one tagged word ("cần" in "cần
thiết"), or sits inside one ("giao" in "bàn giao"). :class:`Words` is a sentence's list of words; the
rule phrases found in it are computed once, on first use (see :mod:`.rules`).

:class:`~nqextract.extract.view.Fact` is a span an earlier component wrote (bodies, persons, titles,
documents, dates); the words, the tokens and the facts come from the Doc's shared view.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from ...textnorm import canonical_tones
from ..view import SYLLABLES as WORD
from ..view import Fact, view


class Word:
    """A syllable or punctuation mark (read-only by convention; ``upper`` and ``punct`` are computed once)."""

    __slots__ = ("start", "end", "text", "low", "verb", "glued", "inner", "upper", "punct")

    def __init__(self, start: int, end: int, text: str, low: str, verb: bool,
                 glued: bool = False, inner: bool = False) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        self.verb = verb  # the first syllable of a lower-case token tagged V
        self.glued = glued  # a lower-case syllable of the same tagged word follows
        self.inner = inner  # a lower-case syllable of the same tagged word precedes ("giao" in "bàn giao")
        first = text[:1]
        self.upper: bool = first.isupper()
        self.punct: bool = not first.isalnum()

    def _key(self) -> tuple:
        return (self.start, self.end, self.text, self.low, self.verb, self.glued, self.inner)

    def __eq__(self, other: object) -> bool:
        return other.__class__ is self.__class__ and self._key() == other._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return "Word(start={!r}, end={!r}, text={!r}, low={!r}, verb={!r}, glued={!r}, inner={!r})".format(*self._key())


class Words(list[Word]):
    """A sentence's words; ``hits`` caches the rule phrases found in them (filled by :mod:`.rules`).

    :meth:`prefix` (``words[:close]`` as Words) shares the hits: a phrase is only taken where it fits
    inside the list it is matched in, so the longer list's hits are valid for its prefixes. Plain
    indexing and other slices are the list's own (no Python-level ``__getitem__``: rules index words
    hundreds of thousands of times per batch).
    """

    hits: Any = None

    def prefix(self, n: int) -> Words:
        """The first ``n`` words, sharing this list's rule hits."""
        out = Words(list.__getitem__(self, slice(None, n)))
        out.hits = self.hits
        return out


def lower_text(text: str) -> str:
    """Lower-cased text with canonical tone placement, index-aligned with ``text``."""
    low = canonical_tones(text).lower()
    return low if len(low) == len(text) else text.lower()


def phrase_words(phrase: str) -> tuple[str, ...]:
    """A data file's phrase as the words a rule compares (lower case, canonical tones)."""
    return tuple(m.group(0) for m in WORD.finditer(canonical_tones(phrase).lower()))


def words_of(doc: Doc, low: str, start: int, end: int, verb_starts: set[int],
             glued: set[int] | None = None, inner: set[int] | None = None) -> Words:
    text = view(doc).text
    glued = glued or set()
    inner = inner or set()
    out = Words()
    add = out.append
    for m in WORD.finditer(text, start, end):
        token, at = m.group(), m.start()
        if "/" not in token:  # the common case: one word, as slash_pieces would give it
            b = at + len(token)
            add(Word(at, b, token, low[at:b], at in verb_starts, b in glued, at in inner))
            continue
        for a, b in slash_pieces(token, at):
            add(Word(a, b, text[a:b], low[a:b], a in verb_starts, b in glued, a in inner))
    return out


def slash_pieces(token: str, a: int) -> list[tuple[int, int]]:
    """Spans of a token split at each "/" joining two words ("dự án/Chủ đầu tư", "các xã/phường": two
    alternatives), the "/" a word of its own; numbers and abbreviations ("15/2020", "NQ/TW") stay whole."""
    if "/" not in token:
        return [(a, a + len(token))]
    out, k = [], 0
    for q, ch in enumerate(token):
        if ch != "/" or q == 0:
            continue
        right = token[q + 1:].split("/")[0]
        if token[q - 1].isalpha() and token[q - 1].islower() and right[:1].isalpha() \
                and any(c.islower() for c in right):
            out += [(a + k, a + q), (a + q, a + q + 1)]
            k = q + 1
    return out + [(a + k, a + len(token))]


def inner_starts(doc: Doc) -> set[int]:
    """Starts of syllables after a lower-case syllable inside one tagged word ("bàn giao")."""
    out: set[int] = set()
    for idx, text, _tag in view(doc).tokens:
        if " " in text:
            pos = idx
            for part in text.split(" ")[:-1]:
                pos += len(part) + 1
                if part[:1].islower():
                    out.add(pos)
    return out


def verb_starts(doc: Doc) -> set[int]:
    return {idx for idx, text, tag in view(doc).tokens if tag.startswith("V") and text == text.lower()}


def unglued_names(text: str, names: list[Fact]) -> list[Fact]:
    """Person spans without a verb the tagger glued to the name in one word ("Tạ Thị Ngọc sửa", "Lê Thị B
    lập"): a span printing its name and then lower-case syllables ends with the name."""
    out = []
    for f in names:
        printed = text[f.start:f.end]
        if f.kb and printed.startswith(f.kb + " ") and printed[len(f.kb) + 1:][:1].islower():
            f = f._replace(end=f.start + len(f.kb))
        out.append(f)
    return out


def name_glued_verbs(doc: Doc, names: list[Fact]) -> set[int]:
    """Starts of a verb the tagger glued to a person's name in one word (tagged V or N: "Tạ Thị Ngọc sửa"):
    the lower-case syllable right after the end of a name (:func:`unglued_names`) inside that word."""
    ends = {f.end for f in names}
    out: set[int] = set()
    for idx, text, _tag in view(doc).tokens:
        if " " in text and text[:1].isupper():
            out |= {e + 1 for e in ends if idx < e < idx + len(text) - 1 and text[e - idx] == " "
                    and text[e - idx + 1].islower()}
    return out


def name_inner_starts(doc: Doc) -> set[int]:
    """Starts of syllables right after a capitalized one inside one tagged word ("Bộ Ngoại giao")."""
    out: set[int] = set()
    for idx, text, _tag in view(doc).tokens:
        if " " in text and text[:1].isupper():
            pos = idx
            for part in text.split(" ")[:-1]:
                pos += len(part) + 1
                if part[:1].isupper():
                    out.add(pos)
    return out


def glued_ends(doc: Doc) -> set[int]:
    """Ends of syllables followed by another lower-case syllable of the same tagged word."""
    out: set[int] = set()
    text = view(doc).text
    for idx, tok, _tag in view(doc).tokens:
        if " " in tok:
            pos = idx
            for part in tok.split(" ")[:-1]:
                pos += len(part)
                nxt = text[pos + 1:pos + 2]
                if nxt.islower():
                    out.add(pos)
                pos += 1
    return out


def facts(doc: Doc, key: str) -> list[Fact]:
    """The spans an earlier component wrote to ``doc.spans[key]`` (kb id, else text)."""
    return view(doc).facts(key)
