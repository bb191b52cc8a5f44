"""persons: a profession noun, lower-case words qualifying it, then a foreign person's full name ("chuyên gia
cao cấp Jeffrey Holt", "nhà khoa học hạt nhân Iran Mohsen Rahimi", "nhà kinh tế trưởng Anna Berg"): the
qualifier says the field or rank, the name follows it (or the country the person serves, then the name).

Only after a profession honorific flagged ``qualified`` in person_honorifics.tsv; at most three lower-case
syllables, none a word that ends the noun phrase (person_context.tsv ``qualifier_stop``: "tại", "của", "cho",
a verb of saying, ...); what follows must read as a foreign name of two words or more, every word foreign
(no Vietnamese syllable), no body the article names and no place. A company, a product or an outlet is
none: the name is read by :func:`~.names.read_name`, which drops an organization printed first."""

from __future__ import annotations

from ...textnorm import fold
from .chains import name_target
from .names import read_name
from .scan import ArticleScan, is_foreign_word

_MOST = 3  # lower-case syllables between the profession and the name


def past_role_qualifier(scan: ArticleScan, hs: int, he: int) -> int:
    """Where the name after a qualified profession (``text[hs:he]``) and its lower-case qualifier
    starts, else ``he``."""
    rules = scan.rules
    if fold(scan.key[hs:he]) not in rules.qualified_honorifics:
        return he
    pos, n = he, 0
    while n < _MOST:
        w = scan.word_at(scan.skip_spaces(pos))
        if w is None or w[0] - pos != 1:
            return he
        word = scan.text[w[0] : w[1]]
        if not word.isalpha():
            return he
        if not word.islower():
            break
        if fold(word) in rules.qualifier_stops or _stop_pair(scan, w):
            return he
        pos, n = w[1], n + 1
    if n == 0:
        return he
    target = name_target(scan, pos)
    span = read_name(scan, target, foreign=True)
    if span is None or span[0] != target:
        return he
    words = scan.text[span[0] : span[1]].split()
    if len(words) < 2 or not all(is_foreign_word(w) for w in words):
        return he
    if not scan.is_per(*span):
        return he  # "chuyên gia dinh dưỡng Coca Cola": a company, a team, an outlet
    if any(bs < span[1] and span[0] < be for bs, be, _ in scan.bodies) or scan.in_place(*span):
        return he
    inner = [s for s, e in scan.per_spans if span[0] < s < span[1] and e <= span[1]]
    if inner and len(scan.text[min(inner) : span[1]].split()) >= 2:
        return scan.skip_spaces_back(min(inner))  # "biên tập viên tiếng Tamil A B": the tagger's name opens later
    return pos


def _stop_pair(scan: ArticleScan, w: tuple[int, int]) -> bool:
    """Two syllables from ``w`` make a stop word ("cho biết", "nhận định")."""
    nxt = scan.word_at(scan.skip_spaces(w[1]))
    return nxt is not None and fold(scan.text[w[0] : nxt[1]]) in scan.rules.qualifier_stops
