"""Crawl state in the project's DuckDB file: runs, feeds, items and the events of each run.

Item states: ``seen`` (found in a feed) -> ``fetched`` (archived) -> ``ready`` (content is not a near-duplicate)
-> ``ingested``; or ``duplicate`` (linked to the item it repeats) or ``failed`` (with reason; transient
failures are tried again by later runs until ``max_attempts``). Every transition is committed as soon as it
happens, in a short write transaction, so a killed run loses nothing and the next run resumes.
The file is opened only for each transaction (analysts may read it between them); a lock held by a reader
is waited for with backoff.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError
from .feeds import FeedItem
from .urls import item_id

SCHEMA = """
CREATE TABLE IF NOT EXISTS crawl_runs (
    run_id VARCHAR PRIMARY KEY, command VARCHAR, started TIMESTAMP, finished TIMESTAMP,
    status VARCHAR, pid INTEGER, host VARCHAR, feeds_file VARCHAR,
    feeds_read INTEGER DEFAULT 0, feeds_unchanged INTEGER DEFAULT 0, feeds_failed INTEGER DEFAULT 0,
    items_seen INTEGER DEFAULT 0, items_new INTEGER DEFAULT 0, fetched INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0, duplicates INTEGER DEFAULT 0, ingested INTEGER DEFAULT 0,
    ingest_failed INTEGER DEFAULT 0, extractor_version VARCHAR, ingest_run_ids VARCHAR,
    log_file VARCHAR, message VARCHAR
);
CREATE TABLE IF NOT EXISTS crawl_feeds (
    feed VARCHAR PRIMARY KEY, url VARCHAR, outlet VARCHAR, etag VARCHAR, last_modified VARCHAR,
    last_status INTEGER, last_read TIMESTAMP, last_ok TIMESTAMP, items_last INTEGER, last_error VARCHAR
);
CREATE TABLE IF NOT EXISTS crawl_items (
    item_id VARCHAR PRIMARY KEY, canonical_url VARCHAR, url VARCHAR, guid VARCHAR, feed VARCHAR,
    outlet VARCHAR, title VARCHAR, published DATE, seq BIGINT, first_seen TIMESTAMP, first_run VARCHAR,
    state VARCHAR, attempts INTEGER DEFAULT 0, last_run VARCHAR, fetched_at TIMESTAMP,
    http_status INTEGER, final_url VARCHAR, archive_path VARCHAR, content_bytes INTEGER, simhash BIGINT,
    duplicate_of VARCHAR, error_stage VARCHAR, reason VARCHAR, message VARCHAR, transient BOOLEAN,
    ingested_at TIMESTAMP, ingest_run_id VARCHAR, extractor_version VARCHAR
);
CREATE TABLE IF NOT EXISTS crawl_events (
    run_id VARCHAR, "at" TIMESTAMP, level VARCHAR, stage VARCHAR, feed VARCHAR, item_id VARCHAR,
    url VARCHAR, reason VARCHAR, message VARCHAR
);
"""

_PROCESS_LOCK = threading.RLock()

RUN_COUNTERS = ("feeds_read", "feeds_unchanged", "feeds_failed", "items_seen", "items_new", "fetched",
                "failed", "duplicates", "ingested", "ingest_failed")
ITEM_COLUMNS = ("item_id", "canonical_url", "url", "guid", "feed", "outlet", "title", "published", "seq",
                "first_seen", "first_run", "state", "attempts", "last_run", "fetched_at", "http_status",
                "final_url", "archive_path", "content_bytes", "simhash", "duplicate_of", "error_stage",
                "reason", "message", "transient", "ingested_at", "ingest_run_id", "extractor_version")


def now() -> dt.datetime:
    """Naive UTC (DuckDB TIMESTAMP columns hold UTC)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class CrawlState:
    def __init__(self, path: Path, *, lock_wait: float = 60.0) -> None:
        self.path = Path(path)
        self.lock_wait = lock_wait
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.transaction() as con:
            con.execute(SCHEMA)

    # ------------------------------------------------------------------ connections
    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One short write transaction; waits (with backoff) while another process holds the file."""
        with _PROCESS_LOCK:  # DuckDB refuses two connections to one file from one process at once
            yield from self._transaction()

    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        deadline = time.monotonic() + self.lock_wait
        delay = 0.02
        while True:
            try:
                con = duckdb.connect(str(self.path))
                break
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise StoreError(f"{self.path}: cannot open for writing: {exc}") from exc
                time.sleep(delay * (1 + random.random()))
                delay = min(delay * 2, 0.1)
        try:
            con.execute("BEGIN TRANSACTION")
            yield con
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise
        finally:
            con.close()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.transaction() as con:
            cur = con.execute(sql, list(params))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    # ------------------------------------------------------------------ runs
    def start_run(self, command: str, feeds_file: str | None, log_file: str | None,
                  extractor_version: str | None) -> str:
        run_id = f"crawl-{now():%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:6]}"
        with self.transaction() as con:
            con.execute("UPDATE crawl_runs SET status = 'interrupted', message = coalesce(message, "
                        "'the process stopped before finishing (killed?); the next run resumed its work') "
                        "WHERE status = 'running'")
            con.execute("INSERT INTO crawl_runs (run_id, command, started, status, pid, host, feeds_file, "
                        "log_file, extractor_version) VALUES (?, ?, ?, 'running', ?, ?, ?, ?, ?)",
                        [run_id, command, now(), os.getpid(), socket.gethostname(), feeds_file, log_file,
                         extractor_version])
        return run_id

    def update_run(self, run_id: str, counters: dict[str, int], **fields: Any) -> None:
        values = {k: counters.get(k, 0) for k in RUN_COUNTERS} | fields
        sets = ", ".join(f"{k} = ?" for k in values)
        with self.transaction() as con:
            con.execute(f"UPDATE crawl_runs SET {sets} WHERE run_id = ?", [*values.values(), run_id])

    def finish_run(self, run_id: str, counters: dict[str, int], status: str, message: str | None,
                   ingest_run_ids: list[str] | None = None) -> None:
        self.update_run(run_id, counters, status=status, finished=now(), message=message,
                        ingest_run_ids=",".join(ingest_run_ids or []) or None)

    def event(self, run_id: str, level: str, stage: str, reason: str, message: str, *, feed: str | None = None,
              item_id: str | None = None, url: str | None = None) -> None:
        with self.transaction() as con:
            con.execute("INSERT INTO crawl_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [run_id, now(), level, stage, feed, item_id, url, reason, message])

    # ------------------------------------------------------------------ feeds
    def feed_validators(self, feed: str, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since headers from the last good read of this feed URL."""
        rows = self.rows("SELECT etag, last_modified FROM crawl_feeds WHERE feed = ? AND url = ?", [feed, url])
        headers: dict[str, str] = {}
        if rows and rows[0]["etag"]:
            headers["If-None-Match"] = rows[0]["etag"]
        if rows and rows[0]["last_modified"]:
            headers["If-Modified-Since"] = rows[0]["last_modified"]
        return headers

    def record_feed(self, feed: str, url: str, outlet: str, *, status: int | None, etag: str | None = None,
                    last_modified: str | None = None, items: int | None = None, error: str | None = None) -> None:
        with self.transaction() as con:
            old = con.execute("SELECT etag, last_modified, last_ok FROM crawl_feeds WHERE feed = ?",
                              [feed]).fetchone()
            ok = error is None
            if old and (not ok or status == 304):  # keep the validators of the last good read
                etag, last_modified = etag or old[0], last_modified or old[1]
            con.execute("DELETE FROM crawl_feeds WHERE feed = ?", [feed])
            con.execute("INSERT INTO crawl_feeds VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [feed, url, outlet, etag if ok or old else None, last_modified, status, now(),
                         now() if ok else (old[2] if old else None), items, error])

    # ------------------------------------------------------------------ items
    def register(self, items: list[FeedItem], run_id: str) -> tuple[list[FeedItem], int]:
        """Insert the items not seen before (by canonical URL, and by GUID within an outlet) as ``seen``.
        Returns (new items, how many were known by GUID only)."""
        new: list[FeedItem] = []
        by_guid = 0
        with self.transaction() as con:
            seq = con.execute("SELECT coalesce(max(seq), 0) FROM crawl_items").fetchone()[0]
            for item in items:
                iid = item_id(item.canonical)
                if con.execute("SELECT 1 FROM crawl_items WHERE item_id = ?", [iid]).fetchone():
                    continue
                if item.guid and con.execute("SELECT 1 FROM crawl_items WHERE outlet = ? AND guid = ?",
                                             [item.outlet, item.guid]).fetchone():
                    by_guid += 1
                    continue
                seq += 1
                con.execute(
                    "INSERT INTO crawl_items (item_id, canonical_url, url, guid, feed, outlet, title, published, "
                    "seq, first_seen, first_run, state, attempts, last_run) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seen', 0, ?)",
                    [iid, item.canonical, item.url, item.guid, item.feed, item.outlet, item.title,
                     item.published, seq, now(), run_id, run_id])
                new.append(item)
        return new, by_guid

    def items(self, where: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return self.rows(f"SELECT * FROM crawl_items WHERE {where} ORDER BY seq", params)

    def to_fetch(self, max_attempts: int) -> list[dict[str, Any]]:
        return self.items("state = 'seen' OR (state = 'failed' AND transient AND error_stage = 'fetch' "
                          "AND attempts < ?)", [max_attempts])

    def update_item(self, item_id: str, run_id: str, **fields: Any) -> None:
        fields["last_run"] = run_id
        sets = ", ".join(f"{k} = ?" for k in fields)
        with self.transaction() as con:
            con.execute(f"UPDATE crawl_items SET {sets} WHERE item_id = ?", [*fields.values(), item_id])

    def update_items(self, updates: list[tuple[str, dict[str, Any]]], run_id: str) -> None:
        """Several item updates in one transaction."""
        with self.transaction() as con:
            for item_id, fields in updates:
                fields = fields | {"last_run": run_id}
                sets = ", ".join(f"{k} = ?" for k in fields)
                con.execute(f"UPDATE crawl_items SET {sets} WHERE item_id = ?", [*fields.values(), item_id])

    def insert_adopted(self, row: dict[str, Any]) -> None:
        """An archive entry with no item row (the DuckDB file was rebuilt): take it back as ``fetched``."""
        with self.transaction() as con:
            seq = con.execute("SELECT coalesce(max(seq), 0) FROM crawl_items").fetchone()[0] + 1
            row = row | {"seq": seq, "state": "fetched"}
            cols = [c for c in ITEM_COLUMNS if c in row]
            con.execute(f"INSERT INTO crawl_items ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [row[c] for c in cols])

    def fingerprints(self, days: int) -> list[tuple[int, str]]:
        """(simhash, item_id) of the items a new page may repeat: kept, first seen in the last ``days``."""
        since = now() - dt.timedelta(days=days)
        return [(r["simhash"], r["item_id"]) for r in
                self.rows("SELECT simhash, item_id FROM crawl_items WHERE simhash IS NOT NULL "
                          "AND state IN ('ready', 'ingested') AND first_seen >= ? ORDER BY seq", [since])]
