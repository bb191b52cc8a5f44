"""persons: a unit head's title printed in lower case as an aside after a name, with its unit's name in lower
case and then the body the unit belongs to ("bà A (trưởng phòng nghiên cứu khoa học thuộc Trung tâm X)", "ông B -
trưởng phòng kế hoạch kỹ thuật Ban Quản lý Y -", "ông C, trưởng khoa hồi sức Bệnh viện Z"): the title is the head's
title with the unit's name ("Trưởng phòng nghiên cứu khoa học"), the body the one printed after it. person_context.tsv
unit_title rows name the titles (a unit_in_body head word's unit goes into the body instead: "trưởng khoa hồi sức
Bệnh viện Z" = "Trưởng khoa" of "Khoa Hồi sức Bệnh viện Z"), unit_parent_cue rows the words between the unit and its body ("thuộc"),
lower_name_stop rows the words no unit's name holds but its unit_word rows ("tuyển sinh và công tác sinh viên").
A verb the tagger reads there whose first word is a body_end or verb_end one ("chia sẻ", "khẳng định"), a tail_verb
of body_patterns.tsv ("đánh giá") and "kiêm" end the reading: "trưởng khoa chia sẻ Bệnh viện X" names no unit."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ...textnorm import canonical_tones, fold
from .records import TitleHit
from .scan import ArticleScan, is_cap

# set off after a name: a dash, a comma or an opening bracket, maybe "nguyên"/"cựu" ("ông A - cựu trưởng phòng")
_SET_OFF = re.compile(r"(?:\s[-–]|,|\()\s*(?:(?:nguyên|cựu|quyền)\s+)?$", re.IGNORECASE)
_MAX_WORDS = 8


def with_units(scan: ArticleScan, hits: list[TitleHit]) -> list[TitleHit]:
    """``hits`` with each unit head's title set off after a name extended over the lower-case unit name printed
    right after it, when a body (after a parent cue or not) follows that name."""
    rules = scan.rules
    if not rules.unit_titles:
        return hits
    return [_with_unit(scan, h) or h if fold(h.rule.title) in rules.unit_titles else h for h in hits]


def _with_unit(scan: ArticleScan, hit: TitleHit) -> TitleHit | None:
    text = scan.text
    if not text.startswith(" ", hit.end) or not _SET_OFF.search(text, max(0, hit.start - 12), hit.start):
        return None
    i = bisect_left(scan.word_starts, hit.end + 1)
    end = None
    last = ""
    for k in range(i, min(i + _MAX_WORDS + 1, len(scan.words))):
        s, e = scan.words[k]
        if text[(end or hit.end) : s] != " ":
            return None
        w = text[s:e]
        if end is not None and _body_opens(scan, s):  # "... kỹ thuật Ban Quản lý Y", "... thuộc Trung tâm X"
            return _extended(scan, hit, end) if last != "và" else None
        if _verb_at(scan, s, e, last):
            return None  # "trưởng phòng khẳng định Công ty X ...", "trưởng phòng kiêm kế toán trưởng Công ty X"
        last = fold(w)
        if last in scan.rules.unit_parent_cues:  # "trưởng phòng thuộc Cục X": no unit named (titles.py)
            nxt = scan.skip_spaces(e)
            if end is not None and nxt - e == 1 and _body_opens(scan, nxt):
                return _extended(scan, hit, end)
            return None
        if is_cap(w) or not w.isalnum() or (last in scan.rules.lower_name_stop and last not in scan.rules.unit_words):
            return None  # a unit's own word goes on ("tuyển sinh và công tác sinh viên")
        end = e
    return None


def _verb_at(scan: ArticleScan, s: int, e: int, last: str) -> bool:
    """The word from ``s`` to ``e`` opens a verb that ends a unit's name: "kiêm", a word the tagger reads as a verb
    whose first word is a body_end or verb_end one, or a tail_verb not joined by "và" ("khảo thí và đánh giá")."""
    rules = scan.rules
    w = fold(scan.text[s:e])
    if w == "kiêm" or (scan.tag_at(s)[:1] == "V" and (w in rules.body_end or w in rules.verb_end)):
        return True
    nxt = scan.next_word(e + 1) if scan.text[e : e + 1] == " " else None
    return last != "và" and nxt is not None and f"{w} {fold(scan.text[nxt[0] : nxt[1]])}" in rules.tail_verbs


def is_unit_title(scan: ArticleScan, hit: TitleHit) -> bool:
    """``hit`` is a unit head's title, its unit's name read on (with_units) or not."""
    title, field = fold(hit.rule.title), fold(hit.rule.field or "")
    return title in scan.rules.unit_titles or (bool(field) and title[: -len(field) - 1] in scan.rules.unit_titles)


def covering_body(scan: ArticleScan, pos: int) -> tuple[int, str] | None:
    """(end, canonical name) of a body the article's bodies mark over the capitalized word at ``pos``: at it, or
    from a lower-case word the tagger joined to it ("khoa ngữ [văn Trường Đại học X]")."""
    if not scan.text[pos : pos + 1].isupper():
        return None
    if pos in scan.body_at:
        return scan.body_at[pos]
    return next(((e, kb) for s, e, kb in scan.bodies if s < pos < e and " " not in scan.text[s:pos].strip()), None)


def _body_opens(scan: ArticleScan, pos: int) -> bool:
    """A capitalized body the article's bodies mark starts at ``pos`` or at the lower-case word joined to it."""
    return covering_body(scan, pos) is not None


def _extended(scan: ArticleScan, hit: TitleHit, end: int) -> TitleHit:
    unit = canonical_tones(scan.text[hit.end + 1 : end])
    head = fold(hit.rule.title).rsplit(" ", 1)[-1]
    if head in scan.rules.unit_in_body:
        # "trưởng khoa hồi sức Bệnh viện Z" = title "Trưởng khoa", body "Khoa Hồi sức Bệnh viện Z"
        named = f"{head.capitalize()} {unit[:1].upper()}{unit[1:]}"
        return TitleHit(hit.start, end, replace(hit.rule, shared_head=named, head_of_body=True))
    return TitleHit(hit.start, end, replace(hit.rule, title=f"{hit.rule.title} {unit}", shared_head="", field=unit))
