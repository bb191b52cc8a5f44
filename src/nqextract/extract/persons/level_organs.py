"""A party secretary's title printed right before a level word and its place, no committee between ("cựu bí thư
tỉnh X", "nguyên phó bí thư xã Y"): the office is of the place's party committee, named as title_level_organs.tsv
names it at that level ("Tỉnh ủy X", "Đảng ủy xã Y"). A place after a level word is its capitalized words only
("tỉnh Lào Cai [từ năm 2015]"), for a chairman's people's committee too."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...textnorm import canonical_tones, fold
from .records import ChainItem, TitleHit
from .scan import ArticleScan, is_cap

_SPACE = re.compile(r"[ \u00a0]+")


def has_level_organ(scan: ArticleScan, hit: TitleHit) -> bool:
    """``hit``'s title names its place's committee when a level word and a place follow it."""
    return fold(hit.rule.title) in scan.rules.level_organs


def place_end(scan: ArticleScan, place: int, end: int) -> int:
    """Where the place whose name starts at ``place`` (after its level word) ends, at most at ``end``: after
    its capitalized words, a number for a numbered unit ("phường 5") only right after the level word; the
    lower-case words after them are the sentence's ("tỉnh Lào Cai từ năm 2015", "tỉnh Hòa Bình nhiệm kỳ ...")."""
    last = place
    for s, e in scan.words[bisect_left(scan.word_starts, place):]:
        w = scan.text[s:e]
        if s >= end or not (is_cap(w) or (s == place and w.isdigit())):
            break
        last = e
    return last if last > place else end


def name_may_follow(scan: ArticleScan, place: int) -> bool:
    """A person's name may follow the place starting at ``place``: among its capitalized words (those of a
    known place printed there aside), a family name of person_surnames.txt with a capitalized word right
    after it ("huyện Bảo Lâm Hoàng Văn Tám")."""
    known = max([e for s, e in scan.unit_places if s == place], default=place)
    caps: list[tuple[int, int]] = []
    for s, e in scan.words[bisect_left(scan.word_starts, place):]:
        if not is_cap(scan.text[s:e]) or (caps and not _SPACE.fullmatch(scan.text, caps[-1][1], s)):
            break
        caps.append((s, e))
    return any(s >= known and fold(scan.text[s:e]) in scan.rules.surnames for (s, e), _nxt in zip(caps, caps[1:]))


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


def is_level_organ(scan: ArticleScan, item: ChainItem) -> bool:
    """``item``'s body is a committee its title and a level word named, not printed ("phó bí thư tỉnh X"): it is
    that title's office only, no link after "kiêm" shares it ("... kiêm trưởng ban dân vận")."""
    if not item.body or not has_level_organ(scan, item.hit):
        return False
    after = fold(scan.text[item.hit.end : item.end]).split()
    return any(after[: len(level.split())] == level.split()
               for level, _b in scan.rules.level_organs[fold(item.hit.rule.title)])
