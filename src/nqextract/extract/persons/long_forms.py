"""persons, phase 3 (bare names): the full foreign name an article prints once with no title before it,
found through the short form a title or an honorific introduces ("Yahya Karim, chỉ huy quân sự ..."
then "ông Karim"; "Trưởng đoàn Liên Hiệp Quốc Simon X" then "ông X"; "Somchai Thongpradit, lãnh đạo ..." then "ông Somchai"), and the relatives of a foreign person
found in full who share the family name, a kin noun before them ("vợ ông, Margaret X" beside "Paul X")."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import takewhile

from ...textnorm import fold
from .kin import kin_cue
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


def relatives(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """Every pair of foreign words, a given name then the family name that ends a foreign name found in
    full (the last word of "Warren X", "Linda Y"), printed elsewhere with no capitalized word joined on
    either side and a kin noun before it (kin.py: "Vợ ông, Margaret X", "con trai bà, Lucas Y", "đệ nhất phu
    nhân (Jill Z)"), or listed right after such a relative ("3 người con là Susie X (61 tuổi), Howard X và
    Peter X"): a relative named in full. Not when the given name could be a Vietnamese syllable ("Hồ",
    "Minh") or a place, nor inside a name or a body found; a brand, a law or a programme named with the
    family name ("mẫu xe Mercedes Benz", "dự luật Protect X") has no kin noun before it."""
    text = scan.text
    taken = [(s, e) for s, (e, _why) in found.items()]
    families: set[str] = set()
    for s, e in taken:
        words = [text[a:b] for a, b in takewhile(lambda w, e=e: w[1] <= e, scan.words[bisect_left(scan.word_starts, s):])]
        if len(words) >= 2 and is_foreign_word(words[-1]) and not looks_vietnamese(words[-1]) \
                and all(is_foreign_word(w) for w in words):
            families.add(words[-1])
    out: list[tuple[int, int]] = []
    for ws, we in scan.words:
        if text[ws:we] not in families:
            continue
        run = _run_around(scan, ws, we, last=True)
        if run is None or run[1] != we or any(a < run[1] and run[0] < b for a, b in taken + out):
            continue
        if any(bs < run[1] and run[0] < be for bs, be, _ in scan.bodies):
            continue
        if kin_cue(scan, run[0]) is None and not (out and _LISTED.fullmatch(text, out[-1][1], run[0])):
            continue
        out.append(run)
    return out


_LISTED = re.compile(r"[ \t]*(\([^()\n]{0,30}\))?[ \t]*(,|và|,[ \t]*và)[ \t]*")  # "(61 tuổi), " between relatives


_APPOSITION = re.compile(r",[ \t]+[^\W\d_]*[a-zđ]")  # ", lãnh đạo ...": an appositive in lower case


def _run_around(scan: ArticleScan, start: int, end: int, last: bool = False) -> tuple[int, int] | None:
    """The two capitalized foreign words, one the word at ``start``..``end``, with no capitalized word
    joined before or after them but a place printed before them ("Huấn luyện viên Hà Lan Joost Verbeek",
    "người Canada Owen Pritchard") or words written with Vietnamese marks ("Liên Hiệp Quốc Simon X"; after
    such a lead or a place, three foreign words ending with the short form too: "Nga Gabriela Rosa Y"), no place among them, and either a lower-case appositive after
    them or the short form last (a given name before a family name: "phụ trách là Tomas Ekberg." beside
    "ông Ekberg"; a word after the short form needs the appositive: "trung tâm Ekberg Square"). ``last``:
    only the short form last, appositive or not."""
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
    printed_run = len(words)
    while len(words) > 2 and words[0] != (start, end) and _place_word(scan, *words[0]):
        words.pop(0)  # "Canada Owen Pritchard": the country, then the name
    words = words[_vietnamese_lead(scan, words, (start, end)):]  # "Liên Hiệp Quốc Simon X", "Do Thái Zvi Y"
    if len(words) < printed_run and len(words) == 3 and words[-1] == (start, end):
        return _three_words(scan, words)  # "Nga Gabriela Rosa Z"
    if len(words) != 2:
        return None
    other = words[0] if words[1] == (start, end) else words[1]
    if (last or _APPOSITION.match(scan.text, words[1][1]) is None) and (other != words[0] or looks_vietnamese(
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


def _vietnamese_lead(scan: ArticleScan, words: list[tuple[int, int]], short: tuple[int, int]) -> int:
    """How many words open the run up to its last word written with Vietnamese letters or tone marks, before
    the short form: no part of a foreign name ("Liên Hiệp Quốc", "Do Thái" before "Simon X", "Zvi Y")."""
    cut = 0
    for i, w in enumerate(words):
        if w == short:
            break
        if not is_foreign_word(scan.text[w[0] : w[1]]):
            cut = i + 1
    return cut


def _three_words(scan: ArticleScan, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Three foreign words after a Vietnamese lead, the short form last: a name when none could be a Vietnamese
    syllable, a stop word or an organization's word, and no body or place holds them."""
    printed = [scan.text[a:b] for a, b in words]
    if any(looks_vietnamese(w) or not is_foreign_word(w) or fold(w) in scan.rules.name_stop
           or fold(w) in scan.rules.org_words for w in printed):
        return None
    s, e = words[0][0], words[-1][1]
    if scan.in_place(s, e) or any(bs < e and s < be for bs, be, _ in scan.bodies):
        return None
    return s, e


def _place_word(scan: ArticleScan, start: int, end: int) -> bool:
    """A word that is a place name of its own ("Nga", "Mỹ"), as the place gazetteer or the tagger has it."""
    return scan.in_place(start, end) or scan.is_loc(start, end)
