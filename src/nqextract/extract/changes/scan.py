"""position_changes, the scan: one document's state (its text, and what the earlier components found in
it); the phases are modules of functions over it, so the component stays stateless."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc

from ...models import Position
from ...nlp import doc_text, sentence_index
from ...textnorm import canonical_tones, fold
from .rules import ChangeRules, CueRule

YEAR = re.compile(r"\d{4}")
PRONOUNS = frozenset({"ông", "bà", "đồng chí"})


@dataclass
class Cue:
    start: int
    end: int
    rule: CueRule
    discipline: str | None = None


@dataclass(frozen=True)
class PersonRef:
    start: int
    end: int
    name: str


@dataclass(frozen=True)
class SpanRef:
    start: int
    end: int
    label: str  # canonical title or body name


class ChangeScan:
    """One document's scan: the text and key text, and the persons, titles, bodies, documents and dates
    the earlier components found."""

    def __init__(self, doc: Doc, rules: ChangeRules) -> None:
        self.doc = doc
        self.rules = rules
        self.text = doc_text(doc)
        # the key text: same length as the text (tone placement and case only), so offsets carry over
        key = canonical_tones(self.text).lower()
        self.key = key if len(key) == len(self.text) else self.text.lower()
        self.positions: dict[str, list[Position]] = {p.name: p.positions for p in (doc._.persons or [])}

    @cached_property
    def persons(self) -> list[PersonRef]:
        """Name mentions (not title-only or pronoun ones) of the persons found."""
        out = []
        for sp in self.doc.spans["persons"] if "persons" in self.doc.spans else []:
            name = sp.kb_id_
            printed = fold(self.text[sp.start_char:sp.end_char])
            if name and printed and printed.split()[-1] == fold(name).split()[-1]:
                out.append(PersonRef(sp.start_char, sp.end_char, name))
            elif name and printed.startswith(fold(name) + " ") and len(name) == len(fold(name)):
                # a mention run over the verb after the name ("bà Nguyễn Thị Hà giữ chức"): the name alone
                out.append(PersonRef(sp.start_char, sp.start_char + len(name), name))
        return sorted(out, key=lambda p: p.start)

    @cached_property
    def pronouns(self) -> list[PersonRef]:
        """Pronoun mentions ("ông", "bà", "đồng chí") the persons component resolved to a person:
        subjects of a change printed before its cue ("Tháng 12/2019, ông được bổ nhiệm ...")."""
        out = []
        for sp in self.doc.spans["persons"] if "persons" in self.doc.spans else []:
            printed = fold(self.text[sp.start_char:sp.end_char])
            if sp.kb_id_ and printed in PRONOUNS:
                out.append(PersonRef(sp.start_char, sp.end_char, sp.kb_id_))
        return sorted(out, key=lambda p: p.start)

    def _spans(self, key: str) -> list[SpanRef]:
        if key not in self.doc.spans:
            return []
        return sorted((SpanRef(s.start_char, s.end_char, s.kb_id_ or s.text) for s in self.doc.spans[key]),
                      key=lambda s: s.start)

    @cached_property
    def titles(self) -> list[SpanRef]:
        return self._spans("titles")

    @cached_property
    def bodies(self) -> list[SpanRef]:
        return self._spans("bodies")

    @cached_property
    def documents(self) -> list[tuple[int, int, str]]:
        out = []
        for d in self.doc._.documents or []:
            for m in d.mentions:
                out.append((m.start, m.end, m.text))
        return sorted(out)

    @cached_property
    def dates(self) -> list[tuple[int, int, str, str]]:
        return sorted((d.start, d.end, d.value, d.granularity) for d in self.doc._.dates or [])

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return list(sentence_index(self.doc))

    @cached_property
    def datelines(self) -> list[tuple[int, str]]:
        """(sentence start, day) of the sentences that open with a day date printed without its year
        ("Ngày 28/6, ...", "Chiều 25-11, ..."): the day of the event the article reports ("Ngày 1/3/2022,
        ông được điều động ..." is a step of a career, no dateline)."""
        out = []
        rx = self.rules.dateline_rx
        for lo, hi in self.sentences:
            for a, _b, value, gran in self.dates:
                if not lo <= a < hi or gran != "day":
                    continue
                lead = self.key[lo:a]
                if rx is not None:
                    lead = rx.sub(" ", lead)
                if lead.strip(" \n\"'“”") == "" and not YEAR.search(self.text, a, _b):
                    out.append((lo, value))
                break
        return out

    def persons_between(self, a: int, b: int) -> bool:
        return any(a <= p.start < b for p in self.persons)

    def blank(self, a: int, b: int, *, persons: bool) -> str:
        """key[a:b] with the spans earlier components found blanked out."""
        chars = list(self.key[a:b])
        spans = [(s.start, s.end) for s in (*self.titles, *self.bodies)]
        spans += [(x, y) for x, y, _ in self.documents] + [(x, y) for x, y, _, _ in self.dates]
        if persons:
            spans += [(q.start, q.end) for q in self.persons]
        for x, y in spans:
            if x < b and y > a:
                for i in range(max(x, a), min(y, b)):
                    chars[i - a] = " "
        return "".join(chars)
