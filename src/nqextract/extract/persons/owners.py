"""persons: a title's body printed after "của" ("Phó Giám đốc của Sở Y tế Hà Nội", "người phát ngôn Ngô Khiêm của
Bộ Quốc phòng Trung Quốc"): the body the bodies component marked right after the word, when the title has no
body of its own and no default one."""

from __future__ import annotations

from .records import Chain
from .scan import ArticleScan

_OF = " của "


def owner_at(scan: ArticleScan, pos: int) -> tuple[str, int] | None:
    """The body printed as " của <body>" at ``pos``: (its canonical name, its end), else None."""
    if not scan.low.startswith(_OF, pos):
        return None
    at = scan.body_at.get(pos + len(_OF))
    return (at[1], at[0]) if at is not None and scan.text[pos + len(_OF)].isupper() else None


def owned_chain(scan: ArticleScan, ch: Chain, name_end: int) -> None:
    """"Người phát ngôn Ngô Khiêm của Bộ Quốc phòng Trung Quốc": a chain whose last title has no body takes the
    body printed after "của" right after the name it introduces."""
    last = ch.items[-1]
    if last.body is not None or last.hit.rule.default_body or last.hit.rule.needs_body:
        return
    owner = owner_at(scan, name_end)
    if owner is not None:
        last.body = owner[0]
