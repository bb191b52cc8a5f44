"""A foreign mission printed bare with its country ("Đại sứ quán Mỹ") where the article names that country's
mission of the same head with its host once ("Đại sứ quán Mỹ tại Ba Lan"): the same mission, one body one name, the
name with the host. The heads are the mission heads of body_patterns.tsv (``mission_title`` values and
``mission_head``: "Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán"). Where the article names two hosts or more for
that mission ("Đại sứ quán Việt Nam tại Israel", "... tại Iran"), which one the bare mention means is unread: it is
left as printed; so is a mission no host names, and another country's mission ("Đại sứ quán Nga" beside "Đại sứ
quán Mỹ tại Nga")."""

from __future__ import annotations

from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch

_HOST = " tại "


def mission_repeats(matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``matches`` with each bare mission named as its one hosted form (see the module)."""
    heads = tuple(h + " " for h in rules.mission_heads)
    if not heads:
        return matches
    hosted: dict[str, set[str]] = {}
    for m in matches:
        if m.name.startswith(heads) and _HOST in m.name:
            bare = m.name.split(_HOST, 1)[0]
            if len(bare.split()) > len(_head(bare, heads).split()):  # a country after the head
                hosted.setdefault(fold(bare), set()).add(m.name)
    if not hosted:
        return matches
    out = []
    for m in matches:
        full = hosted.get(fold(m.name)) if m.name.startswith(heads) and _HOST not in m.name else None
        out.append(replace(m, name=next(iter(full))) if full and len(full) == 1 else m)
    return out


def _head(name: str, heads: tuple[str, ...]) -> str:
    """The longest mission head ``name`` opens with ("Tổng Lãnh sự quán", not "Lãnh sự quán")."""
    return max((h for h in heads if name.startswith(h)), key=len)
