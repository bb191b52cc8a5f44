"""clean -> nlp -> extract -> models for one article. One :class:`Extractor` per process."""

from __future__ import annotations

import datetime as dt

from . import clean as cleaning
from .assemble import to_article
from .errors import ExtractError, NQError
from .extract import build_pipeline
from .models import Article, CleanArticle, RawArticle
from .settings import Settings


class Extractor:
    """Holds the loaded models and rules; reuse it for many articles."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = build_pipeline(self.settings)

    def extract_clean(self, clean: CleanArticle) -> Article:
        published = clean.published or self.settings.published
        if published != clean.published:
            clean = clean.model_copy(update={"published": published})
        try:
            doc = self.nlp.make_doc(clean.text)
            doc._.published = published
            for _name, component in self.nlp.pipeline:
                doc = component(doc)
        except NQError:
            raise
        except Exception as exc:  # a bug on one article must not sink the batch
            raise ExtractError(f"{type(exc).__name__}: {exc}") from exc
        return to_article(doc, clean)

    def process(self, raw: RawArticle) -> Article:
        return self.extract_clean(cleaning.clean(raw))


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
