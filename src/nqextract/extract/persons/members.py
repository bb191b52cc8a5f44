"""A member of a province's or city's party committee printed by the glued title ("Tỉnh ủy viên", "Thành ủy
viên", "Huyện ủy viên"; titles.tsv flag place_body, and the abbreviation "TUV"): the committee of the province a
later link of the same chain names ("Tỉnh ủy viên, Giám đốc Sở Y tế tỉnh Nghệ An" = Ủy viên of the Ban Chấp hành
Đảng bộ tỉnh Nghệ An; a ", tỉnh X" right after the last link is the chain's), the links held as the member link is
(current or former) first; else of the article's unit of that level nearest to it; none when the chain's links
of that status name two of that level, or the article none. A name printed right after a lower level word ("xã
Hòa Bình", "phường Thái Bình") is no province."""

from __future__ import annotations

from ...textnorm import fold
from .levels import lower_unit_named, with_unit
from .records import ChainItem
from .scan import ArticleScan


def place_members(scan: ArticleScan, items: list[ChainItem]) -> None:
    """Each place_body link of the chain ``items`` printed without a body takes its committee's place, or keeps
    none (the chain's positions leave it out)."""
    for i, item in enumerate(items):
        rule = item.hit.rule
        if rule.place_body and item.body is None and rule.default_body:
            item.body = next((placed for bare in (rule.default_body, *rule.place_bodies)
                              if (placed := _member_body(scan, bare, items, i)) is not None), None)


def _member_body(scan: ArticleScan, body: str, items: list[ChainItem], i: int) -> str | None:
    level = scan.rules.local_bodies.get(fold(body))
    if level is None:
        return None
    later = [(_named(scan, level, item.hit.start, _link_end(scan, items, j)), item.status)
             for j, item in enumerate(items) if j > i]
    same = {unit: s for named, status in later if status == items[i].status for unit, s in named.items()}
    named = same or {unit: s for named, _status in later for unit, s in named.items()}
    if len(named) > 1:
        return None  # "Tỉnh ủy viên, Giám đốc Sở X tỉnh A, Phó Chủ tịch UBND tỉnh B": whose is unclear
    at = next(iter(named.values())) if named else items[i].hit.start
    placed = with_unit(scan, body, level, at)
    return placed if placed != body else None


def _link_end(scan: ArticleScan, items: list[ChainItem], j: int) -> int:
    """Where link ``j`` ends; the last one takes a place printed after it by ", tỉnh" ("Chủ tịch UBND phường A,
    tỉnh B")."""
    end = items[j].end
    if j + 1 < len(items):
        return min(end, items[j + 1].hit.start)
    for s, e in scan.unit_places:
        if end <= s <= end + 20 and scan.rules.trailing_level_re.fullmatch(scan.low, end, s):
            return e
    return end


def _named(scan: ArticleScan, level: str, start: int, end: int) -> dict[str, int]:
    """The units of ``level`` printed between ``start`` and ``end`` -> where, none named as a lower unit."""
    named: dict[str, int] = {}
    for s, e in scan.unit_places:
        unit = scan.rules.unit_places.get(fold(scan.key[s:e]))
        if start <= s and e <= end and unit is not None and unit[0] == level and not lower_unit_named(scan, s):
            named.setdefault(unit[1], s)
    return named
