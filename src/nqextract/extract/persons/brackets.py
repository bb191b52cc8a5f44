"""persons, chains: a bracketed aside printed between a title's body and the holder's name."""

from __future__ import annotations

import re

from .scan import ArticleScan, is_acronym

_BRACKET = re.compile(r"\(([^()\n]{2,40})\)")


def past_bracket(scan: ArticleScan, pos: int) -> int | None:
    """The start of the name after "(ACRONYM)" or "(Country)" printed at ``pos``, between a chain's body and its
    holder ("Tổng Giám đốc Quỹ X (QX) Anna Berg", "Thủ hiến vùng Y (Bỉ) Rudy Dam"), else None: the bracket
    holds one acronym or one known place only, and a capitalized word follows it after one space."""
    m = _BRACKET.match(scan.text, pos)
    if m is None:
        return None
    inner = m.group(1)
    acronym = " " not in inner and is_acronym(inner)
    place = scan.place_at.get(m.start(1)) == m.end(1)
    if not (acronym or place):
        return None
    after = m.end() + 1
    if scan.text[m.end() : after] != " " or not scan.starts_name(after):
        return None
    return after
