"""Narration opening with a verb: a sentence whose opening verb phrase is no duty but an adverbial of a clause
with a subject of its own, or the subject of a statement.

    Kiểm tra hiện trường, ông A cho biết ...              (a person speaks)
    Rà soát lại hồ sơ, Công an tỉnh phát hiện ...         (a named body acts)
    Ngừng hoạt động từ năm 2020, nhà máy hiện bỏ hoang.   (a subject, then an aspect marker)
    Duy trì đà tăng trưởng, năm 2024 GDP của tỉnh đạt ... (a time, a subject, a verb)
    Phân tích dữ liệu vệ tinh cho thấy ...                (the phrase is the subject of a report)
    Hoàn thành 15 trên 17 chỉ tiêu.                       (a tally of results)

A sentence right after a task that opens with a directive or a follow-up verb and has no subject of its own
goes on with that task's assignee (:func:`.forms.bare_action`); such a sentence reports, and goes on with no one.
"""

from __future__ import annotations

from .assignees import is_agent, noun_phrase_end
from .rules import CLAUSE_PUNCT
from .scan import TaskScan
from .words import Words

NAME_VERB_WORDS = 10  # "Trung tâm Kiểm soát bệnh tật tỉnh | xác định": a named subject's verb this close after it
SUBJECT_WORDS = 6  # "nhà máy nước sạch | vẫn ...": a lower-case subject before its marker is this short


def narrated(sc: TaskScan, words: Words, a: int) -> bool:
    """The verb phrase opening the sentence, its verb ending before ``words[a]``, is an adverbial or a
    subject, the sentence a report: a ``report_verb`` anywhere in its clause ("... cho biết", "... cho
    thấy"), a copula before the first comma ("Hủy bỏ quyết định ... là việc làm cần thiết"; not an
    ``emphasis``, "nhất là"), a tally ("15 trên 17 chỉ tiêu"), or a clause after a comma with a subject of
    its own (:func:`subject_clause`)."""
    r = sc.rules
    end = next((q for q in range(a, len(words)) if words[q].text in CLAUSE_PUNCT - {":"}), len(words))
    if any(r.match(words, q, "report_verb") and not words[q].inner for q in range(a, end)):
        return True
    comma = next((q for q in range(a, end) if words[q].text == ","), end)
    if any(r.match(words, q, "copula") and not r.ends(words, q + 1, "emphasis") for q in range(a, comma)):
        return True
    if any(words[q].text.isdigit() and words[q + 1].low == "trên" and words[q + 2].text.isdigit()
           for q in range(a, end - 2)):
        return True  # "Hoàn thành 15 trên 17 chỉ tiêu": results counted against targets
    return any(words[c].text == "," and subject_clause(sc, words, c + 1, end) for c in range(a, end - 1))


def subject_clause(sc: TaskScan, words: Words, j: int, end: int) -> bool:
    """A clause opening at ``words[j]``, after a comma, with a subject of its own: after a time of the past
    ("năm qua", "đến nay": ``report_time``; "năm 2024": a ``report_time_unit`` and its number), a noun phrase
    and a verb; else, not after an agent, a body's or a person's span (an item of a list: "các doanh nghiệp, |
    cá nhân ..."), a person or a capitalized name (a pronoun maybe before it, "ông A"; no name in the stretch
    before the comma, "các Nghị định, | Thông tư ...") and a verb a few words on, an agent and a
    ``report_marker`` ("cơ quan điều tra | đã ..."), or a short lower-case noun phrase with no verb and a
    ``report_state`` word ("nhà máy | hiện bỏ hoang")."""
    r = sc.rules
    before = j - 2  # the word before the comma
    n = r.match(words, j, "report_time")
    if not n and (m := r.match(words, j, "report_time_unit")) and j + m < end and words[j + m].text.isdigit():
        n = m + 1
    if n:
        k = _noun_phrase(sc, words, j + n, end)
        return k is not None and k > j + n and (words[k].verb or _marker(sc, words, k))
    if j >= end or words[j].punct:
        return False
    person = (n := r.match(words, j, "pronoun") or int(words[j].low in r.honorifics)) and j + n < end \
        and words[j + n].upper  # "ông | Trần Văn Nam cho biết", "chị | Lan cho biết"
    if not person and (before < 0 or sc.protected_end(words[before].start) is not None or _agent_ends(sc, words, before + 1)
                       or (words[j].upper and _named_before(words, before))):
        return False  # "với Sở Tài chính, | Sở Xây dựng ...", "các doanh nghiệp, | cá nhân đã vi phạm ...": a list
    if person or words[j].upper:  # "Công an tỉnh | cho biết", "Trung tâm Kiểm soát bệnh tật tỉnh | xác định ..."
        return any(words[q].verb or _marker(sc, words, q) for q in range(j + 1, min(end, j + NAME_VERB_WORDS))
                   if not any(w.punct for w in words[j + 1:q + 1]))
    if is_agent(sc, words, j, cue=False):
        k = noun_phrase_end(sc, words, j, cue=False)  # "Làm rõ vai trò ..., cơ quan điều tra | đã khởi tố ..."
        return k is not None and k < end and _marker(sc, words, k)
    k = _noun_phrase(sc, words, j, end)
    return k is not None and 0 < k - j <= SUBJECT_WORDS and _marker(sc, words, k, "report_state")


def _agent_ends(sc: TaskScan, words: Words, k: int) -> bool:
    """An agent head ends right before ``words[k]`` ("các doanh nghiệp | ,"), not inside a longer word ("mạng xã
    hội")."""
    r = sc.rules
    n = r.ending(words, k, "agent") or r.ending(words, k, "cue_agent")
    return bool(n) and not words[k - n].inner


def _named_before(words: Words, k: int) -> bool:
    """A capitalized word (not the sentence's first) in the stretch of words ending at ``words[k]`` after the
    comma or the sentence's start before it: "các Nghị định, | Thông tư ...", a list of names."""
    while k > 0 and words[k].text != ",":
        if words[k].upper:
            return True
        k -= 1
    return False


def _marker(sc: TaskScan, words: Words, k: int, kind: str = "report_marker") -> bool:
    """A ``report_marker`` (or a ``kind``) at ``words[k]``, not the first syllable of a longer word ("hiện | nay")."""
    n = sc.rules.match(words, k, kind) or (kind == "report_marker" and sc.rules.match(words, k, "report_state"))
    return bool(n) and not words[k + n - 1].glued


def _noun_phrase(sc: TaskScan, words: Words, j: int, end: int) -> int | None:
    """Where a noun phrase opening at ``words[j]`` ends: at its first verb or ``report_marker``; None when it
    opens with a verb, a rule word that opens a duty or a clause, or runs into punctuation first."""
    r = sc.rules
    if j >= end or words[j].verb or any(r.match(words, j, kind) for kind in (
            "directive", "follow_up", "modal", "negative_directive", "continuation", "conjunction", "purpose",
            "deadline", "emphasis", "consequence", "specific", "condition")):
        return None
    for k in range(j, end):
        w = words[k]
        if w.text in {",", ";", ":"} or (w.punct and w.text not in {"(", ")", "%"}):
            return None
        if k > j and (w.verb or _marker(sc, words, k)):
            return k
    return None
