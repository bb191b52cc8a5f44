"""persons: the kin noun or personal honorific printed before a name ("Vợ ông, Margaret X", "con trai bà,
Lucas Y", "đệ nhất phu nhân (Jill Z)", "bà Linda X") and the sex it tells, read over the Doc's words."""

from __future__ import annotations

import re

from ...textnorm import fold
from .scan import ArticleScan

_CUE_WORDS = 6  # the words read back from a name for its kin noun
_BREAK = re.compile(r"[.;:!?\"“”\n]")  # a sentence's or a quote's end between the kin noun and the name
_SET_OFF = re.compile(r"[\s,(]*")  # what may stand right before the name: spaces, a comma, a bracket


def kin_cue(scan: ArticleScan, start: int) -> str | None:
    """The sex ("male", "female", "any") a kin noun or a personal honorific printed before the name at
    ``start`` tells: the honorific right before it ("bà Linda X"), or a kin noun of person_context.tsv's
    relative kinds before it, its filler words ("ông", "của mình là") and a comma or a bracket maybe between
    ("Vợ ông, Margaret X", "3 người con của mình là Susie X"); None when no such word is printed there."""
    rules = scan.rules
    words: list[str] = []
    at = start
    for _ in range(_CUE_WORDS):
        w = scan.prev_word(at)
        if w is None or _BREAK.search(scan.text, w[1], at) is not None:
            break
        gap = scan.text[w[1] : at]
        if _SET_OFF.fullmatch(gap) is None:
            break
        if not words and gap.strip() == "" and (sex := rules.kin_cues.get(fold(scan.text[w[0] : w[1]]))) in (
                "male", "female"):
            if fold(scan.text[w[0] : w[1]]) in rules.kin_fillers:
                return sex  # "bà Linda X": the honorific itself
        words.insert(0, fold(scan.text[w[0] : w[1]]))
        at = w[0]
    while words:
        for n in (3, 2, 1):
            if len(words) >= n and (sex := rules.kin_cues.get(" ".join(words[-n:]))) is not None and (
                    n > 1 or words[-1] not in rules.kin_fillers):
                return sex
        if words[-1] not in rules.kin_fillers:
            return None
        words.pop()
    return None
