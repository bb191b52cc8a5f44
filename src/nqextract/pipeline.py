"""clean -> nlp -> extract -> models for one article. One :class:`Extractor` per process."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from time import perf_counter

from . import clean as cleaning
from .assemble import to_article
from .errors import ExtractError, NQError
from .extract import build_pipeline
from .models import Article, CleanArticle, RawArticle
from .settings import Settings


class Extractor:
    """Holds the loaded models and rules; reuse it for many articles.

    ``timings`` adds up the seconds spent per stage ("clean", "nlp", each extraction component,
    "assemble") over every article this Extractor processed: what ``make bench`` reports.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = build_pipeline(self.settings)
        self.timings: Counter[str] = Counter()

    def extract_clean(self, clean: CleanArticle) -> Article:
        published = clean.published or self.settings.published
        if published != clean.published:
            clean = clean.model_copy(update={"published": published})
        timings = self.timings
        try:
            t0 = perf_counter()
            doc = self.nlp.make_doc(clean.text)
            doc._.published = published
            t1 = perf_counter()
            timings["nlp"] += t1 - t0
            for name, component in self.nlp.pipeline:
                doc = component(doc)
                t0, t1 = t1, perf_counter()
                timings[name] += t1 - t0
        except NQError:
            raise
        except Exception as exc:  # a bug on one article must not sink the batch
            raise ExtractError(f"{type(exc).__name__}: {exc}") from exc
        article = to_article(doc, clean)
        timings["assemble"] += perf_counter() - t1
        return article

    def process(self, raw: RawArticle) -> Article:
        t0 = perf_counter()
        clean = cleaning.clean(raw, self.settings)
        self.timings["clean"] += perf_counter() - t0
        return self.extract_clean(clean)


_default: Extractor | None = None


def default_extractor() -> Extractor:
    global _default
    if _default is None:
        _default = Extractor()
    return _default


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    url: str | None = None,
    title: str | None = None,
    html: bool = False,
) -> Article:
    """Extract every fact from one article's text (or HTML with ``html=True``)."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    raw = RawArticle(
        source=url or "<text>", url=url, title=title, published=published,
        html=text if html else None, text=None if html else text,
    )
    return default_extractor().process(raw)
