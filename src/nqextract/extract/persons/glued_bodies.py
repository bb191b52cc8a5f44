"""persons: a code printed between a title and a foreign name, glued to the name's first word ("Giám đốc điều
hành F1 Bernie Ecclestone", "Chủ tịch G20 A B"): the name starts past the code, the title's body."""

from __future__ import annotations

import re

from .scan import ArticleScan, is_foreign_word

# "F1", "G7", "COP30": a code of letters and digits, never a word of a person's name
_CODE = re.compile(r"(?=\w*\d)(?=\w*[^\W\d_])\w+")


def past_glued_body(scan: ArticleScan, pos: int) -> int:
    """Where a foreign name starts when the word at ``pos`` (after a title) is a code of letters and digits glued
    before two foreign words ("F1 Bernie Ecclestone"); else ``pos``. A Vietnamese word after the code keeps
    ``pos``, as does a code before one foreign word only."""
    words: list[tuple[int, int]] = []
    w = scan.word_at(pos)
    while w is not None and len(words) < 3:
        words.append(w)
        nxt = scan.next_word(w[1])
        if nxt is None or scan.text[w[1] : nxt[0]] != " ":
            break
        w = nxt
    printed = [scan.text[s:e] for s, e in words]
    if len(words) < 3 or words[0][0] != pos or not all(is_foreign_word(p) for p in printed[1:]):
        return pos
    return words[1][0] if _CODE.fullmatch(printed[0]) else pos


def glued_body(scan: ArticleScan, title_end: int, target: int) -> str | None:
    """The body of a title whose holder's name ``target`` was read past a code glued before it (see
    past_glued_body), the code printed right after the title (``title_end``), as printed ("F1"); else None."""
    w = scan.prev_word(target)
    if w is None or w[0] < title_end or scan.skip_spaces(w[1]) != target or past_glued_body(scan, w[0]) != target:
        return None
    if scan.text[title_end : w[0]].strip():
        return None  # only the code between the title and the name ("Chủ tịch G20 A B")
    return scan.text[w[0] : w[1]]
