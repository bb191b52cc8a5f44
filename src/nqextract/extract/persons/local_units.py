"""Local units that have no party committee of their own (body_patterns.tsv secretary_unit_not): "Bí thư Đảng
ủy, Trưởng Công an xã X" names the commune's committee, printed bare, never "Đảng ủy Công an xã X"."""

from __future__ import annotations

from ...textnorm import fold
from .scan import ArticleScan


def has_no_committee(scan: ArticleScan, body: str) -> bool:
    """``body`` is a unit with no party committee of its own ("Công an xã X", "Ban Chỉ đạo Y")."""
    low = f" {fold(body)} "
    return any(f" {unit} " in low for unit in scan.rules.committee_units_not)
