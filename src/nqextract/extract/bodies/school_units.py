"""A school's units printed as a chain after commas before the school ("giảng viên khoa tâm lý, Trường Đại học X",
"phó chủ nhiệm bộ môn đầu tư, khoa kinh doanh, Học viện Y"): each unit is named with the units and the school after it
("Bộ môn Đầu tư, Khoa Kinh doanh, Học viện Y", "Khoa Kinh doanh, Học viện Y"); a member school printed with its
university after a comma closes the chain with it ("khoa X, Trường Đại học Y, Đại học Huế": the member school
composite of composites.py); the school is named on its own as before (body_patterns.tsv ``school_unit_*``).
A unit is its head ("khoa", "bộ môn") and a field of one to eight words, no function word, number or name word after a
lower-case one. The innermost unit follows a whole ``school_unit_lead`` title or cue in its segment ("giảng viên khoa
X", "trưởng khoa X", "tại khoa X"; never "giáo viên bộ môn X", "vận động viên bộ môn X") or opens its comma-set
segment with its head capitalized ("TS A, Khoa X, Trường Y"; never "Tại hội thao, bộ môn bóng đá, Trường Y").
Two units of one head side by side are a list, no chain ("khoa X, khoa Y, Trường Z"); a school name the bodies stage
cut short (a capitalized word or a school_join word right after it: "Trường Đại học Y khoa [Phạm Ngọc Thạch]") ends
no chain."""

from __future__ import annotations

from ...textnorm import fold
from ..body_rules import BodyRules
from .composites import member_unit
from .scan import UNNAMED, BodyMatch, Text

_MAX_FIELD = 8  # words of a unit's field
_MAX_UNITS = 3  # units in one chain
_MAX_WORDS = 60  # words read back from the school
_BOUNDS = frozenset(",.;:!?(")  # the marks that end a segment: a comma, a sentence's mark, a bracket


def school_units(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` with the unit chains printed before one of its schools (see the module)."""
    checks = rules.checks
    if not checks.school_units or not checks.school_unit_parents:
        return chosen
    at = {m.start: m for m in chosen if m.source != UNNAMED}
    out: list[BodyMatch] = []
    for m in chosen:
        if m.source != UNNAMED and t.raw[m.start : m.start + 1].isupper() and _school(m.name, rules) \
                and _whole(t, m, rules):
            chains, school = _chain(t, m, at, rules)
            out += chains
            if school is not m:  # the member school's composite stands for it
                out.append(school)
                continue
        out.append(m)
    return out


def _school(name: str, rules: BodyRules) -> bool:
    folded = fold(name)
    return any(folded.startswith(p + " ") for p in rules.checks.school_unit_parents)


def _text(t: Text, span: tuple[int, int]) -> str:
    return t.raw[span[0] : span[1]]


def _whole(t: Text, m: BodyMatch, rules: BodyRules) -> bool:
    """The school's span is its whole name: no capitalized word right after it, nor a school_join word ("và"; a
    sign joins only a capitalized word: "Trường X - cho biết" is whole)."""
    nxt = _next_word(t, m.end + 1) if t.raw[m.end : m.end + 1] == " " else None
    if nxt is None:
        return True
    word = _text(t, nxt)
    if fold(word) in rules.name_words.schools.joins and not word.isalpha():
        nxt = _next_word(t, nxt[1] + 1)
        return nxt is None or not t.raw[nxt[0] : nxt[0] + 1].isupper()
    return not word[:1].isupper() and fold(word) not in rules.name_words.schools.joins


def _next_word(t: Text, pos: int) -> tuple[int, int] | None:
    """The first word from ``pos`` on, if any."""
    return next(iter(t.words_after(pos)), None)


def _chain(t: Text, m: BodyMatch, at: dict[int, BodyMatch], rules: BodyRules) -> tuple[list[BodyMatch], BodyMatch]:
    """The chains of units ending with the school ``m`` (innermost first), else [], and the school's body: ``m``, or
    the composite of ``m`` and its university after a comma when ``m`` is its member school."""
    line = t.raw.rfind("\n", 0, m.start) + 1
    words = [w for w in t.words_before(m.start, _MAX_WORDS) if w[0] >= line]
    units: list[tuple[int, str, str]] = []  # (start, head, name) of each unit, outermost first
    opened = False  # the innermost unit opens its segment
    i = len(words) - 1
    while len(units) < _MAX_UNITS and i >= 0 and _text(t, words[i]) == ",":
        j = i - 1
        while j >= 0 and _text(t, words[j]) not in _BOUNDS:
            j -= 1
        found = _unit(t, words[j + 1 : i], rules)
        if found is None:
            break
        units.append(found[:3])
        opened = found[3]
        if not opened:
            break
        i = j
    heads = [head for _, head, _ in units]
    if not units or len(set(heads)) < len(heads):
        return [], m  # none, or a list of units of one head ("khoa X, khoa Y, Trường Z")
    start = units[-1][0]
    if opened and not t.raw[start : start + 1].isupper():
        return [], m  # an unled lower-case unit: "Tại hội thao, bộ môn bóng đá, Trường Y"
    school = m
    after = _next_word(t, m.end + 1) if t.raw[m.end : m.end + 1] == "," else None
    nxt = at.get(after[0]) if after is not None else None
    if nxt is not None and member_unit(t, m, nxt, rules, chained=True):
        school = BodyMatch(m.start, nxt.end, f"{m.name}, {nxt.name}", "composite")  # "Trường X, Đại học Y"
    out = []
    name = school.name
    for start, _, unit in units:
        name = f"{unit}, {name}"
        out.append(BodyMatch(start, school.end, name, "composite"))
    return out, school


def _unit(t: Text, seg: list[tuple[int, int]], rules: BodyRules) -> tuple[int, str, str, bool] | None:
    """The unit closing the segment ``seg`` (its words): (its start, its head folded, its name, whether it opens
    the segment)."""
    checks = rules.checks
    texts = [_text(t, w) for w in seg]
    for i in range(len(texts) - 2, -1, -1):
        for n in (2, 1):
            head = fold(" ".join(texts[i : i + n]))
            if head not in checks.school_units or i + n >= len(texts):
                continue
            if not _field(texts[i + n :], head, rules):
                continue
            if i > 0 and not _led(texts[:i], head, rules):
                return None
            field = " ".join(t.raw[seg[i + n][0] : seg[-1][1]].split())
            name = f"{checks.school_units[head]} {field[:1].upper()}{field[1:]}"
            return seg[i][0], head, name, i == 0
    return None


def _field(field: list[str], head: str, rules: BodyRules) -> bool:
    """Whether ``field`` names a unit's field: one to eight words, no join at either end, no function word, no
    number, a capitalized word only before any lower-case one ("Khoa Kinh tế", not "khoa y Bệnh viện")."""
    joins = rules.name_words.schools.joins
    if not 0 < len(field) <= _MAX_FIELD or fold(field[0]) in joins or fold(field[-1]) in joins:
        return False
    if _not_field(field, head, rules):
        return False
    lower = False
    for w in field:
        if fold(w) in joins:
            continue
        if not w.isalpha() or fold(w) in rules.topic_stops:
            return False
        if w[:1].isupper() and lower:
            return False
        lower = lower or w[:1].islower()
    return True


def _not_field(field: list[str], head: str, rules: BodyRules) -> bool:
    """Whether the field's first words make the head another word ("khoa học")."""
    folded = fold(" ".join(field)) + " "
    return any(folded.startswith(words + " ") and (not heads or head in heads)
               for words, heads in rules.checks.department_field_not.items())


def _led(before: list[str], head: str, rules: BodyRules) -> bool:
    """Whether the words before a unit's head lead a chain: a whole ``school_unit_lead`` title or cue printed in
    lower case ends them, or ends them with the head ("giảng viên", "phó trưởng khoa", "tại")."""
    last = before[-1]
    if not (last.isalpha() and last.islower()):
        return False
    folded = fold(" ".join(before))
    return any(s == lead or s.endswith(" " + lead)
               for s in (folded, f"{folded} {head}") for lead in rules.checks.school_unit_leads)
