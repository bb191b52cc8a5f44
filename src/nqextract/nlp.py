"""underthesea as a spaCy tokenizer: sentences, words, POS, chunks and NER on a spaCy ``Doc``.

``doc.text`` is exactly the cleaned article text: underthesea rewrites tone placement
(``hoà`` -> ``hòa``) and joins syllables with single spaces, so its words are aligned back to the
original characters and every token's text is a slice of the input. Each sentence is tagged once
(:class:`nqextract.crf.FastNER`: underthesea's word segmentation, POS and NER models); chunk tags
are computed on first use of ``token._.chunk`` (no extraction rule reads them).

Token attributes: ``token.tag_``/``token.pos_`` (underthesea POS), ``token._.chunk``;
``doc.spans["ner"]`` holds underthesea's PER/LOC/ORG/MISC entities; sentence boundaries are set.
Lines (paragraphs) always start a new sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import accumulate

import numpy
import spacy
from spacy.attrs import POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from .textnorm import fold, strip_diacritics

_CHUNKS_KEY = ("nqextract", "chunks")
_CHUNK_INPUT_KEY = ("nqextract", "chunk_input")
_TOKENS_KEY = ("nqextract", "tokens")  # doc_tokens(), filled when the Doc is built
_SENTS_KEY = ("nqextract", "sentences")  # sentence_index(), filled when the Doc is built
_TEXT_KEY = ("nqextract", "text")  # doc_text(), filled when the Doc is built


def _chunks_of(doc: Doc) -> list[str]:
    """underthesea's chunk tags of every token, computed on first use: no extraction rule reads them,
    so the tokenizer keeps each sentence's words and POS tags instead of running the chunk model."""
    chunks = doc.user_data.get(_CHUNKS_KEY)
    if chunks is None:
        from .crf import chunk

        chunks = [""] * len(doc)
        for words, pos, token_ids, word_ids in doc.user_data.get(_CHUNK_INPUT_KEY, []):
            tags = chunk(words, pos)
            for ti, wi in zip(token_ids, word_ids, strict=True):
                chunks[ti] = tags[wi] if wi >= 0 else "O"
        doc.user_data[_CHUNKS_KEY] = chunks
    return chunks


def _chunk_of(token: Token) -> str:
    chunks = _chunks_of(token.doc)
    return chunks[token.i] if token.i < len(chunks) else ""


# token._.chunk: underthesea's chunk tag, kept as one list per Doc (per-token extension writes are slow)
Token.set_extension("chunk", getter=_chunk_of, force=True)

# underthesea POS -> Universal POS, so that spaCy tooling (displacy, Matcher on POS) works.
UPOS = {
    "N": "NOUN", "Np": "PROPN", "Nc": "NOUN", "Nu": "NOUN", "Ny": "NOUN", "Nb": "NOUN",
    "V": "VERB", "Vb": "VERB", "Vy": "VERB", "A": "ADJ", "Ab": "ADJ", "P": "PRON", "R": "ADV",
    "L": "DET", "M": "NUM", "E": "ADP", "C": "CCONJ", "Cc": "CCONJ", "I": "INTJ", "T": "PART",
    "B": "X", "Y": "X", "S": "X", "X": "X", "Z": "X", "CH": "PUNCT",
}
# the first letter of the underthesea tags of words that open a clause, never part of a name: prepositions,
# conjunctions, adverbs, pronouns, particles, numbers, determiners
CLAUSE_TAGS = {"E", "C", "R", "P", "T", "M", "L"}
_LINE = re.compile(r"[^\n]+")
_SPACE = re.compile(r"\s+")
_FALLBACK_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)
# Longest sentence handed to the tagger at once: CRF cost is linear, but a pathological
# 5,000-word "sentence" is cut into pieces at spaces so memory stays bounded.
MAX_SENTENCE_CHARS = 2000
# Sentences tagged together: each model runs over all of them before the next model (its tables stay in the
# processor's cache); their features are held meanwhile, so the batch is bounded.
TAG_BATCH = 32


def _chunks(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """Split [0, len(text)) into pieces of at most ``limit`` chars, at whitespace where possible."""
    start = 0
    n = len(text)
    while n - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        if cut <= start:
            cut = start + limit
        yield start, cut
        start = cut
    if start < n:
        yield start, n


class Tagger:
    """Runs underthesea once per sentence (word segmentation, POS, chunk, NER); loaded once per process."""

    def __init__(self) -> None:
        from .crf import FastNER

        self._ner = FastNER()  # first: it imports only the underthesea modules it calls
        from .punkt import splitter

        self._sent_tokenize = splitter()  # underthesea's sent_tokenize, faster

    def prepare(self) -> None:
        """Load now what the first sentence would (see :meth:`nqextract.crf.FastNER.prepare`)."""
        self._ner.prepare()

    def sentences(self, line: str) -> list[str]:
        return [s for s in self._sent_tokenize(line) if s.strip()]

    def tag(self, sentence: str) -> list[tuple[str, str, str]]:
        """(word, POS, NER) per word: ``underthesea.ner`` without the chunk tags (see :func:`_chunks_of`)."""
        return self._ner.tag(sentence)

    def tag_many(self, sentences: list[str]) -> list[list[tuple[str, str, str]]]:
        """:meth:`tag` of each sentence, each model run over all of them in turn (faster, same tags)."""
        return self._ner.tag_many(sentences)


def _align(text: str, start: int, end: int, words: Iterable[str]) -> list[tuple[int, int, int]]:
    """Map each tagged word to a character span of ``text[start:end]``.

    Returns (word index, char start, char end) for the words found. Comparison folds tone
    placement and case; whitespace inside a word may be any run of whitespace in the text, or none
    where underthesea split a printed word ("4,61km2" -> "4,61 km2"); a syllable it respelled keeps its
    length ("Qui" -> "Quy", "nuớc" -> "nước"). A word not found where the text goes on is left out and
    the next word is looked for a little further on, so one word it rewrote loses only its own tags.
    """
    out: list[tuple[int, int, int]] = []
    pos = start
    lost = False  # the word before was not found: this one may be printed a little further on
    for wi, word in enumerate(words):
        # the common case: the word printed as is (what the syllable loop below would find)
        if word and word.strip() == word:  # no whitespace at either end
            if pos < end and text.startswith(" ", pos) and text.startswith(word, pos + 1):  # one space: no loop
                pos += 1
                found = True
            else:
                found = text.startswith(word, pos)
                if not found:
                    while pos < end and text[pos].isspace():
                        pos += 1
                    found = text.startswith(word, pos)
            w_end = pos + len(word)
            if w_end <= end and found:
                out.append((wi, pos, w_end))
                pos = w_end
                lost = False
                continue
        syllables = word.split()
        if not syllables:
            continue
        while pos < end and text[pos].isspace():  # skip whitespace
            pos += 1
        w_end = _syllables_at(text, pos, end, syllables)
        at = pos
        if w_end is None and lost:  # after a word left out: the first place ahead this one is printed whole
            at, w_end = next(((q, e) for q in range(pos + 1, min(end, pos + _RESYNC_CHARS))
                              if not text[q - 1].isalnum() and (e := _syllables_at(text, q, end, syllables))),
                             (pos, None))
        if w_end is None:
            lost = True  # underthesea changed the word beyond recognition: left out
            continue
        out.append((wi, at, w_end))
        pos, lost = w_end, False
    return out


_RESYNC_CHARS = 40  # how far past a word left out the next word is looked for


def _syllables_at(text: str, p: int, end: int, syllables: list[str]) -> int | None:
    """Where the word of ``syllables`` printed from ``p`` ends (whitespace or none between them), else None."""
    for si, syl in enumerate(syllables):
        if si:
            while p < end and text[p].isspace():
                p += 1
        seg = text[p : p + len(syl)]
        if p + len(syl) > end or not _same_syllable(seg, syl):
            return None
        p += len(syl)
    return p


def _same_syllable(seg: str, syl: str) -> bool:
    """``seg`` (printed) is the syllable underthesea returned as ``syl``: the same letters but for tone placement
    and case, or one it respelled with as many characters and at most one other base letter ("Qui" -> "Quy",
    "Ðảng" -> "Đảng", "cuả" -> "của")."""
    if seg == syl or len(seg) != len(syl):
        return seg == syl
    if fold(seg) == fold(syl):
        return True
    if not (seg.isalpha() and syl.isalpha()):
        return False
    a, b = strip_diacritics(seg).lower(), strip_diacritics(syl).lower()
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) <= 1


def _split_trailing_periods(
    text: str, aligned: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """underthesea keeps a final period on words ("TW."): give the period its own token."""
    out: list[tuple[int, int, int]] = []
    for wi, s, e in aligned:
        if e - s > 1 and text[e - 1] == "." and text[e - 2] != ".":
            out.append((wi, s, e - 1))
            out.append((-1, e - 1, e))
        else:
            out.append((wi, s, e))
    return out


def _fill(text: str, aligned: list[tuple[int, int, int]], start: int, end: int) -> list[tuple[int, int, int]]:
    """Cover [start, end) completely: (char start, char end, word index) of the aligned words in order,
    the gaps between them cut into fallback tokens (word index -1)."""
    result: list[tuple[int, int, int]] = []
    pos = start
    for wi, s, e in aligned + [(-1, end, end)]:
        if s > pos and (s - pos > 1 or text[pos] != " "):  # a gap of one space holds no token
            result += [(fs, fe, -1) for fs, fe in map(re.Match.span, _FALLBACK_TOKEN.finditer(text, pos, s))]
        if e > s:
            result.append((s, e, wi))
        pos = max(pos, e)
    return result


class UndertheseaTokenizer:
    """A spaCy tokenizer: ``nlp.make_doc(text)`` returns a fully tagged ``Doc``."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self._tagger: Tagger | None = None

    @property
    def tagger(self) -> Tagger:
        if self._tagger is None:
            self._tagger = Tagger()
        return self._tagger

    def __call__(self, text: str) -> Doc:
        tokens: list[tuple[int, int]] = []  # char spans, in order
        tags: list[str] = []
        ners: list[str] = []
        chunk_input: list[tuple[list[str], list[str], list[int], list[int]]] = []
        sent_starts: set[int] = set()
        pieces: list[tuple[int, int, int]] = []  # (char start, char end, offset in its sentence) of each piece
        for line in _LINE.finditer(text):
            for s0, e0 in self._sentences(text, line.start(), line.end()):
                for c0, c1 in _chunks(text[s0:e0], MAX_SENTENCE_CHARS):
                    if text[s0 + c0:s0 + c1].strip():
                        pieces.append((s0 + c0, s0 + c1, c0))
        for k in range(0, len(pieces), TAG_BATCH):
            batch = pieces[k:k + TAG_BATCH]
            for (a, b, c0), tagged in zip(batch, self.tagger.tag_many([text[a:b] for a, b, _ in batch]), strict=True):
                words = [w for w, _, _ in tagged]
                aligned = _split_trailing_periods(text, _align(text, a, b, words))
                first_token = len(tokens)
                filled = _fill(text, aligned, a, b)  # the aligned spans rise and never overlap
                tokens += [(s, e) for s, e, _ in filled]
                word_ids = [wi for _, _, wi in filled]
                tags += [tagged[wi][1] if wi >= 0 else "CH" if not text[s].isalnum() else "X"
                         for s, _, wi in filled]
                ners += [tagged[wi][2] if wi >= 0 else "O" for wi in word_ids]
                if c0 == 0 and len(tokens) > first_token:
                    sent_starts.add(first_token)
                chunk_input.append((words, [p for _, p, _ in tagged],
                                    list(range(first_token, len(tokens))), word_ids))
        return self._build(text, tokens, tags, chunk_input, ners, sent_starts)

    def _sentences(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        line = text[start:end]
        if not line.strip():
            return []
        spans: list[tuple[int, int]] = []
        pos = 0
        for sent in self.tagger.sentences(line):
            head = sent.strip()[:20]
            k = line.find(head, pos)
            if k < 0:
                k = pos
            spans.append((k, 0))
            pos = k + 1
        # each sentence runs to the next one's start
        bounds = [k for k, _ in spans] + [len(line)]
        out = []
        for i in range(len(spans)):
            s, e = bounds[i], bounds[i + 1]
            if i == 0:
                s = 0
            if line[s:e].strip():
                out.append((start + s, start + e))
        return out or [(start, end)]

    def _build(self, text, tokens, tags, chunk_input, ners, sent_starts) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        tok_ids: list[int] = []  # doc token index of each entry of `tokens`
        add_word, add_space, add_id = words.append, spaces.append, tok_ids.append
        pos = 0
        for s, e in tokens:
            if s > pos:  # a gap before the token
                gap = text[pos:s]
                if gap == " " and words:
                    spaces[-1] = True
                else:
                    if words and gap.startswith(" "):
                        spaces[-1] = True
                        gap = gap[1:]
                    if gap:
                        add_word(gap)
                        add_space(False)
            add_id(len(words))
            add_word(text[s:e])
            add_space(False)
            pos = e
        tail = text[pos:]
        if tail:
            if tail.startswith(" ") and words:
                spaces[-1] = True
                tail = tail[1:]
            if tail:
                words.append(tail)
                spaces.append(False)
        starts = {tok_ids[i] for i in sent_starts}
        all_tags = ["_SP" if w.isspace() else "" for w in words]
        for k, ti in enumerate(tok_ids):
            all_tags[ti] = tags[k]
        all_pos = ["SPACE" if t == "_SP" else UPOS.get(t, "X") if t else "" for t in all_tags]
        # annotations through the constructor: per-token attribute writes cost 30x more
        sent_flags = [i == 0 or i in starts for i in range(len(words))]
        doc = self._doc(words, spaces, all_tags, all_pos, sent_flags)
        # its words and spaces are the text, cut: doc.text (joined anew from every token) is ``text``
        doc.user_data[_TEXT_KEY] = text
        # what doc_tokens() and sentence_index() would read back through a Token object per token
        doc.user_data[_TOKENS_KEY], doc.user_data[_SENTS_KEY] = _index(words, spaces, all_tags, sent_flags)
        doc.user_data[_CHUNK_INPUT_KEY] = [(words, pos, [tok_ids[k] for k in token_ks], word_ids)
                                           for words, pos, token_ks, word_ids in chunk_input]
        doc.spans["ner"] = _bio_spans(doc, tok_ids, ners)
        return doc

    def _doc(self, words: list[str], spaces: list[bool], tags: list[str], pos: list[str],
             sent_flags: list[bool]) -> Doc:
        """``Doc(vocab, words=..., spaces=..., tags=..., pos=..., sent_starts=...)``, its annotations set in
        one ``from_array`` of the keys of the few distinct tags (the constructor looks up each token's
        strings and writes them into the array one by one)."""
        if not words:
            return Doc(self.vocab, words=words, spaces=spaces, tags=tags, pos=pos, sent_starts=sent_flags)
        # the keys are added per Doc, never cached: a memory zone drops the strings its Docs added
        add = self.vocab.strings.add
        keys = {value: add(value) for value in set(tags).union(pos)}  # the POS are UPOS values, all valid
        doc = Doc(self.vocab, words=words, spaces=spaces)
        array = numpy.empty((len(words), 3), dtype=numpy.uint64)
        array[:, 0] = list(map(keys.__getitem__, pos))
        array[:, 1] = list(map(keys.__getitem__, tags))
        array[:, 2] = numpy.array([1 if f else -1 for f in sent_flags], dtype=numpy.int32).astype(numpy.uint64)
        doc.from_array([POS, TAG, SENT_START], array)
        return doc

    # spaCy serialization hooks (unused, but keep nlp.to_disk happy)
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, _bytes_data: bytes, **kwargs) -> UndertheseaTokenizer:
        return self

    def to_disk(self, _path, **kwargs) -> None:
        return None

    def from_disk(self, _path, **kwargs) -> UndertheseaTokenizer:
        return self


def _index(words: list[str], spaces: list[bool], tags: list[str],
           sent_flags: list[bool]) -> tuple[list[tuple[int, str, str]], list[tuple[int, int]]]:
    """(char offset, text, tag) of every token and the character spans of the sentences that are not
    only whitespace, as spaCy's ``token.idx`` and ``Span.start_char``/``end_char`` give them."""
    offsets = list(accumulate([len(w) + sp for w, sp in zip(words, spaces, strict=True)], initial=0))
    tokens = list(zip(offsets, words, tags, strict=False))  # offsets has one more: the text's end
    sents: list[tuple[int, int]] = []
    bounds = [0, *(i for i in range(1, len(words)) if sent_flags[i]), len(words)]
    for i, j in zip(bounds, bounds[1:], strict=False):  # the sentence of tokens [i, j)
        if j > i and any(map(str.strip, words[i:j])):  # not only whitespace
            sents.append((offsets[i], offsets[j - 1] + len(words[j - 1])))
    return tokens, sents


def _bio_spans(doc: Doc, tok_ids: list[int], tags: list[str]) -> list[Span]:
    spans: list[Span] = []
    cur_label, cur_start, cur_end = None, -1, -1
    for k, tag in enumerate(tags):
        if tag == "O":  # most tokens: outside any entity (as the last branch below)
            if cur_label:
                spans.append(Span(doc, cur_start, cur_end + 1, label=cur_label))
            cur_label = None
            continue
        ti = tok_ids[k]
        if tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != cur_label):
            if cur_label:
                spans.append(Span(doc, cur_start, cur_end + 1, label=cur_label))
            cur_label, cur_start, cur_end = tag[2:], ti, ti
        elif tag.startswith("I-") and cur_label:
            cur_end = ti
        else:
            if cur_label:
                spans.append(Span(doc, cur_start, cur_end + 1, label=cur_label))
            cur_label = None
    if cur_label:
        spans.append(Span(doc, cur_start, cur_end + 1, label=cur_label))
    return spans


@spacy.registry.tokenizers("nqextract.underthesea_tokenizer.v1")
def create_underthesea_tokenizer():
    def make(nlp: Language) -> UndertheseaTokenizer:
        return UndertheseaTokenizer(nlp.vocab)

    return make


def blank() -> Language:
    """A Vietnamese spaCy ``Language`` whose tokenizer is underthesea (no pyvi needed)."""
    return spacy.blank(
        "vi", config={"nlp": {"tokenizer": {"@tokenizers": "nqextract.underthesea_tokenizer.v1"}}}
    )


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token anew on each ``doc.text`` access, so a
    rule that reads it per sentence or per token would be quadratic in the article's length."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def doc_tokens(doc: Doc) -> list[tuple[int, str, str]]:
    """(char offset, text, POS tag) of every token, built once per Doc: each ``for t in doc`` makes a
    new Python Token object per token, so rules that walk the tokens several times read this instead."""
    tokens = doc.user_data.get(_TOKENS_KEY)
    if tokens is None:
        tokens = doc.user_data[_TOKENS_KEY] = [(t.idx, t.text, t.tag_) for t in doc]
    return tokens


def sentence_index(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, in order (whitespace-only ones excluded); a Doc of this
    tokenizer carries them from its construction."""
    found = doc.user_data.get(_SENTS_KEY)
    if found is not None:
        return list(found)
    return [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
