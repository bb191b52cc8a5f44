"""Duties a speaker announces by their number, then lists one an ordinal:

    Thủ tướng nhấn mạnh 6 nhóm nhiệm vụ ... với các bộ, ngành, địa phương.
    Thứ ba, các cơ quan rà soát lại các chính sách ...     (an agent and its duty)
    Thứ tư, quan tâm đặc biệt việc chống tham nhũng ...     (a duty of the lead's assignee)

A speaker's sentence (:func:`.spoken.speaker_of`) whose verb of directing speech is followed by a count and
a noun of duties (``announced_count`` and ``announced_noun`` rows: "6 nhóm nhiệm vụ", "5 hướng", "ba giải pháp") opens
such a list; the assignee it names, if any, is the one after "với" ("... với các bộ, ngành") or the subject of a
clause with a modal right after the noun and its qualifiers ("ba việc các sở, ngành cần làm ngay", "5 hướng
cụ thể đội ngũ làm công tác lý luận cần đi sâu nghiên cứu").
Each item opening with an ordinal ("Thứ ba,", "Một là,") right after the lead or the item before it (an item's
own next sentence may come between) is a task
of that speaker: an agent and a directive verb need no modal here (another verb needs one: "Thứ hai, người dân
phản ánh ..." reports; the speaker as the agent, "Thứ hai, Thủ tướng cảm ơn ...", is none), and a verb with no
subject is a duty of the lead's assignee (no task when the lead names none; a verb no directive only with no
sign of a report in its clause). A count of anything else ("6 ý nghĩa", "07 điểm nổi bật", "ba lý do") or of
things done ("3 giải pháp mà sở đã triển khai") opens no list.
"""

from __future__ import annotations

from .actions import action_end, clause_end, modal_action, starts_action
from .assignees import assignee_text, canonical_assignee, directive, is_agent
from .scan import Directive, State, TaskScan
from .speakers import is_speaker
from .words import Words

COUNT_GAP_WORDS = 3  # "nhấn mạnh | 6 nhóm nhiệm vụ", "lưu ý | 5 hướng": the count this close after the verb
LEAD_ASSIGNEE_WORDS = 12  # the words after the duty noun in which the lead names its assignee
LIST_GAP_SENTENCES = 2  # an item this many sentences after the lead or the item before it


def lead(sc: TaskScan, words: Words, k: int, state: State) -> None:
    """Remember whether the speaker's sentence announces numbered duties (the words from ``k``, right after
    its verb of directing speech), and the assignee it names."""
    state.duty_lead = None
    r = sc.rules
    for q in range(k, min(len(words), k + COUNT_GAP_WORDS + 1)):
        if words[q].punct:
            return
        if not (words[q].text.isdigit() or r.match(words, q, "announced_count")):
            continue
        n = 1 if words[q].text.isdigit() else r.match(words, q, "announced_count")
        if (m := r.match(words, q + n, "announced_noun")) and not done(sc, words, q + n + m):
            state.duty_lead = (lead_assignee(sc, words, q + n + m), state.sent)
        return


def done(sc: TaskScan, words: Words, a: int) -> bool:
    """"3 giải pháp mà sở đã triển khai", "ba việc ngành đã làm được": the counted things are done, results
    to report (an ``announced_done`` word in the lead's clause after the noun), no duties to list."""
    return any(sc.rules.match(words, q, "announced_done") for q in range(a, clause_end(words, a)))


def lead_assignee(sc: TaskScan, words: Words, a: int) -> str | None:
    """The assignee a lead names after its duty noun: "... với / đối với <agent>" to the clause's end, or the
    subject of a clause with a modal right after the noun and its qualifiers ("ba việc các sở, ngành cần
    làm ngay", "5 hướng cụ thể đội ngũ làm công tác lý luận cần đi sâu nghiên cứu"); None without one."""
    r = sc.rules
    end = clause_end(words, a)
    for q in range(a, min(end, a + LEAD_ASSIGNEE_WORDS)):
        if (n := r.match(words, q, "announced_to")) and q + n < end and is_agent(sc, words, q + n, cue=True):
            return canonical_assignee(sc, assignee_text(sc, words, q + n, end)) or None
    while (n := r.match(words, a, "announced_qualifier")):
        a += n  # "5 hướng cụ thể | ...", "ba việc chính | ..."
    if a >= end:
        return None
    if is_agent(sc, words, a, cue=False) and (d := directive(sc, words, a, cue=False, need_modal=True)) is not None:
        return d.assignee
    m = next((q for q in range(a + 1, min(end, a + LEAD_ASSIGNEE_WORDS)) if r.match(words, q, "modal")), None)
    if m is None or words[a].verb or words[a].punct or any(w.punct for w in words[a:m]) \
            or not starts_action(sc, words, m + r.match(words, m, "modal")):
        return None
    return assignee_text(sc, words, a, m) or None  # the subject of "<subject> cần <verb>", whatever its head


def open_for(state: State) -> bool:
    """An announced list is open for this sentence: its lead or its last item is the sentence right before, or
    the one before that (an item's own next sentence between: "Hai là, nghiên cứu ... . Trên cơ sở đó, tư vấn
    ... . Ba là, ...")."""
    dl = state.duty_lead
    return dl is not None and 0 < state.sent - dl[1] <= LIST_GAP_SENTENCES


def go_on(state: State) -> None:
    """An item read: the list stays open for the sentence after it."""
    if state.duty_lead is not None:
        state.duty_lead = (state.duty_lead[0], state.sent)


def item_duty(sc: TaskScan, words: Words, d: Directive, speaker: str) -> bool:
    """An item's agent and verb ("Thứ ba, các cơ quan rà soát ...") are a duty: its verb a directive or a
    follow-up verb, or a modal before it ("Thứ hai, người dân phản ánh ..." is a report), and its agent not
    the speaker ("Thứ hai, Thủ tướng cảm ơn ...")."""
    r = sc.rules
    a = d.action_start
    if not (r.match(words, a, "directive") or r.match(words, a, "follow_up")
            or any(r.match(words, q, "modal") for q in range(d.np_start, a))):
        return False
    return not is_speaker(sc, words, d, speaker)


def bare_item(sc: TaskScan, words: Words, a: int, state: State) -> Directive | None:
    """"Thứ tư, quan tâm đặc biệt ...", "Thứ nhất, đẩy nhanh giải ngân ...", "Thứ nhất, di dời dân ...": an item
    opening with a directive or a follow-up verb, or another verb with no sign of a report in its clause (a
    ``block`` or a ``report_marker`` word: "Thứ nhất, tăng trưởng tín dụng đạt 15%", "lạm phát được kiểm soát
    ..."), a modal maybe before it, and no subject, is a duty of the assignee its lead named (none when the lead
    named no one); a verb of speech ("Thứ hai, cảm ơn ...") opens none."""
    dl = state.duty_lead
    r = sc.rules
    if dl is None or not dl[0] or a >= len(words) or words[a].upper or is_agent(sc, words, a, cue=False):
        return None
    a = modal_action(sc, words, a) or a
    if a >= len(words) or any(r.match(words, a, kind) for kind in ("speech", "cue", "cue_punct", "report_verb")):
        return None
    if not (r.match(words, a, "directive") or r.match(words, a, "follow_up")):
        end = clause_end(words, a)
        if not starts_action(sc, words, a) or any(
                r.match(words, q, "block") or r.match(words, q, "report_marker") for q in range(a + 1, end)):
            return None
    return Directive(dl[0], a, action_end(sc, words, a), a)
