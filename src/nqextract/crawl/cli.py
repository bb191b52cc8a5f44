"""Typer commands of the nightly batch (crawl, nightly, reprocess), registered on the main app.

Exit status: 0 the run completed (item failures are recorded in crawl_items/crawl_events, not fatal),
1 the run failed (every feed failed, or an error stopped it), 2 usage error (bad option, bad feed list),
3 another batch is already running on the same archive, 130 interrupted (Ctrl-C, SIGTERM: the run is
recorded as interrupted and the next run finishes its work).
"""

from __future__ import annotations

import datetime as dt
import signal
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import NQError
from ..settings import DEFAULT_DB, Settings
from .config import DEFAULT_FEEDS, CrawlConfigError, CrawlSettings, load_feeds

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY = 0, 1, 2, 3

FeedsOption = Annotated[Path, typer.Option("--feeds", help="feed list (TOML: [crawl] settings, [[feeds]])",
                                           envvar="NQEXTRACT_FEEDS")]
SinceOption = Annotated[str | None, typer.Option("--since", help="YYYY-MM-DD: crawl: skip items published "
                                                 "before; reprocess: archive days from this date")]
DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file (articles, facts and crawl state)",
                                        envvar="NQEXTRACT_DB")]
ArchiveOption = Annotated[Path | None, typer.Option("--archive", help="raw archive root (default: [crawl] "
                                                    "archive_dir, data/raw)")]
LogOption = Annotated[Path | None, typer.Option("--log-file", help="log file (default: [crawl] log_file)")]
WorkersOption = Annotated[int | None, typer.Option("--workers", min=1, help="extraction processes")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="no progress, no log lines on stderr")]


def _since(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD", param_hint="'--since'") from None


def _crawl_settings(feeds: Path | None, archive: Path | None, log_file: Path | None):
    try:
        feed_list = load_feeds(feeds) if feeds is not None else None
    except CrawlConfigError as exc:
        typer.echo(f"nqextract: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    crawl = feed_list.crawl if feed_list is not None else CrawlSettings()
    updates = {k: v for k, v in {"archive_dir": archive, "log_file": log_file}.items() if v is not None}
    return feed_list, crawl.model_copy(update=updates)


def _run(command: str, *, feeds: Path | None, since: str | None, db: Path, archive: Path | None,
         log_file: Path | None, workers: int | None, quiet: bool, ingest: bool) -> None:
    from .runner import Batch, BatchBusy

    day = _since(since)
    feed_list, crawl = _crawl_settings(feeds, archive, log_file)
    if feed_list is not None and not [f for f in feed_list.feeds if f.enabled]:
        typer.echo(f"nqextract: {feeds}: no enabled [[feeds]] entry", err=True)
        raise typer.Exit(EXIT_USAGE)
    settings = Settings(db=db, **({"workers": workers} if workers else {}))
    interactive = sys.stderr.isatty() and not quiet
    previous = signal.signal(signal.SIGTERM, _stop)  # systemd stop: the run is recorded as interrupted
    try:
        batch = Batch(crawl, settings, progress=interactive, quiet=quiet)
        report = batch.run(command, feeds=feed_list.feeds if feed_list else None, feeds_file=feeds,
                           since=day, ingest=ingest)
    except BatchBusy as exc:
        typer.echo(f"nqextract: {exc}", err=True)
        raise typer.Exit(EXIT_BUSY) from None
    except NQError as exc:
        typer.echo(f"nqextract: {command} failed: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    except KeyboardInterrupt as exc:
        typer.echo(f"nqextract: {command} interrupted ({exc or 'Ctrl-C'}); the next run resumes its work", err=True)
        raise typer.Exit(130) from None
    except Exception as exc:  # the traceback is in the log file; the operator gets one line here
        typer.echo(f"nqextract: {command} failed: {type(exc).__name__}: {exc} (see {crawl.log_file})", err=True)
        raise typer.Exit(EXIT_FAILED) from None
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not quiet:
        typer.echo(report.line(), err=True)
    raise typer.Exit(EXIT_OK if report.status == "ok" else EXIT_FAILED)


def _stop(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(f"stopped by signal {signal.Signals(signum).name}")


def crawl(feeds: FeedsOption = DEFAULT_FEEDS, since: SinceOption = None, db: DbOption = DEFAULT_DB,
          archive: ArchiveOption = None, log_file: LogOption = None, quiet: QuietOption = False) -> None:
    """Read the feeds, fetch the new items' pages into the raw archive (no extraction)."""
    _run("crawl", feeds=feeds, since=since, db=db, archive=archive, log_file=log_file, workers=None,
         quiet=quiet, ingest=False)


def nightly(feeds: FeedsOption = DEFAULT_FEEDS, since: SinceOption = None, db: DbOption = DEFAULT_DB,
            archive: ArchiveOption = None, log_file: LogOption = None, workers: WorkersOption = None,
            quiet: QuietOption = False) -> None:
    """crawl + ingest of everything fetched and not yet ingested (the cron/systemd command)."""
    _run("nightly", feeds=feeds, since=since, db=db, archive=archive, log_file=log_file, workers=workers,
         quiet=quiet, ingest=True)


def reprocess(since: SinceOption = None, db: DbOption = DEFAULT_DB, archive: ArchiveOption = None,
              feeds: Annotated[Path | None, typer.Option("--feeds", help="read [crawl] settings from here")] = None,
              log_file: LogOption = None, workers: WorkersOption = None, quiet: QuietOption = False) -> None:
    """Re-extract every archived article (from --since on) with the current rules; near-duplicates stay out."""
    _run("reprocess", feeds=feeds, since=since, db=db, archive=archive, log_file=log_file, workers=workers,
         quiet=quiet, ingest=True)


def register(app: typer.Typer) -> None:
    """Add the batch commands to ``app``."""
    app.command("crawl")(crawl)
    app.command("nightly")(nightly)
    app.command("reprocess")(reprocess)


app = typer.Typer(name="nqextract-batch", help="The nightly batch: feeds -> raw archive -> DuckDB.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
register(app)
