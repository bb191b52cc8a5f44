"""The spaCy component: stateless; its rules are compiled once when it is made (from the factory config's
``rules_dir`` when given)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..body_rules import BodyRules, load_rules
from ..view import set_spans, view
from .find import scan
from .records import to_records
from .scan import LABEL, BodyMatch, Text


class BodyRecognizer:
    """Writes ``doc.spans["bodies"]`` and ``doc._.bodies``; holds only its name and its compiled rules."""

    def __init__(self, nlp: Language, name: str = "nq_bodies", rules_dir: str | None = None) -> None:
        self.name = name
        self.rules: BodyRules = load_rules(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def prepare(self) -> None:
        """Compile now what the first articles would compile (before worker processes fork)."""
        if self.rules.gazetteer is not None:  # a rules directory without the gazetteer's data
            self.rules.gazetteer.compile_all()

    def match(self, doc: Doc) -> list[BodyMatch]:
        v = view(doc)
        return scan(Text.of(v), v.tags, self.rules)

    def set_annotations(self, doc: Doc, matches: list[BodyMatch]) -> Doc:
        set_spans(doc, "bodies", LABEL, ((m.start, m.end, m.name) for m in matches))
        doc._.bodies = to_records(view(doc).text, matches)
        return doc


@Language.factory("nq_bodies", default_config={"rules_dir": None})
def make_bodies(nlp: Language, name: str, rules_dir: str | None) -> BodyRecognizer:
    return BodyRecognizer(nlp, name, rules_dir)
