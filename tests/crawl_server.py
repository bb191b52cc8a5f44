"""A real HTTP server on 127.0.0.1 for the crawl tests: real feeds (links rewritten to this server), real
pages from ../shared/html, and endpoints that misbehave the way real sites do."""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

LAST_MODIFIED = "Mon, 14 Sep 2026 12:00:00 GMT"
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


def rewrite_feed(xml: bytes, links: Sequence[tuple[str, str | None]]) -> bytes:
    """The real feed ``xml`` keeping its first ``len(links)`` items, each pointed at (link, guid)."""
    root = ET.fromstring(xml)
    channel = root.find("channel")
    assert channel is not None
    items = channel.findall("item")
    if len(items) < len(links):
        raise ValueError(f"feed has {len(items)} items, {len(links)} needed")
    for item in items[len(links):]:
        channel.remove(item)
    for item, (link, guid) in zip(items, links, strict=False):
        item.find("link").text = link  # type: ignore[union-attr]
        node = item.find("guid")
        if guid is None and node is not None:
            item.remove(node)
        elif guid is not None:
            if node is None:
                node = ET.SubElement(item, "guid")
            node.text = guid
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


class Site:
    """What the server serves; ``hits`` counts requests per path, ``agents`` the User-Agents seen."""

    def __init__(self, shared: Path) -> None:
        self.html = shared / "html"
        self.rss = shared / "rss"
        self.feeds: dict[str, bytes] = {}
        self.hits: Counter[str] = Counter()
        self.agents: set[str] = set()
        self.conditional: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.slow_seconds = 3.0
        self.bomb = gzip.compress(b"\0" * 20_000_000, compresslevel=9)
        self.server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, name: str, folder: str = "") -> bytes:
        return (self.html / folder / f"{name}.html").read_bytes()

    def reset(self) -> None:
        """Forget the requests seen (the flaky page fails again on its next first request)."""
        with self.lock:
            self.hits.clear()
            self.conditional.clear()

    def article_hits(self) -> int:
        with self.lock:
            return sum(n for p, n in self.hits.items() if not p.startswith(("/feeds/", "/robots")))

    def start(self) -> Site:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                path = urlsplit(self.path).path
                with site.lock:
                    site.hits[path] += 1
                    hits = site.hits[path]
                    site.agents.add(self.headers.get("User-Agent", ""))
                try:
                    site.route(self, path, hits)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    # ------------------------------------------------------------------ routes
    def route(self, h: BaseHTTPRequestHandler, path: str, hits: int) -> None:
        if path == "/robots.txt":
            return send(h, 200, ROBOTS, "text/plain")
        if path.startswith("/feeds/"):
            body = self.feeds.get(path.removeprefix("/feeds/"))
            if body is None:
                return send(h, 404, b"no such feed", "text/plain")
            etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
            if h.headers.get("If-None-Match") == etag or h.headers.get("If-Modified-Since") == LAST_MODIFIED:
                with self.lock:
                    self.conditional[path] += 1
                return send(h, 304, b"", None, {"ETag": etag})
            return send(h, 200, body, "application/rss+xml; charset=utf-8",
                        {"ETag": etag, "Last-Modified": LAST_MODIFIED})
        if path.startswith("/a/"):
            return send(h, 200, self.page(path.removeprefix("/a/")), "text/html; charset=utf-8")
        if path.startswith("/list/"):
            return send(h, 200, self.page(path.removeprefix("/list/"), "listing"), "text/html; charset=utf-8")
        if path.startswith("/mirror/"):  # the same story re-published at another URL, page chrome changed
            body = self.page(path.removeprefix("/mirror/")).replace(b"<body", b"<!-- mirror --><body", 1)
            return send(h, 200, body, "text/html; charset=utf-8")
        if path.startswith("/gz/"):  # a normal gzip-encoded page
            return send(h, 200, gzip.compress(self.page(path.removeprefix("/gz/"))), "text/html; charset=utf-8",
                        {"Content-Encoding": "gzip"})
        if path.startswith("/flaky/"):  # 500 on the first request, the page afterwards
            if hits == 1:
                return send(h, 500, b"internal error", "text/plain")
            return send(h, 200, self.page(path.removeprefix("/flaky/")), "text/html; charset=utf-8")
        if path == "/slow":
            time.sleep(self.slow_seconds)
            return send(h, 200, b"<html><body>too late</body></html>", "text/html")
        if path == "/missing":
            return send(h, 404, b"not found", "text/html")
        if path == "/loop/a":
            return send(h, 302, b"", None, {"Location": "/loop/b"})
        if path == "/loop/b":
            return send(h, 302, b"", None, {"Location": self.url("/loop/a")})
        if path == "/moved":
            return send(h, 301, b"", None, {"Location": "/a/vnexpress_thegioi_pm_cop28_NODIACRITICS_rambothanh"})
        if path == "/bomb":
            return send(h, 200, self.bomb, "text/html", {"Content-Encoding": "gzip"})
        if path == "/oversized":
            return send(h, 200, b"<html>" + b"x" * 3_000_000 + b"</html>", "text/html")
        if path == "/endless":  # no Content-Length, never ends (until the client hangs up)
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Connection", "close")
            h.end_headers()
            chunk = b"<p>" + b"lorem ipsum " * 5000 + b"</p>\n"
            for _ in range(2000):
                h.wfile.write(chunk)
            return None
        if path == "/report.pdf":
            return send(h, 200, b"%PDF-1.4 not a page", "application/pdf")
        if path.startswith("/private/"):
            return send(h, 200, self.page("dantri_article_meth04"), "text/html; charset=utf-8")
        return send(h, 404, b"not found", "text/plain")


def send(h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str | None,
         headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    if ctype:
        h.send_header("Content-Type", ctype)
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    if body and h.command != "HEAD":
        h.wfile.write(body)
