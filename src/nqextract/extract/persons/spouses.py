"""persons: the name printed right after a leader's title after a person noun ("Phu nhân Thủ tướng A",
"Trợ lý Chủ tịch nước B"): the spouse's or the aide's, set off or so printed elsewhere, or the holder's."""

from __future__ import annotations

import re

from ...textnorm import fold, is_cap
from .abroad import after_person_noun
from .names import read_name
from .records import Chain
from .scan import ArticleScan

_SET_OFF = re.compile(r"[,\-–—]")


def cleared_for_person_noun(scan: ArticleScan, ch: Chain) -> bool:
    """named_for_person_noun, the chain's target then cleared: the title goes to no name, and no later reading
    of the chain's name (a longer body, an apposed or a set-off name) gives it one ("Phu nhân Thủ tướng Anh
    Helen Carter" read as a body "Anh Helen" before "Carter")."""
    if not named_for_person_noun(scan, ch):
        return False
    ch.target = None
    return True


def named_for_person_noun(scan: ArticleScan, ch: Chain) -> bool:
    """The name the chain points at is the person noun's before the chain (after_person_noun), the wife or
    the aide, not the office holder's: set off by a comma or a dash ("Vợ của Thủ tướng Úc, bà A,", "Phu nhân
    Thủ tướng - bà B -", "Phu nhân Chủ tịch nước C- bà D-"), or printed right after the title when the article
    prints that name right after a spouse noun elsewhere, or a spouse noun set off right after it
    (person_context.tsv spouse_noun: "Phu nhân Chủ tịch nước E" with "Phu nhân E" or "Bà E – Phu nhân" in another
    sentence) and never after a title of its own ("Thủ tướng E"); a name
    right after the title is the holder's otherwise ("Phu nhân Chủ tịch nước C": C is the president; "Trợ lý
    Thủ tướng F ... Bà F", "Con trai Bí thư G ... Cha G": F and G hold the office)."""
    if ch.target is None or not after_person_noun(scan, ch.lead):
        return False
    if _SET_OFF.search(scan.text, ch.end, ch.target) is not None:
        return True
    if ch.target != scan.skip_spaces(ch.end):
        return False
    span = read_name(scan, ch.target, foreign=True)
    if span is None:
        return False
    spouse = False
    for start in _name_starts(scan, ch, span[0]):
        printed = scan.text[start : span[1]]
        for m in re.finditer(rf"(?<!\w){re.escape(printed)}(?!\w)", scan.text):
            if m.start() == start:
                continue
            if _titled_holder(scan, m.start()):
                return False
            spouse = spouse or any(scan.words_before(m.start(), n) in scan.rules.spouse_nouns for n in (1, 2, 3))
            spouse = spouse or _spouse_set_off_after(scan, m.end())
    return spouse


def _name_starts(scan: ArticleScan, ch: Chain, target: int) -> list[int]:
    """Where the name may start: at the target, or at a later word of the last link's body that reached into
    the name ("Phu nhân Thủ tướng Anh Helen Carter": a body "Anh Helen", the name "Helen Carter")."""
    starts = [target]
    at = ch.items[-1].hit.end
    first = scan.word_at(scan.skip_spaces(at))
    if ch.items[-1].body is None or first is None:
        return starts
    for w in re.finditer(r"\S+", scan.text[first[1] : target]):
        if is_cap(w.group()):
            starts.append(first[1] + w.start())
    return starts


_APPOSED = re.compile(r"\s*[,\-–—(]\s*")


def _spouse_set_off_after(scan: ArticleScan, end: int) -> bool:
    """A spouse noun set off right after the name ending at ``end`` ("Bà A – Phu nhân Chủ tịch nước")."""
    m = _APPOSED.match(scan.text, end)
    if m is None:
        return False
    head = fold(scan.text[m.end() : m.end() + 12])
    return any(re.match(rf"{re.escape(n)}(?!\w)", head) for n in scan.rules.spouse_nouns)


def _titled_holder(scan: ArticleScan, pos: int) -> bool:
    """A title of ``titles.tsv`` printed right before the name at ``pos``, with no person noun before it
    ("Thủ tướng E" elsewhere: E holds the office)."""
    for n in (1, 2, 3, 4):
        if scan.rules.title_rule(scan.words_before(pos, n)) is None:
            continue
        at = scan.back_words(pos, n)
        if at is not None and not after_person_noun(scan, at):
            return True
    return False
