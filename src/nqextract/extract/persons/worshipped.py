"""persons: the person a temple, a shrine or an altar worships, printed after the verb "thờ" ("đền thờ A", "nhà
thờ chí sĩ yêu nước B", "để thờ Đức Thánh C", "nơi tôn thờ “Quốc Tổ” D"): a historical figure, a person though a
place's word stands before the name.

The name is a known family name and one to three more capitalized syllables; with no epithet between the verb
and the name (person_context.tsv worship_epithet, or any phrase in quotes) it needs a known middle name and
three syllables or more ("đền thờ Lương Văn Chánh"), so a church's name after "nhà thờ" is none ("nhà thờ Tân
Định", "nhà thờ Đức Bà"); "đồ thờ" (worship goods: a shop named after its owner) is no cue."""

from __future__ import annotations

import re

from ...textnorm import fold
from .names import cap_run
from .scan import ArticleScan

_VERB = re.compile(r"(?<![\w])thờ(?![\w])")
_QUOTED = re.compile(r"[\"“][^\"“”\n]{1,40}[\"”][ \t\u00a0]+")
_NOT_AFTER = frozenset({"do"})  # "đồ thờ" folded


def _past_epithet(scan: ArticleScan, pos: int) -> tuple[int, bool]:
    """``pos`` past an epithet printed between the verb and the name, and whether there was one."""
    m = _QUOTED.match(scan.text, pos)
    if m is not None:
        return m.end(), True
    low = fold(scan.text[pos : pos + 40])
    for ep in scan.rules.worship_epithets:  # longest first
        if low.startswith(ep + " "):
            return scan.skip_spaces(pos + len(ep)), True
    return pos, False


def worshipped_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """Names printed after "thờ" (module doc) that ``found`` lacks."""
    out = []
    rules = scan.rules
    for m in _VERB.finditer(scan.text):
        prev = scan.prev_word(m.start())
        if prev is not None and fold(scan.text[prev[0] : prev[1]]) in _NOT_AFTER:
            continue
        pos, epithet = _past_epithet(scan, scan.skip_spaces(m.end()))
        run = cap_run(scan, pos, limit=4)
        if not 2 <= len(run) <= 4 or run[0][0] in found:
            continue
        words = [fold(scan.text[s:e]) for s, e in run]
        if words[0] not in rules.surnames:
            continue
        if not epithet and not (len(run) >= 3 and words[1] in rules.middle_names):
            continue
        s, e = run[0][0], run[-1][1]
        if scan.in_place(s, e) or any(bs < e and s < be for bs, be, _ in scan.bodies):
            continue
        out.append((s, e))
    return out
