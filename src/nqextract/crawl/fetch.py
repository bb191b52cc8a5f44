"""Polite, bounded HTTP: per-host rate limit and concurrency cap, robots.txt, retries with backoff on 5xx
and network errors (never on 4xx), manual bounded redirects (http/https only), a streamed size cap that
also bounds decompression (a gzip bomb stops at the cap), and a whole-response deadline."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from .config import CrawlSettings
from .urls import BadURL, check_url, host_key

log = logging.getLogger("nqextract.crawl")

REDIRECTS = (301, 302, 303, 307, 308)
KEPT_HEADERS = ("content-type", "content-length", "content-encoding", "etag", "last-modified", "date",
                "server", "cache-control", "content-language", "retry-after")


class FetchFailure(Exception):
    """One URL that could not be fetched. ``reason`` is a short code, the message says what happened."""

    def __init__(self, reason: str, message: str, *, transient: bool = False, status: int | None = None,
                 final_url: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.transient = transient
        self.status = status
        self.final_url = final_url


@dataclass
class FetchResult:
    url: str
    final_url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: dt.datetime
    elapsed: float
    attempts: int = 1
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class HostGate:
    """At most ``concurrency`` requests in flight per host, and ``delay`` seconds between their starts."""

    def __init__(self, concurrency: int, delay: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.concurrency = concurrency
        self.delay = delay
        self.clock, self.sleep = clock, sleep  # injectable: tests check the spacing without a wall clock
        self._lock = threading.Lock()
        self._hosts: dict[str, tuple[threading.Semaphore, list[float]]] = {}

    def _host(self, host: str) -> tuple[threading.Semaphore, list[float]]:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = (threading.Semaphore(self.concurrency), [0.0])
            return self._hosts[host]

    def set_delay(self, host: str, delay: float) -> None:
        """Raise one host's delay (robots.txt Crawl-delay)."""
        sem, slot = self._host(host)
        with self._lock:
            slot.append(delay)

    def enter(self, host: str) -> threading.Semaphore:
        sem, slot = self._host(host)
        sem.acquire()
        with self._lock:
            delay = max([self.delay, *slot[1:]])
            now = self.clock()
            start = max(now, slot[0])
            slot[0] = start + delay
        if start > now:
            self.sleep(start - now)
        return sem


class _Decoder:
    """Content-Encoding decoder whose output is capped: it never inflates past ``cap`` + 1 bytes."""

    def __init__(self, encoding: str, cap: int) -> None:
        encoding = encoding.strip().lower()
        self.cap = cap
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        else:
            raise FetchFailure("bad_encoding", f"unsupported Content-Encoding {encoding!r}")
        self.out = bytearray()

    def feed(self, chunk: bytes) -> None:
        if self._z is None:
            self.out += chunk
        else:
            try:
                data = self._z.decompress(chunk, self.cap - len(self.out) + 1)
                self.out += data
                while self._z.unconsumed_tail and len(self.out) <= self.cap:
                    self.out += self._z.decompress(self._z.unconsumed_tail, self.cap - len(self.out) + 1)
            except zlib.error as exc:
                raise FetchFailure("bad_encoding", f"corrupt compressed body: {exc}") from exc
        if len(self.out) > self.cap:
            raise FetchFailure(
                "too_large",
                f"body larger than the {self.cap:,}-byte cap after decompression: cut off"
                if self._z is not None else f"body larger than the {self.cap:,}-byte cap: cut off")


class Fetcher:
    """One per run; thread-safe (share it between the fetch threads)."""

    def __init__(self, settings: CrawlSettings, version: str = "0") -> None:
        self.settings = settings
        self.user_agent = settings.user_agent.format(version=version)
        timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
        self.client = httpx.Client(
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=timeout, follow_redirects=False, trust_env=False,
        )
        self.gate = HostGate(settings.per_host_concurrency, settings.per_host_delay)
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_lock = threading.RLock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ robots.txt
    def check_robots(self, url: str) -> None:
        """Raise :class:`FetchFailure` unless robots.txt lets us fetch ``url``. A robots.txt that cannot be
        read (5xx, network) closes the host for this run: a transient failure, tried again next run."""
        if not self.settings.respect_robots:
            return
        host = host_key(url)
        with self._robots_lock:
            if host not in self._robots:
                self._robots[host] = self._load_robots(host)
            rules = self._robots[host]
        if isinstance(rules, FetchFailure):
            raise FetchFailure("robots_unavailable", f"{host}/robots.txt could not be read ({rules.message}): "
                               "host skipped this run", transient=True)
        if rules is not None and not rules.can_fetch(self.settings.robots_token, url):
            raise FetchFailure("robots", f"disallowed by {host}/robots.txt for {self.settings.robots_token}")

    def _load_robots(self, host: str) -> RobotFileParser | FetchFailure | None:
        parser = RobotFileParser(host + "/robots.txt")
        try:
            res = self._fetch_once(host + "/robots.txt", {}, check_robots=False)
        except FetchFailure as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return None  # no robots.txt: everything allowed
            log.warning("robots.txt of %s unreachable (%s): not crawling that host this run", host, exc.message)
            return exc
        parser.parse(res.body.decode("utf-8", errors="replace").splitlines())
        delay = parser.crawl_delay(self.settings.robots_token)
        if delay:
            self.gate.set_delay(urlsplit(host).netloc, min(float(delay), self.settings.max_crawl_delay))
        return parser

    # ------------------------------------------------------------------ fetching
    def get(self, url: str, *, headers: dict[str, str] | None = None) -> FetchResult:
        """Fetch ``url`` (following redirects, retrying transient failures). 304 is returned, not raised.
        Raises :class:`FetchFailure` with the reason of the last attempt."""
        try:
            url = check_url(url)
        except BadURL as exc:
            raise FetchFailure("bad_url", str(exc)) from exc
        self.check_robots(url)
        attempts = 0
        while True:
            attempts += 1
            try:
                res = self._fetch_once(url, headers or {})
                res.attempts = attempts
                return res
            except FetchFailure as exc:
                if not exc.transient or attempts > self.settings.retries:
                    if attempts > 1:
                        exc.message = f"{exc.message} (after {attempts} attempts)"
                    raise
                wait = self.settings.backoff * 2 ** (attempts - 1)
                log.info("retrying %s in %.2fs: %s", url, wait, exc.message)
                time.sleep(wait)

    def _fetch_once(self, url: str, headers: dict[str, str], *, check_robots: bool = True) -> FetchResult:
        started = time.monotonic()
        deadline = started + self.settings.total_timeout
        fetched_at = dt.datetime.now(dt.UTC)
        visited = [url]
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            status, kept, body, location = self._request(current, headers, deadline)
            if status in REDIRECTS and location:
                target = urljoin(current, location)
                try:
                    check_url(target)
                except BadURL as exc:
                    raise FetchFailure("bad_redirect", f"redirect to {target}: {exc}", status=status,
                                       final_url=current) from exc
                if target in visited:
                    raise FetchFailure("redirect_loop", f"redirect loop: {' -> '.join([*visited, target])}",
                                       status=status, final_url=current)
                if check_robots:
                    try:
                        self.check_robots(target)
                    except FetchFailure as exc:
                        exc.message = f"redirected to {target}: {exc.message}"
                        exc.status, exc.final_url = status, target
                        raise
                visited.append(target)
                current = target
                continue
            if status >= 500:
                raise FetchFailure(f"http_{status}", f"HTTP {status} from server", transient=True,
                                   status=status, final_url=current)
            if status >= 400:
                raise FetchFailure(f"http_{status}", f"HTTP {status}", status=status, final_url=current)
            return FetchResult(url, current, status, kept, body, fetched_at, time.monotonic() - started,
                               redirects=visited[1:])
        raise FetchFailure("too_many_redirects",
                           f"more than {self.settings.max_redirects} redirects: {' -> '.join(visited)}",
                           final_url=current)

    def _request(self, url: str, headers: dict[str, str], deadline: float
                 ) -> tuple[int, dict[str, str], bytes, str | None]:
        host = urlsplit(url).netloc.lower()
        sem = self.gate.enter(host)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                kept = {k: response.headers[k] for k in KEPT_HEADERS if k in response.headers}
                status = response.status_code
                location = response.headers.get("location")
                if status in REDIRECTS or status >= 400 or status == 304:
                    return status, kept, b"", location
                cap = self.settings.max_bytes
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > cap:
                    raise FetchFailure("too_large", f"Content-Length {int(declared):,} over the {cap:,}-byte cap: "
                                       "not read", status=status, final_url=url)
                decoder = _Decoder(response.headers.get("content-encoding", ""), cap)
                raw = 0
                for chunk in response.iter_raw():
                    raw += len(chunk)
                    if raw > cap:
                        raise FetchFailure("too_large", f"body larger than the {cap:,}-byte cap: cut off",
                                           status=status, final_url=url)
                    decoder.feed(chunk)
                    if time.monotonic() > deadline:
                        raise FetchFailure(
                            "timeout", f"body not complete after {self.settings.total_timeout:g}s: cut off",
                            transient=True, status=status, final_url=url)
                return status, kept, bytes(decoder.out), location
        except FetchFailure as exc:
            exc.final_url = exc.final_url or url
            raise
        except httpx.TimeoutException as exc:
            raise FetchFailure("timeout", f"{type(exc).__name__}: no response within the timeout",
                               transient=True, final_url=url) from exc
        except httpx.TransportError as exc:
            raise FetchFailure("network", f"{type(exc).__name__}: {exc}", transient=True, final_url=url) from exc
        except httpx.HTTPError as exc:
            raise FetchFailure("http_error", f"{type(exc).__name__}: {exc}", final_url=url) from exc
        finally:
            sem.release()
