"""A foreign office named by its seat (body_seats: "Nhà Trắng") is a body where it acts or is spoken for: the
subject of a reporting or acting verb ("Nhà Trắng cũng đã ra tuyên bố", "Nhà Trắng và Lầu Năm Góc cho biết") at the
start of a sentence or a clause or after a conjunction or a reporting verb ("Ngày 25-11, Nhà Trắng cho biết", "cho
biết Lầu Năm Góc tin rằng"), after a spokesman's or an officer's title ("Người phát ngôn Nhà Trắng", "Chánh văn
phòng Nhà Trắng") or a statement's "của" ("thông cáo của Nhà Trắng"), or a sentence's source before a comma ("Theo
Điện Kremlin, ..."). Anything else before a subject (a business's or a work's noun, a verb of motion, a locative:
"Siêu thị Nhà Trắng thông báo", "rời Nhà Trắng", "tại Nhà Trắng"), quotes around it (a title: "bộ phim “Nhà
Trắng”") or a credit ("Ảnh: Nhà Trắng", "(Nguồn: Nhà Trắng)"): no body."""

from __future__ import annotations

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
    for m in seats.forms.finditer(t.low):
        start, end = m.start(), m.end()
        if not t.capital_at(start) or _quoted(t, start, end):
            continue
        before = ("\n" if start <= _WINDOW else "") + t.low[max(0, start - _WINDOW) : start]
        if seats.credit_before is not None and seats.credit_before.search(before):
            continue
        owner = seats.owner_before.search(before) if seats.owner_before else None
        if owner is not None and owner.group("src") is not None and not t.raw.startswith(",", end):
            owner = None  # "theo Nhà Trắng" with no comma after: not a source named
        acting = owner is not None or (
            seats.subject_before is not None and seats.subject_before.search(before) is not None
            and seats.verb_after is not None and seats.verb_after.match(t.low, end) is not None)
        if acting:
            out.append(BodyMatch(start, end, seats.by_form[" ".join(m.group(0).split())], "seat"))
    return out


def _quoted(t: Text, start: int, end: int) -> bool:
    """Quotes around the seat's words: a title ("bộ phim “Nhà Trắng”")."""
    i = start
    while i > 0 and t.raw[i - 1] in " \t":
        i -= 1
    return (i > 0 and t.raw[i - 1] in _QUOTES) or t.raw[end : end + 1] in tuple(_QUOTES)

