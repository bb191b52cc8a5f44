"""A title that shares its head with a local unit only at given levels ("Trưởng Công an xã X" = "Trưởng" of
"Công an xã X"; titles.tsv flag levelled, person_context.tsv levelled_level), and the units that have no party
committee of their own (body_patterns.tsv secretary_unit_not); the levelled titles are decided once, on the
article's hits, for every reader: "Bí thư Đảng ủy, Trưởng Công an xã X" names the
commune's committee, printed bare, never "Đảng ủy Công an xã X"."""

from __future__ import annotations

from dataclasses import replace

from ...textnorm import fold
from ..view import view
from .records import TitleHit
from .scan import ArticleScan
from .titles import body_after


def resolved_levelled(scan: ArticleScan, hits: list[TitleHit]) -> list[TitleHit]:
    """The hits with each levelled title decided once for every reader (chains, the titles spans the position
    changes read): "Trưởng" before its place's force, else the printed form ("Trưởng Công an", body read afresh)."""
    return [plain_title(h) if h.rule.levelled and not levelled_body(scan, h, body_after(scan, h)) else h for h in hits]


def levelled_body(scan: ArticleScan, hit: TitleHit, found: tuple[str | None, int]) -> bool:
    """The body ``found`` after ``hit`` (name, end) is "<shared head> <level> <Place>" of a levelled_level, word
    for word, the place the Doc's proper name (tagged Np or a known place) and no "thành phố" of a centrally-run
    city (its force, like a province's, has a Giám đốc), no all-capitals word (an abbreviation) in the place."""
    body, end = found
    if body is None:
        return False
    tokens = [(i, t, tag) for i, t, tag in view(scan.doc).tokens if hit.end <= i < end]
    words = [fold(w) for _i, t, _tag in tokens for w in t.split()]
    head = fold(hit.rule.shared_head).split()
    for level in scan.rules.levelled_levels:  # longest first: "thị xã" before "xã"
        n = len(level.split())
        if words[:n] != level.split() or fold(body).split() != head + words:
            continue
        counts = [len(t.split()) for _i, t, _g in tokens]
        at = next((k for k in range(len(tokens)) if sum(counts[:k]) == n), len(tokens))
        if at >= len(tokens):
            return False  # the level and its place read as one word, or no place
        place = [t for _i, t, _g in tokens[at:]]
        first, text, tag = tokens[at]
        proper = (tag == "Np" or first in scan.place_at) and fold(text) not in scan.rules.name_stop
        city = scan.rules.unit_places.get(fold(" ".join(place)), ("", ""))[0] == "thành phố" == level
        named = [w for t in place for w in t.split()]
        # an all-capitals word is an abbreviation, no part of a place ("quận X UBND"): the printed title
        abbreviation = any(len(w) > 1 and w.isupper() for w in named)
        return proper and all(w[:1].isupper() for w in named) and not abbreviation and not city
    return False


def plain_title(hit: TitleHit) -> TitleHit:
    """The hit read as its printed form with no shared head ("Trưởng Công an", its body read afresh)."""
    return TitleHit(hit.start, hit.end, replace(hit.rule, title=hit.rule.levelled, shared_head="", levelled=""))


def has_no_committee(scan: ArticleScan, body: str) -> bool:
    """``body`` is a unit with no party committee of its own ("Công an xã X", "Ban Chỉ đạo Y")."""
    low = f" {fold(body)} "
    return any(f" {unit} " in low for unit in scan.rules.committee_units_not)
