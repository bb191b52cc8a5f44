"""persons: names printed as the name of a thing, no person of the article: an institution's own name right
after its head ("chủ tịch HĐQT Tập đoàn X", "phạt Công ty TNHH sản xuất và thương mại Y", "giáo viên Trường Phổ
thông đặc biệt Z", "nha khoa W": a firm, a school, a clinic or a unit named after a person or by a name shaped
as one), and an item of a list of places ("các phường gồm: Linh Xuân, X, Long Bình", "các tuyến phố Hàng
Khay, Y, Nhà Thờ": streets and wards named after a person among others named otherwise).

Only the phrases of ``institution_gap`` (legal forms, a school's level or kind, read whole: "một thành viên",
"tiểu học") may stand between the head and the name, and after a legal form the firm's lines of business (lower
case, or one capitalized word before lower-case ones: "Công ty cổ phần Đầu tư xây dựng Y") up to an
``institution_gap_stop`` word ("Công ty cổ phần này đã ...", "Công ty TNHH thuộc sở hữu của ...": a person's
name after it); a brand between ("Tập đoàn Vingroup Phạm Nhật Vượng") leaves the name a person's. Such a name
stays a person when the article names him elsewhere with no head before him, or by his last word after an
honorific or a title ("ông Nghĩa", "Giám đốc Nghĩa"), when a title opens the clause right before the bare head
("Giám đốc Công ty Nguyễn Văn A ký ...": the director; a title set off after a person's name, "bà B (chủ tịch
Tập đoàn X)", is hers, X the firm's name), or when the head printed alone stands for a firm of that head the
article names ("Giám đốc Công ty Nguyễn Văn A" where "Công ty Than B" is printed). An office whose body is the
bare head of such a firm names the whole firm ("chủ tịch HĐQT Tập đoàn X": body "Tập đoàn X").

A list item counts as a place when it lies in a known place, or has two or more Vietnamese words and opens with
no family name and no middle name ("Văn Lâm", "Gia Hân" are given names printed short, no places)"""

from __future__ import annotations

from bisect import bisect_left

from ...textnorm import canonical_tones, fold, is_cap
from ..view import view
from .scan import ArticleScan, looks_vietnamese

_LISTED_RULES = ("bare", "list")  # a name read with no title nor honorific before it
_MIN_PLACES = 2  # items of the list no name (Vietnamese words, no family name first, not found as a name)
_MAX_ITEM = 5  # words of a list item
_MAX_ASIDE = 63  # characters of an aside in brackets after a list item, brackets and space included
_SEPS = (",", "và", ":")  # tokens cutting a sentence into list pieces
_ENDS = (";", ".")  # tokens ending a list inside a sentence
_MAX_GAP = 8  # words read back from a name for its head and the gap words
_GAP_PHRASE = 5  # words of the longest gap phrase ("phổ thông dân tộc nội trú")
_HEAD_WORDS = 3  # the longest head ("văn phòng luật sư" has four syllables: read as 1 to 4 words)


def thing_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> set[int]:
    """The starts of ``found`` names that name a thing (see the module), unless the article names the same
    words as a person elsewhere."""
    flagged: set[int] = set()
    heads: dict[int, tuple[int, int]] = {}
    for s, (e, why) in found.items():
        head = _head_before(scan, s)
        if head is not None and not _short_for_named_firm(scan, *head) and not _titled_bare_head(scan, *head):
            flagged.add(s)
            heads[s] = head[:2]
        elif why in _LISTED_RULES and _among_places(scan, found, s, e):
            flagged.add(s)
    if not flagged:
        return flagged
    elsewhere = {fold(scan.text[s:e]) for s, (e, _why) in found.items() if s not in flagged}
    addressed = _addressed_words(scan)
    flagged = {s for s in flagged if fold(scan.text[s : found[s][0]]) not in elsewhere
               and not _last_word_in(scan, found[s][0], addressed)}
    for s in flagged & heads.keys():
        _widen_bodies(scan, *heads[s], found[s][0])
    return flagged


def _widen_bodies(scan: ArticleScan, hs: int, he: int, end: int) -> None:
    """An office whose body is the institution's bare head ("chủ tịch HĐQT Tập đoàn" before the firm's name):
    its body is the whole name, head to name ("Tập đoàn X")."""
    head = fold(scan.text[hs:he])
    for ch in scan.chains:
        for it in ch.items:
            if it.body is not None and it.end == he and fold(it.body) == head:
                it.body, it.end = canonical_tones(scan.text[hs:end]), end


def _last_word_in(scan: ArticleScan, end: int, words: set[str]) -> bool:
    """The word ending at ``end`` is one of ``words`` (folded)."""
    w = scan.prev_word(end)
    return w is not None and fold(scan.text[w[0] : w[1]]) in words


def _addressed_words(scan: ArticleScan) -> set[str]:
    """The capitalized words printed right after an honorific or a title with no capitalized word after them:
    a person's short form ("ông Toàn", "bà Lan", "Giám đốc Toàn")."""
    out: set[str] = set()
    for end in [he for _hs, he in scan.honorific_spans] + [h.end for h in scan.hits]:
        w = scan.next_word(end)
        if w is None or scan.text[end : w[0]] not in (" ", "\u00a0") or not is_cap(scan.text[w[0] : w[1]]):
            continue
        after = scan.next_word(w[1])
        if after is None or scan.text[w[1] : after[0]] not in (" ", "\u00a0") or not is_cap(
                scan.text[after[0] : after[1]]):
            out.add(fold(scan.text[w[0] : w[1]]))
    return out


def _titled_bare_head(scan: ArticleScan, hs: int, he: int, bare: bool) -> bool:
    """A title opening a clause right before a bare firm's head ("Giám đốc Công ty X ký", "Chủ tịch Tập đoàn Y
    trả lời"): the name after it is the officer's, whether or not the article names another firm; a title set
    off after a person's name ("bà A (chủ tịch HĐQT Tập đoàn X)", "bà B, chủ tịch Tập đoàn Y,") is that
    person's, the name after the head the firm's."""
    if not bare or fold(scan.text[hs:he]) not in scan.rules.institution_titled:
        return False
    return any(h.end <= hs and not scan.text[h.end : hs].strip() and not _set_off(scan, h.start) for h in scan.hits)


def _set_off(scan: ArticleScan, pos: int) -> bool:
    """``pos`` follows an aside's opening: a comma, a bracket or a dash."""
    before = scan.text[max(0, pos - 3) : pos].rstrip(" \u00a0")
    return bool(before) and before[-1] in ",(–-"


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
        if gap:
            free = _gap_free(scan, printed[cut:])
            if free is None or _named_in(scan, [words[cut + i] for i in free]):
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


def _gap_free(scan: ArticleScan, gap: list[str]) -> list[int] | None:
    """Only gap phrases between head and name; after a legal form, the firm's lines of business too, up to a
    stop word: the indices of the gap's words no gap phrase covers, or None when the gap is none."""
    rules = scan.rules
    formed = False
    keys = [fold(w) for w in gap]
    free: list[int] = []
    i = 0
    while i < len(gap):
        if keys[i] in rules.institution_gap_stops:
            return None
        n = next((n for n in range(min(_GAP_PHRASE, len(gap) - i), 0, -1)
                  if " ".join(keys[i : i + n]) in rules.institution_gaps), 0)
        if n:
            formed = formed or " ".join(keys[i : i + n]) in rules.institution_forms
            i += n
            continue
        w = gap[i]
        if formed and (not is_cap(w) or (looks_vietnamese(w) and i + 1 < len(gap) and not is_cap(gap[i + 1]))):
            free.append(i)
            i += 1
            continue
        return None
    return free


def _named_in(scan: ArticleScan, words: list[tuple[int, int]]) -> bool:
    """An honorific or a title opens at one of ``words`` ("Công ty TNHH của ông A"; "một thành viên" is a legal
    form, no member): no gap."""
    starts = {a for a, _b in words}
    return any(hs in starts for hs, _he in scan.honorific_spans) or bool(starts & scan.title_starts)


def _short_for_named_firm(scan: ArticleScan, hs: int, he: int, bare: bool) -> bool:
    """The head printed alone stands for a firm the article names with that head ("Công ty" for "Công ty Than
    B"): the name after it is its officer's."""
    if not bare:
        return False
    head = fold(scan.text[hs:he]) + " "
    return any(bs != hs and fold(scan.text[bs:be]).startswith(head) for bs, be, _ in scan.bodies)


def _among_places(scan: ArticleScan, found: dict[int, tuple[int, str]], s: int, e: int) -> bool:
    """The name is an item of a list (", ", "và" between items, an aside in brackets after one) holding at least
    ``_MIN_PLACES`` items, and more than names, that are places: in a known place, or two or more Vietnamese
    words opening with no family name nor middle name, found as no name ("Linh Xuân", "Hàng Khay", "Nhà Thờ");
    a list of artists' stage names found as names is none ("Cẩm Vân, X, Y, Nhóm Z"). Reads the Doc's sentence
    and tokens."""
    pieces = _pieces(scan, s)
    at = next((i for i, (a, b) in enumerate(pieces) if a <= s < b), None)
    if at is None or _item_words(scan, *pieces[at]) is None:
        return False
    i, j = at, at + 1
    while i > 0 and _item_words(scan, *pieces[i - 1]) is not None:
        i -= 1
    while j < len(pieces) and _item_words(scan, *pieces[j]) is not None:
        j += 1
    # the pieces of the lead-in and the clause going on after the list are left out, a place or a name
    # printed there no item ("Theo UBND phường X, A và Tuấn Anh là ...")
    items = [(a, b) for a, b in pieces[i:j] if not a <= s < b]
    places = names = 0
    for a, b in items:
        words = [scan.text[x:y] for x, y in _item_words(scan, a, b) or []]
        if not words:
            continue
        if fold(words[0]) in scan.rules.surnames or any(a <= fs < b for fs in found):
            names += 1
        elif scan.in_place(a, b):
            places += 1
        else:  # "Văn Lâm", "Gia Hân": a given name's shape (a middle name first), no place of its own
            places += (len(words) > 1 and all(looks_vietnamese(w) for w in words)
                       and fold(words[0]) not in scan.rules.middle_names)
    return places >= _MIN_PLACES and places > names


def _item_words(scan: ArticleScan, a: int, b: int) -> list[tuple[int, int]] | None:
    """The words of a list item: one to ``_MAX_ITEM`` capitalized words, maybe an aside in brackets after them
    ("Văn Quán (Hà Đông)"); None for a piece that is no item."""
    text = scan.text
    if text.endswith(")", a, b) and 0 < b - (k := text.rfind(" (", a, b)) <= _MAX_ASIDE and k > a:
        b = k  # the aside after the item
    lo = bisect_left(scan.word_starts, a)
    words = []
    for x, y in scan.words[lo:]:
        if x >= b:
            break
        words.append((x, y))
    gaps = [text[y:x] for (_, y), (x, _) in zip(words, words[1:])]
    if not 1 <= len(words) <= _MAX_ITEM or words[0][0] != a or words[-1][1] != b or any(g != " " for g in gaps):
        return None
    return words if all(is_cap(text[x:y]) for x, y in words) else None


def _pieces(scan: ArticleScan, s: int) -> list[tuple[int, int]]:
    """The Doc's sentence holding ``s``, cut at its list separators outside brackets (a comma, a colon, "và"):
    (start, end) of each piece, its first token's start to its last one's end."""
    v = view(scan.doc)
    k = v.sentence_of(s)
    lo, hi = v.sentences[k] if k is not None else (0, len(scan.text))
    out: list[tuple[int, int]] = []
    depth, start, end = 0, None, None
    for at, tok, _tag in v.tokens[bisect_left(v.tokens, (lo,)) :]:
        if at >= hi:
            break
        if not tok.strip():
            continue
        depth += (tok == "(") - (tok == ")" and depth > 0)
        if depth == 0 and (tok in _SEPS or tok in _ENDS):
            if start is not None:
                out.append((start, end))
            if tok in _ENDS:
                out.append((at, at))  # no item: the list ends here
            start = end = None
            continue
        start = at if start is None else start
        end = at + len(tok)
    if start is not None:
        out.append((start, end))
    return out
