"""Rules of the documents recognizer, compiled once from ``document_types.tsv`` (type words, type
codes, law names, stop/context/blocker/generic/trailing words), ``document_issuers.tsv`` (issuer codes,
names, spellings), the count words of ``date_words.json`` and the abbreviations of bodies, countries and outlets
(``abbreviations.tsv``, ``bodies.tsv``, the news credits of ``body_patterns.tsv``)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import ExtractError
from ..textnorm import fold
from . import resources
from .phrases import alternation, guarded, printed

TYPES_FILE = "document_types.tsv"
ISSUERS_FILE = "document_issuers.tsv"
DATE_WORDS_FILE = "date_words.json"
# the abbreviations of bodies, countries and outlets, none a treaty's own (``DocumentRules.party_abbreviations``)
ABBREVIATIONS_FILE, BODIES_FILE, BODY_PATTERNS_FILE = "abbreviations.tsv", "bodies.tsv", "body_patterns.tsv"
_ACRONYM = re.compile(r"[A-ZĐ]{2,8}")
# document_types.tsv kinds naming the words around a mention (see the file's header)
LINK_KINDS = ("clause_opener", "draft", "issuer_lead", "date_lead", "issuing_adverb", "signing_verb",
              "issuing_verb", "plural", "subject_lead", "subject_end", "unnamed_act", "addressed",
              "qualifier", "title_lead", "comma_stop", "conjunction", "count", "currency", "funded", "scale",
              "matter_end", "treaty_word", "detailing", "congress_head", "detailing_about", "detailing_articles",
              "detailing_plural", "detailing_part", "detailing_means", "detailing_owner", "detailing_law", "place_unit",
              "place_list", "name_phrase", "period", "year_part", "term", "issuer_term", "horizon", "field_head", "level_unit", "amended_next", "progress",
              "issued_subject", "noun_end", "treaty_acronym", "party_abbreviation", "party_word",
              "decree_word", "decree_block", "decree_end", "decree_word_not", "edition_bare", "scheme_next_not",
              "scheme_event", "business", "business_not_after", "founding_subject",
              "founding_lead", "founding_comma_join", "founding_join", "founding_end",
              "founding_number", "owned_frame", "owned_link", "owned_end",
              "owned_year", "assigning", "number_word", "about_word", "regulating", "span_unit", "span_word", "link_after",
              "year_word", "law_cue", "law_named", "short_named", "amending_type", "session_head", "session_stop",
              "session_ordinal", "session_body", "session_body_party", "party_congress", "party_of", "party_name", "party_name_not",
              "day_word", "matter_lead", "matter_stop", "draft_bill", "amended_mark", "amended_more",
              "listed_law", "ordinal", "decision_act", "decision_comma", "decision_end", "decision_title", "decision_unit",
              "decision_lower_lead", "decision_lower_act", "decision_lower_not", "decision_lower_person")
# document_types.tsv kinds keyed with a type: (key, type) pairs
TYPED_KINDS = ("edition", "scheme_head", "national_target", "constitution")

STANDARD_NUMBER = r"\d{1,5}(?:-\d{1,3})*(?::(?:19|20)\d\d)?(?:/[A-ZĐ][A-ZĐa-z]{0,9})?(?![\w/:\-])"
SHORT_NUMBER = r"\d{1,5}(?:/(?:19|20)\d\d)?"


def _spaced(phrases: list[str]) -> str:
    """The alternation of a kind's phrases, their words apart by spaces or tabs only (never a line break)."""
    return alternation(phrases or ["(?!)"]).replace(r"\s+", r"[ \t]+")


@dataclass(frozen=True)
class TypeWord:
    key: str
    type: str
    number: bool
    name: bool
    lower: bool
    proper: bool = False  # a capitalized proper name follows it directly ("Luật Đất đai")
    marked: bool = False  # its name counts only with a period or an abbreviation ("Thỏa thuận ... (DEFA)")
    counted: bool = False  # its short number counts only after 'số' ("Báo cáo số 34", not "Báo cáo 2024")
    titled: bool = False  # its proper name is its capitalized words only ("Hiến chương Liên Hợp Quốc và ...")
    accord: bool = False  # an international document titled by its subject ("Hiệp định về thị thực")
    placed: bool = False  # in lower case, named by the area it plans ("quy hoạch chung thị trấn Chư Sê")
    drafted: bool = False  # its lower-case form counts after the draft word ("dự thảo quy chế tuyển sinh ...")
    bare: bool = False  # its short number counts only capitalized and without 'số' ("Dự án 8", not "dự án số 2")
    issued: bool = False  # capitalized after an issuing verb, named by the subject it opens ("ban hành Quyết định quy
    # định chức năng, nhiệm vụ ... của Cục X")
    slogan: bool = False  # a quoted title right after it names a campaign, a show or a slogan, no document
    # ('chương trình "Ngày hội đọc sách"', 'chiến lược "hướng về cơ sở"')


class DocumentRules:
    """Everything the recognizer needs from the data files, compiled once."""

    def __init__(self, types: list[dict[str, str]], issuers: list[dict[str, str]], date_words: dict,
                 known_abbreviations: frozenset[str] = frozenset()) -> None:
        self.words: dict[str, TypeWord] = {}
        self.codes: dict[tuple[str, str], str] = {}
        self.bare_codes: set[str] = set()  # "Sắc lệnh số 14/SL": a code that counts bare after its type word
        self.synonyms: dict[str, str] = {}
        self.laws: list[tuple[str, str]] = []
        stops: list[str] = []
        context: list[str] = []
        org_blockers: list[str] = []
        accord_blockers: list[str] = []
        plural_blockers: list[str] = []
        generic: list[str] = []
        trailing: list[str] = []
        links: dict[str, list[str]] = {k: [] for k in LINK_KINDS}
        law_words: list[tuple[str, str]] = []
        typed: dict[str, list[tuple[str, str]]] = {k: [] for k in TYPED_KINDS}
        congress_documents: dict[str, str] = {}  # printed -> type: the words a congress's resolution is named after
        for row in types:
            kind, key, scope, typ = row["kind"], row["key"], row.get("scope", "*"), row.get("type", "")
            if kind == "word":
                flags = row.get("flags", "").split()
                self.words[fold(key)] = TypeWord(key, typ, "number" in flags, "name" in flags, "lower" in flags,
                                                 "proper" in flags, "marked" in flags, "counted" in flags,
                                                 "titled" in flags, "accord" in flags,
                                                 "placed" in flags, "drafted" in flags, "bare" in flags,
                                                 "issued" in flags, "slogan" in flags)
            elif kind == "code":
                self.codes[(key, scope or "*")] = typ
                if "bare_ok" in row.get("flags", "").split():
                    self.bare_codes.add(key)
            elif kind == "congress_document":
                congress_documents[key] = typ
                if "lower" in row.get("flags", "").split():
                    congress_documents[key[:1].lower() + key[1:]] = typ
            elif kind == "synonym":
                self.synonyms[fold(key)] = fold(typ)
            elif kind == "law":
                self.laws.append((key, typ))
            elif kind == "law_word":
                law_words.append((key, typ))
            elif kind == "stop":
                stops.append(key)
            elif kind == "context":
                context.append(key)
            elif kind == "blocker":
                {"org": org_blockers, "accord": accord_blockers}.get(scope, plural_blockers).append(key)
            elif kind == "generic":
                generic.append(key)
            elif kind == "trailing":
                trailing.append(key)
            elif kind in links:
                links[kind].append(key)
            elif kind in typed:
                typed[kind].append((key, typ))
        # the words around a mention (data); the shapes around them (spaces, commas, "ngày") stay here
        # "Luật Dược (sửa đổi)", "Luật Dược sửa đổi." and "Luật Dược sửa đổi vừa được trình ...": the amended mark
        # after a law's name; a bare 'sửa đổi' before another word is a verb unless that word is an amended_next row
        # (amended_mark, amended_more rows, as printed: "sửa đổi", "bổ sung"); the name written with the mark in
        # brackets or bare (document_names.py), the names so ending (documents.py, document_links.py)
        mark = "(?:" + ("|".join(map(re.escape, links["amended_mark"])) or "(?!)") + ")"
        more = "(?:" + ("|".join(map(re.escape, links["amended_more"])) or "(?!)") + ")"
        self.amended_re = re.compile(
            r"\s*\(\s*" + mark + r"(?:\s*,\s*" + more + r")?\s*\)|\s+" + mark + r"(?:\s*,\s*" + more + r")?(?!\s+(?!"
            + alternation(links["amended_next"] or ["(?!)"]) + r"\s)\w)", re.I)
        self.bracketed_amended_re = re.compile(r"\(\s*" + mark, re.I)
        first = (links["amended_mark"] or [""])[0]
        self.amended_bracketed, self.amended_bare = f" ({first})", f" {first}"
        self.amended_suffixes = (f"({first})", f" {first}") if first else ()
        # "chương trình giáo dục phổ thông 2018", "... 2006 và 2018": a type word, a field that names editions
        # (edition rows) and a bare year (no 'năm'): that edition, in either case; with 'và' and a year, two editions
        self.editions = {fold(f"{typ} {key}"): typ for key, typ in typed["edition"]}
        self.edition_re = re.compile(
            r"(?<!\w)(?P<head>" + alternation([f"{typ} {key}" for key, typ in typed["edition"]] or ["(?!)"], factor=re.I)
            + r")[ \t]+(?P<y>(?:19|20)\d\d)(?:[ \t]+và[ \t]+(?P<y2>(?:19|20)\d\d))?(?![\w/\-]|[.,]\d)", re.I)
        # "... đã trình Chính phủ Đề án phát triển đô thị ...": a capitalized type word whose name opens with the action
        # it schemes (scheme_head rows, by type) and the action's object names a document without a context word before
        # it; a stop word or a predicate after the action is none ("Đề án phát triển nhanh hơn ...", "Đề án xây dựng
        # được ...": scheme_next_not), nor is a type word an event's head opens ("Cuộc thi Đề án ...": scheme_event)
        not_object = alternation(stops + links["scheme_next_not"]) + r"(?!\w)"
        self.scheme_heads: dict[str, re.Pattern[str]] = {
            typ: re.compile(alternation([k for k, t in typed["scheme_head"] if t == typ]) + r"[ \t]+(?!" + not_object
                            + r")(?=[^\W\d_])") for typ in {t for _, t in typed["scheme_head"]}}
        self.scheme_event_re = re.compile(r"(?<!\w)" + alternation(links["scheme_event"] or ["(?!)"]) + r"[ \t]+$")
        # "tình hình thực hiện kế hoạch đầu tư công năm 2024": a lower-case yearly plan whose progress is reported
        self.progress_re = re.compile(r"(?<!\w)" + alternation(links["progress"] or ["(?!)"], factor=re.I)
                                      + r"[ \t]+$", re.I)
        # "Hội đồng quản trị thông qua kế hoạch kinh doanh năm 2025": a company's own plan, no document
        self.business_re = re.compile(r"[ \t]+" + alternation(links["business"] or ["(?!)"], factor=re.I) + r"(?!\w)", re.I)
        # "UBND tỉnh ban hành kế hoạch kinh doanh xổ số ...": a state issuer or issuing verb before it, a state plan
        self.business_not_after_re = re.compile(r"(?<!\w)" + alternation(links["business_not_after"] or ["(?!)"])
                                                + r"(?!\w)")
        self.clause_opener_re = re.compile(alternation(links["clause_opener"]) + r"(?!\w)")
        self.comma_stop_re = re.compile(alternation(links["comma_stop"]) + r"(?!\w)")
        # "Nghị quyết về việc sắp xếp ... năm 2025 có hiệu lực từ ...": the predicate after a 'về việc' title
        # "Hiệp định thương mại tự do ... (EVFTA)": words of a treaty's name that else read as stop words ("do")
        self.treaty_word_re = re.compile(r"(?<!\w)" + alternation(links["treaty_word"] or ["(?!)"]) + r"$")
        # "Nghị định quy định chi tiết về ...", "... quy định chi tiết một số điều của Luật ...": a title by what it details
        self.detailing_re = re.compile(
            r"(?<!\w)(?P<tw>" + alternation(w.key for w in self.words.values()) + r")[ \t]+" + alternation(links["detailing"] or ["(?!)"])
            + r"[ \t]+(?:(?P<about>" + _spaced(links["detailing_about"]) + r")[ \t]+(?=[^\W\d_])|(?:"
            + _spaced(links["detailing_articles"]) + r"|(?:" + _spaced(links["detailing_plural"]) + r"[ \t]+)?"
            + _spaced(links["detailing_part"]) + r"[ \t]+[^\n.;]{1,40}?)(?:[ \t]+" + _spaced(links["detailing_means"])
            + r")?[ \t]+" + _spaced(links["detailing_owner"]) + r"[ \t]+(?=" + _spaced(links["detailing_law"]) + r"[ \t]))")
        # "... năm 2016 của TP Nha Trang", "... của huyện Bình Sơn": 'của' and a place's unit word, its name after it
        self.place_of_re = re.compile(r"[ \t]+của[ \t]+" + alternation(links["place_unit"] or ["(?!)"]) + r"(?:\.|[ \t]+)(?=\w)")
        self.place_unit_re = re.compile(alternation(links["place_unit"] or ["(?!)"]) + r"(?:\.[ \t]*|[ \t]+)(?=\w)")
        # "... cấp tỉnh gồm TPHCM, tỉnh Bình Dương và ...": the word opening a plan's list of places
        self.place_list_re = re.compile(alternation(links["place_list"] or ["(?!)"]) + r"[ \t]+(?=\w)")
        # "... do Nhà nước quản lý": a phrase holding a stop word that stays inside a name
        self.name_phrase_re = re.compile(_spaced(links["name_phrase"]) + r"(?!\w)")
        # a period's years: "giai đoạn 2021-2030" ending a name (a term, a span, a year or its part, "6 tháng cuối năm
        # 2025", and a horizon: "..., tầm nhìn đến năm 2050"), "(thời kỳ 2021 - 2030)" in brackets, ", thời kỳ ..." after a place
        period = alternation(links["period"] or ["(?!)"])
        term = "".join("|" + re.escape(w) for w in links["term"])  # "nhiệm kỳ 2020-2025", as printed
        horizon = "|".join(map(re.escape, links["horizon"])) or "(?!)"  # ", tầm nhìn đến năm 2050", as printed
        years = r"(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?"
        self.year_tail_re = re.compile(
            r"(?:(?:" + period + term + r"|\d+\s+năm|(?:" + _spaced(links["year_part"]) + r"[ \t]+)?năm)\s+)?"
            r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
            r"(?:\s*,?\s*(?:và\s+)?(?:" + horizon + r")\s+(?:đến\s+)?(?:năm\s+)?(?:19|20)\d\d)?(?!\w)"
            r"|(?:đến|tới)\s+năm\s+(?:19|20)\d\d(?:\s*,?\s*(?:và\s+)?(?:" + horizon + r")\s+(?:đến\s+)?(?:năm\s+)?"
            r"(?:19|20)\d\d)?(?!\w)",
            re.I,
        )
        self.bracket_period_re = re.compile(r"[ \t]*\([ \t]*" + _spaced(links["period"]) + r"[ \t]+" + years + r"[ \t]*\)")
        self.place_period_re = re.compile(r"[ \t]*,[ \t]*" + _spaced(links["period"]) + r"[ \t]+" + years + r"(?![\w/])")
        # "nghị quyết đại hội đảng bộ nhiệm kỳ 2020-2025": a congress at every level and a term, no resolution's name
        self.congress_head_re = re.compile(alternation(links["congress_head"] or ["(?!)"]) + r"(?!\w)", re.I)
        # "chiến lược phát triển giai đoạn 2025 - 2030", "kế hoạch tài chính năm 2024": a field and a period, no name
        self.field_head_re = re.compile(alternation(links["field_head"] or ["(?!)"]) + r"(?!\w)", re.I)
        self.matter_end_re = re.compile(alternation(links["matter_end"] or ["(?!)"]) + r"(?!\w)")
        # "... Việt Nam - Liên minh châu Âu (EVIPA)": a treaty's own abbreviation ends with its kind's acronym; one of
        # a body, a country or an outlet ("(EU)", "(TQ)", "(AFP)") is its party's or the report's
        self.treaty_acronym_re = re.compile(r"(?:" + alternation(links["treaty_acronym"] or ["(?!)"]) + r")$")
        self.party_abbreviations = known_abbreviations | frozenset(links["party_abbreviation"])
        self.party_words = frozenset(links["party_word"])  # "Liên minh châu Âu": lower-case words of a party
        # "Đề án 1 triệu căn hộ nhà ở xã hội ...": a capitalized plan's name opened by a large count and its noun
        self.counted_name_re = re.compile(r"[ \t]+\d{1,3}(?:[.,]\d{1,3})?[ \t]+" + alternation(links["count"] or ["(?!)"])
                                          + r"(?=[ \t]+[^\W\d_])(?![ \t]+" + alternation(links["currency"] or ["(?!)"])
                                          + r"(?!\w))")
        # "Chương trình tín dụng 120 nghìn tỷ đồng": a programme named by its funds, a sum in billions (``scale``)
        self.funds_re = re.compile(r"[ \t]+\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?[ \t]+(?:" + alternation(links["count"] or ["(?!)"])
                                   + r"[ \t]+)?" + alternation(links["scale"] or ["(?!)"]) + r"[ \t]+"
                                   + alternation(links["currency"] or ["(?!)"]) + r"(?!\w)")
        self.funded_types = frozenset(links["funded"])
        # "Bộ luật Dân sự năm 2015" printed with that one edition year only: named bare, the year its date
        self.edition_bare_types = frozenset(links["edition_bare"])
        # "ban hành Nghị quyết và cho rằng ...": a conjunction right after a type word opens no name
        self.conjunction_re = re.compile(alternation(links["conjunction"] or ["(?!)"]) + r"(?!\w)")
        self.draft_next_re = re.compile(alternation(links["draft"], factor=re.I) + r"[ \t]+", re.I)  # "và dự thảo Luật ..."
        self.draft_before_re = re.compile(r"(?<!\w)" + alternation(links["draft"], factor=re.I) + r"[ \t]+$", re.I)
        self.issuer_lead_re = re.compile(r"[ \t]*,?[ \t]*" + alternation(links["issuer_lead"]) + r"[ \t]+")
        self.date_lead_re = re.compile(
            r"[ \t]*,?[ \t]*(?:" + alternation(links["date_lead"], factor=re.I) + r"[ \t]+)?(?=ngày\s)", re.I)
        # "... năm 2025 được Quốc hội thông qua": the passive of an issuing verb after a name, its body between
        # "... được Quốc hội thông qua", "... do Thủ tướng Chính phủ phê duyệt": the passive of an issuing verb
        self.passive_lead_re = re.compile(r"[ \t]+(?:(?:" + alternation(links["issuing_adverb"]) + r"[ \t]+)?được|do)[ \t]+(?=\w)")
        # "... chính quyền địa phương 2 cấp": a count of levels inside a name (level_unit rows)
        self.levels_re = re.compile(r"\d{1,2}[ \t]+" + alternation(links["level_unit"] or ["(?!)"]) + r"(?!\w)")
        self.passive_verb_re = re.compile(r"[ \t]+" + alternation(links["issuing_verb"]) + r"(?!\w)")
        # "Quốc hội khóa XV đã thông qua ...": a term and its number between the issuer and its verb
        self.issuer_term_re = re.compile(
            r"[ \t]+" + alternation(links["issuer_term"] or ["(?!)"]) + r"[ \t]+(?:[IVXLC]+|\d+)$", re.I)
        self.issuing_verb_re = re.compile(
            r"(?:" + alternation(links["issuing_adverb"]) + r")?[ \t]*(?:" + alternation(links["signing_verb"])
            + r"[ \t]+)?" + alternation(links["issuing_verb"]) + r"[ \t]+(?:" + alternation(links["plural"])
            + r"[ \t]+)?$")
        # 'chương trình "Mỗi xã một sản phẩm" (OCOP)', '... " giai đoạn 2021-2025', '... " đến năm 2030': a quoted
        # title a document's marks follow (its acronym, a period, a horizon), no slogan
        self.plan_mark_re = re.compile(r"[ \t]*(?:\([ \t]*[A-ZĐ][A-ZĐ0-9-]+[ \t]*\)|,?[ \t]*(?:"
                                       + alternation(links["period"] + links["horizon"]) + r"|đến năm)(?!\w))", re.I)
        # "Luật Đất đai", "Hiệp định Đối tác Toàn diện ...": a type word and a capitalized name (printed case)
        self.proper_re = re.compile(r"(?<!\w)(?P<tw>" + alternation(w.key for w in self.words.values() if w.proper)
                                    + r")\s+(?=[A-ZĐÂĂÊÔƠƯ])")
        # "Nghị quyết của Quốc hội về ...": the subject opener after the body, the words that end the subject
        self.subject_lead_re = re.compile(r"[ \t]+" + alternation(links["subject_lead"]) + r"(?!\w)")
        # "vừa" of "doanh nghiệp nhỏ và vừa" (small and medium) is no predicate
        self.subject_end_re = re.compile(r"(?<!nhỏ và )" + alternation(links["subject_end"]) + r"(?!\w)")
        # "Đề án ... trình Chính phủ", "Kế hoạch ... gửi Bộ Nội vụ": a verb before a body it goes to ends a name
        self.addressed_re = re.compile(alternation(links["addressed"] or ["(?!)"]) + r"[ \t]+(?=[^\W\d_])")
        # "... sang đất ở", "... phát triển nhà ở": a noun whose last word is a trailing word ends a name whole
        self.noun_end_re = re.compile(r"(?<!\w)" + alternation(links["noun_end"] or ["(?!)"]) + r"$")
        # "quy định chi tiết ...": the detailing phrase alone after a type word, read by the detailing rules
        self.detailing_word_re = re.compile(alternation(links["detailing"] or ["(?!)"]) + r"(?!\w)")
        # "vừa ký Quyết định thành lập ...": a signing verb alone before an issued document's type word
        self.signed_re = re.compile(
            r"(?:" + alternation(links["issuing_adverb"]) + r")?[ \t]*" + alternation(links["signing_verb"])
            + r"[ \t]+(?:" + alternation(links["plural"]) + r"[ \t]+)?$")
        # "ban hành Quyết định quy định ...", "ký Nghị định về ...": what opens the subject of an issued document
        self.issued_subject_re = re.compile(
            r"[ \t]+" + alternation(links["issued_subject"] or ["(?!)"]) + r"[ \t]+(?=[^\W\d_])")
        # "Theo Quyết định thành lập Hội đồng Tư vấn ...": an issued subject that names its document with no verb
        # "Công ước khung của Liên Hiệp Quốc (LHQ) về biến đổi khí hậu": a treaty named by its owner and its subject
        self.accord_owned_re = re.compile(
            r"(?P<frame>[ \t]+" + _spaced(links["owned_frame"]) + r")?[ \t]+(?P<link>" + _spaced(links["owned_link"])
            + r")[ \t]+(?P<org>[A-ZĐ][^\W\d_]*(?:[ \t]+[A-ZĐ][^\W\d_]*){0,5})(?:[ \t]*\([A-ZĐ]{2,8}\))?[ \t]+(?=về[ \t]+(?P<subject>[^\W\d_]))")
        # what ends such a treaty's subject: a year, an owned_end word, a comma, a capitalized word after a lower-case one
        self.owned_end_re = re.compile(r"[ \t]+(?:(?:" + alternation(links["owned_year"] or ["(?!)"])
                                       + r"[ \t]+)?(?:1[89]|20)\d\d(?!\w)|" + _spaced(links["owned_end"])
                                       + r"(?!\w))|[ \t]*,|(?<![^ \t])[^\W\dA-ZĐ_][^\W\d_]*(?P<name>[ \t]+)(?=[A-ZĐ])")
        self.founding_lead_re = re.compile(r"(?:(?<!\w)" + alternation(links["founding_lead"] or ["(?!)"], factor=re.I)
                                           + r"|,)[ \t]+$", re.I)
        self.founding_comma_re = re.compile(r"(?<!\w)" + alternation(links["founding_comma_join"] or ["(?!)"])
                                            + r"(?=,[ \t]+[^\W\dA-ZĐ_])")
        # "..., Quyết định thành lập Đảng bộ tỉnh [và] nhân sự ...": a word before a lower-case one ends the name, as
        # a day does ("... Tỉnh ủy [ngày] 15-2-2025"); "Tổ dân phố [số] 5": a number it keeps (document_issued.py)
        self.founding_join_re = re.compile(r"[ \t]+" + alternation(links["founding_join"] or ["(?!)"])
                                           + r"[ \t]+(?=[^\W\d_])(?![A-ZĐÀ-ỸẠ-Ỹ])")
        self.founding_end_re = re.compile(r"[ \t]+" + alternation(links["founding_end"] or ["(?!)"]) + r"(?!\w)")
        self.founding_number_re = re.compile(r"[ \t]+" + alternation(links["founding_number"] or ["(?!)"])
                                             + r"[ \t]+\d+(?![\w/.-])")
        self.founding_re = re.compile(
            r"[ \t]+" + alternation(links["founding_subject"] or ["(?!)"]) + r"[ \t]+(?=[A-ZĐ])")
        # "công bố Quyết định chỉ định Ban Chấp hành ...": a decision named by its act (document_decisions.py)
        (self.decision_act_re, self.decision_comma_re, self.decision_end_re, self.decision_title_re, self.decision_unit_re,
         self.decision_lower_lead_re, self.decision_lower_act_re, self.decision_lower_not_re, self.decision_lower_person_re) = (
            re.compile(r"[ \t]*" + alternation(links[k] or ["(?!)"]) + r"(?!\w)") for k in ("decision_act", "decision_comma",
                "decision_end", "decision_title", "decision_unit", "decision_lower_lead", "decision_lower_act",
                "decision_lower_not", "decision_lower_person"))
        self._plan_words(links, typed)
        self._session_words(links, congress_documents)
        self._title_words(links)
        # "Tổng thống X ký sắc lệnh hạ thấp ...": a decree word right after its signing or issuing verb, then the
        # lower-case subject it is named by (document_decrees.py), to the clause end or a decree_end word
        self.decree_re = re.compile(
            r"(?<!\w)(?:" + alternation(links["issuing_adverb"]) + r"[ \t]+)?(?:" + alternation(links["signing_verb"])
            + r"(?:[ \t]+" + alternation(links["issuing_verb"]) + r")?|" + alternation(links["issuing_verb"]) + r")[ \t]+"
            r"(?P<tw>" + alternation(links["decree_word"] or ["(?!)"], factor=re.I) + r")[ \t]+(?=\w)", re.I)
        # what opens no subject, what ends one (punctuation before a space only: not '300.000', 'TP.X'; 'và' before
        # another decree word: a list), and the words holding such a word that do neither ('thành lập')
        self.decree_block_re = re.compile(alternation(links["decree_block"] or ["(?!)"]) + r"(?!\w)", re.I)
        self.decree_end_re = re.compile(
            r"[,.;:?!…](?=\s|$)|[()\n\"“”]|[ \t]+" + alternation(links["decree_end"] or ["(?!)"]) + r"(?!\w)|[ \t]+và[ \t]+(?=(?i:"
            + alternation(links["decree_word"] or ["(?!)"], factor=re.I) + r")(?!\w))")
        self.decree_word_not_re = re.compile(
            r"(?<!\w)" + alternation(links["decree_word_not"] or ["(?!)"]) + r"(?!\w)", re.I)
        # "thông qua nghị quyết phê chuẩn ...": a type word that takes a lower-case form, then a personnel act
        self.unnamed_act_re = re.compile(
            r"(?<!\w)(?P<tw>" + alternation((w.key for w in self.words.values() if w.lower), factor=re.I) + r")[ \t]+(?="
            + alternation(links["unnamed_act"], factor=re.I) + r"(?!\w))", re.I)
        standards = [code for (code, scope) in self.codes if scope == "standard"]
        self.standard_re = re.compile(
            r"(?<![\w/])(?P<code>" + alternation(standards) + rf")\s+(?P<n>{STANDARD_NUMBER})") if standards else None
        self.issuer_codes: dict[str, str] = {}
        self.issuer_spellings: dict[str, str] = {}
        issuer_names: dict[str, str] = {}
        for row in issuers:
            if row["kind"] == "code":
                self.issuer_codes[row["key"]] = row["issuer"]
            elif row["kind"] == "name":
                issuer_names[row["key"]] = row["issuer"]
            elif row["kind"] == "spelling":
                self.issuer_spellings[row["key"]] = row["issuer"]
        self.issuer_names = issuer_names
        self.issuer_name_re = re.compile(alternation(issuer_names) + r"(?!\w)")
        self.type_word_re = re.compile(r"(?<!\w)(?P<tw>" + alternation((w.key for w in self.words.values()), factor=re.I) + r")(?!\w)", re.I)
        self.type_after_re = re.compile(  # a type word printed right after a number, in apposition
            r"[ \t]*[,(]?[ \t]*(?P<tw>" + alternation((w.key for w in self.words.values()), factor=re.I) + r")(?!\w)", re.I)
        # "Nghị quyết về giám sát chuyên đề “...”": the words after which a quoted title belongs to the name
        self.title_lead_re = re.compile(r"(?<!\w)" + alternation(links["title_lead"] or ["(?!)"], factor=re.I)
                                        + r"[ \t]*$", re.I)
        # "kết luận thanh tra số 102", "kết luận nội dung tố cáo số 103": a qualifier between the type word and số
        qualified = r"(?:\s+" + alternation(links["qualifier"] or ["(?!)"], factor=re.I) + r"(?=\s+số\s))?"
        self.type_before_re = re.compile(
            r"(?<!\w)(?P<tw>" + alternation((w.key for w in self.words.values()), factor=re.I) + r")" + qualified
            + r"\s+(?:số\s+)?$", re.I)
        self.short_re = re.compile(
            r"(?<!\w)(?P<tw>" + alternation((w.key for w in self.words.values() if w.number), factor=re.I) + r")" + qualified
            + rf"\s+(?P<so>số\s+)?(?P<n>{SHORT_NUMBER})(?![\w/]|-\w|[.,]\d)", re.I)
        self.list_more_re = re.compile(rf"\s*(?:,|và|;)\s*(?:số\s+)?(?P<n>{SHORT_NUMBER})(?![\w/]|-\w|[.,]\d)")
        # a listed name printed without its commas is the same law: "luật thực hành tiết kiệm chống lãng phí"
        # a listed name printed with a body's abbreviation in it is the same law: "Luật Hoạt động giám sát của Quốc hội
        # và HĐND", "Luật Tổ chức TAND" (law_word rows)
        abbreviated = {name.replace(words, abbr): name for name, _ in self.laws for abbr, words in law_words
                       if re.search(rf"(?<!\w){re.escape(words)}(?!\w)", name)}
        printed = [name for name, _ in self.laws] + list(abbreviated)
        self.law_re = guarded(  # scanned over every article: only where a law's first letter is
            r"(?<!\w)(?:" + alternation(printed, factor=re.I).replace(",", ",?") + r")(?!\w)", re.I)
        self.law_types = {fold(name): typ for name, typ in self.laws}
        self.law_types.update({fold(name.replace(",", " ")): typ for name, typ in self.laws if "," in name})
        self.law_names = {fold(name): name for name, _ in self.laws}
        self.law_names.update({fold(short): name for short, name in abbreviated.items()})
        self.stop_re = re.compile(alternation(stops) + r"(?!\w)")
        self.context_re = re.compile(r"(?<!\w)" + alternation(context, factor=re.I) + r"[ \t]*[,:]?[ \t]+$", re.I)
        self.org_blocker_re = re.compile(r"(?<!\w)" + alternation(org_blockers) + r"[ \t]+$")
        # "Tổ chức Hiệp ước Bắc Đại Tây Dương": an organization named after the accord it rests on
        self.accord_blocker_re = re.compile(r"(?<!\w)" + alternation(accord_blockers) + r"[ \t]+$")
        self.plural_blocker_re = re.compile(r"(?:(?<!\w)" + alternation(plural_blockers, factor=re.I) + r"|\d+)[ \t]+$", re.I)
        self.generic_re = re.compile(alternation(generic, factor=re.I) + r"(?!\w)", re.I)
        self.trailing_re = re.compile(r"[ \t]+" + alternation(trailing) + r"$")
        units = date_words.get("not_date_after", {})
        units = units.get("words", []) if isinstance(units, dict) else units
        # a count after a number ("Kế hoạch 5 năm", "Quyết định 3 lần"), unless a date follows:
        # "Nghị quyết 57 ngày 22/12/2024"
        self.unit_re = re.compile(r"\s*(?!ngày\s+\d)" + alternation(units, factor=re.I) + r"(?!\w)", re.I)

    def _plan_words(self, links: dict[str, list[str]], typed: dict[str, list[tuple[str, str]]]) -> None:
        """The words after a plan's or a resolution's type word that tell whether it is named (documents.py)."""
        # "ban hành Nghị quyết giao Bộ X chủ trì": a verb giving a body a duty, no name
        self.assigning_re = re.compile(r"[ \t]+" + _spaced(links["assigning"]) + r"[ \t]+[A-ZĐ]")
        number, year = _spaced(links["number_word"]), _spaced(links["year_word"])
        self.number_next_re = re.compile(r"[ \t]+(?:" + number + r"[ \t]+)?\d")  # "... số 86-CTr/TU"
        self.about_re = re.compile(r"[ \t]+" + _spaced(links["about_word"]) + r"[ \t]")
        # "Nghị quyết quy định mức hỗ trợ ...": what it regulates; printed in title case after its type word
        # ("Nghị quyết Quy định chính sách ưu đãi ..."), the document named by its subject
        self.regulating_re = re.compile(r"[ \t]+" + printed(links["regulating"]) + r"[ \t]+[^\W\d_]", re.I)
        self.titled_re = re.compile(r"[ \t]+" + printed([w[:1].upper() + w[1:] for w in links["regulating"]])
                                    + r"[ \t]+(?=[^\W\d_])")
        # "Chương trình mục tiêu quốc gia xây dựng nông thôn mới": a national programme, in either case
        self.national_targets = {typ: re.compile(r"[ \t]+" + printed([k for k, t in typed["national_target"] if t == typ])
                                                 + r"[ \t]+(?=[^\W\d_])", re.I)
                                 for typ in {t for _, t in typed["national_target"]}}
        # "Kế hoạch tài chính 5 năm;": a plan over a span of years
        self.years_span_re = re.compile(r"[ \t]+\d{1,2}[ \t]+" + _spaced(links["span_unit"])
                                        + r"(?=[ \t]*(?:[,;.…)\n]|$))")
        # "hủy quyết định 1743 của UBND huyện": a lower-case number's issuer, subject, date or year after it
        self.link_after_re = re.compile(r"[ \t]+(?:" + printed(links["link_after"]) + "|" + year
                                        + r"[ \t]+(?:19|20)\d\d)(?!\w)|[ \t]*[,.;)](?!\d)")
        self.number_year_re = re.compile(r"[ \t]+" + year + r"[ \t]+(?:19|20)\d\d(?![\w/\-])(?![ \t]*" + _spaced(
            links["span_word"]) + r"[ \t]*(?:" + year + r"[ \t]+)?(?:19|20)?\d\d(?!\d))")
        # the extent of a name (document_names.py): "Luật Đất đai năm 2024", its edition year; "Kỳ họp thứ 9", an
        # ordinal and its number, "Kỳ họp thứ 9, Quốc hội khóa XV" the meeting's body and term after it; "chuyển đổi
        # số", the number word ending a name before no number
        self.law_year_re = re.compile(r"\s+(?:" + year + r"\s+)?(?:19|20)\d\d(?![\w/\-])")
        self.ordinal_re = re.compile(r"(?<!\w)" + _spaced(links["ordinal"]) + r"[ \t]+$")
        self.meeting_term_re = re.compile(r"[ \t]*,[ \t]*[A-ZĐ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,8}?[ \t]+"
                                          + _spaced(links["issuer_term"]) + r"[ \t]+[IVXLC]{1,6}(?!\w)")
        self.number_words = frozenset(links["number_word"])
        # the laws' words (documents.py): the cues of a text that may print one, in lower case; the types the laws'
        # rules name (no plan's); the types whose names run short (a treaty's runs longer); the amending law's type
        self.law_cues = tuple(w.lower() for w in links["law_cue"])
        self.law_named = frozenset(links["law_named"])
        self.short_named = frozenset(links["short_named"])
        self.amending_type = (links["amending_type"] or [""])[0]
        # "Hiến pháp", "Hiến pháp năm 2013": the constitution, named by its word (its type)
        self.constitutions = dict(typed["constitution"])
        self.constitution_re = re.compile(r"(?<!\w)" + printed(list(self.constitutions)) + r"(?!\w)")

    def _title_words(self, links: dict[str, list[str]]) -> None:
        """The words around an amending or a 'về việc' title (document_forms.py, document_issued.py)."""
        # "... về mức thu phí tham quan, ngày 10-7 ...": the day of the next clause, no part of a title
        self.day_tail_re = re.compile(r"[ \t]*,?[ \t]+" + _spaced(links["day_word"]) + r"$")
        self.about_subject_re = re.compile(r"[ \t]+" + _spaced(links["about_word"]) + r"[ \t]+")
        # "Thông báo về việc chấp thuận ...": a title's matter, to a matter_stop word ('và', 'của', 'ngày')
        self.about_matter_re = re.compile(r"[ \t]+" + _spaced(links["matter_lead"]) + r"[ \t]+(?=[^\W\d_])")
        self.matter_stop_re = re.compile(alternation(links["matter_stop"] or ["(?!)"]) + r"(?!\w)")
        # "dự thảo thông tư ...", "Dự án Nghị quyết về việc ...": a draft or a bill
        # "Nghị quyết của Quốc hội về ...": the owner after a type word (owned_link: 'của')
        self.owner_link_re = re.compile(r"[ \t]+" + _spaced(links["owned_link"]) + r"[ \t]+")
        # "..., Luật tín ngưỡng, tôn giáo, ...": a law printed in lower case in a list, its type word and type
        self.listed_law = (links["listed_law"] or [""])[0]
        self.listed_law_re = re.compile(r"(?<!\w)" + _spaced(links["listed_law"]) + r"[ \t]+(?=[^\W\d_])")
        self.draft_or_bill_re = re.compile(r"(?<!\w)" + _spaced(links["draft_bill"] + links["draft"]) + r"[ \t]+$", re.I)

    def _session_words(self, links: dict[str, list[str]], congress_documents: dict[str, str]) -> None:
        """A resolution (or the documents) of a congress, a plenum or a session, named by it (documents.py)."""
        self.congress_documents = congress_documents
        self.congress_document_re = re.compile(r"(?<!\w)(?P<tw>" + printed(list(congress_documents)) + r")\s+")
        # "Nghị quyết Đại hội XIII", "... Đại hội đại biểu toàn quốc lần thứ XIV", "... Trung ương 4 khóa XII": the
        # session's head, its words (no session_stop word) and its number, maybe after an ordinal or a term word, then
        # maybe the term of the body holding it
        term = printed(links["issuer_term"])
        # (as printed; a one-word stop word before a blank, a phrase anywhere; the body maybe with its party word)
        stop = "|".join(re.escape(w) + ("" if " " in w else r"\s") for w in links["session_stop"]) or "(?!)"
        self.session_name_re = re.compile(
            printed(links["session_head"]) + r"(?:(?!" + stop + r")[^\n,.;:()“”\"]){0,60}?"
            r"\s(?:" + printed(links["issuer_term"] + links["session_ordinal"]) + r"\s+)?(?:[IVXLC]{1,5}|\d{1,2})(?!\w)"
            r"(?:\s*,?\s*(?:" + printed(links["session_body"]) + r"(?:\s+" + printed(links["session_body_party"])
            + r")?\s+)?" + term + r"\s+[IVXLC]{1,5}(?!\w))?")
        # "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng": the party after a congress, not a party's
        # organ or member ("của Đảng bộ tỉnh", "của Đảng viên")
        self.party_congress = tuple(links["party_congress"])
        self.party_tail_re = re.compile(
            r"\s+" + alternation(links["party_of"] or ["(?!)"]) + r"\s+" + alternation(links["party_name"] or ["(?!)"])
            + r"(?!\w)(?![ \t]+" + alternation(links["party_name_not"] or ["(?!)"]) + r"(?!\w))")

    def canonical_number(self, printed: str) -> str:
        """'57- NQ/TƯ' -> '57-NQ/TW': no spaces, issuer spellings as in document_issuers.tsv."""
        parts = re.split(r"([/-])", re.sub(r"\s+", "", printed))
        return "".join(self.issuer_spellings.get(p, p) for p in parts)

    def type_of_code(self, code: str, scope: str) -> str | None:
        return self.codes.get((code, scope)) or self.codes.get((code, "*"))

    def issuer_of_code(self, code: str | None) -> str | None:
        if not code:
            return None
        first = re.split(r"\s*-\s*", code)[0]
        return self.issuer_codes.get(first) or self.issuer_codes.get(re.sub(r"\d+$", "", first))

    def name_key(self, name: str) -> str:
        key = fold(name).replace(",", " ")  # "Luật Phòng, chống tham nhũng" printed without its comma is the same law
        for a, b in self.synonyms.items():
            key = re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", b, key)
        return re.sub(r"\s+", " ", key)


def _known_abbreviations(abbreviations_raw: str, bodies_raw: str, patterns_raw: str) -> frozenset[str]:
    """The abbreviations of abbreviations.tsv, the all-capital names and variants of bodies.tsv ("ASEAN", "AFP")
    and the news credits of body_patterns.tsv ("TTXVN")."""
    known = {row["abbr"] for row in resources.parse_tsv(abbreviations_raw)}
    for row in resources.parse_tsv(bodies_raw):
        known.update(n for n in [row["name"], *row.get("variants", "").split("|")] if _ACRONYM.fullmatch(n))
    known.update(row["form"] for row in resources.parse_tsv(patterns_raw) if row["kind"] == "news_credit")
    return frozenset(known)


@lru_cache(maxsize=4)
def _rules_for(types_raw: str, issuers_raw: str, dates_raw: str, known_raw: tuple[str, ...]) -> DocumentRules:
    try:
        return DocumentRules(resources.parse_tsv(types_raw), resources.parse_tsv(issuers_raw), json.loads(dates_raw),
                             _known_abbreviations(*known_raw))
    except (ValueError, KeyError, TypeError, AttributeError, re.error) as exc:
        files = f"{TYPES_FILE}, {ISSUERS_FILE}, {DATE_WORDS_FILE}, {ABBREVIATIONS_FILE}, {BODIES_FILE} or {BODY_PATTERNS_FILE}"
        raise ExtractError(f"rules files {files} are invalid: {type(exc).__name__}: {exc}") from exc


def load_rules(rules_dir: resources.RulesDir = None) -> DocumentRules:
    """The compiled rules of the packaged data files, or of ``rules_dir`` where it holds them."""
    return _rules_for(resources.read_text(TYPES_FILE, rules_dir), resources.read_text(ISSUERS_FILE, rules_dir),
                      resources.read_text(DATE_WORDS_FILE, rules_dir),
                      tuple(resources.read_text(f, rules_dir) for f in (ABBREVIATIONS_FILE, BODIES_FILE, BODY_PATTERNS_FILE)))
