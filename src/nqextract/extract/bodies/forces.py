"""A foreign state's armed force or government printed in lower case, its country right after the head, where it
opens a clause: the clause's subject, the force ("Sáng 28-11, quân đội Đài Loan tổ chức tập trận", "Theo lực lượng
không quân Ukraine, ...", "... trong khi quân đội Israel ghi nhận ...", "Chiều 3-4, chính phủ Chile công bố ..." ->
"Quân đội Đài Loan", "Lực lượng không quân Ukraine", "Quân đội Israel", "Chính phủ Chile"). The heads are
body_patterns.tsv's ``force_head`` rows ("quân đội", "hải quân", "lực lượng vũ trang", "chính phủ"); the force opens
the text, a line, a sentence or a clause (after ``.!?;:,`` or a dash) or follows a ``force_subject_after``
conjunction ("khi", "trong khi", "mặc dù"; flagged ``opening``, itself opening a clause: "Theo") or a verb whose
object clause it opens ("cho thấy quân đội X vừa ...", "cho phép hải quân X tham gia ...").

Elsewhere none: an object ("nhắm vào quân đội X", "hỗ trợ quân đội Y"), a title's unit ("Tổng tư lệnh quân đội X"),
the clause after the plain "cho biết" (no force_subject_after row),
after an ``organ_not_after`` word ("căn cứ không quân X"), where the ledger's gold names the force about as often as
not; nor a list's item after a comma or a colon, a ``conjunction`` or no word after the country ("cảm ơn Chính phủ,
quân đội Lào và nhân dân Lào"), nor a credit's source (``seat_credit``: "Ảnh: quân đội X"). The country ends the
name: no capitalized word, digit or joined word after it ("quân đội Mỹ Latin", "không quân Nga-Ukraine"), never the
home country. A force the article prints capitalized at length is that one ("Quân đội Hoàng gia X" ... "quân đội
X", "Lực lượng Phòng vệ X" ... "quân đội X": heads flagged ``whole`` name the same force): no other. A head printed
capitalized is the organs phase's (``organ_head``)."""

from __future__ import annotations

from ...textnorm import fold
from ..body_organs import OrganRules
from ..body_rules import BodyRules
from .scan import BodyMatch, Text, start_mark

_CLAUSE_MARKS = ".!?;:,-–"
_LIST_MARKS = (",", ":")  # a clause opened there may be a list's item
_MAX_AFTER = 2  # words of the longest force_subject_after conjunction ("trong khi")
_MAX_BETWEEN = 4  # capitalized words between a force's head and its country in its name at length
_CREDIT_WINDOW = 40


def lower_forces(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """The forces of ``t`` (see the module)."""
    organs = rules.organs
    if organs is None or organs.force_heads is None or rules.countries is None:
        return []
    out = []
    named: set[tuple[str, str, str]] | None = None
    for m in organs.force_heads.finditer(t.low):
        start, end = m.start(), m.end()
        if not t.raw[start].islower() or (t.raw[end : end + 1].isalnum()):
            continue  # a capitalized head is an organ's; "quân độii" no head
        if organs.not_after and organs.not_after.search(t.low, max(0, start - 16), start):
            continue  # "căn cứ không quân X": a place
        cm = rules.countries.match(t.tones, end)
        if cm is None or (rules.checks.grammar.home and fold(cm.group(1)) == fold(rules.checks.grammar.home)):
            continue
        if _another_name_after(t.raw, cm.end()):
            continue
        mark = _opening(t, start, organs)
        if mark is None or mark in _LIST_MARKS and _list_item(t, start, cm.end(), rules):
            continue
        named = _named_at_length(t, organs, rules) if named is None else named
        head, country = fold(m.group(0)), fold(cm.group(1))
        name = t.tones[start].upper() + " ".join(t.tones[start + 1 : cm.end()].split())
        if any(c == country and n != fold(name) and (h == head or {h, head} <= organs.force_whole)
               for h, c, n in named):
            continue  # "Quân đội Hoàng gia X" ... "quân đội X": the same force, named at length
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


def _opening(t: Text, pos: int, organs: OrganRules) -> str | None:
    """What opens the clause at ``pos``: the mark of :func:`start_mark` ("" the text's start, "\\n" a line's), or
    "and" for a ``force_subject_after`` conjunction of the view's words right before it (one flagged ``opening``
    itself opening a clause: "Theo quân đội X, ...", not "hoạt động theo quân đội X"); None: nothing opens it."""
    mark = start_mark(t.raw, pos, _CLAUSE_MARKS)
    if mark is not None:
        return mark
    after = organs.force_after or {}
    words = t.words_before(pos, _MAX_AFTER)
    for k in range(len(words) - 1, -1, -1):
        ws = words[k:]
        if not all(t.raw[s:e].isalpha() for s, e in ws) or t.raw[ws[-1][1] : pos].strip(" \t\u00a0") \
                or any(t.raw[a[1] : b[0]] != " " for a, b in zip(ws, ws[1:])):
            break
        flag = after.get(fold(t.raw[ws[0][0] : ws[-1][1]]))
        if flag is not None:
            return "and" if flag != "opening" or start_mark(t.raw, ws[0][0], _CLAUSE_MARKS) is not None else None
    return None


def _list_item(t: Text, start: int, end: int, rules: BodyRules) -> bool:
    """The force opened by a comma or a colon at ``start`` is a list's item or a credit's source: a colon closing a
    ``seat_credit`` label before it ("Ảnh: quân đội X"), or no word after the country but a ``conjunction`` ("cảm ơn
    Chính phủ, quân đội X và nhân dân X", "..., quân đội X."): no predicate of its own."""
    credit = rules.seats.credit_before
    if credit is not None and credit.search(t.low, max(0, start - _CREDIT_WINDOW), start):
        return True
    after = t.words_after(end)[:1]
    if not after or t.raw[end : after[0][0]] != " ":
        return True
    word = t.raw[after[0][0] : after[0][1]]
    return not word.isalpha() or fold(word) in rules.checks.grammar.conjunctions


def _named_at_length(t: Text, organs: OrganRules, rules: BodyRules) -> set[tuple[str, str, str]]:
    """(head, country, name), folded, of every force ``t`` prints capitalized before its country, words between
    the first of them capitalized ("Quân đội Hoàng gia Campuchia", "Lực lượng Phòng vệ Israel")."""
    out: set[tuple[str, str, str]] = set()
    assert organs.force_heads is not None and rules.countries is not None
    for m in organs.force_heads.finditer(t.low):
        if not t.raw[m.start()].isupper():
            continue
        p = m.end()
        for k in range(_MAX_BETWEEN + 1):
            cm = rules.countries.match(t.tones, p)
            if cm is not None:
                out.add((fold(m.group(0)), fold(cm.group(1)), fold(" ".join(t.tones[m.start() : cm.end()].split()))))
                break
            if t.raw[p : p + 1] != " " or not t.raw[p + 1 : p + 2].isalpha() or not k and t.raw[p + 1].islower():
                break
            p = t.word_end(p + 1) or p + 1
    return out
