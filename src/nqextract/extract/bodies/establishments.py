"""A private establishment named by its kind and its own capitalized name, the kind printed in lower case as often as
not ("xử phạt nha khoa Lê Kha", "Phòng khám đa khoa Thiện Trí", "hộ kinh doanh ADM Night Lounge", "hộ kinh doanh 39
Kosho"): the kind (establishment_head rows of body_patterns.tsv, spelled capitalized) and its field words
(establishment_field: "đa khoa", "sản phụ khoa") open the name; the run of capitalized words right after them, a
person's name too, is the establishment's own. Not after a plural or a number ("các phòng khám"), nor before
initials (an anonymized name, "hộ kinh doanh L.N.B."), a place, another body's head ("phòng khám Bệnh viện X"), or a
firm's name the article prints with a legal form ("Công ty TNHH Nha khoa X" names it)."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import PLURAL_BEFORE, BodyMatch, Text

_INITIALS = re.compile(r"(?:[A-ZĐ]\.){2,}")
_DASH_NAME = re.compile(r" [-–] (?=[A-ZĐ][^\W\d_]*(?: [A-ZĐ]|[,.;:)]|$))")  # a dash before the name's second part
_FIRM_BEFORE = re.compile(r"(?<!\w)công ty (?:(?P<form>.+) )?$")


def establishments(t: Text, rules: BodyRules) -> list[BodyMatch]:
    words = rules.name_words.establishments
    if words.head is None:
        return []
    out = []
    for m in words.head.finditer(t.low):
        if PLURAL_BEFORE.search(t.low, max(0, m.start() - 12), m.start()):
            continue
        end = _own_name_end(t, m.end())
        if end is None:
            continue
        own = t.tones[m.end() : end]
        after = fold(t.tones[m.end() : m.end() + 40])
        if _INITIALS.match(own) or rules.places is not None and rules.places.match(t.low, m.end()) or any(
                after == h or after.startswith(h + " ") for h in rules.proper_head_keys):
            continue
        group = next(g for g, v in m.groupdict().items() if v is not None)
        spelled = words.heads[" ".join(m.group(group).split())]
        name = " ".join([spelled, *t.tones[m.end(group) : end].split()]).replace(" – ", " - ")  # one dash
        if _firm_named(t, name, rules):
            continue  # "Công ty TNHH Nha khoa X ... Nha khoa X": the firm's name
        out.append(BodyMatch(m.start(), end, name, "establishment"))
    return out


def _firm_named(t: Text, name: str, rules: BodyRules) -> bool:
    """The article prints ``name`` as a firm's own name, right after "Công ty" and maybe its legal form."""
    for m in re.finditer(re.escape(name.lower()) + r"(?!\w)", t.low):
        f = _FIRM_BEFORE.search(fold(t.low[max(0, m.start() - 45) : m.start()]) + " ")
        if f and (not f.group("form") or rules.legal_forms is not None and rules.legal_forms.fullmatch(f.group("form"))):
            return True
    return False


def _own_name_end(t: Text, p: int) -> int | None:
    """The end of the run of capitalized words printed from ``p`` (a number may open it before a capitalized word:
    "39 Kosho"); None when no capitalized word is printed there."""
    end = None
    q = p
    first = True
    while True:
        we = t.word_end(q)
        if not we:
            break
        word = t.raw[q:we]
        if word[:1].isdigit() and first and t.raw[we : we + 1] == " " and t.raw[we + 1 : we + 2].isupper():
            pass  # "39 Kosho"
        elif not word[:1].isupper():
            break
        end = we
        first = False
        if dash := _DASH_NAME.match(t.raw, we):  # "Phòng khám Đa khoa Hùng Vương – Sơn Dương": one name
            q = dash.end()
            continue
        if t.raw[we : we + 1] != " ":
            break
        q = we + 1
    if end is not None and not any(c.isupper() for c in t.raw[p:end]):
        return None
    return end
