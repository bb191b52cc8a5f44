"""A mission or a force named at length with the place it is posted to, closed by the acronym it defines: a
``posted_head`` ("Phái bộ", "Lực lượng"), one to eight words of its field, "tại" or "ở", maybe a ``post_region``
word ("khu vực"), the place in one to four capitalized words, then the acronym in parentheses ("Phái bộ hỗ trợ
lâm thời Liên Hiệp Quốc tại khu vực Xyz (UNXYZ)", "Lực lượng gìn giữ hòa bình Liên Hợp Quốc tại Kentaria (UNKF)").
The acronym is what makes the place part of the name: without it "tại X" is where the body acts, never its name;
the place must be printed there, none is inferred. A head printed in lower case needs a capitalized word right
after it and an international body in its field ("thuộc lực lượng NATO tại X (ABC)"; not "các lực lượng tại X
(ABC)", "cử phái bộ Thương mại tại X (ABC)": a common noun, however the tagger splits the verb before it); the
field's words hold no clause word (``acronym_clause_word``: a verb's tense, "của", "và") and no punctuation, and the
acronym is no news credit ("(AFP)"). A head flagged ``named`` ("Lực lượng") names a posted force only with an
international body (``posted_field_body``: Liên Hợp Quốc, NATO, EU) in its field (not "Lực lượng gìn giữ hòa bình
tại Kentaria (KFOR)", "Lực lượng Cảnh sát cơ động tại Hà Nội (CSCĐ)"), nor with a country ending its field ("Lực
lượng Phòng vệ Nhật Bản tại Djibouti (JSDF)": the country's own force, named by the organ phase); a mission's
head keeps its country ("Phái bộ Cố vấn Quân sự Kentaria tại X (ABC)"); no head is posted to a Vietnamese province
or place (body_places.tsv: "Phái bộ X tại Quảng Trị (ABC)"); an ``organ_not_after`` word before the head makes it
a title ("Bộ phim Phái bộ X tại Y (ABC)"). The heads' pattern is compiled once with the rules (``NameChecks.posted_rx``)."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules, norm_key
from .scan import BodyMatch, Text

_MAX_FIELD = 8
_MAX_PLACE = 4
_ACRONYM = re.compile(r" \(([A-ZĐ][A-ZĐ0-9&-]{1,9})\)")


def posted_missions(t: Text, rules: BodyRules) -> list[BodyMatch]:
    checks = rules.checks
    if checks.posted_rx is None:
        return []
    not_after = rules.organs.not_after if rules.organs is not None else None
    out = []
    for m in checks.posted_rx.finditer(t.low):
        start = m.start()
        if not_after is not None and not_after.search(t.low, max(0, start - 16), start):
            continue  # "Bộ phim Phái bộ X tại Y (ABC)": a film's title
        words = t.words_after(m.end() + 1)[: _MAX_FIELD + 3 + _MAX_PLACE]
        lower = t.raw[start].islower()
        if not words or (lower and not t.raw[words[0][0]].isupper()):
            continue  # "các lực lượng tại X (ABC)": a common noun
        found = _posted_end(t, m.end(), words, rules)
        if found is None:
            continue
        post, place, end = found
        field = f" {fold(t.raw[m.end() : post])} "
        named = fold(m.group()) in checks.posted_named
        if (named or lower) and not any(f" {b} " in field for b in checks.posted_field_bodies):
            continue  # "Lực lượng Cảnh sát cơ động tại Hà Nội (CSCĐ)", "cử phái bộ Thương mại tại X (ABC)": none posted
        if (named and _ends_with_country(t, m.end(), post, rules)) or home_place(t, place, end, rules):
            continue  # "Lực lượng Phòng vệ Nhật Bản tại X (ABC)", "Phái bộ X tại Quảng Trị (ABC)": no posted name
        name = " ".join(t.tones[start:end].split())
        out.append(BodyMatch(start, end, name[0].upper() + name[1:], "posted"))
    return out


def _ends_with_country(t: Text, pos: int, post: int, rules: BodyRules) -> bool:
    """The field between the head and "tại" ends with a country: that country's own force or mission, acting at
    the place ("Lực lượng Phòng vệ Nhật Bản tại X")."""
    if rules.countries is None:
        return False
    for s, _ in t.words_after(pos + 1):
        if s >= post:
            return False
        cm = rules.countries.match(t.tones, s - 1)  # the pattern opens with the blank before the country
        if cm is not None and cm.end() == post - 1:
            return True
    return False


def home_place(t: Text, place: int, end: int, rules: BodyRules) -> bool:
    """The place is a Vietnamese province or place (body_places.tsv): Vietnam's own unit, no mission posted there."""
    pm = rules.places.match(t.low, place) if rules.places is not None else None
    return pm is not None and pm.end() == end


def _posted_end(t: Text, pos: int, words: list[tuple[int, int]], rules: BodyRules) -> tuple[int, int, int] | None:
    """Where "tại" starts, where the place after it starts and where it ends, when its acronym follows (None: no
    such name)."""
    prev = pos
    for i, (s, e) in enumerate(words):
        if t.raw[prev:s] != " ":
            return None  # punctuation or a line between: another sentence part
        word = t.low[s:e]
        if word in rules.checks.posted_words:
            found = _place_end(t, e, words[i + 1 :], rules) if i else None
            return None if found is None else (s, *found)
        if i >= _MAX_FIELD or word in rules.acronym_clause_words or not word.isalpha():
            return None
        prev = e
    return None


def _place_end(t: Text, pos: int, words: list[tuple[int, int]], rules: BodyRules) -> tuple[int, int] | None:
    """Start and end of the capitalized place after "tại" (a region word maybe before it) right before
    "(ACRONYM)"."""
    rest = " ".join(fold(t.raw[s:e]) for s, e in words[:3]) + " "
    region = next((r for r in rules.checks.post_regions if rest.startswith(r + " ")), "")
    n = len(region.split())
    prev = words[n - 1][1] if n else pos
    for s, e in words[n : n + _MAX_PLACE]:
        if t.raw[prev:s] != " " or not t.raw[s].isupper() or not t.raw[s:e].replace("-", "").isalpha():
            return None
        if am := _ACRONYM.match(t.raw, e):  # a news credit, or a known body's acronym: another body's, none
            known = am.group(1) in rules.news_credits or norm_key(am.group(1)) in rules.lookup
            return None if known else (words[n][0], e)
        prev = e
    return None
