"""bodies: placeholder component (to be replaced by the real recognizer)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class BodyRecognizer:
    def __init__(self, nlp: Language, name: str = "nq_bodies") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list:
        return []

    def set_annotations(self, doc: Doc, matches: list) -> Doc:
        doc._.bodies = []
        doc.spans["bodies"] = []
        return doc


@Language.factory("nq_bodies")
def make_bodies(nlp: Language, name: str) -> BodyRecognizer:
    return BodyRecognizer(nlp, name)
