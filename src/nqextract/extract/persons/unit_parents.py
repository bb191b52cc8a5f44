"""persons: a unit's body read after a title and printed right before the institution it belongs to, a plain space
between them ("trưởng Phòng Thẩm định Quỹ Phát triển nhà ở tỉnh X", "trưởng Ban Thanh tra - Pháp chế Đại học Y"),
is the unit named with its institution ("Phòng Thẩm định Quỹ Phát triển nhà ở tỉnh X"), as the ledger gold writes
such units. person_context.tsv unit_before_parent rows name the units' heads ("Phòng", "Ban", "Khoa"),
unit_parent_head rows the institutions' heads ("Quỹ", "Đại học", "Viện", "Bệnh viện", "Công ty"). A ministry, a
province's department or a local body after a unit is the bodies stage's (body_patterns.tsv unit_head); a comma, a
dash or a bracket between the two, a lower-case word after the unit, or an institution of the unit's own head
("Ban X Ban Y") leaves the body as read."""

from __future__ import annotations

from ...textnorm import fold
from .scan import ArticleScan


def with_institution(scan: ArticleScan, body: str | None, end: int) -> tuple[str | None, int]:
    """(body, end) of a title's body, with the institution printed right after a unit's name taken into it."""
    rules = scan.rules
    if body is None or not rules.unit_parent_units or scan.text[end : end + 1] != " ":
        return body, end
    unit = _head(fold(body), rules.unit_parent_units)
    after = scan.body_at.get(end + 1)
    if unit is None or after is None or not scan.text[end + 1 : end + 2].isupper():
        return body, end
    parent_end, parent = after
    head = _head(fold(parent), rules.unit_parent_heads)
    if head is None or head == unit:
        return body, end
    return f"{body} {parent}", parent_end


def _head(name: str, heads: list[str]) -> str | None:
    """The longest of ``heads`` (folded) opening the folded ``name`` before more words, else None."""
    return next((h for h in heads if name.startswith(h + " ")), None)
