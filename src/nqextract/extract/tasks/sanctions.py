"""Remedies ordered with an administrative fine:

    Thanh tra Sở Y tế vừa xử phạt Công ty A 341 triệu đồng ..., đồng thời đình chỉ hoạt động ..., buộc tiêu
    hủy toàn bộ số thuốc ... . Cạnh đó, phạt Công ty B 88,5 triệu đồng, buộc thu hồi ...

A ``sanction`` verb ("xử phạt", "phạt") names the one fined right after it (a body or person span, after an
optional ``sanction_skip`` such as "hành chính") and the amount after it; each later clause of the sentence opening with a ``cue_body``
word ("buộc") after a comma and going on with a verb is a remedy that party must carry out, a task for it.
A "buộc" with a body named after it is an order of its own (:func:`.cues.ordered_body`), not a remedy. A court's
sentence ("Tòa tuyên phạt A 3 năm tù, buộc bồi thường ...": the verb after an ``order_not_after`` word, or no
money amount before the remedy) fines no one here.

A passive fine (:func:`passive_remedies`) names the party fined as its subject: "Công ty A bị xử phạt 50 triệu
đồng và buộc nộp lại ...", "Ngoài bị xử phạt hành chính, 4 cơ sở trên còn bị buộc nộp lại ..."; a "bị buộc"
with no fine before it in the sentence, or no agent named as its subject, is no task here. The sentence right
after one fines the same party: "Đồng thời buộc tháo gỡ ...", "Đồng thời, phòng khám còn bị buộc nộp lại ...".
"""

from __future__ import annotations

from ...models import Task
from .actions import action_end, emit, starts_action
from .assignees import assignee_text, canonical_assignee, person_after_pronoun
from .forms import passive_subject
from .rules import PASSIVE_SUBJECT_WORDS
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


def passive_remedies(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """The remedies of the passive fines the sentence ``words`` prints, one task each for the subject fined:
    "X bị (xử) phạt <amount> và / , (đồng thời) buộc <verb> ..." (an amount between), and after a passive fine
    "X còn bị buộc <verb> ..."; the assigner the body (else person) named before the subject."""
    r = sc.rules
    carried = state.fined if state.fined and state.fined[2] == state.sent - 1 else None
    if carried and (j := r.match(words, 0, "sanction_join")):  # "Đồng thời buộc tháo gỡ ...": the party just fined
        j += j < len(words) and words[j].text == ","
        if (m := r.match(words, j, "cue_body")) and starts_action(sc, words, j + m):
            d = Directive(carried[0], j + m, action_end(sc, words, j + m), j)
            return emit(sc, words, d, carried[1], s, para, state)
    if not r.starts(words, ("sanction_passive",)):
        return []
    out: list[Task] = []
    fined: tuple[int, int] | None = None  # where the subject of the last passive fine opens and ends
    penalized = carried is not None  # "Đồng thời, phòng khám còn bị buộc ..." right after a passive fine
    q = i
    while q < len(words):
        if r.match(words, q, "sanction_passive") and (n := r.match(words, q + 1, "sanction")) \
                and not words[q + 1].upper:
            penalized = True  # "Ngoài bị xử phạt hành chính, ...": a fine with no subject still opens the remedies
            fined = _passive_subject(sc, words, i, q)
            if fined and (party := _party(sc, words, fined)):
                state.fined = (party, _assigner(sc, words, fined[0], state), state.sent)
            q += 1 + n
            continue
        if penalized and r.match(words, q, "sanction_passive") and (m := r.match(words, q + 1, "cue_body")) \
                and starts_action(sc, words, q + 1 + m) and (subject := _passive_subject(sc, words, i, q)):
            out += _remedy(sc, words, subject, q + 1 + m, s, para, state)
            q += 1 + m
            continue
        m = r.match(words, q, "cue_body") if fined is not None else 0
        if m and q > 0 and (words[q - 1].text == "," or r.ends(words, q, "sanction_join")) \
                and starts_action(sc, words, q + m) and _amount_at(sc, words, fined[1], q) is not None:  # type: ignore[index]
            out += _remedy(sc, words, fined, q + m, s, para, state)  # type: ignore[arg-type]
            q += m
            continue
        q += 1
    return out


def _passive_subject(sc: TaskScan, words: Words, i: int, q: int) -> tuple[int, int] | None:
    """Where the named agent subject of a passive marker at ``words[q]`` opens and ends (before an adverb:
    "X còn bị ..."), the nearest of the sentence's opening and the words after its commas; None without one."""
    end = q - sc.rules.ending(words, q, "sanction_adverb")
    starts = [i] + [x + 1 for x in range(i, end - 1) if words[x].text == ","]
    for st in reversed(starts):
        if not 0 < end - st <= PASSIVE_SUBJECT_WORDS or any(w.text == "," for w in words[st:end]):
            continue
        a = person_after_pronoun(sc, words, st)
        if a < end and (any(f.start == words[a].start for f in sc.bodies + sc.persons)
                        or _party_head(sc, words, a) or passive_subject(sc, words, a, end)):
            return a, end
    return None


def _party_head(sc: TaskScan, words: Words, a: int) -> bool:
    """``words[a:]`` opens with a ``sanction_party`` head, after a number or determiner ("4 cơ sở trên")."""
    r = sc.rules
    while a < len(words) and (words[a].text[:1].isdigit() or (n := r.match(words, a, "determiner"))):
        a += 1 if words[a].text[:1].isdigit() else n
    return a < len(words) and bool(r.match(words, a, "sanction_party"))


def _remedy(sc: TaskScan, words: Words, subject: tuple[int, int], a: int, s: int, para: int,
            state: State) -> list[Task]:
    """The remedy opening at ``words[a]`` for the subject ``words[st:end]`` fined."""
    if any(x <= words[a].start < y for x, y in state.ranges) or not (assignee := _party(sc, words, subject)):
        return []
    st = subject[0]
    speaker = _assigner(sc, words, st, state)
    return emit(sc, words, Directive(assignee, a, action_end(sc, words, a), st), speaker, s, para, state)


def _party(sc: TaskScan, words: Words, subject: tuple[int, int]) -> str | None:
    return canonical_assignee(sc, assignee_text(sc, words, *subject)) or None


def _assigner(sc: TaskScan, words: Words, st: int, state: State) -> str | None:
    """The body (else person) named before the subject opening at ``words[st]`` in its sentence."""
    return nearest_agent(sc, words[0].start, words[st].start, state) if st > 0 else None


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
