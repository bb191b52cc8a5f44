"""The task rules: the phrases of ``data/task_verbs.tsv`` by kind (and the places of ``body_places.tsv``), found in a sentence with a
:class:`..phrases.WordIndex`, and the small grammar constants of the recognizer.

:func:`load_rules` reads the file once per rules folder (the component calls it from its factory);
:class:`Rules` is read-only after loading and shared by every scan, so one component may serve
several threads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...textnorm import fold
from .. import resources
from ..phrases import WordIndex
from .coassignees import Places
from .words import Words, lower_text, phrase_words

RULES_FILE = "task_verbs.tsv"
PLACES_FILE = "body_places.tsv"  # provinces and their level words, for assignees over several places
COUNTRIES_FILE = "body_patterns.tsv"  # its country rows: the country printed after a title-only speaker
PARTY_PLACES_FILE = "person_places.txt"  # countries, provinces, cities: named parties of an assignee list
HONORIFICS_FILE = "person_honorifics.tsv"  # "ông", "bà", ...: a speaker or an assignee printed as a person
TITLES_FILE = "titles.tsv"  # its printed titles, lower-cased: the kind "dispatch_appoint_title" ("cử cán bộ làm tổ trưởng")
LIST_MARKER = re.compile(r"^(?:\d{1,2}|[a-zđ]|[IVX]{1,4})$")
CLAUSE_PUNCT = {";", ":", ".", "!", "?"}
QUOTES = {"“", "”", '"', "‘", "’", "'", "(", ")", "«", "»", "-", "–", "•"}
GLUE_CHECKED = {"cue", "cue_punct", "cue_request", "cue_person", "directive", "modal", "rule_subject_modal",
                "rule_action_contrast"}  # must not be the start of a longer tagged word
OPEN_QUOTES = {"“", "«"}
CLOSE_QUOTES = {"”", "»"}
MAX_NP_WORDS = 45
MAX_SUBJECT_NP_WORDS = 60  # a subject directive's assignee (a list of offices) may run longer
SPEAKER_GAP_WORDS = 8
LOOKBACK_CHARS = 300
TENSE_PEEK_WORDS = 4
OPENING_DEADLINE_WORDS = 8
MIN_ACTION_WORDS = 3
QUOTE_SUBJECT_WORDS = 6
QUOTE_SPAN_CHARS = 1500  # a quote of several sentences closes within this many characters of its opening sentence
MIN_HEAD_BEFORE_STOP = 14  # syllables
ACTION_SKIP_WORDS = 10  # "theo chức năng, nhiệm vụ được giao | chủ động ...": the verb after the adverbial
MAX_ADVERBIAL_WORDS = 20  # an adverbial between a cue and its assignee ends at a comma this close
MAX_NAME_WORDS = 5  # a capitalized agent name before a modal ("Thừa Thiên Huế cần ...")
COPULA_PEEK_WORDS = 5  # a bare verb phrase followed this soon by "là" is a subject, not an action
PASSIVE_AGENT_WORDS = 8  # "được Thủ tướng Chính phủ giao ...": the named agent between the marker and its cue
PASSIVE_SUBJECT_WORDS = 14  # the subject of "... , X được giao ..." after a comma is at most this long
OPENING_CLAUSE_WORDS = 40  # "Sau khi nghiệm thu công trình ..., chủ đầu tư có trách nhiệm ...": the opening clause's comma
MAX_DUTY_ASSIGNEE_WORDS = 20  # "1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương: ..."
DUTY_GAP_SENTENCES = 4  # a list of duties stays open this many sentences after its last line
DATED_ITEM_GAP_WORDS = 6  # "... trong tháng 7/2025, khởi công ...": a date phrase, then the next item
SECOND_DUTY_TOKENS = 30  # "yêu cầu X <duty>; <verb> ...": a second clause this long (tokens, marks included) is a
# duty of its own: in the ledger gold, two-clause cued sentences with such a clause are split 12 times of 13,
# with a shorter one 10 of 16 (a short clause mostly rounds off the first duty)
KEEP_PASSAGE_WORDS = 10  # a paragraph's directive verb after its subject, this near, keeps a passage open
ELABORATION_SENTENCES = 2  # "Trong đó, X cần ...": this near a directive (a subheading between) it is one more assignee
MAX_FINED_WORDS = 8  # the party fined printed as a subject ("Bác sĩ A bị phạt ...") has at most this many words
HEADING_WORDS = 40  # a subheading phrased as a duty between two duty paragraphs of a passage has at most this many words (syllables)
SENTENCE_END = {".", "!", "?", "…", ";", "”", '"', "»", ":"}  # a line ending otherwise is a subheading
PASSAGE_SENTENCES = 4  # a directive passage: the cue's paragraph and the next, at most this many sentences on

Hits = dict[tuple[str, int], tuple[int, ...]]  # (kind, start word) -> lengths of the phrases there, longest first


@dataclass
class Rules:
    phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    title_body: list[tuple[str, str]] = field(default_factory=list)
    back_reference: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "nhà trường" -> ("trường", ...)
    places: Places = field(default_factory=Places)
    list_bare: frozenset[str] = frozenset()  # generic nouns that keep a list of collectives one assignee
    list_bare_modified: frozenset[str] = frozenset()  # such a noun with a list_bare_modifier ("đơn vị có liên quan")
    # a modifier after a list's last item that may scope over the whole list ("... trên địa bàn thành phố")
    list_shared_tail: re.Pattern[str] = re.compile("(?!)")
    list_heads: list[str] = field(default_factory=list)  # agent heads an item of such a list opens with
    countries: tuple[str, ...] = ()  # folded country names (body_patterns.tsv country), longest first
    party_places: frozenset[str] = frozenset()  # folded places a list of named parties may hold (``parties``)
    honorifics: tuple[str, ...] = ()  # lower-case honorifics printed before a person's name (``circumstance``)

    def __post_init__(self) -> None:
        self.matcher = WordIndex()
        self.known: set[str] = set()
        self.lengths: dict[str, tuple[int, ...]] = {}

    def index(self) -> None:
        """Put each kind's phrases into the matcher (call once, after loading)."""
        for kind, phrases in self.phrases.items():
            phrases.sort(key=len, reverse=True)
            kept = [p for p in phrases if p]
            self.known.update(w for p in kept for w in p)
            self.lengths[kind] = tuple(sorted({len(p) for p in kept}, reverse=True))
            self.matcher.add(kind, kept)
        self.pronouns = {" ".join(p) for p in self.phrases.get("pronoun", ())}
        # "các TCTD": kept before the words a defined abbreviation stands for (``full_names``)
        self.short_form_determiners = frozenset(" ".join(p) for p in self.phrases.get("short_form_determiner", ()))
        # "Đảng bộ TP.Hà Nội | kiến tạo ...": words after a name that open the action (``name_tails``)
        self.name_tail_openers = tuple(self.phrases.get("directive", ())) + tuple(self.phrases.get("name_tail_opener", ()))
        self.name_tail_adverbs = tuple(self.phrases.get("name_tail_adverb", ()))  # "cùng | phối hợp"
        self.city_shorts = tuple(self.phrases.get("city_short", ()))  # "TP HCM" in a body's name (``name_tails``)
        # "các ban | tổ chức tốt ...": a qualified agent read as head and verb after a plural word
        self.plural_verb_agents = tuple(" ".join(p) for p in self.phrases.get("agent_plural_verb", ()))
        self.plural_words = frozenset(" ".join(p) for p in self.phrases.get("plural", ())) | {"mỗi"}
        self.conjunctions = frozenset(" ".join(p) for p in self.phrases.get("conjunction", ()))  # "và": ``parties``
        # "A cùng B được giao ...": a companion word joins named parties too, only there (``parties``)
        self.party_joins = self.conjunctions | frozenset(" ".join(p) for p in self.phrases.get("party_join", ()))

    def scan(self, words: list) -> Hits:
        """Every rule phrase in ``words`` (their lower-case forms)."""
        found: dict[tuple[str, int], set[int]] = {}
        for kind, s, e in self.matcher.find([w.low for w in words]):
            found.setdefault((kind, s), set()).add(e - s)
        return {key: tuple(sorted(ns, reverse=True)) for key, ns in found.items()}

    def hits(self, words: list) -> Hits:
        if isinstance(words, Words):
            if words.hits is None:
                words.hits = self.scan(words)
            return words.hits
        return self.scan(words)

    def match(self, words: list, i: int, kind: str) -> int:
        """Length (in words) of the longest ``kind`` phrase starting at ``words[i]``, else 0.

        A phrase must not end inside a lower-case tagged word ("giao" is no cue in "giao thông").
        """
        if kind == "determiner" and i < len(words) and words[i].text.isdigit() and len(words[i].text) <= 2:
            return 1  # "4 Bộ liên quan"
        hits = words.hits if words.__class__ is Words and words.hits is not None else self.hits(words)
        ns = hits.get((kind, i))
        if ns is None:  # most calls: no phrase of this kind starts here
            return 0
        size = len(words)
        if i >= size:
            return 0
        for n in ns:
            if i + n <= size:
                if kind in GLUE_CHECKED and (words[i + n - 1].glued or (words[i].inner and kind != "modal")):
                    continue  # "cần" in "cần thiết", "giao" in "bàn giao"
                if kind == "block" and words[i].inner:
                    continue  # "không" in "hàng không"
                if kind == "agent" and n > 1 and i > 0 and words[i - 1].low in self.plural_words \
                        and " ".join(w.low for w in words[i:i + n]).startswith(self.plural_verb_agents):
                    continue  # "các ban | tổ chức tốt ...", "các đơn vị | tư vấn, hướng dẫn ...": the qualifier is the verb
                return n
        return 0

    def starts(self, words: list, kinds: tuple[str, ...]) -> set[int]:
        """The words where a phrase of one of ``kinds`` starts (a superset of where :meth:`match` is
        non-zero for them, "determiner" apart): loops over a sentence test only these."""
        return {i for kind, i in self.hits(words) if kind in kinds}

    def positions(self, words: list, kind: str, start: int, end: int) -> list[int]:
        """The words in ``range(start, end)`` where a ``kind`` phrase starts, in order (a superset of
        where :meth:`match` is non-zero; not for "determiner", which also matches a bare number)."""
        return sorted(i for k, i in self.hits(words) if k == kind and start <= i < end)

    def ends(self, words: list, k: int, kind: str) -> bool:
        """A ``kind`` phrase ends right before ``words[k]`` ("phục vụ | yêu cầu")."""
        return self.ending(words, k, kind) > 0

    def ending(self, words: list, k: int, kind: str) -> int:
        """The length of the longest ``kind`` phrase ending right before ``words[k]`` (0 without one)."""
        hits = self.hits(words)
        return next((n for n in self.lengths.get(kind, ()) if k - n >= 0 and n in hits.get((kind, k - n), ())), 0)

    def term_at(self, words: list, k: int) -> bool:
        """A cue opening a procedure's name ("giao chủ đầu tư" for designating a project's investor) that
        a punctuation mark or a ``cue_term_follow`` word ends: the name of a step, no directive."""
        n = self.match(words, k, "cue_term")
        return bool(n) and (k + n >= len(words) or words[k + n].punct
                            or bool(self.match(words, k + n, "cue_term_follow")))

    def find(self, words: list, kind: str, start: int, end: int) -> int | None:
        end = min(end, len(words))
        if kind == "determiner":
            return next((i for i in range(start, end) if self.match(words, i, kind)), None)
        return next((i for i in self.positions(words, kind, start, end) if self.match(words, i, kind)), None)


@lru_cache(maxsize=4)
def _parse_rules(text: str, places_text: str, patterns_text: str = "", party_places_text: str = "",
                 honorifics_text: str = "", titles_text: str = "") -> Rules:
    rules = Rules()
    for row in resources.parse_tsv(titles_text):
        if row.get("variant"):
            rules.phrases.setdefault("dispatch_appoint_title", []).append(phrase_words(lower_text(row["variant"])))
    rules.honorifics = tuple(sorted({lower_text(r["honorific"]) for r in resources.parse_tsv(honorifics_text)
                                     if r.get("honorific")}, key=len, reverse=True))
    rules.party_places = frozenset(fold(p) for p in resources.parse_lines(party_places_text))
    rules.countries = tuple(sorted({fold(r["form"]) for r in resources.parse_tsv(patterns_text)
                                    if r.get("kind") == "country" and r.get("form")}, key=len, reverse=True))
    for row in resources.parse_tsv(places_text):
        if row.get("name") and row.get("level"):
            rules.places.add(row["name"], row["level"], (row.get("variants") or "").split("|"))
    for row in resources.parse_tsv(text):
        kind, phrase = row.get("kind", ""), row.get("phrase", "")
        if not kind or not phrase:
            continue
        toks = phrase_words(phrase)
        if kind == "title_body":
            rules.title_body.append((" ".join(toks), row.get("value", "")))
            continue
        if kind == "back_reference":
            heads = tuple(h.strip().lower() for h in row.get("value", "").split("|") if h.strip())
            rules.back_reference[" ".join(toks)] = heads
            continue
        rules.phrases.setdefault(kind, []).append(toks)
    rules.places.local_heads = [" ".join(p) for p in rules.phrases.get("local_head", ())]
    rules.places.list_heads = [" ".join(p) for p in rules.phrases.get("list_head", ())]
    rules.places.joint_heads = [" ".join(p) for p in rules.phrases.get("joint_head", ())]
    rules.places.joint_splits = [" ".join(p) for p in rules.phrases.get("joint_split", ())]
    rules.places.repeat_titles = [" ".join(p) for p in rules.phrases.get("repeat_title", ())]
    rules.places.collective_heads = [" ".join(p) for p in rules.phrases.get("list_collective", ())]
    rules.places.central_collectives = tuple(" ".join(p) for p in rules.phrases.get("central_collective", ()))
    rules.places.local_governments = tuple(" ".join(p) for p in rules.phrases.get("local_government", ()))
    rules.places.place_counts = tuple(" ".join(p) for p in rules.phrases.get("place_count", ()))
    rules.places.plurals = tuple(" ".join(p) for p in rules.phrases.get("plural", ()))
    rules.places.list_levels = tuple(" ".join(p) for p in rules.phrases.get("list_level", ()))
    rules.list_bare = frozenset(" ".join(p) for p in rules.phrases.get("list_bare", ()))
    mods = [" ".join(p) for p in rules.phrases.get("list_bare_modifier", ())]
    rules.list_bare_modified = frozenset(f"{b} {m}" for b in rules.list_bare for m in mods)
    tails = sorted((" ".join(p) for p in rules.phrases.get("list_shared_tail", ())), key=len, reverse=True)
    if tails:
        rules.list_shared_tail = re.compile(r"\s(?:" + "|".join(map(re.escape, tails)) + r")\s")
    rules.list_heads = [" ".join(p) for kind in ("agent", "cue_agent") for p in rules.phrases.get(kind, ())]
    rules.places.conjunctions = tuple(" ".join(p) for p in rules.phrases.get("conjunction", ()))
    rules.places.place_committees = tuple(" ".join(p) for p in rules.phrases.get("place_committee", ()))
    rules.places.levels = tuple((" ".join(phrase_words(r["phrase"])), tuple(f for f in (r.get("value") or "").split("|")
                                                                         if f))
                                for r in resources.parse_tsv(text) if r.get("kind") == "province_level" and r.get("phrase"))
    rules.places.compile()
    rules.index()
    return rules


def load_rules(rules_dir: Path | str | None = None) -> Rules:
    """The rules of ``task_verbs.tsv`` in ``rules_dir`` (else the packaged file), parsed once."""
    return _parse_rules(resources.read_text(RULES_FILE, rules_dir),
                        resources.read_text(PLACES_FILE, rules_dir), resources.read_text(COUNTRIES_FILE, rules_dir),
                        resources.read_text(PARTY_PLACES_FILE, rules_dir),
                        resources.read_text(HONORIFICS_FILE, rules_dir),
                        resources.read_text(TITLES_FILE, rules_dir))
