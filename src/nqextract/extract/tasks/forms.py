"""Sentence forms without a cue before the assignee: a passive assignment ("X được giao ..."), the lead
of an assignment ("X chủ trì, phối hợp với Y ..."), a quote spoken as a directive ("“... Chính phủ cần
...”, Thủ tướng yêu cầu."), and follow-up sentences that go on with the last task's assignee (a bare
action, or an inherited subject before a modal).
"""

from __future__ import annotations

from ...models import Task
from .actions import action_end, emit, starts_action
from .assignees import assignee_text, canonical_assignee, directive, is_agent, person_after_pronoun, tense_at
from .narration import narrated
from .roles import named_subject
from .rules import (
    CLAUSE_PUNCT,
    CLOSE_QUOTES,
    COPULA_PEEK_WORDS,
    MAX_NP_WORDS,
    OPEN_QUOTES,
    OPENING_CLAUSE_WORDS,
    PASSIVE_AGENT_WORDS,
    PASSIVE_SUBJECT_WORDS,
    QUOTE_SUBJECT_WORDS,
    SPEAKER_GAP_WORDS,
)
from .scan import Directive, State, TaskScan
from .speakers import find_speaker, resolve, speaker_mentions
from .words import Words


def passive(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """"Bộ X được giao chủ trì ...": the subject of a passive cue is the assignee. The subject opens the
    sentence, or follows a comma ("Theo kế hoạch, Sở Nội vụ được giao ...", "Đối với ...: A; B, các ban
    quản lý dự án được giao ..."): the leftmost agent noun phrase without a verb before the marker."""
    r = sc.rules
    for q in r.positions(words, "passive", i + 1, len(words) - 1):
        if not r.match(words, q, "passive") or words[q].upper:
            continue  # "Nguyễn Văn Được yêu cầu ...": a capitalized marker is a name's syllable
        n = r.match(words, q + 1, "cue")
        k = q + 1
        if not n and (by := _passive_agent(sc, words, q + 1)):
            k, n = by  # "tỉnh Đồng Nai được Thủ tướng Chính phủ giao hoàn thành ...": the agent named between
        if not n:
            continue
        # "Bộ Xây dựng cũng được giao ...": an adverb between the subject and the marker is no part of it
        end = q - r.ending(words, q, "adverb_skip")
        starts = [person_after_pronoun(sc, words, st)
                  for st in [i] + [x + 1 for x in range(i, end - 1) if words[x].text in {",", ";"}]]
        subject = next((st for st in starts
                        if end - st < (MAX_NP_WORDS if st == i or named_body(sc, words, st, end) else PASSIVE_SUBJECT_WORDS)
                        and passive_subject(sc, words, st, end)), None)
        if subject is None:
            return []
        a = k + n
        if a < len(words) and (words[a].text == "," or r.match(words, a, "passive_modifier")):
            return []  # "biên chế ... theo định mức được giao của các cơ quan ...": a noun's modifier, no duty
        while a < len(words) and words[a].text in {",", ":"}:
            a += 1
        if a >= len(words) or words[a].punct or words[a].text in CLAUSE_PUNCT or r.match(words, a, "block"):
            return []
        assignee = assignee_text(sc, words, subject, end)
        d = Directive(assignee, a, action_end(sc, words, a), subject)
        speaker = state.speaker if state.speaker != assignee else None
        if k > q + 1:
            speaker = _agent_named(sc, words, q + 1, k, state)
        return emit(sc, words, d, speaker, s, para, state)
    return []


UNNAMED = ("AGENT",)  # the mention label of an agent phrase's head ("UBND" of "UBND tỉnh"), no one named


def _passive_agent(sc: TaskScan, words: Words, b: int) -> tuple[int, int] | None:
    """"được Thủ tướng Chính phủ giao hoàn thành ...", "được UBND tỉnh giao chủ trì ...": the one who assigns,
    named (opening with a capitalized word or a person/body/title span, no verb in it) between the passive
    marker and its cue; (where the cue starts, its length) when a verb opens the action right after the cue,
    else None ("được UBND tỉnh giao đất ...": a noun, an allocation)."""
    r = sc.rules
    if b >= len(words) or not (words[b].upper or sc.protected_end(words[b].start)):
        return None
    k = b
    # "được UBND tỉnh giao ...": after its capitalized opening the agent may go on with nouns, never a verb
    while k < min(len(words), b + PASSIVE_AGENT_WORDS) and not r.match(words, k, "cue") and not words[k].punct \
            and (words[k].upper or sc.protected_end(words[k].start) or not words[k].verb):
        k += 1
    n = r.match(words, k, "cue") if k > b and k < len(words) else 0
    if not n or words[k].upper or r.term_at(words, k) or not starts_action(sc, words, k + n):
        return None
    return k, n


def _agent_named(sc: TaskScan, words: Words, b: int, k: int, state: State) -> str:
    """The assigner a passive names in ``words[b:k]``, as the active form names it: the person, title, body or
    speaker mention ending last (a person before a title or body ending there, else the longest), resolved ("Thủ
    tướng" -> the Prime Minister's name, "UBND tỉnh Đồng Nai" -> the body's full name); as printed when
    none is (an agent phrase's head alone, "UBND" of "UBND tỉnh", names no one)."""
    near = [f for f in speaker_mentions(sc, words[b].start, words[k - 1].end) if f.label not in UNNAMED]
    if not near:
        return sc.text[words[b].start:words[k - 1].end]
    return resolve(sc, max(near, key=lambda f: (f.end, f.label == "PERSON", -f.start)), state)


def named_body(sc: TaskScan, words: Words, st: int, end: int) -> bool:
    """``words[st:end]`` is one body's name as the bodies stage found it ("Từ năm 2016, Trung tâm Công nghệ
    thông tin tài nguyên và môi trường tỉnh Thừa Thiên Huế được giao ..."): after an opening comma a name
    that long is still a subject, not a clause."""
    if st >= end:
        return False
    first, last = words[st].start, words[end - 1].end
    return any(f.start == first and f.end >= last for f in sc.bodies)


def passive_subject(sc: TaskScan, words: Words, st: int, q: int) -> bool:
    """``words[st:q]`` is an agent noun phrase, not a clause (no directive word, tense or clause end)."""
    r = sc.rules
    if not is_agent(sc, words, st, cue=False):
        return False
    for x in range(st, q):
        w = words[x]
        if w.text in CLAUSE_PUNCT - {":"}:
            return False
        if sc.protected_end(w.start) is not None or w.upper:
            continue
        if any(r.match(words, x, kind) for kind in ("cue", "cue_punct", "directive", "modal", "block")):
            return False  # the subject is a clause, not an agent
    return True


def lead(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """The lead form at the sentence's opening, else a duty after an opening adverbial ("Theo quy
    định, UBND tỉnh có trách nhiệm ...", "Trong thời hạn 30 ngày kể từ ngày nhận được hồ sơ hợp lệ, UBND
    cấp tỉnh có trách nhiệm ..."): the first comma-led agent with a duty, while no clause ends."""
    out = apposed_duty(sc, words, i, s, para, state) or lead_at(sc, words, i, s, para, state, duty_only=False)
    if out or i >= len(words) or is_agent(sc, words, i, cue=False):
        return out
    for comma in range(i, min(len(words) - 1, i + OPENING_CLAUSE_WORDS)):
        if words[comma].text in CLAUSE_PUNCT:
            return []
        # "Theo cáo trạng, bị can A, kế toán của công ty, có nhiệm vụ ...": the person, not the apposition
        if words[comma].text == "," and (out := apposed_duty(sc, words, comma + 1, s, para, state)
                                         or lead_at(sc, words, comma + 1, s, para, state, duty_only=True)):
            return out
    return []


def lead_at(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State, *, duty_only: bool) -> list[Task]:
    """"Ban Quản lý đường sắt đô thị sẽ chủ trì, phối hợp Sở Tài chính ...": naming who leads and who
    cooperates is an assignment in itself. The subject is an agent noun phrase without verbs."""
    r = sc.rules
    p = a = None
    heads = r.starts(words, ("duty",) if duty_only else ("lead", "duty", "delegation"))
    for q in range(i + 1, min(len(words), i + MAX_NP_WORDS)):
        if words[q].text in CLAUSE_PUNCT:
            return []
        if q not in heads:
            continue
        n = 0 if duty_only else r.match(words, q, "lead")
        if n and q + n + 1 < len(words) and r.match(words, q + n + (words[q + n].text == ","), "lead_with"):
            p = a = q
            break
        if (n := r.match(words, q, "duty")) and duty_verb(sc, words, q + n):
            # "Sở Y tế có trách nhiệm hướng dẫn ...", "Giám đốc Sở ... chịu trách nhiệm thi hành ..."
            p, a = q, (q + n if r.match(words, q, "modal") or r.match(words, q, "duty_named") else q)
            break
        if not duty_only and r.match(words, q, "delegation"):
            p = a = q  # "UBND tỉnh quy định chi tiết ...": a law's delegation
            break
    if p is None or a is None or not is_agent(sc, words, i, cue=False):
        return []
    np_end = p
    while np_end > i and (m := next((len(x) for x in sc.rules.phrases.get("lead_before", ())
                                      if np_end - len(x) > i and tuple(w.low for w in words[np_end - len(x):np_end]) == x),
                                     0)):
        np_end -= m
    x = i
    while x < np_end:
        w = words[x]
        named = sc.protected_end(w.start) is not None or w.upper
        if not named and (w.text in CLAUSE_PUNCT or any(r.match(words, x, kind) for kind in (
                "cue", "cue_verb", "cue_punct", "directive", "modal", "block", "speech"))):
            return []  # "Thủ tướng giao Bộ X chủ trì ...": a cue's sentence, handled there
        if (m := r.match(words, x, "agent")) and x + m <= np_end:
            x += m  # "chủ đầu tư": an agent head, its words tagged as verbs or not
            continue
        if not named and w.verb and not r.match(words, x, "np_part"):
            return []
        x += 1
    if r.match(words, p, "duty_named") and not named_subject(sc, words, i, np_end):
        return []  # "Đoàn liên ngành có nhiệm vụ ...": a role, no one named is assigned
    assignee = canonical_assignee(sc, assignee_text(sc, words, i, np_end))
    if not assignee:
        return []
    d = Directive(assignee, a, action_end(sc, words, a), i)
    return emit(sc, words, d, state.speaker, s, para, state)


def apposed_duty(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """"Bị can Nguyễn Thị B, kế toán của 3 công ty, có nhiệm vụ lập ...": a person named at the sentence's
    opening (after a pronoun or a ``person_head`` at most), then an apposition between commas stating who she
    is, then a duty phrase: the person is the assignee, not the apposition."""
    r = sc.rules
    st = person_after_pronoun(sc, words, i)
    pe = sc.protected_end(words[st].start) if st < len(words) else None
    if pe is None or not any(f.start == words[st].start and f.end == pe for f in sc.persons):
        return []
    c = next((x for x in range(st, len(words)) if words[x].start >= pe), None)
    if c is None or words[c].text != ",":
        return []
    c2 = next((x for x in range(c + 1, min(len(words), c + 1 + MAX_NP_WORDS))
               if words[x].text == "," or words[x].text in CLAUSE_PUNCT), None)
    if c2 is None or c2 == c + 1 or words[c2].text != "," or not (n := r.match(words, c2 + 1, "duty")) \
            or not duty_verb(sc, words, c2 + 1 + n):
        return []
    q = c2 + 1
    a = q + n if r.match(words, q, "modal") or r.match(words, q, "duty_named") else q
    assignee = canonical_assignee(sc, assignee_text(sc, words, st, c))
    if not assignee:
        return []
    return emit(sc, words, Directive(assignee, a, action_end(sc, words, a), st), state.speaker, s, para, state)


def duty_verb(sc: TaskScan, words: Words, k: int) -> bool:
    """After a duty phrase a verb opens what is to be done ("chịu trách nhiệm thi hành"); "chịu trách
    nhiệm về / trước ..." is accountability, no task."""
    if k >= len(words) or words[k].punct or words[k].upper:
        return False
    return bool(sc.rules.match(words, k, "directive")) or (words[k].verb and not sc.rules.match(words, k, "block"))


def by_agent(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """"Về trình tự cụ thể sẽ do Chính phủ quy định chi tiết ...": the agent of a delegation after
    "do" is the assignee."""
    r = sc.rules
    for q in r.positions(words, "by_agent", 0, len(words) - 2):  # from the sentence's start: "Về ... sẽ do X quy định chi tiết ..., ..."
        if not r.match(words, q, "by_agent") or not is_agent(sc, words, q + 1, cue=False):
            continue
        for p in range(q + 2, min(len(words), q + 1 + PASSIVE_SUBJECT_WORDS)):
            w = words[p]
            if r.match(words, p, "delegation"):
                assignee = canonical_assignee(sc, assignee_text(sc, words, q + 1, p))
                if not assignee:
                    return []
                d = Directive(assignee, p, action_end(sc, words, p), q + 1)
                return emit(sc, words, d, state.speaker, s, para, state)
            if w.punct or (w.verb and not w.upper and sc.protected_end(w.start) is None
                           and not r.match(words, p, "np_part") and not r.match(words, p, "agent")):
                break
    return []


def quoted(sc: TaskScan, words: Words, s: int, para: int, state: State) -> list[Task]:
    r = sc.rules
    close = max((q for q, w in enumerate(words) if w.text in CLOSE_QUOTES or w.text == '"'), default=None)
    if close is None or close < 2:
        return []
    if (out := quote_after_speech(sc, words, close, s, para, state)):
        return out
    tail = [q for q in range(close + 1, len(words))
            if any(r.match(words, q, kind) for kind in ("cue", "cue_verb", "cue_punct"))]
    if not tail or len([w for w in words[close + 1:tail[0]] if not w.punct]) > SPEAKER_GAP_WORDS:
        return []
    if any(words[q].text in CLAUSE_PUNCT for q in range(close + 1, tail[0])):
        return []
    speaker = find_speaker(sc, words, close + 1, tail[0], None, state)
    if speaker is None:
        return []
    opening = max((q for q in range(close) if words[q].text in OPEN_QUOTES or words[q].text == '"'), default=-1)
    starts = [opening + 1] + [q + 1 for q in range(opening + 1, close) if words[q].text in {",", ";", "."}]
    # "“Có nhiều biến động xảy ra Chính phủ cần thảo luận ...”": an agent right before a modal
    for q in range(opening + 1, close):
        if r.match(words, q, "modal"):
            starts += [st for st in range(max(opening + 1, q - QUOTE_SUBJECT_WORDS), q)
                       if not any(w.punct for w in words[st:q]) and is_agent(sc, words, st, cue=False)]
    # "“..., các ban quản lý dự án khẩn trương hoàn thiện ...”, Bộ trưởng chỉ đạo.": a directive verb (no
    # modal) is enough when the speaker's verb after the quote is a cue ("yêu cầu", "chỉ đạo")
    strong = bool(r.match(words, tail[0], "cue") or r.match(words, tail[0], "cue_verb"))
    for need_modal in (True, False) if strong else (True,):
        for st in starts:
            d = directive(sc, words.prefix(close), st, cue=False, need_modal=need_modal)
            if d is not None:
                return emit(sc, words, d, speaker, s, para, state)
    return []


def bare_action(sc: TaskScan, words: Words, i: int, state: State) -> tuple[str, str | None] | None:
    """A sentence right after a task's, opening with a directive verb and no subject, goes on with
    that task's assignee: "Các địa phương phối hợp ... . Khẩn trương hoàn thành ...". A directive
    "Chỉ đạo X làm Y" opening it is the assignee's too; a cue with its own speaker is not."""
    r = sc.rules
    last = state.last
    if state.listed is not None and state.sent - state.listed[2] == 1:
        heir: tuple[str, str | None] = state.listed[:2]  # "yêu cầu Chủ tịch UBND các tỉnh: | a) Chỉ đạo ..."
    elif last is not None and state.sent - last.sent == 1:
        heir = (last.task.assignee, last.task.assigner)
    else:
        return None
    if i >= len(words) or not words[i].upper or r.match(words, i, "speech"):
        return None
    if (r.match(words, i, "cue") or r.match(words, i, "cue_punct")) and not r.match(words, i, "cue_verb"):
        return None
    n = r.match(words, i, "directive") or follow_up(sc, words, i)
    if not n or i + n >= len(words) or words[i + n].punct and not paired_verb(sc, words, i + n):
        return None
    if words[-1].text not in {".", "!", "?", "…", ";", "”", '"', "»"}:
        return None  # "Kiểm tra việc xả lũ của các hồ thủy điện": a subheading, no sentence
    if any(r.match(words, q, "copula") for q in range(i + n, min(len(words), i + n + COPULA_PEEK_WORDS))):
        return None  # "Nghiên cứu lý luận là công việc khó khăn": a statement about the activity
    if narrated(sc, words, i + n):
        return None  # "Kiểm tra hiện trường, ông A cho biết ...": an adverbial of a report
    # "Hỗ trợ gạo cho 3 tỉnh Thủ tướng Chính phủ giao ...": a heading run into a sentence with its own speaker
    if any((r.match(words, k, "cue") or r.match(words, k, "cue_verb")) and not words[k].upper
           and (words[k - 1].upper or sc.protected_end(words[k - 1].start) is not None)
           for k in range(i + n + 1, len(words))):
        return None
    return None if reported_later(sc, words, i + n) else heir


def follow_up(sc: TaskScan, words: Words, i: int) -> int:
    """"Ngừng ngay việc xả thải ...", "Nắm bắt tâm tư học sinh ...", "Hủy công văn ...": a verb that opens the next
    duty of a follow-up sentence though no subject directive opens with it (``follow_up`` rows); its length, or
    0 where a genitive, a demonstrative or a copula after it makes it a noun ("Đánh giá của ngành ...", "Công bố
    này ...": ``follow_up_not_after``)."""
    r = sc.rules
    n = r.match(words, i, "follow_up")
    return n if n and i + n < len(words) and not r.match(words, i + n, "follow_up_not_after") else 0


def paired_verb(sc: TaskScan, words: Words, q: int) -> bool:
    """"Chấn chỉnh, khắc phục ...", "Rà soát, đánh giá ...": a comma between two directive verbs."""
    return words[q].text == "," and q + 2 < len(words) and not words[q + 1].upper \
        and (bool(sc.rules.match(words, q + 1, "directive")) or words[q + 1].verb)


def reported_later(sc: TaskScan, words: Words, start: int) -> bool:
    """"Triển khai chủ trương ..., Bộ trưởng đã ban hành ...": the opening verb phrase is an adverbial
    before a named subject with a past/future marker, a report."""
    return any(tense_at(sc, words, q) and q - 1 > start and (
        words[q - 1].upper or sc.protected_end(words[q - 1].start) is not None) for q in range(start, len(words)))


def inherit(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """A follow-up sentence in the assignee's paragraph: "Nội dung giám sát phải tập trung ..."."""
    r = sc.rules
    if i >= len(words) or r.match(words, i, "universal") or r.match(words, i, "determiner") \
            or r.match(words, i, "subject_block") or r.match(words, i, "intro"):
        return []
    m = r.find(words, "modal", i + 1, min(i + 5, len(words)))
    if m is None or any(w.punct for w in words[i:m]):
        return []
    after = m + r.match(words, m, "modal")
    if after >= len(words) or r.match(words, after, "block"):
        return []
    last = state.last
    assert last is not None
    if state.sent - last.sent != 1:
        return []
    d = Directive(last.task.assignee, i, action_end(sc, words, after), i)
    return emit(sc, words, d, last.task.assigner, s, para, state)


def quote_after_speech(sc: TaskScan, words: Words, close: int, s: int, para: int, state: State) -> list[Task]:
    """"Thủ tướng nói: “Các bộ, ngành phải hoàn thiện hồ sơ ...”": a quote opened after a speaker's
    reporting verb and a colon; an agent with a modal inside it is directed by that speaker."""
    r = sc.rules
    opening = next((q for q in range(2, close) if (words[q].text in OPEN_QUOTES or words[q].text == '"')
                    and words[q - 1].text in {":", ","}), None)
    if opening is None:
        return []
    k = opening - 2
    while k > 0 and not (r.match(words, k, "speech") or r.match(words, k, "cue_punct")):
        if words[k].text in CLAUSE_PUNCT or opening - 2 - k >= 2:
            return []
        k -= 1
    if not (r.match(words, k, "speech") or r.match(words, k, "cue_punct")) or k == 0:
        return []
    speaker = find_speaker(sc, words, 0, k, None, state)
    if speaker is None:
        return []
    inner = words.prefix(close)
    starts = [opening + 1] + [q + 1 for q in range(opening + 1, close) if words[q].text in {",", ";", "."}]
    for st in starts:
        d = directive(sc, inner, st, cue=False, need_modal=True)
        if d is not None:
            return emit(sc, words, d, speaker, s, para, state)
    return []


def duty_owner(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """"Trách nhiệm thi hành quyết định này thuộc về trưởng phòng A, trưởng khoa B": the duty is named
    first, its owner after "thuộc về"."""
    r = sc.rules
    for q in r.positions(words, "duty_noun", i, len(words) - 3):
        n = r.match(words, q, "duty_noun")
        if not n or not duty_verb(sc, words, q + n):
            continue
        a = q + n
        o = next((x for x in range(a + 1, min(len(words), a + PASSIVE_SUBJECT_WORDS))
                  if r.match(words, x, "duty_owner") or words[x].text in CLAUSE_PUNCT | {","}), None)
        if o is None or not (m := r.match(words, o, "duty_owner")) or not is_agent(sc, words, o + m, cue=True):
            return []
        end = next((x for x in range(o + m, len(words)) if words[x].text in CLAUSE_PUNCT), len(words))
        assignee = canonical_assignee(sc, assignee_text(sc, words, o + m, end))
        if not assignee:
            return []
        return emit(sc, words, Directive(assignee, a, o, o + m), state.speaker, s, para, state)
    return []


def conditional(sc: TaskScan, words: Words, i: int, state: State) -> Directive | None:
    """"Trường hợp vượt thẩm quyền thì tham mưu, báo cáo ...": a sentence right after a task's, in its
    paragraph, that opens with a condition and directs after "thì" goes on with that task's assignee;
    the condition is part of the action."""
    r = sc.rules
    last = state.last
    if last is None or state.sent - last.sent != 1 or not r.match(words, i, "condition"):
        return None
    then = next((q for q in range(i + 1, min(len(words), i + PASSIVE_SUBJECT_WORDS))
                 if r.match(words, q, "condition_then")), None)
    if then is None or any(words[q].text in CLAUSE_PUNCT for q in range(i, then)):
        return None
    a = then + r.match(words, then, "condition_then")
    if a >= len(words) or not (r.match(words, a, "directive") or (words[a].verb and not r.match(words, a, "block"))):
        return None
    return Directive(last.task.assignee, i, action_end(sc, words, a), i)
