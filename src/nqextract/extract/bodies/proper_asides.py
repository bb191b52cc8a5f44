"""Phase 4, where a proper name's lower-case tail that the tagger reads as verbs closes an aside: the name is set off
after a person's name (", ", " - ", " (" right after a capitalized word) with an officer's title right before its
head ("Ông A, phó chủ nhiệm Tổng cục Công nghiệp [quốc phòng], cho biết", "TS B - phó chủ tịch Hiệp hội Doanh
nghiệp [đầu tư nước ngoài] - cũng khẳng định"). Such an aside holds a title and its body only, no clause: the
lower-case words up to the mark that closes it (a comma, a dash, a bracket) are the name's. A clause word among them
(a stop word, "và", a preposition, an adverb, a number, a ``tail_verb``: "khẳng định") means the aside ended earlier,
or never was one ("Ông A, chủ tịch Hội Nông dân tặng quà cho ..."), and so does a name's own proper name before them
("Công ty Minh Phát [nêu ý kiến], ...": the predicate): the name stays where the tail stopped."""

from __future__ import annotations

from ...nlp import CLAUSE_TAGS
from ..body_rules import BodyRules
from .firm_ends import own_name_before
from .scan import Text

_OPENERS = (", ", " - ", " – ", " (")  # what sets an aside off after a person's name
_CLOSERS = (",", " - ", " – ", ")")  # what closes it after its body
_TITLE_CHARS = 60  # how far before its head an aside may open (the title and its modifiers)
_ASIDE_WORDS = 6  # the lower-case words a name may hold before the aside's closer
_MODIFIERS = ("nguyên ", "cựu ", "quyền ")  # a former or acting holder's title ("nguyên phó giám đốc")


def aside_end(t: Text, pos: int, rules: BodyRules, tags: dict[int, str], head_end: int) -> int | None:
    """End of the lower-case words from ``pos`` (the first one the tail stopped at) when the name whose head ends at
    ``head_end`` opens an aside after a person's name and its title, and a closer follows them; else None."""
    if own_name_before(pos, tags) or not _opens_aside(t, head_end, rules):
        return None  # "Tổng Công ty Nam Thái Sơn [nêu góc nhìn], ...": after the name's own name, the predicate
    p = pos
    for _ in range(_ASIDE_WORDS):
        we = t.word_end(p)
        if not we or not t.raw[p:we].isalpha() or not t.raw[p].islower():
            return None
        low = t.low[p:we]
        nxt = t.word_end(we + 1) if t.raw[we : we + 1] == " " else None
        pair = f"{low} {t.low[we + 1 : nxt]}" if nxt else ""
        if low in rules.topic_stops or low in rules.conjunctions or tags.get(p, "N")[:1] in CLAUSE_TAGS \
                or low in rules.tail_verbs or pair in rules.tail_verbs or pair in rules.topic_stop_pairs:
            return None  # "Hội Nông dân tặng quà [cho] ...", "Công ty X [khẳng định], ...": a clause
        if any(t.raw.startswith(c, we) for c in _CLOSERS):
            return we
        if t.raw[we : we + 1] != " ":
            return None
        p = we + 1
    return None


def _opens_aside(t: Text, head_end: int, rules: BodyRules) -> bool:
    """The head ending at ``head_end`` is printed right after an officer's title (titles.tsv, maybe "nguyên" before
    it; or a ``head_title`` word glued to the head: "trưởng Phòng X") that an opener sets off after a capitalized word
    (the person's name): "Ông A, [phó chủ nhiệm] Tổng cục X", "TS B - [phó chủ tịch] Hiệp hội Y"."""
    lo = max(0, head_end - _TITLE_CHARS)
    at, opener = max(((t.raw.rfind(o, lo, head_end), o) for o in _OPENERS), key=lambda x: x[0])
    if at <= 0 or not t.raw[at - 1].isalpha() or not t.raw[t.raw.rfind(" ", 0, at) + 1].isupper():
        return False
    p = at + len(opener)
    for modifier in _MODIFIERS:
        if t.low.startswith(modifier, p):
            p += len(modifier)
    titles = rules.name_words.posts.stops.titles
    words = [(s, e) for s, e in t.words_after(p) if e < head_end]  # the title's words, then the head's but its last
    if words and t.low[p : words[0][1]] in rules.head_titles and _head_spans(t, words[0][1] + 1, head_end, rules):
        return True  # "trưởng Phòng X": a one-word title glued to the head it shares
    return any(t.low[p:e] in titles and _head_spans(t, e + 1, head_end, rules) for _, e in words[:5])


def _head_spans(t: Text, start: int, end: int, rules: BodyRules) -> bool:
    """A proper head is printed from ``start`` to ``end`` exactly, capitalized."""
    return t.raw[start : start + 1].isupper() and any(
        (m := rx.match(t.low, start)) is not None and m.end() == end for rx, _ in rules.proper_heads)
