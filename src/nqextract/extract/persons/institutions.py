"""persons: names printed as an institution's own name right after its head ("chủ tịch HĐQT Tập đoàn X",
"phạt Công ty TNHH sản xuất và thương mại Y", "giáo viên Trường Phổ thông đặc biệt Z", "nha khoa W"): a firm,
a school, a clinic or a unit named after a person or by a name shaped as one, no person of the article.

Only the words of ``institution_gap`` (legal forms, a school's level or kind) may stand between the head and
the name, and after a legal form the firm's lines of business (lower case, or one capitalized word before
lower-case ones: "Công ty cổ phần Đầu tư xây dựng Y"); a brand between ("Tập đoàn Vingroup Phạm Nhật Vượng")
leaves the name a person's. Such a name stays a person when the article names him elsewhere with no head
before him, or when the head printed alone stands for a firm of that head the article names ("Giám đốc Công ty
Nguyễn Văn A" where "Công ty Than B" is printed: the director)."""

from __future__ import annotations

from ...textnorm import fold, is_cap
from .scan import ArticleScan, looks_vietnamese

_MAX_GAP = 8  # words read back from a name for its head and the gap words
_HEAD_WORDS = 3  # the longest head ("văn phòng luật sư" has four syllables: read as 1 to 4 words)


def institution_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> set[int]:
    """The starts of ``found`` names that are an institution's own name (see the module)."""
    flagged: set[int] = set()
    for s in found:
        head = _head_before(scan, s)
        if head is not None and not _short_for_named_firm(scan, *head):
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
