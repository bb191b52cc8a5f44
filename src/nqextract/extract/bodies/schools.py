"""A school named by its levels joined by a sign or a word ("Trường TH & THCS Thuận Lộc", "Trường THCS-THPT X",
"Trường tiểu học và THCS Y"): the name reads on across the joiner to the next level and to the school's own
name, and is spelled with its levels written out, joined by "và" ("Trường Tiểu học và Trung học cơ sở Thuận
Lộc", as the gold writes such schools). Counted or plural, joined levels with no own name after them are a class
of schools, no body ("Tỉnh có 12 Trường TH & THCS", "các Trường THCS-THPT"). The levels and joiners are
school_level_word and school_join rows of body_patterns.tsv, the plural words school_count_word rows."""

from __future__ import annotations

from ..body_rules import BodyRules
from ..body_words import SchoolWords
from .scan import Text

_HEAD = "trường"


def _levels_end(low: str, q: int, words: SchoolWords, stop: int = -1) -> tuple[int, list[str], list[str]] | None:
    """The run of levels printed from ``q`` in the lower-cased ``low`` (a level, then joiner and level), read up to
    ``stop`` at most: its end, the levels' spellings and the joiners' spellings; None when no level opens it."""
    if words.level is None or words.join is None:
        return None
    spelled: list[str] = []
    joins: list[str] = []
    while m := words.level.match(low, q):
        spelled.append(words.levels[" ".join(m.group(0).split())])
        q = m.end()
        j = words.join.match(low, q)
        if q == stop or not j or not words.level.match(low, j.end()):
            return q, spelled, joins
        joins.append(words.joins[j.group(0).strip()])
        q = j.end()
    return None


def _head_before(t: Text, pos: int) -> int:
    """Where the capitalized "Trường" of a school's head ending at ``pos`` ends; -1 if none is printed near."""
    start = t.low.rfind(_HEAD, max(0, pos - 30), pos)
    return start + len(_HEAD) if start >= 0 and t.raw[start : start + 1] == "T" else -1


def levels_so_far(t: Text, pos: int, p: int, rules: BodyRules) -> bool:
    """The name read so far, to ``p``, is "Trường" and levels only, some joined ("Trường THCS - THPT"): a person's
    name after it is the school's own name."""
    after = _head_before(t, pos)
    if after < 0 or t.raw[after : after + 1] != " ":
        return False
    run = _levels_end(t.low, after + 1, rules.name_words.schools, p)
    return run is not None and run[0] == p


def joined_level_end(t: Text, pos: int, p: int, rules: BodyRules) -> int | None:
    """The end of the next level joined at ``p`` to the school's levels read so far ("Trường TH[ & THCS]"); None
    when the name so far is no school's levels or no joiner and level follow."""
    words = rules.name_words.schools
    if words.join is None or words.level is None or not levels_so_far(t, pos, p, rules):
        return None
    j = words.join.match(t.low, p)
    m = words.level.match(t.low, j.end()) if j else None
    return m.end() if m else None


def spell_school(name: str, rules: BodyRules) -> str:
    """A school's name with joined levels written out: "Trường TH & THCS X" -> "Trường Tiểu học và Trung học cơ sở
    X"; any other name as it is (a school of one level keeps its printed spelling)."""
    words = rules.name_words.schools
    head, _, rest = name.partition(" ")
    if head.lower() != _HEAD or not rest:
        return name
    run = _levels_end(rest.lower(), 0, words)
    if run is None or not run[2]:
        return name
    end, spelled, joins = run
    levels = [spelled[0], *(f"{j} {s}" for j, s in zip(joins, spelled[1:], strict=True))]
    return " ".join([head, *levels, rest[end:].strip()]).strip()


def counted_levels(t: Text, start: int, name: str, rules: BodyRules) -> bool:
    """``name``, read from ``start``, is "Trường" and joined levels only, with a plural word or a number printed
    right before it ("12 Trường TH & THCS", "các Trường THCS-THPT"): a class of schools, no one school."""
    words = rules.name_words.schools
    head, _, rest = name.partition(" ")
    if words.counted is None or head.lower() != _HEAD or not rest:
        return False
    run = _levels_end(rest.lower(), 0, words)
    return (run is not None and bool(run[2]) and not rest[run[0]:].strip()
            and words.counted.search(t.low, max(0, start - 16), start) is not None)
