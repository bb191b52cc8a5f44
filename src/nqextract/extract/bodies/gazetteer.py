"""Phase 1: bodies listed in the gazetteer and abbreviations, ministries named by a title ("Bộ trưởng
Công an") or listed after a plural "các Bộ", and a country after a state body ("Quốc hội Lào")."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import LIST_SEP, PLURAL_BEFORE, BodyMatch, Text, is_word

_TERM = re.compile(r"\s+(khóa|đại hội)\s+([ivxlc]+|\d+)(?!\w)")


# "các đồng chí [Ủy viên X, ...]" before a member title: the title names a class of attendees
_PLURAL_TITLE = re.compile(r"(?<!\w)các(?:\s+đồng chí)?\s+(?:(?:ủy viên|bí thư)[^,;.()]{1,40},\s*){0,4}$")
# a country printed as "Cộng hòa <Name>" ("Quốc hội Cộng hòa Dominica"), listed or not
# (one capitalized word; "Cộng hòa Xã hội chủ nghĩa ...", "Cộng hòa Dân chủ ..." open longer names)
_REPUBLIC = re.compile(r"\s+(Cộng hòa\s+(?!(?:Việt|Xã|Dân|Nhân|Liên|Hồi|Hợp|Tự)\b)[A-ZĐ][^\W\d_]*)(?![\w\-])")
_VIETNAM = re.compile(r" việt nam(?!\w)")
_LIST_CUE = re.compile(r"(?<!\w)(?:các|hai|ba|bốn|năm|\d+)[ \t]+bộ[ \t]*:?[ \t]*")


def gazetteer(t: Text, rules: BodyRules) -> list[BodyMatch]:
    out = []
    last_end = 0
    for first in rules.gazetteer_starts.finditer(t.low) if rules.gazetteer and rules.gazetteer_starts else ():
        if first.start() < last_end or not (m := rules.gazetteer.match(t.low, first.start())):
            continue
        name, term = rules.gazetteer_groups[m.lastgroup or ""]
        start, end = m.start(), m.end()
        last_end = end
        if not t.capital_at(start):
            continue
        blocker = rules.not_followed.get(fold(name))
        if blocker and blocker.match(t.low, end):
            continue
        canonical = name
        if term and (tm := _TERM.match(t.low, end)):
            end = tm.end()
            canonical = f"{name} {'khóa' if tm.group(1) == 'khóa' else 'Đại hội'} {tm.group(2).upper()}"
        out.append(BodyMatch(start, end, canonical, "gazetteer"))
    for rx, expansion, literal in rules.abbreviations:
        if literal not in t.tones:
            continue
        for m in rx.finditer(t.tones):
            out.append(BodyMatch(m.start(), m.end(), expansion, "abbreviation"))
    return out


def title_ministries(t: Text, rules: BodyRules) -> list[BodyMatch]:
    out = []
    titles = rules.ministry_titles
    for name, rx in rules.ministries:
        for m in rx.finditer(t.low):
            if titles is None or not t.capital_at(m.start()) or not titles.search(t.low[max(0, m.start() - 20) : m.start()]):
                continue
            out.append(BodyMatch(m.start(), m.end(), name, "title"))
    return out


def ministry_lists(t: Text, rules: BodyRules, found: list[BodyMatch]) -> list[BodyMatch]:
    """Ministries listed after a plural "Bộ" without repeating it: "các Bộ: Kế hoạch và Đầu tư, Tài chính",
    "các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn"."""
    names = {fold(n) for n, _ in rules.ministries}
    starts: list[int] = [m.end() for m in _LIST_CUE.finditer(t.low)]
    starts += [m.end for m in found if fold(m.name) in names and PLURAL_BEFORE.search(t.low, 0, m.start)]
    out: list[BodyMatch] = []
    for pos in starts:
        first = pos not in {m.end for m in found}
        while True:
            q = pos
            if not first:
                sep = LIST_SEP.match(t.low, pos)
                if sep is None:
                    break
                q = sep.end()
            hit = None
            if t.capital_at(q):
                for name, rx in rules.ministries:
                    mm = rx.match(t.low, q)
                    if mm and not is_word(t.raw, mm.end()) and (hit is None or mm.end() > hit[1]):
                        hit = (name, mm.end())
            if hit is None:
                break
            out.append(BodyMatch(q, hit[1], hit[0], "title"))
            pos, first = hit[1], False
    return out


def foreign(t: Text, m: BodyMatch, rules: BodyRules) -> BodyMatch:
    """A country after a state body: that country's body ("Quốc hội Lào"); "Việt Nam" joins the name."""
    if m.source in ("gazetteer", "title") and rules.countries is not None:
        if cm := rules.countries.match(t.tones, m.end) or _REPUBLIC.match(t.tones, m.end):
            return BodyMatch(m.start, cm.end(), f"{m.name} {cm.group(1)}", m.source)
        if not fold(m.name).endswith("việt nam") and (vn := _VIETNAM.match(t.low, m.end)):
            return replace(m, end=vn.end())
    return m


def title_bodies(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """Bodies a title names without printing them whole: a member of the Party's Central Committee
    ("Ủy viên Trung ương Đảng" -> Ban Chấp hành Trung ương Đảng) and a foreign head of government
    ("Thủ tướng Hungary" -> Chính phủ Hungary)."""
    out = []
    if rules.member_titles is not None:
        for rx, name in rules.member_bodies:
            for m in rx.finditer(t.low):
                window = t.low[max(0, m.start() - 160) : m.start()]
                title = rules.member_titles.search(window)
                if not t.capital_at(m.start()) or title is None or _PLURAL_TITLE.search(window, 0, title.start()):
                    continue  # "các đồng chí Ủy viên Bộ Chính trị, Ủy viên Trung ương Đảng": classes of attendees
                nxt = t.raw[m.end() : m.end() + 2]
                if nxt[:1] == " " and nxt[1:].isupper() and not _person_follows(t, m.end() + 1, rules):
                    continue  # "Ủy viên Trung ương Đảng Cộng sản Trung Quốc": another party's committee
                out.append(BodyMatch(m.start(), m.end(), _with_term(t, name), "title"))
    if rules.countries is not None:
        for rx, name in rules.government_titles:
            for m in rx.finditer(t.low):
                if t.capital_at(m.start()) and (cm := rules.countries.match(t.tones, m.end())):
                    out.append(BodyMatch(cm.start(1), cm.end(), f"{name} {cm.group(1)}", "title"))
        for rx, name in rules.mission_titles:  # "Đại sứ Việt Nam tại Malaysia" -> "Đại sứ quán Việt Nam tại Malaysia"
            for m in rx.finditer(t.low):
                if t.capital_at(m.start()) and (cm := rules.countries.match(t.tones, m.end())):
                    out.append(BodyMatch(cm.start(1), cm.end(), f"{name} Việt Nam tại {cm.group(1)}", "title"))
    return out


def _with_term(t: Text, name: str) -> str:
    """The committee's name with the term the article prints it with ("... khóa XIII"), one body one name."""
    if tm := re.search(re.escape(name.lower()) + _TERM.pattern, t.low):
        return f"{name} {'khóa' if tm.group(1) == 'khóa' else 'Đại hội'} {tm.group(2).upper()}"
    return name


def _person_follows(t: Text, pos: int, rules: BodyRules) -> bool:
    """A surname then a capitalized word starts at ``pos`` (the title's holder, not a body's name)."""
    first = t.word_end(pos)
    return bool(first and fold(t.raw[pos:first]) in rules.surnames and t.raw[first + 1 : first + 2].isupper())
