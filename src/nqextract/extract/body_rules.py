"""Compiled rules for the bodies recognizer, built from its data files.

``bodies.tsv`` (gazetteer), ``abbreviations.tsv``, ``body_patterns.tsv`` (heads, levels, prefixes, stop
words, exclusions), ``body_places.tsv`` (provinces) and the other RULE_FILES are read through :mod:`.resources`, so a
``Settings.rules_dir`` holding files of the same names takes precedence; the compiled rules are cached
per content of those files.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..errors import ExtractError
from ..textnorm import canonical_tones, fast_tones, fold, lower_same_length, nfc  # noqa: F401 (re-exported)
from . import phrases, resources
from .body_anaphors import CountryAnaphors, compile_anaphors
from .body_checks import NameChecks, compile_checks
from .body_deputies import compile_deputies
from .body_gazetteer import compile_gazetteer, compile_member_parents
from .body_joined import compile_joined
from .body_kinds import ABBREVIATION_KINDS, PATTERN_KINDS
from .body_organs import OrganRules, compile_organs
from .body_outlets import FirmRules, OutletCues, compile_outlets
from .body_phrases import MACROS, alternation, key, norm_key, phrase_regex  # noqa: F401 (re-exported for bodies)
from .body_places import Place, compile_places  # noqa: F401 (Place re-exported for bodies)
from .body_seats import SeatRules, compile_seats
from .body_spellings import Spellings, spelling_table
from .body_states import compile_states
from .body_units import PartyPartners, compile_units
from .body_words import NameWords, compile_name_words, post_stops
from .phrases import bounded  # noqa: F401 (re-exported for bodies)

DATA_FILES = ("bodies.tsv", "abbreviations.tsv", "body_patterns.tsv", "body_places.tsv", "body_spellings.tsv")


@dataclass
class BodyRules:
    gazetteer: phrases.BranchIndex | None = None  # one alternation, a named group per printed variant
    gazetteer_groups: dict[str, tuple[str, bool]] = field(default_factory=dict)  # group -> (name, term)
    gazetteer_starts: re.Pattern[str] | None = None
    spellings: Spellings = (None, {})  # words printed two ways in names -> the name's spelling ("Liên Hiệp Quốc")
    ministries: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    abbreviations: list[tuple[str, str, str]] = field(default_factory=list)  # (regex's text, expansion, first word)
    head_abbr: list[tuple[str, str]] = field(default_factory=list)
    head_expansions: dict[str, str] = field(default_factory=dict)  # head_abbr as a mapping (the last row wins)
    word_abbr: dict[str, str] = field(default_factory=dict)
    public_word_abbr: dict[str, str] = field(default_factory=dict)  # ... spelled out in no company's name ("ĐH")
    printed_forms: list[tuple[re.Pattern[str], str]] = field(default_factory=list)  # "TNHH" as a word -> expansion
    # a department's field as other units print it, folded -> its canonical spelling, from the local heads
    # "Sở <printed field>" -> "Sở <field>" ("tài nguyên - môi trường" -> "Tài nguyên và Môi trường")
    field_spellings: dict[str, str] = field(default_factory=dict)
    local_heads: list[tuple[re.Pattern[str], bool]] = field(default_factory=list)  # (heads, matched as printed)
    local_groups: dict[str, tuple[str, bool]] = field(default_factory=dict)  # group -> (head, glued to place)
    levels: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    places: re.Pattern[str] | None = None
    place_by_key: dict[str, Place] = field(default_factory=dict)
    prefixes: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    standing_title_before: re.Pattern[str] | None = None
    standing_inner_title: set[str] = field(default_factory=set)
    topic_heads: list[tuple[re.Pattern[str], str, str]] = field(default_factory=list)
    proper_heads: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    foreign_heads: set[str] = field(default_factory=set)
    foreign_chambers: re.Pattern[str] | None = None  # "Hạ viện": printed alone, the chamber of the article's country
    legal_forms: re.Pattern[str] | None = None  # a company's legal form ("trách nhiệm hữu hạn", "TNHH")
    name_words: NameWords = field(default_factory=NameWords)  # a company's lines of business, a project's words
    # need a level word; a form the data prints in lower case ("các ĐBQH") is read in lower case too
    level_local_heads: list[tuple[re.Pattern[str], str, bool]] = field(default_factory=list)
    party_organizations: dict[str, str] = field(default_factory=dict)  # "tỉnh ủy" -> "Đảng bộ tỉnh"
    school_levels: set[str] = field(default_factory=set)  # "trường tiểu học": named after a person
    unit_heads: set[str] = field(default_factory=set)  # a unit's name takes the body printed right after it
    comma_unit_heads: set[str] = field(default_factory=set)  # ... also after a comma ("Phòng X, Công an tỉnh Y")
    unit_parents: dict[str, str] = field(default_factory=dict)  # ... only a body of this head ("Ban" + a council)
    member_units: dict[str, str] = field(default_factory=dict)  # "Trường" -> "Đại học", parent after ", " (body_units)
    inner_kept: set[str] = field(default_factory=set)  # prefixes whose inner body is a mention too (investigators)
    lower_prefixes: set[str] = field(default_factory=set)  # prefixes also printed in lower case (school councils)
    # "Trung ương" + a mass organization ("Hội Sinh viên Việt Nam"): (prefix pattern, canonical prefix, inner head)
    central_prefixes: list[tuple[re.Pattern[str], str, str]] = field(default_factory=list)
    # "Bí thư Đảng ủy, Giám đốc " before a unit: its party committee (group "committee" -> canonical head)
    secretary_titles: re.Pattern[str] | None = None
    secretary_committees: dict[str, str] = field(default_factory=dict)
    secretary_unit_not: re.Pattern[str] | None = None  # on the unit's key: a board or a commune-level unit
    law_types: set[str] = field(default_factory=set)  # document types whose title may end with a body's name
    placed_heads: set[str] = field(default_factory=set)  # proper heads that name a body only with a place
    lower_placed_heads: set[str] = field(default_factory=set)  # ... also in lower-case words ending with a level's place
    lower_heads: set[str] = field(default_factory=set)
    numbered_heads: set[str] = field(default_factory=set)  # only with a number at the end ("Đội ... số 2")
    defined_heads: set[str] = field(default_factory=set)  # proper heads that name a body only before "(ACRONYM)"
    named_defined_heads: set[str] = field(default_factory=set)  # ... and only with a capitalized word ("Cơ quan")
    party_names: set[str] = field(default_factory=set)  # "cộng hòa": a party's own name, no country needed
    party_heads: tuple[str, ...] = ()  # "đảng": the head a party_name follows
    sentence_openers: set[str] = field(default_factory=set)  # "theo", "tại": a capitalized one before a head is no name
    head_titles: set[str] = field(default_factory=set)  # "trưởng": a title before a head ("Trưởng Đoàn ...")
    unnamed: set[str] = field(default_factory=set)
    topic_head_keys: set[str] = field(default_factory=set)
    level_before: re.Pattern[str] | None = None
    level_words: set[str] = field(default_factory=set)
    qualifiers: list[str] = field(default_factory=list)
    topic_stops: set[str] = field(default_factory=set)
    topic_stop_pairs: set[str] = field(default_factory=set)
    topic_keep: set[str] = field(default_factory=set)
    comma_pairs: tuple[tuple[str, str], ...] = ()  # ("chiến lược", "chính sách"): fields a name joins with a comma
    name_runs: tuple[tuple[str, str], ...] = ()  # ("đầu tư xây dựng", "dự án"): a lower-case run after those words
    topic_doc_words: set[str] = field(default_factory=set)
    press: set[str] = field(default_factory=set)
    brands: set[str] = field(default_factory=set)  # companies printed by their brand alone (bodies.tsv flag)
    # a news outlet cited as a sentence's source: (opener's pattern, what ends the name) and (descriptor, head it
    # gives a Vietnamese name) as printed lower-cased ("Theo báo Hà Nội mới," "Như Tuổi Trẻ Online đã đưa tin")
    outlet_openers: dict[re.Pattern[str], str] = field(default_factory=dict)
    outlet_words: dict[str, str] = field(default_factory=dict)
    outlet_verbs: list[str] = field(default_factory=list)
    cued: OutletCues = field(default_factory=OutletCues)  # "chia sẻ với Tuổi Trẻ": body_outlets
    # a foreign outlet or armed group named by the word before it ("tờ Daily Sample", "lực lượng Xyzar"): descriptors
    # (folded; flags "start"/"named": checks.flags) and the country names (folded) that are never such a name
    foreign_outlet_words: re.Pattern[str] | None = None
    checks: NameChecks = field(default_factory=NameChecks)  # closed lists after a descriptor or a head (body_checks)
    group_cues: re.Pattern[str] | None = None
    firms: FirmRules = field(default_factory=FirmRules)  # "hãng xe X": a foreign firm after its firm word (world.py)
    group_pair_openers: re.Pattern[str] | None = None  # "giữa": a country and a group after it
    group_pair_context: re.Pattern[str] | None = None  # "giao tranh": a pair names a group only in a conflict
    country_keys: frozenset[str] = frozenset()
    outlet_not_after: frozenset[str] = frozenset()  # "cảnh" of "cảnh báo": the descriptor is part of a word
    credit_before: list[str] = field(default_factory=list)
    outlet_source_credit: list[str] = field(default_factory=list)  # "Nguồn:", "theo": a foreign outlet's source word
    outlet_source_openers: list[str] = field(default_factory=list)  # "Trước đó": may stand before such a "theo"
    outlet_source_line_not: list[str] = field(default_factory=list)  # "Ảnh": a line it opens credits a photo
    # before a bare foreign outlet's Latin name ("ông Bloomberg", "xét nghiệm AFP"): a person (person_honorifics.tsv,
    # titles.tsv) or a thing named like it (bare_outlet_not_after rows; outlet -> pattern, "" for every outlet), lower-cased
    person_before: re.Pattern[str] | None = None
    bare_outlet_not_after: dict[str, re.Pattern[str]] = field(default_factory=dict)
    capital_ok: list[str] = field(default_factory=list)
    anaphor_heads: list[str] = field(default_factory=list)
    title_joined: re.Pattern[str] | None = None
    lower_units: list[tuple[re.Pattern[str], str]] = field(default_factory=list)  # (head + field, parent's head)
    joined_head: re.Pattern[str] | None = None  # a title then a lower-case head ("Trưởng ban"), on the lower text
    joined_parented: frozenset[str] = frozenset()  # ... a body only named with its parent or place ("phòng")
    joined_values: dict[str, str] = field(default_factory=dict)  # each such head's value: "parent", "whole"
    ministry_titles: re.Pattern[str] | None = None
    ministry_title_words: tuple[str, ...] | None = None  # ministry_titles' literal words: none in a text, no match
    # a foreign minister's title (group 1; printed capitalized) before a field: the ministry's head word by title
    foreign_minister_titles: re.Pattern[str] | None = None
    foreign_minister_heads: dict[str, str] = field(default_factory=dict)
    not_fields: frozenset[str] = frozenset()  # folded words that are never a foreign ministry's field
    country_owner: re.Pattern[str] | None = None  # " của" before a country: match its end, the country follows
    republic: re.Pattern[str] | None = None  # " Cộng hòa Dominica": a country in its state form (group 1)
    republic_of: re.Pattern[str] | None = None  # " nước Cộng hòa Cuba": the same led by the noun (group 1)
    unit_titles: dict[str, re.Pattern[str]] = field(default_factory=dict)  # unit head -> its head's title before it
    venue_before: re.Pattern[str] | None = None
    class_before: re.Pattern[str] | None = None  # before an armed force: a class of people ("lực lượng")
    forces: set[str] = field(default_factory=set)  # bodies.tsv kind "force"
    movements: set[str] = field(default_factory=set)  # bodies.tsv kind "movement": never a country's own body
    # a state body's member printed "<member> của <parent>": folded " của <parent>" -> the parent ("Quốc hội")
    member_parents: dict[str, str] = field(default_factory=dict)
    home_only: set[str] = field(default_factory=set)  # bodies.tsv flag home: abroad named as printed ("Tòa án Tối cao Mỹ")
    organizations: set[str] = field(default_factory=set)  # bodies.tsv kinds "front", "mass"; generic: system_after
    system_after: re.Pattern | None = None
    shared_place_heads: set[str] = field(default_factory=set)  # folded
    not_followed: dict[str, re.Pattern[str]] = field(default_factory=dict)
    not_before_name: set[str] = field(default_factory=set)  # folded: bodies never read before a capitalized word
    coordinated: dict[str, re.Pattern[str]] = field(default_factory=dict)  # a head coordinated with another body
    party_partners: PartyPartners | None = None  # a bare party coordinated with a national organ (body_units)
    head_places: dict[str, re.Pattern[str]] = field(default_factory=dict)  # "hội" -> " an": a place, no body
    countries: re.Pattern[str] | None = None
    anaphors: CountryAnaphors | None = None  # a state body pointing back at a country, "Quốc hội nước này" (body_anaphors)
    organs: OrganRules | None = None  # a foreign organ named at length before its country (body_organs)
    seats: SeatRules = field(default_factory=SeatRules)  # foreign offices named by their seat (body_seats)
    # the same alternation in three uses: a country in a name ("Cộng hòa X"), a body's "tại <country>", a name's end
    country_in_name: re.Pattern[str] | None = None
    country_abroad: re.Pattern[str] | None = None
    country_with_form: re.Pattern[str] | None = None  # " Vương quốc Anh": a country printed with its state form
    country_final: re.Pattern[str] | None = None
    surnames: set[str] = field(default_factory=set)
    middle_names: set[str] = field(default_factory=set)  # "Văn", "Thị": a surname + one of these is a person
    # person_context.tsv's Chinese family names and the places that make an article one about China (on the low text)
    china_surnames: frozenset[str] = frozenset()
    china_cues: re.Pattern[str] | None = None
    ministry_keys: frozenset[str] = frozenset()  # the ministries' names (bodies.tsv flag ministry), folded
    foreign_head_keys: frozenset[str] = frozenset()  # the foreign heads, folded
    # a plural determiner ("các", "những") after a title or before a list of places (plural_word)
    plural_words: tuple[str, ...] = ()
    plural_after: re.Pattern[str] = re.compile("(?!)")
    # the words before a unit's parent body that close its lower-case name ("trực thuộc", "thuộc"; parent_word)
    parent_after: re.Pattern[str] = re.compile("(?!)")
    head_ranks: dict[str, int] = field(default_factory=dict)  # head_rank: a unit's parent ranks above it
    tail_verbs: set[str] = field(default_factory=set)  # tail_verb: ends a lower-case tail before a closer
    lookup: dict[str, str] = field(default_factory=dict)
    implicit_place_heads: list[str] = field(default_factory=list)
    generic_before: set[str] = field(default_factory=set)
    generic_after: set[str] = field(default_factory=set)
    # ", tỉnh" / "/thành phố" after a head: "UBND tỉnh, thành phố", a class of bodies (kind generic_level)
    generic_levels: re.Pattern[str] | None = None
    # the words before a province that make it no place of the article: "đường Hà Nội", "Bác Hồ" (not_place_before)
    not_place_before: re.Pattern[str] | None = None
    # "Ban Thường vụ Đảng ủy và giữ chức phó bí thư ...": the verbs of the office held in a committee (hold_verb)
    hold_gap: re.Pattern[str] | None = None
    national_suffixes: list[str] = field(default_factory=list)
    name_places: re.Pattern[str] | None = None
    name_fields: re.Pattern[str] | None = None  # fields spelled like a person's name ("Y Dược")
    lower_local_heads: set[str] = field(default_factory=set)  # local heads printed in lower case ("đoàn ĐBQH")
    region: re.Pattern[str] | None = None  # " khu vực 3": a numbered region a unit serves (group 1: its words)
    region_heads: set[str] = field(default_factory=set)  # folded local heads a region follows as their place
    district_units: set[str] = field(default_factory=set)  # norm_key of a district's departments ("phòng tư pháp")
    district_levels: set[str] = field(default_factory=set)  # folded level words of a district ("quận", "thị xã")
    press_heads: set[str] = field(default_factory=set)  # heads of news outlets' names ("Báo", "Tạp chí")
    field_local_heads: set[str] = field(default_factory=set)  # local heads that are also a unit's field
    proper_head_keys: tuple[str, ...] = ()  # the proper heads, folded, longest first
    party_levels: dict[str, str] = field(default_factory=dict)  # "tỉnh ủy" -> "tỉnh": a province's committee
    owner_suffixes: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    member_bodies: list[tuple[re.Pattern[str], str]] = field(default_factory=list)  # after a member_title
    member_titles: re.Pattern[str] | None = None
    plenum_words: re.Pattern[str] | None = None  # a meeting before the committee: only its short name with "Đảng"
    government_titles: list[tuple[re.Pattern[str], str]] = field(default_factory=list)  # + country
    mission_titles: list[tuple[re.Pattern[str], str]] = field(default_factory=list)  # + "Việt Nam tại" + country
    # the same titles before any country ("Đại sứ Bulgaria tại Việt Nam"), the missions' heads ("Đại sứ quán"), and
    # the host a mission's name ends with (" tại Việt Nam"; a city: proper_edges)
    envoy_titles: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    mission_heads: tuple[str, ...] = ()
    mission_host: re.Pattern[str] | None = None
    state_forms: tuple[str, ...] = ()  # "Vương quốc", "Cộng hòa", "Liên bang" before a country's name
    republics: tuple[str, ...] = ()  # "Cộng hòa": a name holding one names a foreign state's body
    # between a defined head's name and its acronym: words opening a clause end the name; a news credit is no acronym
    acronym_clause_words: frozenset[str] = frozenset()
    news_credits: frozenset[str] = frozenset()
    deputy_before: re.Pattern[str] | None = None  # a deputy's title (group "title") and name (group "name") before "("
    deputy_delegations: dict[str, str] = field(default_factory=dict)  # the delegation's head each title names
    deputy_contexts: tuple[str, ...] = ()  # words the article must print (the assembly)
    deputy_paren: re.Pattern[str] | None = None  # "(" and a word before the province ("(Đoàn")
    deputy_level: re.Pattern[str] | None = None  # a level word before the province ("tỉnh", "TP.")


# --------------------------------------------------------------------------- compiling the data


RULE_FILES = (*DATA_FILES, "person_surnames.txt", "person_middle_names.txt", "person_places.txt", "person_context.tsv",
              "person_honorifics.tsv", "titles.tsv", "date_words.json")


@cache
def abbreviation_regex(pattern: str) -> re.Pattern[str]:
    """An abbreviation's regex (the text in :attr:`BodyRules.abbreviations`), compiled on first use."""
    return re.compile(pattern)


def load_rules(rules_dir: resources.RulesDir = None) -> BodyRules:
    """The compiled rules of the packaged data files, or of ``rules_dir`` where it holds them
    (compiled once per content of those files)."""
    texts = []
    for name in RULE_FILES:
        try:
            texts.append(resources.read_text(name, rules_dir))
        except FileNotFoundError:
            texts.append("")
    return _compile(tuple(texts))


CHECKED_KINDS = {"body_patterns.tsv": ("rule", PATTERN_KINDS),  # a data file's kinds: what they are, the known ones
                 "abbreviations.tsv": ("abbreviation", ABBREVIATION_KINDS)}


def _rows(files: dict[str, str], name: str, *required: str) -> list[dict[str, str]]:
    """Rows of a data file; a row without a required column is an :class:`ExtractError` naming it."""
    rows = resources.parse_tsv(files[name])
    for i, row in enumerate(rows, 1):
        missing = [c for c in required if not row.get(c)]
        if missing:
            raise ExtractError(f"{name}: data row {i} has no {', '.join(missing)}: {row}")
    what, known = CHECKED_KINDS.get(name, ("", None))
    if known is not None and (unknown := sorted({r["kind"] for r in rows} - known)):
        raise ExtractError(f"{name}: unknown {what} kind(s) {unknown}; known: {sorted(known)}")
    return rows


def _alternation(forms: list[str]) -> re.Pattern[str] | None:
    """The folded forms, longest first, as one pattern matching a form and the blanks after it."""
    alts = sorted(sorted({re.escape(fold(f)) for f in forms}), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")[ \t]+") if alts else None


@lru_cache(maxsize=4)
def _compile(texts: tuple[str, ...]) -> BodyRules:
    files = dict(zip(RULE_FILES, texts, strict=True))
    rules = BodyRules()
    bodies = _rows(files, "bodies.tsv", "name")
    compile_gazetteer(rules, bodies, _rows(files, "abbreviations.tsv", "abbr", "expansion", "kind"))
    rules.head_expansions = dict(rules.head_abbr)
    rules.spellings = spelling_table(_rows(files, "body_spellings.tsv", "printed", "name"))
    patterns = _rows(files, "body_patterns.tsv", "kind", "form")  # read once, for every kind below
    rules.checks = compile_checks(patterns)  # the closed lists and a name's grammar, before the kinds that read them
    _compile_patterns(rules, patterns)
    compile_member_parents(rules, bodies, [r["form"] for r in patterns if r["kind"] == "state_member_parent"])
    compile_places(rules, _rows(files, "body_places.tsv", "name", "level"), files["person_places.txt"], patterns)
    rules.surnames = {fold(s) for s in resources.parse_lines(files["person_surnames.txt"])}
    rules.middle_names = {fold(s) for s in resources.parse_lines(files["person_middle_names.txt"])}
    context = resources.parse_tsv(files["person_context.tsv"]) if files["person_context.tsv"] else []
    rules.china_surnames = frozenset(fold(r["phrase"]) for r in context if r.get("kind") == "china_surname")
    cues = [key(r["phrase"]) for r in context if r.get("kind") == "china_cue"]
    rules.china_cues = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, cues)) + r")(?!\w)") if cues else None
    rules.ministry_keys = frozenset(fold(n) for n, _ in rules.ministries)
    compile_outlets(rules, patterns, files["person_honorifics.tsv"], files["titles.tsv"])
    rules.anaphors = compile_anaphors(patterns, files["person_honorifics.tsv"], rules.checks.grammar.home)
    fields = [canonical_tones(r["form"]) for r in patterns if r["kind"] == "name_field"]
    rules.name_fields = re.compile("(?:" + alternation(fields) + r")(?!\w)") if fields else None
    rules.name_words = post_stops(rules.name_words, files, rules.unnamed | rules.level_words | rules.sentence_openers,
                                  rules.country_keys, rules.checks.grammar.conjunctions)
    return rules


def _compile_patterns(rules: BodyRules, patterns: list[dict[str, str]]) -> None:
    by_kind: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in patterns:
        by_kind[row["kind"]].append((canonical_tones(row["form"]), canonical_tones(row.get("value", ""))))

    def words(kind: str) -> list[str]:
        return [f for f, _ in by_kind[kind]]

    heads: list[tuple[str, str, bool]] = [(f, v, False) for f, v in by_kind["local_head"]]
    for f, v in by_kind["local_head"]:
        if f.startswith("Sở ") and v.startswith("Sở ") and " " in f[3:] and not fold(v).startswith(fold(f)):
            rules.field_spellings[fold(f[3:])] = v[3:]
    rules.field_spellings = dict(sorted(rules.field_spellings.items(), key=lambda kv: len(kv[0]), reverse=True))
    heads += [(f, v, True) for f, v in by_kind["party_local_head"]]
    # abbreviations of head words (UBND -> Ủy ban nhân dân) join the local heads they stand for
    known = {fold(v) for _, v, _ in heads}
    for abbr, expansion in rules.head_abbr:
        if fold(expansion) in known:
            heads.append((abbr, expansion, False))
    abbrs = {a for a, _ in rules.head_abbr}
    alternatives: dict[bool, list[str]] = {True: [], False: []}
    for i, (form, value, glued) in enumerate(sorted(heads, key=lambda h: len(h[0]), reverse=True)):
        # abbreviations (UBND, Sở GD&ĐT) are matched as printed, full words case-folded
        exact = form in abbrs or any(w.isupper() and len(w) > 1 for w in re.split(r"[\s&-]+", form))
        rx = re.escape(form).replace(r"\ ", r"\s+") if exact else phrase_regex(form)
        alternatives[exact].append(f"(?P<h{i}>{rx})")
        rules.local_groups[f"h{i}"] = (value, glued)
    rules.local_heads = [
        (phrases.guarded(bounded(phrases.letter_grouped(alts))), exact)
        for exact, alts in alternatives.items() if alts
    ]
    rules.levels = [
        (re.compile(phrase_regex(f, macros=False) + (r"(?!\w)" if not f.endswith(".") else "")), v)
        for f, v in sorted(by_kind["level"], key=lambda x: len(x[0]), reverse=True)
    ]
    rules.level_words = {fold(f).rstrip(".") for f, _ in by_kind["level"]}
    rules.unnamed |= {fold(a) for a, _ in rules.head_abbr}
    rules.level_before = re.compile(
        r"(?<!\w)(?:" + "|".join(phrase_regex(f, macros=False) for f, _ in by_kind["level"]) + r")\s+$"
    )
    rules.prefixes = [
        (re.compile(bounded(phrase_regex(f)) + r"\s+$"), v)
        for f, v in sorted(by_kind["prefix"], key=lambda x: len(x[0]), reverse=True)
    ]
    rules.standing_title_before = re.compile(
        r"(?<!\w)(?:" + "|".join(phrase_regex(f, False) for f in words("standing_title_before")) + r")\s+$"
    )
    rules.standing_inner_title = {fold(f) for f in words("standing_inner_title")}
    rules.topic_heads = [
        (phrases.literal_led(bounded(phrase_regex(f))), canonical_tones(f), v) for f, v in by_kind["topic_head"]
    ]
    rules.proper_heads = [
        (phrases.literal_led(bounded(phrase_regex(f, macros=False))), f)
        for f in sorted(words("proper_head"), key=len, reverse=True)
    ]
    rules.foreign_heads = {canonical_tones(f) for f, v in by_kind["proper_head"] if v == "foreign"}
    rules.foreign_head_keys = frozenset(fold(h) for h in rules.foreign_heads)
    rules.plural_words = tuple(sorted((key(f) for f in words("plural_word")), key=len, reverse=True))
    if rules.plural_words:
        rules.plural_after = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, rules.plural_words)) + r")[ \t]")
    if parents := sorted((key(f) for f in words("parent_word")), key=len, reverse=True):
        rules.parent_after = re.compile(r" (?:" + "|".join(map(re.escape, parents)) + r") ")
    rules.head_ranks = {key(f): int(v) for f, v in by_kind["head_rank"]}
    rules.tail_verbs = {key(f) for f in words("tail_verb")}
    if words("foreign_chamber"):
        rules.foreign_chambers = re.compile(bounded(alternation(words("foreign_chamber"))))
    if words("legal_form"):
        forms = "|".join(phrase_regex(f, False) for f in sorted(words("legal_form"), key=len, reverse=True))
        rules.legal_forms = re.compile(r"(?<!\w)(?:" + forms + r")(?!\w)")
    rules.level_local_heads = [
        (phrases.literal_led(bounded(phrase_regex(f, False)) + r"[ \u00a0]+"), v, f[:1].islower())
        for f, v in by_kind["level_local_head"]
    ]
    rules.party_organizations = {fold(f): v for f, v in by_kind["party_organization"]}
    rules.school_levels = {fold(f) for f in words("school_level")}
    rules.unit_heads = {canonical_tones(f) for f in words("unit_head")}
    rules.comma_unit_heads = {canonical_tones(f) for f, v in by_kind["unit_head"] if v == "comma"}
    rules.unit_parents = {canonical_tones(f): v for f, v in by_kind["unit_head"] if v not in ("", "comma")}
    rules.inner_kept = {fold(f) for f in words("inner_kept")}
    rules.lower_prefixes = {fold(f) for f in words("lower_prefix")}
    rules.central_prefixes = [(re.compile(bounded(phrase_regex(f)) + r"\s+$"), canonical_tones(f), v)
                              for f, v in sorted(by_kind["central_prefix"], key=lambda x: len(x[0]), reverse=True)]
    if by_kind["secretary_title"] and by_kind["secretary_head_title"]:
        rules.secretary_committees = {key(v): v for _, v in by_kind["secretary_title"]}
        rules.secretary_titles = re.compile(
            r"(?<!\w)(?:" + "|".join(phrase_regex(f, False) for f, _ in by_kind["secretary_title"]) + r")\s+(?P<committee>"
            + "|".join(re.escape(k) for k in rules.secretary_committees) + r")\s*,\s+(?:"
            + "|".join(phrase_regex(f, False) for f in words("secretary_head_title")) + r")\s+$")
        nots = words("secretary_unit_not")
        rules.secretary_unit_not = re.compile(
            r"(?<!\w)(?:" + "|".join(phrase_regex(f, False) for f in nots) + r")(?!\w)") if nots else None
    rules.law_types = {canonical_tones(f) for f in words("law_before")}
    rules.placed_heads = {canonical_tones(f) for f, v in by_kind["proper_head"] if v == "placed"}
    rules.lower_placed_heads = {canonical_tones(f) for f, v in by_kind["proper_head"] if v == "lower_placed"}
    rules.press_heads = {canonical_tones(f) for f, v in by_kind["proper_head"] if v == "press"}
    rules.lower_heads = {canonical_tones(f) for f, v in by_kind["proper_head"] if v == "lower_ok"}
    rules.numbered_heads = {canonical_tones(f) for f, v in by_kind["proper_head"] if v == "numbered"}
    rules.defined_heads = {canonical_tones(f) for f, v in by_kind["proper_head"] if v in ("defined", "defined_named")}
    rules.named_defined_heads = {canonical_tones(f) for f, v in by_kind["proper_head"] if v == "defined_named"}
    rules.party_names = {fold(f) for f in words("party_name")}
    rules.party_heads = tuple(sorted({fold(v) for _, v in by_kind["party_name"] if v}))
    rules.sentence_openers = {fold(f) for f in words("sentence_opener")}
    rules.head_titles = {fold(f) for f in words("head_title")}
    rules.district_units = {norm_key(f) for f in words("district_unit")}
    rules.district_levels = {fold(f) for f in words("district_level")}
    rules.topic_head_keys = {fold(f) for f, v in by_kind["topic_head"] if v == "free"}
    rules.unnamed |= {fold(f) for k in ("prefix", "local_head", "party_local_head", "proper_head", "generic_board")
                      for f in words(k)}
    # a prefix of the party's body in a unit (row's "đảng" lower-case) printed "Đảng" reads as head words and a head ("Ban Cán
    # sự | Đảng UBND TP"): those words name no body; not "Ban Xây dựng Đảng" (the party its field: "Ban Xây dựng đề án")
    rules.unnamed |= {fold(f)[: -len(" đảng")] for f in words("prefix") if f.endswith(" đảng")}
    rules.qualifiers = sorted((key(f) for f in words("qualifier")), key=len, reverse=True)
    stops = [key(f) for f in words("topic_stop")]
    rules.topic_stops = {s for s in stops if " " not in s}
    rules.topic_stop_pairs = {s for s in stops if " " in s}
    rules.topic_keep = {key(f) for f in words("topic_keep")}
    rules.comma_pairs = tuple((a.strip(), b.strip()) for a, _, b in (key(f).partition(",") for f in words("comma_pair")))
    rules.name_runs = tuple(sorted(((key(f), key(v)) for f, v in by_kind["name_run"]), key=lambda r: -len(r[0])))
    rules.topic_doc_words = {key(f) for f, v in by_kind["topic_capital_ok"] if v == "document"}
    rules.credit_before = words("credit_before")
    rules.outlet_source_credit = [f for f, v in by_kind["credit_before"] if v == "source"]
    rules.outlet_source_openers = [fold(f) for f in words("outlet_source_opener")]
    rules.outlet_source_line_not = words("outlet_source_line_not")
    rules.outlet_openers = {re.compile(r"(?<!\w)" + re.escape(fold(f)) + r"[ \t]+"): v for f, v in by_kind["outlet_opener"]}
    # longest first: "hãng tin" is read before "hãng"
    rules.outlet_words = dict(sorted(((fold(f), v) for f, v in by_kind["outlet_word"]), key=lambda kv: -len(kv[0])))
    rules.foreign_outlet_words = _alternation(words("foreign_outlet_word"))
    rules.group_cues = _alternation(words("group_cue"))
    rules.group_pair_openers = _alternation(words("group_pair_opener"))
    rules.group_pair_context = _alternation(words("group_pair_context"))
    rules.country_keys = frozenset(fold(f) for f in words("country") + words("body_country"))
    rules.outlet_not_after = frozenset(fold(f) for f in words("foreign_outlet_not_after"))
    rules.outlet_verbs = sorted((fold(f) for f in words("outlet_verb")), key=len, reverse=True)
    rules.capital_ok = sorted(words("topic_capital_ok"), key=len, reverse=True)
    rules.anaphor_heads = sorted(words("anaphor_head"), key=len, reverse=True)
    compile_joined(rules, by_kind)  # a title glued to a lower-case head: title_joined, officer_joined, joined_head
    if words("class_before"):
        rules.class_before = re.compile(r"(?<!\w)(?:" + "|".join(phrase_regex(f, False) for f in words("class_before")) + r")\s+$")
    rules.venue_before = re.compile(r"(?<!\w)(?:" + "|".join(phrase_regex(f, False) for f in words("venue_before")) + r")\s+$")
    if words("system_after"):
        rules.system_after = re.compile(
            r"\s*,?\s*(?:" + "|".join(phrase_regex(f, macros=False) for f in words("system_after")) + r")(?!\w)")
    rules.shared_place_heads = {fold(f) for f in words("shared_place_head")}
    rules.implicit_place_heads = [canonical_tones(f) for f in words("implicit_place_head")]
    rules.generic_before = {key(f) for f in words("generic_before")}
    rules.generic_after = {key(f) for f in words("generic_after")}
    if words("generic_level"):
        rules.generic_levels = re.compile(r"\s*[,/]\s*(?:" + "|".join(map(re.escape, words("generic_level"))) + r")(?!\w)")
    if words("not_place_before"):
        rules.not_place_before = re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, words("not_place_before"))) + r")\s+$")
    if words("hold_verb"):
        held = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in words("hold_verb"))
        rules.hold_gap = re.compile(r"\s+và\s+(?:được\s+)?(?:" + held + r")\s+(?:[^\W\d_]+\s+){1,4}$")
    rules.national_suffixes = sorted(words("national_suffix"), key=len, reverse=True)
    rules.party_levels = {fold(f): fold(v) for f, v in by_kind["province_party_head"]}
    rules.lower_local_heads = {fold(f) for f in words("lower_local_head")}
    rules.field_local_heads = {fold(f) for f in words("field_local_head")}
    if words("region_word"):
        rules.region = re.compile(r"[ \t]+((?:" + "|".join(phrase_regex(f, macros=False) for f in words("region_word"))
                                  + r")[ \t]+(?:\d{1,3}|[ivxl]{1,6})(?!\w))")
        rules.region_heads = {fold(h) for _, v in by_kind["region_word"] for h in v.split("|") if h}
    rules.proper_head_keys = tuple(sorted({fold(f) for f in words("proper_head")}, key=len, reverse=True))
    rules.owner_suffixes = [
        (re.compile(r"\s+" + phrase_regex(f, macros=False) + r"(?!\w)"), v)
        for f, v in sorted(by_kind["owner_suffix"], key=lambda x: len(x[0]), reverse=True)
    ]
    compile_deputies(rules, by_kind)
    compile_units(rules, by_kind)  # what follows a head: lower_unit, not_followed_by, coordinated_after
    rules.unit_titles = {canonical_tones(v): re.compile(r"(?<!\w)" + phrase_regex(f, macros=False) + r"\s+$")
                         for f, v in by_kind["unit_title"]}
    rules.not_fields = frozenset(fold(f) for f in words("not_field"))
    title_words = tuple(key(f) for f in words("ministry_title"))
    rules.ministry_titles = re.compile(  # on the lower-cased text: "Bộ trưởng", "cựu bộ trưởng"
        r"(?<!\w)(?:" + "|".join(map(re.escape, title_words)) + r")\s+$")
    rules.ministry_title_words = title_words if title_words and all(title_words) else None
    rules.member_bodies = [
        (re.compile(phrase_regex(f) + r"(?!\w)"), v)
        for f, v in sorted(by_kind["member_body"], key=lambda x: len(x[0]), reverse=True)
    ]
    if leads := words("member_title") + words("plenum_word"):  # "Ủy viên Trung ương", "Hội nghị Trung ương Đảng"
        rules.member_titles = re.compile(r"(?<!\w)(?:" + "|".join(phrase_regex(f, False) for f in leads) + r")\s+$")
    if words("plenum_word"):
        rules.plenum_words = re.compile(r"(?<!\w)(?:" + "|".join(phrase_regex(f, False) for f in words("plenum_word")) + r")\s+$")
    compile_states(rules, by_kind)
    compile_organs(rules, by_kind)
    compile_seats(rules.seats, by_kind)
    rules.name_words = compile_name_words(by_kind)
