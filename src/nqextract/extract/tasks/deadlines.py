"""Deadlines: a date span after a deadline word ("trước ngày", "trong tháng") in the task's clause, an
opening adverbial of the sentence ("Trong quý I/2025, ...") or of an introductory clause that scopes
the tasks after it ("Về ... trong Quý I năm 2025, ..."), or a passive follow-up sentence ("Kế hoạch
phải được trình ... trong tháng 4/2025").

The dates are the dates component's spans (normalized against the article date there); without
them, :func:`~nqextract.extract.dates.fallback_dates` reads the deadline-shaped dates itself.
"""

from __future__ import annotations

import datetime as dt

from .rules import CLAUSE_PUNCT
from .scan import State, TaskScan
from .words import Words


def deadline_at(sc: TaskScan, words: Words, q: int, kind: str = "deadline") -> str | None:
    """The date of a deadline phrase (of ``kind``) starting at ``words[q]``."""
    n = sc.rules.match(words, q, kind)
    if not n or q + n >= len(words) or sc.rules.match(words, q, "not_deadline"):
        return None  # "Trước đó ngày 7/1, ...": a past event, no deadline
    first = words[q + n - 1].start
    for f in sc.dates:
        if first <= f.start <= words[min(q + n + 2, len(words) - 1)].start and "/" not in f.kb:
            if f.kb.isdigit() and len(f.kb) == 4 and sc.rules.match(words, q, "deadline_through"):
                return f"{f.kb}-12-31"  # "đến hết năm 2025": to the year's last day
            return f.kb
    return None


def deadline(sc: TaskScan, words: Words, a: int, state: State, split: int | None = None) -> str | None:
    """The deadline of an action starting at ``words[a]``: in its sentence after it (before ``split``, the ";"
    opening a second duty split off it), else the scope's."""
    # "...; chủ trì rà soát ...; chủ trì xây dựng ..., hoàn thành trong tháng 6": a clause after ";" is
    # a duty of its own, its sentence's later dates are not its deadline
    stop = next((q for q in range(a, len(words)) if words[q].text == ";"), len(words)) \
        if a > 0 and words[a - 1].text == ";" else len(words) if split is None else split
    for q in range(a, stop):
        d = deadline_at(sc, words, q)
        if d is not None:
            return d
    # "..., phấn đấu hoàn thành dự án cuối năm 2028": the end of a period, inside the action's clause
    end = next((q for q in range(a, len(words)) if words[q].text in CLAUSE_PUNCT - {":"}), len(words))
    for q in range(a, end):
        d = deadline_at(sc, words, q, "deadline_end")
        if d is None and (d := deadline_at(sc, words, q, "deadline_from")) is not None and _past(sc, d):
            d = None  # "báo cáo số ca mắc ngay từ ngày 15-3-2020" printed in 2025: since then, no deadline
        if d is not None:
            return d
    return state.sentence_deadline or state.intro_deadline


PAST_GRACE_DAYS = 7  # a duty in force from a day this much before the article's date still has it as deadline


def _past(sc: TaskScan, day: str) -> bool:
    """``day`` (ISO) lies more than ``PAST_GRACE_DAYS`` before the article's date: a directive reported a few
    days late keeps the day it set ("ngay từ ngày 1/7" in an article of 3/7); an older day is a start."""
    published = sc.doc._.published
    if published is None or len(day) != 10:
        return False
    try:
        when = dt.date.fromisoformat(day)
    except ValueError:
        return False
    return (published - when).days > PAST_GRACE_DAYS


def first_date(sc: TaskScan, start: int, end: int) -> str | None:
    for f in sc.dates:
        if start <= f.start < end:
            return f.kb
    return None


def carry_deadline(sc: TaskScan, words: Words, para: int, state: State) -> None:
    """"Kế hoạch phải được ... trình ... trong tháng 4/2025": the date is the last task's deadline; so is
    the first date of a sentence opening with a term ("Thời gian áp dụng đến ngày 31/12/2025."), unless a
    sentence between holds a cue of its own that no rule read."""
    last = state.last
    if last is None or last.paragraph != para or last.task.deadline:
        return
    r = sc.rules
    n = r.match(words, 0, "term_opening")
    if n and n < len(words):
        if state.unread_cue > last.sent:
            return  # a directive between that no rule read ("X đề nghị Y ..."): the term is not the task's
        last.task.deadline = first_date(sc, words[n].start, words[-1].end + 1)
        return
    passive = any(r.match(words, q, "modal") and q + 1 < len(words) and r.match(words, q + 1, "passive")
                  for q in range(len(words)))
    if not passive:
        return
    for q in range(len(words)):
        d = deadline_at(sc, words, q)
        if d is not None:
            last.task.deadline = d
            return
