"""persons: a member school of a university printed short after a title ("hiệu trưởng Trường đại học X") or with
its university in parentheses ("Trường đại học X (Đại học Quốc gia Y)") when the article names the school with
its university ("Trường Đại học X, Đại học Quốc gia Y", "Trường đại học X (Đại học Quốc gia Y)"): the office's
body is that full name, the school and its university (person_context.tsv member_head, member_parent_head rows)."""

from __future__ import annotations

from ...models import Position
from ...textnorm import fold
from .scan import ArticleScan


def member_bodies(scan: ArticleScan, positions: list[Position]) -> list[Position]:
    """``positions`` with each member school's short body replaced by the article's one full name of it."""
    if not positions or not scan.rules.member_heads or not any(p.body for p in positions):
        return positions
    fulls = _member_fulls(scan)
    if not fulls:
        return positions
    out = []
    for p in positions:
        if p.body and (full := fulls.get(fold(p.body))) is not None:
            p = p.model_copy(update={"body": full})
        out.append(p)
    return out


def _member_fulls(scan: ArticleScan) -> dict[str, str]:
    """Folded school name -> "school, university" for each school the article prints with one university: a
    composite bodies span "X, Đại học Y" / "X - Đại học Y", or "X (Đại học Y)"."""
    rules = scan.rules
    found: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}

    def add(unit: str, parent: str) -> None:
        key = fold(unit)
        if any(key.startswith(h + " ") for h in rules.member_heads) and \
                any(fold(parent).startswith(h + " ") for h in rules.member_parent_heads):
            found.setdefault(key, set()).add(fold(parent))
            spelled.setdefault(key, f"{unit}, {parent}")

    for s, e, kb in scan.bodies:
        for sep in (", ", " - "):
            unit, mid, parent = kb.partition(sep)
            if mid and sep not in parent:
                add(unit, parent)
                break
        # "Trường đại học X (Đại học Quốc gia Y)": the university in parentheses right after the school
        if scan.text.startswith(" (", e) and (inner := scan.body_at.get(e + 2)) is not None \
                and scan.text.startswith(")", inner[0]):
            add(kb, inner[1])
    return {k: spelled[k] for k, parents in found.items() if len(parents) == 1}
