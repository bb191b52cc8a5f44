"""Obligations stated without a speaker or a cue: a sentence whose subject is a named body, an office or
a collective of bodies, followed by a modal of obligation and an action ("Công ty A phải nộp ...", "Các sàn
giao dịch phải đăng ký ...", "Vì vậy các bộ, ngành phải ..."). The one bound is the assignee; no assigner
is printed. A weak modal ("cần", "nên": advice), a person's plight ("Thủ tướng A phải chịu sức ép ...") or
an action of undergoing (``plight`` verbs: "phải chịu", "phải đối mặt") is none.
"""

from __future__ import annotations

from ...models import Task
from .actions import emit
from .assignees import directive
from .scan import Directive, State, TaskScan
from .words import Words

CLAUSE_OPENERS = frozenset({",", ";", ":"})  # an obligation may open a clause after these


def standalone(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """The obligation opening the sentence at ``words[i]``, else the first one opening a clause after a
    comma, a semicolon or a colon ("Theo quy định, X phải ...", "Việc này phải làm gấp, các bộ phải ...");
    none after a condition ("Nếu coi học phí là dịch vụ, các trường phải nộp thuế": a hypothesis)."""
    r = sc.rules
    starts = [i] + [q + 1 for q in range(i, len(words) - 1) if words[q].text in CLAUSE_OPENERS]
    for k in starts:
        if any(r.match(words, q, "obligation_condition") for q in range(i, k)):
            break
        if (d := obligation(sc, words, k)) is not None and not quoted(sc, words[d.np_start].start):
            return emit(sc, words, d, None, s, para, state)
    return []


def obligation(sc: TaskScan, words: Words, i: int) -> Directive | None:
    r = sc.rules
    if (n := r.match(words, i, "consequence")) and words[i].upper:
        i += n + (i + n < len(words) and words[i + n].text == ",")  # "Vì vậy(,) các bộ, ngành phải ..."
    if i >= len(words):
        return None
    d = directive(sc, words, i, cue=False, need_modal=True)
    if d is None or not named(sc, words, d.np_start, d.action_start):
        return None
    if any(r.match(words, q, "universal") for q in range(d.np_start, d.action_start)):
        return None  # "các đại biểu chuyên nghiệp, nghĩa là chúng ta phải ...": everyone's duty
    if not any(r.match(words, q, "obligation") for q in range(d.np_start, d.action_start)):
        return None
    m = next(q for q in range(d.np_start, d.action_start) if r.match(words, q, "obligation"))
    if r.ends(words, m, "obligation_not_after"):
        return None  # "về sự cần thiết phải ...", "điều kiện bắt buộc là phải ...": a noun's complement
    if r.match(words, d.action_start, "plight") or r.match(words, d.action_start, "passive"):
        return None
    np = (words[d.np_start].start, words[d.action_start].start)
    if any(np[0] <= f.start < np[1] or f.start <= np[0] < f.end for f in sc.persons + sc.ner_persons):
        return None  # a person's plight or wish, no office's duty
    return d


def named(sc: TaskScan, words: Words, i: int, a: int) -> bool:
    """The subject ``words[i:a]`` names who is bound: a body's name opening it ("Công ty A", "Sở Y tế tỉnh
    B"), or a plural of bodies or offices after a determiner ("các bộ, ngành", "các sàn giao dịch")."""
    start = words[i].start
    if any(f.start == start for f in sc.bodies):
        return True
    return sc.rules.match(words, i, "collective_determiner") > 0 and i + 1 < a


def quoted(sc: TaskScan, pos: int) -> bool:
    """``pos`` lies inside a quotation opened earlier in its paragraph: a speaker's words ("ông A khẳng định:
    “... Chính phủ phải xem xét ...”"), read with their speaker or not at all."""
    before = sc.text[sc.text.rfind("\n", 0, pos) + 1:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1
