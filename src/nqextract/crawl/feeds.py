"""Feed XML -> items (feedparser), with the date formats Vietnamese outlets actually print."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass, field

import feedparser

from .config import FeedSpec
from .urls import BadURL, canonical_url, check_url


class FeedError(Exception):
    """A feed that could not be read as a feed (the reason names what is wrong)."""


@dataclass(frozen=True)
class FeedItem:
    feed: str
    outlet: str
    url: str
    canonical: str
    guid: str | None
    title: str | None
    published: dt.date | None
    categories: tuple[str, ...] = field(default_factory=tuple)


# "9/5/2026 1:30:00 PM" (baochinhphu.vn: month/day/year), "14/09/2026 18:48" (day/month/year)
_US_DATETIME = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?\s*([AP]M))?", re.I)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# RFC 822 with a zone feedparser refuses ("Mon, 14 Sep 2026 19:46:22 +07", vtv.vn)
_RFC822_DATE = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
# feedparser's notes that do not mean the XML is bad
_HARMLESS = ("NonXMLContentType", "CharacterEncodingOverride")


def parse_date(value: str | None, parsed: tuple | None = None) -> dt.date | None:
    """An item's date: feedparser's parse when it has one, else the numeric forms outlets print."""
    if parsed:
        try:
            return dt.date(parsed[0], parsed[1], parsed[2])
        except (TypeError, ValueError):
            pass
    if not value:
        return None
    if m := _ISO_DATE.search(value):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if (m := _RFC822_DATE.search(value)) and m[2].lower() in _MONTHS:
        try:
            return dt.date(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
        except ValueError:
            return None
    if m := _US_DATETIME.match(value):
        a, b, year = int(m[1]), int(m[2]), int(m[3])
        # with AM/PM the outlet uses the US order; otherwise day/month as Vietnamese pages print it
        month, day = (a, b) if m[4] or b > 12 else (b, a)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def _keep(spec: FeedSpec, url: str, categories: tuple[str, ...]) -> bool:
    if spec.url_contains and not any(part in url for part in spec.url_contains):
        return False
    if spec.categories:
        wanted = {c.casefold() for c in spec.categories}
        return any(c.casefold() in wanted for c in categories)
    return True


@dataclass
class ParsedFeed:
    items: list[FeedItem]
    skipped: list[tuple[str, str]]  # (link or title, reason)
    warning: str | None = None


def parse_feed(
    content: bytes, spec: FeedSpec, *, base_url: str | None = None, content_type: str | None = None
) -> ParsedFeed:
    """Items of one feed document. Raises :class:`FeedError` when it is not a feed at all."""
    if not content.strip():
        raise FeedError("empty response: no feed XML")
    headers = {"content-location": base_url or spec.url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(content, response_headers=headers)
    bozo = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if bozo is not None and type(bozo).__name__ in _HARMLESS:
        bozo = None
    entries = list(parsed.entries)
    if not entries and not parsed.get("version"):
        why = f" ({type(bozo).__name__}: {bozo})" if bozo is not None else ""
        raise FeedError(f"not an RSS/Atom document{why}")
    items: list[FeedItem] = []
    skipped: list[tuple[str, str]] = []
    for entry in entries:
        link = (entry.get("link") or "").strip()
        title = (entry.get("title") or "").strip() or None
        if not link:
            skipped.append((title or "(untitled item)", "item has no link"))
            continue
        try:
            link = check_url(link)
        except BadURL as exc:
            skipped.append((link, str(exc)))
            continue
        categories = tuple(t.get("term", "") for t in entry.get("tags", []) if t.get("term"))
        if not _keep(spec, link, categories):
            continue
        guid = (entry.get("id") or "").strip() or None
        with warnings.catch_warnings():  # feedparser's notice about its updated/published fallback
            warnings.simplefilter("ignore", DeprecationWarning)
            published = parse_date(entry.get("published") or entry.get("updated"),
                                   entry.get("published_parsed") or entry.get("updated_parsed"))
        items.append(FeedItem(spec.name, spec.outlet, link, canonical_url(link), guid, title, published,
                              categories))
    warning = None
    if bozo is not None and not items:
        raise FeedError(f"invalid feed XML: {type(bozo).__name__}: {bozo}")
    if bozo is not None:
        warning = f"malformed feed XML, {len(items)} items recovered: {type(bozo).__name__}: {bozo}"
    return ParsedFeed(items, skipped, warning)
