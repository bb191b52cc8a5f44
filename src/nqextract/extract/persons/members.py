"""A member of a province's or city's party committee printed by the glued title ("Tỉnh ủy viên", "Thành ủy
viên"; titles.tsv flag place_body): the committee of the province a later link of the same chain names ("Tỉnh ủy
viên, Giám đốc Sở Y tế tỉnh Nghệ An" = Ủy viên of the Ban Chấp hành Đảng bộ tỉnh Nghệ An), else of the article's
unit of that level nearest to it; none when the chain names two of that level or the article none."""

from __future__ import annotations

from ...textnorm import fold
from .levels import with_unit
from .records import ChainItem
from .scan import ArticleScan


def place_members(scan: ArticleScan, items: list[ChainItem]) -> None:
    """Each place_body link of the chain ``items`` printed without a body takes its committee's place, or keeps
    none (the chain's positions leave it out)."""
    for item in items:
        rule = item.hit.rule
        if rule.place_body and item.body is None and rule.default_body:
            # an abbreviation ("TUV") tries the bodies of the rows it stands for in order (title_rows.title_rules)
            item.body = next((placed for bare in (rule.default_body, *rule.place_bodies)
                              if (placed := _member_body(scan, bare, item.hit.start, items[-1].end)) is not None), None)


def _member_body(scan: ArticleScan, body: str, start: int, end: int) -> str | None:
    level = scan.rules.local_bodies.get(fold(body))
    if level is None:
        return None
    named: dict[str, int] = {}  # the units of that level the chain names -> where
    for s, e in scan.unit_places:
        unit = scan.rules.unit_places.get(fold(scan.key[s:e]))
        if start <= s and e <= end and unit is not None and unit[0] == level:
            named.setdefault(unit[1], s)
    if len(named) > 1:
        return None  # "Tỉnh ủy viên, Giám đốc Sở X tỉnh A, nguyên Phó Chủ tịch UBND tỉnh B": whose is unclear
    at = next(iter(named.values())) if named else start
    placed = with_unit(scan, body, level, at)
    return placed if placed != body else None
