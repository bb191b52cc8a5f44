"""A foreign office named by its seat (body_seats: "Nhà Trắng") is a body where it acts or is spoken for: the
subject of a reporting or acting verb ("Nhà Trắng cũng đã ra tuyên bố"), after a spokesman's or an officer's title
("Người phát ngôn Nhà Trắng", "Chánh văn phòng Nhà Trắng") or a statement's "của" ("thông cáo của Nhà Trắng"), or
a sentence's source before a comma ("Theo Điện Kremlin, ..."). Never as the subject inside a longer capitalized
name ("Công ty TNHH Nhà Trắng cho biết"), never in quotes (a title: "bộ phim “Nhà Trắng”"), never after a verb of motion, a locative
or a business's or a work's noun ("rời Nhà Trắng", "tại Nhà Trắng", "khách sạn Nhà Trắng"), nor in a credit."""

from __future__ import annotations

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_QUOTES = "\"“”'‘’«»"
_WINDOW = 40


def seat_mentions(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """Every seat printed capitalized where it acts or is spoken for, named by its office (source "seat")."""
    seats = rules.seats
    if seats.forms is None:
        return []
    out = []
    names = {" ".join(fold(f).split()): name for f, name in seats.names}
    for m in seats.forms.finditer(t.low):
        start, end = m.start(), m.end()
        if not t.capital_at(start) or _quoted(t, start, end):
            continue
        before = t.low[max(0, start - _WINDOW) : start]
        owner = seats.owner_before.search(before) if seats.owner_before else None
        if owner is not None and owner.group("src") is not None and not t.raw.startswith(",", end):
            owner = None  # "theo Nhà Trắng" with no comma after: not a source named
        acting = owner is not None or (
            not _after_capital(t, start) and not (seats.not_before and seats.not_before.search(before))
            and seats.verb_after is not None and seats.verb_after.match(t.low, end) is not None)
        if acting:
            out.append(BodyMatch(start, end, names[" ".join(m.group(0).split())], "seat"))
    return out


def _quoted(t: Text, start: int, end: int) -> bool:
    """Quotes around the seat's words: a title ("bộ phim “Nhà Trắng”")."""
    i = start
    while i > 0 and t.raw[i - 1] in " \t":
        i -= 1
    return (i > 0 and t.raw[i - 1] in _QUOTES) or t.raw[end : end + 1] in tuple(_QUOTES)


def _after_capital(t: Text, start: int) -> bool:
    """A capitalized word or a number right before the seat's words: part of another name ("Công ty TNHH Nhà
    Trắng", "Khách sạn Sao Nhà Trắng"); a title's capitals before it are read by the caller first."""
    i = start
    while i > 0 and t.raw[i - 1] in " \t":
        i -= 1
    if i == start or i == 0 or not t.raw[i - 1].isalnum():
        return False
    j = i
    while j > 0 and (t.raw[j - 1].isalnum() or t.raw[j - 1] in "&.-"):
        j -= 1
    return t.raw[j].isupper() or t.raw[j].isdigit()
