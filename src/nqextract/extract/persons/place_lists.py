"""persons: a name printed as an item of a list a place word opens ("các tuyến phố như: Hàng Gai, Lê Thái Tổ,
Tràng Tiền", "huyện U Minh, Trần Văn Thời và Cái Nước", "đoạn Hàng Khay - Trần Hưng Đạo"): a street, a district
or a ward named after a person, no person.

The place word (person_context.tsv list_place_mark: a street's or an administrative unit's, no venue's) stands
right before the list's first item (past "như", "gồm" and a colon); the list's items are capitalized runs joined
by a comma, "và" or a dash, each with an optional aside in brackets ("Văn Quán (Hà Đông)"). The name is judged a
place when every item is joined by a dash (a street's segment or a crossing: "đoạn Hàng Khay - Trần Hưng Đạo"),
else only when another item of the list, not its first, is no name: a run that opens with no known family name, or
a known place ("Cái Nước", "Hàng Gai"). So "Tại xã Tân Phú, Nguyễn Văn An và Trần Văn Bình ..." (a place set off
before its persons) keeps both persons, as does a list with an age after one of its items ("A và B (25 tuổi) bị
thương"); a name found after a title or an honorific, or before an appositive, is never judged here."""

from __future__ import annotations

import re

from ...textnorm import fold
from .scan import ArticleScan, is_cap

_SPACE = "[ \t\u00a0]"
_SEP_BACK = re.compile(rf"(?:,|{_SPACE}(?:và|[-\u2013])){_SPACE}$")
_SEP_AHEAD = re.compile(rf"(?:,|{_SPACE}(?:và|[-\u2013])){_SPACE}+")
_ASIDE_BACK = re.compile(r"\([^()\n\d]{1,40}\)$")
_ASIDE_AHEAD = re.compile(rf"{_SPACE}*\([^()\n\d]{{1,40}}\)")
_LEAD = re.compile(rf"(?:,?{_SPACE}+(?:như|gồm|gồm có))?{_SPACE}*:?{_SPACE}*$")
_MAX_WORDS = 5
_JUDGED = ("bare", "list")


def _item_back(scan: ArticleScan, end: int) -> int | None:
    """The start of the capitalized run ending at ``end`` (its aside in brackets allowed before ``end``)."""
    text = scan.text
    aside = _ASIDE_BACK.search(text, max(0, end - 42), end)
    if aside is not None:
        end = scan.skip_spaces_back(aside.start())
    w = scan.prev_word(end)
    if w is None or w[1] != end or not is_cap(text[w[0] : w[1]]):
        return None
    start, n = w[0], 1
    while n < _MAX_WORDS:
        p = scan.prev_word(start)
        if p is None or text[p[1] : start] not in (" ", "\u00a0") or not is_cap(text[p[0] : p[1]]):
            break
        start, n = p[0], n + 1
    return start


def _item_ahead(scan: ArticleScan, pos: int) -> tuple[int, int] | None:
    """The capitalized run starting at ``pos``: (start, end)."""
    text = scan.text
    w = scan.word_at(pos)
    if w is None or not is_cap(text[w[0] : w[1]]):
        return None
    end, n = w[1], 1
    while n < _MAX_WORDS:
        nxt = scan.next_word(end)
        if nxt is None or text[end : nxt[0]] not in (" ", "\u00a0") or not is_cap(text[nxt[0] : nxt[1]]):
            break
        end, n = nxt[1], n + 1
    return pos, end


def _past_aside(scan: ArticleScan, end: int) -> int:
    m = _ASIDE_AHEAD.match(scan.text, end)
    return m.end() if m is not None else end


_AGE = re.compile(r"[ \t\u00a0]*(?:\((?:\d|SN|sinh)|,[ \t\u00a0]+\d{1,3}[ \t\u00a0]+tuổi)")


def _aged(text: str, end: int) -> bool:
    return _AGE.match(text, end) is not None


def _marked(scan: ArticleScan, start: int) -> bool:
    """A street's or a unit's word right before the list's first item, past "như", "gồm" and a colon."""
    m = _LEAD.search(scan.text, max(0, start - 12), start)
    at = m.start() if m is not None else start
    return any(scan.words_before(at, n) in scan.rules.list_place_marks for n in (1, 2))


_FRONTED = re.compile(r"(?:tại|ở|trên|còn|riêng|về phía|đối với)\b", re.IGNORECASE)


def _fronted(scan: ArticleScan, start: int) -> bool:
    """The list's first item ends a phrase of place that opens the sentence ("Tại xã Tân Phú, A và B ..."): the
    comma after it sets the place off before the sentence's persons, no list of places."""
    text = scan.text
    opening = max(text.rfind(c, 0, start) for c in ".!?\n:;") + 1
    prefix = text[opening:start].strip()
    return _FRONTED.match(prefix) is not None and len(prefix.split()) <= 5


def _no_name(scan: ArticleScan, item: tuple[int, int], found: dict[int, tuple[int, str]]) -> bool:
    s, e = item
    if s in found or s in scan.title_starts or any(bs < e and s < be for bs, be, _ in scan.bodies):
        return False  # a person, a title or a body listed beside the name ("A và Hội Nông dân xã")
    if scan.place_at.get(s) == e:
        return True
    first = scan.word_at(s)
    return first is not None and fold(scan.text[first[0] : first[1]]) not in scan.rules.surnames


def in_place_list(scan: ArticleScan, start: int, end: int, found: dict[int, tuple[int, str]]) -> bool:
    """Whether the name at ``start``-``end`` is an item, not the first, of a list of places (module doc)."""
    text = scan.text
    items: list[tuple[int, int]] = []
    dashes = True  # every separator a dash: a street's segment or a crossing ("đoạn A - B", "nút giao C - D")
    pos = start
    while True:  # back to the list's first item
        sep = _SEP_BACK.search(text, max(0, pos - 6), pos)
        if sep is None:
            break
        s = _item_back(scan, sep.start())
        if s is None:
            break
        items.insert(0, (s, sep.start()))
        dashes = dashes and sep.group().strip() in ("-", "\u2013")
        pos = s
    if not items or not _marked(scan, items[0][0]) or _fronted(scan, items[0][0]):
        return False
    if _aged(text, end):
        return False  # "A (38 tuổi)": a person's age
    pos = _past_aside(scan, end)
    while (sep := _SEP_AHEAD.match(text, pos)) is not None:  # on to its last
        item = _item_ahead(scan, sep.end())
        if item is None:
            break
        if _aged(text, item[1]):
            return False  # "..., A và B (25 tuổi) bị thương": a list of persons
        items.append(item)
        dashes = dashes and sep.group().strip() in ("-", "\u2013")
        pos = _past_aside(scan, item[1])
    return dashes or any(_no_name(scan, item, found) for item in items[1:])


def drop_place_items(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> dict[int, tuple[int, str]]:
    """``found`` without the names read with no title or honorific that are items of a list of places."""
    return {s: (e, why) for s, (e, why) in found.items()
            if why not in _JUDGED or not in_place_list(scan, s, e, found)}
