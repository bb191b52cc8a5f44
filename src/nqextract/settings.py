"""One settings object, carried through every stage (as trafilatura carries its config)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_DB = Path("data/processed/nqextract.duckdb")
DEFAULT_FEEDS = Path("pipelines/feeds.toml")  # the feed list of the crawl and nightly commands
# spaCy's own default limit (nlp.max_length); a news article is a few thousand characters
DEFAULT_MAX_CHARS = 1_000_000
# an HTML page may hold this many times its text's limit in markup
HTML_MARKUP_FACTOR = 10


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    published: dt.date | None = Field(
        default=None, description="article date where the input gives none; anchors relative dates"
    )
    rules_dir: Path | None = Field(
        default=None, description="a folder whose data files override the packaged rules (same names)"
    )
    db: Path = DEFAULT_DB
    workers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    batch_size: int = Field(default=50, ge=1, description="articles per DuckDB write transaction")
    max_chars: int = Field(
        default_factory=lambda: int(os.environ.get("NQEXTRACT_MAX_CHARS") or DEFAULT_MAX_CHARS), ge=1000,
        description="an article's text (or HTML page) longer than this many characters is refused before "
                    "cleaning (environment variable NQEXTRACT_MAX_CHARS)",
    )
