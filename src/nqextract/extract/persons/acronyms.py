"""persons: a title followed by an acronym the article defines after a body's full name ("chủ tịch TWAS" after
"Viện Hàn lâm khoa học thế giới (TWAS)", "chủ tịch HAMEE" after "Hội Doanh nghiệp cơ khí - điện TP.HCM (HAMEE)"):
the body is that full name."""

from __future__ import annotations

import re
from bisect import bisect_left

from .levels import spelled_place
from .scan import ArticleScan, is_acronym, is_cap

_DEFINED_AS = "[ \t]*\\([ \t]*{}[ \t]*\\)"
_ACRONYM_GAP = re.compile(r"[ \t]+(?:[-–][ \t]+)?")


def acronym_body(scan: ArticleScan, pos: int, limit: int = 16) -> tuple[str, int] | None:
    """A title followed by an acronym the article defines after a body's full name ("Viện Hàn lâm khoa học
    thế giới (TWAS)", "Đảng Hành động nhân dân (PAP)"): that full name and the acronym's end; None when the
    article defines it nowhere, or not after a name opening with a body head."""
    text = scan.text
    i = bisect_left(scan.word_starts, pos)
    k = i
    while k + 1 < len(scan.words) and text[scan.words[k][1] : scan.words[k + 1][0]] == " " \
            and is_acronym(text[scan.words[k + 1][0] : scan.words[k + 1][1]]):
        k += 1  # "VIFA UK"
    end = scan.words[k][1]
    acro = text[pos:end]
    for m in re.finditer(_DEFINED_AS.format(re.escape(acro)), text):
        if m.start() == end or m.end() > pos and m.start() < end:
            continue
        full = next((kb for _s, e, kb in scan.bodies if e == m.start()), None)
        if full is None:
            full = _name_before(scan, m.start(), limit)
        if full is not None:
            return full, end
    return None


def _name_before(scan: ArticleScan, at: int, limit: int) -> str | None:
    """The body name printed right before ``at``: from the first capitalized body head among the words
    before it (no punctuation but a spaced dash between them, no title or name start), up to ``at``."""
    rx = scan.rules.body_heads_re
    if rx is None:
        return None
    text = scan.text
    name_end = at
    at = next((s for s, e in scan.unit_places if e == at), at)  # "... TP.HCM (HAMEE)": the place, one word
    k = bisect_left(scan.word_starts, at) - 1
    begin = None
    n = 0
    while k >= 0 and n < limit and scan.words[k][1] <= at:
        s, e = scan.words[k]
        nxt_start = scan.words[k + 1][0] if k + 1 < len(scan.words) and scan.words[k + 1][0] < at else at
        if e != at and not _ACRONYM_GAP.fullmatch(text[e:nxt_start]) or s in scan.title_starts:
            break
        if is_cap(text[s:e]) and rx.match(scan.key, s) is not None:
            begin = s
        k -= 1
        n += 1
    if begin is None:
        return None
    if " " not in text[begin:name_end].strip():
        return None
    return spelled_place(scan, begin, name_end)
