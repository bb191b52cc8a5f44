"""Phrases from the data files, made matchable: one regex builder and one word-sequence matcher.

* :func:`phrase_regex` turns one printed phrase into a regex: its words in order, any run of
  whitespace between them; with ``loose_punct`` a dash, comma or dot may have spaces around it, and
  ``macros`` replace a word group by a regex of its spellings (``trung ương`` -> ``TW``, ``T.Ư`` ...).
* :func:`alternation` joins many phrases into one alternation, longest first (so "Phó Thủ tướng"
  wins over "Phó"), and :func:`bounded` keeps a match from starting or ending inside a word.
* :class:`WordIndex` finds every occurrence of known word sequences in a list of words (what spaCy's
  ``PhraseMatcher`` finds, by dictionary look-ups, without building a ``Doc`` per sentence).
* :class:`PhraseTable` holds word sequences by kind (a ``*_cues.tsv`` file: ``kind``, ``phrase``,
  ``value``) and finds them in a sentence's words with a :class:`WordIndex`; the longest phrase
  of a kind starting at a word wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Literal

try:  # the parsed form of a regex (which characters a match can start with): private modules of re
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # a Python without them: every fast path below falls back to the plain pattern
    _sre = _sre_parse = None  # type: ignore[assignment]

_LIST_AND = "và"  # between the items of a list: "A, B và C"
LIST_SEP = re.compile(rf"[ \t]*,[ \t]*(?:{_LIST_AND}[ \t]+)?|[ \t]+{_LIST_AND}[ \t]+")
LIST_SEP_CHARS = frozenset(" \t," + _LIST_AND)  # every character a LIST_SEP match can hold


def phrase_regex(phrase: str, *, loose_punct: bool = False, macros: dict[str, str] | None = None) -> str:
    """One phrase as a regex (not compiled). Matching is as exact as the phrase: lower-case or
    tone-normalize the phrase the same way as the text it will run on."""
    if not loose_punct and not macros:
        return r"\s+".join(re.escape(w) for w in phrase.split())
    text = " ".join(phrase.split())
    marks: dict[str, str] = {}
    for i, (word, rx) in enumerate((macros or {}).items()):
        if word in text:
            token = f"\x01{i}\x01"
            text = text.replace(word, token)
            marks[token] = rx
    out = re.escape(text)
    if loose_punct:
        out = re.sub(r"\\?\s*\\-\\?\s*", r"\\s*[-–—]\\s*", out)
        out = re.sub(r"\\?\s*,\\?\s*", r"\\s*,\\s*", out)
    out = re.sub(r"\\ |\\?\s+", r"\\s+", out)
    if loose_punct:
        out = out.replace(r"\.", r"\.\s*")
    for token, rx in marks.items():
        out = out.replace(re.escape(token), rx).replace(token, rx)
    return out


def printed(words: list[str], gap: str = r"\ ") -> str:
    """The alternation of phrases as printed, in the rows' order: one space between their words (or ``gap``, a
    regex, where the grammar allows any blanks); never matches when there are none."""
    return "(?:" + ("|".join(gap.join(map(re.escape, w.split(" "))) for w in words) or "(?!)") + ")"


def alternation(
    phrases: Iterable[str],
    *,
    longest: Literal["pattern", "phrase"] = "pattern",
    loose_punct: bool = False,
    macros: dict[str, str] | None = None,
    factor: int | None = None,
) -> str:
    """``(?:a|b|...)`` of the phrases' regexes, each once, longest first (by regex length, or by the
    printed phrase's length); ``(?!)`` (never matches) when there is no phrase. With ``factor`` (the
    flags it will be compiled with), the same alternation :func:`factored` by first letter."""
    kept = list(dict.fromkeys(p for p in phrases if p.strip()))
    if longest == "phrase":
        kept.sort(key=len, reverse=True)
    pats = list(dict.fromkeys(phrase_regex(p, loose_punct=loose_punct, macros=macros) for p in kept))
    if longest == "pattern":
        pats.sort(key=len, reverse=True)
    if factor is not None and pats:
        return factored(pats, factor)
    return "(?:" + "|".join(pats) + ")" if pats else "(?!)"


def factored(branches: Sequence[str], flags: int = 0) -> str:
    """``(?:a|b|...)`` of ``branches`` (regexes, in order) with the branches that start with the same
    letter written once under that letter (``(?:t(?:ỉnh|hành phố)|x(?:ã))``): the same matches, as
    the branches keep their order within a letter and no two letters match the same character, but
    Python's engine tries each letter once where it otherwise enters every branch (a large
    case-insensitive alternation is slow: its branches have no fast first-letter check). Branches
    compiled with ``flags``; one not led by a plain letter or digit leaves the alternation as it is."""
    plain = "(?:" + "|".join(branches) + ")"
    fold = bool(flags & re.IGNORECASE)
    groups: dict[str, list[str]] = {}
    for b in branches:
        if not b[:1].isalnum() or b[1:2] in ("*", "+", "?", "{"):
            return plain
        groups.setdefault(b[0].lower() if fold else b[0], []).append(b)
    if fold:  # each letter must stand for its own set of characters: no two that match each other
        keys = list(groups)
        for i, a in enumerate(keys):
            if any(re.fullmatch(re.escape(a), c, flags) for c in keys[i + 1:]):
                return plain
    parts = []
    for members in groups.values():
        if len(members) == 1:
            parts.append(members[0])
        else:
            parts.append(members[0][0] + "(?:" + "|".join(m[1:] for m in members) + ")")
    return "(?:" + "|".join(parts) + ")"


def letter_grouped(branches: Sequence[str]) -> str:
    """``(?:a|b|...)`` of ``branches`` (case-sensitive regexes, in order, e.g. each a named group) with
    the branches that start with the same character behind one look-ahead on it
    (``(?:(?=s)(?:(?P<h0>sở\\s+y\\s+tế)|(?P<h1>sở))|(?=b)(?P<h2>ban))``): the same matches and groups, as
    the branches keep their order within a character and no two characters' branches can match at one
    position, but the engine enters only the branches of the character it is at. Any branch whose
    first character is not one known literal leaves the alternation as it is."""
    plain = "(?:" + "|".join(branches) + ")"
    if _sre_parse is None:
        return plain
    groups: dict[str, list[str]] = {}
    for b in branches:
        found = _firsts(_sre_parse.parse(b).data)
        if not found or len(found) != 1 or found[0][0] != "lit":
            return plain
        groups.setdefault(chr(found[0][1]), []).append(b)  # type: ignore[arg-type]
    parts = [f"(?={re.escape(c)})" + (members[0] if len(members) == 1 else "(?:" + "|".join(members) + ")")
             for c, members in groups.items()]
    return "(?:" + "|".join(parts) + ")"


def bounded(rx: str) -> str:
    """``rx`` neither starting nor ending inside a word (``&`` counts as a word character: "R&D")."""
    return rf"(?<![\w&]){rx}(?![\w&])"


if _sre is not None:
    _CATEGORIES = {_sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W", _sre.CATEGORY_DIGIT: r"\d",
                   _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S"}
    _ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
    _REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT}


def _firsts(items: list) -> list[tuple[str, object]] | None:
    """What the first character of a match of the parsed ``items`` is: ("lit", code) and ("in", set
    items) alternatives; None when unknown (a scoped flag, a negated set, a part that may be empty)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a look-around or anchor consumes nothing: the next item starts the match
        if op is _sre.LITERAL:
            return [("lit", av)]
        if op is _sre.IN:
            return None if any(o is _sre.NEGATE for o, _ in av) else [("in", av)]
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            return None if add_flags or del_flags else _firsts(sub.data)
        if op is _sre.BRANCH:
            out: list[tuple[str, object]] = []
            for branch in av[1]:
                found = _firsts(branch.data)
                if found is None:
                    return None
                out += found
            return out
        if op in _REPEATS:
            low, _high, sub = av
            return _firsts(sub.data) if low >= 1 else None
        return None
    return None  # the pattern may match the empty string


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """The body of a character class holding every character a match of ``pattern`` can start
    with (under the same ``flags``), else None."""
    if _sre_parse is None:
        return None
    found = _firsts(_sre_parse.parse(pattern, flags).data)
    if not found:
        return None
    parts: list[str] = []
    for kind, av in found:
        if kind == "lit":
            parts.append(re.escape(chr(av)))  # type: ignore[arg-type]
            continue
        for op, arg in av:  # type: ignore[union-attr]
            if op is _sre.LITERAL:
                parts.append(re.escape(chr(arg)))
            elif op is _sre.RANGE:
                parts.append(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
            elif op is _sre.CATEGORY and arg in _CATEGORIES:
                parts.append(_CATEGORIES[arg])
            else:
                return None
    return "".join(dict.fromkeys(parts))


def guarded(rx: re.Pattern[str] | str, flags: int = 0) -> re.Pattern[str]:
    """``rx`` with a look-ahead on the characters its matches start with: the same matches, found
    faster (Python's engine otherwise tries every branch of a large alternation at every position).
    Give the pattern as text (with its ``flags``) to have it compiled once, guarded or not."""
    pattern, flags = (rx.pattern, rx.flags) if isinstance(rx, re.Pattern) else (rx, flags)
    chars = first_chars(pattern, flags)
    if chars is None:
        return rx if isinstance(rx, re.Pattern) else re.compile(pattern, flags)
    return re.compile(f"(?=[{chars}])(?:{pattern})", flags)


_LEADING_LOOKBEHINDS = (r"(?<![\w&])", r"(?<!\w)", r"(?<![\w&/-])")


def literal_led_pattern(pattern: str) -> str:
    """``pattern`` = ``(?<!X)c...`` (a one-character negative look-behind, then a literal ``c``) rewritten
    as ``c(?<!Xc)...``: the same matches, but the pattern now starts with a literal, which Python's
    engine searches for directly instead of trying the look-behind at every position; any other
    pattern as it is."""
    for behind in _LEADING_LOOKBEHINDS:
        if pattern.startswith(behind):
            rest = pattern[len(behind):]
            if rest[:1].isalnum() and rest[1:2] not in ("?", "*", "+", "{"):
                return f"{rest[0]}{behind[:-1]}{re.escape(rest[0])}){rest[1:]}"
    return pattern


def literal_led(rx: re.Pattern[str] | str, flags: int = 0) -> re.Pattern[str]:
    """``rx`` compiled as :func:`literal_led_pattern` rewrites it. Give the pattern as text (with its
    ``flags``) to have it compiled once, rewritten or not."""
    p, flags = (rx.pattern, rx.flags) if isinstance(rx, re.Pattern) else (rx, flags)
    led = literal_led_pattern(p)
    return rx if led == p and isinstance(rx, re.Pattern) else re.compile(led, flags)


class BranchIndex:
    """An alternation of ``branches`` (regexes, in order) matched at a given position: only the
    branches that can start with the character there are tried (a sub-alternation per first
    character), so :meth:`match` returns what ``re.compile(wrap(alternation)).match`` returns, group
    names included. The branches are read on the first match, and each character's sub-alternation
    is compiled on the first match at that character (a short text pays only for what it meets)."""

    def __init__(self, branches: Sequence[str], wrap: Callable[[str], str] = lambda rx: rx) -> None:
        self.branches = list(branches)
        self.wrap = wrap
        self._by_char: dict[str, list[int]] | None = None  # first character -> indices of its branches
        self._anywhere: list[int] = []  # branches whose first character is not one known literal
        self._compiled: dict[str, re.Pattern[str] | None] = {}

    def _index(self) -> dict[str, list[int]]:
        by_char: dict[str, list[int]] = {}
        anywhere: list[int] = []
        for i, branch in enumerate(self.branches):
            found = _firsts(_sre_parse.parse(branch).data) if _sre_parse is not None else None
            if not found or any(kind != "lit" for kind, _ in found):
                anywhere.append(i)
                continue
            for _kind, code in found:
                by_char.setdefault(chr(code), []).append(i)  # type: ignore[arg-type]
        self._anywhere = anywhere
        self._by_char = {c: sorted({*idx, *anywhere}) for c, idx in by_char.items()}
        return self._by_char

    def _build(self, char: str) -> re.Pattern[str] | None:
        by_char = self._by_char if self._by_char is not None else self._index()
        key = char if char in by_char else ""  # "": the branches of no known first character
        if key not in self._compiled:
            idx = by_char.get(key, self._anywhere)
            self._compiled[key] = re.compile(self.wrap("(?:" + "|".join(self.branches[i] for i in idx) + ")")) if idx else None
        rx = self._compiled[char] = self._compiled[key]
        return rx

    def compile_all(self) -> None:
        """Compile now every character's sub-alternation (what :meth:`match` would compile as it meets
        each), e.g. in a parent process before it forks its workers, which then share them."""
        by_char = self._by_char if self._by_char is not None else self._index()
        for char in (*by_char, ""):
            self._build(char)

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        char = text[pos:pos + 1]
        rx = self._compiled[char] if char in self._compiled else self._build(char)
        return rx.match(text, pos) if rx is not None else None


class WordIndex:
    """Word sequences by kind; :meth:`find` yields every (kind, start, end) where one occurs in a list
    of words, overlapping and nested occurrences included, compared exactly (as spaCy's
    ``PhraseMatcher`` on the words' text)."""

    def __init__(self) -> None:
        self._kinds: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._sizes: dict[str, tuple[int, ...]] = {}  # first word -> lengths of the phrases it starts, shortest first

    def add(self, kind: str, phrases: Iterable[Sequence[str]]) -> None:
        for phrase in phrases:
            key = tuple(phrase)
            if not key:
                continue
            kinds = self._kinds.get(key, ())
            if kind not in kinds:
                self._kinds[key] = (*kinds, kind)
            sizes = self._sizes.get(key[0], ())
            if len(key) not in sizes:
                self._sizes[key[0]] = tuple(sorted((*sizes, len(key))))

    def find(self, words: Sequence[str]) -> Iterator[tuple[str, int, int]]:
        table, by_first = self._kinds, self._sizes
        n = len(words)
        for s, sizes in enumerate(map(by_first.get, words)):
            if sizes is None:
                continue
            for size in sizes:
                e = s + size
                if e > n:
                    break
                kinds = table.get(tuple(words[s:e]))
                if kinds:
                    for kind in kinds:
                        yield kind, s, e


class PhraseTable:
    """Word sequences by kind, each with a value; :meth:`scan` finds them in a list of words.

    ``rows`` are (kind, words, value); the first row of a (kind, words) pair gives its value. Words
    are compared exactly: give them in the form the scanned words have (lower-case, tone-canonical).
    """

    def __init__(self, rows: Iterable[tuple[str, Sequence[str], str]]) -> None:
        self.index = WordIndex()
        self.values: dict[tuple[str, tuple[str, ...]], str] = {}
        by_kind: dict[str, list[tuple[str, ...]]] = {}
        for kind, words, value in rows:
            words = tuple(words)
            if not words or (kind, words) in self.values:
                continue
            self.values[(kind, words)] = value
            by_kind.setdefault(kind, []).append(words)
        self.by_kind = by_kind
        self.known = {w for phrases in by_kind.values() for p in phrases for w in p}
        for kind, phrases in by_kind.items():
            self.index.add(kind, phrases)
        self.kinds = set(by_kind)

    def phrases(self, kind: str) -> list[tuple[str, ...]]:
        """The phrases of ``kind`` as word tuples, in the order of the data file."""
        return list(self.by_kind.get(kind, ()))

    def words(self, kind: str) -> frozenset[str]:
        """The one-word phrases of ``kind``."""
        return frozenset(p[0] for p in self.by_kind.get(kind, ()) if len(p) == 1)

    def texts(self, kind: str) -> list[str]:
        """The phrases of ``kind`` as text (words joined by single spaces), in the order of the data file."""
        return [" ".join(p) for p in self.by_kind.get(kind, ())]

    def scan(self, words: Sequence[str]) -> PhraseHits:
        """Every phrase found in ``words`` (a sentence's words, in the phrases' form)."""
        hits: dict[tuple[str, int], tuple[int, str]] = {}
        for kind, s, e in self.index.find(words):
            best = hits.get((kind, s))
            if best is None or e - s > best[0]:
                hits[(kind, s)] = (e - s, self.values[(kind, tuple(words[s:e]))])
        return PhraseHits(hits)


class PhraseHits:
    """The phrases one :meth:`PhraseTable.scan` found, looked up by start word and kind."""

    __slots__ = ("hits",)

    def __init__(self, hits: dict[tuple[str, int], tuple[int, str]]) -> None:
        self.hits = hits

    def at(self, i: int, kind: str) -> tuple[int, str]:
        """(number of words, value) of the longest ``kind`` phrase starting at word ``i``; (0, "") if none."""
        return self.hits.get((kind, i), (0, ""))
