"""clean -> nlp -> extract -> models for one article. One :class:`Extractor` per process."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from time import perf_counter

from . import clean as cleaning
from .assemble import to_article
from .errors import CleanError, ExtractError, NQError, ReadError
from .extract import build_pipeline
from .models import Article, CleanArticle, RawArticle
from .regex_codes import serving
from .settings import HTML_MARKUP_FACTOR, Settings

_RAISE_IT = "raise the limit with NQEXTRACT_MAX_CHARS=N or Settings(max_chars=N)"


def check_size(raw: RawArticle, settings: Settings) -> None:
    """Refuse, before any cleaning, an input longer than ``settings.max_chars`` characters of text
    (``HTML_MARKUP_FACTOR`` times that for an HTML page): one clear error naming the limit."""
    limit = settings.max_chars
    if raw.html is not None:
        if len(raw.html) > limit * HTML_MARKUP_FACTOR:
            raise ReadError(f"{raw.source}: the HTML page is {len(raw.html):,} characters, more than the limit of "
                            f"{limit * HTML_MARKUP_FACTOR:,} ({HTML_MARKUP_FACTOR} x {limit:,} characters of "
                            f"text): {_RAISE_IT}")
    elif raw.text is not None and len(raw.text) > limit:
        raise ReadError(f"{raw.source}: the text is {len(raw.text):,} characters, more than the limit of "
                        f"{limit:,} characters: {_RAISE_IT}")


class Extractor:
    """Holds the loaded models and rules; reuse it for many articles.

    ``timings`` adds up the seconds spent per stage ("clean", "nlp", each extraction component,
    "assemble") over every article this Extractor processed: what ``make bench`` reports.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        with serving():  # the rules' regexes from their opcodes recorded at install, where recorded
            self.nlp = build_pipeline(self.settings)
        self.nlp.max_length = max(self.nlp.max_length, self.settings.max_chars + 1)
        self.timings: Counter[str] = Counter()

    def preload(self) -> None:
        """Load now what the first article would load (the tagger's models, read lazily), e.g. in a
        parent process before it forks its workers: loaded once, the pages shared by every worker."""
        with serving():
            self._preload()

    def _preload(self) -> None:
        tagger = getattr(self.nlp.tokenizer, "tagger", None)
        prepare = getattr(tagger, "prepare", None)
        if prepare is not None:  # the feature strings each model knows, read on the first sentence otherwise
            prepare()
        for _name, component in self.nlp.pipeline:  # the rules each component compiles on first use
            prepare = getattr(component, "prepare", None)
            if prepare is not None:
                prepare()
        from .clean.text import ChromeRules
        from .lazy import ftfy_is_bad

        ftfy_is_bad()("")  # what every article's text check imports (its regexes compile then)
        ChromeRules.load(self.settings.rules_dir)

    def extract_clean(self, clean: CleanArticle) -> Article:
        if len(clean.text) > self.settings.max_chars:  # an HTML page's text past the limit
            raise CleanError(f"{clean.source}: the article text is {len(clean.text):,} characters, more than the "
                             f"limit of {self.settings.max_chars:,} characters: {_RAISE_IT}")
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
        """Clean and extract one article. Its date: the record's own (sidecar, JSONL field), else
        ``settings.published`` (``--published``), else the page's metadata."""
        check_size(raw, self.settings)
        if raw.published is None and self.settings.published is not None:
            raw = raw.model_copy(update={"published": self.settings.published})
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
