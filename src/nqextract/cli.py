"""The ``nqextract`` command: a thin typer layer over sources, ingest, db, render and evaluate.

Exit status: 0 everything succeeded, 1 some inputs failed (or the command failed), 2 usage error,
130 ingest interrupted (Ctrl-C or SIGTERM; the batches already written are kept).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import shlex
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import NQError
from .ingest import DEFAULT_ARTICLE_TIMEOUT
from .models import IngestError
from .settings import DEFAULT_DB, Settings

app = typer.Typer(
    name="nqextract",
    help="Facts from Vietnamese political news (people, positions, bodies, documents, dates, tasks) into DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class ExtractFormat(StrEnum):
    json = "json"
    table = "table"


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


# --------------------------------------------------------------------------- option parsing


def _published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD") from None


def _rules_dir(value: Path | None) -> Path | None:
    if value is not None and not value.is_dir():
        raise typer.BadParameter(f"{value} is not a directory")
    return value


def _existing_db(db: Path) -> Path:
    if not db.is_file():
        raise typer.BadParameter(f"no database at {db} (run `nqextract ingest PATH --db {db}` first)",
                                 param_hint="'--db'")
    return db


DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file", envvar="NQEXTRACT_DB")]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", metavar="YYYY-MM-DD",
                 help="article date where the input has none; anchors relative dates"),
]
PathsArgument = Annotated[
    list[str],
    typer.Argument(metavar="PATH", show_default=False,
                   help="files (.html, .htm, .html.gz, .txt, .jsonl), directories, or - for JSONL on stdin"),
]


def _fail(message: str, code: int = EXIT_FAILED) -> typer.Exit:
    typer.echo(f"nqextract: {message}", err=True)
    return typer.Exit(code)


def _print_error(err: IngestError) -> None:
    print(str(err), file=sys.stderr, flush=True)


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty() and os.environ.get("TERM") != "dumb"


@contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """SIGTERM (systemd stop, kill) stops an ingest like Ctrl-C: the finished batches stay written."""

    def stop(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (e.g. an embedding application): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _check_paths(paths: list[str]) -> None:
    if not paths:
        raise typer.BadParameter("give at least one PATH", param_hint="'PATH...'")
    if paths.count("-") > 1:
        raise typer.BadParameter("'-' (stdin) can be given only once", param_hint="'PATH...'")


# --------------------------------------------------------------------------- ingest / extract


@app.command()
def ingest(
    paths: PathsArgument,
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int | None, typer.Option("--workers", "-w", min=1, show_default=False,
                                                help="worker processes [default: one per core]")] = None,
    published: PublishedOption = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="articles per write transaction")] = 50,
    rules: Annotated[Path | None, typer.Option("--rules", metavar="DIR", help="folder of data files overriding "
                                                "the packaged rules")] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="where extraction runs")] = Engine.local,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address (--engine dask)")]
    = None,
    timeout: Annotated[float, typer.Option("--timeout", min=1, metavar="SECONDS",
                                           help="give up on an article after this long (with worker processes)")]
    = DEFAULT_ARTICLE_TIMEOUT,
    progress: Annotated[bool | None, typer.Option("--progress/--no-progress",
                                                  help="progress bar [default: when stderr is a terminal]")]
    = None,
    output: Annotated[tuple[str, Path] | None, typer.Option(
        "--output", metavar="parquet DIR", show_default=False,
        help="write partitioned Parquet files into DIR instead of the DuckDB file")] = None,
) -> None:
    """Extract articles and store their facts in a DuckDB file (re-ingesting an article replaces it)."""
    from .db import Database
    from .ingest import EngineUnavailable, engine_module
    from .ingest import ingest as run_ingest
    from .parquet import ParquetStore
    from .sources import read_inputs

    _check_paths(paths)
    if output is not None and output[0] != "parquet":
        raise typer.BadParameter(f"unknown output format {output[0]!r}: the one there is is 'parquet'",
                                 param_hint="'--output'")
    if output is None and db.is_dir():
        raise typer.BadParameter(f"{db} is a directory, not a DuckDB file", param_hint="'--db'")
    settings = Settings(
        published=_published(published), rules_dir=_rules_dir(rules), db=db, batch_size=batch_size,
        **({"workers": workers} if workers is not None else {}),
    )
    show_progress = _stderr_is_terminal() if progress is None else progress
    if engine is not Engine.local:
        try:
            engine_module(engine.value)
        except EngineUnavailable as exc:
            raise typer.BadParameter(str(exc), param_hint="'--engine'") from None
    try:
        database = Database(db) if output is None else ParquetStore(output[1])
        target = db if output is None else output[1]
        with _stop_on_sigterm():
            report = run_ingest(
                read_inputs(paths), settings, db=database, command="ingest", progress=show_progress,
                engine=engine.value, scheduler=scheduler, sources=paths, on_error=_print_error, timeout=timeout,
            )
    except NQError as exc:
        raise _fail(str(exc)) from None
    except KeyboardInterrupt:
        raise _fail("interrupted: the batches written so far are kept; the run is marked 'interrupted'",
                    EXIT_INTERRUPTED) from None
    total = report.ingested + report.failed
    typer.echo(
        f"ingested {report.ingested} of {total} inputs ({report.failed} failed) into {target} "
        f"in {report.seconds:.1f}s [run {report.run_id}]"
    )
    if total == 0:
        raise _fail("no input articles found in " + ", ".join(paths))
    if report.failed and output is None:
        typer.echo(f"failures are in the errors table: nqextract query --db {shlex.quote(str(db))} "
                   "\"SELECT source, line, stage, message FROM v_errors_last_run\"")
    raise typer.Exit(EXIT_OK if report.failed == 0 else EXIT_FAILED)


@app.command()
def extract(
    paths: PathsArgument,
    published: PublishedOption = None,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="json: one Article per line")] =
    ExtractFormat.json,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="worker processes")] = 1,
    rules: Annotated[Path | None, typer.Option("--rules", metavar="DIR", help="folder of data files overriding "
                                                "the packaged rules")] = None,
) -> None:
    """Print the facts of each article (no database): one JSON object per line, or a readable table."""
    from .ingest import extract_articles
    from .sources import read_inputs

    _check_paths(paths)
    settings = Settings(published=_published(published), rules_dir=_rules_dir(rules), workers=workers)
    failed = done = 0
    try:
        for result in extract_articles(read_inputs(paths), settings):
            if isinstance(result, IngestError):
                failed += 1
                _print_error(result)
                continue
            done += 1
            if fmt is ExtractFormat.json:
                sys.stdout.write(result.model_dump_json() + "\n")
                sys.stdout.flush()
            else:
                _print_article_table(result)
    except NQError as exc:
        raise _fail(str(exc)) from None
    if done + failed == 0:
        raise _fail("no input articles found in " + ", ".join(paths))
    raise typer.Exit(EXIT_OK if failed == 0 else EXIT_FAILED)


def _print_article_table(article: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    from .terminal import cell, printable

    console = Console(highlight=False, soft_wrap=False)
    head = f"{article.id}  {article.title or ''}  ({article.published or 'no date'})  {article.url or article.source}"
    console.print(printable(head), markup=False, style="bold")
    table = Table("kind", "value", "detail", show_lines=False)

    def add_row(*values: object) -> None:
        table.add_row(*map(cell, values))

    for p in article.persons:
        pos = "; ".join(f"{x.title}{' ' + x.body if x.body else ''}" for x in p.positions)
        add_row("person", p.name, pos)
    for b in article.bodies:
        add_row("body", b.name, ", ".join(b.aliases))
    for d in article.documents:
        add_row("document", f"{d.type} {d.number or ''}".strip(), " ".join(x for x in (d.issuer, d.date) if x))
    for d in article.dates:
        add_row("date", d.text, f"{d.value} ({d.granularity})")
    for t in article.tasks:
        add_row("task", f"{t.assignee}: {t.action}",
                " ".join(x for x in (f"by {t.assigner}" if t.assigner else "", t.deadline or "") if x))
    for m in article.meetings:
        add_row("meeting", m.name, " ".join(x for x in (m.chair, m.date, m.place) if x))
    console.print(table)


# --------------------------------------------------------------------------- the store


@app.command()
def query(
    sql: Annotated[str, typer.Argument(metavar="SQL", help="one read-only SQL statement", show_default=False)],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
    allow_files: Annotated[list[Path] | None, typer.Option(
        "--allow-files", metavar="DIR", file_okay=False, exists=True, show_default=False,
        help="a folder whose files the SQL may read, e.g. read_csv('DIR/x.csv') (repeatable); "
             "no other file is readable")] = None,
) -> None:
    """Run one read-only SQL statement against the store (tables and v_* views: see docs/SCHEMA.md)."""
    from .db import Database

    _existing_db(db)
    try:
        columns, rows = Database(db, read_only=True, allow_files=allow_files or ()).query(sql)
    except NQError as exc:
        raise _fail(str(exc)) from None
    _print_rows(columns, rows, fmt)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _print_rows(columns: list[str], rows: list[tuple], fmt: QueryFormat) -> None:
    if fmt is QueryFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, map(_plain, row), strict=True)), ensure_ascii=False) + "\n")
    elif fmt is QueryFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else _plain(v) for v in row])
    else:
        from rich.console import Console
        from rich.table import Table

        from .terminal import cell

        table = Table()
        for name in columns:
            table.add_column(cell(name))
        for row in rows:
            table.add_row(*(cell("" if v is None else _plain(v)) for v in row))
        Console(highlight=False).print(table)
        typer.echo(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    sys.stdout.flush()


MAIN_COUNTS = ("articles", "persons", "bodies", "documents", "tasks", "dates", "meetings", "errors")


@app.command()
def persons(
    name: Annotated[str | None, typer.Argument(help="part of a name (any case; tone marks optional)")] = None,
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
    namesakes: Annotated[bool, typer.Option("--namesakes", help="only names split into several identities")] = False,
    resolve: Annotated[bool, typer.Option("--resolve", help="re-apply identity_overrides.tsv (writes) first")] = False,
) -> None:
    """List person identities with their evidence, to inspect namesakes and write overrides."""
    from .db import Database
    from .textnorm import fold, strip_diacritics

    _existing_db(db)
    try:
        if resolve:
            Database(db).resolve_identities()
        where = ["strip_accents(replace(person_id, 'đ', 'd')) LIKE '%' || ? || '%'"] if name else []
        if namesakes:
            where.append("namesakes > 1")
        sql = ("SELECT identity_id, name, n_articles, first_published, last_published, namesakes, evidence "
               "FROM v_person_identities" + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY person_id, identity_id")
        columns, rows = Database(db, read_only=not resolve).query(
            sql, [strip_diacritics(fold(name))] if name else None)
    except NQError as exc:
        raise _fail(str(exc)) from None
    _print_rows(columns, rows, fmt)


@app.command()
def summary(db: DbOption = DEFAULT_DB) -> None:
    """Counts of articles, people, bodies, documents and tasks, with a few example rows."""
    from rich.console import Console
    from rich.table import Table

    from .db import Database
    from .terminal import cell

    _existing_db(db)
    try:
        info = Database(db, read_only=True).summary()
    except NQError as exc:
        raise _fail(str(exc)) from None
    counts: dict[str, int] = info.get("counts", {})
    console = Console(highlight=False)
    console.print(f"{info.get('path', db)} (schema version {info.get('schema_version', '?')})", markup=False)
    for name in MAIN_COUNTS:
        if name in counts:
            console.print(f"  {name:<10} {counts[name]:>8}", markup=False)
    others = [(name, n) for name, n in counts.items() if name not in MAIN_COUNTS]
    if others:
        console.print("  other rows: " + ", ".join(f"{name} {n}" for name, n in others), markup=False,
                      style="dim", soft_wrap=True)
    for view, (columns, rows) in info.get("examples", {}).items():
        if not rows:
            continue
        table = Table(*columns, title=view, title_justify="left")
        for row in rows:
            table.add_row(*(cell("" if v is None else _plain(v)) for v in row))
        console.print(table)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(metavar="ARTICLE_ID", show_default=False,
                                              help="article id (nqextract query 'SELECT id, title FROM articles')")],
    db: DbOption = DEFAULT_DB,
    html: Annotated[Path | None, typer.Option("--html", metavar="FILE",
                                              help="also write a standalone HTML page with the facts highlighted")]
    = None,
) -> None:
    """Print one stored article's facts (and optionally write them as an HTML page)."""
    from .db import Database
    from .render import render_html, render_text

    _existing_db(db)
    try:
        database = Database(db, read_only=True)
        found = database.query("SELECT count(*) FROM articles WHERE id = ?", [article_id])[1][0][0]
        if not found:
            raise _fail(f"no article {article_id!r} in {db}")
        article = database.article(article_id)
    except NQError as exc:
        raise _fail(str(exc)) from None
    typer.echo(render_text(article))
    if html is not None:
        try:
            html.write_text(render_html(article), encoding="utf-8")
        except OSError as exc:
            raise _fail(f"cannot write {html}: {exc.strerror or exc}") from None
        typer.echo(f"wrote {html}", err=True)


@app.command()
def export(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="output folder (created if missing)",
                                              show_default=False)],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.parquet,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write every table and view to DIR as Parquet or CSV files."""
    from .db import Database

    _existing_db(db)
    try:
        files = Database(db, read_only=True).export(directory, fmt=fmt.value)
    except NQError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"wrote {len(files)} files to {directory}")


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(metavar="GOLD_DIR", help="folder of *.txt articles with gold *.json",
                                             show_default=False)],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="table or json")] = ExtractFormat.table,
) -> None:
    """Precision / recall / F1 per field against gold annotations (../shared/eval/GOLD_FORMAT.md)."""
    from .evaluate import format_table, score_dir

    if not gold_dir.is_dir():
        raise typer.BadParameter(f"{gold_dir} is not a directory", param_hint="'GOLD_DIR'")
    try:
        total, per = score_dir(gold_dir)
    except FileNotFoundError as exc:
        raise _fail(str(exc), EXIT_USAGE) from None
    if fmt is ExtractFormat.json:
        typer.echo(json.dumps({"total": total.as_dict(), "articles": {k: v.as_dict() for k, v in per.items()}},
                              ensure_ascii=False, indent=2))
    else:
        typer.echo(format_table(total, per))


def main() -> None:  # pragma: no cover - console entry point alternative to `app`
    app()


# The nightly batch commands (crawl, nightly, reprocess) live with the crawler.
from .crawl.cli import register as _register_batch_commands  # noqa: E402

_register_batch_commands(app)
