"""meetings: placeholder component (to be replaced by the real recognizer)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class MeetingRecognizer:
    def __init__(self, nlp: Language, name: str = "nq_meetings") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list:
        return []

    def set_annotations(self, doc: Doc, matches: list) -> Doc:
        doc._.meetings = []
        doc.spans["meetings"] = []
        return doc


@Language.factory("nq_meetings")
def make_meetings(nlp: Language, name: str) -> MeetingRecognizer:
    return MeetingRecognizer(nlp, name)
