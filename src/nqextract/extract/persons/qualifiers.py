"""persons: a lower-case qualifier of an office printed between the title (or its country) and the holder's name
("Thủ tướng mới A", "Thủ tướng X đầu tiên B", "lãnh đạo tối cao X C"; person_context.tsv title_qualifier)."""

from __future__ import annotations

from ...textnorm import fold
from .scan import ArticleScan


def qualifier_end(scan: ArticleScan, pos: int) -> int | None:
    """Where the word after a qualifier at ``pos`` and one space starts, else None."""
    rx = scan.rules.title_qualifier_re
    m = rx.match(scan.key, pos) if rx is not None and scan.text[pos : pos + 1].islower() else None
    after = scan.skip_spaces(m.end()) if m is not None else None
    return after if m is not None and after - m.end() == 1 else None


def past_qualifier(scan: ArticleScan, pos: int, holder: bool, placed: bool = False) -> int | None:
    """Where the capitalized word after a lower-case qualifier of an office at ``pos`` starts ("mới", "đầu
    tiên", "tối cao"; person_context.tsv title_qualifier), else None. The word must be a country or a family
    name; any capitalized word when a country comes right before the qualifier (``placed``, or a place ends
    there: "Thủ tướng Israel đầu tiên A") or the office is a state's (``holder``: a title flagged abroad_default,
    "Thủ tướng mới B"). After another office a family name counts only where the tagger reads a person there, else an
    honorific must open the name: not "HLV mới Manchester United", "Giám đốc mới Netflix Studios", "Tổng giám đốc
    mới Mai Linh", "Hiệu trưởng mới Lê Quý Đôn": a club, a company, a school named like a person."""
    after = qualifier_end(scan, pos)
    if after is not None and any(hs == after for hs, _ in scan.honorific_spans):
        return after  # "Giám đốc mới ông A": the honorific opens the name
    w = scan.word_at(after) if after is not None else None
    if w is None or not scan.starts_name(after):
        return None
    if after in scan.place_at or holder or placed or scan.skip_spaces_back(pos) in scan.place_at.values():
        return after
    if fold(scan.text[w[0] : w[1]]) in scan.rules.surnames and scan.is_per(*w):
        return after  # a family name the tagger reads as a person's; "Giám đốc mới Bạch Mai": a hospital
    return None
