"""URL rules: allowed schemes, the canonical form used as the dedupe key, item ids."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

ALLOWED_SCHEMES = ("http", "https")
# query parameters that only track the reader; they never change the page
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "zarsrc", "gidzl", "utm_source", "utm_medium", "utm_campaign",
    "utm_term", "utm_content", "utm_id", "rss", "ref", "from", "mc_cid", "mc_eid", "_ga", "cmpid",
})


class BadURL(ValueError):
    """A URL the crawler will not fetch (scheme, missing host)."""


def check_url(url: str) -> str:
    """Return ``url`` stripped, or raise :class:`BadURL` naming why it is refused."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise BadURL(f"scheme {parts.scheme or '(none)'!r} refused: only http/https are fetched")
    if not parts.hostname:
        raise BadURL("no host in URL")
    return url


def canonical_url(url: str) -> str:
    """The dedupe key of a page: https, lower-case host without ``www.``, no default port, no fragment,
    no tracking parameters, remaining parameters sorted, no trailing slash on a non-root path."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/") or "/"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith("utm_")
    )
    return urlunsplit(("https", netloc, path, urlencode(query), ""))


def item_id(canonical: str) -> str:
    """16 hex digits naming an item (and its archive file) from its canonical URL."""
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:16]


def host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
