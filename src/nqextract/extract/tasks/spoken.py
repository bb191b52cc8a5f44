"""Duties in reported speech without a cue: a sentence names who speaks ("Phát biểu chỉ đạo, Phó Thủ
tướng A nhấn mạnh ...", "Theo bà B, ...", "Thủ tướng nêu 6 nhóm nhiệm vụ ... ."), and the next sentences
of the same paragraph state duties of an agent with a modal ("Vì vậy các bộ, ngành phải ...", "Các địa
phương cần ..."); paragraphs opening with an ordinal right after it ("Thứ nhất, X phải ...; Thứ hai, ...")
go on with the same speech. Such a sentence is a task of the speaker only with an agent that is a body,
an office or a collective and a modal after it; a report, a wish, an opinion without an agent or a
pledge ("chúng tôi sẽ") is none. Another speaker, a reported fact or a new paragraph ends the speech.
"""

from __future__ import annotations

import re

from ...models import Task
from . import announced
from .actions import emit
from .assignees import directive
from .rules import SPEAKER_GAP_WORDS
from .scan import State, TaskScan
from .speakers import find_speaker, resolve, speaker_mentions
from .words import Fact, Words

SPOKEN_SENTENCES = 3  # a duty this many sentences after the speaker's sentence, in its paragraph


def speaker_of(sc: TaskScan, words: Words, i: int, state: State) -> tuple[str, int] | None:
    """(speaker, word after the speaker's clause) of a sentence naming who speaks: a person or title
    right before a verb of directing speech (``spoken_cue``: "Bộ trưởng nhấn mạnh", "ông A lưu ý"), or an opener "Theo <person>,"
    ("Theo bà, ...", "Theo Thứ trưởng X, ..."); a body or a report ("Theo báo cáo của Sở X,") is none."""
    r = sc.rules
    if i < len(words) and words[i].low == "theo":
        comma = next((q for q in range(i + 1, min(len(words), i + SPEAKER_GAP_WORDS + 4))
                      if words[q].punct), None)
        if comma is None or words[comma].text != ",":
            return None
        found = [f for f in speaker_mentions(sc, words[i + 1].start, words[comma].start)
                 if official(sc, f) and f.start == words[i + 1].start]
        if not found or r.match(words, i + 1, "passage_end"):
            return None
        return resolve(sc, max(found, key=lambda f: f.end), state), comma + 1
    for k in r.positions(words, "spoken_cue", i + 1, len(words)):
        if words[k - 1].punct or words[k].upper:
            continue
        n = r.match(words, k, "spoken_cue")
        if not n:
            continue
        mentions = [f for f in speaker_mentions(sc, words[i].start, words[k].start) if official(sc, f)]
        if not mentions:
            continue
        speaker = find_speaker(sc, words, i, k, None, state)
        if speaker:
            return speaker, k + n
    return None


def official(sc: TaskScan, f: Fact) -> bool:
    """A person, a title or a personal pronoun ("bà", "ông"): one who directs; a body, a document or a
    collective of citizens ("các cử tri nêu ...") is none."""
    if f.label in ("PERSON", "PER"):
        return True
    if any(t.start == f.start and t.end == f.end for t in sc.titles):
        return True
    return sc.low[f.start:f.end] in sc.rules.pronouns


def track(sc: TaskScan, words: Words, i: int, para: int, state: State) -> None:
    """Remember the speaker a sentence names (for the next sentences of its paragraph); a sentence
    reporting instead ("Theo báo cáo ...", "... cho biết" of a body) ends the speech."""
    found = speaker_of(sc, words, i, state)
    if found is not None:
        state.spoken = (found[0], para, state.sent)
        announced.lead(sc, words, found[1], state)  # "Thủ tướng nhấn mạnh 6 nhóm nhiệm vụ ...": a numbered list
    elif state.spoken is not None and (state.spoken[1] != para or sc.rules.match(words, i, "passage_end")):
        state.spoken = None


def duty(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    """A duty of an agent with a modal in the speaker's paragraph, a few sentences after the speaker."""
    sp = state.spoken
    if sp is None or sp[1] != para or not 0 < state.sent - sp[2] <= SPOKEN_SENTENCES:
        return []
    if speaker_of(sc, words, i, state) is not None:
        return []  # a sentence naming its own speaker: no duty of the last one
    return read(sc, words, i, sp[0], s, para, state)


def ordinal(sc: TaskScan, words: Words, s: int, para: int, state: State) -> list[Task]:
    """"Thứ nhất, các bộ, ngành, địa phương phải ...": a paragraph opening with an ordinal right after
    the speaker's paragraph (or an earlier such item) is the speaker's, when an agent and a modal follow.
    After a lead announcing numbered duties (:mod:`.announced`) the items follow one another, in the next
    paragraphs or the same one: an agent and a directive verb need no modal there, and a verb alone is a duty
    of the lead's assignee (:func:`.announced.item_duty`, :func:`.announced.bare_item`)."""
    r = sc.rules
    sp = state.spoken
    listed = announced.open_for(state)
    if sp is None or not (para - sp[1] == 1 or listed and para - sp[1] in (0, 1)) or not words \
            or words[0].low in ("trong",):
        return []
    n = r.match(words, 0, "elaboration")
    if not n or r.match(words, 0, "elaboration_open") or n >= len(words) or words[n].text != ",":
        return []
    if listed:
        announced.go_on(state)  # the next item goes on with the same list
        out = read(sc, words, n + 1, sp[0], s, para, state, listed=True)
        if not out and (d := announced.bare_item(sc, words, n + 1, state)) is not None:
            out = emit(sc, words, d, sp[0], s, para, state)
    else:
        out = read(sc, words, n + 1, sp[0], s, para, state)
    state.spoken = (sp[0], para, state.sent)  # the next item goes on with the same speech
    return out


def read(sc: TaskScan, words: Words, i: int, speaker: str, s: int, para: int, state: State,
         listed: bool = False) -> list[Task]:
    """The duty of an agent at ``words[i]``: with a modal after it, or, as an item of announced duties
    (``listed``), with a directive verb after it (:func:`.announced.item_duty`)."""
    if (n := sc.rules.match(words, i, "consequence")) and words[i].upper:
        i += n + (i + n < len(words) and words[i + n].text == ",")  # "Vì vậy(,) các bộ, ngành phải ..."
    d = directive(sc, words, i, cue=listed, need_modal=not listed) if i < len(words) else None
    np = (words[d.np_start].start, words[d.action_start].start) if d is not None else (0, 0)
    if d is None or any(np[0] <= f.start < np[1] or f.start <= np[0] < f.end for f in sc.persons + sc.ner_persons):
        return []  # "Thủ tướng Paetongtarn phải chịu sức ép ...": a person's plight, no office's duty
    if listed and not announced.item_duty(sc, words, d, speaker):
        return []  # "Thứ hai, người dân phản ánh ...": a report, no duty
    d.assignee = plain_list(sc, d.assignee)
    return emit(sc, words, d, speaker, s, para, state)


def plain_list(sc: TaskScan, assignee: str) -> str:
    """"cấp ủy, chính quyền, đặc biệt là người đứng đầu, các bộ": the list without its emphasis words
    (``emphasis`` rows), as the analyst writes it."""
    for phrase in sc.rules.phrases.get("emphasis", ()):
        assignee = re.sub(rf"(?i),\s+{re.escape(' '.join(phrase))}\s+", ", ", assignee)
    return assignee
