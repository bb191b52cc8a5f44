"""The per-document state of one recognizer run: what the rules read from the Doc, and what they
remember from one sentence to the next.

A :class:`TaskScan` is made for each Doc by the component and dropped after it; nothing of a
document stays on the component.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from ...models import Task
from ..view import view
from .rules import Rules
from .words import (
    Fact,
    Words,
    facts,
    glued_ends,
    inner_starts,
    lower_text,
    name_glued_verbs,
    name_inner_starts,
    unglued_names,
    verb_starts,
    words_of,
)


@dataclass
class Directive:
    assignee: str
    action_start: int  # word indices
    action_end: int
    np_start: int
    colon_list: bool = False  # "yêu cầu X: a; b; c": the actions after the assignee's colon are its duties


@dataclass
class Found:
    task: Task
    paragraph: int
    sent: int = 0


@dataclass
class Opening:
    i: int  # the first word after the opening
    specific_of: Found | None  # "Cụ thể, ...": the directive this sentence details
    intro_agent: str | None  # "Đối với Tổng công ty ACV, ...": the assignee of a cue naming none
    continuing: bool  # "Đồng thời, ...": goes on with the last directive
    elaborating: bool = False  # "Trong đó, ...": details the directive before it


@dataclass
class State:
    """What a sentence leaves for the next ones."""

    speaker: str | None = None
    directive_para: int = -10
    directive_sent: int = -10
    sent: int = 0
    intro_deadline: str | None = None
    sentence_deadline: str | None = None
    other_subject_sent: int = -10
    last: Found | None = None
    listed: tuple[str, str | None, int] | None = None  # "yêu cầu Chủ tịch UBND các tỉnh:" (assignee, speaker, sent)
    duties: tuple[str, int] | None = None  # an open list of duties: (speaker, sentence of its last line)
    duties_deadline: str | None = None  # the deadline the list's lead sentence set for all its lines
    item_lead: tuple[Task | None, int] | None = None  # a lead's one task over a dash list, sentence of its last item
    ranges: list[tuple[int, int]] = field(default_factory=list)  # char spans of this sentence's actions
    chain: bool = False  # this sentence follows a task's sentence
    unread_cue: int = -10  # the last sentence holding a cue ("đề nghị") no rule read a task from
    quote: tuple[str, int] | None = None  # an open quote of several sentences: (its speaker, closing offset)
    assignees: list[str] = field(default_factory=list)  # the article's assignees so far, in order
    spoken: tuple[str, int, int] | None = None  # who speaks without a cue: (speaker, paragraph, sentence)
    duty_lead: tuple[str | None, int] | None = None  # numbered duties announced: (their assignee, sentence of the last item)
    fined: tuple[str, int, str | None] | None = None  # a party fined as a subject: (assignee, sentence, who fines)


class TaskScan:
    """One document: its text, tagger verdicts and earlier facts, and the running :class:`State`."""

    def __init__(self, doc: Doc, rules: Rules, dates: list[Fact]) -> None:
        v = view(doc)
        self.rules = rules
        self.doc = doc
        self.text = v.text
        self.low = v.low
        self.verbs = verb_starts(doc)
        self.tags = v.tags
        self.glued = glued_ends(doc)
        self.inner = inner_starts(doc)
        self.name_inner = name_inner_starts(doc)
        self.bodies = facts(doc, "bodies")
        # the bodies' mentions as printed (a Doc span widens to the tagger's words: "TP.Hà Nội kiến tạo")
        self.printed_bodies = [Fact(m.start, m.end, "BODY", b.name) for b in doc._.bodies or () for m in b.mentions]
        self.persons = unglued_names(self.text, facts(doc, "persons"))
        # "chỉ đạo Lê Thị B sửa ...": the tagger's one word is B's name and her verb
        glued_verbs = name_glued_verbs(doc, self.persons)
        self.verbs |= glued_verbs
        self.name_inner -= glued_verbs  # "ông A cử nhân viên ...": a cue after the name, no part of it
        self.glued -= {f.end for f in self.persons}
        self.titles = facts(doc, "titles")
        self.documents = facts(doc, "documents")
        self.dates = dates
        self.ner_entities = v.facts("ner")
        self.ner_persons = v.facts("ner", "PER")
        self.protected = sorted(self.bodies + self.persons + self.titles, key=lambda f: f.start)
        self.state = State()

    def words(self, start: int, end: int) -> Words:
        """The words of ``text[start:end]`` with the tagger's verdicts."""
        return words_of(self.doc, self.low, start, end, self.verbs, self.glued, self.inner)

    def bare_words(self, start: int, end: int) -> Words:
        """The words of ``text[start:end]`` without tagger verdicts (for phrase look-ups)."""
        return words_of(self.doc, self.low, start, end, set())

    def protected_end(self, pos: int) -> int | None:
        """End of the body/person/title span holding character ``pos``."""
        for f in self.protected:
            if f.start <= pos < f.end:
                return f.end
        return None

    def in_name(self, words: Words, k: int, n: int) -> bool:
        """The cue word at ``k`` is part of a name ("Bộ Ngoại giao"), not a verb ("Đắk Nông giao").

        A fact span around it decides (its canonical name has the word or not); without one, a
        one-word cue glued to a capitalized syllable in one tagged word is a name part.
        """
        pos = words[k].start
        covering = [f for f in self.protected if f.start < pos < f.end]
        if covering:
            return any(lower_text(words[k].text) in lower_text(f.kb) for f in covering)
        return n == 1 and pos in self.name_inner
