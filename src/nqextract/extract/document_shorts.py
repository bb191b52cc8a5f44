"""documents, the helpers of short references and listed names: a short number that is none (a year, a project's
number in lower case), a type word opening the next item of a plan's list, a listed law's number after 'số', and
the start of a sentence before a mention."""

from __future__ import annotations

import re

from ..textnorm import is_cap
from .document_forms import line_start
from .document_links import DocMention
from .document_rules import TypeWord

LIST_ITEM = re.compile(r"[;,][ \t]*$")
SENTENCE_END = re.compile(r"[.!?\n]")
YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")  # a bare short number that reads as a year
NAMED_SHORT = re.compile(r"[ \t]+số[ \t]+(?P<n>\d{1,5})(?![\w/]|-\w|[.,]\d)")  # a short number after a name


def sentence_start(text: str, pos: int) -> bool:
    """Nothing but punctuation that ends a sentence (or the line start) before ``pos``."""
    before = text[line_start(text, pos) : pos].rstrip()
    return not before or before[-1] in ".!?:;\"“”'(–-•*"


def no_number(tw: TypeWord, m: re.Match[str]) -> bool:
    """A short reference whose number is none: a report's year ("Báo cáo 2024 của Bộ"; "Báo cáo số 34" is its
    number), the year of an edition or a period after any type word ("theo chương trình 2018"; "Chỉ thị số 2018" is
    a number), a project's number printed in lower case or after 'số' ("Dự án 8" of a national target programme is
    one; "dự án số 2 của khu công nghiệp" is a works package)."""
    if tw.bare and (m["so"] or not is_cap(m["tw"])):
        return True
    if tw.counted and not m["so"]:
        return True
    return not m["so"] and bool(YEAR_NUMBER.fullmatch(m["n"]))


def listed(text: str, pos: int, typ: str, found: list[DocMention]) -> bool:
    """A type word that opens the next item of a list whose earlier item is a plan of that type, in the same
    sentence ("các báo cáo: Kế hoạch tái cơ cấu ... 2016-2020; kế hoạch tài chính 5 năm; ..."); the caller asks it
    of names with a period only."""
    if not LIST_ITEM.search(text, max(0, pos - 4), pos):
        return False
    return any(d.type == typ and d.end <= pos and not SENTENCE_END.search(text, d.end, pos) for d in found)


def listed_law(text: str, start: int, end: int, typ: str, name: str) -> DocMention:
    """A listed law's mention: by the short number printed after it with 'số' ("pháp lệnh ưu đãi người có công với
    cách mạng số 26 của Ủy ban Thường vụ Quốc hội"; a year is none: "Luật Đất đai số 2024"), else by its name."""
    if (n := NAMED_SHORT.match(text, end)) and not YEAR_NUMBER.fullmatch(n["n"]):
        return DocMention(start, n.end(), typ, n["n"], "short")
    return DocMention(start, end, typ, name, "name")
