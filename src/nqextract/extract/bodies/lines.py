"""Phase 4, a company's brand after its lines of business: a company's name is its head, its legal form, the lines
of business it trades in, printed in lower case, and last its brand, capitalized ("Công ty cổ phần Đầu tư [phát
triển hạ tầng Thủ Đức]", "Công ty TNHH [sản xuất và thương mại Vương Kim Long]", "Tổng công ty [cấp nước Sài
Gòn]"). A name read only up to its lines (the tagger reads most of them as verbs) goes on to the brand; the
brand_line_head and business_line rows of body_patterns.tsv say which heads and which verbs."""

from __future__ import annotations

from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_NOUNS = {"N", "Np", "Nc", "Nu", "Ny", "Nb", "A"}  # a line of business the tagger reads as a noun
_PERSON_BEFORE = {"Nc", "P"}  # "ông", "bà", a pronoun: the capitalized words after one are a person
_MAX_LINES = 8  # the lower-case words of a company's lines of business
_MAX_BRAND = 4  # the capitalized words of its brand


def brand_end(t: Text, pos: int, end: int, rules: BodyRules, tags: dict[int, str], blocked: set[int]) -> int | None:
    """The end of the brand of a company whose name read from ``pos`` (after its head) stopped at ``end``
    before its lines of business, else None: the name so far holds no brand yet (at most one capitalized word of
    Vietnamese syllables: "Đầu tư"), lower-case lines (nouns, listed verbs, "và") follow, then one to four
    capitalized words that start no other body."""
    if t.raw[end : end + 1] != " " or not t.raw[end + 1 : end + 2].islower() or not _no_brand_yet(t, pos, end, rules, tags):
        return None
    p, read, last = end + 1, 0, ""
    while read < _MAX_LINES:
        we = t.word_end(p)
        if not we or not t.raw[p:we].isalpha():
            return None
        if t.raw[p].isupper():
            break
        n = _line_words(t, p, rules, tags)
        if not n:
            return None
        for _ in range(n):  # the words of the line, their tags read on its first
            we = t.word_end(p) or p
            last, p = tags.get(p, last), we + 1
            if t.raw[we : we + 1] != " ":
                return None
        read += n
    if read == 0 or read >= _MAX_LINES or last in _PERSON_BEFORE:
        return None
    return _brand(t, p, rules, blocked)


def _no_brand_yet(t: Text, pos: int, end: int, rules: BodyRules, tags: dict[int, str]) -> bool:
    """The words read after the head are its legal form and lines of business: no capitalized word but one opening
    a tagger's word of two syllables or more ("Đầu tư", "Thương mại"), none foreign ("Delta")."""
    read = t.raw[pos:end]
    if rules.legal_forms is not None:  # (the low text is the raw one's length: its spans cut the raw one)
        for lm in rules.legal_forms.finditer(t.low, pos, end):
            read = read[: lm.start() - pos] + " " * (lm.end() - lm.start()) + read[lm.end() - pos :]
    capitals = [w for w in read.split() if w[:1].isupper() or w[:1].isdigit()]
    if not capitals:
        return True
    if len(capitals) > 1:
        return False
    at = t.raw.find(" " + capitals[0] + " ", pos - 1, end + 1) + 1
    nxt = at + len(capitals[0]) + 1
    return at > 0 and at in tags and nxt < end and nxt not in tags and t.raw[nxt : nxt + 1].islower()


def _line_words(t: Text, p: int, rules: BodyRules, tags: dict[int, str]) -> int:
    """How many words the line of business at ``p`` spans: a listed one (longest first), a noun, or "và" between
    two lines; 0 where a clause starts (a stop word, another verb, a preposition)."""
    words = t.low[p : p + 60].split()
    for n in range(min(rules.name_words.longest, len(words)), 0, -1):
        if " ".join(words[:n]) in rules.name_words.lines:
            return n
    low = words[0] if words else ""
    if low in rules.topic_stops:
        return 0
    if low in rules.checks.grammar.conjunctions:  # joins two lines of business ("sản xuất và thương mại")
        return 1 if len(words) > 1 and words[1] not in rules.topic_stops else 0
    return 1 if tags.get(p, "N") in _NOUNS else 0


def _brand(t: Text, p: int, rules: BodyRules, blocked: set[int]) -> int | None:
    """The end of one to four capitalized words from ``p``: no other body, head or sentence opener starts there, nor
    a person's name (a surname and a middle name: "Nguyễn Văn An")."""
    first = t.low[p : p + 30].split()
    if p in blocked or first[0] in rules.sentence_openers or (
            len(first) > 2 and first[0] in rules.surnames and first[1] in rules.middle_names):
        return None
    end, count = None, 0
    while (we := t.word_end(p)) and (t.raw[p].isupper() or t.raw[p].isdigit()):
        if p in blocked:
            break
        end, count = we, count + 1
        if count > _MAX_BRAND:
            return None
        if t.raw[we : we + 1] != " ":
            break
        p = we + 1
    return end


def shortened_lines(matches: list[BodyMatch], rules: BodyRules, t: Text | None = None,
                    tags: dict[int, str] | None = None) -> list[BodyMatch]:
    """A company printed again with fewer of its lines of business ("Công ty cổ phần [xây dựng] thương mại Hoàng
    Long" after "Công ty cổ phần đầu tư xây dựng thương mại Hoàng Long") is that company, named in full: one body,
    one name. The short name's words are the full one's in order, with the same head and the same capitalized brand
    at the end, and keeps a line of its own; the words it drops are lines of business, "và" or lower-case nouns of
    the full name; a short name several full ones hold keeps its own."""
    names = {fold(m.name): m.name for m in matches if m.source == "proper" and rules.name_words.head_of(m.head)}
    if len(names) < 2:
        return matches
    heads = {fold(m.name): next(x for x in rules.name_words.heads if fold(m.head) == x or fold(m.head).startswith(x + " "))
             for m in matches if m.source == "proper" and rules.name_words.head_of(m.head)}
    nouns = _noun_words(matches, names, t, tags)
    joins = rules.checks.grammar.conjunctions
    line_words = rules.name_words.words | joins
    holds = {(k, s): _holds(names[k], names[s], heads[s], line_words | nouns.get(k, set()), joins)
             for k in names for s in names if k != s}
    whole = {k: n for k, n in names.items() if not any(holds.get((o, k)) for o in names)}  # held by no longer name
    out = []
    for m in matches:
        short = fold(m.name)
        full = {n for k, n in whole.items() if short in names and holds.get((k, short))}
        out.append(replace(m, name=next(iter(full))) if len(full) == 1 else m)
    return out


def _noun_words(matches: list[BodyMatch], names: dict[str, str], t: Text | None,
                tags: dict[int, str] | None) -> dict[str, set[str]]:
    """The lower-case words the tagger reads as nouns in each company's printed name (a word of several syllables
    lends its tag to all of them)."""
    out: dict[str, set[str]] = {}
    if t is None or tags is None:
        return out
    for m in matches:
        if fold(m.name) not in names:
            continue
        tag, words = "", out.setdefault(fold(m.name), set())
        for s, e in t.words_after(m.start):
            if s >= m.end:
                break
            tag = tags.get(s, tag)
            if t.raw[s:e].islower() and tag in _NOUNS:
                words.add(t.low[s:e])
    return out


def _brand_tail(words: list[str]) -> int:
    """Where the capitalized words that end a name start."""
    i = len(words)
    while i > 0 and (words[i - 1][:1].isupper() or words[i - 1][:1].isdigit()):
        i -= 1
    return i


def _holds(full: str, short: str, head: str, droppable: frozenset[str] | set[str], joins: frozenset[str]) -> bool:
    """``short`` is ``full`` printed with fewer lines of business: the same head, the same capitalized brand at the
    end, its words ``full``'s in order, every word it drops ``droppable`` (lower-case), and a line kept."""
    a, b = full.split(), short.split()
    n = len(head.split())
    if len(b) >= len(a) or fold(" ".join(a[:n])) != head or fold(" ".join(b[:n])) != head:
        return False
    ta, tb = _brand_tail(a), _brand_tail(b)
    if tb == len(b) or a[ta:] != b[tb:] or tb <= n or ta <= n:
        return False
    kept, dropped, rest = b[n:tb], [], iter(a[n:ta])
    for w in kept:  # the short name's words before its brand, in order in the full one's; the others dropped
        for x in rest:
            if x == w:
                break
            dropped.append(x)
        else:
            return False
    dropped += list(rest)
    return bool(dropped) and all(w.islower() and fold(w) in droppable for w in dropped) and any(
        fold(w) in droppable and fold(w) not in joins for w in kept)
