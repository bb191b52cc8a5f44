"""documents: placeholder component (to be replaced by the real recognizer)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class DocumentRecognizer:
    def __init__(self, nlp: Language, name: str = "nq_documents") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list:
        return []

    def set_annotations(self, doc: Doc, matches: list) -> Doc:
        doc._.documents = []
        doc.spans["documents"] = []
        return doc


@Language.factory("nq_documents")
def make_documents(nlp: Language, name: str) -> DocumentRecognizer:
    return DocumentRecognizer(nlp, name)
