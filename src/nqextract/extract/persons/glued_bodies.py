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
    return words[1][0] if _club_noun_before(scan, pos) is not None else pos


def _club_noun_before(scan: ArticleScan, pos: int) -> str | None:
    """The `club_noun` row printed right before ``pos`` (its head, or "" for a row with none), else None."""
    before = fold(scan.text[max(0, pos - 24) : pos])
    return next((head for noun, head in scan.rules.club_nouns.items()
                 if re.search(rf"(?<!\w){re.escape(noun)}$", before)), None)


def glued_body(scan: ArticleScan, title_end: int, target: int) -> str | None:
    """The body of a title whose holder's name ``target`` was read past a body's word glued before it (see
    past_glued_body), the word right after the title (``title_end``) or after its club noun: the code as printed ("F1"), the club with
    its row's head ("CLB Al-Kholood" -> "Câu lạc bộ Al-Kholood"; a row with no head, the word alone); else None."""
    w = scan.prev_word(target)
    if w is None or w[0] < title_end or scan.skip_spaces(w[1]) != target or past_glued_body(scan, w[0]) != target:
        return None
    between = fold(scan.text[title_end : w[0]])
    if between and between not in scan.rules.club_nouns:
        return None  # only the club's noun between the title and the body's word ("Chủ tịch CLB X A B")
    printed = scan.text[w[0] : w[1]]
    if _CODE.fullmatch(printed):
        return printed
    head = _club_noun_before(scan, w[0])
    return f"{head} {printed}" if head else printed
