"""position_changes, results lists: a conference's results printed one item to a line after its cue.

"Hội nghị đã biểu quyết bầu các chức danh:" then "✅ Ông A giữ chức vụ Trưởng ban ...", "- Bà B giữ chức Phó
Trưởng ban ...": a cue of an election or an appointment ending its sentence on a colon, with nobody after it in
that sentence, concerns the person heading each sentence after it that is an item of the list: the person first
(a bullet, a number, honorifics and ranks aside), a post word right after him (a result_adverb maybe between:
"tiếp tục giữ chức"), no cue of its own. The list ends at the first sentence that is no such item. Each item's
post is the one its post word introduces; its term the one it prints, else the cue's.

A cue after a nomination's word in its sentence (result_break gap rows: "giới thiệu nhân sự để Hội đồng nhân
dân bầu các chức danh:") lists nominees, not results: no change; so does a plan's word in the cue's sentence
(result_plan: "Theo kế hoạch, Hội nghị sẽ bầu các chức danh:") and a delegation (result_delegation: "bầu đoàn
đại biểu đi dự Đại hội cấp trên:", "làm Trưởng đoàn"). An item telling a past time (result_past: "giữ chức Bí
thư Chi bộ thôn X từ năm 2015") is a history: skipped. "giữ chức vụ" + a title the titles read over the post
word ("chức vụ Trưởng ban" read "Vụ trưởng") is read from the result_title rows. A body read that stops before
the post's place or end ("Ban Thanh tra" of "Ban Thanh tra nhân dân xã X") is cut short: the item skipped."""

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
        if _said(scan, "result_past", p.end, jhi) or _said(scan, "result_delegation", p.end, jhi):
            continue  # "... giữ chức Bí thư Chi bộ thôn X từ năm 2015": a history; "làm Trưởng đoàn": no office
        told = _post_told(scan, cue, p, post_end, jlo, jhi)
        if told is None:
            break
        title, body, body_end = told
        if title is None or not _whole(scan, body_end, jhi):
            continue  # "Ban Thanh tra" read of "Ban Thanh tra nhân dân xã X": a body cut short, no post told
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
    if _said(scan, "result_break", lo, cue.start):
        return None  # "giới thiệu nhân sự ứng cử để bầu các chức danh:": nominees
    if planned(scan, lo, cue.start) or _said(scan, "result_delegation", lo, hi):
        return None  # "Theo kế hoạch, Hội nghị sẽ bầu các chức danh:"; "bầu đoàn đại biểu đi dự ...:"
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
    # "tiếp tục giữ chức"; "từng giữ chức" (a history: the item is skipped, the list goes on)
    adverbs = "|".join(re.escape(fold(w)) for w in (*scan.rules.gap_words("result_adverb"),
                                                     *scan.rules.gap_words("result_past")))
    m = re.match(rf"\s+(?:(?:{adverbs})\s+)?" if adverbs else r"\s+", rest)
    post_rx = scan.rules.post_rx
    if m is None or post_rx is None or (word := post_rx.match(scan.key, p.end + m.end())) is None:
        return None
    return p, word.end()


def planned(scan: ChangeScan, lo: int, at: int) -> bool:
    """A plan's word (result_plan gap rows: "sẽ", "theo kế hoạch", "dự kiến", "phương án", "kỳ họp tới") in the
    sentence before ``at``: what is told is to come, no result."""
    return _said(scan, "result_plan", lo, at)


def _said(scan: ChangeScan, role: str, lo: int, hi: int) -> bool:
    """One of the gap rows of ``role`` printed as a whole word in the key text between ``lo`` and ``hi``."""
    words = "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+") for w in scan.rules.gap_words(role))
    return bool(words) and re.search(rf"(?<!\w)(?:{words})(?!\w)", scan.key[lo:hi]) is not None


def _post_told(scan: ChangeScan, cue: Cue, p: PersonRef, post_end: int, lo: int,
               hi: int) -> tuple[str | None, str | None, int] | None:
    """(title, body, end of the body as printed) of an item's post: the title its post word introduces, read
    from the result_title rows when the titles read one over the post word ("chức vụ Trưởng ban ..." read
    "Vụ trưởng"); the body printed right after the title. None when no title is told (the list ends there); no
    title when the titles read one over the post word and no result_title row follows it (the item skipped)."""
    over = next((t for t in scan.titles if t.start < post_end < t.end), None)
    if over is not None:
        rows = "|".join(re.escape(fold(w)).replace(r"\ ", r"\s+")
                        for w in sorted(scan.rules.gap_words("result_title"), key=len, reverse=True))
        m = re.compile(rf"(?<!\w)(?:{rows})(?!\w)").search(scan.key, post_end, hi) if rows else None
        if m is None or m.start() >= over.end:
            return None, None, hi  # an item whose title is not told: skipped
        title = scan.text[m.start():m.end()]
        # the body the bodies read right after the title, or with it ("Trưởng ban Tuyên giáo ... Đảng ủy xã X")
        span = next((b for b in scan.bodies if m.start() <= b.start <= m.end() < b.end
                     or (m.end() <= b.start < hi and not scan.key[m.end():b.start].strip())), None)
        body = span.label if span is not None else _printed_body(scan, p, m.end())
        if span is not None:
            return title, body, span.end
        return title, body, _body_end(scan, m.end(), body) or m.end()
    title, body, _acting = post(scan, Cue(max(lo, p.start - 1), p.start, cue.rule, None), p, hi)
    if title is None:
        return None
    t = next((t for t in scan.titles if post_end <= t.end and t.start < hi), None)
    return title, body, (_body_end(scan, t.end, body) if t is not None else None) or hi


def _body_end(scan: ChangeScan, at: int, body: str | None) -> int | None:
    """Where ``body`` ends when printed right after a title ending at ``at``, the title's last word maybe its
    first ("Phó Trưởng ban" + "Thanh tra ...": "Ban Thanh tra")."""
    if body is None:
        return None
    key = fold(body)
    gap = len(scan.key[at:]) - len(scan.key[at:].lstrip())
    last = scan.key[:at].rsplit(" ", 1)[-1]
    for start in (at + gap, at - len(last)):
        if last and scan.key.startswith(key, start):
            return start + len(key)
    return None


def _printed_body(scan: ChangeScan, p: PersonRef, at: int) -> str | None:
    """The body of the person's position printed right after ``at`` (spaces between), as his position names it."""
    at += len(scan.key[at:]) - len(scan.key[at:].lstrip())
    for pos in scan.positions.get(p.name, []):
        if pos.body and scan.key.startswith(fold(pos.body), at):
            return pos.body
    return None


def _whole(scan: ChangeScan, end: int, hi: int) -> bool:
    """The body read ends its post as printed: only punctuation or the term ("nhiệm kỳ 2026 - 2031") after it."""
    rest = scan.key[end:hi].lstrip(" \t\n,.;:")
    term = scan.rules.term_rx
    return not rest or (term is not None and term.match(rest) is not None)
