"""Extraction stages as spaCy pipeline components.

Each component is one class in its own module, registered as a spaCy factory, whose
``__call__(doc)`` is ``match(doc)`` then ``set_annotations(doc, matches)``. A component writes
its facts twice: as spans in ``doc.spans[KEY]`` (for displacy, the Matcher and later components)
and as pydantic records in ``doc._.KEY`` (what :mod:`nqextract.assemble` turns into an Article).

Order matters: dates -> bodies -> documents (issuer, date) -> persons (positions need bodies)
-> tasks (assigners, assignees, deadlines) -> meetings -> position changes (persons' titles, bodies,
documents and dates of the sentence) -> spellings (a body's name in one spelling in every field naming it).

Every component reads the Doc through the shared :mod:`.view` and writes its spans with
:func:`.view.set_spans`. Its rules come through its factory config, as spaCy's ``SpanRuler`` takes
its patterns: ``nlp.add_pipe("nq_dates", config={"rules_dir": "..."})`` loads the data files once,
from that folder where it holds them, when the component is made. Components keep no per-article
state (each article is scanned by a local object), so one pipeline may serve several threads.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp import blank
from ..settings import Settings

FACT_KEYS = ("dates", "bodies", "documents", "persons", "tasks", "meetings", "position_changes")
for _key in FACT_KEYS:
    if not Doc.has_extension(_key):
        Doc.set_extension(_key, default=None)
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)

PIPELINE = (
    ("nq_dates", "dates"),
    ("nq_bodies", "bodies"),
    ("nq_documents", "documents"),
    ("nq_persons", "persons"),
    ("nq_tasks", "tasks"),
    ("nq_meetings", "meetings"),
    ("nq_changes", "position_changes"),
    ("nq_spellings", "bodies"),  # one body, one name in every field naming one (body_spellings.tsv)
)


def build_pipeline(settings: Settings | None = None) -> Language:
    """The full extraction pipeline: underthesea tokenizer + one component per kind of fact."""
    settings = settings or Settings()
    # import for the side effect of registering the factories
    from . import bodies, changes, dates, documents, meetings, persons, spellings, tasks  # noqa: F401

    config = {"rules_dir": str(settings.rules_dir) if settings.rules_dir else None}
    nlp = blank()
    for factory, _key in PIPELINE:
        nlp.add_pipe(factory, config=config)
    return nlp
