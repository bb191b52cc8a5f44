"""The bodies' rules about a foreign office the news names by its seat, a building ("Nhà Trắng", "Điện Kremlin",
"Lầu Năm Góc" for "Bộ Quốc phòng Mỹ"; bodies.tsv flag seat): the seat is never looked up in the gazetteer, and is a
body only where it acts or is spoken for: the subject of a reporting or acting verb (seat_verb rows of
body_patterns.tsv, whole words, never a seat_verb_not phrase, "nói chung"; seat_gap adverbs and a day between:
"Nhà Trắng hôm 3-2 cho biết"; other seats coordinated before the verb: "Nhà Trắng và Lầu Năm Góc cho biết"), with
only the start of a sentence or a clause or a seat_subject_after word right before it (a conjunction, "rằng", a
reporting verb: "Ngày 25-11, Nhà Trắng cho biết", "cho biết Lầu Năm Góc tin rằng"); or after a spokesman's or an
officer's title or a statement's noun and "của" (seat_owner: "người phát ngôn Nhà Trắng", "thông cáo của Nhà
Trắng"; "Theo Điện Kremlin, ..."); never in a credit (seat_credit: "Ảnh: Nhà Trắng", "Nguồn: Nhà Trắng")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textnorm import fold

SEAT_KINDS = frozenset({"seat_verb", "seat_verb_not", "seat_gap", "seat_owner", "seat_subject_after", "seat_credit"})

# a day between a seat and its verb: "hôm 3-2", "ngày 12/3/2025", "tối qua", "hôm thứ Năm"
_DAY = r"(?:hôm|ngày|sáng|chiều|tối|trưa|đêm)(?:[ \t]+(?:qua|nay|thứ[ \t]+\w+|\d{1,2}(?:[-/.]\d{1,2}){1,2}))?"
# the start of a sentence or a clause right before a seat: the text's start, a line's, punctuation
_CLAUSE_START = r"(?:^|[\n.,;:!?…–—-])[ \t]*$"


@dataclass
class SeatRules:
    names: list[tuple[str, str]] = field(default_factory=list)  # (printed form, canonical name), bodies.tsv flag seat
    by_form: dict[str, str] = field(default_factory=dict)  # a printed form, folded and its spaces one -> its name
    forms: re.Pattern[str] | None = None  # on the lower-cased text: a printed form
    verb_after: re.Pattern[str] | None = None  # matched right after a form: other seats, gap words, then a verb
    owner_before: re.Pattern[str] | None = None  # searched in the text before a form; group "of", group "src"
    subject_before: re.Pattern[str] | None = None  # searched in the text before a form: what may stand before a subject
    credit_before: re.Pattern[str] | None = None  # searched in the text before a form: a credit or a source tag


def _alts(forms: list[str]) -> str:
    return "|".join(sorted(sorted({re.escape(" ".join(fold(f).split())).replace(r"\ ", r"[ \t]+") for f in forms}),
                           key=len, reverse=True))


def _words(by_kind: dict[str, list[tuple[str, str]]], kind: str) -> list[str]:
    return [f for f, _ in by_kind[kind]]


def compile_seats(seats: SeatRules, by_kind: dict[str, list[tuple[str, str]]]) -> None:
    """Fill ``seats`` (whose names the gazetteer collected) from the seat_* rows of body_patterns.tsv."""
    if not seats.names:
        return
    seats.by_form = {" ".join(fold(f).split()): name for f, name in seats.names}
    names = _alts([f for f, _ in seats.names])
    seats.forms = re.compile(r"(?<!\w)(?:" + names + r")(?!\w)")
    if verbs := _words(by_kind, "seat_verb"):
        others = r"(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?:" + names + r")(?!\w))*"  # "Nhà Trắng và Lầu Năm Góc"
        gap = r"(?:[ \t]+(?:" + "|".join(filter(None, [_alts(_words(by_kind, "seat_gap")), _DAY])) + r"))*"
        nots = _alts(_words(by_kind, "seat_verb_not"))
        seats.verb_after = re.compile(others + gap + r"[ \t]+" + (rf"(?!(?:{nots})(?!\w))" if nots else "")
                                      + r"(?:" + _alts(verbs) + r")(?!\w)")
    owners = by_kind["seat_owner"]
    plain = _alts([f for f, v in owners if v == ""])
    of = _alts([f for f, v in owners if v in ("", "of")])
    source = _alts([f for f, v in owners if v == "comma"])
    parts = [f"(?P<own>{plain})" if plain else "", f"(?P<of>{of})[ \t]+của" if of else "",
             f"(?P<src>{source})" if source else ""]
    if any(parts):
        seats.owner_before = re.compile(r"(?<!\w)(?:" + "|".join(p for p in parts if p) + r")[ \t]+$")
    allowed = _alts(_words(by_kind, "seat_subject_after"))
    seats.subject_before = re.compile(_CLAUSE_START + (r"|(?<!\w)(?:" + allowed + r")[ \t]+$" if allowed else ""))
    if credits := _words(by_kind, "seat_credit"):
        seats.credit_before = re.compile(r"(?<!\w)(?:" + _alts(credits) + r")[ \t]*:?[ \t]*$")
