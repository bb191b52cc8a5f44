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
    """A dot is printed at ``end`` and the sentence goes on after it: a comma, a bracket, or a lower-case word, a
    number or an opening bracket after a blank."""
    if raw[end : end + 1] != ".":
        return False
    after = raw[end + 1 : end + 3]
    if after[:1] in (",", ";", ":", ")"):
        return True
    return after[:1] in (" ", "\t") and (after[1:].islower() or after[1:].isdigit() or after[1:] == "(")
