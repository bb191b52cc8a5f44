"""persons: which honorifics read a name. An expert's descriptor ("nhà phân tích", "nhà kinh tế", "chuyên gia
an ninh") before a firm, an outlet or a school names no person: "nhà phân tích Reuters", "nhà kinh tế
Harvard", "chuyên gia an ninh Palo Alto Networks" (person_honorifics.tsv's expert flag, person_context.tsv's
firm_word rows)."""

from __future__ import annotations

from ...textnorm import fold
from .names import cap_run, holds_particle
from .scan import ArticleScan


def kept_honorifics(scan: ArticleScan) -> list[tuple[int, int]]:
    """The honorifics that read a name: none overlapping a title ("Anh hùng ...") or a body, no particle style
    before a name with no particle ("Sheikh Rokeya"), no expert's descriptor before a firm."""
    rules = scan.rules
    return [(s, e) for s, e in scan.honorific_spans
        if not any(h.start < e and s < h.end for h in scan.hits)
        and not any(bs <= s < be for bs, be, _ in scan.bodies)
        and (fold(scan.key[s:e]) not in rules.particle_styles or holds_particle(scan, scan.skip_spaces(e)))
        and not firm_after_expert(scan, s, e)
    ]


def firm_after_expert(scan: ArticleScan, start: int, end: int) -> bool:
    """The honorific at ``start:end`` is an expert's descriptor and the capitalized words after it (past a
    field word: "chuyên gia an ninh X") are a firm's alone: a known body or place, one word ("nhà phân tích
    Nomura") or ending with a firm word ("Fitch Ratings"). A name after the firm is read (``firm_end``)."""
    run = _expert_run(scan, start, end)
    if not run:
        return False
    s, e = run[0][0], run[-1][1]
    body = scan.body_at.get(s)
    return len(run) == 1 or (body is not None and body[0] >= e) or scan.in_place(s, e) or _firm_word(scan, run[-1])


def firm_end(scan: ArticleScan, start: int, end: int) -> int:
    """The end of a firm printed between an expert's descriptor (``start:end``, past its field word) and a name of
    two words or more ("nhà kinh tế Oxford Economics | Gareth Leather", "nhà phân tích Reuters | Tom Walsh"):
    a known body or words up to a firm word; else ``end``."""
    run = _expert_run(scan, start, end)
    body = scan.body_at.get(run[0][0]) if run else None
    for i in range(len(run) - 3, -1, -1):
        if _firm_word(scan, run[i]) or (body is not None and body[0] == run[i][1]):
            return run[i][1]
    return end


def _expert_run(scan: ArticleScan, start: int, end: int) -> list[tuple[int, int]]:
    """The capitalized words after an expert's descriptor, past a field word; none after another honorific."""
    rules = scan.rules
    if fold(scan.key[start:end]) not in rules.expert_honorifics:
        return []
    pos = scan.skip_spaces(end)
    field = rules.role_field_re.match(scan.key, pos) if rules.role_field_re else None
    return cap_run(scan, scan.skip_spaces(field.end()) if field else pos)


def _firm_word(scan: ArticleScan, word: tuple[int, int]) -> bool:
    return fold(scan.text[word[0] : word[1]].rstrip(".,")) in scan.rules.firm_words
