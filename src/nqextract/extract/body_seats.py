"""The bodies' rules about a foreign office the news names by its seat, a building ("Nhà Trắng", "Điện Kremlin",
"Lầu Năm Góc" for "Bộ Quốc phòng Mỹ"; bodies.tsv flag seat): the seat is never looked up in the gazetteer, and is a
body only where it acts or is spoken for: the subject of a reporting or acting verb (seat_verb rows of
body_patterns.tsv, seat_gap adverbs and a day between: "Nhà Trắng hôm 3-2 cho biết"), or after a spokesman's or an
officer's title or a statement's noun and "của" (seat_owner: "người phát ngôn Nhà Trắng", "thông cáo của Nhà
Trắng"; "Theo Điện Kremlin, ..."); never after a verb of motion, a locative, a preposition of place or the noun of a
business, a work or a tour (seat_not_before: "trở lại Nhà Trắng", "khách sạn Nhà Trắng")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textnorm import fold

SEAT_KINDS = frozenset({"seat_verb", "seat_gap", "seat_owner", "seat_not_before"})

# a day between a seat and its verb: "hôm 3-2", "ngày 12/3/2025", "tối qua", "hôm thứ Năm"
_DAY = r"(?:hôm|ngày|sáng|chiều|tối|trưa|đêm)(?:[ \t]+(?:qua|nay|thứ[ \t]+\w+|\d{1,2}(?:[-/.]\d{1,2}){1,2}))?"


@dataclass
class SeatRules:
    names: list[tuple[str, str]] = field(default_factory=list)  # (printed form, canonical name), bodies.tsv flag seat
    forms: re.Pattern[str] | None = None  # on the lower-cased text: a printed form
    verb_after: re.Pattern[str] | None = None  # matched right after a form: gap words, then a verb
    owner_before: re.Pattern[str] | None = None  # searched in the text before a form; group "of", group "src"
    not_before: re.Pattern[str] | None = None  # searched in the text before a form


def _alts(forms: list[str]) -> str:
    return "|".join(sorted({re.escape(" ".join(fold(f).split())).replace(r"\ ", r"[ \t]+") for f in forms},
                           key=len, reverse=True))


def compile_seats(seats: SeatRules, by_kind: dict[str, list[tuple[str, str]]]) -> None:
    """Fill ``seats`` (whose names the gazetteer collected) from the seat_* rows of body_patterns.tsv."""
    if not seats.names:
        return
    seats.forms = re.compile(r"(?<!\w)(?:" + _alts([f for f, _ in seats.names]) + r")(?!\w)")
    verbs = [f for f, _ in by_kind["seat_verb"]]
    if verbs:
        gap = r"(?:[ \t]+(?:" + "|".join(filter(None, [_alts([f for f, _ in by_kind["seat_gap"]]), _DAY])) + r"))*"
        seats.verb_after = re.compile(gap + r"[ \t]+(?:" + _alts(verbs) + r")(?!\w)")
    owners = by_kind["seat_owner"]
    plain = _alts([f for f, v in owners if v == ""])
    of = _alts([f for f, v in owners if v in ("", "of")])
    source = _alts([f for f, v in owners if v == "comma"])
    parts = [f"(?P<own>{plain})" if plain else "", f"(?P<of>{of})[ \t]+của" if of else "",
             f"(?P<src>{source})" if source else ""]
    if any(parts):
        seats.owner_before = re.compile(r"(?<!\w)(?:" + "|".join(p for p in parts if p) + r")[ \t]+$")
    if by_kind["seat_not_before"]:
        seats.not_before = re.compile(r"(?<!\w)(?:" + _alts([f for f, _ in by_kind["seat_not_before"]]) + r")[ \t]+$")
