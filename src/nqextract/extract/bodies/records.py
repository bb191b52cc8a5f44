"""Mentions grouped into one :class:`Body` record per canonical name."""

from __future__ import annotations

from ...models import Body, Mention
from ...textnorm import fold
from .scan import BodyMatch


def to_records(text: str, matches: list[BodyMatch]) -> list[Body]:
    """One :class:`Body` per canonical name, in order of first mention."""
    groups: dict[str, list[BodyMatch]] = {}
    names: dict[str, str] = {}
    for m in matches:
        k = fold(m.name)
        groups.setdefault(k, []).append(m)
        names.setdefault(k, m.name)
    out = []
    for k, ms in groups.items():
        aliases: list[str] = []
        seen = {k}
        for m in ms:
            printed = " ".join(text[m.start : m.end].split())
            if fold(printed) not in seen:
                seen.add(fold(printed))
                aliases.append(printed)
        mentions = [Mention(start=m.start, end=m.end, text=text[m.start : m.end]) for m in ms]
        out.append(Body(name=names[k], aliases=aliases, mentions=mentions))
    return out
