"""Duties listed per assignee after a cue that ends with a colon, the way a telegram (công điện) or a
conclusion notice prints them:

    Thủ tướng Chính phủ yêu cầu:
    1. Bộ Y tế: chủ trì, phối hợp với các địa phương ...
    - Ủy ban nhân dân các tỉnh, thành phố: chỉ đạo ...

Each line opening with an agent noun phrase and a colon, then an action, is a task of that assignee
from the cue's speaker. The list stays open while its lines follow one another.
"""

from __future__ import annotations

from ...models import Task
from .actions import action_end, emit, starts_action
from .assignees import assignee_text, canonical_assignee, is_agent
from .lead_items import open_items
from .rules import CLAUSE_PUNCT, DUTY_GAP_SENTENCES, MAX_DUTY_ASSIGNEE_WORDS, QUOTES
from .scan import Directive, State, TaskScan
from .words import Words


def open_list(words: Words, j: int, speaker: str, state: State) -> None:
    """A cue whose words from ``j`` are only a colon ("Thủ tướng yêu cầu:") opens a list of duties."""
    rest = [w for w in words[j - 1:] if w.text not in QUOTES]
    if rest and rest[0].text == ":" and len(rest) == 1:
        state.duties = (speaker, state.sent)
        state.duties_deadline = None


def open_after_lead(words: Words, out: list[Task], speaker: str | None, state: State) -> None:
    """A cue's sentence that directs and then ends with a colon ("yêu cầu các địa phương khẩn trương giải
    quyết dứt điểm các tồn tại trước ngày 10/6/2025, cụ thể:") opens a list of duties too; its lines
    without a date of their own share the lead's deadline."""
    if speaker is None or not out or not words or words[-1].text != ":":
        return
    state.duties = (speaker, state.sent)
    state.duties_deadline = out[-1].deadline
    open_items(out, state)  # "..., trong đó lưu ý: | - Rà soát ...": dash items of its one assignee


def duty_line(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """"1. Bộ Y tế: chủ trì ...": a task of the assignee before the colon, inside an open list."""
    if state.duties is None or state.sent - state.duties[1] > DUTY_GAP_SENTENCES:
        return []
    r = sc.rules
    colon = next((q for q in range(i, min(len(words), i + MAX_DUTY_ASSIGNEE_WORDS + 1))
                  if words[q].text == ":" or words[q].text in CLAUSE_PUNCT), None)
    if colon is None or colon == i or words[colon].text != ":" or not words[i].upper:
        return []
    if not is_agent(sc, words, i, cue=False) and sc.protected_end(words[i].start) is None:
        return []
    for q in range(i, colon):
        w = words[q]
        if sc.protected_end(w.start) is None and not w.upper and (w.verb or r.match(words, q, "directive")) \
                and not r.match(words, q, "np_part") and not r.match(words, q, "agent") \
                and not r.match(words, q, "determiner"):
            return []  # "Thủ tướng nhấn mạnh:": a clause, not an assignee
    a = colon + 1
    while (m := r.match(words, a, "modal")):
        a += m
    if not (starts_action(sc, words, a) or r.match(words, a, "negative_directive")):
        return []
    assignee = canonical_assignee(sc, assignee_text(sc, words, i, colon))
    if not assignee:
        return []
    speaker = state.duties[0]
    state.duties = (speaker, state.sent)
    out = emit(sc, words, Directive(assignee, a, action_end(sc, words, a), i), speaker, s, para, state)
    for t in out:
        t.deadline = t.deadline or state.duties_deadline
    return out
