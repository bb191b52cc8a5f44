"""persons, phase 3 (worshipped): the person a shrine or a rite of worship is for ("đền thờ A", "thờ Đức Thánh
B"), printed with no title or honorific and read past the place words that keep other bare names out."""

from __future__ import annotations

from .names import read_name
from .scan import ArticleScan


def worshipped_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """A Vietnamese name (a known family name first, three or four words) printed right after a worship_cue and
    its worship_epithet words (person_context.tsv): "dâng hương tại đền thờ A", "lập miếu thờ Đức Thánh B", "nhà
    thờ chí sĩ C"; not two ("nhà thờ Phùng Khoang": a village's church). ``found`` names are left alone."""
    rx = scan.rules.worship_re
    if rx is None:
        return []
    taken = [(s, e) for s, (e, _why) in found.items()]
    out = []
    for m in rx.finditer(scan.key):
        span = read_name(scan, m.end(), foreign=False)
        if span is None or len(scan.text[span[0] : span[1]].split()) < 3:
            continue
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue
        out.append(span)
    return out
