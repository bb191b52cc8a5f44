"""A department printed in lower case right before the hospital, institute or school it belongs to ("trưởng khoa
nhiễm Bệnh viện X", "tại khoa chấn thương chỉnh hình và cột sống Bệnh viện Y"): named with that body, its field
read capitalized ("Khoa Nhiễm Bệnh viện X"); the body is named on its own too (body_patterns.tsv ``department_*``).
Not with a comma between ("khoa cấp cứu, Bệnh viện X": an apposition)."""

from __future__ import annotations

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import UNNAMED, BodyMatch, Text

_MAX_FIELD = 8  # words of a department's field, "và" counted ("chấn thương chỉnh hình và cột sống")
_JOINS = ("và", "&")
_OPENERS = ",(–-:"  # punctuation a department's head may follow ("Bác sĩ A, khoa cấp cứu Bệnh viện X")


def departments(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` with the departments printed in lower case before one of its bodies (see the module)."""
    checks = rules.checks
    if not checks.departments or not checks.department_parents:
        return chosen
    out: list[BodyMatch] = []
    for m in chosen:
        if m.source != UNNAMED and t.raw[m.start : m.start + 1].isupper() and fold(m.name).startswith(
                tuple(p + " " for p in checks.department_parents)):
            unit = _department(t, m, rules)
            if unit is not None:
                out.append(unit)
        out.append(m)
    return out


def _department(t: Text, m: BodyMatch, rules: BodyRules) -> BodyMatch | None:
    """The department printed right before ``m`` (a comma maybe between), else None."""
    checks = rules.checks
    before = t.raw[max(0, m.start - 90) : m.start]
    if not before.endswith(" ") or before.endswith(", "):
        return None  # "khoa X, Bệnh viện Y": an apposition, named apart or together (the gold splits)
    words = before[:-1].split(" ")
    field: list[str] = []
    while words and len(field) <= _MAX_FIELD:
        w = words.pop()
        if words and (two := f"{words[-1]} {w}") and fold(two) in checks.departments:
            w = two  # "Trung tâm"
            words.pop()
        head = checks.departments.get(fold(w))
        if head is not None and (w == head if head[:1].isupper() else w[:1] in (head[:1], head[:1].upper())):
            # a head named capitalized is one only so printed ("Trung tâm chống độc", not "trung tâm thành phố")
            if not field or field[0] in _JOINS or field[-1] in _JOINS or fold(field[0]) in checks.department_field_not:
                return None  # "khoa học", "khoa và Bệnh viện X"
            lead = words[-1].lstrip("(") if words else ""
            if head[:1].islower() and not (lead == "" or lead[-1:] in _OPENERS or fold(lead) in checks.department_leads):
                return None  # "thủ khoa", "nhi khoa": a lower-case head that is a syllable of another word
            start = m.start - len(before) + len(" ".join(words)) + (1 if words else 0)
            if fold(w) != fold(t.raw[start : start + len(w)]):
                return None
            name = " ".join(field).replace("&", "và")
            name = f"{head[:1].upper()}{head[1:]} {name[:1].upper()}{name[1:]} {m.name}"
            return BodyMatch(start, m.end, name, "composite")
        if w not in _JOINS and (not (w.isalpha() and w[:1].islower()) or fold(w) in rules.topic_stops):
            return None  # a capitalized word, a number or a function word: no department's field
        field.insert(0, w)
    return None
