"""position_changes, results lists: a conference's results printed one item to a line after its cue.

"Hội nghị đã biểu quyết bầu các chức danh:" then "✅ Ông A giữ chức vụ Trưởng ban ...", "- Bà B giữ chức Phó
Trưởng ban ...": a cue of an election or an appointment ending its sentence on a colon, with nobody after it in
that sentence, concerns the person heading each sentence after it that is an item of the list: the person first
(a bullet, a number, honorifics and ranks aside), a post word right after him (a result_adverb maybe between:
"tiếp tục giữ chức"), no cue of its own. The list ends at the first sentence that is no such item. Each item's
post is the one its post word introduces; its term the one it prints, else the cue's.

A cue after a nomination's word in its sentence (result_break gap rows: "giới thiệu nhân sự để Hội đồng nhân
dân bầu các chức danh:") lists nominees, not results: no change."""

from __future__ import annotations

import re

from ...models import PositionChange
from ...textnorm import fold
from .decider import decided_by, document
from .people import unreal
from .posts import post
from .scan import ChangeScan, Cue, PersonRef
from .when import change_dates

# the changes a results list reports: an election's and an appointment's ("bầu", "chỉ định")
_RESULTS = ("elected", "appointed")
# what may open an item before its person, honorifics and ranks removed: bullets, numbers, punctuation
_ITEM_MARK = re.compile(r"[\W\d_]*")


def results(scan: ChangeScan, sentences: list[tuple[int, int, list[Cue]]], k: int) -> list[PositionChange]:
    """The changes of the results list the last cue of sentence ``k`` opens, if it opens one."""
    lo, hi, found = sentences[k]
    cue = _opening_cue(scan, lo, hi, found)
    if cue is None:
        return []
    # the cue sentence's date, and its term printed anywhere in it ("Đại hội ... nhiệm kỳ 2026 - 2031 đã bầu ...:")
    c_eff = change_dates(scan, lo, hi, cue.start)[0]
    _e, c_start, c_end = change_dates(scan, lo, hi, lo)
    out: list[PositionChange] = []
    for jlo, jhi, own in sentences[k + 1:]:
        if _ITEM_MARK.fullmatch(scan.key[jlo:jhi].replace(" ", "").strip()):
            continue  # an item's number split off as a sentence of its own ("1.")
        found = _item_person(scan, jlo, jhi, own)
        if found is None:
            break
        p, post_end = found
        if any(p.end <= t.start < post_end for t in scan.titles):
            continue  # a title read over the post word ("chức vụ Trưởng ban" read "Vụ trưởng"): no post told
        at = Cue(max(jlo, p.start - 1), p.start, cue.rule, None)
        title, body, _acting = post(scan, at, p, jhi)
        if title is None:
            break
        _eff, t_start, t_end = change_dates(scan, jlo, jhi, p.start)
        if t_start is None:
            t_start, t_end = c_start, c_end
        out.append(PositionChange(
            person=p.name, change=cue.rule.change, title=title, body=body,
            decided_by=decided_by(scan, cue, lo, p), document=document(scan, lo, hi, cue),
            effective=c_eff, start=t_start, end=t_end, span_start=p.start, span_end=p.end))
    return out


def _opening_cue(scan: ChangeScan, lo: int, hi: int, found: list[Cue]) -> Cue | None:
    """The sentence's last cue when it opens a results list: an active election or appointment, the sentence
    ending on a colon after it with nobody between, no nomination's, unreal or negation word before it."""
    if not found:
        return None
    cue = found[-1]
    rule = cue.rule
    if rule.change not in _RESULTS or rule.voice != "active" or rule.kind != "cue" or rule.title:
        return None
    tail = scan.key[cue.end:hi].rstrip()
    if not tail.endswith(":") or any(ch in tail[:-1] for ch in ":;") or scan.persons_between(cue.end, hi):
        return None
    before = scan.key[lo:cue.start]
    if any(re.search(rf"(?<!\w){re.escape(fold(w))}(?!\w)", before) for w in scan.rules.gap_words("result_break")):
        return None  # "giới thiệu nhân sự ứng cử để bầu các chức danh:": nominees
    neg = scan.rules.negation_rx
    if unreal(scan, lo, cue.start) or (neg is not None and neg.search(before) is not None):
        return None
    return cue


def _item_person(scan: ChangeScan, lo: int, hi: int, own: list[Cue]) -> tuple[PersonRef, int] | None:
    """The person heading an item of a results list and the end of his post word: the first person of the
    sentence, only a bullet, a number, honorifics and ranks before him, a post word right after him; none when
    the sentence has a cue."""
    if own:
        return None
    p = next((p for p in scan.persons if lo <= p.start and p.end <= hi), None)
    if p is None:
        return None
    lead = scan.key[lo:p.start]
    if scan.rules.lead_rx is not None:
        lead = scan.rules.lead_rx.sub(" ", lead)
    if _ITEM_MARK.fullmatch(lead.replace(" ", "")) is None:
        return None
    rest = scan.key[p.end:hi]
    adverbs = "|".join(re.escape(fold(w)) for w in scan.rules.gap_words("result_adverb"))
    m = re.match(rf"\s+(?:(?:{adverbs})\s+)?" if adverbs else r"\s+", rest)
    post_rx = scan.rules.post_rx
    if m is None or post_rx is None or (word := post_rx.match(scan.key, p.end + m.end())) is None:
        return None
    return p, word.end()
