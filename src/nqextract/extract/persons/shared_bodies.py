"""persons, chains: one body printed once for two links of a chain ("Phó Tổng Biên tập, Bí thư Đảng ủy cơ quan
Tạp chí Cộng sản", "Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ A"): which link takes it, and the place a local body
printed without one takes from the next link."""

from __future__ import annotations

import re

from ...textnorm import canonical_tones, fold
from .committee_places import commune_committee
from .level_organs import is_level_organ
from .local_units import has_no_committee
from .records import ChainItem
from .scan import ArticleScan


def share_bodies(scan: ArticleScan, items: list[ChainItem]) -> None:
    """One body printed once for two links of a chain: "Phó Tổng Biên tập, Bí thư Đảng ủy cơ quan Tạp chí
    Cộng sản" (the first link is of the organization whose party committee the second names), "Chánh văn
    phòng kiêm người phát ngôn Bộ Nội vụ"; "phó hiệu trưởng Trường X, kiêm chánh văn phòng" (a last
    link after "kiêm" is of the body before it). A dash joins two links as a comma does ("Bộ trưởng -
    Chủ nhiệm Văn phòng Chính phủ A"). Titles with a default body keep theirs; which body a title may take,
    ``_shares`` says."""
    for cur, nxt in zip(items, items[1:]):
        committee = _committee_of(scan, nxt)
        if committee is not None:
            nxt.body = f"{committee[0]} {committee[1]}"
        _place_from_next(scan, cur, nxt)
        _province_from_next(scan, cur, nxt)
        body = committee[1] if committee is not None else _parent_body(nxt)
        sep = _joined_by(scan, cur.end, nxt.hit.start)
        if cur.body is not None and nxt.body and sep == "" and (commune := commune_committee(scan, cur.body, nxt.body)):
            cur.body = commune  # "Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã X": the commune's
        elif cur.body is not None and fold(cur.body) in scan.rules.party_committees and nxt.body and sep == "" \
                and not has_no_committee(scan, nxt.body):
            cur.body = f"{cur.body} {_committee_org(scan, nxt.body)}"  # "Bí thư Đảng ủy, trưởng Ban X"
        if cur.body is None and nxt.body is not None and sep == "" and (own := _level_committee(scan, cur, nxt.body)):
            cur.body = own
        if cur.body is None and body is not None and sep in ("", "kiêm") and _shares(scan, cur, body, nxt):
            cur.body = body
    last, before = items[-1], items[-2] if len(items) > 1 else None
    if before is not None and last.body is None and before.body is not None and \
            _shares(scan, last, before.body, before) and _joined_by(scan, before.end, last.hit.start) == "kiêm" \
            and not is_level_organ(scan, before):  # "phó bí thư tỉnh X kiêm trưởng ban ...": the title's own organ
        last.body = _parent_body(before)


def _level_committee(scan: ArticleScan, item: ChainItem, body: str) -> str | None:
    """"Phó Bí thư Thường trực, Chủ tịch HĐND tỉnh Nghệ An": a party secretary's title printed without its
    committee before an office of a local government is of that place's party committee (Tỉnh ủy Nghệ An),
    not of the council (person_context.tsv secretary_title, committee_word, local_government)."""
    if fold(item.hit.rule.title) not in scan.rules.secretary_titles:
        return None
    low = fold(body)
    gov = next((g for g in scan.rules.local_governments if low.startswith(g + " ")), None)
    if gov is None:
        return None
    rest = canonical_tones(body[len(gov) + 1 :])
    for level, word in sorted(scan.rules.level_committees.items(), key=lambda kv: -len(kv[0])):
        place = rest[len(level) + 1 :]
        if fold(rest).startswith(level + " ") and place[:1].isupper():
            unit = scan.rules.unit_places.get(fold(place))
            return f"{word} {unit[1] if unit is not None and unit[0] == level else place}"
    return None


def _committee_org(scan: ArticleScan, body: str) -> str:
    """The organization a bare party committee printed before the next link's body belongs to: that body, or
    for a local government ("Ủy ban nhân dân xã X"; person_context.tsv local_government) its place."""
    low = fold(body)
    for gov in scan.rules.local_governments:
        if low.startswith(gov + " ") and len(low) > len(gov) + 1:
            return body[len(gov) + 1 :]
    return body


def _parent_body(item: ChainItem) -> str | None:
    """The body a link shares with another: its own, or, when its title shares its head with the body
    ("Chánh Văn phòng Trường X" = the office of Trường X), the body that head belongs to (Trường X)."""
    body = item.body
    head = item.hit.rule.shared_head
    if body and head and fold(body).startswith(fold(head) + " ") and len(body) > len(head) + 1:
        return body[len(head) + 1 :]
    return body


def _place_from_next(scan: ArticleScan, cur: ChainItem, nxt: ChainItem) -> None:
    """"phó bí thư Huyện ủy, chủ tịch UBND huyện Tây Sơn": a committee printed without its place takes the
    place of the next link's body of the same level (Huyện ủy Tây Sơn), not the article's nearest one."""
    if cur.body is None or nxt.body is None:
        return
    printed = fold(scan.text[scan.skip_spaces(cur.hit.end) : cur.end])
    word = next((w for w in scan.rules.committee_words if printed.endswith(w)), None)
    level = scan.rules.committee_words.get(word or "")
    at = fold(cur.body).rfind(word or "\0")
    if not level or at < 0:
        return
    # "huyện Tây Sơn", "Thành phố Hồ Chí Minh" (the level word capitalized in a canonical name), a place
    # after it ("Ban Tổ chức Tỉnh ủy Hưng Yên" names no place "ủy Hưng Yên")
    m = next((m for m in re.finditer(rf"(?:^|\s){re.escape(level)}\s+(?=(\S.*)$)", canonical_tones(nxt.body),
                                     re.IGNORECASE) if not m.group(1)[:1].islower()), None)
    if m is None:
        return
    unit = scan.rules.unit_places.get(fold(m.group(1)))
    place = unit[1] if unit is not None and unit[0] == level else m.group(1)
    cur.body = canonical_tones(f"{cur.body[: at + len(word)]} {place}")


def _province_from_next(scan: ArticleScan, cur: ChainItem, nxt: ChainItem) -> None:
    """"Phó giám đốc Sở Giao thông vận tải, Phó trưởng Ban An toàn giao thông tỉnh Bắc Kạn": a province's
    department printed without its place (chain_place_head rows) right before a link whose body ends with a
    province takes that province, not the one the article names most (a place the bodies stage gave it is
    dropped). A department printed with a level word, or a next link of a district, keeps its own."""
    tail_re, level_re = scan.rules.province_tail_re, scan.rules.province_level_re
    if cur.body is None or nxt.body is None or not scan.rules.chain_place_heads or tail_re is None or level_re is None:
        return
    if _joined_by(scan, cur.end, nxt.hit.start) != "":
        return
    printed = scan.text[scan.skip_spaces(cur.hit.end) : cur.end].rstrip(" ,")
    if not fold(printed + " ").startswith(scan.rules.chain_place_heads):
        return
    if any(fold(w) in scan.rules.unit_level_words for w in printed.split()[1:]):
        return  # "Sở Y tế tỉnh X", "Sở Y tế TP Hà Nội": printed with its own place
    tail = tail_re.search(canonical_tones(nxt.body))
    if tail is None or not tail.group(2)[:1].isupper() or fold(tail.group(2)) not in scan.rules.unit_places:
        return
    own = level_re.search(cur.body)
    cur.body = f"{cur.body[: own.start()] if own else cur.body} {tail.group(1)}"


def _shares(scan: ArticleScan, item: ChainItem, body: str, other: ChainItem) -> bool:
    """Whether ``item`` may take ``body``, printed with ``other``: not a title with a default body; a title
    that ends with the head of its body ("Phó Trưởng Ban") not a body of the unit the other title names
    ("Phó Trưởng Ban, Tổ phó Tổ Biên tập": the Ban is not the Tổ); no title an organ an office names without
    printing it (a titles.tsv default_body, a position_bodies.tsv body) that is no ministry ("Hiệu trưởng - Ủy
    viên Ban Chấp hành Trung ương Đoàn": no school's head of the Youth Union's Central Committee); a minister's
    title (titles.tsv article_ministry) only a ministry-level body (bodies.tsv kind ministry: "Bộ trưởng, Chủ
    nhiệm Văn phòng Chính phủ"; not "Thứ trưởng, Tổng cục trưởng Tổng cục X"); no deputy's seat (person_context.tsv
    elected_seat: "Đại biểu Quốc hội, Ủy viên Ủy ban X": the committee is not his seat)."""
    rule = item.hit.rule
    if fold(rule.title) in scan.rules.elected_seats:
        return False
    head = rule.shared_head or rule.place_head
    key = fold(body)
    words = key.split()
    if head and words and words[0] != fold(head).split()[0] and words[0] in fold(other.hit.rule.title).split():
        return False
    if key not in scan.rules.ministry_level and (rule.article_ministry or key in scan.rules.office_organs):
        return False
    return not rule.default_body and not rule.needs_body


def _joined_by(scan: ArticleScan, left: int, right: int) -> str:
    """The words between two links, the marks of the chain separators (person_context.tsv chain_sep: a comma, a
    dash) stripped: "" for ", " or " - ", "kiêm" for ", kiêm "."""
    return fold(scan.text[left:right]).strip(scan.rules.chain_sep_marks)


def _committee_of(scan: ArticleScan, item: ChainItem) -> tuple[str, str] | None:
    """A link whose body is the party committee of an organization printed after it ("Bí thư Đảng ủy cơ
    quan Tạp chí Cộng sản"): (the committee as printed, the organization), from person_context.tsv
    party_committee."""
    if item.body is None or not scan.rules.party_committees:
        return None
    pos = scan.skip_spaces(item.hit.end)
    low = scan.low
    for head in scan.rules.party_committees:  # longest first
        if low.startswith(head + " ", pos):
            org_at = scan.skip_spaces(pos + len(head))
            at = scan.body_at.get(org_at)
            if at is not None:
                return canonical_tones(scan.text[pos : pos + len(head)]), at[1]
        body = fold(item.body)
        if body.startswith(head + " ") and len(body) > len(head) + 1:  # "Đảng ủy Báo Nhân Dân" read as one
            return item.body[: len(head)], item.body[len(head) + 1 :]
    return None
