"""persons: a body printed after a title with a bare level word and no place ("Giám đốc Sở Tư pháp tỉnh",
"Chủ tịch Hội Nhà báo tỉnh", "Chủ tịch UBND tỉnh") is that body of the unit of the level the article names
nearest to the title ("Sở Tư pháp tỉnh Hà Tĩnh"); levels and units are body_places.tsv's (provinces and
centrally-run cities)."""

from __future__ import annotations

import re

from ...textnorm import canonical_tones, fold
from .scan import ArticleScan

_NEXT_WORD = re.compile(r"[ \t\u00a0]*\w")


def nearest_unit(scan: ArticleScan, level: str, at: int) -> str | None:
    """The unit of ``level`` ("tỉnh", "thành phố") the article names nearest to ``at`` (a mention before it
    wins a tie), as body_places.tsv displays it; None when it names none."""
    best: tuple[int, str] | None = None
    for s, e in scan.unit_places:
        unit = scan.rules.unit_places.get(fold(scan.key[s:e]))
        if unit is None or unit[0] != level or lower_unit_named(scan, s):
            continue
        distance = (at - e) if e <= at else (s - at) + 1
        if best is None or distance < best[0]:
            best = (distance, unit[1])
    return best[1] if best is not None else None


def lower_unit_named(scan: ArticleScan, start: int) -> bool:
    """The place at ``start`` names a unit below the province, its level word printed right before it ("xã Hòa
    Bình, tỉnh Phú Thọ": a commune named like a former province; person_context.tsv levelled_level)."""
    before = scan.low[max(0, start - 12) : start].rstrip(" \t")
    return any(before.endswith(lv) and (len(before) == len(lv) or not before[-len(lv) - 1].isalnum())
               for lv in scan.rules.levelled_levels if lv not in scan.rules.province_levels)


def with_unit(scan: ArticleScan, body: str, level: str, at: int) -> str:
    """``body`` (printed without its place) with the unit of ``level`` nearest to ``at``: "Thành ủy" ->
    "Thành ủy Thành phố Hồ Chí Minh", "Sở Tư pháp tỉnh" -> "Sở Tư pháp tỉnh Hà Tĩnh"; unchanged if none."""
    unit = nearest_unit(scan, level, at)
    if unit is None:
        return body
    if fold(body).endswith(" " + level) and fold(unit).startswith(level + " "):
        body = body[: -len(level)].rstrip()  # "... thành phố" + "Thành phố Hồ Chí Minh"
    full = f"{body} {unit}"
    return scan.canonical(full) or canonical_tones(full)


def bare_level_body(scan: ArticleScan, body: str, end: int, at: int) -> tuple[str, int]:
    """A body read after the title at ``at`` whose name ends with a bare level word of a province or city,
    or is printed with one right after it ("Sở Tư pháp tỉnh,", "Hội Nhà báo | tỉnh làm ..."), and no place
    after it takes the article's unit of that level nearest to the title: (body, end); any other body, or one
    with no such unit named, is unchanged."""
    if (placed := district_department(scan, body)) != body:
        return placed, end
    words = fold(body).split()
    level = next((lv for lv in scan.rules.province_levels if words[-len(lv.split()):] == lv.split()), None)
    after = end
    if level is None:
        level = next((lv for lv in scan.rules.province_levels if scan.low.startswith(" " + lv, end)), None)
        if level is None:
            return body, end
        after = end + 1 + len(level)
    elif len(words) <= len(level.split()):
        return body, end
    nxt = _NEXT_WORD.match(scan.text, after)
    if nxt is not None and (nxt.end() - 1 == after or scan.text[nxt.end() - 1].isupper() or
                            fold(scan.text[nxt.end() - 1 : nxt.end() + 1]) == "ủy"):
        return body, end  # the word goes on, a capitalized word or "ủy" after it ("tỉnh ủy"): no bare level
    printed = f"{body} {scan.text[end + 1 : after]}" if after != end else body
    placed = with_unit(scan, printed, level, at)
    return (placed, after) if placed != printed else (body, end)


def district_department(scan: ArticleScan, body: str) -> str:
    """A district's department printed without its place ("trưởng phòng Tài nguyên và Môi trường"; body_patterns.tsv
    district_unit) in an article whose local bodies name exactly one district ("UBND huyện Kỳ Anh") is that
    district's ("Phòng Tài nguyên và Môi trường huyện Kỳ Anh"); any other body, or another article, unchanged."""
    if fold(body) not in scan.rules.district_units:
        return body
    districts = {fold(d): d for _s, _e, kb in scan.bodies if (d := _district(scan, kb)) is not None}
    if len(districts) != 1:
        return body
    full = f"{body} {next(iter(districts.values()))}"
    return scan.canonical(full) or canonical_tones(full)


def _district(scan: ArticleScan, name: str) -> str | None:
    """The district a local body's name ends with ("Ủy ban nhân dân huyện Kỳ Anh" -> "huyện Kỳ Anh"), else None."""
    words = name.split()
    for i in range(1, len(words) - 1):
        for n in (2, 1):
            level, rest = fold(" ".join(words[i : i + n])), words[i + n :]
            if level in scan.rules.district_levels and rest and all(w[:1].isupper() for w in rest):
                return " ".join(words[i:])
    return None


def spelled_place(scan: ArticleScan, at: int, end: int) -> str:
    """The name printed at ``at``..``end`` with a province printed at its end spelled as body_places.tsv displays it
    ("Đoàn luật sư TP.HCM" -> "Đoàn luật sư Thành phố Hồ Chí Minh")."""
    printed = scan.text[at:end]
    for s, e in scan.unit_places:
        if at < s and e == end and (unit := scan.rules.unit_places.get(fold(scan.key[s:e]))) is not None:
            level, display = unit
            before = scan.text[at:s].rstrip()
            if fold(before).endswith(" " + level):  # "tỉnh Khánh Hòa": the level word printed
                before = before[: -len(level)].rstrip()
            place = display if fold(display).startswith(level + " ") else f"{level} {display}"
            printed = f"{before} {place}"
            break
    return scan.canonical(printed) or canonical_tones(printed)
