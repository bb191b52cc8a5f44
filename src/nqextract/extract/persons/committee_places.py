"""persons, chains: a party committee printed bare, or an organ of one ("Ủy viên Ban Thường vụ Đảng ủy"), as the
first of two links whose second is of a commune-level unit with no party committee of its own ("Chủ tịch Ủy ban MTTQ
Việt Nam xã X", "Trưởng Công an phường Y": body_patterns.tsv secretary_unit_not) or of a commune's government: the
committee is the commune's ("Đảng ủy xã X", person_context.tsv level_committee), never the unit's; and a member of a
commune committee's standing board printed "Ủy viên Thường vụ Đảng ủy xã X" is an "Ủy viên" of its "Ban Thường vụ",
as when printed "Ủy viên Ban Thường vụ Đảng ủy xã X"."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ...textnorm import canonical_tones, fold
from .local_units import has_no_committee
from .records import ChainItem
from .scan import ArticleScan


def commune_committee(scan: ArticleScan, body: str, nxt_body: str) -> str | None:
    """``body`` a bare "Đảng ủy", an organ's words maybe before it, printed right before a link whose ``nxt_body`` is
    a commune-level unit with no committee of its own or a local government: that commune's committee, the organ's
    words kept ("Ban Thường vụ Đảng ủy xã X"); None for any other."""
    words = body.split()
    bare = {fold(c[: -len(lv) - 1]) for lv, c in _commune_levels(scan).items()}  # "đảng ủy"
    at = next((i for i in range(len(words)) if fold(" ".join(words[i:])) in bare), None)
    if at is None or not (has_no_committee(scan, nxt_body) or _local_government(scan, nxt_body)):
        return None
    place = _commune_place(scan, nxt_body)
    return canonical_tones(" ".join(words[:at] + [place])) if place else None


def standing_members(scan: ArticleScan, items: list[ChainItem]) -> None:
    """"Ủy viên Thường vụ Đảng ủy xã X": the link is an "Ủy viên" of "Ban Thường vụ Đảng ủy xã X" (a commune's
    committee only; another committee's, "Đảng ủy Cục Y", keeps the title as printed; person_context.tsv
    standing_title)."""
    for item in items:
        held = scan.rules.standing_titles.get(fold(item.hit.rule.title)) if item.body is not None else None
        member = scan.rules.titles.get(fold(held[0])) if held else None
        if held and member is not None and item.body is not None and _is_commune_committee(scan, item.body):
            item.hit = replace(item.hit, rule=member)
            item.body = f"{held[1]} {item.body}"


def _commune_levels(scan: ArticleScan) -> dict[str, str]:
    """Commune levels and their committees ("xã" -> "Đảng ủy xã"): the levels whose committee is a committee word and
    the level (person_context.tsv level_committee), not a word of its own ("Tỉnh ủy")."""
    return {lv: c for lv, c in scan.rules.level_committees.items() if fold(c).endswith(" " + fold(lv))}


def _is_commune_committee(scan: ArticleScan, body: str) -> bool:
    return names_committee(_commune_levels(scan).values(), body)


def names_committee(committees: Iterable[str], body: str) -> bool:
    """``body`` is one of ``committees`` ("Đảng ủy xã") and the place's name after it ("Đảng ủy xã Tân Lập")."""
    low = fold(body)
    return any(low.startswith(fold(c) + " ") and place_name(body[len(c) + 1 :]) for c in committees)


def _local_government(scan: ArticleScan, body: str) -> bool:
    low = fold(body)
    return any(low.startswith(gov + " ") for gov in scan.rules.local_governments)


def _commune_place(scan: ArticleScan, body: str) -> str | None:
    """The commune a unit's name ends with ("Ủy ban Mặt trận Tổ quốc Việt Nam phường Y" -> "Đảng ủy phường Y")."""
    words = body.split()
    levels = _commune_levels(scan)
    for i in range(1, len(words)):
        for n in (2, 1):
            level = fold(" ".join(words[i : i + n]))
            if level in levels and i + n < len(words) and place_name(words[i + n]):
                return f"{levels[level]} {' '.join(words[i + n :])}"
    return None


def place_name(rest: str) -> bool:
    """``rest``, the words after a level, opens a place's name: a capital ("xã Tân Lập"), or a number, a ward's
    ("phường 5", "Đảng ủy phường 12"), as the bodies' phase names them."""
    first = rest.split(" ", 1)[0]
    return first[:1].isupper() or first.isdigit()
