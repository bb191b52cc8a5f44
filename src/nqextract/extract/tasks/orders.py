"""A court's order to a party in a civil or administrative judgment:

    Tòa bác yêu cầu khởi kiện của bà A. Chấp nhận yêu cầu độc lập của Trung tâm X, buộc bà A phải hoàn trả ...
    Về trách nhiệm dân sự, tòa buộc Công ty B phải bồi thường 5 tỉ đồng cho ...
    ... phán quyết cuối cùng tại tòa là buộc UBND huyện C phải cấp sổ đỏ cho ông D.

A ``cue_body`` word ("buộc") compels the party named right after it (a person, a body or an agent, whose
action opens with a verb, after a modal) when a court (a ``court_word``: "tòa", "hội đồng xét xử", "bản
án", "phán quyết") is its subject right before it ("tòa buộc ..."), or when it opens a clause (after a comma,
a continuation or a conjunction) whose clause right before has for subject a court, or an administrative
authority (``order_authority``: "UBND", "thanh tra"), and for verb its ruling (``court_ruling``: "bác đơn",
"chấp nhận yêu cầu", "tuyên"; ``authority_ruling``: "ra quyết định", "kết luận"): "HĐXX chấp nhận yêu cầu
..., buộc bà A ...". A clause opening with a ruling and no subject ("Chấp nhận yêu cầu ..., buộc ...") takes
the court of the clause or the sentence before; so does a sentence opening with the order ("Trong đó buộc
...", "Đồng thời, buộc ...") after one naming the judgment.
Elsewhere "buộc" is a circumstance forcing someone ("Trận thua buộc HLV A phải thay đổi ...", "Tòa án X chặn
chính sách ..., buộc Nhà Trắng phải ...", "Sau khi tòa bác đơn, áp lực tăng, buộc ông A ...") and this rule
is silent. A court that is itself addressed or reached (a ``court_word_not_after`` word before it: "đề nghị
tòa buộc ...", "khởi kiện ra tòa") gives no order; a ``court_word_not`` phrase is no court ("tòa nhà", "tòa
soạn"), nor is "tòa" before a capitalized or numbered label ("tòa B2", "tòa HH4"); a
``court_order_not_after`` word before "buộc" makes it passive or a purpose ("bị buộc", "để buộc"), and
"tuyên buộc" (``order_not_after``) is left to the pleas it mostly opens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .actions import starts_action
from .assignees import directive, named_assignee, person_after_pronoun
from .rules import LOOKBACK_CHARS, QUOTES
from .scan import TaskScan
from .words import Words, lower_text

_SENTENCE_END = re.compile(r"[.!?…]\s")


@lru_cache(maxsize=4)
def _court_pattern(words: tuple[str, ...], nots: tuple[str, ...], before: tuple[str, ...]) -> re.Pattern[str]:
    def spaced(p: str) -> str:
        return r"\s+".join(map(re.escape, p.split()))
    alt = "|".join(map(spaced, sorted(words, key=len, reverse=True)))
    not_after = "".join(rf"(?<!\b{re.escape(b)} )" for b in before)
    no_court = rf"(?!(?:{'|'.join(map(spaced, nots))})(?!\w))" if nots else ""
    return re.compile(rf"(?<!\w){not_after}{no_court}(?:{alt})(?!\w)")


def _phrases(sc: TaskScan, kind: str) -> tuple[str, ...]:
    return tuple(" ".join(p) for p in sc.rules.phrases.get(kind, ()))


def _courts(sc: TaskScan, a: int, b: int) -> list[re.Match[str]]:
    """The courts printed in ``sc.text[a:b]`` (one space between words), never a building ("tòa B2")."""
    court = _phrases(sc, "court_word")
    if not court:
        return []
    pattern = _court_pattern(court, _phrases(sc, "court_word_not"), _phrases(sc, "court_word_not_after"))
    region = lower_text(sc.text[a:b])
    return [m for m in pattern.finditer(region) if not _building(m.group(0), sc.text[a + m.end():b])]


def _building(word: str, after: str) -> bool:
    """A bare "tòa" before a capitalized or numbered label is a building ("tòa A", "Tòa HH4")."""
    nxt = after.lstrip()[:1]
    return word == "tòa" and after[:1] == " " and (nxt.isupper() or nxt.isdigit())


def court_before(sc: TaskScan, words: Words, k: int) -> bool:
    """A ruling court is the subject of the clause right before ``words[k]`` ("HĐXX chấp nhận yêu cầu ...,
    buộc ..."), or the sentence opens with the order (:func:`_opens_order`) after one naming the court."""
    return subject_before(sc, words, k) is not None or _previous_court(sc, words, k) is not None


def _previous_court(sc: TaskScan, words: Words, k: int) -> tuple[int, int] | None:
    """The (start, end) of the first court printed in the sentence before (same paragraph) when the
    sentence opens with the order at ``words[k]`` (:func:`_opens_order`); else None."""
    if not _opens_order(sc, words, k):
        return None
    start = words[0].start
    line = sc.text.rfind("\n", 0, start) + 1
    a = max(line, start - LOOKBACK_CHARS)
    before = sc.text[a:start].rstrip()
    previous = _SENTENCE_END.split(before)[-1] if before else ""
    if not previous:
        return None
    b = a + len(before) - len(previous)
    courts = _courts(sc, b, b + len(previous))
    return (b + courts[0].start(), b + courts[0].end()) if courts else None


def _opens_order(sc: TaskScan, words: Words, k: int) -> bool:
    """The sentence opens with the order at ``words[k]`` (after quotes, a continuation or a
    ``court_order_opener``: "Đồng thời, buộc ...", "Trong đó buộc ...") or with a ruling clause ("Chấp nhận
    yêu cầu ..., buộc ...")."""
    r = sc.rules
    i = 0
    while i < k and words[i].text in QUOTES:
        i += 1
    if _ruling_at(sc, words, i, "court_ruling") and _clause_start(words, _clause_end(sc, words, k)) == i:
        return True
    n = r.match(words, i, "continuation") or r.match(words, i, "court_order_opener")
    i += n
    while n and i < k and words[i].text == ",":
        i += 1
    return i == k


def _ruling_at(sc: TaskScan, words: Words, i: int, kind: str) -> int:
    r = sc.rules
    return 0 if r.match(words, i, "court_ruling_not") else r.match(words, i, kind)


def _clause_end(sc: TaskScan, words: Words, k: int) -> int:
    """The end of the clause before the order at ``words[k]``: its comma, before a continuation."""
    r = sc.rules
    e = k - (r.ending(words, k, "continuation") or r.ending(words, k, "conjunction"))
    while e > 0 and words[e - 1].text == ",":
        e -= 1
    return e


def _clause_start(words: Words, e: int) -> int:
    return next((q + 1 for q in range(e - 1, -1, -1) if words[q].text in {",", ";", ":"}), 0)


def subject_before(sc: TaskScan, words: Words, k: int) -> tuple[int, int] | None:
    """The words (subject, verb) where the court or authority ordering at ``words[k]`` is printed: the subject of the
    clause right before, whose verb is its ruling (none across another verb: "Tòa án X chặn ..., buộc ..."),
    or, for a clause opening with a ruling, of the clause before it in the sentence; else None."""
    r = sc.rules
    e = _clause_end(sc, words, k)
    if e == k or e == 0:
        return None
    while e > 0:
        c = _clause_start(words, e)
        while c < e and words[c].text in QUOTES:
            c += 1
        if _ruling_at(sc, words, c, "court_ruling"):  # "..., chấp nhận yêu cầu ..., buộc ...": the same court
            e = c - 1
            continue
        if (n := r.match(words, c, "court_word")) and not r.match(words, c, "court_word_not") \
                and not (n == 1 and c + 1 < e and (words[c + 1].upper or words[c + 1].text[:1].isdigit())):
            kind = "court_ruling"
        elif (n := r.match(words, c, "order_authority")):
            kind = "authority_ruling"
        else:
            return None
        for q in range(c + n, e):
            if _ruling_at(sc, words, q, kind):
                return c, q
            if words[q].verb and not any(f.start <= words[q].start < f.end for f in sc.protected):
                return None
        return None
    return None


def court_order(sc: TaskScan, words: Words, k: int) -> int:
    """The length of a ``cue_body`` word at ``words[k]`` giving a court's order to the party named after
    it (see the module), else 0."""
    r = sc.rules
    m = r.match(words, k, "cue_body")
    if not m or k + m >= len(words) or words[k].upper or words[k].inner \
            or r.ends(words, k, "order_not_after") or r.ends(words, k, "court_order_not_after"):
        return 0
    j = k + m
    named = person_after_pronoun(sc, words, j)
    d = named_assignee(sc, words, named) if named > j else directive(sc, words, j, cue=True)
    if d is None or not starts_action(sc, words, d.action_start):
        return 0
    if k > 0 and not (words[k - 1].punct or r.ends(words, k, "continuation") or r.ends(words, k, "conjunction")
                      or r.ends(words, k, "court_order_opener")):
        return m if _court_right_before(sc, words, k) else 0  # "tòa buộc ...", never "trận thua buộc ..."
    return m if court_before(sc, words, k) else 0


def _court_right_before(sc: TaskScan, words: Words, k: int) -> bool:
    """The words right before ``words[k]`` are a court ("tòa", "hội đồng xét xử"), its subject."""
    region = sc.text[words[0].start:words[k].start].rstrip()
    return any(m.end() == len(region) for m in _courts(sc, words[0].start, words[k].start))


def order_giver(sc: TaskScan, words: Words, k: int, speaker: str | None, assignee: str) -> str | None:
    """Who orders at ``words[k]``: the court or authority subject of the clause before (its name, or the
    words printed), else the speaker found when it names a court or an authority, never the assignee."""
    if (cq := subject_before(sc, words, k)) is not None:
        c, q = cq
        return _named(sc, words[c].start, words[q - 1].end)
    if (span := _previous_court(sc, words, k)) is not None:
        return _named(sc, *span)
    if speaker is None or speaker == assignee:
        return None
    low = f" {' '.join(lower_text(speaker).split())} "
    heads = _phrases(sc, "court_word") + _phrases(sc, "order_authority")
    return speaker if any(f" {h} " in low for h in heads) else None


def _named(sc: TaskScan, start: int, end: int) -> str:
    """The body printed from ``start`` (its name), else the words printed to ``end``."""
    named = [f for f in sc.bodies if f.start == start]
    return max(named, key=lambda f: f.end).kb if named else " ".join(sc.text[start:end].split())
