"""persons, phase 3 (qualified roles): a foreign name printed after a role noun and the lower-case words that
qualify the role ("nhà phân tích chính trị A", "người đứng đầu chính sách đối ngoại B")."""

from __future__ import annotations

from ...textnorm import fold, is_cap
from .names import cap_run, read_name
from .scan import ArticleScan, spelled_foreign

_MAX_QUALIFIER = 6  # lower-case words between the role and the name


def name_past_qualifier(scan: ArticleScan, pos: int) -> tuple[int, int] | None:
    """The foreign name (two or three words, one spelled as no Vietnamese syllable) after the lower-case words
    printed from ``pos`` (one to six, single spaces, no title, honorific or ``qualifier_stop`` word of
    person_context.tsv among them: "tại", "của" lead to a place or a body), when no capitalized word follows
    it and it is no place or body; else None."""
    rules = scan.rules
    w = scan.word_at(pos)
    if w is None or w[0] != pos:
        return None
    honorific_starts = {hs for hs, _ in scan.honorific_spans}
    count = 0
    while w is not None and not is_cap(scan.text[w[0] : w[1]]):
        word = fold(scan.text[w[0] : w[1]])
        if count == _MAX_QUALIFIER or word in rules.qualifier_stops or w[0] in scan.title_starts \
                or w[0] in honorific_starts:
            return None
        count += 1
        nxt = scan.next_word(w[1])
        if nxt is None or scan.text[w[1] : nxt[0]] != " ":
            return None
        w = nxt
    if w is None or count == 0:
        return None
    run = cap_run(scan, w[0])
    span = read_name(scan, w[0], foreign=True)
    if span is None or span[1] != run[-1][1]:
        return None  # more capitalized words than the name: an organization's name, or no telling
    printed = scan.text[span[0] : span[1]].split()
    if not 2 <= len(printed) <= 3 or not spelled_foreign(printed):
        return None
    if scan.in_place(*span) or scan.is_loc(*span) or any(bs < span[1] and span[0] < be for bs, be, _ in scan.bodies):
        return None
    return span
