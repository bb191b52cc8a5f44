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
            break
        rest = scan.low[e:lead]
        if not rest.startswith(" có ") or rest.startswith(" có mặt") or any(c in rest for c in _LIST_STOPS):
            continue
        if any(scan.words_before(s, n) in cues for n in (1, 2, 3)):
            return kb
        break
    return _unmarked_body(scan, lead)


_HAS = " có "
_RUN_WORDS = 6  # capitalized words of an unmarked body's name


def _unmarked_body(scan: ArticleScan, lead: int) -> str | None:
    """"Đại diện phía The Colombo Times có Tổng Biên tập A": a capitalized name the bodies component left unmarked,
    between a listing cue and "có" before the chain in the same clause; a place ("về phía Việt Nam có") or a
    person's name is no represented body."""
    at = scan.low.rfind(_HAS, max(0, lead - _LIST_SPAN), lead)
    if at < 0 or any(c in scan.low[at:lead] for c in _LIST_STOPS):
        return None
    words, pos = [], at
    while len(words) < _RUN_WORDS and (w := scan.prev_word(pos)) is not None and \
            scan.text[w[1] : pos] == (" " if words else ""):
        if not scan.text[w[0]].isupper():
            break
        words.append(w)
        pos = w[0]
    if not words or not any(scan.words_before(pos, n) in scan.rules.represented_cues for n in (1, 2, 3)):
        return None
    start = words[-1][0]
    if start in scan.place_at or any(s == start for s, _e in scan.unit_places) or scan.is_per(start, at):
        return None
    return scan.text[start:at]
