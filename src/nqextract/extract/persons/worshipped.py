"""persons: the person a temple, a shrine or an altar worships, printed after the verb "thờ" ("đền thờ A", "nhà
thờ chí sĩ yêu nước B", "để thờ Đức Thánh C", "nơi tôn thờ “Quốc Tổ” D"): a historical figure, a person though a
place's word stands before the name.

The name is read as a name printed after an honorific is (names.read_name: a known family name and more
capitalized syllables) and ends before a known place printed after it ("đền thờ A Phú Yên", "nhà thờ B Huế": the
temple's province). With no epithet between the verb and the name (person_context.tsv worship_epithet, or a
phrase in quotes holding an epithet or a worship_title word: "“Quốc Tổ”", not "“độc nhất vô nhị”") it needs a
known middle name and three syllables or more ("đền thờ Lương Văn Chánh"), so a church's name after "nhà thờ" is
none ("nhà thờ Tân Định", "nhà thờ Đức Bà"); "đồ thờ" (worship goods: a shop named after its owner) is no cue."""

from __future__ import annotations

import re

from ...textnorm import fold
from .names import read_name
from .scan import WORD, ArticleScan

_VERB = re.compile(r"(?<![\w])thờ(?![\w])")
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{1,40})[\"”][ \t\u00a0]+")
_NOT_AFTER = frozenset({"do"})  # "đồ thờ" folded


def _past_epithet(scan: ArticleScan, pos: int) -> tuple[int, bool]:
    """``pos`` past an epithet printed between the verb and the name, and whether there was one."""
    m = _QUOTED.match(scan.text, pos)
    if m is not None:
        titled = scan.rules.worship_title_re
        return (m.end(), True) if titled is not None and titled.search(fold(m.group(1))) else (pos, False)
    low = fold(scan.text[pos : pos + 40])
    for ep in scan.rules.worship_epithets:  # longest first
        if low.startswith(ep + " "):
            return scan.skip_spaces(pos + len(ep)), True
    return pos, False


def _before_place(scan: ArticleScan, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The name's words up to a known place printed after its second ("A B Phú Yên" -> "A B")."""
    for i in range(2, len(words)):
        if words[i][0] in scan.place_at:
            return words[:i]
    return words


def worshipped_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """Names printed after "thờ" (module doc) that ``found`` lacks."""
    out = []
    rules = scan.rules
    for m in _VERB.finditer(scan.text):
        prev = scan.prev_word(m.start())
        if prev is not None and fold(scan.text[prev[0] : prev[1]]) in _NOT_AFTER:
            continue
        pos, epithet = _past_epithet(scan, scan.skip_spaces(m.end()))
        span = read_name(scan, pos, foreign=False)
        if span is None or span[0] in found:
            continue
        run = _before_place(scan, [(w.start() + span[0], w.end() + span[0])
                                   for w in WORD.finditer(scan.text[span[0] : span[1]])])
        words = [fold(scan.text[s:e]) for s, e in run]
        if len(run) < 2 or words[0] not in rules.surnames:
            continue
        if not epithet and not (len(run) >= 3 and words[1] in rules.middle_names):
            continue
        s, e = run[0][0], run[-1][1]
        if scan.in_place(s, e) or any(bs < e and s < be for bs, be, _ in scan.bodies):
            continue
        out.append((s, e))
    return out
