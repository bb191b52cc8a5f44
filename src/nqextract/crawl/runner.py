"""The batch: feeds -> new items -> fetch + archive -> near-duplicate check -> ingest; and reprocess.

Each phase works from the item states in :mod:`.state`, not from what this process did before, so a run
that was killed is finished by the next one: items ``seen`` are fetched, ``fetched`` are checked for
near-duplicates (in first-seen order, so the outcome does not depend on where the first run stopped),
``ready`` are ingested. The raw archive is the source of truth; ``reprocess`` re-extracts from it.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import os
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import NQError, ReadError, interruption
from ..settings import Settings
from ..version import EXTRACTOR_VERSION, __version__
from .archive import Archive, ArchiveEntry
from .config import CrawlSettings, FeedSpec
from .dedupe import nearest, page_text, simhash
from .feeds import FeedError, FeedItem, parse_feed
from .fetch import Fetcher, FetchFailure, FetchResult
from .progress import LOGGER, Progress, RunLogging
from .state import CrawlState, now
from .urls import item_id

log = logging.getLogger(LOGGER)

HTML_TYPES = ("html", "xml")  # text/html, application/xhtml+xml


class BatchBusy(NQError):
    """Another batch holds the archive lock."""

    stage = "read"


@dataclass
class RunReport:
    run_id: str
    command: str
    status: str = "running"
    counters: dict[str, int] = field(default_factory=dict)
    ingest_run_ids: list[str] = field(default_factory=list)
    message: str | None = None

    def count(self, name: str, n: int = 1) -> None:
        self.counters[name] = self.counters.get(name, 0) + n

    def line(self) -> str:
        c = self.counters
        return (f"{self.command} {self.run_id} {self.status}: feeds {c.get('feeds_read', 0)} read "
                f"({c.get('feeds_unchanged', 0)} unchanged, {c.get('feeds_failed', 0)} failed), "
                f"items {c.get('items_seen', 0)} seen, {c.get('items_new', 0)} new, "
                f"{c.get('fetched', 0)} fetched, {c.get('failed', 0)} failed, "
                f"{c.get('duplicates', 0)} near-duplicates, {c.get('ingested', 0)} ingested, "
                f"{c.get('ingest_failed', 0)} not ingested")


@contextmanager
def batch_lock(archive_dir: Path) -> Iterator[None]:
    """One batch at a time per archive (a second cron start exits at once instead of racing)."""
    archive_dir.mkdir(parents=True, exist_ok=True)
    path = archive_dir / ".batch.lock"
    with open(path, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            fh.seek(0)
            raise BatchBusy(f"another batch is running on {archive_dir} (lock {path}, pid {fh.read().strip()})"
                            ) from exc
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def extractor_version() -> str:
    return EXTRACTOR_VERSION


class Batch:
    """One run of ``crawl``, ``nightly`` or ``reprocess`` over one DuckDB file and one archive."""

    def __init__(self, crawl: CrawlSettings, settings: Settings, *, progress: bool = False,
                 quiet: bool = False) -> None:
        self.crawl = crawl
        self.settings = settings
        self.progress_enabled = progress
        self.quiet = quiet
        from ..db import Database

        self.archive = Archive(crawl.archive_dir)
        Database(settings.db)  # creates or migrates the store; refuses, untouched, a file that is not one
        self.state = CrawlState(settings.db)

    # ------------------------------------------------------------------ entry points
    def run(self, command: str, *, feeds: list[FeedSpec] | None = None, feeds_file: Path | None = None,
            since: dt.date | None = None, ingest: bool = False) -> RunReport:
        with batch_lock(self.crawl.archive_dir):
            run_id = self.state.start_run(command, str(feeds_file) if feeds_file else None,
                                          str(self.crawl.log_file) if self.crawl.log_file else None,
                                          extractor_version() if ingest or command == "reprocess" else None)
            report = RunReport(run_id, command)
            with RunLogging(run_id, self.crawl.log_file, interactive=self.progress_enabled, quiet=self.quiet), \
                    Progress(self.progress_enabled) as progress:
                log.info("%s started (pid %d, db %s, archive %s)", command, os.getpid(), self.settings.db,
                         self.crawl.archive_dir)
                try:
                    if command == "reprocess":
                        self._reprocess(report, progress, since)
                    else:
                        with Fetcher(self.crawl, __version__) as fetcher:  # one robots.txt read per host
                            self._read_feeds(report, progress, fetcher, feeds or [], since)
                            self.state.update_run(run_id, report.counters)
                            self._fetch(report, progress, fetcher)
                        self._dedupe(report, progress, self.state.items("state = 'fetched'"))
                        if ingest:
                            self._ingest(report, progress, self.state.items("state = 'ready'"), command)
                    enabled = [f for f in feeds or [] if f.enabled]
                    all_feeds_failed = bool(enabled) and report.counters.get("feeds_failed", 0) == len(enabled)
                    report.status = "failed" if all_feeds_failed else "ok"
                    if all_feeds_failed:
                        report.message = "every feed failed: see crawl_feeds.last_error and crawl_events"
                except BaseException as exc:
                    stop = interruption(exc)
                    report.status = "interrupted" if stop is not None else "failed"
                    report.message = f"{type(stop or exc).__name__}: {stop or exc}"
                    log.exception("%s stopped: %s", command, report.message)
                    self._finish(report)
                    raise
                self._finish(report)
                log.info("%s", report.line())
            return report

    def _finish(self, report: RunReport) -> None:
        self.state.finish_run(report.run_id, report.counters, report.status, report.message,
                              report.ingest_run_ids)

    def _fail_event(self, report: RunReport, stage: str, reason: str, message: str, **where: Any) -> None:
        log.warning("%s %s: %s%s", stage, reason, message,
                    "".join(f" {k}={v}" for k, v in where.items() if v))
        self.state.event(report.run_id, "warning", stage, reason, message, **where)

    # ------------------------------------------------------------------ feeds
    def _read_feeds(self, report: RunReport, progress: Progress, fetcher: Fetcher, feeds: list[FeedSpec],
                    since: dt.date | None) -> None:
        feeds = [f for f in feeds if f.enabled]
        phase = progress.phase("feeds", len(feeds))
        with ThreadPoolExecutor(self.crawl.workers) as pool:
            futures = [(spec, pool.submit(fetcher.get, spec.url, headers=self.state.feed_validators(spec.name, spec.url)))
                       for spec in feeds]
            for spec, future in futures:  # in file order: item order (seq) does not depend on timing
                self._take_feed(report, spec, future, since)
                phase.advance()

    def _take_feed(self, report: RunReport, spec: FeedSpec, future: Future[FetchResult],
                   since: dt.date | None) -> None:
        try:
            res = future.result()
        except FetchFailure as exc:
            report.count("feeds_failed")
            self.state.record_feed(spec.name, spec.url, spec.outlet, status=exc.status,
                                   error=f"{exc.reason}: {exc.message}")
            self._fail_event(report, "feed", exc.reason, exc.message, feed=spec.name, url=spec.url)
            return
        if res.not_modified:
            report.count("feeds_read")
            report.count("feeds_unchanged")
            self.state.record_feed(spec.name, spec.url, spec.outlet, status=304, items=0)
            log.info("feed %s unchanged (304)", spec.name)
            return
        try:
            parsed = parse_feed(res.body, spec, base_url=res.final_url,
                                content_type=res.headers.get("content-type"))
        except FeedError as exc:
            report.count("feeds_failed")
            self.state.record_feed(spec.name, spec.url, spec.outlet, status=res.status, error=f"bad_feed: {exc}")
            self._fail_event(report, "feed", "bad_feed", str(exc), feed=spec.name, url=spec.url)
            return
        report.count("feeds_read")
        if parsed.warning:
            self._fail_event(report, "feed", "malformed_feed", parsed.warning, feed=spec.name, url=spec.url)
        for what, why in parsed.skipped:
            self._fail_event(report, "feed", "bad_item", f"{why}: {what}", feed=spec.name)
        items: list[FeedItem] = [i for i in parsed.items if not (since and i.published and i.published < since)]
        report.count("items_seen", len(items))
        new, by_guid = self.state.register(items, report.run_id)
        report.count("items_new", len(new))
        # items left out by --since are not recorded: keep no validators, so the next run reads them (no 304)
        complete = len(items) == len(parsed.items)
        self.state.record_feed(spec.name, spec.url, spec.outlet, status=res.status,
                               etag=res.headers.get("etag") if complete else None,
                               last_modified=res.headers.get("last-modified") if complete else None,
                               items=len(parsed.items))
        log.info("feed %s: %d items, %d new, %d known by GUID", spec.name, len(items), len(new), by_guid)

    # ------------------------------------------------------------------ fetch + archive
    def _fetch(self, report: RunReport, progress: Progress, fetcher: Fetcher) -> None:
        todo = self.state.to_fetch(self.crawl.max_attempts)
        phase = progress.phase("fetch", len(todo))
        if not todo:
            return
        pool = ThreadPoolExecutor(self.crawl.workers, thread_name_prefix="fetch")
        try:
            futures = {pool.submit(self._fetch_one, fetcher, row): row for row in todo}
            for future in as_completed(futures):
                row = futures[future]
                fields = future.result()
                fields["attempts"] = (row["attempts"] or 0) + 1
                self.state.update_item(row["item_id"], report.run_id, **fields)
                if fields["state"] == "fetched":
                    report.count("fetched")
                else:
                    report.count("failed")
                    self._fail_event(report, "fetch", fields["reason"], fields["message"],
                                     item_id=row["item_id"], url=row["url"], feed=row["feed"])
                phase.advance()
        finally:  # stopped early (Ctrl-C, SIGTERM): drop the queued fetches; items not recorded stay 'seen'
            pool.shutdown(wait=True, cancel_futures=True)

    def _fetch_one(self, fetcher: Fetcher, row: dict[str, Any]) -> dict[str, Any]:
        """Runs in a fetch thread: fetch and archive one item; returns the item's new fields."""
        try:
            res = fetcher.get(row["url"])
            ctype = res.headers.get("content-type", "text/html").lower()
            if not any(t in ctype for t in HTML_TYPES):
                raise FetchFailure("not_html", f"Content-Type {ctype!r} is not a web page",
                                   status=res.status, final_url=res.final_url)
            if not res.body.strip():
                raise FetchFailure("empty", "empty body", status=res.status, final_url=res.final_url)
        except FetchFailure as exc:
            return {"state": "failed", "error_stage": "fetch", "reason": exc.reason, "message": exc.message,
                    "transient": exc.transient, "http_status": exc.status, "final_url": exc.final_url}
        day = (row["first_seen"] or now()).date()
        path = self.archive.path_for(day, row["outlet"], row["item_id"])
        meta = {
            # url/title/published/site: the keys `nqextract ingest` reads from a <stem>.meta.json sidecar,
            # so ingesting archive files directly gives the same articles (same ids) as the batch does
            "item_id": row["item_id"], "url": res.final_url, "feed_url": row["url"],
            "dedupe_key": row["canonical_url"], "final_url": res.final_url, "site": row["outlet"],
            "redirects": res.redirects, "status": res.status,
            "headers": res.headers, "fetched_at": res.fetched_at.isoformat(), "elapsed": round(res.elapsed, 3),
            "attempts": res.attempts, "bytes": len(res.body), "feed": row["feed"], "outlet": row["outlet"],
            "guid": row["guid"], "title": row["title"],
            "published": row["published"].isoformat() if row["published"] else None,
            # the order items were first seen in: reprocess, after losing the database, adopts them in it
            "first_seen": row["first_seen"].isoformat() if row["first_seen"] else None, "seq": row["seq"],
            "user_agent": fetcher.user_agent,
        }
        self.archive.write(path, res.body, meta)
        return {"state": "fetched", "error_stage": None, "reason": None, "message": None, "transient": None,
                "http_status": res.status, "final_url": res.final_url,
                "archive_path": path.relative_to(self.archive.root).as_posix(),
                "content_bytes": len(res.body), "fetched_at": res.fetched_at.replace(tzinfo=None)}

    # ------------------------------------------------------------------ near-duplicates
    def _dedupe(self, report: RunReport, progress: Progress, rows: list[dict[str, Any]]) -> None:
        phase = progress.phase("dedupe", len(rows))
        if not rows:
            return
        known = self.state.fingerprints(self.crawl.near_duplicate_days)
        for row in rows:
            try:
                entry = self.archive.entry(self.archive.root / row["archive_path"])
                html = entry.read_html()
            except ReadError as exc:  # the archive entry vanished: fetch it again
                self._fail_event(report, "archive", "missing", str(exc), item_id=row["item_id"], url=row["url"])
                self.state.update_item(row["item_id"], report.run_id, state="seen")
                phase.advance()
                continue
            text = page_text(html)  # '' for a page with no main text: ingest records why it is not an article
            value = simhash(text) if text else None
            original = nearest(value, known, self.crawl.near_duplicate_bits) if value is not None else None
            if original is not None:
                report.count("duplicates")
                self.state.update_item(row["item_id"], report.run_id, state="duplicate", simhash=value,
                                       duplicate_of=original, reason="near_duplicate",
                                       message=f"same content as item {original}")
                log.info("near-duplicate: %s repeats item %s", row["url"], original)
            else:
                self.state.update_item(row["item_id"], report.run_id, state="ready", simhash=value)
                if value is not None:
                    known.append((value, row["item_id"]))
            phase.advance()

    # ------------------------------------------------------------------ ingest
    def _raw(self, row: dict[str, Any]) -> Any:
        from ..models import RawArticle

        entry = self.archive.entry(self.archive.root / row["archive_path"])
        return RawArticle(source=str(entry.html_path), url=row["final_url"] or row["url"], title=row["title"],
                          published=row["published"], html=entry.read_html(), site=row["outlet"])

    def _ingest(self, report: RunReport, progress: Progress, rows: list[dict[str, Any]], command: str) -> None:
        """Hand ``rows`` to :func:`nqextract.ingest.ingest` in chunks of ``ingest_batch``; each chunk's
        outcome is committed to the item states as soon as its ingest call returns."""
        phase = progress.phase("ingest", len(rows))
        if not rows:
            return
        from ..db import Database
        from ..ingest import ingest

        db = Database(self.settings.db)
        version = extractor_version()
        size = self.crawl.ingest_batch
        for start in range(0, len(rows), size):
            chunk = rows[start:start + size]
            unreadable: dict[str, dict[str, Any]] = {}

            def raws(chunk: list[dict[str, Any]] = chunk, unreadable: dict[str, dict[str, Any]] = unreadable
                     ) -> Iterator[Any]:
                """Read lazily (one page in memory at a time); advance the bar as ingest takes each one."""
                for i, row in enumerate(chunk):
                    if i:
                        phase.advance()
                    try:
                        raw = self._raw(row)
                    except (ReadError, OSError) as exc:
                        unreadable[row["item_id"]] = {"state": "failed", "error_stage": "read",
                                                      "reason": "archive_unreadable", "message": str(exc)}
                        continue
                    yield raw
                phase.advance()

            result = ingest(raws(), self.settings, db=db, command=f"{command} {report.run_id}",
                            progress=False, sources=[f"{len(chunk)} archived pages of {report.run_id}"])
            report.ingest_run_ids.append(result.run_id)
            failed = {e.source: e for e in result.errors}
            stamp = now()
            updates: list[tuple[str, dict[str, Any]]] = []
            for row in chunk:
                err = failed.get(str(self.archive.root / row["archive_path"]))
                if row["item_id"] in unreadable:
                    fields = unreadable[row["item_id"]]
                elif err is None:
                    fields = {"state": "ingested", "ingested_at": stamp, "ingest_run_id": result.run_id,
                              "extractor_version": version, "error_stage": None, "reason": None, "message": None}
                else:
                    fields = {"state": "failed", "error_stage": err.stage, "reason": err.error,
                              "message": err.message, "transient": False, "ingest_run_id": result.run_id}
                updates.append((row["item_id"], fields))
            self.state.update_items(updates, report.run_id)
            for row, (_iid, fields) in zip(chunk, updates, strict=True):
                if fields["state"] == "ingested":
                    report.count("ingested")
                else:
                    report.count("ingest_failed")
                    self._fail_event(report, fields["error_stage"], fields["reason"], fields["message"],
                                     item_id=row["item_id"], url=row["url"])
            self.state.update_run(report.run_id, report.counters)

    # ------------------------------------------------------------------ reprocess
    def _reprocess(self, report: RunReport, progress: Progress, since: dt.date | None) -> None:
        # first-seen order, as the sidecars record it (the archive path sorts by day, outlet, id instead):
        # of two near-duplicates, the one seen first stays the article, as in the batch
        entries = sorted(self.archive.entries(since), key=_first_seen_order)
        known = {r["item_id"] for r in self.state.rows("SELECT item_id FROM crawl_items")}
        adopted = []
        ids = []
        for entry in entries:
            iid = entry.html_path.name.removesuffix(".html.gz")
            ids.append(iid)
            if iid not in known:
                self.state.insert_adopted(_row_from_sidecar(iid, entry, self.archive.root))
                adopted.append(iid)
        if adopted:
            log.info("reprocess: %d archive entries had no item row (database rebuilt?): taken back", len(adopted))
            self._dedupe(report, progress, self.state.items("state = 'fetched'"))
        wanted = set(ids)
        rows = [r for r in self.state.items("archive_path IS NOT NULL AND state IN ('ready', 'ingested', 'failed')")
                if r["item_id"] in wanted and r["error_stage"] != "fetch"]
        report.count("items_seen", len(rows))
        self._ingest(report, progress, rows, "reprocess")


def _first_seen_order(entry: ArchiveEntry) -> tuple[str, int, str, str]:
    """Sort key of an archive entry: when first seen (then its sequence number), else when fetched."""
    meta = entry.meta
    seen = _utc(meta.get("first_seen")) or _utc(meta.get("fetched_at"))
    seq = meta.get("seq")
    return (seen.isoformat() if seen else "", seq if isinstance(seq, int) else 0, str(meta.get("fetched_at") or ""),
            entry.html_path.as_posix())


def _utc(value: Any) -> dt.datetime | None:
    """An ISO timestamp as naive UTC (a naive one is UTC already, as DuckDB stores them)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _row_from_sidecar(iid: str, entry: ArchiveEntry, root: Path) -> dict[str, Any]:
    meta = entry.meta
    fetched_at = _utc(meta.get("fetched_at"))
    published = meta.get("published")
    return {
        "item_id": iid, "canonical_url": meta.get("dedupe_key"), "url": meta.get("feed_url") or meta.get("url"),
        "guid": meta.get("guid"),
        "feed": meta.get("feed"), "outlet": meta.get("outlet"), "title": meta.get("title"),
        "published": dt.date.fromisoformat(published) if published else None,
        "first_seen": _utc(meta.get("first_seen")) or fetched_at,
        "first_run": None, "attempts": meta.get("attempts", 1), "fetched_at": fetched_at,
        "http_status": meta.get("status"), "final_url": meta.get("final_url"),
        "archive_path": entry.html_path.relative_to(root).as_posix(), "content_bytes": meta.get("bytes"),
    }


def item_key(url: str) -> str:
    """The item id a URL gets (for tests and operators looking an item up)."""
    from .urls import canonical_url

    return item_id(canonical_url(url))
