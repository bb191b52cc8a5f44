"""Remedies ordered with an administrative fine:

    Thanh tra Sở Y tế vừa xử phạt Công ty A 341 triệu đồng ..., đồng thời đình chỉ hoạt động ..., buộc tiêu
    hủy toàn bộ số thuốc ... . Cạnh đó, phạt Công ty B 88,5 triệu đồng, buộc thu hồi ...

A ``sanction`` verb ("xử phạt", "phạt") names the one fined right after it (a body or person span, after an
optional ``sanction_skip`` such as "hành chính") and the amount after it; each later clause of the sentence opening with a ``cue_body``
word ("buộc") after a comma and going on with a verb is a remedy that party must carry out, a task for it.
A "buộc" with a body named after it is an order of its own (:func:`.cues.ordered_body`), not a remedy. A court's
sentence ("Tòa tuyên phạt A 3 năm tù, buộc bồi thường ...": the verb after an ``order_not_after`` word, or no
money amount before the remedy) fines no one here.
"""

from __future__ import annotations

from ...models import Task
from .actions import action_end, emit, starts_action
from .assignees import assignee_text, canonical_assignee, person_after_pronoun
from .scan import Directive, State, TaskScan
from .speakers import nearest_agent
from .words import Words


def remedies(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """The remedies of the fines the sentence ``words`` prints, one task each for the party fined."""
    r = sc.rules
    if not r.starts(words, ("sanction",)):
        return []
    out: list[Task] = []
    fined: tuple[str, int, str | None] | None = None  # (assignee, where it is printed, who fines)
    q = i
    while q < len(words):
        if (n := r.match(words, q, "sanction")) and not words[q].upper:
            # "tuyên phạt": a court's sentence; a party not named closes the last one's remedies too
            fined = None if r.ends(words, q, "order_not_after") else _fined_party(sc, words, q, n, state)
            q += n
            continue
        m = r.match(words, q, "cue_body") if fined is not None else 0
        if m and q > 0 and words[q - 1].text == "," and starts_action(sc, words, q + m) \
                and not any(a <= words[q].start < b for a, b in state.ranges) \
                and _amount_at(sc, words, fined[1], q) is not None:  # type: ignore[index]
            assignee, np_start, speaker = fined  # type: ignore[misc]
            d = Directive(assignee, q + m, action_end(sc, words, q + m), np_start)
            out += emit(sc, words, d, speaker, s, para, state)
            q = d.action_end
            continue
        q += 1
    return out


def _amount_at(sc: TaskScan, words: Words, a: int, b: int) -> int | None:
    """Where a fine's amount opens in ``words[a:b]``: a ``sanction_sum`` or a number and its
    ``sanction_amount`` ("50 triệu đồng", "số tiền ..."); None when none does ("3 năm tù")."""
    r = sc.rules
    return next((x for x in range(a, b) if r.match(words, x, "sanction_sum") or (
        words[x].text[:1].isdigit() and r.match(words, x + 1, "sanction_amount"))), None)


def _fined_party(sc: TaskScan, words: Words, q: int, n: int, state: State) -> tuple[str, int, str | None] | None:
    """The party a ``sanction`` verb at ``words[q]`` fines: the body or person span right after it (after a
    ``sanction_skip`` and a pronoun; before the amount when the span ran over it), with who fines (the body
    named nearest before the verb in the sentence, else the person, else the passage's speaker)."""
    r = sc.rules
    a = q + n
    while a < len(words) and (m := r.match(words, a, "sanction_skip")):
        a += m
    a = person_after_pronoun(sc, words, a) if a < len(words) else a
    if a >= len(words) or words[a].punct:
        return None
    named = [f for f in sc.bodies + sc.persons if f.start == words[a].start]
    if not named:
        return None
    end_c = max(f.end for f in named)
    end = next((x for x in range(a, len(words)) if words[x].start >= end_c), len(words))
    # "Công ty TNHH Minh Phát 50 triệu đồng": a name span that ran over the amount ends before it
    end = _amount_at(sc, words, a + 1, end) or end
    assignee = canonical_assignee(sc, assignee_text(sc, words, a, end))
    if not assignee:
        return None
    speaker = nearest_agent(sc, words[0].start, words[q].start, state)
    return assignee, a, speaker
