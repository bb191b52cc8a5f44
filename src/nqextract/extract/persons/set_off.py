"""persons, phase 3: a name set off by a dash after a title and its body ("Chủ tịch UBND tỉnh X - Nguyễn
Văn A", "Bí thư Tỉnh ủy X - A; Chủ tịch UBND tỉnh X - B"), or by a dash or a comma and an honorific after a
country the body is printed with ("Người phát ngôn Bộ Quốc phòng Việt Nam, đại tá A")."""

from __future__ import annotations

import re

from .abroad import after_person_noun
from .names import read_name, read_name_back
from .records import Chain
from .scan import ArticleScan

# what may follow a name set off by a dash: punctuation, the end of the text, a dash or a lower-case word
_CLOSE = re.compile(r"[ \t]*(?:[,;:.!?)\n]|$)|[ \t]+[-–][ \t]|[ \t]+(?P<word>\w)")


def set_off_name(scan: ArticleScan, ch: Chain) -> tuple[int, int] | None:
    """The Vietnamese name after the last title of ``ch`` and its body, a dash (or a comma, with an
    honorific: "đồng chí", a rank) and no other word between; the name closed by punctuation or a lower-case
    word. The chain's target moves to the name. A chain of a title alone ("Chủ tịch - ") or a plural one
    sets off no name, nor one after a person noun ("Phu nhân Chủ tịch Quốc hội - bà A": the wife's name)."""
    if ch.plural or ch.items[-1].body is None or _apposed_to_name(scan, ch) or after_person_noun(scan, ch.lead):
        return None
    end = ch.end
    at = scan.skip_spaces(end)
    if at > end and at in scan.place_at:
        end = scan.place_at[at]  # "Bộ Quốc phòng Việt Nam - ": the body's country
    sep = next((s for s in scan.rules.chain_seps if s.strip() in ("-", "–", ",") and scan.text.startswith(s, end)), None)
    if sep is None:
        return None
    at = end + len(sep)
    styles = dict(scan.honorific_spans)
    styled = at in styles
    if styled:
        at = scan.skip_spaces(styles[at])
    elif sep.strip() == ",":
        return None  # "Chủ tịch UBND tỉnh X, Nguyễn Văn A, ...": read as an apposition elsewhere
    span = read_name(scan, at, foreign=False)
    close = _CLOSE.match(scan.text, span[1]) if span is not None else None
    if span is None or close is None or close["word"] is not None and not close["word"].islower():
        return None
    ch.target = span[0]
    return span


def _apposed_to_name(scan: ArticleScan, ch: Chain) -> bool:
    """The chain printed after a name and a separator ("Ông A - Trưởng ban X - B"): the name before holds it."""
    before = min(ch.start, ch.lead)
    return any(scan.text.startswith(sep, before - len(sep)) and read_name_back(scan, before - len(sep)) is not None
               for sep in scan.rules.chain_seps)
