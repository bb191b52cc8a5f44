"""persons: names printed as the name of a thing, no person of the article: an institution's own name right
after its head ("chủ tịch HĐQT Tập đoàn X", "phạt Công ty TNHH sản xuất và thương mại Y", "giáo viên Trường Phổ
thông đặc biệt Z", "nha khoa W": a firm, a school, a clinic or a unit named after a person or by a name shaped
as one), and an item of a list of places ("các phường gồm: Linh Xuân, X, Long Bình", "các tuyến phố Hàng
Khay, Y, Nhà Thờ": streets and wards named after a person among others named otherwise).

Only the words of ``institution_gap`` (legal forms, a school's level or kind) may stand between the head and
the name, and after a legal form the firm's lines of business (lower case, or one capitalized word before
lower-case ones: "Công ty cổ phần Đầu tư xây dựng Y"); a brand between ("Tập đoàn Vingroup Phạm Nhật Vượng")
leaves the name a person's. Such a name stays a person when the article names him elsewhere with no head
before him, or when the head printed alone stands for a firm of that head the article names ("Giám đốc Công ty
Nguyễn Văn A" where "Công ty Than B" is printed: the director)."""

from __future__ import annotations

import re

from ...textnorm import fold, is_cap
from .scan import ArticleScan, looks_vietnamese

_LISTED_RULES = ("bare", "list")  # a name read with no title nor honorific before it
_MIN_PLACES = 2  # items of the list no name (Vietnamese words, no family name first, not found as a name)
_MAX_ITEM = 5  # words of a list item
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_ASIDE = re.compile(r" \([^()\n]{0,60}\)$")
_SEPS = (", ", " và ", ": ")
_SENTENCE_END = re.compile(r"[.;!?\n](?:\s|$)")
_MAX_GAP = 8  # words read back from a name for its head and the gap words
_HEAD_WORDS = 3  # the longest head ("văn phòng luật sư" has four syllables: read as 1 to 4 words)


def thing_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> set[int]:
    """The starts of ``found`` names that name a thing (see the module), unless the article names the same
    words as a person elsewhere."""
    flagged: set[int] = set()
    for s, (e, why) in found.items():
        head = _head_before(scan, s)
        if head is not None and not _short_for_named_firm(scan, *head):
            flagged.add(s)
        elif why in _LISTED_RULES and _among_places(scan, found, s, e):
            flagged.add(s)
    if not flagged:
        return flagged
    elsewhere = {fold(scan.text[s:e]) for s, (e, _why) in found.items() if s not in flagged}
    return {s for s in flagged if fold(scan.text[s : found[s][0]]) not in elsewhere}


def _words_back(scan: ArticleScan, s: int) -> list[tuple[int, int]]:
    """Up to ``_MAX_GAP + _HEAD_WORDS + 1`` words right before ``s``, nearest last, joined by single spaces."""
    out: list[tuple[int, int]] = []
    end = s
    while len(out) < _MAX_GAP + _HEAD_WORDS + 1:
        w = scan.prev_word(end)
        if w is None or scan.text[w[1] : end] not in (" ", "\u00a0"):
            break
        out.insert(0, w)
        end = w[0]
    return out


def _head_before(scan: ArticleScan, s: int) -> tuple[int, int, bool] | None:
    """(head start, head end, no gap word) of an institution head before the name at ``s``, or None."""
    rules = scan.rules
    words = _words_back(scan, s)
    printed = [scan.text[a:b] for a, b in words]
    for gap in range(0, min(_MAX_GAP, len(words)) + 1):
        cut = len(words) - gap
        if gap and (not _gap_ok(scan, printed[cut:]) or _named_in(scan, words[cut][0], s)):
            continue
        for n in range(1, _HEAD_WORDS + 2):
            if cut - n < 0:
                break
            head = " ".join(printed[cut - n : cut])
            key = fold(head)
            if key in rules.institution_heads or head in rules.institution_cased or (
                    gap and key in rules.institution_gapped):
                return words[cut - n][0], words[cut - 1][1], gap == 0
    return None


def _gap_ok(scan: ArticleScan, gap: list[str]) -> bool:
    """Only gap words between head and name; after a legal form, the firm's lines of business too."""
    rules = scan.rules
    formed = False
    for i, w in enumerate(gap):
        key = fold(w)
        if key in rules.institution_gaps:
            formed = formed or key in rules.institution_forms
            continue
        if formed and (not is_cap(w) or (looks_vietnamese(w) and i + 1 < len(gap) and not is_cap(gap[i + 1]))):
            continue
        return False
    return True


def _named_in(scan: ArticleScan, start: int, end: int) -> bool:
    """An honorific or a title opens between ``start`` and ``end`` ("Công ty TNHH của ông A"): no gap."""
    return any(start <= hs < end for hs, _he in scan.honorific_spans) or any(
        start <= t < end for t in scan.title_starts)


def _short_for_named_firm(scan: ArticleScan, hs: int, he: int, bare: bool) -> bool:
    """The head printed alone stands for a firm the article names with that head ("Công ty" for "Công ty Than
    B"): the name after it is its officer's."""
    if not bare:
        return False
    head = fold(scan.text[hs:he]) + " "
    return any(bs != hs and fold(scan.text[bs:be]).startswith(head) for bs, be, _ in scan.bodies)


def _among_places(scan: ArticleScan, found: dict[int, tuple[int, str]], s: int, e: int) -> bool:
    """The name is an item of a list (", ", "và" between items, an aside in brackets after one) holding at least
    ``_MIN_PLACES`` items, and more than names, that are no name: two or more Vietnamese words not opening with a
    family name, found as no name ("Linh Xuân", "Hàng Khay", "Nhà Thờ"); a list of artists' stage names found as
    names is none ("Cẩm Vân, X, Y, Nhóm Z")."""
    text = scan.text
    ends = [m.start() for m in _SENTENCE_END.finditer(text, 0, s)]
    lo = ends[-1] + 1 if ends else 0
    m = _SENTENCE_END.search(text, e)
    hi = m.start() if m else len(text)
    pieces = _pieces(text, lo, hi)
    at = next((i for i, (a, b) in enumerate(pieces) if a <= s < b), None)
    if at is None or not _is_item(text, *pieces[at]):
        return False
    i, j = at, at + 1
    while i > 0 and _is_item(text, *pieces[i - 1]):
        i -= 1
    while j < len(pieces) and _is_item(text, *pieces[j]):
        j += 1
    # the pieces of the lead-in and the clause going on after the list are left out, a place or a name
    # printed there no item ("Theo UBND phường X, A và Tuấn Anh là ...")
    items = [(a, b) for a, b in pieces[i:j] if not a <= s < b]
    places = names = 0
    for a, b in items:
        words = _ASIDE.sub("", text[a:b]).split()
        if not words:
            continue
        if fold(words[0]) in scan.rules.surnames or any(a <= fs < b for fs in found):
            names += 1
        else:
            places += len(words) > 1 and all(looks_vietnamese(w) for w in words)
    return places >= _MIN_PLACES and places > names


def _is_item(text: str, a: int, b: int) -> bool:
    """One to ``_MAX_ITEM`` capitalized words, maybe an aside in brackets after them ("Văn Quán (Hà Đông)")."""
    words = _ASIDE.sub("", text[a:b]).split(" ")
    return 1 <= len(words) <= _MAX_ITEM and all(is_cap(w) and _WORD.fullmatch(w) for w in words)


def _pieces(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """``text[lo:hi]`` cut at the list separators outside brackets: (start, end) of each piece."""
    out: list[tuple[int, int]] = []
    depth, start, k = 0, lo, lo
    while k < hi:
        c = text[k]
        depth += (c == "(") - (c == ")" and depth > 0)
        sep = next((x for x in _SEPS if text.startswith(x, k)), None) if depth == 0 else None
        if sep is not None:
            out.append((start, k))
            start = k = k + len(sep)
            continue
        k += 1
    out.append((start, hi))
    return out
