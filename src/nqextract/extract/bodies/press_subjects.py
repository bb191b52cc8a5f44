"""A Vietnamese outlet's brand opening a clause before a reporting verb is the outlet, the clause's subject: "Tuổi Trẻ
Online đưa tin ...", "Ngày 17-11, Tuổi Trẻ có bài viết ...", "Liên quan đến vấn đề này, Tuổi Trẻ Online đã xác minh
..." (``outlet_subject_verb`` rows of body_patterns.tsv, ``outlet_subject_gap`` words between: "đã", "tiếp tục").
The brand is printed with its capitals (``outlet_brand``, ``outlet_site_brand``; never a common word's brand,
``outlet_common_brand``: "Thanh Niên", "Người Lao Động"); it opens the text, a sentence or a clause (nothing but
blanks between it and a line's start, one of ``.!?;,`` or an ``outlet_subject_after`` conjunction, "Ngay sau khi
Tuổi Trẻ Online đưa tin", "vụ việc mà Tuổi Trẻ đã thông tin": not after a quote, "bộ phim “Tuổi Trẻ” ghi ...", nor
inside a longer name, "Nhà văn hóa Tuổi Trẻ ghi nhận"). A brand printed as a common phrase is at a sentence's start,
only its first letter capitalized ("Dân trí", the people's education level), opening the text, a line or a sentence
is the outlet only before a verb no common phrase takes (``outlet_subject_verb`` flagged ``common``: "Dân trí đã xác
minh ...", "Dân trí sẽ tiếp tục thông tin ..."; not "Dân trí phản ánh trình độ phát triển ...")."""

from __future__ import annotations

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text, is_word, opens_sentence

_CLAUSE_OPEN = ".!?;,\n"


def subject_outlets(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """Each brand opening a clause before a reporting verb (see the module)."""
    cued = rules.cued
    if cued.subject_verbs is None:
        return []
    out = []
    taken: set[int] = set()
    for form, name, sort in cued.brands:  # longest first: "Tuổi Trẻ Online" before "Tuổi Trẻ"
        if sort == "common":
            continue
        at = t.tones.find(form)
        while at >= 0:
            end = at + len(form)
            verb = cued.subject_verbs.match(t.low, end) if not is_word(t.raw, end) else None
            if at not in taken and verb and _lower_after(t.raw, end) and _opens_clause(t.raw, at, cued.subject_after) \
                    and not (_common_word(t.raw[at:end]) and opens_sentence(t.raw, at) and cued.common_verbs
                             and cued.common_verbs.match(t.low, end)):
                taken.add(at)
                out.append(BodyMatch(at, end, name, "outlet"))
            at = t.tones.find(form, at + 1)
    return out


def _common_word(form: str) -> bool:
    """The brand is printed as a common phrase would be at a sentence's start: several words, all but the first in
    lower case ("Dân trí", also the people's education level; not "Tuổi Trẻ", "Người Đưa Tin", "VnExpress")."""
    words = form.split()
    return len(words) > 1 and all(w[:1].islower() for w in words[1:])


def _lower_after(raw: str, end: int) -> bool:
    """The word after the brand printed in lower case: the clause goes on ("Dân trí Thông tin từ ...": a dateline
    before a new sentence, no subject)."""
    i = end
    while i < len(raw) and raw[i] in " \t\u00a0":
        i += 1
    return i < len(raw) and raw[i].islower()


def _opens_clause(raw: str, pos: int, after: frozenset[str]) -> bool:
    """Nothing but blanks between ``pos`` and the text's start, a line's start, a clause's end mark or a conjunction
    opening a clause (``after``: "khi", "mà")."""
    i = pos
    while i > 0 and raw[i - 1] in " \t\u00a0":
        i -= 1
    if i == 0 or raw[i - 1] in _CLAUSE_OPEN:
        return True
    j = i
    while j > 0 and raw[j - 1].isalpha():
        j -= 1
    return j < i and raw[j:i].islower() and fold(raw[j:i]) in after
