"""A foreign state's armed force printed in lower case, its country right after the head, where it opens a clause:
the clause's subject, the force ("Sáng 28-11, quân đội Đài Loan tổ chức tập trận", "Theo lực lượng không quân
Ukraine, ...", "... trong khi quân đội Israel ghi nhận ..." -> "Quân đội Đài Loan", "Lực lượng không quân Ukraine",
"Quân đội Israel"). The heads are body_patterns.tsv's ``force_head`` rows ("quân đội", "hải quân", "lực lượng vũ
trang"); the force opens the text, a line, a sentence or a clause (after ``.!?;:,`` or a dash) or follows a
``force_subject_after`` conjunction ("khi", "trong khi"; flagged ``opening``, itself opening a clause: "Theo"). Elsewhere none: an object ("nhắm vào quân đội X",
"hỗ trợ quân đội Y"), a title's unit ("Tổng tư lệnh quân đội X"), after an ``organ_not_after`` word ("căn cứ không
quân X"), where the ledger's gold names the force about as often as not. The country ends the name: no capitalized
word, digit or joined word after it ("quân đội Mỹ Latin", "không quân Nga-Ukraine"), never the home country. A head
printed capitalized is the organs phase's (``organ_head``)."""

from __future__ import annotations

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_CLAUSE_MARKS = ".!?;:,\n-–"
_MAX_AFTER = 2  # syllables of the longest force_subject_after word ("trong khi")


def lower_forces(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """The forces of ``t`` (see the module)."""
    organs = rules.organs
    if organs is None or organs.force_heads is None or rules.countries is None:
        return []
    out = []
    for m in organs.force_heads.finditer(t.low):
        start, end = m.start(), m.end()
        if not t.raw[start].islower() or (t.raw[end : end + 1].isalnum()):
            continue  # a capitalized head is an organ's; "quân độii" no head
        if organs.not_after and organs.not_after.search(t.low, max(0, start - 16), start):
            continue  # "căn cứ không quân X": a place
        cm = rules.countries.match(t.tones, end)
        if cm is None or (rules.home_country and fold(cm.group(1)) == fold(rules.home_country)):
            continue
        if _another_name_after(t.raw, cm.end()) or not _opens_clause(t.raw, start, organs.force_after or {}):
            continue
        name = t.tones[start].upper() + " ".join(t.tones[start + 1 : cm.end()].split())
        out.append(BodyMatch(start, cm.end(), name, "force"))
    return out


def _another_name_after(raw: str, after: int) -> bool:
    """A word joined to the country or a capitalized word after it: the country is part of another name ("Mỹ Latin",
    "Nga-Ukraine", "Anh – Việt")."""
    if after >= len(raw):
        return False
    rest = raw[after : after + 3]
    return (raw[after].isalnum() or raw[after : after + 2].strip()[:1].isupper()
            or raw[after] in "-–" and raw[after + 1 : after + 2].isalpha()
            or rest in (" - ", " – ") and raw[after + 3 : after + 4].isupper())


def _opens_clause(raw: str, pos: int, after: dict[str, str]) -> bool:
    """Nothing but blanks between ``pos`` and the text's start, a line's start, a clause's mark or a dash, or a
    conjunction of ``after`` (one or two words, any case: "trong khi") right before it; one flagged ``opening``
    itself opens a clause ("Theo quân đội X, ...", not "hoạt động theo quân đội X")."""
    i = pos
    while i > 0 and raw[i - 1] in " \t\u00a0":
        i -= 1
    if i == 0 or raw[i - 1] in _CLAUSE_MARKS:
        return True
    words: list[str] = []
    j = i
    while len(words) < _MAX_AFTER:
        k = j
        while k > 0 and raw[k - 1].isalpha():
            k -= 1
        if k == j:
            break
        words.insert(0, fold(raw[k:j]))
        flag = after.get(" ".join(words))
        if flag is not None:
            return flag != "opening" or _opens_clause(raw, k, {})
        j = k
        if j == 0 or raw[j - 1] != " ":
            break
        j -= 1
    return False
