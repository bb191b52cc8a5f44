"""One sentence, phase by phase: its opening (list marker, introductory clause, opening deadline,
continuation word), a subject directive inside a directive passage, the cues and their directives
(:mod:`.cues`), then the cue-less forms (:mod:`.forms`) when nothing else was found.
"""

from __future__ import annotations

from dataclasses import replace

from ...models import Task
from . import addressed, fined, forms, lead_items, ordinals, prescribed, quotes, sanctions, spoken
from .actions import action_end, clause_end, emit, modal_action, starts_action
from .assignees import assignee_text, canonical_assignee, directive, is_agent
from .cues import CUE_KINDS, cue_at, cues
from .deadlines import carry_deadline, deadline_at, first_date
from .duties import duty_line, open_after_lead
from .orders import court_order
from .rules import (
    CLAUSE_PUNCT,
    ELABORATION_SENTENCES,
    HEADING_WORDS,
    KEEP_PASSAGE_WORDS,
    LIST_MARKER,
    OPENING_DEADLINE_WORDS,
    PASSAGE_SENTENCES,
    QUOTES,
    SENTENCE_END,
    SPEAKER_GAP_WORDS,
    TENSE_PEEK_WORDS,
)
from .scan import Directive, Opening, State, TaskScan
from .speakers import is_speaker
from .words import Words, lower_text


def sentence(sc: TaskScan, s: int, e: int, para: int, state: State) -> list[Task]:
    """The tasks of the sentence ``text[s:e]`` (paragraph ``para``)."""
    r = sc.rules
    words = sc.words(s, e)
    op = opening(sc, words, state)
    if op is None:
        return spoken.ordinal(sc, words, s, para, state)  # "Thứ nhất, X phải ..." after a speaker
    i = op.i
    state.ranges = []
    state.chain = state.last is not None and state.sent - state.last.sent == 1
    if op.elaborating:
        return elaborated(sc, words, op, s, para, state)
    in_quote = quotes.track(sc, words, state)
    out = duty_line(sc, words, i, s, para, state) or lead_items.item(sc, words, i, s, para, state) \
        or subject_directive(sc, words, op, s, para, state)
    before_cues = len(out)
    cues(sc, words, op, s, para, state, out)
    out += sanctions.remedies(sc, words, i, s, para, state)  # "xử phạt Công ty A ..., buộc tiêu hủy ..."
    out += fined.passive_remedies(sc, words, i, op.continuing, s, para, state)  # "X bị phạt ... và buộc nộp lại ..."
    if len(out) > before_cues:
        open_after_lead(words, out, out[-1].assigner, state)  # "yêu cầu X ... trước ngày Z, cụ thể:"
    if not out:
        out += forms.passive(sc, words, i, s, para, state)  # "X được yêu cầu/giao <action>"
    if not out:
        out += forms.lead(sc, words, i, s, para, state)  # "X (sẽ) chủ trì, phối hợp với Y ..."
    if not out:
        out += prescribed.duty(sc, words, s, para, state)  # "Theo quy định, X phải ...", "Nghị định ... quy định X có nghĩa vụ ..."
    if not out:
        out += forms.by_agent(sc, words, i, s, para, state)  # "... sẽ do Chính phủ quy định chi tiết"
    if not out:
        out += forms.duty_owner(sc, words, i, s, para, state)  # "trách nhiệm thi hành ... thuộc về X"
    if not out:
        out += addressed.sent_for(sc, words, i, s, para, state)  # "X có công văn gửi Y kiểm tra ..."
    if not out:
        out += forms.quoted(sc, words, s, para, state)  # "“... Chính phủ cần ...”, Thủ tướng yêu cầu."
    if not out and in_quote is not None:
        out += quotes.spanning_quote(sc, words, in_quote, s, para, state)  # "“A ... . B ... ”, Bộ trưởng chỉ đạo."
    if not out and in_quote is None:
        out += spoken.duty(sc, words, i, s, para, state)  # "Bộ trưởng nhấn mạnh ... . Các bộ phải ..."
    if in_quote is not None:
        out = quotes.with_speaker(out, state)
    spoken.track(sc, words, i, para, state)
    if not out:
        carry_deadline(sc, words, para, state)
        if any((q == 0 or not w.upper) and r.match(words, q, "cue") for q, w in enumerate(words)):
            state.unread_cue = state.sent
        keep_passage(sc, words, i, para, state)
        if i < len(words) and is_agent(sc, words, i, cue=False):
            state.other_subject_sent = state.sent  # a report about another subject breaks continuation
        if r.match(words, i, "passage_end") or r.find(words, "passage_end_any", i, len(words)) is not None:
            state.directive_sent = -10  # "Theo báo cáo của ...": reporting, the directive passage is over
    if words and words[-1].text == ":" and out and r.ends(words, len(words) - 1, "list_intro"):
        out = out[:-1]  # "giao các bộ thực hiện các nhiệm vụ sau:": the list's items are the tasks
    if op.specific_of is not None:
        same = lower_text(op.specific_of.task.assignee)
        out = [t for t in out if not (lower_text(t.assignee) in same or same in lower_text(t.assignee))]
    if not out and duty_heading(sc, words, i, state):
        # "Yêu cầu Bộ X ... . | Kiên quyết xử lý nghiêm ... (a subheading) | Tiếp tục rà soát ... .": the
        # portal's subheading summarizes the next duty; the duties before and after it stay one chain
        state.last = replace(state.last, sent=state.sent)  # type: ignore[arg-type]
        if state.directive_para == para - 1:
            state.directive_para, state.directive_sent = para, state.sent
    return out


def duty_heading(sc: TaskScan, words: Words, i: int, state: State) -> bool:
    """A subheading phrased as a duty right after a task's sentence: a line of its own opening with a
    directive verb, without the full stop of a sentence and without a subject or cue of its own."""
    r = sc.rules
    last = state.last
    if last is None or state.sent - last.sent != 1 or i != 0 or not 2 <= len(words) <= HEADING_WORDS:
        return False
    if words[-1].text in SENTENCE_END or not words[0].upper:
        return False
    if not r.match(words, 0, "directive") and not r.match(sc.bare_words(words[0].start, words[-1].end), 0, "directive"):
        return False  # the tagger may glue a heading's capitalized first words into one name
    line_start = sc.text.rfind("\n", 0, words[0].start) + 1
    line_end = sc.text.find("\n", words[-1].end)
    line_end = len(sc.text) if line_end < 0 else line_end
    if sc.text[line_start:words[0].start].strip() or sc.text[words[-1].end:line_end].strip():
        return False  # part of a longer line: a sentence cut short, no heading
    if sc.text[:line_start].rstrip().endswith((";", ",", ":")):
        return False  # an item of a list whose items end in ";": printed without its own, no heading
    return not any(r.match(words, q, kind) for q in range(len(words)) for kind in ("cue", "cue_verb", "speech"))


def keep_passage(sc: TaskScan, words: Words, i: int, para: int, state: State) -> None:
    """A directive passage printed one assignee a paragraph ("Bộ Xây dựng tập trung ...", "Các địa phương
    có dự án đi qua khẩn trương ...", "Bộ Tài chính chủ trì ..."): a paragraph whose duty the rules could not
    read still keeps the passage open for the next ones, when it opens with an agent, reports nothing
    (no tense marker) and a directive verb follows its subject within its first clause."""
    r = sc.rules
    if not (para == state.directive_para + 1 and state.sent - state.directive_sent <= PASSAGE_SENTENCES):
        return
    if i >= len(words) or not is_agent(sc, words, i, cue=False):
        return
    end = next((q for q in range(i, len(words)) if words[q].text in CLAUSE_PUNCT | {","}), len(words))
    window = range(i + 1, min(end, i + KEEP_PASSAGE_WORDS))
    if any(r.match(words, q, "tense") for q in window) or not any(r.match(words, q, "directive") for q in window):
        return
    state.directive_para = para
    state.directive_sent = state.sent


def opening(sc: TaskScan, words: Words, state: State) -> Opening | None:
    """Skip the sentence's opening; None when the sentence only elaborates a previous directive."""
    r = sc.rules
    i = 0
    while i < len(words) and words[i].text in QUOTES:
        i += 1
    # list markers: "1.", "b)", "2)"
    if i + 1 < len(words) and LIST_MARKER.match(words[i].text) and words[i + 1].text in {".", ")"}:
        i += 2
    if i >= len(words):
        return None
    elaborating = False
    if (m := r.match(words, i, "elaboration")) and ordinals.opens_cue(sc, words, i, m):
        i += m + 1  # "Thứ hai, Bộ Xây dựng đề nghị ...": an ordinal, then a sentence naming its speaker
    elif m:  # "Trong đó, Tổng Bí thư đề nghị ...", "Trong đó, các bộ cần ...", "Trong đó đề nghị ...", "Trong
        # đó buộc UBND tỉnh X phải ..." (a court's order): read
        if not (r.match(words, i, "elaboration_open") == m and i + m < len(words)
                and (words[i + m].text == "," or r.match(words, i + m, "cue") or court_order(sc, words, i + m))):
            return None
        i += m + (words[i + m].text == ",")
        elaborating = True
    # "Cụ thể, Thủ tướng giao Bộ Tài chính xuất cấp 3.959 tấn gạo ...": the details of the last directive
    specific_of = state.last if r.match(words, i, "specific") and state.last is not None \
        and state.sent - state.last.sent <= 2 else None
    # introductory clause "Về ..., " / "Đối với ..., ": a new deadline scope; "Để ..., ": a purpose
    intro_agent: str | None = None
    purpose = r.match(words, i, "intro_purpose")
    if (n_intro := r.match(words, i, "intro") or purpose):
        comma = next((k for k in range(i, len(words)) if words[k].text in {",", ":"} | CLAUSE_PUNCT), None)
        if purpose and comma is not None and (
                comma + 1 >= len(words) or not is_agent(sc, words, comma + 1, cue=False)):
            comma = None  # "Để ..., đề nghị cần ...": only an assignee's duty paragraph is read past its purpose
        colon = next((k for k in range(i, len(words)) if words[k].text in CLAUSE_PUNCT), None)
        if not purpose and colon is not None and topic_heading(sc, words, i + n_intro, colon):
            # "Về rà soát, sắp xếp cán bộ: Tập trung rà soát ...": a topic heading the passage's next duty
            state.intro_deadline = first_date(sc, words[i].start, words[colon].start)
            comma = None
            i = colon + 1
        if comma is not None and words[comma].text == ",":
            # "Để bảo đảm tiến độ, ...": a purpose skipped, its dates no deadline of what follows
            if not purpose:
                state.intro_deadline = first_date(sc, words[i].start, words[comma].start)
            # "Đối với Tổng công ty ACV, Cục yêu cầu chủ động ...": the topic is the assignee of a
            # cue that names none
            if r.match(words, i, "intro_agent") and is_agent(sc, words, i + n_intro, cue=False):
                intro_agent = canonical_assignee(sc, assignee_text(sc, words, i + n_intro, comma))
            i = comma + 1
    # "Trong quý I/2025, ...": an opening deadline adverbial for this sentence only
    state.sentence_deadline = None
    if r.match(words, i, "deadline"):
        comma = next((k for k in range(i, len(words)) if words[k].text in {",", ":"} | CLAUSE_PUNCT), None)
        if comma is not None and words[comma].text == "," and comma - i <= OPENING_DEADLINE_WORDS:
            state.sentence_deadline = deadline_at(sc, words, i)
            if state.sentence_deadline is not None:
                i = comma + 1
    continuing = False
    n = r.match(words, i, "continuation")
    if n:
        continuing = True
        i += n
        if i < len(words) and words[i].text == ",":
            i += 1
    return Opening(i, specific_of, intro_agent, continuing, elaborating)


def topic_heading(sc: TaskScan, words: Words, t: int, colon: int) -> bool:
    """"Về <topic>: <Directive verb> ..." ("Về tuyển dụng viên chức: Tạm dừng ...", "Đối với hợp đồng lao động:
    Rà soát ..."): a topic that names no agent, a colon, then a capitalized directive verb with no subject of
    its own; the topic heads a duty, read past it as a sentence opening with that verb."""
    r = sc.rules
    a = colon + 1
    return words[colon].text == ":" and a < len(words) and words[a].upper and bool(r.match(words, a, "directive")) \
        and not is_agent(sc, words, a, cue=False) and not is_agent(sc, words, t, cue=False)


def elaborated(sc: TaskScan, words: Words, op: Opening, s: int, para: int, state: State) -> list[Task]:
    """"Trong đó, ...": a sentence detailing the directive before it. A cue right after its subject
    ("Trong đó, Tổng Bí thư đề nghị Bulgaria ...") is read as anywhere; without one, right after a
    directive, an agent and a modal ("Trong đó, các cơ quan, đơn vị, địa phương cần tăng cường ...") is
    one more assignee of that directive's speaker. Nothing else is read ("Trong đó, dưới sự điều hành của
    ..., Quốc hội nghe ... tờ trình đề nghị ...": a meeting's agenda)."""
    out: list[Task] = []
    if _cue_soon(sc, words, op.i):
        cues(sc, words, op, s, para, state, out)
    if out or state.speaker is None or state.sent - state.directive_sent > ELABORATION_SENTENCES:
        return out
    d = directive(sc, words, op.i, cue=False, need_modal=True)
    if d is None and state.last is not None and state.last.sent == state.sent - 1 \
            and (a := modal_action(sc, words, op.i) if not _bare_duty(sc, words, op.i) else op.i) is not None:
        # "Thủ tướng giao Bộ X chủ trì ... . Trong đó, cần nghiên cứu ...", "... Trong đó, nghiên cứu cắt giảm
        # ...": a duty with no subject details the last task, for its assignee
        d = Directive(state.last.task.assignee, a, action_end(sc, words, a), op.i)
        return emit(sc, words, d, state.last.task.assigner, s, para, state)
    return emit(sc, words, d, state.speaker, s, para, state) if d is not None else []


def _cue_soon(sc: TaskScan, words: Words, i: int) -> bool:
    """A cue at ``words[i]`` or a few words on, no punctuation between: the subject opening there speaks."""
    k = next((q for q in sorted(sc.rules.starts(words, CUE_KINDS)) if q >= i and cue_at(sc, words, q)[0]), None)
    return k is not None and k - i <= SPEAKER_GAP_WORDS and not any(w.punct for w in words[i:k])


def _speaks_again(sc: TaskScan, words: Words, a: int) -> bool:
    """"Đồng thời công tố viên đề nghị HĐXX tuyên phạt ...": an agent opening the sentence, its
    cue a few words on with no punctuation between, speaks anew; no follow-up of the last task."""
    return is_agent(sc, words, a, cue=False) and _cue_soon(sc, words, a + 1)


def _bare_duty(sc: TaskScan, words: Words, i: int) -> bool:
    """``words[i]`` opens a duty with no subject: a directive verb, no cue, no modal later in its clause (the
    verb phrase a topic: "tập trung vào các khó khăn ... cần đánh giá ..."), no report after it (a named
    subject with a tense marker, "Trong đó, tập trung vào ..., Bộ X đã ...")."""
    r = sc.rules
    if i >= len(words) or not r.match(words, i, "directive") or words[i].punct:
        return False
    if any(r.match(words, i, kind) for kind in ("cue", "cue_punct", "speech", "block")):
        return False
    if any(r.match(words, q, "modal") for q in range(i + 1, clause_end(words, i))):
        return False  # "Trong đó, tập trung vào các khó khăn ... cần đánh giá ...": a topic, then its duty
    return not forms.reported_later(sc, words, i + 1) and not any(
        r.match(words, q, "tense") for q in range(i, min(len(words), i + TENSE_PEEK_WORDS)))


def subject_directive(sc: TaskScan, words: Words, op: Opening, s: int, para: int, state: State) -> list[Task]:
    """Inside a directive passage: "Bộ trưởng Bộ Tài chính chỉ đạo ...", or a follow-up of the last task."""
    r = sc.rules
    i = op.i
    in_passage = para - state.directive_para <= 1 and state.sent - state.directive_sent <= PASSAGE_SENTENCES
    recent = state.last is not None and state.sent - state.last.sent <= 2
    if not (in_passage or (op.continuing and recent)):
        return []
    d = directive(sc, words, i, cue=False)
    if d is not None and state.speaker and is_speaker(sc, words, d, state.speaker):
        d = None  # "UBND tỉnh cũng chỉ đạo huyện X ...": the speaker directs again, a cue
    if d is not None and (n := r.match(words, d.np_start, "speaker_head")) and d.np_start + n < len(words) \
            and words[d.np_start + n].upper and (r.match(words, d.action_start, "cue")
                                                 or r.match(words, d.action_start, "cue_verb")):
        d = None  # "Người đứng đầu Chính phủ chỉ đạo Bộ X ...": the one head of a named body directs, a cue
    if d is not None:
        if in_passage:  # "Bộ X chủ trì ... . | Bộ Y phối hợp ... . | Bộ Z ...": one assignee a paragraph
            state.directive_para, state.directive_sent = para, state.sent
        return emit(sc, words, d, state.speaker, s, para, state)
    # "Đồng thời, (cần) nghiên cứu ...": the last task's assignee goes on, a modal left out of the action
    a = modal_action(sc, words, i) if op.continuing else None
    a = i if a is None else a
    if op.continuing and state.last is not None and starts_action(sc, words, a) \
            and state.other_subject_sent < state.last.sent and not forms.reported_later(sc, words, a + 1) \
            and not any(r.match(words, a, kind) for kind in ("cue", "cue_verb", "cue_punct", "speech")) \
            and not _speaks_again(sc, words, a):
        d = Directive(state.last.task.assignee, a, action_end(sc, words, a), i)
        return emit(sc, words, d, state.last.task.assigner, s, para, state)
    if (heir := forms.bare_action(sc, words, i, state)) is not None:
        d = Directive(heir[0], i, action_end(sc, words, i), i)
        return emit(sc, words, d, heir[1], s, para, state)
    if state.last is not None and state.last.paragraph == para:
        if (d := forms.conditional(sc, words, i, state)) is not None:  # "Trường hợp ... thì báo cáo ..."
            return emit(sc, words, d, state.last.task.assigner, s, para, state)
        return forms.inherit(sc, words, i, s, para, state)
    return []
