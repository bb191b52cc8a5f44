"""position_changes, the descriptors: a person introduced by what he does, printed between a cue and his name
("đề cử chính trị gia kỳ cựu A làm X", "chọn luật sư thương mại B làm X", "bổ nhiệm cựu quan chức ngân khố C
làm X"). The world news names a nominee so; the words are no glue of the rules, so the person is concerned only
when a descriptor's head opens them and the post word follows his name."""

from __future__ import annotations

import re

from ...textnorm import fold
from .scan import ChangeScan, PersonRef

# the most words a descriptor runs to after its head ("tổng chưởng lý bang Florida", "quan chức ngoại giao")
_TAIL_WORDS = 4
_BREAK = re.compile(r"[,;:()\[\]\"“”'‘’!?.\-–—/\d]")


def described_nominee(scan: ChangeScan, a: int, person: PersonRef, hi: int) -> bool:
    """key[a:person.start] is a descriptor of the person (lead words such as "cựu", "ông" aside, a head of
    the rules' ``descriptor`` rows first, then at most a few words with no punctuation, digit or other person)
    and a post word ("làm") follows the person's name."""
    rx, post_rx = scan.rules.descriptor_rx, scan.rules.post_rx
    if rx is None or post_rx is None or scan.persons_between(a, person.start):
        return False
    gap = scan.key[a:person.start]
    if _BREAK.search(gap) or _tied_elsewhere(scan, gap):
        return False
    if scan.rules.lead_rx is not None:
        gap = scan.rules.lead_rx.sub(" ", gap)
    gap = " ".join(gap.split())
    m = rx.match(gap)
    if m is None or len(gap[m.end():].split()) > _TAIL_WORDS:
        return False
    rest = scan.key[person.end:hi]
    at = person.end + len(rest) - len(rest.lstrip())
    return (p := post_rx.match(scan.key, at, hi)) is not None and p.start() == at


def _tied_elsewhere(scan: ChangeScan, gap: str) -> bool:
    """The descriptor is someone else's: a break word ("của", "với", "do", "cho") in it, or an honorific inside
    it, neither opening it, a descriptor's head itself ("tỉ phú") nor right before the person ("cố vấn lâu năm
    của ông B", "chuyên gia thân cận ông B")."""
    rx = scan.rules.descriptor_break_rx
    if rx is None:
        return False
    start, end = len(gap) - len(gap.lstrip()), len(gap.rstrip())
    breaks, heads = scan.rules.descriptor_breaks, scan.rules.descriptor_rx
    return any(fold(m.group()) in breaks or m.start() != start and m.end() != end
               and not (heads is not None and heads.fullmatch(m.group())) for m in rx.finditer(gap))
