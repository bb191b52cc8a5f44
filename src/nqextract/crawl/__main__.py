"""``python -m nqextract.crawl crawl|nightly|reprocess`` (same commands as ``nqextract``)."""

from .cli import app

app()
