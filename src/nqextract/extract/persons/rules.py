"""persons, phase 0: the rules, every word list the recognizer reads, loaded once per component."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...textnorm import canonical_tones, fold, nfc, strip_diacritics
from .. import resources
from ..body_checks import place_anaphor_rx
from ..phrases import alternation, guarded
from .title_rows import TitleRule, title_rules


def phrase_regex(phrases: Iterable[str], *, ignore_case: bool, guard: bool = False) -> re.Pattern[str] | None:
    """One regex matching any of ``phrases`` as whole words, longest first; spaces match any run
    (with ``guard``, only tried where a phrase's first letter is: :func:`~..phrases.guarded`)."""
    alts = [p for p in phrases if p]
    if not alts:
        return None
    # not inside a word, nor after an abbreviation's dot ("PGS.TS"); "ngầm.Ông" (a missing space) is fine
    flags = re.IGNORECASE if ignore_case else 0
    pattern = rf"(?<!\w)(?<![^\W\d_]\.){alternation(alts, longest='phrase', factor=flags)}(?!\w)"
    return guarded(pattern, flags) if guard else re.compile(pattern, flags)


def place_key(name: str) -> str:
    """A place's name with no tone marks, hyphens or spaces, folded: "Cu-ba", "Cuba" -> "cuba"."""
    return re.sub(r"[-\s]", "", strip_diacritics(fold(name)))


def _words_re(phrases: list[str]) -> re.Pattern[str] | None:
    """Folded phrases as whole words (run on folded text)."""
    return re.compile(rf"(?<!\w){alternation([fold(p) for p in phrases], longest='phrase')}(?!\w)") if phrases else None


def _literal(phrase: str) -> str:
    """A phrase as printed, its spaces single spaces, as a regex."""
    return re.escape(nfc(phrase)).replace(r"\ ", " ")


class PersonRules:
    """Every word list the recognizer uses, loaded from src/nqextract/data (or Settings.rules_dir)."""

    def __init__(self, rules_dir: resources.RulesDir = None) -> None:
        self.rules_dir = rules_dir
        self.titles: dict[str, TitleRule] = title_rules(self.rules_dir)
        self.ministries = {
            fold(canonical_tones(r["name"])): nfc(r["name"]) for r in resources.load_tsv("bodies.tsv", self.rules_dir)
            if "ministry" in (r.get("flags") or "").split(",")
        }
        # the ministries and the bodies of a ministry's rank ("Văn phòng Chính phủ"; bodies.tsv kind ministry), folded
        self.ministry_level = frozenset(
            fold(canonical_tones(v)) for r in resources.load_tsv("bodies.tsv", self.rules_dir) if r.get("kind") == "ministry"
            for v in (r["name"], *(r.get("variants") or "").split("|")) if v)
        # "EU", "THCS", "ĐHQG": a known acronym printed with a dot after each letter names no person (initials.py)
        self.acronyms = frozenset(
            {w for r in resources.load_tsv("abbreviations.tsv", self.rules_dir) for w in r["abbr"].split() if w.isupper()}
            | {v for r in resources.load_tsv("bodies.tsv", self.rules_dir)
               for v in (r["name"], *(r.get("variants") or "").split("|")) if v.isupper() and " " not in v}
        )
        self.default_bodies = {fold(r.title): r.default_body for r in self.titles.values()
                               if r.default_body and not r.place_body and not r.article_body}
        self.title_re = phrase_regex((canonical_tones(v) for v in self._title_variants()), ignore_case=True)
        honorific_rows = resources.load_tsv("person_honorifics.tsv", self.rules_dir)

        def flagged(flag: str) -> set[str]:
            return {fold(canonical_tones(r["honorific"])) for r in honorific_rows
                    if flag in (r.get("flags") or "").split(",")}

        self.honorifics: dict[str, str] = {fold(canonical_tones(r["honorific"])): r["kind"] for r in honorific_rows}
        # "Sheikh": a style only before a name holding an Arabic particle, else part of the name
        self.particle_styles = flagged("particle_name")
        # "vợ", "con trai": kin nouns, honorifics only in lower case or opening a sentence ("Concert Anh Trai X")
        self.kin_honorifics = flagged("kin")
        # "nhà phân tích", "chuyên gia": an expert's descriptor, no person before a firm ("nhà phân tích Nomura")
        self.expert_honorifics = flagged("expert")
        # "ông", "bà", "đồng chí": standing alone, a pronoun for the person named last; "Đồng chí" capitalized in a
        # communiqué, its subject (flag reverent); "có tên": a naming phrase, no role noun (flag naming)
        self.pronoun_honorifics = flagged("pronoun")
        self.reverent_honorifics = flagged("reverent")
        self.naming_honorifics = flagged("naming")
        self.honorific_re = phrase_regex((canonical_tones(r["honorific"]) for r in honorific_rows), ignore_case=True)
        self.surnames = {fold(s) for s in resources.load_lines("person_surnames.txt", self.rules_dir)}
        self.middle_names = {fold(s) for s in resources.load_lines("person_middle_names.txt", self.rules_dir)}
        places = resources.load_lines("person_places.txt", self.rules_dir)
        # places spelled with no tone marks, hyphens or spaces: "Cu-ba" is "Cuba" (transliterated.py)
        self.place_keys = {place_key(p) for p in places}
        # scanned over every article: only where a place's first letter is
        self.place_re = phrase_regex((canonical_tones(p) for p in places), ignore_case=False, guard=True)
        # foreign countries (body_patterns.tsv country rows), for the one country an article is about
        countries = [canonical_tones(r["form"]) for r in resources.load_tsv("body_patterns.tsv", self.rules_dir)
                     if r["kind"] == "country" and r["form"][:1].isupper() and fold(r["form"]) != "việt nam"]
        self.country_re = phrase_regex(countries, ignore_case=False, guard=True)
        # a state form before a country's name, its noun optional ("nước Cộng hòa Cuba", "Vương quốc Anh")
        patterns = resources.load_tsv("body_patterns.tsv", self.rules_dir)
        forms = [_literal(r["form"]) for r in patterns if r["kind"] == "state_form"]
        nouns = [_literal(r["form"]) for r in patterns if r["kind"] == "republic_noun"]
        self.state_form_re = re.compile(
            rf"(?:(?:{'|'.join(nouns)})[ \t]+)?(?:{'|'.join(forms)})[ \t]+" if nouns else rf"(?:{'|'.join(forms)})[ \t]+"
        ) if forms else None
        # "Cộng hòa", "Vương quốc": a state form printed before a country is part of the country as printed
        # the home country (no foreign state's) and the central bodies a foreign name holds of his own (foreign_states.py)
        self.home_countries = {fold(r["form"]) for r in patterns if r["kind"] == "home_country"} | {"việt nam"}
        # a district's departments and the level words of a district (levels.py: "Phòng Tư pháp" of "huyện X")
        self.district_units = {fold(canonical_tones(r["form"])) for r in patterns if r["kind"] == "district_unit"}
        self.district_levels = {fold(r["form"]) for r in patterns if r["kind"] == "district_level"}
        # units with no party committee of their own ("Công an xã X"): "Bí thư Đảng ủy, Trưởng Công an xã X" names none
        self.committee_units_not = sorted({fold(canonical_tones(r["form"])) for r in patterns
                                           if r["kind"] == "secretary_unit_not"}, key=len, reverse=True)
        self.state_forms = sorted({fold(canonical_tones(r["form"])) for r in resources.load_tsv("body_patterns.tsv", self.rules_dir)
                                   if r["kind"] == "state_form"}, key=len, reverse=True)
        heads = resources.load_lines("person_body_heads.txt", self.rules_dir)
        self.body_heads_re = phrase_regex((canonical_tones(h) for h in heads), ignore_case=False, guard=True)
        # a head printed in lower case after a title ("giám đốc bệnh viện này"): the article's body of that head
        self.bare_head_re = _words_re([h for h in heads if not h.isupper()])
        self.body_head_words = {fold(h) for h in heads}  # "Hội đồng" before a title: a body's name, no office
        # "HĐND và UBND xã X": two bodies of one place printed with one place
        head_alt = alternation([canonical_tones(h) for h in heads], longest="phrase")
        self.joint_bodies_re = re.compile(rf"^({head_alt})\s+và\s+({head_alt})\s+(\S.*)$") if heads else None
        ctx: dict[str, list[str]] = {}
        for row in resources.load_tsv("person_context.tsv", self.rules_dir):
            ctx.setdefault(row["kind"], []).append(row["phrase"])
        # chain separators keep their spaces: read them raw from the file
        self.chain_seps = self._raw_phrases("chain_sep") or [", "]
        # their marks (" ,-–"), stripped from the words between two links ("kiêm")
        self.chain_sep_marks = "".join(sorted({c for sep in self.chain_seps for c in sep if not c.isalnum()}))
        self.list_seps = self._raw_phrases("list_sep")
        # the levels of a local unit a levelled title heads ("Trưởng Công an xã X"; titles.tsv flag levelled)
        self.levelled_levels = sorted({fold(p) for p in ctx.get("levelled_level", [])}, key=len, reverse=True)
        self.plural = {fold(p) for p in ctx.get("plural", [])}
        self.predicative = {fold(p) for p in ctx.get("predicative", [])}
        # "ứng cử đại biểu ...": a seat stood for, not held (candidacy.py)
        self.candidacy = {fold(p) for p in ctx.get("candidacy", [])}
        self.elected_seats = {fold(p) for p in ctx.get("elected_seat", [])}
        self.candidacy_joins = {fold(p) for p in ctx.get("candidacy_join", [])}  # "ứng cử X và đại biểu Y"
        self.candidacy_won = {fold(p) for p in ctx.get("candidacy_won", [])}  # "ứng cử viên X A trúng cử"
        self.candidacy_won_not = {fold(p) for p in ctx.get("candidacy_won_not", [])}  # "nếu trúng cử"
        self.former = {fold(p) for p in ctx.get("former", [])}
        self.acting = {fold(p) for p in ctx.get("acting", [])}
        # words around a premier's title and country that make it no sitting holder (abroad.py office alone)
        self.alone_not_before = {fold(p) for p in ctx.get("alone_office_not_before", [])}
        self.alone_not_after = {fold(p) for p in ctx.get("alone_office_not_after", [])}
        # a word printed right before a title that gives the office its status ("nguyên", "quyền")
        organs: dict[str, list[tuple[str, str]]] = {}
        for r in resources.load_tsv("title_level_organs.tsv", self.rules_dir):  # "bí thư tỉnh X" -> "Tỉnh ủy X"
            organs.setdefault(fold(canonical_tones(r["title"])), []).append((fold(r["level"]), nfc(r["body"])))
        self.level_organs = {t: sorted(rows, key=lambda r: -len(r[0])) for t, rows in organs.items()}
        self.position_bodies = {
            fold(canonical_tones(r["printed"])): nfc(r["body"]) for r in resources.load_tsv("position_bodies.tsv", self.rules_dir)
        }
        # the organs an office names without printing them: a title's default body, the body a short form of an
        # office stands for ("Chính phủ", "Ban Chấp hành Trung ương Đảng"), folded
        self.office_organs = frozenset(fold(b) for b in (*self.default_bodies.values(), *self.position_bodies.values()))
        # provinces and centrally-run cities by printed form, and the bare local bodies that need one
        self.unit_places: dict[str, tuple[str, str]] = {}  # folded form -> (folded level, display)
        for row in resources.load_tsv("body_places.tsv", self.rules_dir):
            level, display = fold(row["level"]), nfc(row.get("display") or row["name"])
            for form in (row["name"], row.get("display") or "", *(row.get("variants") or "").split("|")):
                if form:
                    self.unit_places.setdefault(fold(canonical_tones(form)), (level, display))
        self.province_levels = sorted({level for level, _d in self.unit_places.values()}, key=len, reverse=True)
        self.unit_level_words = {w for level, _d in self.unit_places.values() for w in level.split()}
        self.unit_level_words |= {fold(w) for w in ctx.get("level_abbreviation", [])}  # "TP Hà Nội"
        self.dotted_levels = frozenset(nfc(w) for w in ctx.get("dotted_level", []))  # "TP. Hà Nội", as printed
        # "... tỉnh Bắc Kạn" ending a body: a province's level word (body_places.tsv) and its name (chains.py)
        levels = "|".join(re.escape(lv) for lv in sorted({lv for lv, _d in self.unit_places.values()}, key=len, reverse=True))
        self.province_tail_re = re.compile(rf"\s((?:{levels})\s+(\S.*))$", re.IGNORECASE) if levels else None
        self.province_level_re = re.compile(rf"\s(?:{levels})\s", re.IGNORECASE) if levels else None
        # ", tỉnh " / " - TP. " between a chain's last link and a place: the place is the chain's (members.py)
        abbr = "|".join(re.escape(fold(w)) + r"\.?" for w in ctx.get("level_abbreviation", []))
        self.trailing_level_re = re.compile(rf"[ \t]*[,\-–][ \t]*(?:{'|'.join(filter(None, (levels, abbr)))})[ \t]*",
                                            re.IGNORECASE)
        self.unit_place_re = phrase_regex((canonical_tones(f) for f in self._unit_forms()), ignore_case=True)
        self.local_bodies = {
            fold(canonical_tones(r["printed"])): fold(r["level"])
            for r in resources.load_tsv("position_local_bodies.tsv", self.rules_dir)
        }
        self.past_re = _words_re(ctx.get("past", []))
        self.past_clause_re = _words_re(ctx.get("past_clause", []))
        self.past_not_re = _words_re(ctx.get("past_not", []))  # "trong khi đó": meanwhile, no past cue
        self.status_compounds = {fold(p) for p in ctx.get("status_compound", [])}  # "chính quyền": no acting
        self.status_words = {**{w: "acting" for w in self.acting}, **{w: "former" for w in self.former}}
        self.pronoun_not = {fold(p) for p in ctx.get("pronoun_not", [])}
        self.name_stop = {fold(p) for p in ctx.get("name_stop", [])}
        self.given_name_stop = {fold(p) for p in ctx.get("given_name_stop", [])}
        self.stop_given_middles = {fold(p) for p in ctx.get("stop_given_middle", [])}
        self.place_marks = {fold(p) for p in ctx.get("place_mark", [])}
        # "Tập đoàn X", "Trường THPT Y": an institution's own name after its head (institutions.py)
        self.institution_heads = {fold(p) for p in ctx.get("institution_head", [])}
        self.institution_cased = {nfc(p) for p in ctx.get("institution_head_cased", [])}
        self.institution_gapped = {fold(p) for p in ctx.get("institution_head_gapped", [])}
        self.institution_gaps = {fold(p) for p in ctx.get("institution_gap", [])}
        self.institution_forms = {fold(p) for p in ctx.get("institution_form", [])}
        self.institution_gap_stops = {fold(p) for p in ctx.get("institution_gap_stop", [])}
        self.institution_titled = {fold(p) for p in ctx.get("institution_head_titled", [])}
        self.worship_epithets = sorted({fold(p) for p in ctx.get("worship_epithet", [])}, key=len, reverse=True)
        # a phrase in quotes before the name is an epithet when it holds one of these or an epithet (worshipped.py)
        self.worship_title_re = _words_re(ctx.get("worship_title", []) + ctx.get("worship_epithet", []))
        self.named_after = {fold(p) for p in ctx.get("named_after", [])}  # "Quỹ học bổng X": the fund's name
        # "Vợ ông, Margaret X": a kin noun before a relative's name, and the sex it tells (kin.py)
        self.kin_cues = {fold(p): sex for sex in ("male", "female", "any") for p in ctx.get(f"relative_{sex}", [])}
        self.kin_fillers = {fold(p) for p in ctx.get("relative_filler", [])}
        self.title_not_before = {fold(p) for p in ctx.get("title_not_before", [])}
        self.closed_heads = {fold(p) for p in ctx.get("closed_head", [])}
        # a body printed short for its canonical name: "Ủy ban tỉnh X" = "Ủy ban nhân dân tỉnh X"
        self.body_prefixes = [
            (fold(canonical_tones(short)), nfc(full.strip()))
            for short, _eq, full in (p.partition(" = ") for p in ctx.get("body_prefix", [])) if full
        ]
        # "Cục X có 3 Phó Cục trưởng, gồm: A; B và C": a counted title before the list of its holders
        self.envoy_orgs = {fold(canonical_tones(p)) for p in ctx.get("envoy_org", [])}
        self.group_counts = {fold(p) for p in ctx.get("group_count", [])}
        intros = ctx.get("group_intro", [])
        self.group_intro_re = (re.compile(rf",?[ \t]+(?:{alternation([fold(p) for p in intros], longest='phrase')})[ \t]*:?[ \t]*")
                               if intros else None)
        self.group_links = sorted({fold(p) for p in ctx.get("group_link", [])}, key=len, reverse=True)
        self.holder_after = sorted({fold(p) for p in ctx.get("holder_after", [])}, key=len, reverse=True)
        self.decision_cues = {
            fold(cue): status.strip() for cue, _eq, status in (p.partition(" = ") for p in ctx.get("decision_cue", []))
        }
        # "tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy": organs of a party committee (see memberships.py)
        self.membership_cues = {
            fold(c): st.strip() for c, _eq, st in (p.partition(" = ") for p in ctx.get("membership_cue", [])) if st
        }
        self.committee_words = {
            fold(w.strip()): lv.strip() for w, _eq, lv in (p.partition("=") for p in ctx.get("committee_word", []))
        }
        self.level_committees = {  # "tỉnh" -> "Tỉnh ủy": the party committee of a level, as printed
            lv.strip(): nfc(w.strip()) for w, _eq, lv in (p.partition("=") for p in ctx.get("committee_word", []))
            if lv.strip()
        } | {lv.strip(): nfc(w.strip()) for lv, _eq, w in (p.partition("=") for p in ctx.get("level_committee", []))}
        # the organs of a local party committee a position's body may be, listed as the article's bodies (listed_bodies.py)
        self.listed_organs = tuple(nfc(p) for p in ctx.get("listed_organ", []))
        self.standing_titles = {  # "ủy viên thường vụ" -> ("Ủy viên", "Ban Thường vụ") (committee_places.py)
            fold(t): (nfc(h[: -len(o) - 1]), o) for t, _eq, h in (p.partition(" = ") for p in ctx.get("standing_title", []))
            for o in self.listed_organs if fold(h).endswith(" " + fold(o))
        }
        self.level_titles = {  # "phó chủ tịch" -> "Ủy ban nhân dân": before a bare level word and a name
            fold(t): nfc(b.strip()) for t, _eq, b in (p.partition(" = ") for p in ctx.get("level_title", [])) if b
        }
        self.secretary_titles = {fold(p) for p in ctx.get("secretary_title", [])}
        self.chain_place_heads = tuple(fold(p) + " " for p in ctx.get("chain_place_head", []))
        organs = [p.partition(" = ") for p in ctx.get("committee_organ", [])]
        self.committee_organs = {fold(o): nfc(form.strip()) for o, _eq, form in organs if form}
        self.party_organ_prefix = nfc((ctx.get("party_organ_prefix") or [""])[0])
        self.member_title = nfc((ctx.get("member_title") or ["Ủy viên"])[0])
        self.career_cues = sorted({fold(p) for p in ctx.get("career_cue", [])}, key=len, reverse=True)
        self.title_not_after = {nfc(p) for p in ctx.get("title_not_after", [])}  # as printed (capitalized)
        self.body_end = {fold(p) for p in ctx.get("body_end", [])}
        self.verb_end = {fold(p) for p in ctx.get("verb_end", [])}  # only in lower case (titles._body_run)
        self.lower_name_stop = {fold(p) for p in ctx.get("lower_name_stop", [])}
        # "trưởng phòng [kế hoạch] thuộc Trung tâm X": unit heads' titles, the cues before the unit's body (units.py)
        self.unit_titles = {fold(p) for p in ctx.get("unit_title", [])}
        self.unit_parent_cues = {fold(p) for p in ctx.get("unit_parent_cue", [])}
        self.unit_words = {fold(p) for p in ctx.get("unit_word", [])}
        self.unit_in_body = {fold(p) for p in ctx.get("unit_in_body", [])}  # "khoa": the unit goes into the body
        # "trưởng Phòng X Quỹ Y": a unit's heads and its institution's heads (unit_parents.py)
        self.unit_parent_units = sorted({fold(p) for p in ctx.get("unit_before_parent", [])}, key=len, reverse=True)
        self.unit_parent_heads = sorted({fold(p) for p in ctx.get("unit_parent_head", [])}, key=len, reverse=True)
        # "giảng viên [tại] khoa X, Trường Y": the cues between a staff title and a school's unit chain, its heads
        body_rows = resources.load_tsv("body_patterns.tsv", self.rules_dir)
        self.staff_chain_cues = tuple(fold(p) for p in ctx.get("staff_chain_cue", []))
        self.staff_chain_heads = tuple(fold(r["form"]) + " " for r in body_rows if r["kind"] == "school_unit_head")
        self.tail_verbs = {fold(r["form"]) for r in body_rows
                           if r["kind"] == "tail_verb"}  # "đánh giá": ends a unit's name (units.py)
        # "chủ tịch HĐND huyện [này]": a word pointing back at the last place of a level (body_patterns.tsv; chains.py)
        self.place_anaphor_re = place_anaphor_rx(body_rows, r"[ \t]+")
        # "phó giám đốc Trung tâm X [phụ trách] chuyên môn": a holder's portfolio after his body (unmarked.py)
        # what opens an appositive right before its title (a status word may follow): a dash or a bracket
        statuses = "|".join(re.escape(w) for w in sorted(self.former | self.acting, key=len, reverse=True))
        self.appositive_opener_re = re.compile(
            rf"(?:(?<=\s)[-–]|\()[ \t]*(?:(?:{statuses})[ \t]+)?$" if statuses else r"(?:(?<=\s)[-–]|\()[ \t]*$",
            re.IGNORECASE)
        # what opens an appositive before a lower-case title (titles.py): a dash, a comma or a bracket, an
        # apposed_status word maybe after it ("A - nguyên trưởng phòng ...")
        apposed = "|".join(re.escape(w) for w in ctx.get("apposed_status", []))
        self.apposed_title_re = re.compile(rf"(?:\s[-–]|,|\()\s*(?:(?:{apposed})\s+)?$" if apposed
                                           else r"(?:\s[-–]|,|\()\s*$", re.IGNORECASE)
        # chains.py: "như" ending a listing or career cue, the past words before a listing cue, its plural words;
        # "kiêm" joining two offices of one holder; "tại" before an office's place
        listing = "|".join(re.escape(fold(p)) for p in ctx.get("listing_word", [])) or "(?!)"
        self.career_cue_end_re = re.compile(rf"(?:[ \t]*[,:][ \t]*|[ \t]+(?:{listing})[ \t]+)$")
        self.listing_end_re = re.compile(rf"(?:[ \t]*,)?[ \t]+(?:{listing})[ \t]*:?[ \t]*$")
        self.listing_past = frozenset(fold(p) for p in ctx.get("listing_past", []))
        self.listing_plurals = tuple(fold(p) for p in ctx.get("listing_plural", []))
        self.concurrent_words = frozenset(fold(p) for p in ctx.get("concurrent", []))
        self.at_place_words = tuple(sorted(set(ctx.get("at_place", [])), key=lambda w: (-len(w), w)))  # longest first
        self.duty_words = {fold(p) for p in ctx.get("duty_word", [])}
        self.and_fields = {fold(p) for p in ctx.get("and_field", [])}  # "và Phòng ngừa ...": a field, no body
        # "Trường đại học", "Viện nghiên cứu": a head and the kind of institution it names, printed in lower case
        self.head_kinds = sorted({fold(p) for p in ctx.get("head_kind", [])}, key=len, reverse=True)
        self.org_words = {fold(p) for p in ctx.get("org_word", [])}
        self.locatives = {fold(p) for p in ctx.get("locative", [])}  # "ở Los Angeles": a place follows
        self.counterparts = {fold(p) for p in ctx.get("counterpart", [])}  # "người đồng cấp": the same office
        self.name_particles = {fold(p) for p in ctx.get("name_particle", [])}
        self.name_suffixes = {fold(p) for p in ctx.get("name_suffix", [])}  # "Jr.": kept with its full stop
        self.initial_clusters = {fold(p) for p in ctx.get("initial_cluster", [])}  # "Nguyễn Văn Th.": kept so
        self.called_nouns = {fold(p) for p in ctx.get("called_noun", [])}  # "người đàn ông [tên] X" (called.py)
        self.firm_words = {fold(p) for p in ctx.get("firm_word", [])}  # "Oxford Economics": a firm
        self.role_field_re = _words_re(ctx.get("role_field", []))  # "Thiếu tướng [cảnh sát] A"
        self.title_qualifier_re = _words_re(ctx.get("title_qualifier", []))  # "Thủ tướng [mới] A"
        self.placed_role_re = _words_re(ctx.get("placed_role", []))  # "đặc phái viên Mỹ A B"
        self.foreign_list_intro_re = _words_re(ctx.get("foreign_list_intro", []))  # "là A B, C D và E F"
        self.foreign_list_people = {fold(p) for p in ctx.get("foreign_list_people", [])}  # "Nhóm nghiên cứu gồm"
        self.foreign_list_counts = {fold(p) for p in ctx.get("foreign_list_count", [])}  # "bốn [nhà sáng lập]"
        self.placed_thing_re = _words_re(ctx.get("placed_thing", []))  # "tờ báo Anh X": the thing's name
        self.placed_state_re = _words_re(ctx.get("placed_state", []))  # "bang Mỹ X": the state's name
        # "Thượng nghị sĩ (Đảng) Cộng hòa A B": a party's own name, its head maybe before it (body_patterns.tsv)
        parties = [(_literal(canonical_tones(r["value"] or "")), _literal(canonical_tones(r["form"])))
                   for r in body_rows if r["kind"] == "party_name"]
        party_alts = "|".join(rf"(?:{h} )?{f}" if h else f for h, f in parties)
        self.party_re = re.compile(rf"(?<!\w)(?:{party_alts})(?!\w)") if parties else None
        # "đảo [X]", "người dân [Y]": a place follows (single_names.py)
        self.place_noun_re = phrase_regex((canonical_tones(p) for p in ctx.get("place_noun", [])), ignore_case=True)
        self.single_name_intros = {fold(p) for p in ctx.get("single_name_intro", [])}  # "ông [Biden]"
        # "giám đốc [vận hành] Công ty X": an executive's field, part of the title (fields.py)
        self.field_titles = {fold(p) for p in ctx.get("field_title", [])}
        fields = [_literal(p) for p in sorted(ctx.get("title_field", []), key=len, reverse=True)]
        self.title_field_re = re.compile(rf"(?:{'|'.join(fields)})(?!\w)", re.IGNORECASE) if fields else None
        self.title_fields = {fold(p) for p in ctx.get("title_field", [])}
        self.field_not_re = _words_re(ctx.get("field_not", []))  # "giám đốc [mới] của X": no field (fields.py)
        self.ethnic_leads = sorted({nfc(p) for p in ctx.get("ethnic_lead", [])}, key=len, reverse=True)
        self.marked_middles = {fold(p) for p in ctx.get("marked_middle", [])}
        self.china_surnames = {fold(p) for p in ctx.get("china_surname", [])}
        self.china_re = _words_re(ctx.get("china_cue", []))  # run on folded text
        self.central_titles = {fold(p) for p in ctx.get("central_title", [])}
        self.holder_cues = {fold(p) for p in ctx.get("holder_cue", [])}
        # "bổ nhiệm ông A làm X": a link that states an appointment tells a new office, never a past one
        self.appointing_links = {tuple(fold(p).split()) for p in ctx.get("appointing_link", [])}
        self.name_links = {tuple(fold(p).split()) for p in ctx.get("name_link", [])} | self.appointing_links
        self.host_cues = {fold(p) for p in ctx.get("host_cue", [])}
        self.principal_cues = {fold(p) for p in ctx.get("principal_cue", [])}
        # "Trợ lý", "Đối thủ": before a leader's title, the name set off after it is that person's (abroad.py)
        # "từng làm thẩm phán", "bộ phim kể về nữ thẩm phán A": no court of the article's (positions.py)
        self.article_body_not = _words_re(ctx.get("article_body_not", []))
        self.principal_of = {fold(canonical_tones(p)) for p in ctx.get("principal_of", [])}
        # the spouse nouns after which a name is a spouse's, no office holder's ("Phu nhân A"; abroad.py)
        self.spouse_nouns = {fold(canonical_tones(p)) for p in ctx.get("spouse_noun", [])}
        self.principal_plural = {fold(p) for p in ctx.get("principal_plural", [])}
        self.collective_surnames = {fold(p) for p in ctx.get("collective_surname", [])}
        self.short_name_heads = {fold(p) for p in ctx.get("short_name_head", [])}
        # "Trường đại học X (Đại học Quốc gia Y)": a member school and its university (member_schools.py)
        self.member_heads = {fold(p) for p in ctx.get("member_head", [])}
        self.member_parent_heads = {fold(p) for p in ctx.get("member_parent_head", [])}
        self.given_alone = {fold(p) for p in ctx.get("given_alone", [])}
        self.given_alone_not = {fold(p) for p in ctx.get("given_alone_not", [])}  # "Ông Trời", "Ông Táo": no person
        self.given_alone_kin = {fold(p) for p in ctx.get("given_alone_kin", [])}  # "anh", "chị": none after "các"
        self.given_alone_group = {fold(p) for p in ctx.get("given_alone_group", [])}  # "các", "chị em"
        self.given_alone_place = {fold(p) for p in ctx.get("given_alone_place", [])}  # "Anh Quốc": a place
        self.given_pair = {fold(p) for p in ctx.get("given_pair", [])}  # "cô Thục Quyên": a two-syllable given name
        # a birth-order nickname opening a pair ("cô Bốn Mập"), a given name of its own alone ("ông Ba", "anh Văn Ba")
        self.given_pair_not_first = {fold(p) for p in ctx.get("given_pair_not_first", [])}
        self.company_titles = {fold(p) for p in ctx.get("company_title", [])}  # unmarked.py
        # "bà N.T.H.", "bị cáo T.V.D.": a word that introduces a person named by initials only (initials.py)
        intros = sorted(sorted({canonical_tones(p) for p in ctx.get("initials_intro", [])}), key=len, reverse=True)
        intro_alts = "|".join(r"[ \u00a0]+".join(map(re.escape, w.split())) for w in intros)
        self.initials_intro_re = re.compile(rf"(?<![\w.])(?:{intro_alts})[ \u00a0]+$", re.IGNORECASE) if intros else None
        # a company's own titles: a name spelled syllable by syllable after one needs an initial (transliterated.py)
        self.company_only_re = _words_re(sorted(self.company_titles - {fold(p) for p in ctx.get("state_company_title", [])}))
        self.brand_words = {fold(p) for p in ctx.get("brand_word", [])}
        self.executive_titles = {fold(p) for p in ctx.get("executive_title", [])}  # "của Northwind" (unmarked.py)
        self.brand_endings = tuple(fold(p) for p in ctx.get("brand_ending", []))
        self.function_codes = {fold(p) for p in ctx.get("function_code", [])}  # "R&D": a job's, no company's
        self.brand_joiners = tuple(ctx.get("brand_joiner", []))  # "&": joins a brand's words ("T&T Group")
        self.delegates = {fold(p) for p in ctx.get("delegate", [])}
        self.delegate_lengths = tuple(sorted({len(p.split()) for p in self.delegates}))  # in words
        self.council_delegates = {fold(p) for p in ctx.get("council_delegate", [])}
        # "đại biểu Quốc hội khóa XIII": offices held for a legislature's terms, and each term's first day (terms.py)
        self.term_titles = {fold(p) for p in ctx.get("term_title", [])}
        self.assembly_terms = {int(n): day.strip() for n, _eq, day in (p.partition(" = ") for p in ctx.get("assembly_term", []))}
        self.list_words = {fold(p) for p in ctx.get("list_word", [])}  # "các Thứ trưởng Bộ X [như] A, B"
        self.delegation_words = {fold(p) for p in ctx.get("delegation_word", [])}  # "Đoàn [công tác] do A, ..."
        self.delegation_heads = frozenset(fold(p) for p in ctx.get("delegation_head", []))  # "Đoàn"
        # "do A làm Trưởng đoàn": the word linking a leader's name to the office after it (led.py)
        self.led_links = frozenset(ctx.get("led_link", []))
        link = "|".join(re.escape(p) for p in ctx.get("led_link", [])) or "(?!)"
        self.led_link_end_re = re.compile(rf"(?:^|[ \t,])(?:{link})[ \t]*$")
        self.led_link_tail_re = re.compile(rf",?[ \t]*(?:{link})[ \t]*$")
        self.led_heads = {fold(canonical_tones(p)) for p in ctx.get("led_head", [])}  # "Công ty X do A làm giám đốc"
        self.team_heads = {fold(canonical_tones(p)) for p in ctx.get("team_head", [])}  # "tổ X do A làm tổ trưởng"
        self.team_heads_not = {fold(canonical_tones(p)) for p in ctx.get("team_head_not", [])}  # "không do", "sẽ"
        self.state_bodies = {fold(canonical_tones(p)) for p in ctx.get("state_body", [])}
        # "luật sư A (Đoàn luật sư X)": a role printed before a name, its title (roles.py)
        self.role_titles = {fold(role.strip()): nfc(title.strip())
                            for role, _eq, title in (p.partition(" = ") for p in ctx.get("role_title", [])) if title}
        # "các ĐBQH TP Đà Nẵng", "đại biểu Quốc hội tỉnh Quảng Ngãi": the deputies of a place (delegations.py)
        deputies = [_literal(p) for p in ctx.get("deputies_word", [])]
        unit_levels = [_literal(w) for w in ("tỉnh", "thành phố", *ctx.get("level_abbreviation", []))]
        self.deputies_of_place_re = re.compile(
            rf"(?<!\w)(?:{'|'.join(deputies)})[ \t]+(?:(?:{'|'.join(unit_levels)})\.?[ \t]*)?"
            rf"({self.unit_place_re.pattern})", re.IGNORECASE) if deputies and self.unit_place_re else None
        self.represented_cues = {fold(p) for p in ctx.get("represented_cue", [])}
        self.local_governments = sorted({fold(canonical_tones(p)) for p in ctx.get("local_government", [])}, key=len, reverse=True)
        self.party_committees = sorted({fold(canonical_tones(p)) for p in ctx.get("party_committee", [])}, key=len, reverse=True)
        self.delegations = [
            (fold(body), nfc(title.strip()))
            for body, _eq, title in (p.partition(" = ") for p in ctx.get("delegation", [])) if title
        ]
        # "đại biểu A (Đồng Nai)": the delegation of a province, its members' title, and the body the
        # article must name for it ("Đoàn đại biểu Quốc hội = Đại biểu Quốc hội = Quốc hội")
        self.province_delegations = [
            tuple(nfc(part.strip()) for part in p.split(" = ")) for p in ctx.get("province_delegation", [])
            if p.count(" = ") == 2
        ]
        # "A (63 tuổi, ...)", "B (sinh năm 1966), trú tại ..., <chain>": a personal aside after a name (positions.py)
        aside = [rf"\d{{1,3}}[ \t]+{_literal(w)}" for w in ctx.get("age_word", [])]
        aside += [rf"{_literal(w)}[ \t]+\d{{4}}" for w in ctx.get("birth_year_word", [])]
        self.personal_aside_re = re.compile(rf"[ \t]*\((?:{'|'.join(aside)})", re.IGNORECASE) if aside else None
        # "T.C.U. (học sinh lớp 9)", "B.V.D., 14 tuổi,": initials before one person's aside (initials.py): a role
        # with a class, a school or a residence after it; an age closed by punctuation, not "20 tuổi nghề"
        roles = sorted((_literal(w) for w in ctx.get("initials_aside", [])), key=len, reverse=True)
        nexts = [_literal(w) for w in ctx.get("initials_aside_next", [])]
        branches = ([rf"[ \t]*\((?:{'|'.join(roles)})[ \t]+(?:\d|(?:{'|'.join(nexts)})(?!\w))"]
                    if roles and nexts else [])
        ages = [rf"\d{{1,3}}[ \t]+{_literal(w)}" for w in ctx.get("age_word", [])]
        branches += [rf",[ \t]*(?:{'|'.join(ages)})(?=[ \t]*(?:[,;.)]|$))"] if ages else []
        self.initials_aside_re = re.compile("|".join(branches), re.IGNORECASE | re.MULTILINE) if branches else None
        joins = sorted((_literal(w) for w in ctx.get("initials_join", [])), key=len, reverse=True)
        self.initials_join_re = re.compile(rf"[ \t]+(?:{'|'.join(joins)})[ \t]+", re.IGNORECASE) if joins else None
        # "Khu vực K.C.N.", "Dự án B.O.T.": a body's or a thing's word right before initials (initials.py)
        things = sorted((_literal(w) for w in ctx.get("initials_not_after", [])), key=len, reverse=True)
        self.initials_not_after_re = (re.compile(rf"(?<!\w)(?:{'|'.join(things)})[ \t]+$", re.IGNORECASE)
                                      if things else None)
        # "Tháng 6-2016,", "Đến ngày 24/11/2023,": a point of time opening a sentence of a career (careers.py)
        def optional(kind: str) -> str:
            words = [fold(w) for w in ctx.get(kind, [])]
            return rf"(?:{alternation(words, longest='phrase')} )?" if words else ""

        self.point_date_re = re.compile(
            rf"^{optional('point_lead')}{optional('point_part')}{optional('point_unit')}"
            rf"(?:\d{{1,2}} ?[-/.] ?){{0,2}}{optional('point_year_word')}((?:19|20)\d\d),"
        )
        residence = [_literal(w) for w in ctx.get("residence_word", [])]
        self.residence_re = (re.compile(rf",[ \t]+(?:{'|'.join(residence)})(?!\w)", re.IGNORECASE)
                             if residence else None)
        words = ctx.get("local_body_word", [])
        self.local_body_words = {fold(w) for w in words}
        self.local_body_words_longest = sorted(self.local_body_words, key=lambda w: (-len(w), w))  # longest first
        self.local_body_re = (
            re.compile(rf"(?<!\w){alternation(words, longest='phrase')}\s+\w", re.IGNORECASE) if words else None
        )

    def _unit_forms(self) -> list[str]:
        rows = resources.load_tsv("body_places.tsv", self.rules_dir)
        return [f for r in rows for f in (r["name"], r.get("display") or "", *(r.get("variants") or "").split("|")) if f]

    def _title_variants(self) -> list[str]:
        return [r["variant"] for r in resources.load_tsv("titles.tsv", self.rules_dir)]

    def _raw_phrases(self, kind: str) -> list[str]:
        out = []
        for line in resources.read_text("person_context.tsv", self.rules_dir).splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            k, phrase = line.split("\t", 1)
            if k == kind:
                out.append(phrase)
        return sorted(out, key=len, reverse=True)

    def title_rule(self, printed: str) -> TitleRule | None:
        return self.titles.get(fold(printed))
