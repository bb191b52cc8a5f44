"""The bodies' rules about states: countries and their state forms ("Cộng hòa Dominica", "Vương quốc Anh"), a
foreign minister's title, the titles naming a foreign government or a mission, and a mission's host (the
country, state_form, republic, republic_noun, country_owner, foreign_minister_title, government_title, mission_title and mission_head rows of
body_patterns.tsv; the body_country rows, countries only the bodies read, with the country rows), the article's own
country (the home_country row as the bodies' grammar reads it, ``BodyGrammar.home``) and the word naming a body's host
(abroad_word). A country is printed on its body's line."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import phrases
from .body_phrases import key, phrase_regex

if TYPE_CHECKING:
    from .body_rules import BodyRules


def _spaced(form: str) -> str:  # a lower-cased, tone-canonical phrase, its spaces any run of white space
    return r"\s+".join(re.escape(w) for w in key(form).split())


def _country(form: str, not_before: str) -> str:
    """A country's printed form; a form that is also a common word's first syllable is none before the words of
    its value ("Ý" before "kiến": "Ý kiến", an opinion)."""
    if not not_before:
        return re.escape(form)
    nexts = "|".join(re.escape(w.strip()) for w in not_before.split("|") if w.strip())
    return re.escape(form) + r"(?![ \t]+(?i:" + nexts + r")(?!\w))"


def compile_states(rules: BodyRules, by_kind: dict[str, list[tuple[str, str]]]) -> None:
    def words(kind: str) -> list[str]:
        return [f for f, _ in by_kind[kind]]

    rules.state_forms = tuple(words("state_form"))
    rules.republics = tuple(words("republic"))
    home_country = rules.checks.grammar.home  # the home_country row, read once by the grammar
    rules.acronym_clause_words = frozenset(words("acronym_clause_word"))
    rules.news_credits = frozenset(words("news_credit"))
    state_forms = "|".join(re.escape(f) for f in rules.state_forms) or "(?!)"
    republics = "|".join(re.escape(f) for f in rules.republics) or "(?!)"
    abroad = "|".join(re.escape(f) for f in words("abroad_word")) or "(?!)"
    home = re.escape(home_country) if home_country else "(?!)"
    # a country on its body's line ("Bộ Tài chính" ending a line before "Ý nghĩa ..." names no country)
    country = r"(" + "|".join(_country(f, v) for f, v in by_kind["country"] + by_kind["body_country"]) + r")(?!\w)"
    rules.countries = re.compile(r"[ \t]+" + country)
    rules.country_in_name = re.compile(
        r"(?:\s+(?:" + republics + r"))?" + country + r"|\s+(?:" + republics + r")\s+[^\W\d_]+")
    rules.country_abroad = re.compile(r" (?:" + abroad + r")(?: (?:" + state_forms + r"))? " + country)
    rules.country_final = re.compile(rules.countries.pattern + "$")
    rules.country_with_form = re.compile(r"\s+((?:" + state_forms + r")" + rules.countries.pattern + ")")
    if by_kind["foreign_minister_title"]:
        rules.foreign_minister_titles = re.compile(
            r"(?<![\w])(" + "|".join(re.escape(f) for f, _ in by_kind["foreign_minister_title"]) + r") (?=[A-ZĐ])")
    rules.foreign_minister_heads = dict(by_kind["foreign_minister_title"])
    if words("republic"):  # no republic_not_before rows: no look-ahead (an empty one would never match)
        not_before = "|".join(re.escape(f) for f in words("republic_not_before"))
        rules.republic = re.compile(
            r"\s+((?:" + "|".join(re.escape(f) for f in words("republic")) + r")\s+"
            + (r"(?!(?:" + not_before + r")\b)" if not_before else "") + r"[A-ZĐ][^\W\d_]*)(?![\w\-])")
        if nouns := "|".join(re.escape(f) for f in words("republic_noun")):  # "nước Cộng hòa Cuba"
            rules.republic_of = re.compile(r"\s+((?:" + nouns + r")\s+" + rules.republic.pattern[len(r"\s+("):])
    if owners := "|".join(re.escape(f) for f in words("country_owner")):
        rules.country_owner = re.compile(r" (?:" + owners + r")(?= )")
    rules.government_titles = [
        (phrases.literal_led(r"(?<!\w)" + phrase_regex(f, False) + r"(?!\w)"), v)
        for f, v in by_kind["government_title"]
    ]
    home_abroad = (_spaced(home_country) + r"\s+(?:" + "|".join(_spaced(f) for f in words("abroad_word")) + ")"
                   ) if home_country and words("abroad_word") else "(?!)"
    rules.mission_titles = [(phrases.literal_led(r"(?<!\w)" + phrase_regex(f, False) + r"\s+" + home_abroad + r"(?!\w)"), v)
                            for f, v in by_kind["mission_title"]]
    rules.envoy_titles = [
        (phrases.literal_led(r"(?<!\w)" + phrase_regex(f, False) + r"(?!\w)"), v) for f, v in by_kind["mission_title"]
    ]
    rules.mission_heads = tuple(sorted({v for _f, v in by_kind["mission_title"]} | set(words("mission_head"))))
    if rules.countries is not None:
        not_before = "|".join(re.escape(f) for f in words("republic_not_before")) or "(?!)"
        rules.mission_host = re.compile(
            r"\s+(?:" + abroad + r")\s+(" + home + r"|(?:" + republics + r")\s+(?!(?:" + not_before + r")\b)[A-ZĐ][^\W\d_]*(?![\w\-])|"
            r"(?:(?:" + state_forms + r")\s+)?" + country + ")")

