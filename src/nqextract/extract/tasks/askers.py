"""Askers the speaker finder reads wrong: a word inside a document's name printed as the subject
("Luật Giao thông đường bộ yêu cầu ...") is a fragment of that name, never the asker; an agent word inside a name the bodies stage does not read
("Đoàn kiểm tra liên ngành yêu cầu ...") is a fragment too, the name as printed asks. Each gives the
asker of a task the cue finds anyway, never a task of its own.
"""

from __future__ import annotations

from .rules import CLAUSE_PUNCT, Rules
from .scan import TaskScan
from .words import Words

MAX_NAME_WORDS = 8  # a body's or a delegation's name as printed ("Sở Tài nguyên và Môi trường")
UNCHANGED = object()
NOT_IN_NAME = ("tense", "speaker_adverb", "adverb_skip", "cue_agent_anaphor")  # words ending a subject's name


def clause_start(words: Words, first: int, k: int) -> int:
    """The first word of the clause holding ``words[k]``: after the last comma or clause mark before it."""
    return next((q + 1 for q in range(k - 1, first - 1, -1) if words[q].text in CLAUSE_PUNCT | {","}), first)


def corrected_asker(sc: TaskScan, words: Words, first: int, k: int, speaker: str) -> object:
    """The asker of the cue at ``words[k]`` in place of ``speaker`` (the speaker finder's) when that one is
    a fragment of a document's or a body's name; a str, None (no asker printed), or ``UNCHANGED`` when
    ``speaker`` stands."""
    got = document_asker(sc, words, first, k, speaker)
    return cut_name(sc, words, first, k, speaker) if got is UNCHANGED else got


def subject_end(sc: TaskScan, words: Words, lo: int, k: int) -> int:
    """Where the cue's subject ends: before the tense words and adverbs right before the cue at ``words[k]``
    ("Đoàn kiểm tra | đã yêu cầu", "Sở | cũng đề nghị")."""
    r = sc.rules
    e = k
    while e > lo + 1 and (t := max(r.ending(words, e, kind) for kind in ("tense", "speaker_adverb", "adverb_skip"))):
        e -= t
    return e


def cut_name(sc: TaskScan, words: Words, first: int, k: int, speaker: str) -> object:
    """"Đoàn kiểm tra liên ngành yêu cầu ...", "Sở Tài nguyên và Môi trường yêu cầu ...": where the bodies
    stage reads no body there (a bare "Sở X" in an article naming no place, a delegation), the speaker finder
    falls back to the rule's agent words and takes one inside the name ("ngành", "trường") or its head alone
    ("Sở" of "Sở Thông tin và Truyền thông"). When the clause's subject opens with a capitalized ``agent``
    word and ``speaker`` is printed in it with no tense word, adverb, punctuation or demonstrative before it,
    the asker is the name as printed from that head through ``speaker`` and on through the capitalized
    words, the tagger's words and "và" between capitalized words that follow ("Đoàn kiểm tra liên ngành
    tỉnh Lào Cai"), up to a day word with a number after it ("Sở X | Ngày 5-6 yêu cầu ..."); never where a person, title or body span lies in it (those stages' speaker stands);
    ``UNCHANGED`` elsewhere."""
    r = sc.rules
    c = clause_start(words, first, k)
    if c >= k or not words[c].upper or not r.match(words, c, "agent"):
        return UNCHANGED
    e = subject_end(sc, words, c, k)
    low = speaker.lower()
    at = next((x for x in range(e, c, -1) for q in range(c, x)
               if sc.text[words[q].start:words[x - 1].end].lower() == low), None)
    if at is None or any(words[q].punct or any(r.match(words, q, kind) for kind in NOT_IN_NAME)
                         for q in range(c, at)):
        return UNCHANGED
    x = at
    while x < e and not words[x].punct and not _dated(r, words, x, e) and (words[x].upper or words[x - 1].glued or (
            words[x].low == "và" and x + 1 < e and words[x + 1].upper)):
        x += 1  # "Sở | Thông tin và Truyền thông", "tỉnh | Lào Cai"
    if x - c > MAX_NAME_WORDS:
        return UNCHANGED
    start, end = words[c].start, words[x - 1].end
    if any(start < f.end and f.start < end for f in (*sc.persons, *sc.ner_persons, *sc.titles, *sc.bodies)):
        return UNCHANGED  # the persons, titles and bodies stages read the subject: their speaker stands
    name = sc.text[start:end]
    return name if name != speaker else UNCHANGED


def document_asker(sc: TaskScan, words: Words, first: int, k: int, speaker: str) -> object:
    """"Luật Giao thông đường bộ yêu cầu ...", "Nghị định 100 yêu cầu ...": a clause whose subject is a
    document's name (the documents stage's span, after a ``rule_draft`` word: "Dự thảo Luật Đất đai"), running
    to the cue (a tense word before it left out), is the asker as printed when ``speaker`` is printed inside
    that name ("bộ", "Chính phủ" of "Luật Tổ chức Chính phủ"); None when the name stops before the cue's
    subject does and ``speaker`` is printed only inside it; ``UNCHANGED`` elsewhere ("Nghị định 100 của
    Chính phủ yêu cầu ...": the issuer printed after the name asks)."""
    r = sc.rules
    c = clause_start(words, first, k)
    d = c + r.match(words, c, "rule_draft")
    if d >= k or not words[d].upper:
        return UNCHANGED
    f = next((f for f in sc.documents if f.start in (words[c].start, words[d].start)), None)
    if f is None:
        return UNCHANGED
    e = k
    while e > d + 1 and (t := r.ending(words, e, "tense")):
        e -= t  # "Nghị định 100 đã yêu cầu ..."
    end = words[e - 1].end
    low = speaker.lower()
    name = sc.text[words[c].start:min(f.end, end)]
    if low not in name.lower() or speaker == name:
        return UNCHANGED
    if f.end >= end:
        return name
    return None if low not in sc.text[f.end:end].lower() else UNCHANGED


def _dated(r: Rules, words: Words, x: int, e: int) -> bool:
    """A day printed after a name ("Sở X Ngày 5-6 yêu cầu ..."): a subject_day word with a number right after it."""
    return r.match(words, x, "subject_day") > 0 and x + 1 < e and words[x + 1].text[:1].isdigit()
