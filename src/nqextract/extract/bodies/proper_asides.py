"""Phase 4, where a proper name's lower-case tail that the tagger reads as verbs closes an aside: the name is set off
after a person's name (", ", " - ", " (" right after it: an honorific or a title before it, "ông A", "TS B", or a
Vietnamese full name, not a place, "Ở Đà Nẵng, ...") with an officer's title right before its head ("Ông A, phó chủ
nhiệm Tổng cục Công nghiệp [quốc phòng], cho biết", "TS B - phó chủ tịch Hiệp hội Doanh nghiệp [đầu tư nước ngoài] -
cũng khẳng định"). Such an aside holds a title and its body only, no clause: the lower-case words up to the mark that
closes it (a comma, a dash, a bracket) are the name's when they read as a field, never as a predicate:

- a field word closing the name, no object after it: a word of a known body's name or a line of business (bodies.tsv,
  ``business_line``: "Công nghiệp [quốc phòng]", as in "Bộ Quốc phòng"; "sản phẩm [bán buôn]");
- a line of business and one noun, its object, right after the name's capitalized words ("Doanh nghiệp [đầu tư]
  nước ngoài").

Anything else is a predicate, the aside never closed: an action verb and its object ("Ông A, chủ tịch Hiệp hội Du lịch
[kêu gọi doanh nghiệp giảm giá], ..."), a verb with an object after the name's own lower-case words ("Quỹ Bảo vệ môi
trường [quản lý nguồn vốn]"), a verb after a noun of the run ("[khởi nghiệp cấp giấy chứng nhận]"), a clause word (a
stop word, "và", a preposition, an adverb, a number, a ``tail_verb``: "khẳng định"); so is any word after a name's own
proper name ("Công ty Minh Phát [nêu ý kiến], ..."). The name then stays where the tail stopped."""

from __future__ import annotations

from ...nlp import CLAUSE_TAGS
from ...textnorm import fold
from ..body_rules import BodyRules
from .firm_ends import own_name_before
from .scan import Text

_OPENERS = (", ", " - ", " – ", " (")  # what sets an aside off after a person's name
_CLOSERS = (",", " - ", " – ", ")")  # what closes it after its body
_TITLE_CHARS = 60  # how far before its head an aside may open (the title and its modifiers)
_ASIDE_WORDS = 6  # the lower-case words a name may hold before the aside's closer
_NAME_WORDS = 4  # the capitalized words of a person's name before the opener
_PERSON_CHARS = 40  # how far before the name its honorific or title may start ("Thiếu tướng", "ông")


def aside_end(t: Text, pos: int, rules: BodyRules, tags: dict[int, str], head_end: int) -> int | None:
    """End of the lower-case words from ``pos`` (the first one the tail stopped at) when the name whose head ends at
    ``head_end`` opens an aside after a person's name and its title, and the words up to the aside's closer read as
    its field (see the module); else None."""
    if own_name_before(pos, tags) or not _opens_aside(t, head_end, rules):
        return None  # "Tổng Công ty Nam Thái Sơn [nêu góc nhìn], ...": after the name's own name, the predicate
    end = _closer_end(t, pos, rules, tags)
    if end is None:
        return None
    run = [(fold(t.raw[s:e]), tags[s]) for s, e in _tokens(t, pos, end, tags)]
    lead = next((i for i, (_, tag) in enumerate(run) if tag[:1] == "N"), len(run))  # the verbs before any noun
    verbs, obj = [w for w, _ in run[:lead]], run[lead:]
    lines = rules.name_words.lines
    if not obj:  # "Công nghiệp [quốc phòng]", "sản phẩm [bán buôn]": a field word closing the name, no object
        return end if all(w in rules.name_words.asides.fields or w in lines for w in verbs) else None
    if len(obj) != 1 or not _capital_before(t, pos, tags):
        return None  # "Quỹ Bảo vệ môi trường [quản lý nguồn vốn]": a verb and its object after the name's own field;
        # "[khởi nghiệp cấp giấy chứng nhận]": a verb after a noun of the run
    return end if all(w in lines for w in verbs) else None  # "Hiệp hội Du lịch [kêu gọi doanh nghiệp]": a predicate


def _closer_end(t: Text, pos: int, rules: BodyRules, tags: dict[int, str]) -> int | None:
    """End of the lower-case words from ``pos`` right before an aside's closer, none of them a clause word."""
    p = pos
    for _ in range(_ASIDE_WORDS):
        we = t.word_end(p)
        if not we or not t.raw[p:we].isalpha() or not t.raw[p].islower():
            return None
        low = t.low[p:we]
        nxt = t.word_end(we + 1) if t.raw[we : we + 1] == " " else None
        pair = f"{low} {t.low[we + 1 : nxt]}" if nxt else ""
        if low in rules.topic_stops or low in rules.checks.grammar.conjunctions or tags.get(p, "N")[:1] in CLAUSE_TAGS \
                or low in rules.tail_verbs or pair in rules.tail_verbs or pair in rules.topic_stop_pairs:
            return None  # "Hội Nông dân tặng quà [cho] ...", "Công ty X [khẳng định], ...": a clause
        if any(t.raw.startswith(c, we) for c in _CLOSERS):
            return we
        if t.raw[we : we + 1] != " ":
            return None
        p = we + 1
    return None


def _tokens(t: Text, start: int, end: int, tags: dict[int, str]) -> list[tuple[int, int]]:
    """The tagger's words from ``start`` (one of them) to ``end``: each up to the blank before the next."""
    starts = [s for s in range(start, end) if s in tags]
    return [(s, (starts[i + 1] if i + 1 < len(starts) else end)) for i, s in enumerate(starts)]


def _capital_before(t: Text, pos: int, tags: dict[int, str]) -> bool:
    """The tagger's word ending before ``pos`` is capitalized: the name's lower-case words open at ``pos``."""
    prev = next((s for s in range(pos - 2, max(-1, pos - 40), -1) if s in tags), None)
    return prev is not None and t.capital_at(prev)


def _opens_aside(t: Text, head_end: int, rules: BodyRules) -> bool:
    """The head ending at ``head_end`` is printed right after an officer's title (titles.tsv, maybe a former or acting
    word before it: "nguyên", "quyền"; or a ``head_title`` word glued to the head: "trưởng Phòng X") that an opener
    sets off after a person's name: "Ông A, [phó chủ nhiệm] Tổng cục X", "TS B - [phó chủ tịch] Hiệp hội Y"."""
    lo = max(0, head_end - _TITLE_CHARS)
    at, opener = max(((t.raw.rfind(o, lo, head_end), o) for o in _OPENERS), key=lambda x: x[0])
    if at <= 0 or not _person_before(t, at, rules):
        return False
    p = at + len(opener)
    asides = rules.name_words.asides
    while modifier := next((m for m in asides.modifiers if t.low.startswith(m + " ", p)), None):
        p += len(modifier) + 1
    words = [(s, e) for s, e in t.words_after(p) if e < head_end]  # the title's words, then the head's but its last
    if words and t.low[p : words[0][1]] in rules.head_titles and _head_spans(t, words[0][1] + 1, head_end, rules):
        return True  # "trưởng Phòng X": a one-word title glued to the head it shares
    return any(t.low[p:e] in asides.titles and _head_spans(t, e + 1, head_end, rules) for _, e in words[:5])


def _person_before(t: Text, at: int, rules: BodyRules) -> bool:
    """A person's name ends at ``at``: capitalized words after an honorific or a title (person_honorifics.tsv,
    titles.tsv: "ông A", "TS Nguyễn Văn B", "Thiếu tướng C"), or a Vietnamese full name, a surname and a middle name
    or two more words, that no place opens ("Nguyễn Văn A"; not "Tại Hà Nội", "Ở Đà Nẵng")."""
    starts: list[int] = []  # where the name may start, nearest first: its capitalized words back from ``at``
    p = at
    while len(starts) < _NAME_WORDS and p > 0 and t.raw[p - 1].isalpha():
        s = p - 1
        while s > 0 and (t.raw[s - 1].isalpha() or t.raw[s - 1] == "."):
            s -= 1
        if not t.capital_at(s):
            break
        starts.append(s)
        if t.raw[s - 1 : s] != " ":
            break
        p = s - 1
    if rules.person_before is not None and any(
            rules.person_before.search(t.low, max(0, s - _PERSON_CHARS), s) for s in starts):
        return True  # "bà Nguyễn Thị B", "Ông A": an honorific (capitalized or not) before the name
    for s in starts:
        words = t.low[s:at].split()
        if len(words) >= 2 and words[0] in rules.surnames and (len(words) > 2 or words[1] in rules.middle_names) \
                and not (rules.places is not None and rules.places.match(t.low, s)):
            return True
    return False


def _head_spans(t: Text, start: int, end: int, rules: BodyRules) -> bool:
    """A proper head is printed from ``start`` to ``end`` exactly, capitalized."""
    return t.raw[start : start + 1].isupper() and any(
        (m := rx.match(t.low, start)) is not None and m.end() == end for rx, _ in rules.proper_heads)
