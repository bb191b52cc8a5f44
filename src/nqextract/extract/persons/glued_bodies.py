"""persons: a body printed between a title and a foreign name, glued to the name's first word ("Giám đốc điều
hành F1 Bernie Ecclestone", "Chủ tịch CLB Al-Kholood Ben Harburg"): the name starts past the body's word."""

from __future__ import annotations

import re

from ...textnorm import fold
from .scan import ArticleScan, is_foreign_word

# "F1", "G7", "3M": a code of letters and digits, never a word of a person's name
_CODE = re.compile(r"(?=\w*\d)(?=\w*[^\W\d_])\w+")


def past_glued_body(scan: ArticleScan, pos: int) -> int:
    """Where a foreign name starts when the word at ``pos`` (after a title) is a body's, glued before two
    foreign words: a code of letters and digits ("F1 Bernie Ecclestone"), or the one foreign word after a club's
    or a company's noun printed in lower case or short (`person_context.tsv` `club_noun`: "CLB Al-Kholood Ben
    Harburg", "hãng Tesla Elon Musk"); else ``pos``. A Vietnamese word among the three keeps ``pos`` ("CLB Hà
    Nội Nguyễn Văn An"), as does one foreign word after the body's ("Phó tổng thống Mỹ JD Vance")."""
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
    if _CODE.fullmatch(printed[0]):
        return words[1][0]
    if not is_foreign_word(printed[0]) or scan.text[pos - 1 : pos] != " ":
        return pos
    before = fold(scan.text[max(0, pos - 24) : pos])
    if any(re.search(rf"(?<!\w){re.escape(noun)}$", before) for noun in scan.rules.club_nouns):
        return words[1][0]
    return pos
