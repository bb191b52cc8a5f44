"""The spaCy component: stateless; its rules are compiled once when it is made (from the factory config's
``rules_dir`` when given)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...nlp import doc_text, doc_tokens
from ..body_rules import BodyRules, load_rules
from .find import find_bodies
from .records import to_records
from .scan import LABEL, BodyMatch


class BodyRecognizer:
    """Writes ``doc.spans["bodies"]`` and ``doc._.bodies``; holds only its name and its compiled rules."""

    def __init__(self, nlp: Language, name: str = "nq_bodies", rules_dir: str | None = None) -> None:
        self.name = name
        self.rules: BodyRules = load_rules(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[BodyMatch]:
        tags = {idx: tag for idx, _text, tag in doc_tokens(doc) if tag}
        return find_bodies(doc_text(doc), tags, self.rules)

    def set_annotations(self, doc: Doc, matches: list[BodyMatch]) -> Doc:
        spans: list[Span] = []
        for m in matches:
            span = doc.char_span(m.start, m.end, label=LABEL, kb_id=m.name, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["bodies"] = spans
        doc._.bodies = to_records(doc_text(doc), matches)
        return doc


@Language.factory("nq_bodies", default_config={"rules_dir": None})
def make_bodies(nlp: Language, name: str, rules_dir: str | None) -> BodyRecognizer:
    return BodyRecognizer(nlp, name, rules_dir)
