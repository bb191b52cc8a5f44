"""The bodies' rules about a state body pointing back at a country ("Quốc hội nước này"): the phrase pointing back
(country_anaphor rows of body_patterns.tsv, a country_owner maybe before it), the heads of the state bodies so read
(anaphor_state_head), the countries looked up among the Doc's words (country and body_country rows, the home
country among them; a row's value: the words after it that make it none, "Ý kiến") and the honorifics before a
person's name (person_honorifics.tsv) that make a country word a name ("bà Mỹ")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..textnorm import canonical_tones, fold
from . import resources
from .body_phrases import key

# first word of a country (tone-canonical, as printed) -> (its other words, the folded words after it making it
# none, the form as printed), longest first
CountryWords = dict[str, tuple[tuple[tuple[str, ...], frozenset[str], str], ...]]


@dataclass(frozen=True)
class CountryAnaphors:
    """The rules of a state body pointing back at a country (bodies/anaphoric.py)."""

    phrase: re.Pattern[str]  # " (của) nước này" right after a state body, on the lower-cased text
    heads: dict[str, bool]  # folded state head -> may be printed in lower case ("chính phủ nước này")
    countries: CountryWords
    home: str  # the home country's form ("Việt Nam"): a body pointing back at it is as read
    honorifics: frozenset[str]  # folded: "ông", "bà"


def _spaced(form: str) -> str:  # a lower-cased, tone-canonical phrase, its spaces any run of blanks
    return r"[ \t]+".join(re.escape(w) for w in key(form).split())


def _country_words(rows: Iterable[tuple[str, str]]) -> CountryWords:
    by_first: dict[str, list[tuple[tuple[str, ...], frozenset[str], str]]] = {}
    for form, value in rows:
        words = canonical_tones(form).split()
        not_before = frozenset(fold(w.strip()) for w in value.split("|") if w.strip())
        by_first.setdefault(words[0], []).append((tuple(words[1:]), not_before, canonical_tones(form)))
    return {w: tuple(sorted(v, key=lambda c: -len(c[0]))) for w, v in by_first.items()}


def compile_anaphors(patterns: list[dict[str, str]], honorifics_text: str | None, home: str = ""
                     ) -> CountryAnaphors | None:
    """The rules of ``patterns`` (body_patterns.tsv rows) about a state body pointing back at a country, ``home``
    the home country as the bodies' grammar read it (``BodyGrammar.home``); None without a country_anaphor row."""
    rows = {k: [(r["form"], r.get("value") or "") for r in patterns if r["kind"] == k]
            for k in ("country_anaphor", "country_owner", "anaphor_state_head", "country", "body_country")}
    if not rows["country_anaphor"]:
        return None
    owners = "|".join(_spaced(f) for f, _ in rows["country_owner"]) or "(?!)"
    anaphors = "|".join(_spaced(f) for f, _ in rows["country_anaphor"])
    phrase = re.compile(r"[ \t]+(?:(?:" + owners + r")[ \t]+)?(?:" + anaphors + r")(?!\w)")
    honorifics = frozenset(fold(r["honorific"]) for r in resources.parse_tsv(honorifics_text or "")
                           if r.get("honorific"))
    countries = _country_words(rows["country"] + rows["body_country"] + ([(home, "")] if home else []))
    return CountryAnaphors(phrase, {key(f): v == "lower" for f, v in rows["anaphor_state_head"]}, countries, home,
                           honorifics)
