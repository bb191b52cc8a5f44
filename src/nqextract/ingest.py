"""Orchestration: raw inputs -> worker processes (clean, nlp, extract) -> batches -> the single DuckDB writer.

:func:`ingest` is the API the CLI and the nightly crawler both call; :func:`extract_articles` is the same
extraction without a store (``nqextract extract``).

Local engine: ``settings.workers`` worker processes (:mod:`nqextract.pool`). On Linux the parent builds the
:class:`~nqextract.pipeline.Extractor` once (models and rules) and forks the workers, which start with it
loaded (shared copy-on-write); elsewhere (``forkserver``, else ``spawn``) each worker builds its own
when it starts. The parent hands each worker one article at
a time over its own pipe (so it always knows which article a worker is on), gathers results in
completion order, and writes them in batches of ``settings.batch_size`` articles, one transaction
per batch. A failure on one article becomes an :class:`IngestError`; a worker process that dies
(segfault, OOM kill) costs only the article it was on: that article is recorded as failed, a new
worker takes its place, the rest go on. ``workers == 1`` runs everything in the calling process.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from .engines.base import (  # IngestAborted, local_extractor: part of this module's API too
    IngestAborted,  # noqa: F401
    loaded_extractor,
    local_extractor,  # noqa: F401
    one_line,
    process_one,
    store_error,
)
from .errors import NQError, StoreError, interruption
from .models import Article, IngestError, RawArticle
from .pool import WorkerPool
from .settings import Settings
from .sources import split_source

if TYPE_CHECKING:
    from .db import Database
    from .parquet import ParquetStore

    Store = Database | ParquetStore

Item = RawArticle | IngestError
Result = Article | IngestError
ENGINES = ("local", "dask")
# An article still being extracted after this many seconds is abandoned (its worker is killed and
# replaced) so that one pathological input cannot hang a nightly run. Only with worker processes.
DEFAULT_ARTICLE_TIMEOUT = 600.0


class EngineUnavailable(NQError):
    """The requested execution engine is unknown or not installed."""

    stage = "extract"


class IngestReport(BaseModel):
    run_id: str
    ingested: int = 0
    failed: int = 0
    errors: list[IngestError] = Field(default_factory=list)
    seconds: float = 0.0
    status: str = "ok"


def _run_pool(inputs: Iterable[Item], settings: Settings, timeout: float | None) -> Iterator[Result]:
    pool = WorkerPool(settings, settings.workers, timeout)
    try:
        pool.start()  # now, not at the first next(): see WorkerPool.start
    except BaseException:
        pool.close()
        raise
    return _pool_results(pool, inputs)


def _pool_results(pool: WorkerPool, inputs: Iterable[Item]) -> Iterator[Result]:
    items = iter(inputs)
    waiting: RawArticle | None = None
    exhausted = False
    seq = 0

    def feed() -> Iterator[Result]:
        """Give every idle worker its next article (yielding the inputs that failed before extraction)."""
        nonlocal waiting, exhausted, seq
        while not exhausted:
            if waiting is None:
                try:
                    item = next(items)
                except StopIteration:
                    exhausted = True
                    return
                if isinstance(item, IngestError):
                    yield item
                    continue
                waiting = item
            worker = pool.idle()
            if worker is None:
                return
            seq += 1
            pool.assign(worker, seq, waiting)
            waiting = None

    try:
        while True:
            yield from feed()
            if not pool.busy():
                if exhausted:
                    return
                continue
            for result in pool.results():
                # the worker that answered gets its next article before the caller takes the result
                # (and perhaps writes a batch): no worker waits idle while the parent writes
                yield from feed()
                yield result
    finally:
        pool.close()


def _run_in_process(inputs: Iterable[Item], settings: Settings, freeze: bool) -> Iterator[Result]:
    extractor = loaded_extractor(settings, freeze=freeze)
    for item in inputs:
        yield item if isinstance(item, IngestError) else process_one(extractor, item)


def longest_first(items: Sequence[Item]) -> list[Item]:
    """The items longest text first (ties and failed inputs in input order, the failed ones last), so that
    the articles handed out last to worker processes are the short ones and no worker is left on a long
    one after the others are done. Results come back in completion order either way."""
    def size(i: int) -> int:
        item = items[i]
        return 0 if isinstance(item, IngestError) else len(item.text or item.html or "")

    return [items[i] for i in sorted(range(len(items)), key=lambda i: -size(i))]


LOOKAHEAD = 64  # inputs read ahead and handed out longest first when they come from files


def longest_first_in_chunks(items: Iterable[Item], size: int = LOOKAHEAD) -> Iterator[Item]:
    """:func:`longest_first` over each run of ``size`` inputs as they are read (memory stays bounded), so
    that the last articles of a run are handed out shortest last. Not for a stream that may pause (stdin):
    an input read waits for the rest of its chunk. Inputs read before a failure to read are kept."""
    chunk: list[Item] = []
    try:
        for item in items:
            chunk.append(item)
            if len(chunk) >= size:
                yield from longest_first(chunk)
                chunk = []
    except Exception:
        yield from longest_first(chunk)
        raise
    yield from longest_first(chunk)


def extract_articles(inputs: Iterable[Item], settings: Settings, *,
                     timeout: float | None = DEFAULT_ARTICLE_TIMEOUT,
                     freeze_loaded: bool = False, warm: bool = False) -> Iterator[Result]:
    """Every input as an :class:`Article` or an :class:`IngestError`, in completion order.

    With ``settings.workers > 1`` the order may differ from the input order; in one process it is
    the input order. ``timeout``: seconds one article may take in a worker process before the worker
    is stopped and the article recorded as failed (None: no limit; not enforced with one process).
    ``freeze_loaded``: in one process, freeze the loaded models and rules for the collector
    (:func:`~nqextract.engines.base.loaded_extractor`; the command line's runs, not a library caller's).
    ``warm``: hand the articles to the warm pool of a running ``nqextract serve --workers N`` of the
    same code and rules when there is one (:func:`~nqextract.warm.pool_results`; the command line's
    runs), at most ``settings.workers`` at a time; else, and for whatever a server that goes away
    mid-run left unanswered, extract here as without it.
    Raises :class:`IngestAborted` only when no article can be extracted at all.
    """
    if settings.workers > 1 and isinstance(inputs, Sequence):
        inputs = longest_first(inputs)
    if warm:
        served = served_articles(inputs, settings, timeout=timeout, freeze_loaded=freeze_loaded)
        if served is not None:
            return served
    if settings.workers <= 1:
        return _run_in_process(inputs, settings, freeze_loaded)
    return _run_pool(inputs, settings, timeout)


def served_articles(inputs: Iterable[Item], settings: Settings, *,
                    timeout: float | None = DEFAULT_ARTICLE_TIMEOUT,
                    freeze_loaded: bool = False) -> Iterator[Result] | None:
    """The warm pool's answers (:func:`~nqextract.warm.pool_results`; its workers start on the inputs
    at once, and ``close()`` ends the run), or None when no ``nqextract serve --workers N`` of this
    code and rules is running. What a server that goes away mid-run leaves is extracted here."""
    from .warm import pool_results

    def here(items: Iterable[Item]) -> Iterator[Result]:
        return extract_articles(items, settings, timeout=timeout, freeze_loaded=freeze_loaded)

    return pool_results(inputs, settings, timeout, here)


# --------------------------------------------------------------------------- the run


def _progress(enabled: bool) -> AbstractContextManager[Any]:
    """The ingest bar: inputs done of the total (when known), failures, time elapsed and time left."""
    if not enabled:
        return nullcontext(None)
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    return Progress(
        SpinnerColumn(), TextColumn("[bold]ingest"), BarColumn(bar_width=None), MofNCompleteColumn(),
        TextColumn("inputs, {task.fields[failed]} failed"), TimeElapsedColumn(), TextColumn("ETA"),
        TimeRemainingColumn(), console=Console(stderr=True), transient=True,
    )


def engine_module(engine: str) -> Any:
    """The module of a non-local engine (with ``results(inputs, settings, *, run_id, scheduler)``)."""
    if engine not in ENGINES:
        raise EngineUnavailable(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if engine == "local":
        return None
    hint = "install it with pip install 'nqextract[dask]'"
    if importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None:
        raise EngineUnavailable(f"the dask engine needs dask and distributed, which are not installed: {hint}")
    try:
        from .engines import dask as dask_engine
    except ImportError as exc:
        raise EngineUnavailable(f"the dask engine is not available ({exc}): {hint}") from exc
    return dask_engine


def ingest(
    inputs: Iterable[Item],
    settings: Settings,
    *,
    db: Store,
    command: str = "ingest",
    progress: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    sources: Sequence[str] = (),
    on_error: Callable[[IngestError], None] | None = None,
    timeout: float | None = DEFAULT_ARTICLE_TIMEOUT,
    total: int | None = None,
    freeze_loaded: bool = False,
    warm: bool = False,
) -> IngestReport:
    """Extract every input and store it in ``db``; bad inputs land in the errors table.

    ``db`` is a :class:`~nqextract.db.Database` or a :class:`~nqextract.parquet.ParquetStore`.
    ``sources`` names the inputs for the runs table; ``on_error`` is called for each failed input as it
    happens (the CLI prints it). ``engine="dask"`` extracts on a Dask cluster
    (:mod:`nqextract.engines.dask`, at ``scheduler`` or a local one); ``timeout`` applies to the local
    engine's worker processes; ``total`` (the number of inputs, when known) gives the progress bar its
    length and time left; ``freeze_loaded`` and ``warm`` (the local engine) as in :func:`extract_articles`.
    """
    started = time.monotonic()
    served = None
    if engine == "local" and warm:  # a warm pool's workers start on the first articles while the run is recorded
        if settings.workers > 1 and isinstance(inputs, Sequence):
            inputs = longest_first(inputs)
        served = served_articles(inputs, settings, timeout=timeout, freeze_loaded=freeze_loaded)
    try:
        run_id = db.start_run(command, list(sources))
    except BaseException:
        if served is not None:
            served.close()  # type: ignore[attr-defined]
        raise
    report = IngestReport(run_id=run_id)
    articles: list[Article] = []
    errors: list[IngestError] = []
    from .db import concat_tables

    table_batches: list[dict[str, Any]] = []  # rows built by remote workers, merged into one write
    table_ids: set[str] = set()

    def fail(err: IngestError) -> None:
        errors.append(err)
        report.errors.append(err)
        report.failed += 1
        if on_error is not None:
            on_error(err)

    def flush_tables() -> None:
        if table_batches:
            _write_tables(db, concat_tables(table_batches), report, fail)
            table_batches.clear()
            table_ids.clear()

    def flush() -> None:
        if articles:
            _write(db, articles, run_id, report, fail)
            articles.clear()
        flush_tables()
        if errors:
            db.record_errors(errors, run_id)
            errors.clear()

    if served is not None:
        results: Iterable[Any] = served
    elif engine == "local":  # without a warm pool (none runs, or none was asked for)
        results = extract_articles(inputs, settings, timeout=timeout, freeze_loaded=freeze_loaded)
    else:
        results = engine_module(engine).results(inputs, settings, run_id=run_id, scheduler=scheduler)
    status = "failed"
    try:
        with _progress(progress) as bar:
            task = bar.add_task("ingest", total=total, failed=0) if bar is not None else None
            for result in results:
                done = 1
                if isinstance(result, IngestError):
                    fail(result)
                elif isinstance(result, Article):
                    articles.append(result)
                else:  # a batch of rows built by a remote worker
                    for err in result.errors:
                        fail(err)
                    if result.tables is not None:
                        ids = set(result.tables["articles"].column("id").to_pylist())
                        if ids & table_ids:  # the same article again: the earlier rows go in first
                            flush_tables()
                        table_batches.append(result.tables)
                        table_ids.update(ids)
                    done = result.articles + len(result.errors)
                if (len(articles) >= settings.batch_size or len(errors) >= settings.batch_size
                        or len(table_ids) >= settings.batch_size):
                    flush()
                if bar is not None:
                    bar.update(task, advance=done, failed=report.failed)
            flush()
        status = "ok" if report.failed == 0 else "partial"
    except BaseException as exc:
        if interruption(exc) is not None:  # Ctrl-C, a stop signal (also when DuckDB reports it as its own error)
            status = "interrupted"
        _flush_quietly(flush)
        raise
    finally:
        if served is not None:  # an answer left unread (an error before or while reading) frees the pool
            served.close()  # type: ignore[attr-defined]
        report.status = status
        report.seconds = round(time.monotonic() - started, 3)
        db.finish_run(run_id, report.ingested, report.failed, status)
    return report


def _flush_quietly(flush: Callable[[], None]) -> None:
    """Keep what was already extracted when the run stops early (Ctrl-C, abort)."""
    try:
        flush()
    except Exception as exc:  # the original error matters more
        print(f"nqextract: could not save the last batch: {exc}", file=sys.stderr)


def _write(db: Store, articles: list[Article], run_id: str, report: IngestReport,
           fail: Callable[[IngestError], None]) -> None:
    """One transaction for the batch; if it fails, write one by one so one bad article costs only itself."""
    try:
        db.write_articles(articles, run_id)
        report.ingested += len(articles)
        return
    except StoreError as exc:
        if len(articles) == 1:
            fail(store_error(articles[0], exc))
            return
    for art in articles:
        try:
            db.write_articles([art], run_id)
            report.ingested += 1
        except StoreError as exc:
            fail(store_error(art, exc))


def _write_tables(db: Store, tables: dict[str, Any], report: IngestReport,
                  fail: Callable[[IngestError], None]) -> None:
    """Load a worker's batch in one transaction; if that fails, every article of it is recorded as failed."""
    try:
        report.ingested += db.write_tables(tables)
    except StoreError as exc:
        articles = tables["articles"]
        for aid, source, url in zip(*(articles.column(c).to_pylist() for c in ("id", "source", "url"))):
            src, line = split_source(source or url or aid)
            fail(IngestError(source=src, line=line, stage="store", error=type(exc).__name__,
                             message=one_line(str(exc))))
