"""An assignee printed wholly in abbreviations ("UBND TPHCM", "NHNN", "UNESCO", "UBND TP" in an article about
Hà Nội) is named by the body's full name, the one the bodies stage gave that mention (an analyst, and the
gold, write "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Ngân hàng Nhà nước Việt Nam"). A name with words of
its own beside an abbreviation ("Bộ KHĐT", "Công an TP Thủ Đức") stays as printed."""

from __future__ import annotations

import re

from ...models import Task

# a word printed in capitals (two letters or more): an abbreviation ("UBND", "TP", "NHNN", "TP.HCM")
_SHORT_WORD = re.compile(r"(?<!\w)[A-ZĐ]{2,}(?:\.[A-ZĐ]+)*(?!\w)")


def spelled_out(t: Task, bodies: list, text: str) -> Task:
    """``t`` with its assignee spelled out when the assignee, where the task prints it, is exactly one
    body mention written in abbreviations only; else ``t`` as it is."""
    name = t.assignee
    if not name or not all(_SHORT_WORD.fullmatch(w) for w in name.split()):
        return t
    at = text.find(name, t.start, t.end)
    if at < 0:
        return t
    end = at + len(name)
    full = next((f.kb for f in bodies if f.start == at and f.end == end), None)
    if not full or full == name or _SHORT_WORD.search(full):
        return t  # no mention there, or its name is no fuller
    return t.model_copy(update={"assignee": full})
