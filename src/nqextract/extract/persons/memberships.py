"""persons, phase 4b: memberships of a party committee's organs named after a cue ("chỉ định tham gia Ban
Chấp hành, Ban Thường vụ Huyện ủy và giữ chức phó bí thư Huyện ủy Hoài Ân"; "thôi tham gia Ban Chấp hành,
Ban Thường vụ Tỉnh ủy"): each organ is an Ủy viên position of the person named last before the cue."""

from __future__ import annotations

import re

from ...models import Position
from ...textnorm import canonical_tones, fold
from .records import NameMention
from .scan import SENTENCE_PUNCT, ArticleScan


def memberships(scan: ArticleScan, mentions: list[NameMention]) -> list[tuple[str, Position]]:
    rules = scan.rules
    if not rules.membership_cues or not rules.committee_organs or not rules.committee_words:
        return []
    organ = "|".join(re.escape(o) for o in sorted(rules.committee_organs, key=len, reverse=True))
    word = "|".join(re.escape(w) for w in sorted(rules.committee_words, key=len, reverse=True))
    cue = "|".join(re.escape(c) for c in sorted(rules.membership_cues, key=len, reverse=True))
    rx = re.compile(rf"(?<!\w)({cue})[ \t]+((?:(?:{organ})(?:,[ \t]*|[ \t]+và[ \t]+))*(?:{organ}))[ \t]+({word})(?!\w)")
    out = []
    for m in rx.finditer(scan.low):
        status = rules.membership_cues[m.group(1)]
        sentence_start = max(scan.low.rfind(p, 0, m.start()) for p in SENTENCE_PUNCT) + 1
        sentence_end = min([e for p in SENTENCE_PUNCT if (e := scan.low.find(p, m.end())) >= 0] or [len(scan.low)])
        before = [mm for mm in mentions if sentence_start <= mm.start and mm.end <= m.start()]
        if not before:
            continue
        holder = max(before, key=lambda mm: mm.end).name
        committee = _full_committee(scan, m.group(3), m.start(3), sentence_end)
        if committee is None:
            continue
        for printed in re.split(r",[ \t]*|[ \t]+và[ \t]+", m.group(2)):
            body = _organ_body(scan, printed, m.group(3), committee)
            if body:
                out.append((holder, Position(title=rules.member_title, body=body, status=status)))
    return out


def _full_committee(scan: ArticleScan, word: str, start: int, end: int) -> str | None:
    """The committee a bare "Huyện ủy" stands for: its full printing later in the sentence ("phó bí thư
    Huyện ủy Hoài Ân"), or its printing right here when it carries its place."""
    for s, e, kb in scan.bodies:
        if s < start < e and fold(scan.text[start:e]).startswith(word + " "):
            return canonical_tones(scan.text[start:e])  # "Ban Thường vụ [Thành ủy Đà Nẵng]" read as one span
        if start <= s < end and fold(kb).startswith(word + " "):
            return kb
    return None


def _organ_body(scan: ArticleScan, organ: str, word: str, committee: str) -> str | None:
    """"Ban Chấp hành" of "Huyện ủy Hoài Ân" = Ban Chấp hành Đảng bộ huyện Hoài Ân; "Ban Thường vụ" = Ban
    Thường vụ Huyện ủy Hoài Ân (committee_organ rows: the organ, and whether it names the Đảng bộ)."""
    form = scan.rules.committee_organs.get(organ)
    rest = committee[len(word) :].strip()
    if form is None or not rest:
        return None
    if form == "party":  # the executive committee of the party organization the committee leads
        level = scan.rules.committee_words[word]
        return canonical_tones(" ".join(filter(None, (scan.rules.party_organ_prefix, level, rest))))
    return canonical_tones(f"{form} {committee}")
