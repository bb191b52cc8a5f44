"""meetings: the sessions an article reports ("Phiên họp thứ 2", "Hội nghị lần thứ 13") as
:class:`~nqextract.models.Meeting`, with the body holding it, chair, date, place and attendees.

Rules on the Doc, cues in ``data/meeting_cues.tsv``:

* name: a meeting head (``Phiên họp``, ``Hội nghị``, ``Kỳ họp`` ...) + ``(lần) thứ N`` / ordinal
  word / ``Quý III``; mentions with the same head kind and number are one meeting (``họp Phiên thứ
  nhất`` = ``Phiên họp thứ nhất``). Without any numbered meeting, a capitalized head in a sentence
  that holds or chairs it ("chủ trì Hội nghị ...") names the meeting.
* the main meeting is the first one whose sentence holds/chairs it (``tổ chức``, ``chủ trì``);
  the chair ("X chủ trì"), the attendees ("Tham dự có các đồng chí: ...") and the lead's venue
  ("tại Trụ sở Trung ương Đảng") and date go to it.
* body: a BODY span right after the name ("... lần thứ 8 của Ủy ban") or the sentence's subject
  body before it ("Ban Chỉ đạo ... đã tổ chức Phiên họp thứ 2").
* date: the day-date nearest the mention in its sentence, else (main meeting) the lead's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Meeting
from ..textnorm import canonical_tones
from . import resources
from .dates import fallback_dates
from .phrases import PhraseHits, PhraseTable
from .view import SYLLABLES, DocView, set_spans, view

RULES_FILE = "meeting_cues.tsv"
_ROMAN = re.compile(r"^[ivxlc]+$")
_NUMBER = re.compile(r"^\d{1,3}$")
ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
LEAD_SENTENCES = 4
MAX_GENERIC_NAME_WORDS = 20
HOLD_AFTER_WORDS = 4
NEAR_AFTER_CHARS = 60


def roman(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s.lower()):
        v = ROMAN_VALUES[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


@lru_cache(maxsize=4)
def _table(text: str) -> PhraseTable:
    rows = resources.parse_tsv(text)
    return PhraseTable(
        (row["kind"], [m.group(0) for m in SYLLABLES.finditer(canonical_tones(row["phrase"]).lower())],
         row.get("value", ""))
        for row in rows if row.get("kind") and row.get("phrase")
    )


def load_rules(rules_dir: resources.RulesDir = None) -> PhraseTable:
    """The cues of ``meeting_cues.tsv`` (of ``rules_dir`` when it holds one), by kind."""
    return _table(resources.read_text(RULES_FILE, rules_dir))


class Word:
    """A syllable-level word of a sentence (:data:`.view.SYLLABLES`), as printed and lower-cased
    (read-only by convention; a slotted class: one per syllable of every article)."""

    __slots__ = ("start", "end", "text", "low")

    def __init__(self, start: int, end: int, text: str, low: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low

    @property
    def upper(self) -> bool:
        return self.text[:1].isupper()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Word) and (self.start, self.end, self.text, self.low) == (
            other.start, other.end, other.text, other.low)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text, self.low))

    def __repr__(self) -> str:
        return f"Word(start={self.start!r}, end={self.end!r}, text={self.text!r}, low={self.low!r})"


@dataclass
class Mention:
    key: str
    name: str
    start: int
    end: int
    sentence: tuple[int, int]
    words: list[Word]
    first: int  # word index of the name in its sentence
    last: int  # word index after the name
    hits: PhraseHits  # the cues found in its sentence


class MeetingScan:
    """One article's meetings: every per-article list lives here, never on the component."""

    def __init__(self, doc: Doc, rules: PhraseTable) -> None:
        v: DocView = view(doc)
        self.rules = rules
        self.text = v.text
        self.low = v.low
        self.bodies = v.facts("bodies")
        self.persons = v.facts("persons")
        self.dates = v.facts("dates")
        if not self.dates:
            published = doc._.published
            self.dates = fallback_dates(self.low, published.year if published else None)
        self.ner_persons = v.facts("ner", "PER")
        self.sentences = v.sentences
        low = v.low
        self.sent_spans = v.sentence_words(SYLLABLES)
        self._sent_words: dict[int, list[Word]] = {}  # a sentence's Words, built when a rule reads them
        self.hits: list[PhraseHits] = [rules.scan([low[s:e] for s, e in spans]) for spans in self.sent_spans]
        self.count_words = rules.words("count_word")
        self.ordinal_words = rules.words("ordinal_word")
        self.quarter_words = rules.words("quarter_word")
        self.place_words = rules.words("place_word")
        self.body_links = rules.words("body_link")
        self.numbered_heads = {v for (k, _p), v in rules.values.items() if k == "numbered_head"}
        self.chair_cues = rules.texts("chair")
        self.chair_after = rules.texts("chair_after")

    def sent_words(self, k: int) -> list[Word]:
        """The words of sentence ``k``."""
        words = self._sent_words.get(k)
        if words is None:
            text, low = self.text, self.low
            words = self._sent_words[k] = [Word(s, e, text[s:e], low[s:e]) for s, e in self.sent_spans[k]]
        return words

    def meetings(self) -> list[Meeting]:
        mentions: list[Mention] = []
        for k in range(len(self.sentences)):
            if not any(kind == "head" for kind, _ in self.hits[k].hits):
                continue  # every name starts at a meeting head
            numbered = self._names(k)
            generic = [g for g in self._generic_names(k)
                       if not any(n.start <= g.start < n.end for n in numbered)]
            mentions += sorted(numbered + generic, key=lambda m: m.start)
        groups: dict[str, list[Mention]] = {}
        for m in mentions:
            groups.setdefault(m.key, []).append(m)
        if not groups:
            return []
        main_key = next((m.key for m in mentions if self._holds(m)), mentions[0].key)
        meetings: list[Meeting] = []
        for key, ms in groups.items():
            first = ms[0]
            main = key == main_key
            meetings.append(Meeting(
                name=first.name,
                body=next((b for b in (self._body(m) for m in ms) if b), None),
                chair=self._chair(ms, main),
                date=self._date(ms, main),
                place=self._place(ms, main),
                attendees=self._attendees(main),
                start=first.start,
                end=first.end,
            ))
        return meetings

    # ----------------------------------------------------------------- names

    def _names(self, k: int) -> list[Mention]:
        r = self.hits[k]
        words = self.sent_words(k)
        out: list[Mention] = []
        i = 0
        while i < len(words):
            n, kind = r.at(i, "head")
            if not n:
                i += 1
                continue
            j = i + n
            number: int | None = None
            if j < len(words) and words[j].low in self.count_words:
                j += 1
            if j < len(words) and words[j].low in self.ordinal_words and j + 1 < len(words):
                m, value = r.at(j + 1, "ordinal")
                if m:
                    number, j = int(value), j + 1 + m
                elif _NUMBER.match(words[j + 1].low):
                    number, j = int(words[j + 1].low), j + 2
                elif _ROMAN.match(words[j + 1].low) and words[j + 1].text.isupper():
                    number, j = roman(words[j + 1].low), j + 2
            elif j + 1 < len(words) and words[j].low in self.quarter_words and _ROMAN.match(words[j + 1].low):
                number, j = 100 + roman(words[j + 1].low), j + 2
                kind += " " + words[j - 2].low
            elif kind in self.numbered_heads and j < len(words) and _NUMBER.match(words[j].low):
                number, j = int(words[j].low), j + 1
            if number is None:
                i += n
                continue
            start, end = words[i].start, words[j - 1].end
            out.append(Mention(f"{kind}|{number}", self._name_text(start, end), start, end,
                               self.sentences[k], words, i, j, r))
            i = j
        return out

    def _name_text(self, start: int, end: int) -> str:
        text = self.text[start:end]
        return text[:1].upper() + text[1:]

    def _generic_names(self, k: int) -> list[Mention]:
        """"tổ chức Hội nghị sơ kết ...", "Hội nghị Ban Chấp hành ... đã khai mạc": a capitalized
        meeting head held in its sentence; the name runs to punctuation or a ``name_stop`` word."""
        r = self.hits[k]
        words = self.sent_words(k)
        for i in range(len(words)):
            n, kind = r.at(i, "head")
            if not n or not words[i].upper:
                continue
            j = i + n
            while j < len(words) and j - i < MAX_GENERIC_NAME_WORDS and words[j].text[:1] not in ",.;:(" \
                    and not r.at(j, "name_stop")[0]:
                j += 1
            if j == i + n:
                continue  # a bare "Phiên họp" refers back to a named meeting
            held = any(r.at(q, "hold")[0] for q in range(max(0, i - 4), i)) or any(
                r.at(q, "hold")[0] for q in range(j, min(j + HOLD_AFTER_WORDS, len(words))))
            if not held:
                continue
            start, end = words[i].start, words[j - 1].end
            return [Mention(f"{kind}|{self.low[start:end]}", self.text[start:end], start, end,
                            self.sentences[k], words, i, j, r)]
        return []

    # ----------------------------------------------------------------- attributes

    def _holds(self, m: Mention) -> bool:
        r = m.hits
        return any(r.at(q, "hold")[0] for q in range(max(0, m.first - 4), m.first)) or any(
            r.at(q, "hold")[0] for q in range(m.last, min(m.last + HOLD_AFTER_WORDS, len(m.words))))

    def _body(self, m: Mention) -> str | None:
        s, e = m.sentence
        # "... lần thứ 8 của Ủy ban", "Phiên họp thứ nhất Ban Chỉ đạo ..."
        after = m.words[m.last:m.last + 2]
        for f in self.bodies:
            if after and m.end <= f.start and (f.start == after[0].start or (
                    len(after) > 1 and after[0].low in self.body_links and f.start == after[1].start)):
                return f.kb
        # "Hội nghị Ban Chấp hành Trung ương Đảng khóa XIII": the body named inside the name
        inside = [f for f in self.bodies if m.start < f.start and f.end <= m.end]
        if inside:
            return inside[0].kb
        # "Ban Chỉ đạo ... đã tổ chức Phiên họp thứ 2": the subject body before the hold verb
        if self._holds(m):
            before = [f for f in self.bodies if s <= f.start and f.end <= m.start
                      and not any(self.low[max(s, f.start - len(w) - 1):f.start].endswith(w + " ")
                                  for w in self.place_words)]
            # the clause holding the meeting starts after the last punctuation outside a body name
            clause = s
            for p in re.finditer(r"[,;:]", self.text[s:m.start]):
                pos = s + p.start()
                if not any(f.start <= pos < f.end for f in self.bodies):
                    clause = pos + 1
            subject = [f for f in before if f.start >= clause]
            if subject:
                return subject[0].kb
        return None

    def _chair(self, ms: list[Mention], main: bool) -> str | None:
        candidates = [m.sentence for m in ms]
        if main:
            candidates += self.sentences
        for s, e in candidates:
            k = min((k for k in (self.low.find(c, s, e) for c in self.chair_cues) if k >= 0), default=-1)
            if k < 0:
                continue
            persons = [p for p in self.persons + self.ner_persons if s <= p.start and p.end <= k]
            if persons:
                first = min(persons, key=lambda p: p.start)
                return first.kb
            # "dưới sự chủ trì của Chủ tịch Quốc hội Trần Thanh Mẫn"
            if any(self.low.startswith(c, k) for c in self.chair_after):
                after = [p for p in self.persons + self.ner_persons if k < p.start < e]
                if after:
                    return min(after, key=lambda p: p.start).kb
        return None

    def _date(self, ms: list[Mention], main: bool) -> str | None:
        for m in ms:
            s, e = m.sentence
            in_sentence = [d for d in self.dates if s <= d.start < e and "/" not in d.kb
                           and not (m.start <= d.start < m.end)]
            # the lead's "Sáng 15/10, ... tổ chức Phiên họp" precedes; "Phiên họp ... ngày 20/1" follows closely
            days = [d for d in in_sentence if len(d.kb) == 10]
            before = [d for d in days if d.start < m.start]
            after = [d for d in days if d.start >= m.end and d.start - m.end <= NEAR_AFTER_CHARS]
            if before:
                return before[-1].kb
            if after:
                return after[0].kb
            if in_sentence:
                return min(in_sentence, key=lambda d: abs(d.start - m.start)).kb
        if main:
            lead_end = self.sentences[min(LEAD_SENTENCES, len(self.sentences)) - 1][1]
            days = [d for d in self.dates if d.start < lead_end and len(d.kb) == 10]
            if days:
                return days[0].kb
        return None

    def _place(self, ms: list[Mention], main: bool) -> str | None:
        idx = [self.sentences.index(m.sentence) for m in ms]
        if main:
            idx += list(range(min(LEAD_SENTENCES, len(self.sentences))))
        for k in idx:
            words, r = self.sent_words(k), self.hits[k]
            for i, w in enumerate(words[:-1]):
                if w.low not in self.place_words or r.at(i + 1, "not_place")[0]:
                    continue
                nxt = words[i + 1]
                if not (nxt.upper or r.at(i + 1, "place_head")[0]):
                    continue
                j = i + 1
                while j < len(words) and words[j].text not in {",", ".", ";", ":", "(", ")"}:
                    j += 1
                place = self.text[nxt.start:words[j - 1].end]
                if place and (place[:1].isupper() or r.at(i + 1, "place_head")[0]):
                    return place
        return None

    def _attendees(self, main: bool) -> list[str]:
        if not main:
            return []
        out: list[str] = []
        for k, (_s, e) in enumerate(self.sentences):
            spans, r = self.sent_spans[k], self.hits[k]
            at = next((i for i in range(len(spans)) if r.at(i, "attend")[0]), None)
            if at is None:
                continue
            start = spans[at][0]
            for p in sorted(self.persons or self.ner_persons, key=lambda f: f.start):
                if start <= p.start < e and p.kb not in out:
                    out.append(p.kb)
        return out



class MeetingRecognizer:
    """The ``nq_meetings`` component: cues loaded once (from ``rules_dir`` when given); each article
    is read by its own :class:`MeetingScan`."""

    def __init__(self, nlp: Language, name: str = "nq_meetings", rules_dir: str | None = None) -> None:
        self.name = name
        self.rules = load_rules(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Meeting]:
        return MeetingScan(doc, self.rules).meetings()

    def set_annotations(self, doc: Doc, matches: list[Meeting]) -> Doc:
        doc._.meetings = matches
        set_spans(doc, "meetings", "MEETING", ((m.start, m.end, m.name) for m in matches))
        return doc


@Language.factory("nq_meetings", default_config={"rules_dir": None})
def make_meetings(nlp: Language, name: str, rules_dir: str | None) -> MeetingRecognizer:
    return MeetingRecognizer(nlp, name, rules_dir)
