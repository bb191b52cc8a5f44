"""The units a bare party committee's word ("Đảng ủy") is printed with across a text: each printing followed by a
capitalized word or a local level word and a name ("Đảng ủy phường Nam Đồng", "Đảng ủy Công an thành phố"), whether the bodies'
phase read it as a body or not; a bare committee takes one unit only where the text prints no other."""

from __future__ import annotations

from collections.abc import Collection

from ..textnorm import fold


def printed_units(raw: str, letters: list[tuple[int, int]], committee: str, level_words: Collection[str]) -> set[str]:
    """The folded first two words after each printing of ``committee`` (folded words, "đảng ủy") in ``raw`` that a
    capitalized word or one of ``level_words`` (folded, one or two words) and a capitalized name open, blanks only
    between; ``letters`` are the text's runs of letters (the Doc view's ``LETTERS`` words)."""
    words = [(s, e, raw[s:e]) for s, e in letters]
    keys = [fold(w) for _s, _e, w in words]
    head = committee.split()
    out: set[str] = set()
    for i in range(len(words) - len(head) - 1):
        if keys[i : i + len(head)] != head:
            continue
        j = i + len(head)
        nxt = words[j : j + 2]
        if not all(raw[a[1] : b[0]].strip(" \t\u00a0") == "" for a, b in zip(words[j - 1 : j + 1], nxt)):
            continue
        first, pair = keys[j], " ".join(keys[j : j + 2])
        if nxt[0][2][:1].isupper() or (first in level_words or pair in level_words) and len(nxt) > 1 and (
                nxt[1][2][:1].isupper() or pair in level_words and (rest := words[j + 2 : j + 3]) and rest[0][2][:1].isupper()):
            out.add(pair)  # "Đảng ủy Công an ...", "Đảng ủy xã Tân Hòa"; not "Đảng ủy xã ghi nhận"
    return out
