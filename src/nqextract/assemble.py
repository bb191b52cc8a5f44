"""Turn an extracted spaCy ``Doc`` into the pydantic :class:`~nqextract.models.Article`."""

from __future__ import annotations

import hashlib

from spacy.tokens import Doc

from .extract.view import view
from .models import Article, CleanArticle, Sentence
from .textnorm import fold
from .version import EXTRACTOR_VERSION


def article_id(url: str | None, text: str) -> str:
    """Canonical URL when known, else the normalized text, hashed to 16 hex digits."""
    key = ("url:" + url.strip()) if url else ("text:" + fold(text))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def to_article(doc: Doc, clean: CleanArticle) -> Article:
    v = view(doc)  # the sentence list the components read, built once per Doc
    sents = v.sentences
    sentence_of = v.sentence_of

    persons = list(doc._.persons or [])
    bodies = list(doc._.bodies or [])
    documents = list(doc._.documents or [])
    for rec in (*persons, *bodies, *documents):
        for m in rec.mentions:
            if m.sentence is None:
                m.sentence = sentence_of(m.start)
    dates = list(doc._.dates or [])
    tasks = list(doc._.tasks or [])
    meetings = list(doc._.meetings or [])
    for rec in (*dates, *tasks, *meetings):
        if rec.sentence is None:
            rec.sentence = sentence_of(rec.start)
    changes = list(doc._.position_changes or [])
    for ch in changes:
        if ch.sentence is None:
            ch.sentence = sentence_of(ch.span_start)
    return Article(
        id=article_id(clean.url, clean.text),
        url=clean.url,
        title=clean.title,
        published=clean.published,
        site=clean.site,
        source=clean.source,
        text=clean.text,
        extractor_version=EXTRACTOR_VERSION,
        sentences=[Sentence(start=s, end=e) for s, e in sents],
        persons=persons,
        bodies=bodies,
        documents=documents,
        dates=dates,
        tasks=tasks,
        meetings=meetings,
        position_changes=changes,
    )
