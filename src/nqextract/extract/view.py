"""One read-only view of a tagged ``Doc``, built once per Doc and shared by every extraction component.

``view(doc)`` returns the :class:`DocView` cached on the Doc (as :func:`nqextract.nlp.doc_text` caches
the text); the first component to ask builds it, the others reuse it. It offers:

* ``text`` (the article as printed), ``tones`` (canonical tone placement, ``hoà`` -> ``hòa``) and
  ``low`` (``tones`` lower-cased): three strings of the same length, so an offset found in one is
  valid in all. The normalization itself lives in :mod:`nqextract.textnorm`.
* ``sentences`` and ``lines``: character spans of the tagger's sentences and of the non-blank lines.
* ``tokens`` / ``tags``: the Doc's own tokens (underthesea words, several syllables each) as
  (offset, text, POS tag), and the POS tag by token offset.
* ``words(splitter)`` / ``sentence_words(splitter)``: word spans computed once per Doc. The rules
  were written against *syllables*, not underthesea's multi-syllable tokens ("Thủ tướng" is one
  token but two words for a rule), so the splitters below reproduce the words each rule family
  reads: :data:`SYLLABLES` (tasks, meetings), :data:`NAME_WORDS` (persons), :data:`BODY_WORDS`
  (bodies), :data:`DOC_TOKENS` (documents), :data:`LETTERS` (the party units a bare "Đảng ủy" is
  printed with, read by persons and bodies alike).
* ``facts(key, label=None)``: the spans an earlier component wrote to ``doc.spans[key]`` (or the
  tagger's ``"ner"``), as :class:`Fact` tuples (start, end, label, kb id or text).

and, for the components' output, :func:`set_spans` (``doc.spans[key]`` from character offsets; the
loop every component used to copy). The phrase builders (one way to turn a data file's phrase into a
regex, one word-sequence matcher over spaCy's ``PhraseMatcher``) are in :mod:`.phrases`.

The view never changes the Doc except through :func:`set_spans`; write facts through it so the
view's ``facts`` cache stays true.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cached_property
from typing import NamedTuple

from spacy.tokens import Doc, Span

from ..nlp import doc_text, doc_tokens, sentence_index
from ..textnorm import canonical_tones, lower_same_length, strip_diacritics

# Word splitters: one home for each rule family's notion of a word (see the module docstring).
SYLLABLES = re.compile(r"\w+(?:[/.\-]\w+)*%?|[^\w\s]", re.UNICODE)  # "15/2020", "v.v", "COVID-19", "5%"
NAME_WORDS = re.compile(r"\w+(?:[-'’]\w+)*")  # "Nguyễn Văn A", "Jean-Pierre", "O'Neill"
BODY_WORDS = re.compile(r"[^\W_]+(?:[.&'’][^\W_]+)*|[^\w\s]", re.UNICODE)  # "TP.HCM", "R&D", "Ea H'leo"
DOC_TOKENS = re.compile(r"[^\W\d_]+|\d+|[^\w\s]", re.UNICODE)  # letters, digits, punctuation apart
LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)  # runs of letters only: DOC_TOKENS' words ("Đảng ủy Công an")
_LINE = re.compile(r"[^\n]+")

_VIEW_KEY = ("nqextract", "view")


class Fact(NamedTuple):
    """A fact an earlier stage found: character span, span label, kb id (canonical name) or text."""

    start: int
    end: int
    label: str
    kb: str


class DocView:
    """Everything the rules read from one Doc, each part computed on first use and then kept."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self._words: dict[re.Pattern[str], list[tuple[int, int]]] = {}
        self._sentence_words: dict[re.Pattern[str], list[list[tuple[int, int]]]] = {}
        self._facts: dict[str, list[Fact]] = {}

    # ------------------------------------------------------------------ text forms

    @cached_property
    def tones(self) -> str:
        """The text with canonical tone placement; the same length as ``text`` (else ``text``)."""
        tones = canonical_tones(self.text)
        return tones if len(tones) == len(self.text) else self.text

    @cached_property
    def low(self) -> str:
        """``tones`` lower-cased, the same length as ``text``."""
        return lower_same_length(self.tones)

    @cached_property
    def plain(self) -> str:
        """The text without diacritics where that keeps its length (offsets as in ``text``), else ``text``."""
        flat = strip_diacritics(self.text)
        return flat if len(flat) == len(self.text) else self.text

    # ------------------------------------------------------------------ structure

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Character spans of the tagger's sentences, in order (whitespace-only ones left out)."""
        return sentence_index(self.doc)

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_of(self, char: int) -> int | None:
        """Index of the last sentence starting at or before character ``char`` (None before the first)."""
        i = bisect_right(self.sentence_starts, char) - 1
        return i if i >= 0 else None

    @cached_property
    def lines(self) -> list[tuple[int, int]]:
        """Character spans of the non-blank lines (paragraphs)."""
        return [(m.start(), m.end()) for m in _LINE.finditer(self.text) if m.group(0).strip()]

    @cached_property
    def tokens(self) -> list[tuple[int, str, str]]:
        """The Doc's own tokens as (char offset, text, POS tag)."""
        return doc_tokens(self.doc)

    @cached_property
    def tags(self) -> dict[int, str]:
        """POS tag of each tagged token, by its char offset."""
        return {idx: tag for idx, _text, tag in self.tokens if tag}

    # ------------------------------------------------------------------ words

    def words(self, splitter: re.Pattern[str] = SYLLABLES) -> list[tuple[int, int]]:
        """(start, end) of every word of the whole text, as ``splitter`` cuts it."""
        found = self._words.get(splitter)
        if found is None:
            found = self._words[splitter] = list(map(re.Match.span, splitter.finditer(self.text)))
        return found

    def sentence_words(self, splitter: re.Pattern[str] = SYLLABLES) -> list[list[tuple[int, int]]]:
        """The words of each sentence, split inside the sentence's bounds (a word never crosses one)."""
        found = self._sentence_words.get(splitter)
        if found is None:
            text = self.text
            found = self._sentence_words[splitter] = [
                list(map(re.Match.span, splitter.finditer(text, s, e))) for s, e in self.sentences
            ]
        return found

    # ------------------------------------------------------------------ facts of earlier stages

    def facts(self, key: str, label: str | None = None) -> list[Fact]:
        """The spans in ``doc.spans[key]`` as :class:`Fact` (kb id, else the span's text), in order."""
        found = self._facts.get(key)
        if found is None:
            spans = self.doc.spans[key] if key in self.doc.spans else ()
            found = self._facts[key] = [Fact(s.start_char, s.end_char, s.label_, s.kb_id_ or s.text) for s in spans]
        return found if label is None else [f for f in found if f.label == label]

    def forget(self, key: str) -> None:
        """Drop the cached facts of ``key`` (``doc.spans[key]`` was rewritten)."""
        self._facts.pop(key, None)


def view(doc: Doc) -> DocView:
    """The Doc's view, built on first use and cached in ``doc.user_data``."""
    found = doc.user_data.get(_VIEW_KEY)
    if found is None or found.doc is not doc:
        found = doc.user_data[_VIEW_KEY] = DocView(doc)
    return found


def set_spans(doc: Doc, key: str, label: str, items: Iterable[tuple[int, int, str]]) -> list[Span]:
    """Write ``doc.spans[key]`` from (char start, char end, kb id) triples.

    Offsets inside a token widen to the whole token (``alignment_mode="expand"``); an item no token
    covers is skipped. Returns the spans written.
    """
    spans: list[Span] = []
    for start, end, kb in items:
        span = doc.char_span(start, end, label=label, kb_id=kb, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[key] = spans
    found = doc.user_data.get(_VIEW_KEY)
    if found is not None:
        found.forget(key)
    return spans
