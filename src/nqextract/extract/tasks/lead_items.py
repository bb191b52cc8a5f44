"""Items of a dash list printed under a lead that directs and ends with a colon:

    ... yêu cầu các bộ, ngành, địa phương khẩn trương rà soát ... thời hạn đến hết ngày 10/8/2025,
    trong đó lưu ý:
    - Rà soát chỉ đề xuất các dự án có khó khăn, vướng mắc ...
    - Đối chiếu các vấn đề của dự án ...

Each item opening with a verb and no subject of its own is a duty of the lead's one assignee, from the
lead's speaker, with the lead's deadline where the item prints none. The list stays open while its
items follow one another, one a line; an item with a subject, a cue or a report of its own closes it.
"""

from __future__ import annotations

from ...models import Task
from .actions import action_end, emit, starts_action
from .assignees import is_agent
from .forms import reported_later
from .scan import Directive, State, TaskScan
from .words import Words

ITEM_MARKS = frozenset("-–—+•*")
ITEM_ENDS = frozenset({".", ";", "!"})


def open_items(out: list[Task], state: State) -> None:
    """A cue's lead opens a list of items when its tasks are all for one assignee; a lead of several
    assignees opens none (the task is then None)."""
    state.item_lead = (out[-1] if len({t.assignee for t in out}) == 1 else None, state.sent)


def lead_before(sc: TaskScan, words: Words, i: int, state: State) -> Task | None:
    """The lead of the list ``words[i]`` may be an item of: a cue's lead, else the task of the sentence
    right before when that sentence ends the line before with a colon ("Trên cơ sở đó, khẩn trương rà
    soát ... thời hạn đến hết ngày 10/8/2025, trong đó lưu ý:")."""
    if state.item_lead is not None and state.sent - state.item_lead[1] == 1:
        return state.item_lead[0]
    last = state.last
    if last is None or state.sent - last.sent != 1:
        return None
    start = sc.text.rfind("\n", 0, words[i].start)
    return last.task if start > 0 and sc.text[:start].rstrip().endswith(":") else None


def item_line(sc: TaskScan, words: Words, i: int) -> bool:
    """The sentence is a line of its own opening with a dash or bullet, then ``words[i]``."""
    start = sc.text.rfind("\n", 0, words[i].start) + 1
    mark = sc.text[start:words[i].start].strip()
    return bool(mark) and all(c in ITEM_MARKS for c in mark)


def item(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """"- Đối chiếu ...": a duty of the open list's lead, with its deadline where the item prints none."""
    while i < len(words) and words[i].text in ITEM_MARKS:
        i += 1  # "+ Kiểm tra ...": a mark the opening did not skip
    task = lead_before(sc, words, i, state) if i < len(words) else None
    if task is None or not item_line(sc, words, i):
        state.item_lead = None
        return []
    r = sc.rules
    if not words[i].upper or words[-1].text not in ITEM_ENDS \
            or not starts_action(sc, words, i) or is_agent(sc, words, i, cue=False) \
            or any(r.match(words, i, kind) for kind in ("cue", "cue_punct", "speech")) \
            or any(r.match(words, q, "tense") for q in range(i, len(words))) \
            or reported_later(sc, words, i + 1):
        state.item_lead = None
        return []
    out = emit(sc, words, Directive(task.assignee, i, action_end(sc, words, i), i), task.assigner, s, para, state)
    for t in out:
        t.deadline = t.deadline or task.deadline
    state.item_lead = (task, state.sent)
    return out
