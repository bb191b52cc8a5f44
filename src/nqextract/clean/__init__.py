"""Stage 2, clean: a raw article (text or HTML) -> its text without page chrome, and its metadata.

:mod:`.text` strips chrome lines from text; :mod:`.html` turns a page into text and metadata and then
applies the same text rules.
"""

from __future__ import annotations

from ..models import CleanArticle, RawArticle
from ..settings import Settings
from ..sources import published_from_url
from .html import PageMeta, clean_html, find_body_block, page_metadata, site_domain
from .text import ChromeRules, TextCleaner, clean_text


def clean(raw: RawArticle, settings: Settings | None = None) -> CleanArticle:
    """One raw article cleaned with the chrome rules of ``settings.rules_dir`` (the packaged ones by default);
    ``site`` is the domain of its URL when it has one (else the ``site`` the input gave); an article with no
    publication date in its input or page takes the date stamp of its address, if it has one."""
    rules = ChromeRules.load(settings.rules_dir if settings else None)
    meta = dict(source=raw.source, url=raw.url, title=raw.title, published=raw.published, site=raw.site,
                rules=rules)
    article = clean_html(raw.html, **meta) if raw.html is not None else clean_text(raw.text or "", **meta)
    update = {}
    domain = site_domain(article.url)
    if domain and domain != article.site:
        update["site"] = domain
    if article.published is None and (stamped := published_from_url(article.url)):
        update["published"] = stamped  # the last resort: the date stamp of the article's address
    return article.model_copy(update=update) if update else article


__all__ = [
    "ChromeRules", "PageMeta", "TextCleaner", "clean", "clean_html", "clean_text", "find_body_block", "page_metadata",
    "site_domain",
]
