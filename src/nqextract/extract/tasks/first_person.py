"""A cue spoken in the first person ("Tôi đề nghị nhà trường có giải pháp ...", "chúng tôi cũng đề nghị các
cấp có thẩm quyền cần ...", "tôi tha thiết kiến nghị Quốc hội xem xét ..."): the pronoun names no one, the
person quoted speaks. It stands as the cue's subject (opening its clause, only ``first_person_lead`` adverbs
between it and the cue); its speaker is the quote's, else the person named nearest in its paragraph (before
the cue, else after it: ", ông A nói"); none named, the task has no assigner.
"""

from __future__ import annotations

from .rules import CLAUSE_PUNCT, LOOKBACK_CHARS
from .scan import State, TaskScan
from .speakers import resolve, speaker_mentions
from .words import Words

OPENING_MARKS = CLAUSE_PUNCT | {",", ";", ":", "“", '"', "(", "-", "–"}


def first_person_cue(sc: TaskScan, words: Words, i: int, k: int) -> bool:
    """A ``first_person`` pronoun is the subject of the cue at ``words[k]``: it opens the sentence (from
    ``words[i]``) or a clause, with only ``first_person_lead`` words between it and the cue."""
    r = sc.rules
    q = k
    while q > i and (n := r.ending(words, q, "first_person_lead")):
        q -= n
    n = r.ending(words, q, "first_person")
    # "nhà tôi đề nghị ...", "ông nói với tôi đề nghị ...": the pronoun is no subject of the cue
    return n > 0 and (q - n <= i or words[q - n - 1].text in OPENING_MARKS)


def first_person_speaker(sc: TaskScan, words: Words, k: int, state: State) -> str | None:
    """The person a first-person cue at ``words[k]`` quotes: the quote's speaker, else the nearest person
    named before it in its paragraph, else the first named after the quote closes there; None when none is."""
    if state.quote is not None:
        return state.quote[0]
    pos = words[k].start
    para_start = sc.text.rfind("\n", 0, pos) + 1
    para_end = sc.text.find("\n", pos)
    para_end = len(sc.text) if para_end < 0 else para_end
    people = [f for f in speaker_mentions(sc, max(para_start, pos - LOOKBACK_CHARS), pos) if f.label == "PERSON"]
    if people:
        return resolve(sc, max(people, key=lambda f: (f.end, -f.start)), state)
    # ""..., tôi đề nghị ông B ...", bà A nói": the name after the closing quote, never the one addressed
    close = min((x for x in (sc.text.find("”", pos, para_end), sc.text.find('"', pos, para_end)) if x >= 0),
                default=para_end)
    after = [f for f in speaker_mentions(sc, close, para_end) if f.label == "PERSON"]
    return resolve(sc, min(after, key=lambda f: (f.start, -f.end)), state) if after else None
