"""persons, phase 3 (bare names): the full foreign name an article prints once with no title before it,
found through the short form a title or an honorific introduces ("Yahya Karim, chỉ huy quân sự ..."
then "ông Karim"; "Somchai Thongpradit, lãnh đạo ..." then "ông Somchai")."""

from __future__ import annotations

import re

from ...textnorm import fold
from .names import institution_before
from .scan import ArticleScan, is_cap, is_foreign_word, looks_vietnamese


def long_forms(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """For each name found as one foreign word no Vietnamese syllable spells, the one pair of
    foreign words elsewhere in the text that opens or ends with it, set off by no capitalized word on
    either side and followed by an appositive after a comma; nothing when a found name of two words or more holds the word already (an alias then)
    or when two pairs differ ("Yahya Karim", "Omar Karim")."""
    text = scan.text
    taken = [(s, e) for s, (e, _why) in found.items()]
    held = {fold(w) for s, e in taken if " " in text[s:e] for w in text[s:e].split()}
    out: list[tuple[int, int]] = []
    for s, (e, _why) in found.items():
        word = text[s:e]
        if " " in word or not is_foreign_word(word) or looks_vietnamese(word) or fold(word) in held:
            continue
        runs: dict[str, tuple[int, int]] = {}
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
            run = _run_around(scan, m.start(), m.end())
            if run is not None and not any(a < run[1] and run[0] < b for a, b in taken):
                runs.setdefault(fold(" ".join(text[run[0] : run[1]].split())), run)
        if len(runs) == 1:
            out.append(next(iter(runs.values())))
    return out


_APPOSITION = re.compile(r",[ \t]+[^\W\d_]*[a-zđ]")  # ", lãnh đạo ...": an appositive in lower case


def _run_around(scan: ArticleScan, start: int, end: int) -> tuple[int, int] | None:
    """The two capitalized foreign words, one the word at ``start``..``end``, with no capitalized word
    joined before or after them but a place printed before them ("Huấn luyện viên Hà Lan Joost Verbeek",
    "người Canada Owen Pritchard"), no place among them, and either a lower-case appositive after
    them or the short form last (a given name before a family name: "phụ trách là Tomas Ekberg." beside
    "ông Ekberg"; a word after the short form needs the appositive: "trung tâm Ekberg Square")."""
    words = [(start, end)]
    for step in (-1, 1):
        while len(words) < 5:
            nxt = scan.prev_word(words[0][0]) if step < 0 else scan.next_word(words[-1][1])
            if nxt is None:
                break
            gap = scan.text[nxt[1] : words[0][0]] if step < 0 else scan.text[words[-1][1] : nxt[0]]
            if gap not in (" ", "\u00a0") or not is_cap(scan.text[nxt[0] : nxt[1]]):
                break
            if step < 0:
                words.insert(0, nxt)
            else:
                words.append(nxt)
    while len(words) > 2 and words[0] != (start, end) and _place_word(scan, *words[0]):
        words.pop(0)  # "Canada Owen Pritchard": the country, then the name
    if len(words) != 2:
        return None
    other = words[0] if words[1] == (start, end) else words[1]
    if _APPOSITION.match(scan.text, words[1][1]) is None and (other != words[0] or looks_vietnamese(
            scan.text[other[0] : other[1]])):
        return None
    if scan.is_loc(*other) or other[0] in scan.place_at or institution_before(scan, words[0][0]):
        return None  # "Gaza Karim": a place, then the short name; "đường Avenue Karim": a street
    printed = [scan.text[a:b] for a, b in words]
    if not all(is_foreign_word(w) for w in printed) or any(
        fold(w) in scan.rules.name_stop or fold(w) in scan.rules.org_words for w in printed
    ):
        return None
    return words[0][0], words[-1][1]


def _place_word(scan: ArticleScan, start: int, end: int) -> bool:
    """A word that is a place name of its own ("Nga", "Mỹ"), as the place gazetteer or the tagger has it."""
    return scan.in_place(start, end) or scan.is_loc(start, end)
