"""The ``nqextract`` command: a thin typer layer over sources, ingest, db, render, evaluate and the
nightly batch (crawl, nightly, reprocess).

One option convention for every command (after sqlite-utils and datasette): ``--db FILE`` the store,
``--format/-f`` the output format, ``--output/-o`` an output path, ``--workers/-w N`` extraction
processes, ``--progress/--no-progress`` (default: when stderr is a terminal) and ``--quiet/-q``,
dates as YYYY-MM-DD. Where a command prints records, the default format is a table on a terminal and
JSON lines otherwise. Older spellings (``ingest --output parquet DIR``, ``show --html FILE``) still work.

Exit status: 0 everything succeeded (for the batch: the run completed; single pages that failed are
recorded, not fatal), 1 some inputs failed (or the command failed), 2 usage error, 3 another batch is
already running on the same archive, 130 interrupted (Ctrl-C or SIGTERM; the batches already written
are kept, and the next batch run finishes an interrupted one's work).
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
import typer.core

from .errors import NQError, clear_stop, interruption, request_stop
from .ingest import DEFAULT_ARTICLE_TIMEOUT
from .models import Article, IngestError
from .settings import DEFAULT_DB, DEFAULT_FEEDS, Settings


class _Command(typer.core.TyperCommand):
    """Click's plain help, as sqlite-utils and datasette print it: an argument is shown by its name
    (``PATH...``, ``SQL``) and an option by its metavar, without typer's ``<type>`` labels; the old
    spellings of renamed options are rewritten before parsing."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, typer.core.TyperArgument):
                name = param.display_name_raw + ("..." if param.nargs != 1 else "")
                usage = name if param.required else f"[{name}]"
                param.display_type_rich = lambda ctx: None  # type: ignore[method-assign]
                param._rich_display_name = lambda name=name: name  # type: ignore[method-assign]
                param._usage_display_name = lambda usage=usage: usage  # type: ignore[method-assign]

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, _old_spellings(self.name, args))


_OLD_OUTPUT_FORMATS = ("parquet", "duckdb", "csv", "json")


def _old_spellings(command: str | None, args: list[str]) -> list[str]:
    """``ingest --output parquet DIR`` (the spelling before ``--format parquet --output DIR``); a format
    word other than parquet there (``--output csv DIR``) then fails as an unknown --format."""
    if command != "ingest" or any(a in ("--format", "-f") or a.startswith("--format=") for a in args):
        return args
    out = list(args)
    for i, arg in enumerate(out[:-2]):
        if arg in ("--output", "-o") and out[i + 1] in _OLD_OUTPUT_FORMATS and not out[i + 2].startswith("-"):
            return out[:i] + ["--format", out[i + 1], "--output", out[i + 2]] + out[i + 3:]
        if arg == "--":
            break
    return out


app = typer.Typer(
    name="nqextract",
    help="Facts from Vietnamese political news (people, positions, bodies, documents, dates, tasks) into DuckDB.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain click help: brackets in help texts ("[crawl]", "[[feeds]]") are text
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class IngestFormat(StrEnum):
    duckdb = "duckdb"
    parquet = "parquet"


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"


class QueryFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


class ShowFormat(StrEnum):
    text = "text"
    html = "html"


class ExportFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


# --------------------------------------------------------------------------- option parsing


def _date(value: str | None, option: str) -> dt.date | None:
    """A YYYY-MM-DD option value; a bad one is a usage error naming ``option``."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date: use YYYY-MM-DD", param_hint=f"'{option}'") from None


def _published(value: str | None) -> dt.date | None:
    return _date(value, "--published")


def _rules_dir(value: Path | None) -> Path | None:
    if value is not None and not value.is_dir():
        raise typer.BadParameter(f"{value} is not a directory")
    return value


def _existing_db(db: Path) -> Path:
    if not db.is_file():
        raise typer.BadParameter(f"no database at {db} (run `nqextract ingest PATH --db {db}` first)",
                                 param_hint="'--db'")
    return db


DbOption = Annotated[Path, typer.Option("--db", metavar="FILE", help="DuckDB file (articles, facts and crawl "
                                        "state)", envvar="NQEXTRACT_DB")]
WorkersOption = Annotated[int | None, typer.Option("--workers", "-w", min=1, metavar="N", show_default=False,
                                                   help="extraction processes [default: one per core]")]
ProgressOption = Annotated[bool | None, typer.Option("--progress/--no-progress", show_default=False,
                                                     help="progress bar [default: when stderr is a terminal]")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar, no summary or log lines "
                                           "(errors are still printed)")]
RulesOption = Annotated[Path | None, typer.Option("--rules", metavar="DIR", help="folder of data files "
                                                  "overriding the packaged rules")]
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


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


def _show_progress(progress: bool | None, quiet: bool) -> bool:
    return not quiet and (_stderr_is_terminal() if progress is None else progress)


def _record_format(fmt: Any, enum: type[StrEnum]) -> Any:
    """The format asked for, or the default of commands that print records: a table on a terminal,
    JSON lines otherwise (for jq, files and other programs)."""
    if fmt is not None:
        return fmt
    return enum("table") if _stdout_is_terminal() else enum("json")


@contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    """SIGTERM (systemd stop, kill) stops a command like Ctrl-C: the finished batches stay written and the
    run is recorded as interrupted (the KeyboardInterrupt's message names the signal); an error DuckDB raised
    for the signal ("Query interrupted") is re-raised as that KeyboardInterrupt."""

    def stop(signum: int, frame: Any) -> None:
        raise request_stop(f"stopped by signal {signal.Signals(signum).name}")

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (e.g. an embedding application): leave signals alone
        yield
        return
    try:
        yield
    except Exception as exc:  # DuckDB's "Query interrupted" when the signal landed inside a statement
        interrupted = interruption(exc)
        if interrupted is None:
            raise
        raise interrupted from exc
    finally:
        signal.signal(signal.SIGTERM, previous)
        clear_stop()


def _check_paths(paths: list[str]) -> None:
    if not paths:
        raise typer.BadParameter("give at least one PATH", param_hint="'PATH...'")
    if paths.count("-") > 1:
        raise typer.BadParameter("'-' (stdin) can be given only once", param_hint="'PATH...'")


# --------------------------------------------------------------------------- ingest / extract


@app.command(cls=_Command)
def ingest(
    paths: PathsArgument,
    db: DbOption = DEFAULT_DB,
    workers: WorkersOption = None,
    published: PublishedOption = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, metavar="N",
                                            help="articles per write transaction")] = 50,
    rules: RulesOption = None,
    engine: Annotated[Engine, typer.Option("--engine", metavar="[local|dask]", help="where extraction runs")]
    = Engine.local,
    scheduler: Annotated[str | None, typer.Option("--scheduler", metavar="ADDRESS",
                                                  help="Dask scheduler address (--engine dask)")] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=1, metavar="SECONDS",
                                           help="give up on an article after this long (with worker processes)")]
    = DEFAULT_ARTICLE_TIMEOUT,
    progress: ProgressOption = None,
    quiet: QuietOption = False,
    fmt: Annotated[IngestFormat, typer.Option("--format", "-f", metavar="[duckdb|parquet]",
                                              help="duckdb: into the --db file; parquet: partitioned Parquet "
                                              "files into the --output folder")] = IngestFormat.duckdb,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="DIR", show_default=False,
                                                help="output folder of --format parquet")] = None,
) -> None:
    """Extract articles and store their facts in a DuckDB file (re-ingesting an article replaces it)."""
    from .db import Database
    from .ingest import EngineUnavailable, engine_module, longest_first_in_chunks
    from .ingest import ingest as run_ingest
    from .parquet import ParquetStore
    from .sources import read_inputs, survey_inputs

    _check_paths(paths)
    parquet = fmt is IngestFormat.parquet
    if parquet and output is None:
        raise typer.BadParameter("--format parquet writes into a folder: give it with --output DIR",
                                 param_hint="'--output'")
    if not parquet and output is not None:
        raise typer.BadParameter("--output is the folder of --format parquet; the DuckDB file is --db FILE",
                                 param_hint="'--output'")
    if not parquet and db.is_dir():
        raise typer.BadParameter(f"{db} is a directory, not a DuckDB file", param_hint="'--db'")
    settings = Settings(
        published=_published(published), rules_dir=_rules_dir(rules), db=db, batch_size=batch_size,
        **({"workers": workers} if workers is not None else {}),
    )
    show_progress = _show_progress(progress, quiet)
    if engine is not Engine.local:
        try:
            engine_module(engine.value)
        except EngineUnavailable as exc:
            raise typer.BadParameter(str(exc), param_hint="'--engine'") from None
    try:
        database = ParquetStore(output) if output is not None else Database(db)
        target = output if output is not None else db
        inputs: Any = read_inputs(paths)
        if settings.workers > 1 and "-" not in paths:  # from files: read ahead, handed out longest first
            inputs = longest_first_in_chunks(inputs)
        with _stop_on_sigterm():
            report = run_ingest(
                inputs, settings, db=database, command="ingest", progress=show_progress,
                engine=engine.value, scheduler=scheduler, sources=paths, on_error=_print_error, timeout=timeout,
                total=survey_inputs(paths).articles if show_progress else None, freeze_loaded=True, warm=True,
            )
    except NQError as exc:
        raise _fail(str(exc)) from None
    except KeyboardInterrupt:
        raise _fail("interrupted: the batches written so far are kept; the run is marked 'interrupted'",
                    EXIT_INTERRUPTED) from None
    total = report.ingested + report.failed
    if not quiet:
        typer.echo(
            f"ingested {report.ingested} of {total} inputs ({report.failed} failed) into {target} "
            f"in {report.seconds:.1f}s [run {report.run_id}]"
        )
    if total == 0:
        raise _fail(_nothing_found(paths, survey_inputs(paths)))
    if report.failed and output is None and not quiet:
        typer.echo(f"failures are in the errors table: nqextract query --db {shlex.quote(str(db))} "
                   "\"SELECT source, line, stage, message FROM v_errors_last_run\"")
    raise typer.Exit(EXIT_OK if report.failed == 0 else EXIT_FAILED)


def _nothing_found(paths: list[str], survey: Any) -> str:
    """"no input articles found", with the files that were skipped and why."""
    from .sources import SUPPORTED

    message = "no input articles found in " + ", ".join(paths)
    if survey is not None and survey.skipped:
        shown = ", ".join(str(p) for p in survey.skipped[:5])
        more = f" and {len(survey.skipped) - 5} more" if len(survey.skipped) > 5 else ""
        kinds = ", ".join(sorted({("." + p.name.rsplit(".", 1)[-1].lower()) if "." in p.name else "(none)"
                                  for p in survey.skipped}))
        message += (f": skipped {len(survey.skipped)} file{'s' if len(survey.skipped) != 1 else ''} of a type "
                    f"nqextract does not read ({kinds}): {shown}{more}")
    return message + f" (it reads {' '.join(SUPPORTED)} files, and JSONL on stdin with -)"


@app.command(cls=_Command)
def extract(
    paths: PathsArgument,
    published: PublishedOption = None,
    fmt: Annotated[ExtractFormat | None, typer.Option(
        "--format", "-f", metavar="[table|json]", show_default=False,
        help="json: one Article per line [default: table on a terminal, else json]")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, metavar="N", help="extraction processes")] = 1,
    rules: RulesOption = None,
) -> None:
    """Print the facts of each article (no database): a readable table, or one JSON object per line."""
    _check_paths(paths)
    fmt = _record_format(fmt, ExtractFormat)
    settings = Settings(published=_published(published), rules_dir=_rules_dir(rules), workers=workers)
    failed = done = 0
    try:
        for result in _extract_results(paths, settings):
            if isinstance(result, IngestError):
                failed += 1
                _print_error(result)
                continue
            done += 1
            if fmt is ExtractFormat.json:
                sys.stdout.write((result if isinstance(result, str) else result.model_dump_json()) + "\n")
                sys.stdout.flush()
            else:
                _print_article_table(Article.model_validate_json(result) if isinstance(result, str) else result)
    except NQError as exc:
        raise _fail(str(exc)) from None
    if done + failed == 0:
        from .sources import survey_inputs

        raise _fail(_nothing_found(paths, survey_inputs(paths)))
    raise typer.Exit(EXIT_OK if failed == 0 else EXIT_FAILED)


@app.command(cls=_Command)
def serve(
    rules: RulesOption = None,
    idle: Annotated[float, typer.Option("--idle", min=1, metavar="SECONDS",
                                        help="exit after this long without a request")] = 900.0,
    workers: Annotated[int, typer.Option("--workers", "-w", min=0, metavar="N",
                                         help="also keep N warm extraction processes for `ingest` and "
                                         "`extract -w N` (0: none)")] = 0,
) -> None:
    """Keep the models and rules loaded: `extract` (one process, the same code and --rules) then asks
    this process instead of loading them itself; with --workers N, `ingest` and `extract -w N` hand their
    articles to N warm processes (they still read the inputs and write the store themselves). One run
    at a time: another waits for it. Runs until --idle seconds pass without a request."""
    from .warm import serve as run

    def ready(path: Path) -> None:
        pool = f", {workers} warm worker{'s' if workers != 1 else ''} for `ingest`" if workers else ""
        print(f"nqextract: extracting for `nqextract extract`{pool} at {path} (idle exit after {idle:g} s)",
              file=sys.stderr, flush=True)

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(EXIT_OK))  # `kill` stops it cleanly: its socket goes too
    status = run(_rules_dir(rules), idle, ready, workers=workers)
    if status == 3:
        raise _fail("another `nqextract serve` of the same code and rules is already running", EXIT_BUSY)
    raise typer.Exit(EXIT_OK)


def _extract_results(paths: list[str], settings: Settings) -> Iterator[Any]:
    """Each input's Article (or its JSON text, from a warm process) or IngestError: from a running
    ``nqextract serve`` of the same code and rules when there is one (one process: in input order,
    files only; ``-w N``: its warm pool, in completion order), else extracted here."""
    if settings.workers <= 1 and "-" not in paths:
        from .warm import request

        answers = request(paths, settings.published, settings.rules_dir, settings.max_chars)
        if answers is not None:
            for kind, payload in answers:
                if kind == "fail":
                    raise NQError(json.loads(payload))
                yield IngestError.model_validate_json(payload) if kind == "error" else payload
            return
    from .ingest import extract_articles
    from .sources import read_inputs

    yield from extract_articles(read_inputs(paths), settings, freeze_loaded=True, warm=settings.workers > 1)


def _print_article_table(article: Any) -> None:
    from rich.console import Console
    from rich.table import Table

    from .render import document_label
    from .terminal import cell, printable

    console = Console(highlight=False, soft_wrap=False, markup=False)  # brackets in titles are text
    head = f"{article.id}  {article.title or ''}  ({article.published or 'no date'})  {article.url or article.source}"
    console.print(printable(head), style="bold")
    table = Table("kind", "value", "detail", show_lines=False)

    def add_row(*values: object) -> None:
        table.add_row(*map(cell, values))

    for p in article.persons:
        pos = "; ".join(f"{x.title}{' ' + x.body if x.body else ''}" for x in p.positions)
        add_row("person", p.name, pos)
    for b in article.bodies:
        add_row("body", b.name, ", ".join(b.aliases))
    for d in article.documents:
        add_row("document", document_label(d.type, d.number), " ".join(x for x in (d.issuer, d.date) if x))
    for d in article.dates:
        add_row("date", d.text, f"{d.value} ({d.granularity})")
    for t in article.tasks:
        add_row("task", f"{t.assignee}: {t.action}",
                " ".join(x for x in (f"by {t.assigner}" if t.assigner else "", t.deadline or "") if x))
    for m in article.meetings:
        add_row("meeting", m.name, " ".join(x for x in (m.chair, m.date, m.place) if x))
    console.print(table)


# --------------------------------------------------------------------------- the store


@app.command(cls=_Command)
def query(
    sql: Annotated[str, typer.Argument(metavar="SQL", help="one read-only SQL statement", show_default=False)],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[QueryFormat | None, typer.Option(
        "--format", "-f", metavar="[table|csv|json]", show_default=False,
        help="json: one object per row [default: table on a terminal, else json]")] = None,
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
    _print_rows(columns, rows, _record_format(fmt, QueryFormat))


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


def _cell(value: Any) -> str:
    """One cell of an aligned table on one line: line breaks as spaces, control characters written out."""
    from .terminal import printable

    text = "" if value is None else str(_plain(value))
    return printable(text.replace("\r\n", " ").replace("\n", " ").replace("\t", " "))


def aligned_table(columns: list[str], rows: list[tuple]) -> str:
    """Columns as wide as their content, separated by two spaces, under a header and a rule: the table
    format when stdout is not a terminal (a file, a pipe, a log), where no width is known."""
    from rich.cells import cell_len

    cells = [[_cell(c) for c in columns]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(cell_len(r[i]) for r in cells) for i in range(len(columns))]

    def line(row: list[str]) -> str:
        return "  ".join(c + " " * (w - cell_len(c)) for c, w in zip(row, widths)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(cells[0]), rule, *(line(r) for r in cells[1:])]) + "\n"


def _print_rows(columns: list[str], rows: list[tuple], fmt: QueryFormat) -> None:
    if fmt is QueryFormat.json:
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, map(_plain, row), strict=True)), ensure_ascii=False) + "\n")
    elif fmt is QueryFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else _plain(v) for v in row])
    elif not _stdout_is_terminal():
        sys.stdout.write(aligned_table(columns, rows))
        typer.echo(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
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


@app.command(cls=_Command)
def persons(
    name: Annotated[str | None, typer.Argument(help="part of a name (any case; tone marks optional)")] = None,
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[QueryFormat | None, typer.Option(
        "--format", "-f", metavar="[table|csv|json]", show_default=False,
        help="json: one object per row [default: table on a terminal, else json]")] = None,
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
    _print_rows(columns, rows, _record_format(fmt, QueryFormat))


@app.command(cls=_Command)
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
    console = Console(highlight=False, markup=False)
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


@app.command(cls=_Command)
def show(
    article_id: Annotated[str, typer.Argument(metavar="ARTICLE_ID", show_default=False,
                                              help="article id (nqextract query 'SELECT id, title FROM articles')")],
    db: DbOption = DEFAULT_DB,
    fmt: Annotated[ShowFormat, typer.Option("--format", "-f", metavar="[text|html]",
                                            help="html: a standalone page with the facts marked in the text "
                                            "and a legend")] = ShowFormat.text,
    output: Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", show_default=False,
                                                help="write to FILE instead of stdout")] = None,
    html: Annotated[Path | None, typer.Option("--html", metavar="FILE", hidden=True,
                                              help="old spelling: the text on stdout and the HTML page in FILE")]
    = None,
) -> None:
    """Print one stored article's facts, as text or as an HTML page with the facts marked in the text."""
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
    outputs = [(fmt, output)] if html is None else [(ShowFormat.text, output), (ShowFormat.html, html)]
    for kind, path in outputs:
        page = render_html(article) if kind is ShowFormat.html else render_text(article)
        if path is None:
            sys.stdout.write(page)
            sys.stdout.flush()
            continue
        try:
            path.write_text(page, encoding="utf-8")
        except OSError as exc:
            raise _fail(f"cannot write {path}: {exc.strerror or exc}") from None
        typer.echo(f"wrote {path}", err=True)


@app.command(cls=_Command)
def export(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="output folder (created if missing)",
                                              show_default=False)],
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", metavar="[parquet|csv]")] = ExportFormat.parquet,
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


@app.command("eval", cls=_Command)
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(metavar="GOLD_DIR", help="folder of *.txt articles with gold *.json",
                                             show_default=False)],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", metavar="[table|json]")] = ExtractFormat.table,
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


@app.command(hidden=True, cls=_Command)
def cookbook(
    doc: Annotated[Path, typer.Option("--doc", metavar="FILE", help="the cookbook to rewrite")] =
    Path("docs/COOKBOOK.md"),
    raw: Annotated[Path, typer.Option("--raw", metavar="DIR", help="sample articles (*.txt, *.meta.json)")] =
    Path("data/raw"),
    db: Annotated[Path, typer.Option("--db", metavar="FILE", help="sample database (rebuilt from scratch)")] =
    Path("data/processed/sample.duckdb"),
) -> None:
    """Maintainers: rebuild the outputs in docs/COOKBOOK.md from a fresh sample database of data/raw."""
    from .cookbook import rebuild

    try:
        path = rebuild(doc, raw, db)
    except (NQError, OSError) as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"rebuilt {path} from {raw} ({db})")


# --------------------------------------------------------------------------- the nightly batch

FeedsOption = Annotated[Path, typer.Option("--feeds", metavar="FILE", help="feed list (TOML: [crawl] settings, [[feeds]])",
                                           envvar="NQEXTRACT_FEEDS")]
SinceOption = Annotated[str | None, typer.Option("--since", metavar="YYYY-MM-DD",
                                                 help="crawl: skip items published before; reprocess: archive "
                                                 "days from this date")]
ArchiveOption = Annotated[Path | None, typer.Option("--archive", metavar="DIR", help="raw archive root "
                                                    "(default: [crawl] archive_dir, data/raw)")]
LogOption = Annotated[Path | None, typer.Option("--log-file", metavar="FILE",
                                                help="log file (default: [crawl] log_file)")]


def _crawl_settings(feeds: Path | None, archive: Path | None, log_file: Path | None) -> tuple[Any, Any]:
    from .crawl.config import CrawlConfigError, CrawlSettings, load_feeds

    try:
        feed_list = load_feeds(feeds) if feeds is not None else None
    except CrawlConfigError as exc:
        raise _fail(str(exc), EXIT_USAGE) from None
    crawl = feed_list.crawl if feed_list is not None else CrawlSettings()
    updates = {k: v for k, v in {"archive_dir": archive, "log_file": log_file}.items() if v is not None}
    return feed_list, crawl.model_copy(update=updates)


def _run_batch(command: str, *, feeds: Path | None, since: str | None, db: Path, archive: Path | None,
               log_file: Path | None, workers: int | None, progress: bool | None, quiet: bool,
               ingest: bool) -> None:
    from .crawl.runner import Batch, BatchBusy

    day = _date(since, "--since")
    feed_list, crawl = _crawl_settings(feeds, archive, log_file)
    if feed_list is not None and not [f for f in feed_list.feeds if f.enabled]:
        raise _fail(f"{feeds}: no enabled [[feeds]] entry", EXIT_USAGE)
    settings = Settings(db=db, **({"workers": workers} if workers else {}))
    interactive = _show_progress(progress, quiet)
    try:
        with _stop_on_sigterm():  # systemd stop: the run is recorded as interrupted
            batch = Batch(crawl, settings, progress=interactive, quiet=quiet)
            report = batch.run(command, feeds=feed_list.feeds if feed_list else None, feeds_file=feeds,
                               since=day, ingest=ingest)
    except BatchBusy as exc:
        raise _fail(str(exc), EXIT_BUSY) from None
    except NQError as exc:
        raise _fail(f"{command} failed: {exc}") from None
    except KeyboardInterrupt as exc:
        raise _fail(f"{command} interrupted ({exc or 'Ctrl-C'}); the next run resumes its work",
                    EXIT_INTERRUPTED) from None
    except Exception as exc:  # the traceback is in the log file; the operator gets one line here
        raise _fail(f"{command} failed: {type(exc).__name__}: {exc} (see {crawl.log_file})") from None
    if not quiet:
        typer.echo(report.line(), err=True)
    raise typer.Exit(EXIT_OK if report.status == "ok" else EXIT_FAILED)


@app.command(cls=_Command)
def crawl(feeds: FeedsOption = DEFAULT_FEEDS, since: SinceOption = None, db: DbOption = DEFAULT_DB,
          archive: ArchiveOption = None, log_file: LogOption = None, progress: ProgressOption = None,
          quiet: QuietOption = False) -> None:
    """Read the feeds, fetch the new items' pages into the raw archive (no extraction)."""
    _run_batch("crawl", feeds=feeds, since=since, db=db, archive=archive, log_file=log_file, workers=None,
               progress=progress, quiet=quiet, ingest=False)


@app.command(cls=_Command)
def nightly(feeds: FeedsOption = DEFAULT_FEEDS, since: SinceOption = None, db: DbOption = DEFAULT_DB,
            archive: ArchiveOption = None, log_file: LogOption = None, workers: WorkersOption = None,
            progress: ProgressOption = None, quiet: QuietOption = False) -> None:
    """crawl + ingest of everything fetched and not yet ingested (the cron/systemd command)."""
    _run_batch("nightly", feeds=feeds, since=since, db=db, archive=archive, log_file=log_file, workers=workers,
               progress=progress, quiet=quiet, ingest=True)


@app.command(cls=_Command)
def reprocess(since: SinceOption = None, db: DbOption = DEFAULT_DB, archive: ArchiveOption = None,
              feeds: Annotated[Path | None, typer.Option("--feeds", metavar="FILE",
                                                         help="read [crawl] settings from here")] = None,
              log_file: LogOption = None, workers: WorkersOption = None, progress: ProgressOption = None,
              quiet: QuietOption = False) -> None:
    """Re-extract every archived article (from --since on) with the current rules; near-duplicates stay out."""
    _run_batch("reprocess", feeds=feeds, since=since, db=db, archive=archive, log_file=log_file,
               workers=workers, progress=progress, quiet=quiet, ingest=True)
