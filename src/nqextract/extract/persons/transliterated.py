"""persons: a foreign name spelled the Vietnamese way, syllable by syllable ("L.Giôn-xơn", "Hô-xê Mác-ti",
"V.I. Lê-nin"), as history writing prints it after a title or an honorific: one to three capitalized words whose
syllables are joined by hyphens, the first word perhaps after initials.
Not a place (a transliterated country or city: "Cu-ba", "Mát-xcơ-va"): never one the place list or the
tagger knows, nor one the article prints after a preposition of place."""

from __future__ import annotations

import re

from ...textnorm import fold
from .rules import place_key
from .scan import ArticleScan

_LETTER = r"[^\W\d_]"
_HYPHENED = rf"{_LETTER}+(?:-{_LETTER}+)+"  # "Giôn-xơn", "Ken-nơ-đi": each word's case is checked after
_INITIALS = rf"(?:{_LETTER}\.[ ]?){{1,2}}"  # "L.", "V.I. "
_NAME = re.compile(rf"(?:{_INITIALS})?({_HYPHENED}(?:[ ]{_HYPHENED}){{0,2}})(?![\w-])")
_CAP_AFTER = re.compile(r"[ \u00a0][^\W\d_]")


def _spelled(words: str) -> bool:
    """Every word capitalized, each of its later syllables in lower case ("Hô-xê Mác-ti"; not "Y-Moan")."""
    for word in words.split():
        first, *rest = word.split("-")
        if not (first[:1].isupper() and first[1:].islower() or len(first) == 1 and first.isupper()):
            return False
        if not all(part.islower() for part in rest):
            return False
    return True


def _after_company_title(scan: ArticleScan, pos: int) -> bool:
    """Whether a company's own title (person_context.tsv company_title, no state_company_title) ends one space
    before ``pos``, no honorific between ("Giám đốc Pép-si", "Chủ tịch Hội đồng quản trị Pép-xi-cô")."""
    rx = scan.rules.company_only_re
    folded = fold(scan.text[max(0, pos - 40) : pos])
    return rx is not None and any(m.end() == len(folded) for m in rx.finditer(folded))


def transliterated_name(scan: ArticleScan, pos: int) -> tuple[int, int] | None:
    """The Vietnamese-spelled foreign name starting at ``pos`` (see the module), else None."""
    m = _NAME.match(scan.text, pos)
    if m is None or not _spelled(m.group(1)) or not all(c.isupper() for c in scan.text[m.start() : m.start(1)]
                                                      if c.isalpha()):
        return None
    after = _CAP_AFTER.match(scan.text, m.end())
    if after is not None and scan.text[after.end() - 1].isupper():
        return None  # a longer capitalized run: no telling where the name ends
    s, e = m.span()
    if s in scan.place_at or scan.in_place(s, e) or scan.is_loc(s, e) or any(bs <= s < be for bs, be, _ in scan.bodies):
        return None
    printed = m.group(0)
    if m.start(1) == s and " " not in m.group(1).strip() and _after_company_title(scan, s):
        return None  # "Giám đốc Pép-si": a brand; "Giám đốc G.Uyn-xơn" has an initial
    if any(fold(w) in scan.rules.name_stop for w in m.group(1).split()):
        return None  # "Chủ tịch Xô-viết tối cao": a word no name holds
    if place_key(printed) in scan.rules.place_keys:
        return None  # "Cu-ba": a place the list spells "Cuba"
    for at in (x.start() for x in re.finditer(rf"(?<!\w){re.escape(printed)}(?![\w-])", scan.text)):
        prev = scan.prev_word(at)
        if prev is not None and fold(scan.text[prev[0] : prev[1]]) in scan.rules.locatives:
            return None  # "sang Mát-xcơ-va": a place
    return s, e
