"""A title that shares its head with a local unit only at given levels ("Trưởng Công an xã X" = "Trưởng" of
"Công an xã X"; titles.tsv flag levelled, person_context.tsv levelled_level), and the units that have no party
committee of their own (body_patterns.tsv secretary_unit_not): "Bí thư Đảng ủy, Trưởng Công an xã X" names the
commune's committee, printed bare, never "Đảng ủy Công an xã X"."""

from __future__ import annotations

from dataclasses import replace

from ...textnorm import fold
from .records import TitleHit
from .scan import ArticleScan


def levelled_body(scan: ArticleScan, hit: TitleHit, body: str | None) -> bool:
    """``body`` is "<shared head> <level> <Place>" of a levelled_level, a place printed capitalized after it
    that is no province nor centrally-run city."""
    head = fold(hit.rule.shared_head) + " "
    low = fold(body or "")
    if not low.startswith(head):
        return False
    rest = low[len(head) :]
    for level in scan.rules.levelled_levels:  # longest first: "thị xã" before "xã"
        if rest.startswith(level + " "):
            place = body[len(head) + len(level) + 1 :]  # type: ignore[index]
            # a centrally-run city ("thành phố Hà Nội", "TP.HCM") is a province: its force has a Giám đốc
            return place[:1].isupper() and fold(place) not in scan.rules.unit_places
    return False


def plain_title(hit: TitleHit) -> TitleHit:
    """The hit read as its printed form with no shared head ("Trưởng Công an", its body read afresh)."""
    return TitleHit(hit.start, hit.end, replace(hit.rule, title=hit.rule.levelled, shared_head="", levelled=""))


def has_no_committee(scan: ArticleScan, body: str) -> bool:
    """``body`` is a unit with no party committee of its own ("Công an xã X", "Ban Chỉ đạo Y")."""
    low = f" {fold(body)} "
    return any(f" {unit} " in low for unit in scan.rules.committee_units_not)
