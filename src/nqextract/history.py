"""Bodies that change over time: the 2025 restructuring (store stage).

A body keeps the name the article printed (a 2016 article's "Bộ Kế hoạch và Đầu tư" stays that body);
``body_successors`` links it to the body that took over its work, with the last day it existed, so an
analyst rolls it up only when they choose. Sources are two data files with their citations:
``body_successors.tsv`` (central bodies merged in 2025) and ``admin_units_2025.tsv`` (the 63 provinces
merged into 34 on 2025-07-01; the district level abolished the same day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import resources
from .textnorm import canonical_tones, fold

DISTRICT_LEVEL_END = "2025-06-30"
_UNIT = re.compile(r"(?<!\w)(tỉnh|thành phố|huyện|quận|thị xã)\s+(.+)$", re.IGNORECASE)
_DISTRICT_COMMITTEE = re.compile(r"^(Huyện ủy|Quận ủy|Thị ủy)\s+(.+)$", re.IGNORECASE)
_PROVINCE_COMMITTEE = re.compile(r"^(Tỉnh ủy|Thành ủy)\s+(.+)$", re.IGNORECASE)


@dataclass(frozen=True)
class Succession:
    body: str
    successor: str | None
    valid_to: str
    change: str  # merged | renamed | abolished


@cache
def _central() -> dict[str, tuple[str, str, str]]:
    return {fold(r["body"]): (r["successor"], r["valid_to"], r["change"])
            for r in resources.load_tsv("body_successors.tsv")}


@cache
def _provinces() -> dict[str, dict[str, str]]:
    return {fold(r["old"]): r for r in resources.load_tsv("admin_units_2025.tsv")}


def _province_name(place: str) -> str | None:
    """'Thành phố Hồ Chí Minh' / 'TP Hồ Chí Minh' / 'Quảng Bình' -> the key of the admin list, if listed."""
    key = fold(place)
    key = re.sub(r"^(thành phố|tp\.?)\s+", "", key)
    return key if key in _provinces() else None


def successor(name: str) -> Succession | None:
    """How a body ended in 2025, or None when it continues (or is not known to have changed)."""
    name = canonical_tones(" ".join(name.split()))
    if row := _central().get(fold(name)):
        return Succession(name, row[0], row[1], row[2])
    if m := _PROVINCE_COMMITTEE.match(name):
        key = _province_name(m[2])
        if key is not None:
            return _moved(name, key, committee=True, printed=m[2])
        return Succession(name, None, DISTRICT_LEVEL_END, "abolished")  # Thành ủy of a provincial city
    if _DISTRICT_COMMITTEE.match(name):
        return Succession(name, None, DISTRICT_LEVEL_END, "abolished")
    if m := _UNIT.search(name):
        kind = m[1].lower()
        if kind in ("huyện", "quận", "thị xã"):
            return Succession(name, None, DISTRICT_LEVEL_END, "abolished")
        key = _province_name(m[2])
        if key is None:
            if kind == "thành phố":  # a city under a province: district level
                return Succession(name, None, DISTRICT_LEVEL_END, "abolished")
            return None
        return _moved(name, key, committee=False, printed=m[0])
    return None


def _moved(name: str, key: str, *, committee: bool, printed: str) -> Succession | None:
    row = _provinces()[key]
    if not row["valid_to"]:
        return None
    new_kind, new = row["new_kind"], row["new"]
    if committee:
        head = "Thành ủy" if new_kind == "thành phố" else "Tỉnh ủy"
        new_name = f"{head} {new if new_kind == 'tỉnh' else 'Thành phố ' + new}"
        return Succession(name, new_name, row["valid_to"], "merged")
    unit = f"{'Thành phố' if new_kind == 'thành phố' else 'tỉnh'} {new}"
    new_name = name[: len(name) - len(printed)] + unit
    return Succession(name, new_name, row["valid_to"], "merged")
