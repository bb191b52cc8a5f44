"""persons: where a name opens after the end of a chain of titles and the places, qualifiers and brackets after it
(chains.py's name_target): past a copula ("hiện nay là ông A"), the honorifics and styles printed before the name,
or a separator and an honorific ("Thứ trưởng Bộ Công an, Thượng tướng B")."""

from __future__ import annotations

import re

from .scan import ArticleScan

_COPULA = re.compile(r"(?:(?:hiện nay|hiện tại|hiện|nay)[ \t]+)?là[ \t]+")


def name_opening(scan: ArticleScan, pos: int) -> int:
    """Where the name opens at or after ``pos`` (see the module); ``pos`` when nothing comes first."""
    cop = _COPULA.match(scan.text, pos)  # "bộ trưởng Bộ Giao thông vận tải hiện nay là ông Nguyễn Văn Thắng"
    if cop is not None:
        after = cop.end()
        for hs, he in scan.honorific_spans:
            if hs == after:
                return scan.skip_spaces(he)
        if scan.starts_name(after):
            return after
    styles = dict(scan.honorific_spans)
    if pos in styles:
        while pos in styles:  # "Chủ tịch Hạ viện Malaysia Tan Sri Dato' Johari Bin Abdul": past every style
            pos = scan.skip_spaces(styles[pos])
        return pos
    # "Thứ trưởng Bộ Công an, Thượng tướng Lương Tam Quang", "Giám đốc X - ông Y": a separator,
    # then an honorific
    back = scan.skip_spaces_back(pos)
    for sep in scan.rules.chain_seps:
        if scan.text.startswith(sep, back):
            after = back + len(sep)
            for hs, he in scan.honorific_spans:
                if hs == after:
                    return scan.skip_spaces(he)
            break
    return pos
