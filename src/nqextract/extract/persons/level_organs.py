"""A party secretary's title printed right before a level word and its place, no committee between ("cựu bí thư
tỉnh X", "nguyên phó bí thư xã Y"): the office is of the place's party committee, named as title_level_organs.tsv
names it at that level ("Tỉnh ủy X", "Đảng ủy xã Y")."""

from __future__ import annotations

from ...textnorm import canonical_tones, fold
from .records import TitleHit
from .scan import ArticleScan


def has_level_organ(scan: ArticleScan, hit: TitleHit) -> bool:
    """``hit``'s title names its place's committee when a level word and a place follow it."""
    return fold(hit.rule.title) in scan.rules.level_organs


def level_organ(scan: ArticleScan, hit: TitleHit, printed: str) -> str | None:
    """The committee of the place ``printed`` ("tỉnh Bến Tre") whose level word opens it, for ``hit``'s title:
    "Tỉnh ủy Bến Tre"; None for a level the title's rows do not name."""
    words = printed.split()
    low = [fold(w) for w in words]
    for level, body in scan.rules.level_organs.get(fold(hit.rule.title), ()):  # longest first
        n = len(level.split())
        if low[:n] == level.split() and len(words) > n:
            return canonical_tones(body.format(place=" ".join(words[n:])))
    return None
