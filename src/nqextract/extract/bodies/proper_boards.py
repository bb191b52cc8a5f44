"""A board named at length in lower-case words up to its place ("Ban Quản lý [các công trình công cộng] huyện X",
"Ban Quản lý dự án [đầu tư xây dựng các công trình giao thông] Đà Nẵng"; body_patterns.tsv ``board_head``): nouns,
"và", the plurals of ``board_plural`` ("các công trình") and the verbs of ``board_word`` ("đầu tư xây dựng") go on;
any other word the tagger reads as a verb ("Ban Quản lý dự án [khảo sát] thực địa huyện X": the board acts), a clause
word, a punctuation mark or a capitalized word other than the place ends it, and with no place at its end the name
stays as the tail read it."""

from __future__ import annotations

from ...nlp import CLAUSE_TAGS
from ...textnorm import fold
from ..body_rules import BodyRules
from .proper_places import named_place_end
from .scan import Text, is_word

_MAX_WORDS = 18  # syllables of the run ("đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn")
_NOUNS = ("N", "A")  # a noun's first syllable that is a stop word elsewhere goes on ("giao thông")
_VERB = "V"


def board_end(t: Text, start: int, end: int, rules: BodyRules, tags: dict[int, str]) -> int | None:
    """The end of the board's place when the name read so far (``start`` to ``end``) is a ``board_head`` that a
    lower-case run and a place follow; else None."""
    if not rules.checks.board_heads or fold(" ".join(t.raw[start:end].split())) not in rules.checks.board_heads:
        return None
    p, count = end, 0
    while count < _MAX_WORDS and t.raw[p : p + 1] == " ":
        q = p + 1
        we = t.word_end(q)
        if not we:
            return None
        word, low = t.raw[q:we], t.low[q:we]
        level = _level_end(t, q, rules)
        if level is not None:
            return named_place_end(t, level + 1, rules) if count and t.raw[level : level + 1] == " " else None
        if word[:1].isupper():
            pm = rules.places.match(t.low, q) if rules.places is not None else None
            return pm.end() if count and pm and t.capital_at(q) and not is_word(t.raw, pm.end()) else None
        if not (word.isalpha() and word[:1].islower()):
            return None
        if low == (plural := rules.checks.grammar.topic_plural) and not t.low.startswith(rules.checks.board_plurals, q):
            return None  # "... thu hồi đất [các hộ dân] huyện X": the object of a verb, no board's field
        tag = tags.get(q, "")[:1]
        if low not in rules.checks.grammar.conjunctions and low != plural and q in tags and (tag in CLAUSE_TAGS or tag not in _NOUNS and low in rules.topic_stops):
            return None  # "Ban Quản lý dự án [đã] ...", "... [cho] huyện X": a clause (a word's inner syllable goes on)
        if tag == _VERB and q in tags:
            listed = _listed(t, q, rules.checks.board_words)
            if listed is None:
                return None  # "Ban Quản lý dự án [khảo sát] thực địa huyện X": the board's verb and its object
            p, count = listed, count + len(t.raw[q:listed].split())
            continue
        p, count = we, count + 1
    return None


def _level_end(t: Text, q: int, rules: BodyRules) -> int | None:
    """The end of a level word printed at ``q`` ("huyện", "thành phố", "thị xã"), else None."""
    first = t.word_end(q)
    if not first:
        return None
    second = t.word_end(first + 1) if t.raw[first : first + 1] == " " else None
    if second and t.low[q:second] in rules.level_words:
        return second
    return first if t.low[q:first] in rules.level_words else None


def _listed(t: Text, q: int, words: tuple[str, ...]) -> int | None:
    """The end of the ``board_word`` printed at ``q`` ("đầu tư xây dựng", longest first), else None."""
    for w in words:
        e = q + len(w)
        if t.low.startswith(w, q) and not is_word(t.raw, e):
            return e
    return None
