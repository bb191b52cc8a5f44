"""persons: a name printed as an item of a list of places ("huyện U Minh, Trần Văn Thời", "các phường Hiệp Bình,
Thủ Đức, Tăng Nhơn Phú", "các tuyến phố Hàng Ngang, Lê Thái Tổ, Trần Hưng Đạo (đoạn ...)") is a street or a unit
named after a person, no person: the items are capitalized runs joined by commas (each maybe with a bracket
after it), and one of them is a known place, is printed right after a place word (person_context.tsv
place_mark: "huyện", "phố") or is a street whose segment follows it ("X (đoạn Y - Z)")."""

from __future__ import annotations

import re

from ...textnorm import fold
from .scan import ArticleScan, is_cap

_BRACKET_AFTER = re.compile(r"[ \t]*\([^()\n]{0,80}\)")
_SEGMENT = re.compile(r"[ \t]*\(đoạn(?!\w)")  # "Trần Hưng Đạo (đoạn A - B)": a street's stretch
_JOIN = ", "
_ASIDE_WORDS = r"(?:tuổi|sinh|SN|trú|ngụ|thường trú|quê|người)(?!\w)"
_ASIDE = re.compile(rf"\d|(?<!\w){_ASIDE_WORDS}", re.IGNORECASE)  # an age, a birth or a residence in brackets
# what closes an item: a comma before no age, birth or residence, a full stop, an ellipsis, a semicolon
_ITEM_END = re.compile(rf"(?:,[ \t]+(?!\d|{_ASIDE_WORDS})|\.|…|;|[ \t]*$)", re.MULTILINE)
_LONGEST = 40  # items looked at on either side


def in_place_list(scan: ArticleScan, start: int, end: int) -> bool:
    """``text[start:end]`` is an item of a comma list of which another item, or it, names a place (see the
    module), and is printed as an item: a separator after it (its bracket maybe between), no verb or "và" ("tại
    phường X, Nguyễn Văn A đã ...": the scene, then the person), no age or residence ("xã X, Nguyễn Văn B (35
    tuổi)", "xã Y, Trần Văn C, trú tại ...")."""
    m = _BRACKET_AFTER.match(scan.text, end)
    if m is not None and _ASIDE.search(m.group()):
        return False
    if not _ITEM_END.match(scan.text, m.end() if m else end):
        return False
    items = _items_before(scan, start) + [(start, end)] + _items_after(scan, end)
    return len(items) >= 2 and any(_place_item(scan, s, e) for s, e in items)


def _run_end(scan: ArticleScan, pos: int) -> int | None:
    """The end of the capitalized run opening at ``pos`` (words joined by single spaces), else None."""
    w = scan.word_at(pos)
    if w is None or w[0] != pos or not is_cap(scan.text[w[0] : w[1]]):
        return None
    end = w[1]
    while True:
        nxt = scan.next_word(end)
        if nxt is None or scan.text[end : nxt[0]] != " " or not is_cap(scan.text[nxt[0] : nxt[1]]):
            return end
        end = nxt[1]


def _items_after(scan: ArticleScan, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    text = scan.text
    while len(out) < _LONGEST:
        m = _BRACKET_AFTER.match(text, end)
        pos = m.end() if m else end
        if not text.startswith(_JOIN, pos):
            break
        e = _run_end(scan, pos + len(_JOIN))
        if e is None:
            break
        out.append((pos + len(_JOIN), e))
        end = e
    return out


def _items_before(scan: ArticleScan, start: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    text = scan.text
    while len(out) < _LONGEST:
        if not text[:start].endswith(_JOIN):
            break
        pos = start - len(_JOIN)
        if text[pos - 1 : pos] == ")":  # "Văn Quán (Hà Đông), X": past the item's bracket
            opening = text.rfind("(", max(0, pos - 82), pos)
            if opening < 0:
                break
            pos = scan.skip_spaces_back(opening)
        w = scan.prev_word(pos)
        if w is None or w[1] != pos or not is_cap(text[w[0] : w[1]]):
            break
        s = w[0]
        while True:
            prev = scan.prev_word(s)
            if prev is None or text[prev[1] : s] != " " or not is_cap(text[prev[0] : prev[1]]):
                break
            s = prev[0]
        out.insert(0, (s, w[1]))
        start = s
    return out


def _place_item(scan: ArticleScan, s: int, e: int) -> bool:
    """A known place, a run printed right after a place word, or a street with its segment after it."""
    if s in scan.place_at and scan.place_at[s] == e or scan.in_place(s, e) and s in scan.place_at:
        return True
    if _SEGMENT.match(scan.text, e):
        return True
    return any(fold(scan.words_before(s, n)) in scan.rules.place_marks for n in (1, 2) if scan.words_before(s, n))
