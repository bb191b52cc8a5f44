"""Remedies of a fine printed with the party fined as the subject:

    Với các sai phạm trên, phòng khám bị xử phạt 95 triệu đồng ... . Đồng thời buộc tháo gỡ quảng cáo ...
    Bác sĩ A bị phạt 35,6 triệu đồng và buộc nộp lại số lợi bất hợp pháp ...
    Ngoài bị xử phạt hành chính, 4 cơ sở trên còn bị buộc nộp lại gần 70 triệu đồng ...

A ``fine_passive`` word ("bị") right before a ``sanction`` verb makes the noun phrase before it (from the
sentence's opening or its last comma, a ``fine_adverb`` such as "còn" left out) the party fined; a later
"buộc" (``cue_body``) after a comma, a ``fine_join`` word ("và", "đồng thời") or the ``fine_passive`` word
and going on with a verb is a remedy, that party's task, when a fine's amount comes between (never a prison
term). "X còn bị buộc <verb>" after a sanction word of its sentence is a remedy of X too. A sentence opening
with a ``continuation`` ("Đồng thời buộc ...") right after one that fined a party goes on with its remedies.
A question or a condition (:func:`.role_askers.hypothetical`: "Nếu ..., người vi phạm bị phạt ...") fines no one.
"""

from __future__ import annotations

from ...models import Task
from .actions import action_end, emit, starts_action
from .assignees import assignee_text, canonical_assignee, is_agent, person_after_pronoun
from .role_askers import hypothetical
from .rules import MAX_FINED_WORDS
from .scan import Directive, State, TaskScan
from .words import Words


def passive_remedies(sc: TaskScan, words: Words, i: int, continuing: bool, s: int, para: int,
                     state: State) -> list[Task]:
    """The remedies of the fines ``words`` prints with the party as subject, and of the last sentence's fine
    when this one goes on with it ("Đồng thời buộc ...")."""
    r = sc.rules
    out: list[Task] = []
    last, state.fined = state.fined, None
    if continuing and last is not None and last[1] == state.sent - 1 and (m := r.match(words, i, "cue_body")) \
            and starts_action(sc, words, i + m):
        d = Directive(last[0], i + m, action_end(sc, words, i + m), i)
        return emit(sc, words, d, last[2], s, para, state)
    if not r.starts(words, ("fine_passive",)) or hypothetical(sc, words, 0, len(words)) \
            or r.match(words, i, "fine_rule_opening") or any(r.match(words, x, "fine_prison") for x in range(i, len(words))):
        return out  # "Nếu ..., người vi phạm bị phạt tiền ... và buộc ...": a rule's penalty; a prison term: a court's
    fined: tuple[str, int, str | None] | None = None
    sanctioned = False
    q = i
    while q < len(words):
        p = r.match(words, q, "fine_passive")
        by = None
        if p and q + p < len(words) and words[q + p].upper:  # "bị Sở Công Thương xử phạt": who fines
            a = q + p
            p = next((x for x in range(q + p, min(len(words), q + p + MAX_FINED_WORDS))
                      if r.match(words, x, "sanction") or words[x].punct), q + p) - q
            by = _fining(sc, words, a, q + p)
        n = r.match(words, q + p, "sanction") if p else 0
        m = r.match(words, q + p, "cue_body") if p else 0
        if n:
            sanctioned = True
            party = _subject(sc, words, i, q)
            fined = (party[0], party[1], by) if party else None
            q += p + n
            continue
        if m and sanctioned and starts_action(sc, words, q + p + m) and (party := _subject(sc, words, i, q)):
            # "4 cơ sở trên còn bị buộc nộp lại ..." after "Ngoài bị xử phạt hành chính,"
            got = _remedy(sc, words, party[0], party[1], q + p + m, by, s, para, state)
            out += got
            q = _after(words, state) if got else q + 1
            continue
        m = r.match(words, q, "cue_body") if fined is not None else 0
        if m and q > 0 and (words[q - 1].text == "," or r.ends(words, q, "fine_join")) \
                and starts_action(sc, words, q + m) and _amount_between(sc, words, fined[1], q):  # type: ignore[index]
            got = _remedy(sc, words, fined[0], fined[1], q + m, fined[2], s, para, state)  # type: ignore[index]
            out += got
            q = _after(words, state) if got else q + 1
            continue
        q += 1
    if fined is not None and _amount_between(sc, words, fined[1], len(words)):
        state.fined = (fined[0], state.sent, fined[2])
    return out


def _after(words: Words, state: State) -> int:
    """The word after the last action this sentence emitted."""
    end = state.ranges[-1][1] if state.ranges else 0
    return next((x for x, w in enumerate(words) if w.start >= end), len(words))


def _remedy(sc: TaskScan, words: Words, assignee: str, np_start: int, a: int, assigner: str | None, s: int,
            para: int, state: State) -> list[Task]:
    if any(x <= words[a].start < y for x, y in state.ranges):
        return []
    d = Directive(assignee, a, action_end(sc, words, a), np_start)
    return emit(sc, words, d, assigner, s, para, state)


def _subject(sc: TaskScan, words: Words, i: int, b: int) -> tuple[str, int] | None:
    """The party fined before the ``fine_passive`` word at ``words[b]``: the noun phrase from the sentence's
    opening (or its last comma) to it, a ``fine_adverb`` left out; a body, a person, an agent or a noun, never
    one opening with a ``fine_not_subject`` word."""
    r = sc.rules
    st = max([i] + [x + 1 for x in range(i, b) if words[x].text == ","])
    end = b
    if any(r.ending(words, x, "fine_modal") for x in range(st + 1, b + 1)):
        return None  # "Người vi phạm có thể bị phạt tới ...": a rule's penalty, no fine given
    while end > st and r.ending(words, end, "fine_adverb"):
        end -= r.ending(words, end, "fine_adverb")
    if not 0 < end - st <= MAX_FINED_WORDS or any(words[x].punct and words[x].text != "." for x in range(st, end)):
        return None
    if r.match(words, st, "fine_not_subject"):
        return None  # "Việc kiểm tra bị phạt ...", "Tổng số tiền bị phạt ...": no party
    st = person_after_pronoun(sc, words, st)
    named = any(f.start == words[st].start for f in sc.bodies + sc.persons)
    if not named and not is_agent(sc, words, st, cue=False) and (words[st].verb or words[st].punct):
        return None  # "phòng khám bị xử phạt ...": a noun; never a clause "kiểm tra bị phạt ..."
    text = canonical_assignee(sc, assignee_text(sc, words, st, end))
    return (text, st) if text else None


def _fining(sc: TaskScan, words: Words, a: int, b: int) -> str | None:
    """Who fines ("bị UBND tỉnh X xử phạt"): ``words[a:b]`` when the bodies stage read it whole as one body,
    else None (never a party fined before it)."""
    if b <= a or not any(f.start == words[a].start and f.end == words[b - 1].end for f in sc.bodies):
        return None
    return canonical_assignee(sc, assignee_text(sc, words, a, b)) or None


def _amount_between(sc: TaskScan, words: Words, a: int, b: int) -> bool:
    """A fine's amount in ``words[a:b]``: a ``sanction_sum`` or a number and its ``sanction_amount``."""
    r = sc.rules
    return any((r.match(words, x, "sanction_sum") or (
        words[x].text[:1].isdigit() and r.match(words, x + 1, "sanction_amount"))) and not r.ending(words, x, "fine_rule")
        for x in range(a, b))
