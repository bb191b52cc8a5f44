"""persons: offices listed for a body's delegation ("Đại diện Báo X có Tổng Biên tập A, Phó Tổng Biên tập B
và C"): a title printed in the list without a body of its own is an office of the represented body."""

from __future__ import annotations

from .scan import SENTENCE_PUNCT, ArticleScan

_LIST_SPAN = 240  # how far after the body's "có" a listed office may stand
_LIST_STOPS = SENTENCE_PUNCT + ";:()"


def represented_body(scan: ArticleScan, lead: int) -> str | None:
    """The body a listing cue names before the chain led at ``lead`` in the same sentence ("đại diện",
    "về phía" + body + "có"; represented_cue rows of person_context.tsv), or None."""
    cues = scan.rules.represented_cues
    if not cues:
        return None
    for s, e, kb in reversed(scan.bodies):
        if e > lead:
            continue
        if lead - e > _LIST_SPAN:
            return None
        rest = scan.low[e:lead]
        if not rest.startswith(" có ") or rest.startswith(" có mặt") or any(c in rest for c in _LIST_STOPS):
            continue
        if any(scan.words_before(s, n) in cues for n in (1, 2, 3)):
            return kb
        return None
    return None
