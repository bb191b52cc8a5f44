"""A body whose name ends with a withheld name's initials ("Công ty TNHH T.", "UBND xã T.H.", "Hợp tác xã vận tải
A."): the press prints the initial with its dot, and the gold names the body with it. The dot is the name's where
the sentence goes on after it ("Công ty TNHH T. (TP.HCM)", "UBND xã T.H. nơi ...", "Công ty F. cho rằng"); before a
capitalized word or at a line's end it may close the sentence, and a name printed only there keeps its letters
alone. One body, one name: once a mention takes the dot, every mention of that name does."""

from __future__ import annotations

import re
from dataclasses import replace

from .scan import BodyMatch, Text

_INITIALS = re.compile(r"(?<![\w.])[A-ZĐ](?:\.[A-ZĐ])*$")  # "T", "T.H": capitals, one letter each


def dotted_initials(t: Text, matches: list[BodyMatch]) -> list[BodyMatch]:
    """``matches`` with a name ending with initials followed by their dot named with that dot (see the module)."""
    dotted = {m.name for m in matches if _INITIALS.search(m.name) and _INITIALS.search(t.raw, m.start, m.end)
              and _goes_on(t.raw, m.end)}
    if not dotted:
        return matches
    return [replace(m, name=m.name + ".", end=m.end + (t.raw[m.end : m.end + 1] == "."))
            if m.name in dotted else m for m in matches]


def _goes_on(raw: str, end: int) -> bool:
    """A dot is printed at ``end`` and the sentence goes on after it: a comma, a closing bracket, a lower-case word
    after a blank, or after a blank a bracket closed on its line that the sentence goes on after ("Công ty TNHH T.
    (TP.HCM) lưu thông", "Công ty F. (Công ty F.) với"). A number ("Bệnh viện K. 3 ngày sau"), a capitalized word or
    a caption's bracket ending its line or its sentence ("Bệnh viện E. (Ảnh minh họa)") may follow a full stop."""
    if raw[end : end + 1] != ".":
        return False
    if raw[end + 1 : end + 3] == " (":
        line_end = raw.find("\n", end)
        close = raw.find(")", end + 3, len(raw) if line_end < 0 else line_end)
        return close > 0 and _goes_on_at(raw, close + 1)
    return raw[end + 1 : end + 2] == ")" or _goes_on_at(raw, end + 1)


def _goes_on_at(raw: str, at: int) -> bool:
    """The sentence goes on at ``at``: a comma, a semicolon, a colon, or a lower-case word after a blank."""
    return raw[at : at + 1] in (",", ";", ":") or raw[at : at + 1] in (" ", "\t") and raw[at + 1 : at + 2].islower()
