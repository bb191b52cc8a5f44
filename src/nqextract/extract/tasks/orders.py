"""A court's order to a party in a civil or administrative judgment:

    Tòa bác yêu cầu khởi kiện của bà A. Chấp nhận yêu cầu độc lập của Trung tâm X, buộc bà A phải hoàn trả ...
    Về trách nhiệm dân sự, tòa buộc Công ty B phải bồi thường 5 tỉ đồng cho ...
    ... phán quyết cuối cùng tại tòa là buộc UBND huyện C phải cấp sổ đỏ cho ông D.

A ``cue_body`` word ("buộc") compels the party named right after it (a person, a body or an agent, whose
action opens with a verb, after a modal) when a court (a ``court_word``: "tòa", "hội đồng xét xử", "bản
án", "phán quyết") is its subject right before it, or when it opens a clause (after punctuation, a
continuation, a conjunction or a ``court_order_opener``: "Trong đó buộc ...") and a court is printed before
it in its sentence, or in the sentence before (same paragraph) when its own sentence opens with the order
or with a ruling (``court_ruling``: "Chấp nhận ..., buộc ...").
Elsewhere "buộc" is a circumstance forcing someone ("Trận thua buộc HLV A phải thay đổi ...") and this
rule is silent. A court that is itself addressed or reached (a ``court_word_not_after`` word before it:
"đề nghị tòa buộc ...", "khởi kiện ra tòa") gives no order; a ``court_word_not`` phrase is no court
("tòa nhà", "tòa soạn"); a ``court_order_not_after`` word before "buộc" makes it passive or a purpose
("bị buộc", "để buộc"), and "tuyên buộc" (``order_not_after``) is left to the pleas it mostly opens.
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
    alt = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    not_after = "".join(rf"(?<!\b{re.escape(b)} )" for b in before)
    no_court = rf"(?!(?:{'|'.join(map(re.escape, nots))})(?!\w))" if nots else ""
    return re.compile(rf"(?<!\w){not_after}{no_court}(?:{alt})(?!\w)")


def _phrases(sc: TaskScan, kind: str) -> tuple[str, ...]:
    return tuple(" ".join(p) for p in sc.rules.phrases.get(kind, ()))


def court_before(sc: TaskScan, words: Words, k: int) -> bool:
    """A ruling court is printed before ``words[k]``: in its sentence, or in the one before it in the
    same paragraph when the sentence opens with the order or with a ruling (``court_ruling``: "Tòa bác
    ... . Chấp nhận ..., buộc ..."), never after a circumstance of its own ("... . Mưa lớn, buộc ...")."""
    court = _phrases(sc, "court_word")
    if not court:
        return False
    pattern = _court_pattern(court, _phrases(sc, "court_word_not"), _phrases(sc, "court_word_not_after"))
    start = words[0].start
    if pattern.search(" ".join(lower_text(sc.text[start:words[k].start]).split())):
        return True
    line = sc.text.rfind("\n", 0, start) + 1
    before = lower_text(sc.text[max(line, start - LOOKBACK_CHARS):start]).rstrip()
    previous = _SENTENCE_END.split(before)[-1] if before else ""
    return pattern.search(" ".join(previous.split())) is not None and _opens_order(sc, words, k)


def _opens_order(sc: TaskScan, words: Words, k: int) -> bool:
    """The sentence opens with the order at ``words[k]`` (after quotes, a continuation or a
    ``court_order_opener``: "Đồng thời, buộc ...", "Trong đó buộc ...") or with a ruling."""
    r = sc.rules
    i = 0
    while i < k and words[i].text in QUOTES:
        i += 1
    if r.match(words, i, "court_ruling"):
        return True
    n = r.match(words, i, "continuation") or r.match(words, i, "court_order_opener")
    i += n
    while n and i < k and words[i].text == ",":
        i += 1
    return i == k


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
    court = _phrases(sc, "court_word")
    region = " ".join(lower_text(sc.text[words[0].start:words[k].start]).split())
    pattern = _court_pattern(court, _phrases(sc, "court_word_not"), _phrases(sc, "court_word_not_after"))
    return any(m.end() == len(region) for m in pattern.finditer(region))
