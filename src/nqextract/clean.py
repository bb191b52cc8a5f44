"""HTML -> article text + metadata; chrome stripping for text input; Unicode normalization.

(placeholder: to be replaced by the real cleaner)
"""

from __future__ import annotations

from .errors import CleanError
from .models import CleanArticle, RawArticle
from .textnorm import nfc


def clean_text(text: str, *, source: str = "<text>", url=None, title=None, published=None, site=None) -> CleanArticle:
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise CleanError("empty article: no text")
    return CleanArticle(source=source, text=text.strip() + "\n", url=url, title=title, published=published, site=site)


def clean_html(html: str, *, source: str = "<html>", url=None, title=None, published=None, site=None) -> CleanArticle:
    import trafilatura

    text = trafilatura.extract(html) or ""
    if not text.strip():
        raise CleanError("no article text found in the HTML")
    return clean_text(text, source=source, url=url, title=title, published=published, site=site)


def clean(raw: RawArticle) -> CleanArticle:
    meta = dict(source=raw.source, url=raw.url, title=raw.title, published=raw.published, site=raw.site)
    if raw.html is not None:
        return clean_html(raw.html, **meta)
    return clean_text(raw.text or "", **meta)
