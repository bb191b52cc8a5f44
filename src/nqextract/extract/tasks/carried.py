"""Assignees carried over from the sentence before: a duty whose own sentence names no one.

A speaker who has just given an assignee a task and speaks again right after, naming no assignee
("Bộ trưởng yêu cầu các đơn vị tập trung ... . Bên cạnh đó, Bộ trưởng cũng đề nghị rà soát ..."),
gives that assignee the next duty too. The guards: the speaker is the last task's assigner, its task
was in the sentence right before (no other sentence between them), and the words after the cue open
with a directive verb of its own (no subject, no verb of saying).
"""

from __future__ import annotations

from .actions import action_end
from .scan import Directive, State, TaskScan
from .words import Words

CARRY_SENTENCES = 1  # how far back the speaker's last task may be (the sentence right before)


def speakers_last(sc: TaskScan, words: Words, k: int, j: int, speaker: str, state: State) -> Directive | None:
    """The directive of a cue at ``words[k]`` naming no assignee whose words from ``j`` open with a
    directive verb, for the speaker's task of the sentence before; else None."""
    r = sc.rules
    last = state.last
    if last is None or state.sent - last.sent > CARRY_SENTENCES or last.task.assigner != speaker:
        return None
    if not (k > 0 and (words[k - 1].upper or sc.protected_end(words[k - 1].start) is not None
                       or r.ends(words, k, "speaker_adverb"))):
        return None  # "lưu ý cần tham mưu chỉ đạo ...", "nhấn mạnh và đề nghị ...": not the speaker's own verb
    if j >= len(words) or words[j].upper or not r.match(words, j, "directive"):
        return None
    if "\n" in sc.text[last.task.end:words[0].start]:
        return None  # a new paragraph: the speaker turns to another matter
    if any(r.match(words, j, kind) for kind in ("cue", "cue_punct", "speech", "block", "modal")):
        return None
    n = r.match(words, j, "directive")
    if j + n >= len(words) or words[j + n].text in {".", ";", ":"}:
        return None  # one bare verb is no duty
    return Directive(last.task.assignee, j, action_end(sc, words, j), j)
