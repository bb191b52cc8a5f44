"""Advice a named speaker gives the public:

    Sở Y tế khuyến cáo, người dân hạn chế tụ tập đông người ...
    Bộ Ngoại giao khuyến cáo công dân Việt Nam không đến khu vực xung đột ...
    Công an tỉnh X khuyến cáo người dân và du khách nên cảnh giác ...
    Công an xã X cảnh báo bà con không cho mượn căn cước ...
    Bác sĩ Y khuyên người dân không nên tự ý dùng thuốc ...

A ``cue_advice`` word ("khuyến cáo", "khuyên", "cảnh báo") advises an ``advice_audience`` (after a comma or a
colon and determiners: "cảnh báo: Người dân cần ..."; several
joined by "và" or a comma; with a capitalized modifier: "công dân Việt Nam", "cộng đồng người Việt Nam") whose
action opens right after it (after a modal: "nên", "cần"; a negation; an ``advice_adverb``: "chỉ mua ..."). A tail of the audience (an ``advice_tail_not``
word: "người dân về nguy cơ ...", "phụ huynh cho trẻ ...", "người dân khi có triệu chứng ...") makes it no
advice to act. A ``cue_advice_marked`` word ("khuyên", "cảnh báo") advises only with an ``advice_marker`` ("cần",
"nên", "không", ...) right after its audience: "cảnh báo người dân vi phạm sẽ bị phạt" warns of a fact; with
no marker an ``advice_fact`` predicate before the action's first comma ("sẽ bị", "là") makes any cue's a fact.
A noun use (an ``advice_not_after`` word or a number before it: "5 khuyến cáo người dân cần
...", "lời khuyến cáo", "những khuyến cáo") none at all.
"""

from __future__ import annotations

from .actions import action_end, starts_action
from .assignees import assignee_text, canonical_assignee
from .scan import Directive, TaskScan
from .words import Words


def advised(sc: TaskScan, words: Words, k: int) -> int:
    """The length of a ``cue_advice`` word at ``words[k]`` advising the public (see the module), else 0."""
    r = sc.rules
    m = r.match(words, k, "cue_advice")
    if not m or words[k].upper or (k > 0 and (words[k - 1].text.isdigit() or r.ends(words, k, "advice_not_after"))):
        return 0
    j = k + m + (k + m < len(words) and words[k + m].text in {",", ":"})  # "cảnh báo: Người dân cần ..."
    return m if advice_directive(sc, words, j, marked=marked_cue(sc, words, k)) is not None else 0


def marked_cue(sc: TaskScan, words: Words, k: int) -> bool:
    """Whether the cue_advice word at ``words[k]`` advises only with an ``advice_marker`` after its audience."""
    return bool(sc.rules.match(words, k, "cue_advice_marked"))


def _audience(sc: TaskScan, words: Words, j: int) -> int:
    """The end of an audience opening at ``words[j]`` (after determiners, with a capitalized modifier), else j."""
    r = sc.rules
    q = j
    while q < len(words) and (d := r.match(words, q, "determiner") or r.match(words, q, "addressed_all")):
        q += d  # "các", "tất cả khách hàng"
    a = r.match(words, q, "advice_audience")
    if not a:
        return j
    q += a
    while q < len(words) and (words[q].upper or (words[q].low == "người" and q + 1 < len(words)
                                                  and words[q + 1].upper)):
        q += 1  # "công dân Việt Nam", "cộng đồng người Việt Nam"
    return q


def advice_directive(sc: TaskScan, words: Words, j: int, marked: bool = False) -> Directive | None:
    """The audience opening at ``words[j]`` and the action right after it, else None; ``marked``: only with an
    ``advice_marker`` opening it ("cảnh báo người dân không ...", never "cảnh báo người dân mắc bệnh tăng")."""
    r = sc.rules
    p = _audience(sc, words, j)
    if p == j:
        return None
    while p < len(words) and words[p].text in {",", "và"} and (e := _audience(sc, words, p + 1)) > p + 1:
        p = e  # "người dân và du khách", "người dân, du khách"
    if marked and not r.match(words, p, "advice_marker"):
        return None
    negated = p < len(words) and words[p].low == "không"
    a = p + negated
    a += r.match(words, a, "modal")  # "nên", "cần", "không nên": the modal stays out, the negation in
    verb = a + r.match(words, a, "advice_adverb")  # "chỉ mua ...", "tuyệt đối không ..."
    if verb < len(words) and words[verb].low == "không":
        verb += 1
    if verb >= len(words) or r.match(words, a, "advice_tail_not") or not starts_action(sc, words, verb):
        return None
    a = p if negated else a
    end = action_end(sc, words, a)
    if not r.match(words, p, "advice_marker") and _fact(sc, words, a, end):
        return None  # "khuyến cáo người dân xả rác sẽ bị phạt": a fact about the audience, no advice
    assignee = canonical_assignee(sc, assignee_text(sc, words, j, p))
    return Directive(assignee, a, end, j) if assignee else None


def _fact(sc: TaskScan, words: Words, a: int, end: int) -> bool:
    """Whether an ``advice_fact`` predicate ("sẽ bị", "là", "tăng") follows in the clause opening at ``words[a]``
    (before its first comma: "hạn chế ra đường, nhất là ..." stays advice)."""
    for q in range(a, end):
        if words[q].text == ",":
            return False
        if sc.rules.match(words, q, "advice_fact"):
            return True
    return False
