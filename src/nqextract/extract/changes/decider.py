"""position_changes, the decider and the decision: the body or office that decided, the document cited."""

from __future__ import annotations

import re

from ...textnorm import fold
from .scan import ChangeScan, Cue, PersonRef, SpanRef


def decided_by(scan: ChangeScan, cue: Cue, lo: int, target: PersonRef, after_cue: bool = False) -> str | None:
    """The body or office right before the cue with only link words between ("Thủ tướng đã ký quyết
    định bổ nhiệm"); for a person before the cue, the one between "được" and the cue ("ông A được
    HĐND tỉnh bầu") or the one before the person ("Thủ tướng cho ông A nghỉ hưu"); a title right before the
    person with no link word between is the person's own, no decider. ``after_cue``: ``lo`` is the end of the
    sentence's cue before this one, and the post printed right after that cue is no decider."""
    spans = (*scan.bodies, *scan.titles)
    if target.end <= cue.start:
        regions = [(lo, target.start)]
        marks = [m for m in re.finditer(r"\w+", scan.key[target.end:cue.start]) if m.group(0) in scan.rules.passive]
        if marks:  # "ông A, Chủ tịch UBND tỉnh, được Ban Bí thư điều động": the decider follows "được"
            regions.insert(0, (target.end + marks[-1].end(), cue.start))
    else:
        regions = [(lo, cue.start)]
    for a, b in regions:
        cands = [s for s in spans if a <= s.start and (s.end <= b or _glued_to_cue(scan, s, b, cue))]
        if after_cue and a == lo and scan.rules.post_rx is not None:
            # ``lo`` ends the cue before: the post printed right after it is that cue's, no decider
            cands = [s for s in cands if scan.rules.post_rx.sub(" ", scan.blank(a, s.start, persons=True)).strip(" ,")]
        for s in sorted(cands, key=lambda s: (-s.end, s.start)):
            if b == target.start and not _a_link_between(scan, s.end, b):
                continue  # "Tân Giám đốc Sở X Nguyễn Văn A được bổ nhiệm": the person's own title
            if _only_links(scan, s.end, b):
                return _office(scan, s)
    return None

def _glued_to_cue(scan: ChangeScan, s: SpanRef, b: int, cue: Cue) -> bool:
    """A body whose last word the tagger glued to the cue's first word ("tỉnh Ninh Bình bầu": "Bình bầu" is
    also a common word): the span ends inside that word, after a capitalized name."""
    return b == cue.start and s.start < b < s.end <= cue.end and s in scan.bodies \
        and not any(c.isspace() for c in scan.key[b:s.end]) and scan.text[s.start:b].split()[-1][:1].isupper()


def _only_links(scan: ChangeScan, a: int, b: int) -> bool:
    gap = scan.blank(a, b, persons=True)
    if scan.rules.link_lead_rx is not None:  # "Thủ tướng quyết định cho ông A thôi giữ chức": "ông" too
        gap = scan.rules.link_lead_rx.sub(" ", gap)
    gap = re.sub(r"[\s,:;\-–]+", " ", gap)
    return gap.strip() in ("", "được", "của")

def _a_link_between(scan: ChangeScan, a: int, b: int) -> bool:
    """A link word between a decider and the person after it ("Thủ tướng cho ông A nghỉ hưu")."""
    rx = scan.rules.link_rx
    return rx is not None and rx.search(scan.blank(a, b, persons=True)) is not None


def _office(scan: ChangeScan, s: SpanRef) -> str:
    """A title with its body ("Thủ tướng Chính phủ"); a body right after a title is that office."""
    if s in scan.bodies:
        title = next((t for t in scan.titles if s.start - 1 <= t.end <= s.start), None)
        return f"{title.label} {s.label}" if title is not None else s.label
    body = next((b.label for b in scan.bodies if s.end <= b.start <= s.end + 1), None)
    if body is None:
        holder = next((p for p in scan.persons if s.end <= p.start <= s.end + 1), None)
        if holder is not None:
            body = next((q.body for q in scan.positions.get(holder.name, [])
                         if fold(q.title) == fold(s.label) and q.body), None)
    return f"{s.label} {body}" if body else s.label


def document(scan: ChangeScan, lo: int, hi: int, cue: Cue) -> str | None:
    inside = [d for d in scan.documents if lo <= d[0] and d[1] <= hi]
    if not inside:
        return None
    return min(inside, key=lambda d: abs(d[0] - cue.start))[2]
