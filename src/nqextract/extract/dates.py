"""dates: placeholder component (to be replaced by the real recognizer)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class DateRecognizer:
    def __init__(self, nlp: Language, name: str = "nq_dates") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list:
        return []

    def set_annotations(self, doc: Doc, matches: list) -> Doc:
        doc._.dates = []
        doc.spans["dates"] = []
        return doc


@Language.factory("nq_dates")
def make_dates(nlp: Language, name: str) -> DateRecognizer:
    return DateRecognizer(nlp, name)
