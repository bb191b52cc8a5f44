"""A store of partitioned Parquet files, for corpora too big to load into one DuckDB file.

``nqextract ingest --output parquet DIR`` writes, instead of a DuckDB file, the same tables
(:data:`nqextract.db.SCHEMAS`, plus ``runs`` and ``errors``) as Parquet files partitioned by run::

    DIR/<table>/run_id=<run_id>/part-<n>.parquet

Each file is written to a temporary name and renamed, so a reader never sees half a file and a run
killed mid-way leaves only whole batches. DuckDB queries the folder directly; :func:`connect` opens
an in-memory DuckDB with one view per table that applies the DuckDB store's rules at read time:
an article ingested by several runs counts only with its latest run's rows, and each person, body and
document appears once.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from .db import ENTITY_TABLES, INT, SCHEMAS, STR, TS, article_tables, new_run_id, utcnow
from .errors import StoreError
from .models import Article, IngestError
from .version import EXTRACTOR_VERSION

RUN_SCHEMA = pa.schema([("started", TS), ("finished", TS), ("command", STR), ("inputs", pa.list_(STR)),
                        ("ingested", INT), ("failed", INT), ("status", STR), ("extractor_version", STR)])
ERROR_SCHEMA = pa.schema([("source", STR), ("line", INT), ("stage", STR), ("error", STR), ("message", STR),
                          ("at", TS)])


class ParquetStore:
    """The write side of :class:`nqextract.db.Database` (runs, errors, article batches) over Parquet files."""

    def __init__(self, directory: str | Path) -> None:
        self.path = Path(directory)
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"parquet output {self.path} exists and is not a directory")
        self.path.mkdir(parents=True, exist_ok=True)
        self._runs: dict[str, dict] = {}
        self._parts = 0

    def __repr__(self) -> str:
        return f"ParquetStore({str(self.path)!r})"

    def _write(self, table: str, run_id: str, rows: pa.Table) -> Path:
        folder = self.path / table / f"run_id={run_id}"
        folder.mkdir(parents=True, exist_ok=True)
        self._parts += 1
        target = folder / f"part-{os.getpid()}-{self._parts:06d}.parquet"
        tmp = target.with_suffix(".parquet.tmp")
        try:
            pq.write_table(rows, tmp)
            os.replace(tmp, target)
        except (OSError, pa.ArrowException) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"writing {target} failed: {type(exc).__name__}: {exc}") from exc
        return target

    # ------------------------------------------------------------------ the Database write API

    def start_run(self, command: str, inputs: str | Sequence[str] = ()) -> str:
        run_id = new_run_id()
        inputs = [inputs] if isinstance(inputs, str) else [str(x) for x in inputs]
        self._runs[run_id] = {"started": utcnow(), "command": command, "inputs": inputs,
                              "extractor_version": EXTRACTOR_VERSION}
        self._write_run(run_id, 0, 0, "running")
        return run_id

    def _write_run(self, run_id: str, ingested: int, failed: int, status: str) -> None:
        run = self._runs[run_id]
        finished = None if status == "running" else utcnow()
        row = pa.table({"started": [run["started"]], "finished": [finished], "command": [run["command"]],
                        "inputs": [run["inputs"]], "ingested": [ingested], "failed": [failed],
                        "status": [status], "extractor_version": [run["extractor_version"]]}, schema=RUN_SCHEMA)
        folder = self.path / "runs" / f"run_id={run_id}"
        for old in folder.glob("*.parquet"):  # one row per run: the latest state replaces the first
            old.unlink()
        self._write("runs", run_id, row)

    def finish_run(self, run_id: str, ingested: int, failed: int, status: str = "ok") -> None:
        if run_id not in self._runs:
            raise StoreError(f"no run {run_id!r} in {self.path}: start it with start_run()")
        self._write_run(run_id, ingested, failed, status)

    def record_errors(self, errors: Sequence[IngestError], run_id: str | None) -> int:
        if not errors:
            return 0
        now = utcnow()
        rows = pa.table({"source": [e.source for e in errors], "line": [e.line for e in errors],
                         "stage": [e.stage for e in errors], "error": [e.error for e in errors],
                         "message": [e.message for e in errors], "at": [now] * len(errors)}, schema=ERROR_SCHEMA)
        self._write("errors", run_id or "none", rows)
        return len(errors)

    def write_articles(self, articles: Sequence[Article], run_id: str | None = None) -> int:
        if not articles:
            return 0
        return self.write_tables(article_tables(articles, run_id))

    def write_tables(self, tables: dict[str, pa.Table]) -> int:
        articles = tables["articles"]
        if not articles.num_rows:
            return 0
        run_ids = set(articles.column("run_id").to_pylist())
        run_id = run_ids.pop() if len(run_ids) == 1 else None
        if run_id is None:
            raise StoreError("write_tables: a Parquet batch must come from exactly one run")
        for table in SCHEMAS:  # articles last: a batch counts once its articles file is there
            if table != "articles" and tables[table].num_rows:
                self._write(table, run_id, tables[table])
        self._write("articles", run_id, articles)
        return articles.num_rows


def connect(directory: str | Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB over a Parquet store: one view per table (``articles``, ``persons``, ...).

    Per-article tables keep only the rows of each article's latest run; entity tables are distinct.
    """
    root = Path(directory)
    if not (root / "articles").is_dir():
        raise StoreError(f"{root} holds no nqextract Parquet store (no articles/ folder)")
    con = duckdb.connect()

    def scan(table: str) -> str:
        glob = str(root / table / "*" / "*.parquet").replace("'", "''")
        return f"read_parquet('{glob}', hive_partitioning = true)"

    con.execute(f"CREATE VIEW _articles_all AS SELECT * FROM {scan('articles')}")
    con.execute("CREATE VIEW _latest AS SELECT id, max(run_id) AS run_id FROM _articles_all GROUP BY id")
    con.execute("CREATE VIEW articles AS SELECT a.* FROM _articles_all a JOIN _latest USING (id, run_id)")
    for table, schema in SCHEMAS.items():
        if table == "articles":
            continue
        names = ", ".join(f't."{c}"' for c in schema.names)
        if not (root / table).is_dir():
            empty = ", ".join(f'NULL::{_sql_type(schema.field(c).type)} AS "{c}"' for c in schema.names)
            con.execute(f"CREATE VIEW {table} AS SELECT {empty} WHERE false")
        elif table in ENTITY_TABLES:
            key = schema.names[0]
            con.execute(f"CREATE VIEW {table} AS SELECT {names} FROM (SELECT *, row_number() OVER "
                        f"(PARTITION BY {key} ORDER BY run_id) AS _n FROM {scan(table)}) t WHERE _n = 1")
        else:
            con.execute(f"CREATE VIEW {table} AS SELECT {names} FROM {scan(table)} t "
                        f"JOIN _latest l ON l.id = t.article_id AND l.run_id = t.run_id")
    for table in ("runs", "errors"):
        if (root / table).is_dir():
            con.execute(f"CREATE VIEW {table} AS SELECT * FROM {scan(table)}")
    return con


def _sql_type(t: pa.DataType) -> str:
    return {STR: "VARCHAR", INT: "INTEGER", TS: "TIMESTAMP", pa.date32(): "DATE"}.get(t, "VARCHAR")
