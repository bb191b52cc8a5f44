"""A department printed in lower case right before the hospital, institute or school it belongs to ("trưởng khoa
nhiễm Bệnh viện X", "tại khoa chấn thương chỉnh hình và cột sống Bệnh viện Y"): named with that body, its field
read capitalized ("Khoa Nhiễm Bệnh viện X"); the body is named on its own too (body_patterns.tsv ``department_*``).
Read only with the tagger's words: the field is nouns, its first word (or the first after "và") maybe a verb
("cấp cứu"), a later verb a ``department_field_verb`` ("hồi sức cấp cứu") or, the field's one verb, its last word
("răng hàm mặt": a noun the tagger reads as a verb); another verb, a ``department_field_stop`` ("hỗ trợ"), a
conjunction or a preposition means a clause runs to the body, no parent ("khoa cấp cứu [rồi chuyển lên] Bệnh viện X",
"khoa hồi sức tích cực [phối hợp] Bệnh viện Y", "khoa cấp cứu [khiến] Bệnh viện Z"). Not with a comma between ("khoa cấp cứu, Bệnh viện X": an apposition)."""

from __future__ import annotations

from ...nlp import CLAUSE_TAGS
from ...textnorm import fold
from ..body_grammar import AMPERSAND
from ..body_rules import BodyRules
from .scan import UNNAMED, BodyMatch, Text

_MAX_FIELD = 8  # words of a department's field, "và" counted ("chấn thương chỉnh hình và cột sống")
_OPENERS = ",(–-:"  # punctuation a department's head may follow ("Bác sĩ A, khoa cấp cứu Bệnh viện X")
_CLOSERS = ".!?;"  # punctuation closing a sentence: a capitalized head may follow it too ("... . Khoa cấp cứu ...")
_VERB = "V"


def departments(t: Text, chosen: list[BodyMatch], rules: BodyRules, tags: dict[int, str] | None) -> list[BodyMatch]:
    """``chosen`` with the departments printed in lower case before one of its bodies (see the module); none
    without the tagger's words."""
    checks = rules.checks
    if tags is None or not checks.departments or not checks.department_parents:
        return chosen
    out: list[BodyMatch] = []
    for m in chosen:
        if m.source != UNNAMED and t.raw[m.start : m.start + 1].isupper() and fold(m.name).startswith(
                tuple(p + " " for p in checks.department_parents)):
            unit = _department(t, m, rules, tags)
            if unit is not None:
                out.append(unit)
        out.append(m)
    return out


def _department(t: Text, m: BodyMatch, rules: BodyRules, tags: dict[int, str]) -> BodyMatch | None:
    """The department printed right before ``m``, else None."""
    checks = rules.checks
    joins = checks.grammar.department_joins
    base = max(0, m.start - 90, t.raw.rfind("\n", 0, m.start) + 1)  # never across a line
    before = t.raw[base : m.start]
    if not before.endswith(" ") or before.endswith(", "):
        return None  # "khoa X, Bệnh viện Y": an apposition, named apart or together (the gold splits)
    words = before[:-1].split(" ")
    field: list[str] = []
    while words:
        w = words.pop()
        if words and (two := f"{words[-1]} {w}") and fold(two) in checks.departments:
            w = two  # "Trung tâm"
            words.pop()
        head = checks.departments.get(fold(w))
        if head is not None and (w == head if head[:1].isupper() else w[:1] in (head[:1], head[:1].upper())):
            # a head named capitalized is one only so printed ("Trung tâm chống độc", not "trung tâm thành phố")
            start = base + len(" ".join(words)) + (1 if words else 0)
            if not _led(t, words, start, w != head, head[:1].islower(), rules):
                return None
            if not field or field[0] in joins or field[-1] in joins or _not_field(field, head, rules):
                return None  # "khoa học", "khoa và Bệnh viện X", "Trung tâm thương mại"
            if fold(w) != fold(t.raw[start : start + len(w)]):
                return None
            strict = w != head and head[:1].islower()  # "... . Khoa [nhập viện] Bệnh viện X", "Trưởng Khoa [đánh giá] ..."
            if not _tagged_field(t, start + len(w) + 1, m.start - 1, rules, tags, strict):
                return None  # "khoa cấp cứu [rồi chuyển lên] Bệnh viện X": a clause, no department's field
            name = " ".join(field).replace(AMPERSAND, rules.checks.grammar.conjunction)
            name = f"{head[:1].upper()}{head[1:]} {name[:1].upper()}{name[1:]} {m.name}"
            return BodyMatch(start, m.end, name, "composite")
        if len(field) == _MAX_FIELD:
            return None  # a run longer than a field, no head before it
        if w not in joins and (not (w.isalpha() and w[:1].islower()) or fold(w) in rules.topic_stops):
            return None  # a capitalized word, a number or a function word: no department's field
        field.insert(0, w)
    return None


def _led(t: Text, words: list[str], start: int, capitalized: bool, lower_head: bool, rules: BodyRules) -> bool:
    """Whether the head at ``start`` (``words`` before it) may open a department: a lower-case head ("khoa") after a
    department_lead word ("trưởng", "tại") or a punctuation mark; printed capitalized ("Khoa"), only opening a line, a
    sentence or a clause set off by punctuation (never after a word: "Ca sĩ Khoa biểu diễn ...", a person's name)."""
    if not lower_head:
        return True
    lead = words[-1].lstrip("(“\"") if words else ""
    if capitalized:
        return start == 0 or t.raw[start - 1] == "\n" or (lead != "" and lead[-1:] in _OPENERS + _CLOSERS) or \
            _titled(words, rules)
    two = fold(f"{words[-2]} {lead}") if len(words) > 1 else ""
    return lead == "" or lead[-1:] in _OPENERS or fold(lead) in rules.checks.department_leads or \
        two in rules.checks.department_leads


def _titled(words: list[str], rules: BodyRules) -> bool:
    """The word before a capitalized head is a capitalized title of its own ("Trưởng Khoa X", "Phó Trưởng Khoa Y")."""
    return bool(words) and words[-1][:1].isupper() and fold(words[-1]) in rules.checks.department_titles


def _not_field(field: list[str], head: str, rules: BodyRules) -> bool:
    """Whether the field's first words make the head another word ("khoa học", "Trung tâm thương mại")."""
    folded = fold(" ".join(field)) + " "
    return any(folded.startswith(words + " ") and (not heads or fold(head) in heads)
               for words, heads in rules.checks.department_field_not.items())


def _tagged_field(t: Text, start: int, end: int, rules: BodyRules, tags: dict[int, str], strict: bool = False) -> bool:
    """Whether the tagger's words from ``start`` to ``end`` make a field: no conjunction, preposition or other clause
    word, no ``department_field_stop`` verb ("hỗ trợ"); a verb first (or first after "và"), a ``department_field_verb``
    anywhere ("hồi sức cấp cứu"), and one other verb only as the field's last word with no other verb in it (the tagger
    reads a noun closing the field as a verb: "răng hàm mặt", "y học cổ truyền"; never "cấp cứu khiến"). ``strict``
    (a capitalized head, maybe a person's name): a first verb only a listed one ("Khoa cấp cứu", never "Khoa nhập viện
    Bệnh viện X", "Trưởng Khoa đánh giá Bệnh viện Y")."""
    checks = rules.checks
    joins = checks.grammar.department_joins
    opening = True  # at the field's first word, or the first after a join
    verbs, loose = 0, []  # the verbs, and the start of each that is neither opening nor listed
    last = start
    p = start
    while p < end:
        q = t.raw.find(" ", p, end)
        q = end if q < 0 else q
        if t.raw[p:q] in joins:
            opening = True
        elif p in tags:
            tag, last = tags[p], p
            if tag[:1] in CLAUSE_TAGS or _listed_at(t, p, checks.department_field_stops, tags, end):
                return False
            if tag[:1] == _VERB:
                verbs += 1
                listed = _listed_at(t, p, checks.department_field_verbs)
                if strict and p == start and not listed:
                    return False
                if not opening and not listed:
                    loose.append(p)
            opening = False
        p = q + 1
    return not loose or (loose == [last] and verbs == 1)


def _listed_at(t: Text, p: int, words: tuple[str, ...], tags: dict[int, str] | None = None, end: int = 0) -> bool:
    """Whether one of ``words`` (folded) is printed at ``p`` as whole words; with ``tags``, as the tagger's whole word
    (the next word opening one of its own, or ``end``: "chuyển", not "chuyển đổi")."""
    for w in words:
        stop = p + len(w)
        if t.low.startswith(w, p) and not t.low[stop : stop + 1].isalnum() and (
                tags is None or stop >= end or stop + 1 in tags):
            return True
    return False
