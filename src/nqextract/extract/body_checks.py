"""The closed word lists that make a descriptor or a head name a body only with a known word after it
(body_patterns.tsv): the qualifiers a news agency's capitalized descriptor may carry before its Latin name
(``agency_qualifier``: "Hãng thông tấn bán chính thức X"), the reporting verbs after a foreign outlet opening a
sentence with its capitalized descriptor (``outlet_start_verb``: "Tờ X đưa tin") and the product words that make such
a name a brand's product (``outlet_product_word``: "Tờ X Shop"), the cities a foreign mission is printed with
(``host_city``: "Đại sứ quán X tại Bangkok"), and the universities with member schools and institutes, with the heads
of their members (``member_parent``: "Trường Đại học X, Đại học Huế") and the school levels that make a school none of
them (``member_unit_not``: "Trường THPT X"), and the heads of a mission or a force named at length with the place it is
posted to before the acronym it defines (``posted_head``: "Phái bộ X tại khu vực Y (ABC)"; flagged ``named``, only
with an international body of ``posted_field_body`` in its field, "Lực lượng X Liên Hiệp Quốc tại Y (ABC)", never
"Lực lượng lao động tại Y (ABC)", "Lực lượng Cảnh sát cơ động tại Hà Nội (CSCĐ)") and the region words that
may lead that place (``post_region``: "khu vực"), and the heads naming a meeting of two sides, no body, when two
countries joined by a dash end the name (``paired_meeting_head``: "Diễn đàn doanh nghiệp Việt Nam - X"),
and a department printed in lower case before its hospital, institute
or school (``department_head``, ``department_parent``, ``department_lead``, ``department_field_not``,
``department_field_verb``, ``department_field_stop``: "trưởng khoa nhiễm Bệnh viện X" -> "Khoa Nhiễm Bệnh viện X"), and the boards whose name
runs in lower-case words to its place (``board_head``: "Ban Quản lý các công trình công cộng huyện X";
``board_plural``: the plurals such a run holds, "các công trình", never "các hộ dân"; ``board_word``: its verbs,
"đầu tư xây dựng"), and the words before a foreign_outlet_word flagged ``cited`` that make it
the press, not a verb (``outlet_cited_after``: "theo báo X", "trên báo X"; not "phải báo X về sự cố"), and the
platforms and apps such a descriptor names only before a reporting verb (``outlet_platform``: "báo Zalo ngay", the
verb "report to"), and a police unit named at length before its force (``unit_field_head``, ``unit_field_parent``,
``unit_field_verb``, ``unit_field_verb_after``, ``unit_field_not_after``, ``unit_field_police``,
``unit_field_join_not``, ``unit_field_title``, ``unit_field_stop``: "Phòng Cảnh sát điều tra tội phạm về ma túy
Công an tỉnh X"; a head flagged ``police``, "Đội", only with a police field), and the school heads whose field may
open with another body's head (``field_owner_head``: "Học viện Ngân hàng", "Trường Đại học Ngân hàng TP.HCM"), and the
common nouns printed before a foreign news outlet's own name (``outlet_descriptor``: "Hãng tin X" names X), and the
heads one list of names shares (``shared_head``: "các bệnh viện A, B" -> Bệnh viện A, Bệnh viện B) with the words
before such a head that open the list (``shared_list_cue``: "gồm", "là"), and the
heads of a mass organization's or the party's branch printed before the body it belongs to (``branch_head``: "Hội Phụ
nữ Công an tỉnh X", "Chi bộ Trung tâm Y"; printed bare, such a head keeps its own reading), and the bare heads a
prefix glued to them points back at a body with (``bare_parent_head``: "Công đoàn Bộ" -> the latest ministry named
before it, flagged ``ministry``; "Ban cán sự đảng Tổng cục"; ``bare_parent_after``: a word after such a head taken with
it, "Công đoàn Bộ này"), and the words pointing back at the last place of a level printed right before them
(``place_anaphor``: "chủ tịch HĐND huyện này"), and the committees of a foreign parliament's chamber printed with that chamber and its
country (``chamber_committee_head``, ``committee_chamber``: "Ủy ban Đạo đức Hạ viện X")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textnorm import canonical_tones, fold
from .body_grammar import GRAMMAR_KINDS, BodyGrammar, compile_grammar

CHECK_KINDS = frozenset({"agency_qualifier", "outlet_start_verb", "outlet_product_word", "host_city", "member_parent",
                         "member_unit_not", "posted_head", "posted_field_body", "post_region", "paired_meeting_head",
                         "department_head", "department_parent", "department_lead", "department_title", "posted_word",
                         "department_field_not", "department_field_verb", "department_field_stop", "board_head", "board_plural",
                         "board_word",
                         "outlet_cited_after", "outlet_platform", "unit_field_head", "unit_field_parent",
                         "unit_field_verb", "unit_field_verb_after", "unit_field_not_after", "unit_field_police",
                         "unit_field_join_not", "unit_field_join_verb", "unit_field_title",
                         "unit_field_stop", "field_owner_head", "school_unit_head", "school_unit_parent",
                         "school_unit_lead", "outlet_descriptor", "shared_head", "shared_list_cue",
                         "branch_head", "bare_parent_head", "bare_parent_after", "place_anaphor", "chamber_committee_head",
                         "committee_chamber", "bank_head", "bank_branch", "venue_state_head",
                         "host_city_level", "bloc_acronym", "bloc_region_word", "bloc_region_office",
                         "bloc_event_after", "bloc_event_before", "federation_office_head",
                         "bloc_acting_word", "club_head", "club_not_before", "club_not_after", "club_title",
                         "club_after_ok"}) | GRAMMAR_KINDS


@dataclass
class NameChecks:
    flags: dict[str, str] = field(default_factory=dict)  # foreign_outlet_word (folded) -> "start" | "named" | "cited"
    agency_qualifiers: tuple[str, ...] = ()  # folded, longest first
    start_verbs: tuple[str, ...] = ()  # folded, longest first
    outlet_products: frozenset[str] = frozenset()  # folded
    host_cities: frozenset[str] = frozenset()  # folded
    member_parents: dict[str, frozenset[str]] = field(default_factory=dict)  # folded parent -> folded member heads
    member_unit_not: frozenset[str] = frozenset()  # folded
    posted_heads: tuple[str, ...] = ()  # folded, longest first
    posted_named: frozenset[str] = frozenset()  # folded posted heads flagged "named"
    posted_field_bodies: tuple[str, ...] = ()  # folded international bodies a "named" head's field must hold
    posted_rx: re.Pattern[str] | None = None  # the posted heads, on the low text
    post_regions: tuple[str, ...] = ()  # folded, longest first
    paired_meeting_heads: frozenset[str] = frozenset()  # folded
    departments: dict[str, str] = field(default_factory=dict)  # folded department head -> its canonical head
    department_parents: tuple[str, ...] = ()  # folded heads of the bodies a department belongs to
    department_leads: frozenset[str] = frozenset()  # folded words printed right before a department's head
    department_titles: frozenset[str] = frozenset()  # folded titles a capitalized department's head follows ("trưởng")
    posted_words: frozenset[str] = frozenset()  # folded words between a posted body's field and its place ("tại")
    # folded first words that make the head another word -> the folded heads they do so after (empty: any head)
    department_field_not: dict[str, frozenset[str]] = field(default_factory=dict)
    board_heads: frozenset[str] = frozenset()  # folded heads of a board named at length up to its place
    board_plurals: tuple[str, ...] = ()  # folded plurals inside such a name ("các công trình")
    cited_after: frozenset[str] = frozenset()  # folded: the words before a `cited` descriptor ("theo báo X")
    department_field_verbs: tuple[str, ...] = ()  # folded verbs a field holds past its first word, longest first
    board_words: tuple[str, ...] = ()  # folded verbs a board's name holds ("đầu tư xây dựng"), longest first
    department_field_stops: tuple[str, ...] = ()  # folded verbs that end a field: a clause ("hỗ trợ")
    platforms: frozenset[str] = frozenset()  # folded platforms and apps: a `cited` descriptor's verb before them
    unit_field_rx: re.Pattern[str] | None = None  # a unit's head named at length (bodies/unit_fields), printed text
    unit_field_parents: tuple[str, ...] = ()  # the heads of its force, as printed, longest first
    unit_field_comma_parents: tuple[str, ...] = ()  # ... those flagged "comma": the unit reaches them after a comma
    unit_field_verbs: frozenset[str] = frozenset()  # folded verbs its field holds ("điều tra", "chống")
    unit_field_verb_after: frozenset[str] = frozenset()  # folded words such a verb stands after ("cảnh sát", "về")
    unit_field_not_after: frozenset[str] = frozenset()  # folded words a head after is inside a name ("lực lượng")
    unit_field_police: tuple[str, ...] = ()  # folded fields of a police unit ("cảnh sát", "an ninh")
    unit_field_police_heads: frozenset[str] = frozenset()  # folded heads whose field is a police one only ("đội")
    unit_field_join_not: frozenset[str] = frozenset()  # folded nouns never after a field's comma ("lực lượng")
    unit_field_join_verbs: tuple[str, ...] = ()  # folded verbs that may follow it, opening the rest ("phòng, chống")
    unit_field_title: frozenset[str] = frozenset()  # folded titles a unit's head stands after ("trưởng")
    unit_field_stops: frozenset[str] = frozenset()  # folded words that end such a field anywhere ("cùng", "với")
    field_owner_heads: frozenset[str] = frozenset()  # folded school heads whose field may open with a head ("học viện")
    school_units: dict[str, str] = field(default_factory=dict)  # folded school unit head -> its head as named
    school_unit_parents: tuple[str, ...] = ()  # folded heads of the schools a unit chain ends with, longest first
    school_unit_leads: frozenset[str] = frozenset()  # folded whole titles or cues before a chain's innermost unit
    outlet_descriptors: tuple[str, ...] = ()  # folded common nouns before a foreign outlet's name ("hãng tin"), longest first
    shared_heads: dict[str, str] = field(default_factory=dict)  # folded head a list shares -> the head as named
    shared_rx: re.Pattern[str] | None = None  # those heads, on the low text, longest first
    shared_cues: frozenset[str] = frozenset()  # folded words opening such a list before its head ("gồm")
    branch_heads: tuple[str, ...] = ()  # a branch's heads as printed ("Hội Phụ nữ", "Chi bộ"), longest first
    bare_parent_rx: re.Pattern[str] | None = None  # the bare heads a prefix points back with, printed whole words
    bare_parent_ministry: frozenset[str] = frozenset()  # ... those flagged "ministry", as printed ("Bộ")
    bare_parent_after: tuple[str, ...] = ()  # lower-cased words after such a head taken with it ("này"), longest first
    place_anaphor_rx: re.Pattern[str] | None = None  # "[huyện] này": a word pointing back at a place, on the low text
    chamber_committee_heads: tuple[str, ...] = ()  # folded heads of a parliament's committee ("ủy ban"), longest first
    committee_chambers: tuple[str, ...] = ()  # folded chambers printed after such a committee ("hạ viện"), longest first
    grammar: BodyGrammar = field(default_factory=BodyGrammar)  # a name's function words (body_grammar)
    bank_heads: tuple[str, ...] = ()  # folded words a bank's name opens with ("ngân hàng"), longest first
    bank_suffixes: tuple[str, ...] = ()  # ... or its last word ends with (flag "suffix": "bank", "VietinBank")
    bank_branches: tuple[str, ...] = ()  # folded words naming a bank's branch after it ("chi nhánh"), longest first
    venue_state_heads: tuple[str, ...] = ()  # folded heads of a foreign state organ a venue word may stand before
    host_city_rx: re.Pattern[str] | None = None  # " tại [Thành phố] <City>": a mission's host city (group 1), printed text
    bloc_region_words: tuple[str, ...] = ()  # folded words making a bloc's acronym after them a region ("khu vực")
    bloc_event_after: frozenset[str] = frozenset()  # folded words after a bloc's acronym naming an event ("cup")
    bloc_acronyms: dict[str, str] = field(default_factory=dict)  # printed acronym -> "bloc" or "federation"
    bloc_region_office: tuple[str, ...] = ()  # folded office/title words before a region word ("văn phòng")
    bloc_event_before: tuple[str, ...] = ()  # folded words before an acronym naming its tournament ("giải")
    federation_office_heads: tuple[str, ...] = ()  # folded heads of a federation's committee ("ban", "ủy ban")
    bloc_acting_after: tuple[str, ...] = ()  # folded verbs and adverbs after a bloc's acronym: the bloc acts ("đã")
    club_heads: tuple[str, ...] = ()  # a club's heads as printed ("CLB", "Câu lạc bộ"), longest first
    club_not_before: tuple[str, ...] = ()  # folded words right before a club's head making it none ("các")
    club_not_after: tuple[str, ...] = ()  # folded kind words right after a club's head ("karate", "phụ nữ")
    club_titles: tuple[str, ...] = ()  # folded titles before a club's head a person's name may follow ("chủ tịch")
    club_after_ok: tuple[str, ...] = ()  # folded verbs, function words a club's name may run into ("đã", "và")


def compile_checks(patterns: list[dict[str, str]]) -> NameChecks:
    """The checks of the ``CHECK_KINDS`` rows of body_patterns.tsv."""
    def forms(kind: str) -> list[str]:
        return [fold(r["form"]) for r in patterns if r["kind"] == kind and r["form"].strip()]

    def longest(kind: str) -> tuple[str, ...]:
        return tuple(sorted(set(forms(kind)), key=len, reverse=True))

    parents = {fold(r["form"]): frozenset(fold(h) for h in (r.get("value") or "").split("|") if h.strip())
               for r in patterns if r["kind"] == "member_parent"}
    flags = {fold(r["form"]): v for r in patterns if r["kind"] == "foreign_outlet_word"
             and (v := (r.get("value") or "").strip())}
    departments = {fold(r["form"]): (r.get("value") or r["form"]).strip() for r in patterns
                   if r["kind"] == "department_head" and r["form"].strip()}
    field_not = {fold(r["form"]): frozenset(fold(h) for h in (r.get("value") or "").split("|") if h.strip())
                 for r in patterns if r["kind"] == "department_field_not" and r["form"].strip()}
    shared = {fold(r["form"]): (r.get("value") or r["form"]).strip() for r in patterns
              if r["kind"] == "shared_head" and r["form"].strip()}
    shared_rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in sorted(shared, key=len, reverse=True))
                           + r")(?=[ \t:])") if shared else None
    posted = longest("posted_head")
    posted_rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in posted) + r")(?= )") if posted else None
    return NameChecks(flags, longest("agency_qualifier"), longest("outlet_start_verb"), frozenset(forms("outlet_product_word")),
                      frozenset(forms("host_city")), parents, frozenset(forms("member_unit_not")),
                      posted_heads=posted,
                      posted_named=frozenset(fold(r["form"]) for r in patterns if r["kind"] == "posted_head"
                                             and (r.get("value") or "").strip() == "named"),
                      posted_field_bodies=longest("posted_field_body"), posted_rx=posted_rx,
                      post_regions=longest("post_region"), paired_meeting_heads=frozenset(forms("paired_meeting_head")),
                      departments=departments,
                      department_parents=longest("department_parent"), department_leads=frozenset(forms("department_lead")),
                      department_titles=frozenset(forms("department_title")), posted_words=frozenset(forms("posted_word")),
                      department_field_not=field_not,
                      board_heads=frozenset(forms("board_head")), board_plurals=longest("board_plural"),
                      cited_after=frozenset(forms("outlet_cited_after")),
                      department_field_verbs=longest("department_field_verb"), board_words=longest("board_word"),
                      department_field_stops=longest("department_field_stop"),
                      platforms=frozenset(forms("outlet_platform")),
                      unit_field_rx=_printed_heads([r["form"] for r in patterns if r["kind"] == "unit_field_head"]),
                      unit_field_parents=tuple(sorted({r["form"].strip() for r in patterns if r["kind"] == "unit_field_parent"
                                                       and r["form"].strip()}, key=len, reverse=True)),
                      unit_field_comma_parents=tuple(sorted({r["form"].strip() for r in patterns if r["kind"] == "unit_field_parent"
                                                             and (r.get("value") or "").strip() == "comma"}, key=len, reverse=True)),
                      unit_field_verbs=frozenset(forms("unit_field_verb")),
                      unit_field_verb_after=frozenset(forms("unit_field_verb_after")),
                      unit_field_not_after=frozenset(forms("unit_field_not_after")),
                      unit_field_police=longest("unit_field_police"),
                      unit_field_police_heads=frozenset(fold(r["form"]) for r in patterns
                                                        if r["kind"] == "unit_field_head"
                                                        and (r.get("value") or "").strip() == "police"),
                      unit_field_join_not=frozenset(forms("unit_field_join_not")),
                      unit_field_join_verbs=longest("unit_field_join_verb"),
                      unit_field_title=frozenset(forms("unit_field_title")),
                      unit_field_stops=frozenset(forms("unit_field_stop")),
                      field_owner_heads=frozenset(forms("field_owner_head")),
                      school_units={fold(r["form"]): (r.get("value") or r["form"]).strip() for r in patterns
                                    if r["kind"] == "school_unit_head" and r["form"].strip()},
                      school_unit_parents=longest("school_unit_parent"),
                      school_unit_leads=frozenset(forms("school_unit_lead")),
                      outlet_descriptors=longest("outlet_descriptor"),
                      shared_heads=shared, shared_rx=shared_rx, shared_cues=frozenset(forms("shared_list_cue")),
                      branch_heads=tuple(sorted({r["form"].strip() for r in patterns if r["kind"] == "branch_head"
                                                 and r["form"].strip()}, key=len, reverse=True)),
                      bare_parent_rx=_whole_words([r["form"] for r in patterns if r["kind"] == "bare_parent_head"]),
                      bare_parent_ministry=frozenset(r["form"].strip() for r in patterns if r["kind"] == "bare_parent_head"
                                                     and (r.get("value") or "").strip() == "ministry"),
                      bare_parent_after=tuple(sorted({r["form"].strip().lower() for r in patterns
                                                      if r["kind"] == "bare_parent_after" and r["form"].strip()},
                                                     key=len, reverse=True)),
                      place_anaphor_rx=place_anaphor_rx(patterns, r"\s+"),
                      chamber_committee_heads=longest("chamber_committee_head"),
                      committee_chambers=longest("committee_chamber"), grammar=compile_grammar(patterns),
                      bank_heads=tuple(sorted({fold(r["form"]) for r in patterns if r["kind"] == "bank_head"
                                               and not (r.get("value") or "").strip()}, key=len, reverse=True)),
                      bank_suffixes=tuple(sorted({fold(r["form"]) for r in patterns if r["kind"] == "bank_head"
                                                  and (r.get("value") or "").strip() == "suffix"}, key=len, reverse=True)),
                      bank_branches=longest("bank_branch"), venue_state_heads=longest("venue_state_head"),
                      host_city_rx=_host_city_rx([r["form"] for r in patterns if r["kind"] == "host_city_level"]),
                      bloc_region_words=longest("bloc_region_word"),
                      bloc_event_after=frozenset(forms("bloc_event_after")),
                      bloc_acronyms={r["form"].strip(): (r.get("value") or "").strip() for r in patterns
                                     if r["kind"] == "bloc_acronym"},
                      bloc_region_office=longest("bloc_region_office"),
                      federation_office_heads=longest("federation_office_head"), bloc_event_before=longest("bloc_event_before"),
                      club_heads=tuple(sorted({r["form"].strip() for r in patterns if r["kind"] == "club_head"
                                              and r["form"].strip()}, key=len, reverse=True)),
                      club_not_before=longest("club_not_before"), club_not_after=longest("club_not_after"),
                      club_titles=longest("club_title"), club_after_ok=longest("club_after_ok"),
                      bloc_acting_after=tuple(sorted(set(forms("seat_verb") + forms("seat_gap") + forms("bloc_acting_word")),
                                                     key=len, reverse=True)))


def _host_city_rx(levels: list[str]) -> re.Pattern[str]:
    """" tại " and a capitalized city of up to three words, a ``host_city_level`` word maybe before it ("tại Thành
    phố Hồ Chí Minh"; its first letter either case), with no capitalized word or number after it."""
    levels = sorted({canonical_tones(w.strip()) for w in levels if w.strip()}, key=len, reverse=True)
    lead = "|".join(f"[{w[0].upper()}{w[0].lower()}]" + re.escape(w[1:]) for w in levels)
    lead = rf"(?:(?:{lead}) )?" if lead else ""
    return re.compile(rf"\s+tại\s+({lead}[A-ZĐ][^\W\d_]*(?:[ .][A-ZĐ][^\W\d_]*){{0,2}})(?![\w-])(?!\s+[A-ZĐ\d])")


def place_anaphor_rx(patterns: list[dict[str, str]], space: str) -> re.Pattern[str] | None:
    """The ``place_anaphor`` words ("này"), lower-cased, after ``space`` (a pattern) and as whole words."""
    words = sorted({r["form"].strip().lower() for r in patterns if r["kind"] == "place_anaphor" and r["form"].strip()},
                   key=len, reverse=True)
    return re.compile(space + r"(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)") if words else None


def _printed_heads(heads: list[str]) -> re.Pattern[str] | None:
    """Heads as printed (capitalized), a space after them, on the printed text."""
    heads = sorted(sorted({h.strip() for h in heads if h.strip()}), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(h) for h in heads) + r")(?= )") if heads else None


def _whole_words(heads: list[str]) -> re.Pattern[str] | None:
    """Heads as printed, whole words, on the printed text."""
    heads = sorted({h.strip() for h in heads if h.strip()}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in heads) + r")(?!\w)") if heads else None
