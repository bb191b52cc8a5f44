"""position_changes, the cues: the cue phrases of a sentence, adjacent ones joined into one change, a
discipline form given to the "kỷ luật" before it, an approval merged with the cue it approves."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textnorm import fold
from .descriptors import described_nominee
from .scan import ChangeScan, Cue


def cues(scan: ChangeScan, lo: int, hi: int) -> list[Cue]:
    if scan.rules.cue_rx is None:
        return []
    found = [Cue(m.start(), m.end(), scan.rules.cues[" ".join(m.group(0).split())])
             for m in scan.rules.cue_rx.finditer(scan.key, lo, hi)]
    found = [c for c in found if not _inside_span(scan, c)]
    # "ông B không chọn ông A làm X", "ông A chưa được bổ nhiệm": a denied cue is no change
    neg = scan.rules.negation_rx
    if neg is not None:
        found = [c for c in found if neg.search(scan.key, max(lo, c.start - _NEGATION_REACH), c.start) is None]
    # "chọn ông A làm X": a pick is a cue only with its post word, right after it or after its person
    found = [Cue(c.start, c.end, replace(c.rule, kind="cue")) if c.rule.kind == "pick" else c
             for c in found if c.rule.kind != "pick" or _picked_as(scan, c, hi)]
    # a split cue only where no cue of the sentence comes before it ("điều động, phân công ông A giữ chức X"
    # is the transfer's post)
    found = sorted(found + [c for c in _split_cues(scan, lo, hi)
                            if not any(f.rule.kind == "cue" and f.start < c.start for f in found)],
                   key=lambda c: c.start)
    # "giữ chức" after another cue of the sentence is that cue's post word ("bổ nhiệm ông A giữ chức")
    first = min((c.start for c in found if c.rule.kind == "cue"), default=hi)
    found = [c for c in found if c.rule.kind != "hold" or (c.start < first and _holds_as_change(scan, c, lo, hi))]
    out: list[Cue] = []
    for c in found:
        if c.rule.kind == "ignore":
            out.append(c)  # kept only to separate the cues around it
            continue
        prev = next((p for p in reversed(out) if p.rule.kind != "ignore"), None)
        if c.rule.kind == "form" or c.rule.discipline:
            # "kỷ luật ... bằng hình thức cảnh cáo": the form names the discipline of the cue before
            if prev is not None and prev.rule.change == "disciplined" and prev.discipline is None \
                    and not scan.persons_between(prev.end, c.start):
                prev.discipline = c.rule.discipline
                prev.end = max(prev.end, c.end)
                continue
            if prev is not None and prev.rule.change == "disciplined" and prev.discipline is None \
                    and _form_led(scan, prev.end, c.start):
                # "thi hành kỷ luật ông A, Phó Chủ tịch UBND huyện X, bằng hình thức khiển trách": the form
                # printed after the person is the cue's; the cue keeps its end (its persons follow it)
                prev.discipline = c.rule.discipline
                continue
        if prev is not None and prev.rule.change == "approved" and c.rule.kind == "cue" \
                and _approval_of(scan, prev.end, c.start):
            # "phê chuẩn đề nghị của Thủ tướng về việc bổ nhiệm ...": the approval of that proposal;
            # an approved dismissal is a dismissal ("phê chuẩn miễn nhiệm")
            if c.rule.change == "dismissed":
                prev.rule = c.rule
            prev.end = c.end
            continue
        if prev is not None and prev.rule.voice == "active" and c.rule.voice == "subject" \
                and c.rule.change == prev.rule.change and _only_a_person(scan, prev.end, c.start):
            continue  # "bầu ông A tái cử Bí thư Tỉnh ủy": the second cue is the first one's post word
        if prev is not None and _joined(scan, prev.end, c.start):
            prev.end = c.end  # "điều động, bổ nhiệm": one change, named by the first cue
            continue
        out.append(c)
    return [c for c in out if c.rule.kind != "ignore"]


_SPLIT_GAP = re.compile(r"\s*(?:,[^,;]{1,120},\s*)?$")  # the person's appositive, if any


def _split_cues(scan: ChangeScan, lo: int, hi: int) -> list[Cue]:
    """A cue split by its person ("Bộ trưởng giao ông A quyền Cục trưởng Cục X", "UBND tỉnh giao ông B, Phó
    Giám đốc Sở Y tế, phụ trách Sở Y tế"): the second half is the cue, the person before it its subject,
    when the first half ("giao") stands right before that person and a title or body right after it."""
    rx, lead_rx = scan.rules.split_rx, scan.rules.split_lead_rx
    if rx is None or lead_rx is None:
        return []
    out = []
    for m in rx.finditer(scan.key, lo, hi):
        person = next((p for p in reversed(scan.persons) if lo <= p.start and p.end <= m.start()), None)
        if person is None or _SPLIT_GAP.fullmatch(scan.key[person.end:m.start()]) is None:
            continue
        if not any(m.end() <= s.start <= m.end() + 1 for s in (*scan.titles, *scan.bodies)):
            continue  # "giao bà A quyền quyết định các khoản chi": no post after it
        lead = scan.key[lo:person.start]
        if scan.rules.lead_rx is not None:
            lead = scan.rules.lead_rx.sub(" ", lead[-40:])
        if lead_rx.search(lead) is not None:
            out.append(Cue(m.start(), m.end(), scan.rules.cues[f"split:{' '.join(m.group(0).split())}"]))
    return out


# the most characters from a pick to the person it picks: room for a few honorifics and ranks ("chọn Thượng
# tướng, Tiến sĩ ...") and no more, the words between being lead words only anyway
_PICK_GAP = 80
# characters before a cue read for a negation ("không", "chưa hề") and a passive word after it ("không được")
_NEGATION_REACH = 24


def _picked_as(scan: ChangeScan, cue: Cue, hi: int) -> bool:
    """A pick ("chọn") names a post: a post word ("làm") right after it ("người được ông B chọn làm X") or right
    after the first person after it, with only lead words (honorifics, ranks, adverbs) before him ("chọn ông A làm X");
    "chọn ông A vì ..." is none."""
    post_rx = scan.rules.post_rx
    if post_rx is None:
        return False
    at = cue.end + len(scan.key[cue.end:hi]) - len(scan.key[cue.end:hi].lstrip())
    if post_rx.match(scan.key, at, hi) is not None:
        return True
    person = next((p for p in scan.persons if cue.end <= p.start and p.end <= hi), None)
    if person is None or person.start - cue.end > _PICK_GAP:
        return False
    lead = scan.key[cue.end:person.start]
    if scan.rules.lead_rx is not None:
        lead = scan.rules.lead_rx.sub(" ", lead)
    gap = scan.key[person.end:hi]
    at = person.end + len(gap) - len(gap.lstrip())
    if lead.strip() != "":
        # "chọn luật sư thương mại B làm X": the person introduced by what he does
        return described_nominee(scan, cue.end, person, hi)
    return post_rx.match(scan.key, at, hi) is not None


_APPOSITIVE_END = re.compile(r"[-–]\s*$")


def _holds_as_change(scan: ChangeScan, cue: Cue, lo: int, hi: int) -> bool:
    """"giữ chức" reports a change only as a decision prints it: after a subject's appositive closed by a
    dash ("Ông A - chánh văn phòng Ban Dân vận - giữ chức phó trưởng ban"), or with the day it starts
    ("ông A giữ chức ... từ ngày 1/8/2025"); never after "từng", "đang", "tiếp tục" ("ông A từng giữ
    chức ...")."""
    if scan.rules.not_hold_rx is not None and scan.rules.not_hold_rx.search(
            scan.key, max(lo, cue.start - 16), cue.start) is not None:
        return False
    if _APPOSITIVE_END.search(scan.key[lo:cue.start]) and scan.persons_between(lo, cue.start):
        return True
    semi = scan.key.find(";", cue.end, hi)
    end = semi if semi >= 0 else hi
    since = scan.rules.since_rx
    for a, _b, _value, gran in scan.dates:
        if cue.end <= a < end and gran == "day" and since is not None \
                and since.search(scan.key, max(cue.end, a - 14), a) is not None:
            return True
    return False


def _inside_span(scan: ChangeScan, cue: Cue) -> bool:
    """A cue word inside a title or body name ("Ban Bầu cử") is no cue; one that ends a body span is
    (the body ran over the verb: "HĐND tỉnh Quảng Bình bầu"), nor one inside a title span whose title does not
    hold it (the title ran over the verb before it: "bổ nhiệm Vụ trưởng")."""
    # a title span run over the verb before it ("bổ nhiệm Vụ trưởng", labelled "Vụ trưởng") leaves the verb a cue
    phrase = fold(cue.rule.phrase)
    if any(s.start <= cue.start and cue.end <= s.end and fold(s.label).endswith(phrase) for s in scan.titles):
        return True  # a title ending in the cue's words ("Tổng thống đắc cử Paul Carver"): a title, no change
    return any(s.start <= cue.start and cue.end < s.end and (s in scan.bodies or phrase in fold(s.label))
               for s in (*scan.bodies, *scan.titles))


_FORM_GAP = 160  # characters from a "kỷ luật" cue to a form printed after its person


def _form_led(scan: ChangeScan, a: int, b: int) -> bool:
    """A form lead ("bằng hình thức", "với hình thức") right before the form at ``b``, within the clause of the
    cue ending at ``a`` (no semicolon between)."""
    rx = scan.rules.form_lead_rx
    return rx is not None and b - a <= _FORM_GAP and ";" not in scan.key[a:b] \
        and rx.search(scan.key, max(a, b - 24), b) is not None


def _only_a_person(scan: ChangeScan, a: int, b: int) -> bool:
    """A person and nothing else but honorifics and ranks in key[a:b]."""
    if not scan.persons_between(a, b):
        return False
    gap = scan.blank(a, b, persons=True)
    if scan.rules.lead_rx is not None:
        gap = scan.rules.lead_rx.sub(" ", gap)
    return gap.strip() == ""


def _joined(scan: ChangeScan, a: int, b: int) -> bool:
    gap = scan.key[a:b]
    return fold(gap.replace(",", " ")) in ("", "và", "hoặc", "để") and len(gap) <= 6


def _approval_of(scan: ChangeScan, a: int, b: int) -> bool:
    """Only the proposal and its author between an approval and the cue it approves ("đề nghị của Thủ
    tướng Phạm Minh Chính về việc")."""
    if scan.rules.proposal_rx is None:
        return False
    gap = scan.blank(a, b, persons=True)
    if scan.rules.link_rx is not None:
        gap = scan.rules.link_rx.sub(" ", gap)
    gap = re.sub(r"[\s,]+", " ", gap).strip()
    return scan.rules.proposal_rx.fullmatch(gap) is not None
