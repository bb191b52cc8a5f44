"""A clause of when the speaker spoke (``speaker_cut`` of ``task_verbs.tsv``): it ends the action only where
its pronoun can be the speaker.

    Ông Karl Weidner kêu gọi Israel và Hamas ngừng bắn | khi ông đang thăm Ai Cập   (cut: the speaker's time)
    Tòa án huyện X yêu cầu ông A nộp bản sao giấy tờ khi ông đang làm thủ tục ...   (kept: A's own time)
    Thủ tướng yêu cầu Bộ Tài chính báo cáo kết quả khi bà vừa nhận nhiệm vụ ...      (kept: the minister's)

The speaker must be a named person (a person the persons stage or the tagger found, a name printed after an
honorific of ``person_honorifics.tsv``, or a name printed right before the cue that no body, title nor place
covers) and the assignee no person: no person's name, no title opening it, not printed after an honorific.
"""

from __future__ import annotations

from ...textnorm import fold
from .rules import MIN_ACTION_WORDS
from .scan import TaskScan
from .words import Words, lower_text

CUE_GAP_WORDS = 5  # "Karl Weidner (đã) kêu gọi | Israel ...": lower-case words between a printed subject and its assignee


def speaker_cut(sc: TaskScan, words: Words, a: int, end: int, assigner: str | None, assignee: str | None,
                np_start: int) -> int:
    """Where the action ``words[a:end]`` ends: before a ``speaker_cut`` clause the speaker's, else ``end``
    (``np_start``: where the assignee is printed)."""
    r = sc.rules
    q = next((q for q in r.positions(words, "speaker_cut", a + MIN_ACTION_WORDS, end)
              if r.match(words, q, "speaker_cut")), None)
    pronoun = words[q + 1].low if q is not None and q + 1 < len(words) else None
    if q is None or not (named_speaker(sc, assigner, pronoun) or printed_person(sc, words, np_start)) \
            or person_assignee(sc, words, a, assignee) or _named_in_action(words, a, q, pronoun):
        return end
    return q


def _named_in_action(words: Words, a: int, q: int, pronoun: str | None) -> bool:
    """The action before the clause prints a person with the clause's pronoun as honorific ("hỗ trợ gia đình bà
    Lan | khi bà vừa ..."): the pronoun is that person's."""
    return pronoun is not None and any(words[k].low == pronoun and words[k + 1].upper for k in range(a, q - 1))


def _after_honorific(sc: TaskScan, at: int) -> bool:
    """An honorific of ``person_honorifics.tsv`` printed right before ``text[at]`` ("ông | A")."""
    before = lower_text(sc.text[max(0, at - 40):at]).rstrip()
    return any(before == h or before.endswith(" " + h) for h in sc.rules.honorifics)


def _opens_with_honorific(sc: TaskScan, name: str) -> bool:
    """``name`` opens with an honorific and a capitalized name after it ("ông Lê Văn A"); an honorific that is
    also a group noun before lower-case words ("lãnh đạo các địa phương", "ngư dân ven biển") names no person."""
    low = lower_text(name)
    return any(low.startswith(h + " ") and name[len(h) + 1:len(h) + 2].isupper() for h in sc.rules.honorifics)


def _tagged_persons(sc: TaskScan) -> list:
    """The persons stage's persons and the tagger's that are no place nor body ("Ukraine" tagged a person is a
    country, "Vingroup" a firm)."""
    return sc.persons + [f for f in sc.ner_persons if fold(sc.text[f.start:f.end]) not in sc.rules.party_places
                         and not any(b.start <= f.start and f.end <= b.end for b in sc.bodies)]


def named_speaker(sc: TaskScan, assigner: str | None, pronoun: str | None = None) -> bool:
    """The speaker is a named person: one the persons stage or the tagger found, or a name printed after
    an honorific ("ông Karl Weidner"); a title alone ("Thủ tướng", "Ngoại trưởng Đức") is none."""
    if not assigner:
        return False
    if lower_text(assigner) in sc.rules.pronouns:
        # "Ông yêu cầu ... khi ông đang ...": the passage's speaker, named before; not "Ông yêu cầu ... bà Lan khi
        # bà vừa ..." (``pronoun``: the clause's own)
        return pronoun is None or lower_text(assigner) == pronoun
    if any(assigner in (f.kb, sc.text[f.start:f.end]) for f in _tagged_persons(sc)):
        return True
    if _opens_with_honorific(sc, assigner) and len(assigner.split()) > 1:
        return True
    at = sc.text.find(assigner)
    while at >= 0:
        if _after_honorific(sc, at):
            return True
        at = sc.text.find(assigner, at + 1)
    return False


def printed_person(sc: TaskScan, words: Words, np_start: int) -> bool:
    """"... Liên minh châu Âu (EU) Karl Weidner kêu gọi Israel ...": the subject printed right before the cue
    (a few lower-case words before the assignee) ends with a person's name the earlier stages may have missed:
    two or more capitalized syllables, or one after an honorific, that no body, title nor place covers and no
    agent head opens ("Thủ tướng", "Ngoại trưởng Đức", "Sở Xây dựng", "Hà Nội" are none)."""
    k = min(np_start, len(words)) - 1
    gap = 0
    while k >= 0 and not words[k].upper and not words[k].punct and gap < CUE_GAP_WORDS:
        k, gap = k - 1, gap + 1
    last = k
    while k >= 0 and words[k].upper and not words[k].punct:
        k -= 1
    first = k + 1
    if first > last or gap == 0:
        return False
    s, e = words[first].start, words[last].end
    if any(f.start < e and s < f.end for f in sc.bodies + sc.titles) or sc.rules.match(words, first, "agent") \
            or fold(sc.text[s:e]) in sc.rules.party_places:
        return False
    return last > first or _after_honorific(sc, s)


def person_assignee(sc: TaskScan, words: Words, a: int, assignee: str | None) -> bool:
    """The assignee is a person: printed after an honorific ("ông Lê Văn A"), a person's name (the tagger's
    only where no place nor body), a title opening it ("Bộ trưởng Bộ X"), or a pronoun or honorific itself."""
    if not assignee:
        return False
    if _opens_with_honorific(sc, assignee) or lower_text(assignee) in sc.rules.pronouns:
        return True
    persons = _tagged_persons(sc)
    at = sc.text.rfind(assignee, words[0].start, words[a].start) if a < len(words) else -1
    if at < 0:
        return any(assignee == f.kb for f in persons)
    end = at + len(assignee)
    return _after_honorific(sc, at) or any(f.start < end and at < f.end for f in persons) \
        or any(f.start <= at < f.end for f in sc.titles)
