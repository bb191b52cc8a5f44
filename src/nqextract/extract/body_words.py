"""The bodies' rules about words around a name read after a head: a company printed with its lines of business in lower
case before its brand ("Công ty cổ phần Đầu tư phát triển hạ tầng Thủ Đức", "Tổng công ty cấp nước Sài Gòn": the
heads such a name follows, brand_line_head rows of body_patterns.tsv, and the lines the tagger reads as verbs,
business_line rows), the partners a law or audit firm's name ends with ("Công ty Luật X [và cộng sự]": firm_partners
rows), the heads of a public body's name a public word abbreviation is spelled out in ("Vụ BHYT", never "Tập đoàn ĐH
Holdings": public_head and public_name_not rows), and the words before a centre named at length that make it a
project ("dự án Trung tâm Khí điện X": project_word rows), and a school's levels joined by a sign or a word ("Trường
TH & THCS X": school_level_word and school_join rows; counted or plural, no school: school_count_word rows), and a
body's regional unit named by the region after it ("Kiểm toán nhà nước khu vực VII", "Trung tâm Truyền hình Việt Nam
khu vực Tây Nam Bộ": regional_body and regional_name rows), and a border guard post's head with its spelling and the
words that may lead its place ("Đồn Biên phòng cửa khẩu quốc tế X": border_post_head and border_post_lead rows), with
the phrases that end its place (post_stops: titles.tsv, person_honorifics.tsv and date_words.json as the bodies'
rules loader read them, from the same rules folder), and the words a name set off in an aside after a person's name
is read with (the titles, the former and acting words before them of person_context.tsv, the words of the gazetteer's
names: bodies/proper_asides.py)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace

from ..textnorm import fold
from . import resources
from .body_phrases import key
from .body_villages import VILLAGE_KINDS, VillageWords, compile_village_words
from .date_relative import data_words

# the date_words.json kinds whose words end a police unit's field (bodies/unit_fields), named, not by position
_FIELD_DATE_KINDS = ("day_prefixes", "relative_days", "weekdays", "month_words", "year_words", "quarter_words")
DATE_KINDS = ("day_prefixes", "day_prepositions", "bare_year_prepositions", "weekdays", "month_words", "year_words")

_MODIFIER_KINDS = ("former", "acting")  # person_context.tsv: "nguyên", "cựu", "quyền" before a title

WORD_KINDS = {"school_level_word", "school_join", "school_count_word", "regional_body", "regional_name",
              "border_post_head", "border_post_lead", "numbered_region", "region_force"} | VILLAGE_KINDS


@dataclass(frozen=True)
class SchoolWords:
    levels: dict[str, str] = field(default_factory=dict)  # lower-cased, tone-canonical level -> spelling ("th")
    joins: dict[str, str] = field(default_factory=dict)  # joiner as printed, lower-cased -> spelling ("&" -> "và")
    level: re.Pattern[str] | None = None  # on the lower-cased text: one level, whole ("thcs", "tiểu học")
    join: re.Pattern[str] | None = None  # on the lower-cased text: a joiner with its blanks (" & ", "-", " và ")
    counted: re.Pattern[str] | None = None  # on the lower-cased text: a plural word or a number ending at "Trường"


@dataclass(frozen=True)
class RegionWords:
    bodies: frozenset[str] = frozenset()  # folded canonical names of the bodies with regional units
    named_bodies: frozenset[str] = frozenset()  # those of them whose units are named by a region, not a number
    named: re.Pattern[str] | None = None  # on the lower-cased text: " khu vực" and a region of the country
    # on the lower-cased text: a numbered military region and its force ("vùng 4 hải quân"; group 1: the force)
    forced: re.Pattern[str] | None = None
    forces: dict[str, str] = field(default_factory=dict)  # folded force -> its printed name ("Hải quân")


@dataclass(frozen=True)
class PostStops:
    phrases: frozenset[str] = frozenset()  # folded: what opens something else after a post's place
    countries: frozenset[str] = frozenset()  # folded country names
    longest: int = 1  # words in the longest phrase
    separators: tuple[str, ...] = ()  # folded conjunction rows ("và")
    field_stops: frozenset[str] = frozenset()  # folded titles and time words: they end a police unit's field


@dataclass(frozen=True)
class AsideWords:
    """The words a body's name is read with in an aside after a person's name (bodies/proper_asides.py)."""

    titles: frozenset[str] = frozenset()  # folded titles (titles.tsv): one set off after a name opens an aside
    modifiers: tuple[str, ...] = ()  # folded former and acting words before a title (person_context.tsv): "nguyên"
    fields: frozenset[str] = frozenset()  # folded words of the gazetteer's names past their head (bodies.tsv)


@dataclass(frozen=True)
class PostWords:
    heads: dict[str, str] = field(default_factory=dict)  # folded head -> its spelling ("Đồn Biên phòng")
    lead: re.Pattern[str] | None = None  # on the lower-cased text: a word before the post's place ("cửa khẩu quốc tế")
    stops: PostStops = PostStops()  # what ends a post's place (post_stops)


@dataclass(frozen=True)
class NameWords:
    heads: tuple[str, ...] = ()  # folded heads, longest first ("công ty", "tổng công ty")
    lines: frozenset[str] = frozenset()  # lower-cased, tone-canonical phrases ("phát triển", "xuất nhập khẩu")
    longest: int = 0  # the words of the longest line
    words: frozenset[str] = frozenset()  # the words of the lines ("phát", "triển", "xuất", "nhập", "khẩu")
    project: re.Pattern[str] | None = None  # on the lower-cased text: a project word, a quote maybe, at the end
    partners: re.Pattern[str] | None = None  # on the lower-cased text: " và cộng sự", no possessor after it
    partner_fields: tuple[str, ...] = ()  # folded fields of the firms that name their partners ("luật", "kiểm toán")
    public_heads: tuple[str, ...] = ()  # folded heads of a public body's name ("vụ", "trường", "bệnh viện")
    public_not: re.Pattern[str] | None = None  # on the folded name: a firm's word in it ("tập đoàn", "phòng khám")
    schools: SchoolWords = SchoolWords()  # a school's levels and the joiners between them
    regions: RegionWords = RegionWords()  # the bodies named with their region, and the regions by name
    posts: PostWords = PostWords()  # a border guard post's heads and the words that may lead its place
    asides: AsideWords = AsideWords()  # the titles, their modifiers and the field words of a name in an aside
    villages: VillageWords = VillageWords()  # the organs of a village or a residential group (body_villages)

    def head_of(self, head: str) -> bool:
        """``head`` (a proper head as matched, "Công ty TNHH") opens with one of the brand_line_head heads."""
        h = fold(head)
        return any(h == x or h.startswith(x + " ") for x in self.heads)

    def public_name(self, name: str) -> bool:
        """``name`` (spelled out up to its head) opens with a public_head and holds no public_name_not word: the
        names a public_word abbreviation is spelled out in ("Vụ BHYT", not "Tập đoàn ĐH Holdings")."""
        h = fold(name)
        if self.public_not and self.public_not.search(h):
            return False
        return any(h == x or h.startswith(x + " ") for x in self.public_heads)

    def project_before(self, low: str, start: int) -> bool:
        """A project word is printed right before ``start`` (a quote may open the name: dự án "Trung tâm X")."""
        return bool(self.project and self.project.search(low, max(0, start - 20), start))

    def partners_end(self, low: str, pos: int, words: list[str]) -> int | None:
        """The end of the partners a firm's name ends with, printed from ``pos`` (the space before "và"): "Công ty
        Luật X [và cộng sự]", "[và các cộng sự]"; only a law or audit firm's, its field among the first words of its
        name (``words``, after the head: a legal form may come first, "TNHH Luật X"), never another firm's
        ("Công ty Thép X và cộng sự bị khởi tố": its director's accomplices), nor somebody's
        ("và cộng sự của ông Y")."""
        m = self.partners.match(low, pos) if self.partners else None
        if m is None:
            return None
        first = [fold(w) for w in words[:5]]
        fielded = any(first[i : i + len(f.split())] == f.split() for f in self.partner_fields for i in range(4))
        return m.end() if fielded else None


def compile_name_words(by_kind: dict[str, list[tuple[str, str]]]) -> NameWords:
    heads = sorted({fold(f) for f, _ in by_kind["brand_line_head"]}, key=len, reverse=True)
    lines = frozenset(" ".join(key(f).split()) for f, _ in by_kind["business_line"])
    words = [r"\s+".join(map(re.escape, key(f).split())) for f, _ in by_kind["project_word"]]
    project = re.compile(r"(?<!\w)(?:" + "|".join(words) + r")\s+[\"“]?$") if words else None
    forms = sorted((r"[ \u00a0]+".join(map(re.escape, key(f).split())) for f, _ in by_kind["firm_partners"]),
                   key=len, reverse=True)
    partners = re.compile(r"[ \u00a0]+(?:" + "|".join(forms) + r")(?!\w)(?![ \u00a0]+của(?!\w))") if forms else None
    fields = sorted({" ".join(fold(x).split()) for _, v in by_kind["firm_partners"] for x in (v or "").split("|")
                     if x.strip()}, key=len, reverse=True)
    public = tuple(sorted({fold(f) for f, _ in by_kind["public_head"]}, key=len, reverse=True))
    nots = [r"\s+".join(map(re.escape, fold(f).split())) for f, _ in by_kind["public_name_not"]]
    public_not = re.compile(r"(?<!\w)(?:" + "|".join(nots) + r")(?!\w)") if nots else None
    return NameWords(tuple(heads), lines, max((len(x.split()) for x in lines), default=0),
                     frozenset(w for x in lines for w in x.split()), project, partners, tuple(fields), public,
                     public_not, _school_words(by_kind), _region_words(by_kind), _post_words(by_kind),
                     villages=compile_village_words(by_kind))


def _post_words(by_kind: dict[str, list[tuple[str, str]]]) -> PostWords:
    leads = sorted((r"[ \u00a0]+".join(map(re.escape, key(f).split())) for f, _ in by_kind["border_post_lead"]),
                   key=len, reverse=True)
    lead = re.compile(r"(?:" + "|".join(leads) + r")[ \u00a0]+") if leads else None
    return PostWords({fold(f): v or f for f, v in by_kind["border_post_head"]}, lead)


def post_stops(words: NameWords, files: dict[str, str], body_words: set[str], countries: frozenset[str],
               conjunctions: set[str]) -> NameWords:
    """``words`` with its posts' stop data: the titles, honorifics and date words of ``files`` (the texts of
    titles.tsv, person_honorifics.tsv and date_words.json as the rules loader read them) and the bodies' own stop
    words ``body_words`` (unnamed heads, level words, sentence openers), the ``countries`` and the conjunctions."""
    titles = [r["variant"] for r in resources.parse_tsv(files["titles.tsv"])] if files["titles.tsv"] else []
    honorifics = [r["honorific"] for r in resources.parse_tsv(files["person_honorifics.tsv"])] \
        if files["person_honorifics.tsv"] else []
    dates = json.loads(files["date_words.json"]) if files["date_words.json"] else {}
    phrases = {fold(p) for p in (*titles, *honorifics, *(w for k in DATE_KINDS for w in data_words(dates, k)))}
    phrases = frozenset(p for p in phrases | body_words if p)
    longest = max((len(p.split()) for p in phrases | countries), default=1)
    times = (w for k in _FIELD_DATE_KINDS for w in data_words(dates, k))
    field_stops = frozenset(p for p in (fold(w) for w in (*titles, *times)) if p)
    stops = PostStops(phrases, countries, longest, tuple(sorted(fold(c) for c in conjunctions)), field_stops)
    return replace(words, posts=replace(words.posts, stops=stops), asides=_aside_words(files, titles))


def _aside_words(files: dict[str, str], titles: list[str]) -> AsideWords:
    """The titles, the former and acting words before them (person_context.tsv former and acting rows) and the words
    of the gazetteer's names and printed variants past their first word, runs of up to three (bodies.tsv: "quốc
    phòng" of "Bộ Quốc phòng")."""
    context = resources.parse_tsv(files["person_context.tsv"]) if files["person_context.tsv"] else []
    modifiers = sorted({fold(r["phrase"]) for r in context if r.get("kind") in _MODIFIER_KINDS} - {""}, key=len,
                       reverse=True)
    names = [n for r in resources.parse_tsv(files["bodies.tsv"] or "")
             for n in (r.get("name") or "", *(r.get("variants") or "").split("|"))]
    fields = {" ".join(w[i : i + n]) for w in (fold(x).split() for x in names) for n in (1, 2, 3)
              for i in range(1, len(w) - n + 1)}
    return AsideWords(frozenset(p for p in map(fold, titles) if p), tuple(modifiers), frozenset(fields))


def _region_words(by_kind: dict[str, list[tuple[str, str]]]) -> RegionWords:
    names = sorted((r"[ \u00a0]*-[ \u00a0]*".join(r"[ \u00a0]+".join(map(re.escape, part.split()))
                                                  for part in key(f).split("-")) for f, _ in by_kind["regional_name"]),
                   key=len, reverse=True)
    named = re.compile(r"[ \u00a0]+khu[ \u00a0]+vực[ \u00a0]+(?:" + "|".join(names) + r")(?!\w)") if names else None
    regions = sorted((_spaced(f) for f, _ in by_kind["numbered_region"]), key=len, reverse=True)
    forces = sorted((_spaced(f) for f, _ in by_kind["region_force"]), key=len, reverse=True)
    forced = re.compile(r"(?<!\w)(?:" + "|".join(regions) + r")[ \u00a0]+\d{1,2}[ \u00a0]+(" + "|".join(forces)
                        + r")(?!\w)") if regions and forces else None
    return RegionWords(frozenset(fold(f) for f, _ in by_kind["regional_body"]),
                       frozenset(fold(f) for f, v in by_kind["regional_body"] if v.strip() == "named"), named,
                       forced, {fold(f): f for f, _ in by_kind["region_force"]})


def _spaced(phrase: str) -> str:
    """A phrase's pattern on the lower-cased text, any run of spaces between its words."""
    return r"[ \u00a0]+".join(map(re.escape, key(phrase).split()))


def _school_words(by_kind: dict[str, list[tuple[str, str]]]) -> SchoolWords:
    levels = {" ".join(key(f).split()): v or f for f, v in by_kind["school_level_word"]}
    joins = {f.strip().lower(): v or f for f, v in by_kind["school_join"]}
    if not levels or not joins:
        return SchoolWords()
    words = sorted((r"[ \u00a0]+".join(map(re.escape, x.split())) for x in levels), key=len, reverse=True)
    signs = [re.escape(j) for j in joins if not j.isalpha()]
    spaced = [re.escape(j) for j in joins if j.isalpha()]  # a word joins with a blank either side
    join = "|".join([*(rf"[ \u00a0]*{j}[ \u00a0]*" for j in signs), *(rf"[ \u00a0]+{j}[ \u00a0]+" for j in spaced)])
    counts = sorted((r"[ \u00a0]+".join(map(re.escape, key(f).split())) for f, _ in by_kind["school_count_word"]),
                    key=len, reverse=True)
    counted = re.compile(r"(?<!\w)(?:" + "|".join([*counts, r"\d+"]) + r")[ \u00a0]+$")
    return SchoolWords(levels, joins, re.compile(r"(?:" + "|".join(words) + r")(?!\w)"), re.compile(join), counted)
