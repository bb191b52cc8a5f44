"""The function words of a body's name the bodies' phases read, from body_patterns.tsv (compiled with the name checks,
``NameChecks.grammar``): the words printed between a committee and its term with the term's number (``term_word``:
"Ban Chấp hành Trung ương Đảng khóa XIII", "... Đại hội XIV"), the home country (``home_country``: "Việt Nam" joins a
state body's name; a mission abroad is "Đại sứ quán Việt Nam tại X") and the word naming a mission's host
(``abroad_word``: "tại"), the words joining the items of a list (``conjunction``: "và"), the prefix a title is read
up to (``standing_prefix``: "Phó Trưởng ban Thường trực Ban X"), the executive committee's prefix named with the party
organization (``executive_prefix``: "Ban Chấp hành Đảng bộ tỉnh X"), the provinces' levels (``province_level``: a
bare "Tỉnh ủy" names its province's committee), the word after a province merged away (``merged_away_after``:
"tỉnh X cũ"), the class words that after a body join another one (``join_after``: "UBND tỉnh cùng các Sở"), the
preposition opening a topic or a unit's field (``topic_about``: "Ban Chỉ đạo Trung ương về ...", "Phòng Cảnh sát
điều tra tội phạm về ma túy"), the word before a document's number in a topic (``number_word``: "Nghị quyết số 18")
the determiner a topic may open with (``topic_plural``: "Ban Chỉ đạo các công trình trọng điểm ..."), the words ending
a national body's name (``national_end``: "... quốc gia"), the word before a level that names a class of units
(``level_class_word``: "... cấp huyện") and the words before a foreign head that make it a joint of two names
(``joint_word``: "Hạ viện Nhật Bản và Thượng viện"), the determiner and the counts before a head that make it a
class of bodies (``class_count``: "các Hội đồng", "hai Ban Chỉ đạo"; any number too), the determiner and the count
words before a local head's level words listing its places (``level_count``: "UBND các tỉnh X, Y", "UBND hai tỉnh X và
Y"; a one-digit count from 2 too, "UBND 2 tỉnh X và Y") and the ministries' head before
a list of their fields (``ministry_list_head``: "các Bộ: Tài chính, Công Thương") and the party word a plenum's
committee ends with (``plenum_party``: "Hội nghị Trung ương Đảng", not the bare "Hội nghị Trung ương 4"), and what a
bare level word of a local organ ("UBND xã") is read with: the nouns ending with a level word (``level_compound``:
"hợp tác xã"), the words besides the conjunctions joining two level words into a class (``level_list_join``:
"xã hoặc phường"), the words after it pointing at another place (``level_stop``: "UBND xã bạn", "xã giáp ranh") and
the cues of a general rule (``level_general_opener``: "Theo Luật ..."; ``level_general_after``: "... xã có thẩm quyền").
The home country and the conjunctions are read here only: every phase reads them as ``grammar.home`` and
``grammar.conjunctions``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textnorm import canonical_tones, fold

GRAMMAR_KINDS = frozenset({"term_word", "standing_prefix", "executive_prefix", "province_level", "merged_away_after",
                           "join_after", "topic_about", "number_word", "topic_plural", "national_end",
                           "level_class_word", "joint_word", "class_count", "level_count", "ministry_list_head",
                           "plenum_party", "level_compound", "level_list_join", "level_stop", "level_general_opener",
                           "level_general_after"})
AMPERSAND = "&"  # joins a department's field's words as a conjunction does ("răng & hàm mặt")
FIELD_DASHES = frozenset({"-", "–"})  # join a unit's list of crimes' nouns as a comma does ("về trật tự - xã hội")


@dataclass(frozen=True)
class BodyGrammar:
    term_rx: re.Pattern[str] | None = None  # " khóa XIII", on the low text: group 1 the word, group 2 its number
    term_words: dict[str, str] = field(default_factory=dict)  # the lower-cased term word -> as named ("Đại hội")
    home: str = ""  # the home country as named ("Việt Nam")
    home_key: str = ""  # ... folded
    home_rx: re.Pattern[str] | None = None  # " việt nam": the home country after a space, a whole word, on the low text
    abroad: str = ""  # the word naming a mission's host ("tại")
    joined: frozenset[str] = frozenset()  # what joins two listed names: a comma and the conjunctions ("và")
    list_sep_rx: re.Pattern[str] = re.compile(r",[ \t]+")  # ", " or " và " between two listed names
    conjunctions: frozenset[str] = frozenset()  # lower-cased ("và")
    conjunction: str = ""  # the first row's: what spells out a joining "&" ("và")
    conjunction_alt: str = "(?!)"  # ... as one alternation, longest first
    standing: str = ""  # the standing prefix, folded ("thường trực")
    executive: str = ""  # the executive committee's prefix as named ("Ban Chấp hành")
    province_levels: frozenset[str] = frozenset()  # folded ("tỉnh", "thành phố")
    merged_away_rx: re.Pattern[str] | None = None  # " cũ", " (cũ": a province merged away, on the low text
    join_after: frozenset[str] = frozenset()  # folded ("cùng")
    about: frozenset[str] = frozenset()  # lower-cased ("về")
    about_rx: re.Pattern[str] = re.compile("(?!)")  # " về ": the preposition between blanks, on the low text
    about_next_rx: re.Pattern[str] = re.compile("(?!)")  # " về" and one blank
    # what separates a topic's words: a comma, a conjunction, a dash or blanks (group 0), on the low text
    topic_sep_rx: re.Pattern[str] = re.compile(r"(\s*[,]\s*|\s*[-–]\s*|\s+)")
    number_words: frozenset[str] = frozenset()  # lower-cased ("số")
    number_alt: str = "(?!)"  # ... as one alternation
    topic_plural: str = ""  # lower-cased ("các")
    national_ends: tuple[str, ...] = ()  # folded, a space before each (" quốc gia")
    level_classes: tuple[str, ...] = ()  # lower-cased, a space before each (" cấp")
    joint_before_rx: re.Pattern[str] = re.compile(r"(?:^|[,;.:(])\s*$")  # a joint right before a name, printed text
    plural_before_rx: re.Pattern[str] = re.compile(r"(?<!\w)\d+[ \t]+$")  # "các ", "hai ", "3 " ending a low text
    ministry_list_rx: re.Pattern[str] | None = None  # "các bộ: ", "hai bộ ", on the low text
    # " các ", " hai ", " 2 ": a determiner or a count before a local head's plural level words, on the low text
    level_count_rx: re.Pattern[str] = re.compile(r"[ \u00a0]+[2-9][ \u00a0]+")
    plenum_parties: tuple[str, ...] = ()  # folded ("đảng"): a plenum's committee ends with one
    # a noun ending with a level word that names no place ("hợp tác xã"), ending a low text
    level_compound_rx: re.Pattern[str] = re.compile("(?!)")
    # what joins two bare level words, a class of bodies ("UBND xã, phường", "xã và thị trấn"), at a level's end
    level_list_rx: re.Pattern[str] = re.compile(r"[ \t]*[,/][ \t]*")
    # a lower-case word after a bare level word pointing at another place ("UBND xã bạn", "xã giáp ranh")
    level_stop_rx: re.Pattern[str] = re.compile("(?!)")
    # a sentence stating a general rule for every such organ ("Theo Luật ...", "... xã có thẩm quyền")
    level_general_opener_rx: re.Pattern[str] = re.compile("(?!)")  # at a sentence's start, low text
    level_general_after_rx: re.Pattern[str] = re.compile("(?!)")  # right after the bare level word
    field_joining: frozenset[str] = frozenset()  # the about words and the conjunctions: inside a unit's field
    field_joins: frozenset[str] = FIELD_DASHES | {","}  # ... with a comma and the dashes, never its last word
    department_joins: frozenset[str] = frozenset({AMPERSAND})  # the conjunctions and "&" in a department's field

    def plural_before(self, low: str, start: int, window: int) -> bool:
        """A class determiner or a count right before ``start`` of the low text, within ``window`` characters."""
        return bool(self.plural_before_rx.search(low, max(0, start - window), start))


def _longest(word: str) -> tuple[int, str]:
    """Longest first, words of one length alphabetically: every process builds the same alternation."""
    return -len(word), word


def compile_grammar(patterns: list[dict[str, str]]) -> BodyGrammar:
    """The grammar words of the ``GRAMMAR_KINDS`` rows and of the shared ``home_country``, ``abroad_word`` and
    ``conjunction`` rows (the first row of a kind naming one word)."""
    def printed(kind: str) -> list[str]:
        return [canonical_tones(r["form"].strip()) for r in patterns if r["kind"] == kind and r["form"].strip()]

    terms = {w.lower(): w for w in printed("term_word")}
    term_rx = re.compile(r"\s+(" + "|".join(re.escape(w) for w in sorted(terms, key=_longest))
                         + r")\s+([ivxlc]+|\d+)(?!\w)") if terms else None
    home = next(iter(printed("home_country")), "")
    conjunctions = sorted({w.lower() for w in printed("conjunction")}, key=_longest)
    sep = r",[ \t]+" + "".join(r"|[ \t]+" + re.escape(w) + r"[ \t]+" for w in conjunctions)
    merged = sorted({w.lower() for w in printed("merged_away_after")}, key=_longest)
    about = sorted({w.lower() for w in printed("topic_about")}, key=_longest)
    about_alt = "|".join(map(re.escape, about)) or "(?!)"
    numbers = sorted({w.lower() for w in printed("number_word")}, key=_longest)
    conjunction_alt = "|".join(map(re.escape, conjunctions))
    counts = "".join(re.escape(w) + "|" for w in sorted({w.lower() for w in printed("class_count")}, key=_longest))
    level_counts = "".join(re.escape(w) + "|" for w in sorted({w.lower() for w in printed("level_count")}, key=_longest))
    ministry = "|".join(map(re.escape, sorted({w.lower() for w in printed("ministry_list_head")}, key=_longest)))
    joints = "|".join(map(re.escape, sorted({w.lower() for w in printed("joint_word")}, key=_longest)))
    def after_rx(kind: str) -> re.Pattern[str]:  # one of the kind's words after blanks, a whole word
        words = sorted({w.lower() for w in printed(kind)}, key=_longest)
        return re.compile(r"[ \t\u00a0]+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
                          + r")(?!\w)") if words else re.compile("(?!)")

    openers = sorted({w.lower() for w in printed("level_general_opener")}, key=_longest)
    level_joins = sorted({*conjunctions, *(w.lower() for w in printed("level_list_join"))}, key=_longest)
    return BodyGrammar(term_rx=term_rx, term_words=terms, home=home, home_key=fold(home),
                       home_rx=re.compile(" " + re.escape(home.lower()) + r"(?!\w)") if home else None,
                       abroad=next(iter(printed("abroad_word")), ""), joined=frozenset({",", *conjunctions}),
                       list_sep_rx=re.compile(sep), conjunctions=frozenset(conjunctions),
                       conjunction=next(iter(printed("conjunction")), "").lower(),
                       conjunction_alt=conjunction_alt or "(?!)",
                       standing=fold(next(iter(printed("standing_prefix")), "")),
                       executive=next(iter(printed("executive_prefix")), ""),
                       province_levels=frozenset(map(fold, printed("province_level"))),
                       merged_away_rx=re.compile(r"[ \t]*\(?(?:" + "|".join(map(re.escape, merged)) + r")(?!\w)")
                       if merged else None,
                       join_after=frozenset(map(fold, printed("join_after"))),
                       about=frozenset(about), about_rx=re.compile(r"\s+(?:" + about_alt + r")\s+"),
                       about_next_rx=re.compile(r"\s+(?:" + about_alt + r")\s"),
                       topic_sep_rx=re.compile(r"(\s*[,]\s*|\s+(?:" + (conjunction_alt or "(?!)") + r")\s+|\s*[-–]\s*|\s+)"),
                       number_words=frozenset(numbers), number_alt="|".join(map(re.escape, numbers)) or "(?!)",
                       topic_plural=next(iter(printed("topic_plural")), "").lower(),
                       national_ends=tuple(" " + fold(w) for w in printed("national_end")),
                       level_classes=tuple(" " + w.lower() for w in printed("level_class_word")),
                       joint_before_rx=re.compile(r"(?:^|[,;.:(]" + (r"|\s(?:" + joints + ")" if joints else "") + r")\s*$"),
                       plural_before_rx=re.compile(r"(?<!\w)(?:" + counts + r"\d+)[ \t]+$"),
                       ministry_list_rx=re.compile(r"(?<!\w)(?:" + counts + r"\d+)[ \t]+(?:" + ministry + r")[ \t]*:?[ \t]*")
                       if ministry else None,
                       level_count_rx=re.compile(r"[ \u00a0]+(?:" + level_counts + r"[2-9])[ \u00a0]+"),
                       plenum_parties=tuple(sorted({fold(w) for w in printed("plenum_party")})),
                       level_compound_rx=re.compile(r"(?<!\w)(?:" + "|".join(
                           re.escape(w.lower()).replace(r"\ ", r"\s+") for w in sorted(set(printed("level_compound")), key=_longest))
                                                    + r")$") if printed("level_compound") else re.compile("(?!)"),
                       level_list_rx=re.compile(r"[ \t]*(?:[,/]" + "".join("|" + re.escape(w) for w in level_joins) + r")[ \t]*"),
                       level_stop_rx=after_rx("level_stop"), level_general_after_rx=after_rx("level_general_after"),
                       level_general_opener_rx=re.compile(r"[\s\"“'(]*(?:" + "|".join(
                           re.escape(w).replace(r"\ ", r"\s+") for w in openers) + r")(?!\w)") if openers else re.compile("(?!)"),
                       field_joining=frozenset(about) | frozenset(conjunctions),
                       field_joins=frozenset(about) | frozenset(conjunctions) | FIELD_DASHES | {","},
                       department_joins=frozenset(conjunctions) | {AMPERSAND})
