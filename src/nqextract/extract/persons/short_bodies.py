"""persons: a short body name printed after a title ("Ban Chỉ đạo", "Bí thư Đảng ủy") resolved to the article's
full body it stands for: the canonical name, an antecedent printed before the title, the party unit the article names
most, or a full name defined with that short form in brackets; and a school's unit chain printed after a staff title
and a cue word ("giảng viên tại khoa X, Trường Đại học Y": person_context.tsv staff_chain_cue); and a department printed
after a title ending with a prefix's head, which the bodies read with that prefix and the place the article gives it
("Chánh Thanh tra Sở Y tế" -> Sở Y tế tỉnh X)."""

from __future__ import annotations

import re

from ...textnorm import canonical_tones, fold
from ..party_units import printed_units
from ..phrases import phrase_regex
from ..view import LETTERS, view
from .records import TitleHit
from .scan import ArticleScan


def resolve_short(scan: ArticleScan, printed: str, at: int) -> str | None:
    """A short body name ("Ban Chỉ đạo", "Ủy ban") -> the article's full body it stands for."""
    full = scan.canonical(printed)
    if full:
        return full
    key = fold(printed)
    # the bodies printed before the title are its antecedents ("Bí thư Đảng ủy, ..." does not name
    # the "Đảng ủy Bộ Tư pháp" of a later sentence)
    cands = [kb for s, _e, kb in scan.bodies if s < at and (fold(kb).startswith(key + " ") or fold(kb) == key)]
    if cands and key in scan.rules.party_committees:
        # a party unit printed before the title, counted over the whole article with its organs
        everywhere = [kb for _s, _e, kb in scan.bodies if fold(kb).startswith(key + " ")]
        units = {fold(kb) for kb in cands + _party_unit_printings(scan, printed, at)}
        cands = [kb for kb in everywhere + _party_unit_printings(scan, printed, len(scan.text)) if fold(kb) in units]
        spelled = {}  # one spelling per unit, a printed committee's first
        cands = [spelled.setdefault(fold(kb), kb) for kb in cands]
    if not cands:
        cands = _defined_short_forms(scan, printed)
    if not cands:
        return _one_party_unit(scan, printed)
    # the most frequently printed, ties to the latest before the title
    best = max(set(cands), key=lambda kb: (cands.count(kb), len(kb)))
    return best


def placed_department(scan: ArticleScan, hit: TitleHit) -> tuple[str, int] | None:
    """A body printed after a title that ends with a prefix's head ("Chánh Thanh tra | Sở Y tế", "Chánh Văn phòng | Sở
    Tài chính") where the article's bodies read the prefix and that body as one, from inside the title or its start
    ("Thanh tra Sở Y tế tỉnh X", a department printed without its place taking the one the article gives it): (the
    body's part of that name, "Sở Y tế tỉnh X", and the span's end), the part a body's head opens; a title sharing its
    head with the body ("Chánh Văn phòng": "Văn phòng Sở X tỉnh Y" printed whole) only where the name goes on past the
    words printed with a level word and a place (the place the article gives it; not a name completed, "Văn phòng
    Trung ương" -> "Văn phòng Trung ương Đảng"). Else None."""
    head = hit.rule.place_head or hit.rule.shared_head
    pos = scan.skip_spaces(hit.end)
    rx, local = scan.rules.body_heads_re, scan.rules.local_body_re
    if not head or pos == hit.end or rx is None or rx.match(scan.key, pos) is None:
        return None
    for s, e, kb in scan.bodies:
        if not (hit.start <= s < pos < e) or not fold(kb).startswith(fold(head) + " "):
            continue
        body = kb[len(head) + 1 :]
        printed = fold(" ".join(scan.text[pos:e].split()))
        rest = body[len(printed) + 1 :] if fold(body).startswith(printed + " ") else ""
        if hit.rule.place_head or (rest and local and local.match(rest)):
            return body, e
    return None


def _one_party_unit(scan: ArticleScan, printed: str) -> str | None:
    """A bare party committee, or an organ of one ("Phó Bí thư Thường trực Đảng ủy", "Ủy viên Ban Thường vụ Đảng
    ủy"), printed before the article names its unit: the one unit of that committee the whole article names, a place's
    ("Đảng ủy xã X", "Ban Chấp hành Đảng bộ xã X"), with the organ's words before it; None when it names none or
    several, or a unit of no place ("Đảng ủy Bộ X": a foreign guest's "Bí thư Đảng ủy" is not the ministry's)."""
    words = printed.split()
    for i in range(len(words)):
        key = fold(" ".join(words[i:]))
        if key not in scan.rules.party_committees:
            continue
        committee = canonical_tones(" ".join(words[i:]))
        units = {fold(kb): kb for _s, _e, kb in scan.bodies if fold(kb).startswith(key + " ")}
        units.update((fold(kb), kb) for kb in _party_unit_printings(scan, committee, len(scan.text)))
        if len(units) != 1 or not _placed_unit(scan, next(iter(units))[len(key) + 1 :]):
            return None
        rest = next(iter(units))[len(key) + 1 :].split()
        if printed_units(scan.text, view(scan.doc).words(LETTERS), key, scan.rules.local_body_words_longest) \
                - {" ".join(rest[:2])}:
            return None  # "Đảng ủy phường A và Đảng ủy Công an thành phố": another unit printed
        unit = next(iter(units.values()))
        return canonical_tones(" ".join(words[:i] + [unit])) if i else unit
    return None


def _placed_unit(scan: ArticleScan, rest: str) -> bool:
    """``rest`` (a unit's name after its committee, folded) is a place: a local level word and a name ("xã tân hòa")."""
    return any(rest.startswith(level + " ") and len(rest) > len(level) + 1 for level in scan.rules.local_body_words_longest)


def _party_unit_printings(scan: ArticleScan, printed: str, at: int) -> list[str]:
    """A bare party committee ("Bí thư Đảng ủy") stands for the party unit the article names most: each
    printing of a unit's other organs before ``at`` ("Đảng bộ cơ quan Tạp chí Cộng sản", "Ban Chấp hành Đảng bộ
    X", "Ban Thường vụ Đảng ủy X") counts as one of its committee ("Đảng ủy X")."""
    out = []
    for s, _e, kb in scan.bodies:
        if s >= at:
            continue
        m = _PARTY_UNIT.search(kb)
        if m is not None and m.start() + len(m.group(0)) < len(kb) and not fold(kb).startswith(fold(printed) + " "):
            out.append(f"{canonical_tones(printed)} {kb[m.end():]}")
    return out


_PARTY_UNIT = re.compile(r"(?:^|(?<= ))Đảng (?:bộ|ủy) ", re.IGNORECASE)


def _defined_short_forms(scan: ArticleScan, short: str) -> list[str]:
    """Full names defined in this article as "<Full name> (<short>)"."""
    rx = re.compile(
        phrase_regex(short) + r"\b[^()\n]{3,200}?\s*\(" + re.escape(short) + r"\)",
        re.IGNORECASE,
    )
    out = []
    for m in rx.finditer(scan.key):
        full = scan.text[m.start() : m.end()]
        full = full[: full.rfind("(")].rstrip()
        out.append(canonical_tones(full))
    return out


def staff_chain_at(scan: ArticleScan, hit: TitleHit, pos: int) -> int:
    """Where the body after the staff title ``hit`` starts: past a staff_chain_cue ("tại") when a school's unit
    chain follows it (a school_unit_head of body_patterns.tsv opening the body, a comma in it: "Khoa X, Trường Y"), else ``pos``."""
    if not hit.rule.staff or not scan.rules.staff_chain_cues:
        return pos
    for cue in scan.rules.staff_chain_cues:
        if scan.low.startswith(cue + " ", pos):
            at = scan.skip_spaces(pos + len(cue))
            body = scan.body_at.get(at)
            if body is not None and ", " in body[1] and fold(body[1]).startswith(scan.rules.staff_chain_heads):
                return at
    return pos
