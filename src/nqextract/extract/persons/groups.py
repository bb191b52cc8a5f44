"""persons, phase 4 (part): a title printed once with a count before the list of its holders ("Cục X có 3
Phó Cục trưởng, gồm: Đại tá A (...); Đại tá B (...) và Thượng tá C"): every name of the list holds it."""

from __future__ import annotations

import re

from ...models import Position
from ...textnorm import fold
from .names import name_starts_at
from .records import NameMention
from .scan import ArticleScan, sentence_end

_PART_SEP = re.compile(r";\s*(?:và\s+)?|,\s*(?:và\s+)?|\s+và\s+")
# a count and one or two words after it, lower-case words naming the kind of person ("3 cán bộ gồm")
_COUNTED_KIND = tuple(re.compile(rf"(\S+)(?:[ \t]+[^\s,:]+){{{n}}}") for n in (1, 2))


def counted_groups(scan: ArticleScan, mentions: list[NameMention]) -> dict[int, list[Position]]:
    """{mention start: [position]} for the names listed after a counted title and its intro word
    (person_context.tsv group_count, group_intro); the body is the title's own or, when the title has
    none, the body printed as the subject right before "<group_link> <count>" ("Cục X có 3 ...")."""
    rules = scan.rules
    if not rules.group_counts or rules.group_intro_re is None:
        return {}
    out: dict[int, list[Position]] = {}
    for ch in scan.chains:
        if len(ch.items) != 1 or ch.items[0].status != "current":
            continue
        count = scan.words_before(ch.lead, 1)
        if not (count.isdigit() or count in rules.group_counts):
            continue
        intro = rules.group_intro_re.match(scan.low, ch.end)
        if intro is None:
            continue
        item = ch.items[0]
        body = item.body or _subject_body(scan, ch.lead)
        if body is None:
            continue
        for start in _listed(scan, intro.end(), mentions):
            out.setdefault(start, []).append(Position(title=item.hit.rule.title, body=body))
    return out


def _subject_body(scan: ArticleScan, lead: int) -> str | None:
    """The body printed right before "<link> <count>" in front of ``lead`` ("Cục CSGT có 3 ...")."""
    low = scan.low
    end = lead  # the count word: the last run of non-spaces before the spaces that end at ``lead``
    while end > 0 and low[end - 1].isspace():
        end -= 1
    if end == lead or end == 0:
        return None
    at = end
    while at > 0 and not low[at - 1].isspace():
        at -= 1
    for link in scan.rules.group_links:
        if low.endswith(f" {link} ", 0, at):
            end = at - len(link) - 2
            return next((kb for _s, e, kb in scan.bodies if e == end), None)
    return None


def listed_after(scan: ArticleScan, pos: int, mentions: list[NameMention]) -> list[int]:
    """"(đối với) 3 cán bộ gồm: A (...), B (...) và C": a count, at most two lower-case words naming the kind
    of person and an intro word at ``pos``, then a list: the starts of its names ([] when no such list)."""
    rx = scan.rules.group_intro_re
    for counted in _COUNTED_KIND:
        m = counted.match(scan.low, pos)
        if m is None or rx is None or not (m.group(1).isdigit() or fold(m.group(1)) in scan.rules.group_counts):
            return []
        intro = rx.match(scan.low, m.end())
        if intro is not None and not any(c.isupper() for c in scan.text[pos : m.end()]):
            return _listed(scan, intro.end(), mentions)
    return []


def _listed(scan: ArticleScan, pos: int, mentions: list[NameMention]) -> list[int]:
    """Starts of the first name of every part of the list from ``pos`` to the sentence end (parts split at
    ";", "," and "và" outside parentheses); a part with more than two words before its name (a rank, an
    honorific) names no holder."""
    end = sentence_end(scan.text, pos)
    flat = re.sub(r"\([^()]*\)", lambda m: "_" * len(m.group(0)), scan.text[pos:end])
    names = [m for m in mentions if pos <= m.start < end and m.kind == "name"]
    out = []
    part_start = 0
    for sep in [*_PART_SEP.finditer(flat), None]:
        part_end = sep.start() if sep is not None else len(flat)
        first = next((m for m in names if part_start <= m.start - pos < part_end), None)
        if first is not None and len(flat[part_start : first.start - pos].split()) <= 2 and "_" not in flat[part_start : first.start - pos]:
            out.append(first.start)
        part_start = sep.end() if sep is not None else len(flat)
    return out


def after_list_word(scan: ArticleScan, pos: int) -> int | None:
    """Where the names listed after a plural title's list word start ("các Thứ trưởng Bộ Công an như | A, B"), or
    None when no list word and name follow ``pos``."""
    w = scan.word_at(pos)
    if w is None or fold(scan.text[w[0] : w[1]]) not in scan.rules.list_words or not scan.text[w[0]].islower():
        return None
    after = scan.skip_spaces(w[1])
    return after if after > w[1] and name_starts_at(scan, after) else None
