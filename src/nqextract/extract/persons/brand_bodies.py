"""persons: a company a position's body names by its Latin-script brand alone ("Phó Chủ tịch" of "T&T Group",
"Chủ tịch Hội đồng quản trị" of "VietinBank"; read by unmarked.brand_after), which the bodies' phase does not read
(no body head), is one of the article's bodies too: the ledger gold lists every such brand it gives as a body.
company_marked: what makes Latin-script words a company's, for both."""

from __future__ import annotations

import re

from ...models import Body, Person
from ...textnorm import fold
from .position_bodies import unlisted_position_bodies
from .rules import PersonRules
from .scan import is_acronym

_BRAND_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:&[A-Za-z0-9]+)*|\d+[A-Z][A-Za-z0-9]*(?:&[A-Za-z0-9]+)*|&")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def listed_brand_bodies(rules: PersonRules, persons: list[Person], bodies: list[Body]) -> list[Body]:
    """The brands of ``persons``' positions that ``bodies`` does not list, in the order first held."""
    return unlisted_position_bodies(persons, bodies, lambda body: is_brand(rules, body), fold)


def is_brand(rules: PersonRules, body: str) -> bool:
    """``body`` is printed in Latin-script words only and reads as a company's (company_marked)."""
    words = body.split()
    return bool(words) and all(_BRAND_WORD.fullmatch(w) for w in words) and company_marked(rules, words)


def company_marked(rules: PersonRules, words: list[str]) -> bool:
    """Latin-script ``words`` (an ampersand joining two into one: "T&T", or standing alone: "Marlow & Finch") read
    as a company's: a capital inside a word that is no acronym ("VietinBank"), a last word of a company (brand_word:
    "Group") or a company's ending (brand_ending: "Vietcombank"); an ampersand alone marks none, and words that are
    all a job's function (function_code: "R&D", "PR & Marketing") are no company."""
    if function_only(rules, words):
        return False
    last = fold(words[-1])
    return any(_INNER_CAPITAL.search(w) and not is_acronym(w) for w in words) \
        or last in rules.brand_words or last.endswith(rules.brand_endings)


def function_only(rules: PersonRules, words: list[str]) -> bool:
    """Every word of ``words``, split at a joiner set off by blanks, is a job's function (function_code: "R&D",
    "PR & Marketing")."""
    printed = " ".join(words)
    for joiner in rules.brand_joiners:
        printed = printed.replace(f" {joiner} ", " ")
    parts = printed.split()
    return bool(parts) and all(fold(p) in rules.function_codes for p in parts)
