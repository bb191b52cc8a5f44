from __future__ import annotations

import datetime as dt
import os
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# ../shared, or where NQEXTRACT_SHARED points (as the package reads it): a git worktree elsewhere still finds it
SHARED = Path(os.environ.get("NQEXTRACT_SHARED") or ROOT.parent / "shared")
DEV = SHARED / "eval" / "dev"
SAMPLE = ROOT / "data" / "raw"


def need_shared(path: Path) -> Path:
    """Skip the test, with the reason, when ../shared (third-party material) is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent: third-party pages live in ../shared, which CI provides")
    return path


@pytest.fixture(scope="session")
def extractor():
    from nqextract.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def pipeline():
    """The extraction pipeline (spaCy components), built once for every test that runs it on a text."""
    from nqextract.extract import build_pipeline

    return build_pipeline()


def positions(pipeline, text: str, published: dt.date | None = None) -> dict[str, set[tuple[str, str | None, str]]]:
    """Each person's positions (title, body, status) after the persons component, later ones not run;
    ``published`` anchors the article's dates (none by default)."""
    doc = pipeline.make_doc(text)
    if published is not None:
        doc._.published = published
    for name, component in pipeline.pipeline:
        doc = component(doc)
        if name == "nq_persons":
            break
    return {p.name: {(q.title, q.body, q.status) for q in p.positions} for p in doc._.persons}


def document_pairs(extractor, text: str, published: dt.date = dt.date(2025, 6, 1)) -> list[tuple[str, str | None]]:
    """(type, number) of each document extracted from ``text``, an article published on ``published``."""
    from nqextract.models import CleanArticle

    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=published))
    return [(d.type, d.number) for d in article.documents]


def decision_names(extractor, text: str, published: dt.date = dt.date(2026, 3, 2)) -> list[str | None]:
    """The sorted numbers (a name where none is printed) of the decisions ("Quyết định") extracted from ``text``."""
    from nqextract.models import CleanArticle

    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=published))
    return sorted(d.number for d in article.documents if d.type == "Quyết định")


def person_names(pipeline, text: str) -> set[str]:
    """The names of the persons the pipeline finds in a text (tasks and meetings not run)."""
    doc = pipeline(text, disable=["nq_tasks", "nq_meetings"])
    return {p.name for p in doc._.persons}


def body_names(text: str) -> list[str]:
    """The bodies the untagged recognizer finds in a text, in order."""
    from nqextract.extract.bodies import find_bodies

    return [m.name for m in find_bodies(text)]


def extracted_body_names(text: str) -> list[str]:
    """The bodies of the whole extraction of a text published on 2025-01-01."""
    from nqextract.pipeline import extract

    return [b.name for b in extract(text, published="2025-01-01").bodies]


@lru_cache(maxsize=1)
def _body_recognizer():
    from nqextract.extract.bodies import BodyRecognizer
    from nqextract.nlp import blank

    nlp = blank()  # underthesea's tokenizer and tagger: proper names end before words tagged as verbs
    return nlp, BodyRecognizer(nlp)


def tagged_body_names(text: str) -> list[str]:
    """The body names the bodies component finds in a tagged Doc of ``text`` (built once, shared)."""
    nlp, bodies = _body_recognizer()
    return [m.name for m in bodies.match(nlp.make_doc(text))]


def tagged_body_spans(text: str) -> list[str]:
    """The printed mentions (the text's own spans) of :func:`tagged_body_names`' bodies."""
    nlp, bodies = _body_recognizer()
    return [text[m.start : m.end] for m in bodies.match(nlp.make_doc(text))]


@pytest.fixture(scope="session")
def nlp():
    from nqextract.nlp import blank

    return blank()


TASK_PUBLISHED = dt.date(2025, 3, 4)


@pytest.fixture(scope="module")
def run_tasks(extractor):
    """The tasks of one constructed text (published 2025-03-04 unless given); each action is a verbatim
    span of the text."""
    from nqextract.models import CleanArticle

    def _run(text: str, published: dt.date | None = TASK_PUBLISHED):
        art = extractor.extract_clean(CleanArticle(source="test", text=text, published=published))
        for t in art.tasks:
            assert 0 <= t.start < t.end <= len(text)
            assert t.action in text[t.start:t.end], "the action is a verbatim span of the directive"
        return art.tasks

    return _run


def one(tasks):
    """The one task of a list (fails showing them all otherwise)."""
    assert len(tasks) == 1, [t.model_dump() for t in tasks]
    return tasks[0]


def pairs(tasks):
    """(assignee, action) of each task."""
    return {(t.assignee, t.action) for t in tasks}
