"""persons: a local organ printed after a title with a bare level word, its holder's name printed right after it
("Chủ tịch Ủy ban MTTQ Việt Nam phường Trần Văn Lâm", "Chủ tịch UBND xã Lê Văn Bình"): the name is the holder's, so
the organ names no place of its own and is that organ of the article's one place of that level, as the bodies
component reads "Chủ tịch UBND xã, ông A" (its bare-level reading and guards)."""

from __future__ import annotations

from ...models import Body, Mention
from ...textnorm import fold
from .records import NameMention
from .scan import ArticleScan


def place_held_bodies(scan: ArticleScan, mentions: list[NameMention]) -> None:
    """Give each chain's office whose body ends with a bare level word below a province's, the holder's name
    read right after it, the place the bodies component's bare-level reading finds (in place; else unchanged), and
    list that body among the article's bodies."""
    if scan.held_body is None:
        return
    starts = {m.start for m in mentions}
    lower = [lv for lv in scan.rules.levelled_levels if lv not in scan.rules.province_levels]
    for ch in scan.chains:
        if ch.target not in starts or not ch.items:
            continue
        item = ch.items[-1]
        if not item.body or scan.text[item.end : ch.target].strip(" \u00a0") or \
                not any(fold(item.body).endswith(" " + lv) for lv in lower):
            continue
        try:
            placed = scan.held_body(scan.text, item.hit.end, item.end)
        except Exception:  # a bodies bug must not sink persons
            placed = None
        if placed:
            item.body = placed
            _list_body(scan, placed, scan.skip_spaces(item.hit.end), item.end)


def _list_body(scan: ArticleScan, name: str, start: int, end: int) -> None:
    """``name`` printed at ``start``..``end`` among the Doc's bodies (a mention of a body listed already, else a
    body of its own, in order of first mention)."""
    bodies = list(scan.doc._.bodies or [])
    mention = Mention(start=start, end=end, text=scan.text[start:end])
    same = next((b for b in bodies if fold(b.name) == fold(name)), None)
    printed = " ".join(mention.text.split())
    if same is not None:
        if all(m.start != start for m in same.mentions):
            same.mentions = sorted([*same.mentions, mention], key=lambda m: m.start)
            if fold(printed) != fold(same.name) and all(fold(a) != fold(printed) for a in same.aliases):
                same.aliases = [*same.aliases, printed]
        return
    body = Body(name=name, aliases=[printed] if fold(printed) != fold(name) else [], mentions=[mention])
    at = next((i for i, b in enumerate(bodies) if b.mentions and b.mentions[0].start > start), len(bodies))
    scan.doc._.bodies = [*bodies[:at], body, *bodies[at:]]
