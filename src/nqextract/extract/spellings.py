"""One body, one name, in every field that names a body: the spaCy component ``nq_spellings``, last in the
pipeline, writes each word ``body_spellings.tsv`` lists in another spelling ("Liên Hiệp Quốc") in the project's
spelling ("Liên hợp quốc") wherever a body is named: the bodies, a position's body, a document's issuer, a task's
assigner and assignee, a meeting's body, a change's body and decider; a department printed in lower case after a
head of ``body_capitals.tsv`` is named with the word after the head capitalized ("Cục quản lý giá" -> "Cục Quản lý
giá"). Stateless: its tables are compiled once, with the bodies' rules (from the factory config's ``rules_dir`` when
given)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import load_tsv
from .body_capitals import Capitals, capital_table, capitalized
from .body_rules import load_rules
from .body_spellings import Spellings, respelled

# each record list of the Doc and the fields of its records that name a body
BODY_FIELDS = (
    ("bodies", ("name",)),
    ("documents", ("issuer",)),
    ("tasks", ("assigner", "assignee")),
    ("meetings", ("body",)),
    ("position_changes", ("body", "decided_by")),
)


def respell_records(doc: Doc, spellings: Spellings, capitals: Capitals = ()) -> None:
    """Every body name of ``doc``'s records written in the listed spelling, a department's head's next word
    capitalized (in place)."""
    if spellings[0] is None and not capitals:
        return
    for key, fields in BODY_FIELDS:
        for rec in getattr(doc._, key) or []:
            _respell(rec, fields, spellings, capitals)
    for person in doc._.persons or []:
        for position in person.positions:
            _respell(position, ("body",), spellings, capitals)
        person.positions = _unique(person.positions, lambda q: (q.title, q.body, q.status))
    if doc._.bodies:
        doc._.bodies = merged_bodies(doc._.bodies)


def merged_bodies(bodies: list) -> list:
    """One record per body name: two printed spellings respelled to one name ("Văn phòng Liên Hiệp Quốc ở X" and
    "Văn phòng Liên hợp quốc ở X") are one body, its aliases and mentions joined, in the order first printed."""
    first: dict[str, object] = {}
    for body in bodies:
        if (kept := first.get(body.name)) is None:
            first[body.name] = body
            continue
        kept.aliases = list(dict.fromkeys([*kept.aliases, *body.aliases]))
        kept.mentions = sorted([*kept.mentions, *body.mentions], key=lambda m: (m.start, m.end))
    return list(first.values())


def _unique(items: list, key) -> list:
    seen: set = set()
    return [x for x in items if not (key(x) in seen or seen.add(key(x)))]


def _respell(rec: object, fields: tuple[str, ...], spellings: Spellings, capitals: Capitals) -> None:
    for name in fields:
        value = getattr(rec, name, None)
        if isinstance(value, str) and (new := capitalized(respelled(value, spellings), capitals)) != value:
            setattr(rec, name, new)


class BodySpellings:
    """Rewrites the body names of the Doc's records; holds only its name and its compiled tables."""

    def __init__(self, nlp: Language, name: str = "nq_spellings", rules_dir: str | None = None) -> None:
        self.name = name
        self.spellings: Spellings = load_rules(rules_dir).spellings
        self.capitals: Capitals = capital_table(load_tsv("body_capitals.tsv", rules_dir))

    def __call__(self, doc: Doc) -> Doc:
        respell_records(doc, self.spellings, self.capitals)
        return doc


@Language.factory("nq_spellings", default_config={"rules_dir": None})
def make_spellings(nlp: Language, name: str, rules_dir: str | None) -> BodySpellings:
    return BodySpellings(nlp, name, rules_dir)
