"""Crawl settings and the feed list (pipelines/feeds.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..errors import ReadError

USER_AGENT = "nqextract/{version} (+https://github.com/nqextract/nqextract; Vietnamese political-news research crawler)"


class CrawlConfigError(ReadError):
    """The feed list or the crawl settings are unusable (names the file and the problem)."""


class CrawlSettings(BaseModel):
    """Politeness, limits and paths of the nightly batch. Every field can be set in feeds.toml [crawl]."""

    model_config = ConfigDict(extra="forbid")

    archive_dir: Path = Field(default=Path("data/raw"), description="raw archive root (YYYY/MM/DD/<outlet>/)")
    log_file: Path | None = Field(default=Path("data/logs/crawl.log"), description="None: no log file")
    user_agent: str = USER_AGENT
    robots_token: str = Field(default="nqextract", description="the name matched in robots.txt")
    respect_robots: bool = True
    workers: int = Field(default=4, ge=1, description="fetch threads in total")
    per_host_concurrency: int = Field(default=1, ge=1)
    per_host_delay: float = Field(default=1.0, ge=0, description="seconds between requests to one host")
    max_crawl_delay: float = Field(default=30.0, ge=0, description="cap on a robots.txt Crawl-delay")
    connect_timeout: float = Field(default=10.0, gt=0)
    read_timeout: float = Field(default=20.0, gt=0)
    total_timeout: float = Field(default=60.0, gt=0, description="whole-response deadline (slow bodies)")
    retries: int = Field(default=2, ge=0, description="extra attempts on 5xx and network errors")
    backoff: float = Field(default=2.0, ge=0, description="first retry delay; doubles each retry")
    max_bytes: int = Field(default=5_000_000, ge=1024, description="cap on a decoded response body")
    max_redirects: int = Field(default=5, ge=0)
    max_attempts: int = Field(default=3, ge=1, description="runs that may try a transiently failing item")
    near_duplicate_bits: int = Field(default=3, ge=0, le=16, description="simhash Hamming distance")
    near_duplicate_days: int = Field(default=60, ge=1, description="compare with items first seen this recently")
    ingest_batch: int = Field(default=200, ge=1, description="fetched items handed to ingest per call")


class FeedSpec(BaseModel):
    """One feed: where to read it, whose it is, and which of its items to keep."""

    model_config = ConfigDict(extra="forbid")

    name: str
    url: str
    outlet: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", description="folder name in the archive")
    categories: list[str] = Field(default_factory=list, description="keep items tagged with one of these")
    url_contains: list[str] = Field(default_factory=list, description="keep items whose link contains one")
    enabled: bool = True


class FeedList(BaseModel):
    model_config = ConfigDict(extra="forbid")

    crawl: CrawlSettings = Field(default_factory=CrawlSettings)
    feeds: list[FeedSpec] = Field(default_factory=list)


def load_feeds(path: Path) -> FeedList:
    """Read feeds.toml: ``[crawl]`` settings and ``[[feeds]]`` tables. Errors name the file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CrawlConfigError(f"{path}: feed list not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CrawlConfigError(f"{path}: cannot read the feed list: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CrawlConfigError(f"{path}: not valid TOML: {exc}") from exc
    try:
        feeds = FeedList.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CrawlConfigError(f"{path}: {where}: {first['msg']}") from exc
    names = [f.name for f in feeds.feeds]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise CrawlConfigError(f"{path}: feed names must be unique, repeated: {', '.join(dupes)}")
    return feeds
