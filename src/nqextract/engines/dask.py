"""The Dask engine: the same per-article pipeline on a Dask distributed cluster.

``nqextract ingest --engine dask --scheduler tcp://HOST:PORT PATH...`` (extra: ``pip install
'nqextract[dask]'``). The client reads the inputs (workers need no access to the files) and sends
chunks of articles to the cluster; each worker process builds one
:class:`~nqextract.pipeline.Extractor` per thread, once, extracts its chunk and returns the rows as
Arrow tables (:func:`nqextract.db.article_tables`) with the chunk's errors. The single writer in the
client loads each chunk in one transaction (:meth:`nqextract.db.Database.write_tables`), or writes
it as Parquet (:class:`nqextract.parquet.ParquetStore`).

At most ``2 x workers`` chunks are in flight, so memory stays bounded on a stream of any length. A
chunk whose task fails (a worker killed by an article, say) is split and its articles retried one
per task: only the article that breaks a worker is recorded as failed. Without ``--scheduler`` a
``LocalCluster`` of ``settings.workers`` single-threaded worker processes on 127.0.0.1 is started
for the run.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from ..errors import StoreError
from ..models import Article, IngestError, RawArticle
from ..settings import Settings

DEFAULT_CHUNK_SIZE = 8
INFLIGHT_PER_WORKER = 2
CONNECT_TIMEOUT = 30.0  # seconds to reach a scheduler before the run is given up


@dataclass
class TableBatch:
    """What one chunk of articles gives back: the rows to store, and its failed articles."""

    tables: dict[str, pa.Table] | None
    errors: list[IngestError] = field(default_factory=list)
    articles: int = 0


_local = threading.local()


def _extractor(settings: Settings) -> Any:
    """One Extractor per worker thread (the pipeline's components are not shared across threads)."""
    from .base import local_extractor

    return local_extractor(settings, _local.__dict__.setdefault("extractors", {}))


def extract_chunk(settings: Settings, run_id: str, raws: list[RawArticle]) -> TableBatch:
    """Worker side: extract a chunk and build its rows; never raises for a problem with one article."""
    from ..db import article_tables
    from .base import process_one, store_error

    extractor = _extractor(settings)
    good: list[Article] = []
    errors: list[IngestError] = []
    for raw in raws:
        result = process_one(extractor, raw)
        if isinstance(result, IngestError):
            errors.append(result)
        else:
            good.append(result)
    try:
        tables = article_tables(good, run_id) if good else None
    except StoreError:  # find the article(s) whose rows cannot be stored, keep the rest
        kept = []
        for art in good:
            try:
                article_tables([art], run_id)
                kept.append(art)
            except StoreError as exc:
                errors.append(store_error(art, exc))
        good = kept
        tables = article_tables(good, run_id) if good else None
    return TableBatch(tables=tables, errors=errors, articles=len({a.id for a in good}))


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=f"{CONNECT_TIMEOUT}s")
        except (OSError, TimeoutError) as exc:
            from .base import IngestAborted

            raise IngestAborted(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        try:
            yield client
        finally:
            client.close()
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=40) as cluster, Client(cluster) as client:
        yield client


def results(inputs: Iterable[RawArticle | IngestError], settings: Settings, *, run_id: str,
            scheduler: str | None = None, chunk_size: int | None = None) -> Iterator[TableBatch | IngestError]:
    """Every input extracted on the cluster: TableBatch per chunk, IngestError for inputs that failed to read."""
    from distributed import as_completed

    from .base import IngestAborted, error_for

    chunk_size = chunk_size or DEFAULT_CHUNK_SIZE
    with _client(scheduler, settings.workers) as client:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or settings.workers)
        limit = INFLIGHT_PER_WORKER * n_workers
        pending = as_completed()
        chunks: dict[str, list[RawArticle]] = {}

        def submit(chunk: list[RawArticle]) -> None:
            future = client.submit(extract_chunk, settings, run_id, chunk, pure=False)
            chunks[future.key] = chunk
            pending.add(future)

        def collect(future: Any) -> Iterator[TableBatch | IngestError]:
            chunk = chunks.pop(future.key)
            if future.status == "finished":
                yield future.result()
                return
            exc = future.exception()
            if isinstance(exc, IngestAborted):  # no worker can build the extractor: nothing can succeed
                raise exc
            if len(chunk) > 1:  # find the article that breaks the task: one task each
                for raw in chunk:
                    submit([raw])
            else:
                yield error_for(chunk[0], "extract", type(exc).__name__,
                                f"the Dask task extracting this article failed: {type(exc).__name__}: {exc}")

        chunk: list[RawArticle] = []
        for item in inputs:
            if isinstance(item, IngestError):
                yield item
                continue
            chunk.append(item)
            if len(chunk) >= chunk_size:
                submit(chunk)
                chunk = []
                while pending.count() >= limit:
                    yield from collect(next(pending))
        if chunk:
            submit(chunk)
        while not pending.is_empty():
            yield from collect(next(pending))
