"""A mission or a force named at length with the place it is posted to, closed by the acronym it defines: a
``posted_head`` ("Phái bộ", "Lực lượng"), one to eight words of its field, "tại" or "ở", maybe a ``post_region``
word ("khu vực"), the place in one to four capitalized words, then the acronym in parentheses ("Phái bộ hỗ trợ
lâm thời Liên Hiệp Quốc tại khu vực Xyz (UNXYZ)", "Lực lượng gìn giữ hòa bình tại Kentaria (KFOR)"). The acronym
is what makes the place part of the name: without it "tại X" is where the body acts, never its name; the place
must be printed there, none is inferred. A head printed in lower case needs a capitalized word right after it
("phái bộ Hỗ trợ ... (ABC)"; not "các lực lượng tại X (ABC)"); the field's words hold no clause word
(``acronym_clause_word``: a verb's tense, "của", "và") and no punctuation, and the acronym is no news credit
("(AFP)")."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules, norm_key
from .scan import BodyMatch, Text

_MAX_FIELD = 8
_MAX_PLACE = 4
_POSTS = ("tại", "ở")
_ACRONYM = re.compile(r" \(([A-ZĐ][A-ZĐ0-9&-]{1,9})\)")


def posted_missions(t: Text, rules: BodyRules) -> list[BodyMatch]:
    heads = rules.checks.posted_heads
    if not heads:
        return []
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in heads) + r")(?= )")
    out = []
    for m in rx.finditer(t.low):
        words = t.words_after(m.end() + 1)[: _MAX_FIELD + 3 + _MAX_PLACE]
        if not words or (t.raw[m.start()].islower() and not t.raw[words[0][0]].isupper()):
            continue  # "các lực lượng tại X (ABC)": a common noun
        found = _posted_end(t, m.end(), words, rules)
        if found is None:
            continue
        post, end = found
        if fold(m.group()) in rules.checks.posted_named and not any(w[:1].isupper() for w in t.raw[m.end() : post].split()):
            continue  # "Lực lượng lao động tại X (ABC)", "Lực lượng đặc nhiệm tại X": a common noun, no named force
        name = " ".join(t.tones[m.start() : end].split())
        out.append(BodyMatch(m.start(), end, name[0].upper() + name[1:], "posted"))
    return out


def _posted_end(t: Text, pos: int, words: list[tuple[int, int]], rules: BodyRules) -> tuple[int, int] | None:
    """Where "tại" starts and the place closing a posted body's name ends, when its acronym follows (None: no such
    name)."""
    prev = pos
    for i, (s, e) in enumerate(words):
        if t.raw[prev:s] != " ":
            return None  # punctuation or a line between: another sentence part
        word = t.low[s:e]
        if word in _POSTS:
            end = _place_end(t, e, words[i + 1 :], rules) if i else None
            return None if end is None else (s, end)
        if i >= _MAX_FIELD or word in rules.acronym_clause_words or not word.isalpha():
            return None
        prev = e
    return None


def _place_end(t: Text, pos: int, words: list[tuple[int, int]], rules: BodyRules) -> int | None:
    """End of the capitalized place after "tại" (a region word maybe before it) right before "(ACRONYM)"."""
    rest = " ".join(fold(t.raw[s:e]) for s, e in words[:3]) + " "
    region = next((r for r in rules.checks.post_regions if rest.startswith(r + " ")), "")
    n = len(region.split())
    prev = words[n - 1][1] if n else pos
    for s, e in words[n : n + _MAX_PLACE]:
        if t.raw[prev:s] != " " or not t.raw[s].isupper() or not t.raw[s:e].replace("-", "").isalpha():
            return None
        if am := _ACRONYM.match(t.raw, e):  # a news credit, or a known body's acronym: another body's, none
            known = am.group(1) in rules.news_credits or norm_key(am.group(1)) in rules.lookup
            return None if known else e
        prev = e
    return None
