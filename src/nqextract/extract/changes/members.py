"""position_changes, memberships: "thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy", "chỉ định tham gia
Ban Chấp hành, Ban Thường vụ Đảng ủy và giữ chức ...": each board a post of its own (Ủy viên), its party
committee completed from the committee's full name later in the clause ("... Tỉnh ủy Quảng Bình")."""

from __future__ import annotations

import re

from ...textnorm import fold
from .scan import ChangeScan, Cue

MEMBER_TITLE = "Ủy viên"
_SEP = re.compile(r"\s*(?:,|và\b|vào\b)?\s*")  # "và" a word, not the start of "vào"; "tham gia vào Ban ..."


def memberships(scan: ChangeScan, cue: Cue, hi: int, after: int | None = None) -> list[tuple[str, str]]:
    """(title, body) of every board the cue's "tham gia" names; [] when it names none. "tham gia" ends
    the cue ("thôi tham gia"), follows it ("chỉ định tham gia") or follows the person after it at
    ``after`` ("chỉ định ông A tham gia")."""
    rules = scan.rules
    if rules.member_rx is None or rules.board_rx is None or rules.committee_rx is None:
        return []
    at = cue.end
    tail = rules.member_rx.search(scan.key, max(cue.start, at - 12), at)
    if tail is None or tail.end() != at:
        m = rules.member_rx.match(scan.key, _skip(scan, at, hi), hi)
        if m is None and after is not None:
            m = rules.member_rx.match(scan.key, _skip(scan, after, hi), hi)
        if m is None:
            return []
        at = m.end()
    boards: list[str] = []
    while True:
        pos = _skip(scan, at, hi)
        m = rules.board_rx.match(scan.key, pos, hi)
        if m is None:
            break
        boards.append(scan.text[m.start():m.end()])
        at = m.end()
    if not boards:
        return []
    c = rules.committee_rx.match(scan.key, _skip(scan, at, hi), hi) or _post_committee(scan, cue, at, hi)
    if c is None:
        return []
    committee = _committee_name(scan, c.start(), c.end(), hi)
    if committee is None:
        return []
    word = " ".join(c.group(0).split())
    return [(MEMBER_TITLE, _board_body(scan, board, word, committee)) for board in boards]


_TO_POST_GAP = 40  # characters from the last board to the title of that post


def _post_committee(scan: ChangeScan, cue: Cue, at: int, hi: int) -> re.Match[str] | None:
    """Boards printed without their committee, then the post the same cue names ("tham gia Ban Chấp hành, Ban
    Thường vụ và giữ chức Phó Bí thư Tỉnh ủy Thanh Hóa", "thôi tham gia Ban Chấp hành, Ban Thường vụ, thôi
    giữ chức Phó Bí thư Tỉnh ủy X"): the committee the post's title is printed with; None otherwise."""
    to_post = scan.rules.to_post_rx.get(cue.rule.change)  # "và giữ chức", ", thôi giữ chức vụ"
    lead = to_post.match(scan.key, at, hi) if to_post is not None else None
    title = next((t for t in scan.titles if t.start == lead.end()), None) if lead else None
    if title is None or title.start - at > _TO_POST_GAP:
        return None
    pos = title.end
    while pos < hi and scan.key[pos] == " ":
        pos += 1
    rx = scan.rules.committee_rx
    return rx.match(scan.key, pos, hi) if rx is not None else None


def _skip(scan: ChangeScan, at: int, hi: int) -> int:
    m = _SEP.match(scan.key, at, hi)
    return m.end() if m else at


def _committee_name(scan: ChangeScan, a: int, b: int, hi: int) -> str | None:
    """The committee's full name: the body printed here if it names a place ("Huyện ủy Hoài Ân"), else
    the next body of the clause that opens with the same word ("Tỉnh ủy" ... "Tỉnh ủy Quảng Bình")."""
    word = fold(scan.key[a:b])
    for s in scan.bodies:
        if s.start < a <= s.end and s.start < hi:
            # the last board and the committee marked as one body ("Ban Thường vụ Tỉnh ủy Nghệ An"): the
            # committee is the rest of its name from the committee's word on
            label = " ".join(s.label.split())
            at = fold(label).find(" " + word + " ")
            if at >= 0:
                return label[at + 1 :]
            continue
        if s.start < a or s.start >= hi:
            continue
        label = " ".join(s.label.split())
        if fold(label).startswith(word) and len(label.split()) > len(word.split()):
            return label
    return None


def _board_body(scan: ChangeScan, board: str, word: str, committee: str) -> str:
    """"Ban Chấp hành" of "Tỉnh ủy Quảng Bình" is "Ban Chấp hành Đảng bộ tỉnh Quảng Bình"; the other
    boards are the committee's ("Ban Thường vụ Tỉnh ủy Quảng Bình")."""
    board = " ".join(board.split())
    level = scan.rules.committee_levels.get(fold(word))
    rest = committee[len(word):].strip()
    if level is not None and fold(board) == fold(scan.rules.party_board):
        return " ".join(x for x in (board, "Đảng bộ", level, rest) if x)
    return f"{board} {committee}"


def seat(scan: ChangeScan, cue: Cue, hi: int) -> str | None:
    """"được bầu vào Ban Chấp hành Trung ương Đảng", "được Ban Chấp hành Trung ương bầu vào Bộ Chính trị":
    the board printed right after the cue and its seat_lead word, a body found whole, whose member
    (Ủy viên) the person becomes; ``None`` otherwise."""
    rx = scan.rules.seat_rx
    if rx is None:
        return None
    at = cue.end
    while at < hi and scan.key[at].isspace():
        at += 1
    m = rx.match(scan.key, at, hi)
    if m is None:
        return None
    body = next((s for s in scan.bodies if s.start == m.start("board") and s.end <= hi), None)
    return " ".join(body.label.split()) if body is not None else None
