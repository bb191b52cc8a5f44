"""The bodies' rules about a foreign news outlet printed by its Latin name alone ("nói với Reuters"): the words
before it that make it a person's name (an honorific of person_honorifics.tsv or a title of titles.tsv: "ông
Bloomberg", "thị trưởng Bloomberg") or a thing named like it (bare_outlet_not_after rows of body_patterns.tsv:
"xét nghiệm AFP", "vệ tinh Sputnik"; value: the outlets it holds for, "|"-separated, empty for every one); the cues
before a Vietnamese outlet's brand; and the firm words before a foreign firm's Latin name ("hãng xe X")."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..textnorm import canonical_tones, fold
from . import resources
from .body_phrases import phrase_regex

if TYPE_CHECKING:
    from .body_rules import BodyRules


def before(forms: list[str]) -> re.Pattern[str] | None:
    """The printed forms, longest first, as one pattern on the lower-cased text ending right before a word."""
    alts = sorted(sorted({phrase_regex(canonical_tones(f), macros=False) for f in forms if f.strip()}), key=len,
                  reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")[ \t]+$") if alts else None


def compile_outlets(rules: BodyRules, patterns: list[dict[str, str]], honorifics: str | None, titles: str | None
                    ) -> None:
    """The outlet rules of ``rules``: the guards before a foreign outlet's bare Latin name and the cues before a
    Vietnamese outlet's brand."""
    rules.person_before, rules.bare_outlet_not_after = compile_outlet_guards(patterns, honorifics, titles)
    rules.cued = compile_outlet_cues(patterns)
    rules.firms = compile_firms(patterns)


FIRM_KINDS = frozenset({"firm_word", "firm_not_after", "firm_not", "surname_name_head"})


@dataclass(frozen=True)
class FirmRules:
    """A foreign firm printed by its Latin name after a lower-case firm word ("hãng xe X", world.py): the firm words
    (folded, as one pattern), those that may open a sentence capitalized ("Hãng X"), the words before one that make it
    another head ("tổng"), and the words that end its field or are no firm's name ("của", "sản phẩm", "TNHH")."""

    words: re.Pattern[str] | None = None
    opening: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    stop: frozenset[str] = frozenset()
    fielded: frozenset[str] = frozenset()  # "nhà sản xuất": a firm only with its field printed ("nhà sản xuất chip X")
    surname_heads: frozenset[str] = frozenset()  # "tập đoàn": its own name may open with a surname's word


def compile_firms(patterns: list[dict[str, str]]) -> FirmRules:
    """The firm rules of body_patterns.tsv's firm_word, firm_not_after, firm_not and surname_name_head rows."""
    by: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in patterns:
        if r["kind"] in FIRM_KINDS:
            by[r["kind"]].append((fold(r["form"]), r.get("value") or ""))
    alts = sorted(sorted({re.escape(f) for f, _v in by["firm_word"]}), key=len, reverse=True)
    return FirmRules(words=re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")[ \t]+") if alts else None,
                     opening=frozenset(f for f, v in by["firm_word"] if "opening" in v.split("|")),
                     fielded=frozenset(f for f, v in by["firm_word"] if "field" in v.split("|")),
                     not_after=frozenset(f for f, _v in by["firm_not_after"]),
                     stop=frozenset(f for f, _v in by["firm_not"]),
                     surname_heads=frozenset(f for f, _v in by["surname_name_head"]))


def compile_outlet_guards(patterns: list[dict[str, str]], honorifics: str | None, titles: str | None
                          ) -> tuple[re.Pattern[str] | None, dict[str, re.Pattern[str]]]:
    """(the person words before an outlet's name, outlet -> the thing words before it; "" for every outlet)."""
    # an expert's descriptor is none: "nhà phân tích Reuters" is the outlet's (person_honorifics.tsv flag expert)
    leads = [r["honorific"] for r in resources.parse_tsv(honorifics) if "expert" not in (r.get("flags") or "").split(",")
             ] if honorifics else []
    leads += [r["variant"] for r in resources.parse_tsv(titles)] if titles else []
    outlets: dict[str, list[str]] = defaultdict(list)
    for r in patterns:
        if r["kind"] == "bare_outlet_not_after":
            for name in (r.get("value") or "").split("|"):
                outlets[name.strip()].append(r["form"])
    return before(leads), {name: rx for name, forms in outlets.items() if (rx := before(forms))}


_BRAND_SORTS = {"outlet_brand": "", "outlet_common_brand": "common", "outlet_site_brand": "site"}
OUTLET_CUE_KINDS = frozenset({"outlet_cue", "outlet_closer", "outlet_work", "outlet_subject_verb",
                              "outlet_subject_gap", "outlet_subject_after", "outlet_name_stop", "outlet_cue_not",
                              *_BRAND_SORTS})


@dataclass(frozen=True)
class OutletCues:
    """A Vietnamese outlet's brand cited after a cue (outlet_cue rows of body_patterns.tsv): the cues on the
    lower-cased text (group ``cue``; group ``word``: a cue's own word after it, "nói với phóng viên"), each cue's
    kind (folded cue -> its value: "" a reporting cue, "plain" one that may speak to anyone, "site" one citing only
    a site's own brand, "between" or "word" a word naming the press); the brands as printed, tone-canonical, case
    kept, longest first, with the name each stands for and its sort ("common": also a common word,
    outlet_common_brand: "Người Lao Động", workers; "site": a site's own, outlet_site_brand: "VnExpress"); what must
    follow a common brand after a reporting cue (outlet_closer: ",", "rằng"); the works whose clause cites none
    (outlet_work: "Bài hát nói với Tuổi Trẻ"); the verbs after a brand opening a clause, its subject
    (outlet_subject_verb: "Tuổi Trẻ Online đưa tin"; outlet_subject_gap words between: "đã", "tiếp tục"), as one
    pattern on the lower-cased text right after the brand, and the conjunctions opening a clause before it
    (outlet_subject_after, folded: "Ngay sau khi Tuổi Trẻ Online đưa tin"); the verbs flagged ``common``, which a
    common phrase printed like a brand takes too, after it and maybe its gap words ("Dân trí cũng phản ánh ...");
    the words that end an outlet's name cited after an opener (outlet_name_stop, folded, longest first, with their
    ``numbered`` flag: only before a number: "theo báo X số 12", "theo báo X và Y"); the brands a cue never cites
    (outlet_cue_not: folded cue -> the brands as printed, tone-canonical)."""

    cues: re.Pattern[str] | None = None
    kinds: dict[str, str] = field(default_factory=dict)
    brands: tuple[tuple[str, str, str], ...] = ()
    closers: re.Pattern[str] | None = None
    works: re.Pattern[str] | None = None
    subject_verbs: re.Pattern[str] | None = None
    subject_after: frozenset[str] = frozenset()
    common_verbs: re.Pattern[str] | None = None  # right after the brand: verbs a common phrase takes too ("phản ánh")
    name_stops: tuple[tuple[str, bool], ...] = ()
    cue_not: dict[str, frozenset[str]] = field(default_factory=dict)


def compile_outlet_cues(patterns: list[dict[str, str]]) -> OutletCues:
    """The rules of :class:`OutletCues` from the rows of body_patterns.tsv."""
    def forms(kind: str, *values: str) -> list[str]:
        return [r["form"] for r in patterns if r["kind"] == kind and (not values or (r.get("value") or "") in values)]

    def alts(fs: list[str]) -> str:
        return "|".join(sorted(sorted({phrase_regex(canonical_tones(f).lower(), macros=False) for f in fs}),
                               key=len, reverse=True))
    brands = sorted(((canonical_tones(r["form"]), r.get("value") or r["form"], _BRAND_SORTS[r["kind"]])
                     for r in patterns if r["kind"] in _BRAND_SORTS), key=lambda b: -len(b[0]))
    stops = tuple(sorted({(fold(r["form"]), (r.get("value") or "") == "numbered") for r in patterns
                          if r["kind"] == "outlet_name_stop" and r["form"].strip()}, key=lambda s: -len(s[0])))
    cue_not = {" ".join(fold(r["form"]).split()): frozenset(canonical_tones(b.strip()) for b in (r.get("value") or "")
                                                          .split("|") if b.strip())
               for r in patterns if r["kind"] == "outlet_cue_not" and r["form"].strip()}
    cues = forms("outlet_cue", "", "plain", "site", "word")
    if not cues or not brands:
        return OutletCues(brands=tuple(brands), name_stops=stops, cue_not=cue_not)
    words = forms("outlet_cue", "word", "between")
    between = r"(?:(?P<word>" + alts(words) + r")[ \t]+)?" if words else ""
    closers, works = forms("outlet_closer"), forms("outlet_work")
    verbs, gaps = forms("outlet_subject_verb"), forms("outlet_subject_gap")
    subjects = (re.compile(r"[ \t]+(?:(?:" + alts(gaps) + r")[ \t]+)*(?:" + alts(verbs) + r")(?!\w)")
                if verbs else None)
    return OutletCues(
        re.compile(r"(?<!\w)(?P<cue>" + alts(cues) + r")[ \t]+" + between),
        {" ".join(fold(r["form"]).split()): r.get("value") or "" for r in patterns if r["kind"] == "outlet_cue"},
        tuple(brands),
        re.compile(r"[ \t]*(?:" + "|".join(_loose(f) for f in closers) + r")(?!\w)") if closers else None,
        re.compile(r"(?:" + alts(works) + r")(?!\w)") if works else None, subjects,
        frozenset(fold(f) for f in forms("outlet_subject_after")),
        re.compile(r"[ \t]+" + (r"(?:(?:" + alts(gaps) + r")[ \t]+)*" if gaps else "") + r"(?:" + alts(common) + r")(?!\w)")
        if (common := forms("outlet_subject_verb", "common")) else None, stops, cue_not)


def _loose(form: str) -> str:
    """A folded form as a pattern on the lower-cased text, any blanks between its words."""
    return r"[ \t]+".join(re.escape(w) for w in fold(form).split())
