"""A document sent to a body for it to act, without a cue: "UBND tỉnh có công văn gửi Công an tỉnh kiểm
tra, giải quyết ...", "UBND TP đã có văn bản gửi Chính phủ, các bộ, ngành để tháo gỡ ...", "chủ đầu tư
hoàn thiện hồ sơ gửi Sở Xây dựng kiểm tra ...", "gửi đơn thỉnh cầu lên Tòa án ... để điều tra ...".

The addressee is the assignee, the sender (the speaker printed before the document) the assigner. The
action opens with a directive verb right after the addressee, or with a verb after "để"; the sender's own verbs
("phản ánh", "tố cáo", "xin", "lấy ý kiến", "báo cáo", "để được ...": ``sent_own`` rows), the document's subject
("gửi X về việc ...": ``sent_subject``), anything sent that is no document ("gửi thư chúc mừng", "gửi Bộ Tài
chính nhu cầu vốn") and an addressee that is no name ("gửi các đơn vị có liên quan", "gửi công an tỉnh này")
give none; a report after the action ("... và sở đã hướng dẫn ...") is left out of it.
"""

from __future__ import annotations

from ...models import Task
from .actions import action_end, emit, starts_action
from .assignees import assignee_text, canonical_assignee, directive, is_agent, tense_at
from .cues import body_named
from .rules import CLAUSE_PUNCT
from .scan import Directive, State, TaskScan
from .speakers import find_speaker
from .words import Words

DOCUMENT_BEFORE_WORDS = 3  # "có công văn | gửi", "hoàn thiện hồ sơ | gửi": the document this close before "gửi"
ADDRESSEE_WORDS = 16  # the words an addressee (a list of bodies) may run
REPORT_SUBJECT_WORDS = 3  # "và sở đã ...": the words from a subject to its tense marker


def sent_for(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """The task of a document sent to an agent for it to act (see the module)."""
    r = sc.rules
    for q in r.positions(words, "addressee", i, len(words)):
        n = r.match(words, q, "addressee")
        if not n:
            continue
        doc = next((x for x in range(max(i, q - DOCUMENT_BEFORE_WORDS), q) if r.match(words, x, "sent_document")), None)
        a = q + n
        if doc is None and (m := r.match(words, a, "sent_document")):
            # "gửi đơn thỉnh cầu lên Tòa án ...": the document after "gửi", then "lên / tới / đến / cho"
            to = next((x for x in range(a + m, min(len(words), a + m + 3)) if r.match(words, x, "addressee_to")), None)
            if to is None:
                continue
            doc, a = a, to + r.match(words, to, "addressee_to")
        elif doc is not None and (m := r.match(words, a, "addressee_to")):
            a += m  # "có văn bản gửi lên UBND TP ..."
        if doc is None or a >= len(words) or not words[a].upper or not is_agent(sc, words, a, cue=True):
            continue  # a named addressee only: "gửi các đơn vị có liên quan ...", "gửi công an tỉnh này" stay none
        d = addressed(sc, words, a)
        if d is None:
            continue
        speaker = find_speaker(sc, words, i, doc, None, state) if doc > i else None
        if speaker is None:
            continue
        d.assignee = body_named(sc, words, d.np_start, d.assignee)
        d.action_end = reported_after(sc, words, d.action_start, d.action_end)
        return emit(sc, words, d, speaker, s, para, state)
    return []


def addressed(sc: TaskScan, words: Words, a: int) -> Directive | None:
    """``ADDRESSEE để ACTION`` or ``ADDRESSEE ACTION`` at ``words[a]``, the action opening with a verb (after
    "để") or a directive verb (right after the addressee) of the addressee's, never a ``sent_own`` one."""
    r = sc.rules
    # "gửi Chính phủ, các bộ, ngành để tháo gỡ ...": a purpose after the addressee, its commas each
    # opening one more agent
    for q in range(a + 1, min(len(words) - 1, a + ADDRESSEE_WORDS)):
        w = words[q]
        if w.text in CLAUSE_PUNCT or (w.text == "," and not is_agent(sc, words, q + 1, cue=True)):
            break
        if sc.protected_end(w.start) is not None or w.upper or w.punct:
            continue
        if (n := r.match(words, q, "sent_purpose")):
            start = q + n
            if start >= len(words) or r.match(words, start, "sent_own") or not starts_action(sc, words, start):
                return None
            assignee = canonical_assignee(sc, assignee_text(sc, words, a, q))
            return Directive(assignee, start, action_end(sc, words, start), a) if assignee else None
        if not any(r.match(words, q, kind) for kind in ("agent", "np_part", "determiner")) \
                and (w.verb or r.match(words, q, "directive")):
            break  # the addressee's verb: no purpose clause
    d = directive(sc, words, a, cue=True)
    if d is None or d.action_start <= a or words[d.action_start - 1].text == "," \
            or not r.match(words, d.action_start, "directive") or r.match(words, d.action_start, "sent_own"):
        return None
    if any(r.match(words, q, "sent_purpose") or r.match(words, q, "sent_subject") for q in range(a, d.action_start)):
        return None  # "gửi X để ...", read above; "gửi X về việc ...": the document's subject, no action of X's
    return d


def reported_after(sc: TaskScan, words: Words, a: int, end: int) -> int:
    """"kiểm tra công tác nghiệm thu ... và sở đã hướng dẫn, yêu cầu ...": "và", a subject and a tense
    marker open a report of what happened next; the action ends before it."""
    r = sc.rules
    for q in range(a + 1, end - 2):
        if r.match(words, q, "conjunction") and is_agent(sc, words, q + 1, cue=False) \
                and any(tense_at(sc, words, x) for x in range(q + 2, min(end, q + 2 + REPORT_SUBJECT_WORDS))):
            return q
    return end
