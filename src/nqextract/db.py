"""The DuckDB store: :class:`Database` is the Python API the CLI, ingest and crawler call.

One DuckDB file holds articles, their sentences, every fact with its character spans, the runs
that wrote them and the inputs that failed (schema: docs/SCHEMA.md, migrations:
:mod:`nqextract.migrations`). Entities are shared across articles: one ``persons`` row per
normalized name, one ``bodies`` row per canonical body, one ``documents`` row per (type, number).

Concurrency: DuckDB lets one process write a file and no other process read it meanwhile. The
writer therefore opens the file only for each short write transaction and closes it after;
readers (:meth:`Database.query`) open it read-only and retry with backoff while it is locked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import re
import socket
import time
import uuid
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from .errors import StoreError
from .identity import body_identity_key
from .migrations import LATEST, VIEWS, date_bounds, is_current, migrate
from .models import (
    Article,
    Body,
    DateExpr,
    Document,
    IngestError,
    Meeting,
    Mention,
    Person,
    Position,
    PositionChange,
    Sentence,
    Task,
)
from .textnorm import canonical_tones, fold

DEFAULT_LOCK_TIMEOUT = 60.0

# Per-article tables: re-ingesting an article deletes its rows from each, then inserts anew.
ARTICLE_TABLES = (
    "sentences", "article_persons", "person_mentions", "positions", "article_bodies", "body_aliases",
    "body_mentions", "document_citations", "document_mentions", "dates", "tasks", "meetings",
    "meeting_attendees", "position_changes", "person_identities",
)
ENTITY_TABLES = ("persons", "bodies", "documents")

# --------------------------------------------------------------------------- keys

# names repeat across mentions, positions and articles: fold each distinct string once
_fold = lru_cache(maxsize=1 << 16)(fold)
_body_identity_key = lru_cache(maxsize=1 << 16)(body_identity_key)


def person_key(name: str) -> str:
    """persons.person_id: the normalized name ("Trần Lưu Quang", "TRẦN LƯU QUANG" -> "trần lưu quang")."""
    return _fold(name)


def body_key(name: str) -> str:
    """bodies.body_id: the normalized canonical name, its legal form spelled out ("Công ty TNHH X" and "Công ty trách
    nhiệm hữu hạn X": one body across articles)."""
    return _body_identity_key(name)


def name_rank(name: str) -> tuple[bool, bool, str]:
    """Which printed form of one person's (or body's) name the store keeps, whatever the order the
    articles arrive in: the new-style tone placement ("Hòa", not "Hoà"), not all capitals, then the
    smallest string. Every article's own form stays in article_persons / article_bodies."""
    return (canonical_tones(name) != name, name.isupper(), name)


NAMED_ENTITIES = ("persons", "bodies")  # entity tables whose second column is a printed name


_CODE = re.compile(r"^[\w./-]+$")


@lru_cache(maxsize=1 << 14)
def document_key(type_: str, number: str | None) -> str:
    """documents.doc_key "Type|number": the type with one capital; a số hiệu upper-cased
    ("57-NQ/TW"), a name (no số hiệu) lower-cased ("Luật|luật đất đai"), so case never splits one document."""
    t = _fold(type_)
    t = t[:1].upper() + t[1:]
    n = " ".join(canonical_tones(number or "").split())
    n = n.upper() if _CODE.match(n) and any(c.isdigit() for c in n) else _fold(n)
    return f"{t}|{n}"


# --------------------------------------------------------------------------- rows


class _Columns:
    """Column-wise rows for one table, turned into an Arrow table for one bulk INSERT."""

    def __init__(self, schema: pa.Schema) -> None:
        self.schema = schema
        self.data: dict[str, list[Any]] = {name: [] for name in schema.names}

    def add(self, *values: Any) -> None:
        for name, value in zip(self.schema.names, values, strict=True):
            self.data[name].append(value)

    def __len__(self) -> int:
        return len(self.data[self.schema.names[0]])

    def table(self) -> pa.Table:
        return pa.table(self.data, schema=self.schema)


STR, INT, DATE, TS = pa.string(), pa.int32(), pa.date32(), pa.timestamp("us")


def _schema(*cols: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema(list(cols))


MENTION = (("sentence", INT), ("start", INT), ("end", INT), ("text", STR))
SCHEMAS: dict[str, pa.Schema] = {
    "articles": _schema(("id", STR), ("url", STR), ("title", STR), ("published", DATE), ("site", STR), ("source", STR),
                        ("text", STR), ("extractor_version", STR), ("ingested_at", TS), ("run_id", STR),
                        ("content_hash", STR)),
    "sentences": _schema(("article_id", STR), ("idx", INT), ("start", INT), ("end", INT), ("text", STR)),
    "persons": _schema(("person_id", STR), ("name", STR)),
    "article_persons": _schema(("article_id", STR), ("idx", INT), ("person_id", STR), ("name", STR)),
    "person_mentions": _schema(("article_id", STR), ("person_idx", INT), ("person_id", STR), *MENTION),
    "positions": _schema(("article_id", STR), ("person_idx", INT), ("idx", INT), ("person_id", STR), ("title", STR),
                         ("body", STR), ("body_id", STR), ("published", DATE), ("status", STR)),
    "bodies": _schema(("body_id", STR), ("name", STR)),
    "article_bodies": _schema(("article_id", STR), ("idx", INT), ("body_id", STR), ("name", STR)),
    "body_aliases": _schema(("article_id", STR), ("body_idx", INT), ("idx", INT), ("body_id", STR), ("alias", STR)),
    "body_mentions": _schema(("article_id", STR), ("body_idx", INT), ("body_id", STR), *MENTION),
    "documents": _schema(("doc_key", STR), ("type", STR), ("number", STR)),
    "document_citations": _schema(("article_id", STR), ("idx", INT), ("doc_key", STR), ("type", STR), ("number", STR),
                                  ("issuer", STR), ("date", STR)),
    "document_mentions": _schema(("article_id", STR), ("doc_idx", INT), ("doc_key", STR), *MENTION),
    "dates": _schema(("article_id", STR), ("idx", INT), ("text", STR), ("value", STR), ("granularity", STR),
                     ("sentence", INT), ("start", INT), ("end", INT), ("date_start", DATE), ("date_end", DATE)),
    "tasks": _schema(("article_id", STR), ("idx", INT), ("assigner", STR), ("assignee", STR), ("action", STR),
                     ("deadline", STR), ("document", STR), ("meeting_idx", INT), ("meeting", STR),
                     ("assigner_person_id", STR), ("assigner_body_id", STR), ("assignee_person_id", STR),
                     ("assignee_body_id", STR), ("sentence", INT), ("start", INT), ("end", INT),
                     ("deadline_start", DATE), ("deadline_end", DATE)),
    "meetings": _schema(("article_id", STR), ("idx", INT), ("name", STR), ("body", STR), ("body_id", STR), ("chair", STR),
                        ("date", STR), ("place", STR), ("sentence", INT), ("start", INT), ("end", INT)),
    "meeting_attendees": _schema(("article_id", STR), ("meeting_idx", INT), ("idx", INT), ("attendee", STR)),
    "position_changes": _schema(("article_id", STR), ("idx", INT), ("person_id", STR), ("person", STR),
                                ("change", STR), ("title", STR), ("body", STR), ("body_id", STR),
                                ("decided_by", STR), ("document", STR), ("effective", STR),
                                ("effective_start", DATE), ("effective_end", DATE), ("term_start", STR),
                                ("term_end", STR), ("discipline", STR), ("published", DATE), ("sentence", INT),
                                ("start", INT), ("end", INT)),
}


def _meeting_of(task: Task, meetings: list[Meeting]) -> int | None:
    """The meeting a task was given at: the last one starting before it, else the article's first."""
    if not meetings:
        return None
    before = [i for i, m in enumerate(meetings) if m.start <= task.start]
    return before[-1] if before else 0


def check_spans(article: Article) -> None:
    """Every span must lie in the text and every mention's text be ``text[start:end]``: else StoreError."""
    text, n = article.text, len(article.text)

    def bad(kind: str, start: int, end: int, printed: str | None, why: str) -> StoreError:
        shown = f" {printed!r}" if printed is not None else ""
        return StoreError(f"article {article.id}: {kind}{shown} at [{start}, {end}) {why}")

    spans: list[tuple[str, int, int, str | None]] = [("sentence", s.start, s.end, None) for s in article.sentences]
    spans += [(f"mention of person {p.name!r}", m.start, m.end, m.text) for p in article.persons for m in p.mentions]
    spans += [(f"mention of body {b.name!r}", m.start, m.end, m.text) for b in article.bodies for m in b.mentions]
    spans += [(f"mention of document {d.type} {d.number}", m.start, m.end, m.text)
              for d in article.documents for m in d.mentions]
    spans += [("date", x.start, x.end, x.text) for x in article.dates]
    spans += [("task", t.start, t.end, None) for t in article.tasks]
    spans += [("meeting", m.start, m.end, None) for m in article.meetings]
    for kind, start, end, printed in spans:
        if not 0 <= start <= end <= n:
            raise bad(kind, start, end, printed, f"lies outside the text (0..{n})")
        if printed is not None and text[start:end] != printed:
            raise bad(kind, start, end, printed, f"does not match the text there: {text[start:end]!r}")


def article_rows(articles: Sequence[Article], run_id: str | None, now: dt.datetime) -> dict[str, _Columns]:
    """Every row the articles contribute, per table (entity tables hold candidate rows to upsert)."""
    out = {name: _Columns(schema) for name, schema in SCHEMAS.items()}
    seen_entity: dict[str, dict[str, int]] = defaultdict(dict)

    def entity(table: str, key: str, *values: Any) -> None:
        row = seen_entity[table].get(key)
        if row is None:
            seen_entity[table][key] = len(out[table])
            out[table].add(key, *values)
        elif table in NAMED_ENTITIES:
            names = out[table].data["name"]
            names[row] = min(names[row], values[0], key=name_rank)

    for art in articles:
        aid, text = art.id, art.text
        starts = [s.start for s in art.sentences]

        def sentence_of(m: Mention | DateExpr | Task | Meeting, starts: list[int] = starts) -> int | None:
            if m.sentence is not None:
                return m.sentence
            i = bisect_right(starts, m.start) - 1
            return i if i >= 0 else None

        out["articles"].add(aid, art.url, art.title, art.published, art.site, art.source, text,
                            art.extractor_version, now, run_id,
                            hashlib.sha1(text.encode("utf-8")).hexdigest())
        for i, s in enumerate(art.sentences):
            out["sentences"].add(aid, i, s.start, s.end, text[s.start:s.end])

        # bodies first: positions, tasks and meetings resolve body names through them
        body_ids: dict[str, str] = {}
        for bi, b in enumerate(art.bodies):
            bid = body_key(b.name)
            for form in (b.name, *b.aliases):
                body_ids.setdefault(_fold(form), bid)
            entity("bodies", bid, b.name)
            out["article_bodies"].add(aid, bi, bid, b.name)
            for ai, alias in enumerate(b.aliases):
                out["body_aliases"].add(aid, bi, ai, bid, alias)
            for m in b.mentions:
                out["body_mentions"].add(aid, bi, bid, sentence_of(m), m.start, m.end, m.text)

        def resolve_body(name: str | None, body_ids: dict[str, str] = body_ids) -> str | None:
            return None if not name else body_ids.get(_fold(name))

        person_ids: set[str] = set()
        for pi, p in enumerate(art.persons):
            pid = person_key(p.name)
            person_ids.add(pid)
            entity("persons", pid, p.name)
            out["article_persons"].add(aid, pi, pid, p.name)
            for m in p.mentions:
                out["person_mentions"].add(aid, pi, pid, sentence_of(m), m.start, m.end, m.text)
            for qi, pos in enumerate(p.positions):
                bid = (resolve_body(pos.body) or body_key(pos.body)) if pos.body else None
                out["positions"].add(aid, pi, qi, pid, pos.title, pos.body, bid, art.published, pos.status)

        def resolve_person(name: str | None, person_ids: set[str] = person_ids) -> str | None:
            return person_key(name) if name and person_key(name) in person_ids else None

        for di, d in enumerate(art.documents):
            key = document_key(d.type, d.number)
            entity("documents", key, d.type, d.number)
            out["document_citations"].add(aid, di, key, d.type, d.number, d.issuer, d.date)
            for m in d.mentions:
                out["document_mentions"].add(aid, di, key, sentence_of(m), m.start, m.end, m.text)

        for i, x in enumerate(art.dates):
            lo, hi = date_bounds(x.value)
            out["dates"].add(aid, i, x.text, x.value, x.granularity, sentence_of(x), x.start, x.end, lo, hi)

        for i, mt in enumerate(art.meetings):
            mt_body = (resolve_body(mt.body) or body_key(mt.body)) if mt.body else None
            out["meetings"].add(aid, i, mt.name, mt.body, mt_body, mt.chair, mt.date, mt.place,
                                sentence_of(mt), mt.start, mt.end)
            for j, who in enumerate(mt.attendees):
                out["meeting_attendees"].add(aid, i, j, who)

        for i, t in enumerate(art.tasks):
            mi = _meeting_of(t, art.meetings)
            lo, hi = date_bounds(t.deadline)
            out["tasks"].add(
                aid, i, t.assigner, t.assignee, t.action, t.deadline, t.document, mi,
                None if mi is None else art.meetings[mi].name,
                resolve_person(t.assigner), resolve_body(t.assigner),
                resolve_person(t.assignee), resolve_body(t.assignee),
                sentence_of(t), t.start, t.end, lo, hi,
            )

        for i, c in enumerate(art.position_changes):
            lo, hi = date_bounds(c.effective)
            c_body = (resolve_body(c.body) or body_key(c.body)) if c.body else None
            sent = c.sentence if c.sentence is not None else (bisect_right(starts, c.span_start) - 1)
            out["position_changes"].add(
                aid, i, person_key(c.person), c.person, c.change, c.title, c.body, c_body, c.decided_by,
                c.document, c.effective, lo, hi, c.start, c.end, c.discipline, art.published,
                sent if sent is None or sent >= 0 else None, c.span_start, c.span_end,
            )
    return out


def article_tables(articles: Sequence[Article], run_id: str | None = None,
                   now: dt.datetime | None = None) -> dict[str, pa.Table]:
    """The Arrow tables one batch of articles writes (checked spans; the same id twice: the last wins).

    Pure and picklable: a remote worker builds them and :meth:`Database.write_tables` loads them.
    Raises :class:`StoreError` for a record that is not an Article or whose spans do not fit its text.
    """
    latest: dict[str, Article] = {}
    for art in articles:
        if not isinstance(art, Article):
            raise StoreError(f"write_articles expects Article records, got {type(art).__name__}")
        check_spans(art)
        latest[art.id] = art
    rows = article_rows(list(latest.values()), run_id, now or utcnow())
    try:
        return {table: cols.table() for table, cols in rows.items()}
    except (pa.ArrowException, OverflowError, ValueError) as exc:
        ids_text = ", ".join(list(latest)[:5]) + (" ..." if len(latest) > 5 else "")
        raise StoreError(f"rows of articles ({ids_text}) do not fit the schema, nothing written: "
                         f"{type(exc).__name__}: {exc}") from exc


def concat_tables(batches: Sequence[dict[str, pa.Table]]) -> dict[str, pa.Table]:
    """Several :func:`article_tables` batches (of distinct articles) as one; entity rows kept once per key."""
    if len(batches) == 1:
        return batches[0]
    out = {name: pa.concat_tables([b[name] for b in batches]) for name in SCHEMAS}
    for name in ENTITY_TABLES:
        keys = out[name].column(0).to_pylist()
        first: dict[str, int] = {}
        keep = [k not in first and first.setdefault(k, i) == i for i, k in enumerate(keys)]
        if name in NAMED_ENTITIES:  # the kept row gets the best printed name of all its rows
            names = out[name].column("name").to_pylist()
            for i, k in enumerate(keys):
                names[first[k]] = min(names[first[k]], names[i], key=name_rank)
            out[name] = out[name].set_column(out[name].schema.get_field_index("name"), "name",
                                             pa.array(names, STR))
        out[name] = out[name].filter(pa.array(keep, pa.bool_()))
    return out


# --------------------------------------------------------------------------- database


def _is_lock_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    return "lock" in msg and ("conflicting" in msg or "could not set" in msg or "database is locked" in msg)


# Sealed read-only connections: no extension fetched or loaded behind the query's back, no Python variable
# scanned as a table, no file or network access, and the settings locked (set after connecting, so that
# a connection with the default configuration in this process does not conflict).
SEAL_SETTINGS = (
    ("autoinstall_known_extensions", False), ("autoload_known_extensions", False),
    ("allow_community_extensions", False), ("python_enable_replacements", False),
    ("enable_external_access", False), ("lock_configuration", True),
)
READ_STATEMENTS = (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN)


def seal(con: duckdb.DuckDBPyConnection, allow: Sequence[Path] = ()) -> None:
    """DuckDB's own lock on a connection: ``enable_external_access = false`` (no file other than the
    database and the folders in ``allow``, no network, no extension install/load, no ATTACH of a
    file), then ``lock_configuration = true`` so no SET/PRAGMA/RESET can undo it."""
    dirs = [str(Path(d)).rstrip("/") + "/" for d in allow]
    try:
        if dirs:
            con.execute("SET allowed_directories = ?", [dirs])
        for name, value in SEAL_SETTINGS:
            con.execute(f"SET {name} = {str(value).lower()}")
    except duckdb.Error:
        # another sealed connection of this process shares the database instance and locked it first
        pass
    external, locked = con.execute(
        "SELECT current_setting('enable_external_access'), current_setting('lock_configuration')").fetchone()
    if external or not locked:
        con.close()
        raise StoreError("cannot open the database sealed read-only (another connection of this process "
                         "holds it with other settings)")


def process_alive(pid: int) -> bool:
    """Whether a process of this id exists on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def new_run_id(now: dt.datetime | None = None) -> str:
    """Sortable and unique: "20260124T105312-3f9a1c"."""
    now = now or dt.datetime.now(dt.UTC)
    return f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Database:
    """A DuckDB file of articles and facts. Cheap to create; holds no open connection.

    ``lock_timeout``: seconds a reader or writer waits for another process's lock before
    raising :class:`~nqextract.errors.StoreError`.
    """

    def __init__(
        self, path: str | Path, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT, read_only: bool = False,
        allow_files: Sequence[str | Path] = (), identity_overrides: str | Path | None = None,
    ) -> None:
        """Open (creating and migrating it unless ``read_only``) the DuckDB file at ``path``.

        ``read_only=True`` is for analysts and readers: the file must exist and be an nqextract store
        at the current schema version; nothing is migrated, and every write method raises
        :class:`~nqextract.errors.StoreError`. A file holding other tables than an nqextract store is
        refused either way, untouched. Reads (:meth:`query` and the rest) never reach beyond the file:
        see :meth:`query`; ``allow_files`` names folders whose files :meth:`query` may read
        (``read_csv('DIR/x.csv')``). ``identity_overrides``: the analyst's person-identity corrections
        (:mod:`nqextract.identity`), applied on every write; default ``identity_overrides.tsv`` beside the
        database file, if present.
        """
        self.path = Path(path)
        self.identity_overrides = Path(identity_overrides) if identity_overrides else \
            self.path.parent / "identity_overrides.tsv"
        self.lock_timeout = lock_timeout
        self.read_only = read_only
        self.allow_files = tuple(Path(d).resolve() for d in allow_files)
        self.migrated: list[int] = []
        if self.path.exists() and self.path.is_dir():
            raise StoreError(f"database path {self.path} is a directory, not a DuckDB file")
        if read_only:
            if not self.path.exists():
                raise StoreError(f"no database at {self.path}")
            with self._connection(read_only=True) as con:
                self._check_schema(con, writable=False)
            return
        if self.path.exists():
            with self._connection(read_only=True) as con:
                if is_current(con):
                    return  # an up-to-date file is opened without taking the write lock
                self._check_schema(con, writable=True)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connection(read_only=False) as con:
            self.migrated = migrate(con)

    def _check_schema(self, con: duckdb.DuckDBPyConnection, *, writable: bool) -> None:
        """Refuse, before anything is written, a file that is not an nqextract store (or, read-only,
        one that would need a migration)."""
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE NOT internal AND NOT temporary "
            "UNION SELECT view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary "
            "ORDER BY 1").fetchall()]
        names = [n for n in names if not n.startswith("crawl_")]  # the crawler's tables share the file
        if "schema_version" not in names:
            if names:
                shown = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
                raise StoreError(f"{self.path} is not an nqextract database (it holds {shown} and no "
                                 "schema_version table): it was left untouched; give --db another file")
            if writable:
                return  # an empty DuckDB file: initialized by migrate()
            raise StoreError(f"{self.path} is not an nqextract database (it is empty): "
                             f"create it with `nqextract ingest PATH --db {self.path}`")
        version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0
        if version > LATEST:
            raise StoreError(f"database {self.path} has schema version {version}, newer than this nqextract "
                             f"knows ({LATEST}): upgrade nqextract")
        if version < LATEST and not writable:
            raise StoreError(f"database {self.path} has schema version {version}; this nqextract reads "
                             f"version {LATEST} and does not migrate a file it only reads: run `nqextract "
                             f"ingest PATH --db {self.path}` once (it migrates the file), then read it")

    def __repr__(self) -> str:
        return f"Database({str(self.path)!r})"

    # ------------------------------------------------------------------ connections

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + self.lock_timeout
        delay = 0.005
        while True:
            try:
                return duckdb.connect(str(self.path), read_only=read_only)
            except duckdb.Error as exc:
                if not _is_lock_error(exc):
                    if read_only and not self.path.exists():
                        raise StoreError(f"no database at {self.path}") from exc
                    raise StoreError(f"cannot open database {self.path}: {exc}") from exc
                if time.monotonic() >= deadline:
                    raise StoreError(
                        f"database {self.path} stayed locked by another process for {self.lock_timeout:g}s"
                    ) from exc
                time.sleep(delay * (0.5 + random.random()))
                delay = min(delay * 2, 0.1)

    @contextmanager
    def _connection(self, read_only: bool, allow: Sequence[Path] = ()) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the file. Read-only ones are sealed (:func:`seal`): DuckDB itself refuses
        every file, network and extension access outside the folders in ``allow``."""
        con = self._connect(read_only)
        try:
            if read_only:
                seal(con, allow)
            yield con
        finally:
            con.close()

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.read_only:
            raise StoreError(f"database {self.path} was opened read-only: it cannot be written")
        with self._connection(read_only=False) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    # ------------------------------------------------------------------ writes

    def write_articles(self, articles: Sequence[Article], run_id: str | None = None) -> int:
        """Write a batch in one transaction; an article already stored (same id) is replaced.

        Returns the number of articles written. On any error nothing of the batch is kept.
        """
        if not articles:
            return 0
        return self.write_tables(article_tables(articles, run_id))

    def write_tables(self, tables: dict[str, pa.Table]) -> int:
        """Load the rows of :func:`article_tables` (built here or by a remote worker) in one transaction.

        Every article in ``tables["articles"]`` replaces the stored one of the same id; entity rows
        (persons, bodies, documents) are added where their key is new. Returns the number of articles.
        """
        missing = set(SCHEMAS) - set(tables)
        if missing:
            raise StoreError(f"write_tables: no rows given for table(s) {', '.join(sorted(missing))}")
        ids_column = tables["articles"].column("id").to_pylist()
        if not ids_column:
            return 0
        ids = pa.table({"id": pa.array(ids_column, pa.string())})
        try:
            with self._transaction() as con:
                con.register("_batch_ids", ids)
                touched: set[str] = set()
                if self._batch_stored(con):  # a re-ingest: the stored rows of these articles go first
                    touched = self._person_keys_of(con)
                    for table in ARTICLE_TABLES:
                        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM _batch_ids)")
                    con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM _batch_ids)")
                for table in SCHEMAS:
                    rows = tables[table]
                    if not rows.num_rows:
                        continue
                    names = ", ".join(f'"{c}"' for c in rows.schema.names)
                    con.register("_rows", rows)
                    if table in ENTITY_TABLES:
                        key = rows.schema.names[0]
                        if table in NAMED_ENTITIES:
                            self._keep_best_names(con, table, key)
                        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _rows "
                                    f"WHERE {key} NOT IN (SELECT {key} FROM {table})")
                    else:
                        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _rows")
                    con.unregister("_rows")
                self._drop_orphans(con)
                self._derive(con, touched | self._person_keys_of(con))
                con.unregister("_batch_ids")
        except StoreError:
            raise
        except (duckdb.Error, pa.ArrowException, OverflowError, ValueError) as exc:
            ids_text = ", ".join(ids_column[:5]) + (" ..." if len(ids_column) > 5 else "")
            raise StoreError(
                f"writing {len(ids_column)} articles ({ids_text}) to {self.path} failed, nothing written: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        return len(ids_column)

    @staticmethod
    def _batch_stored(con: duckdb.DuckDBPyConnection) -> bool:
        """Whether any table holds a row of an article in ``_batch_ids``: one query, where deleting them
        table by table costs one statement per table (a batch of new articles, the usual case, has none)."""
        tables = [("articles", "id"), *((table, "article_id") for table in ARTICLE_TABLES)]
        found = " UNION ALL ".join(f"(SELECT 1 FROM {table} WHERE {column} IN (SELECT id FROM _batch_ids) LIMIT 1)"
                                   for table, column in tables)
        return con.execute(f"SELECT count(*) FROM ({found})").fetchall()[0][0] > 0

    @staticmethod
    def _person_keys_of(con: duckdb.DuckDBPyConnection) -> set[str]:
        """Name keys of the persons the articles in ``_batch_ids`` print."""
        return {r[0] for r in con.execute(
            "SELECT DISTINCT person_id FROM article_persons WHERE article_id IN (SELECT id FROM _batch_ids)").fetchall()}

    def _derive(self, con: duckdb.DuckDBPyConnection, person_keys: set[str]) -> None:
        """Identities of the touched name keys (with the analyst's overrides) and successors of new bodies."""
        from .history import successor
        from .identity import Overrides, insert_rows, resolve

        resolve(con, person_keys, Overrides.read(self.identity_overrides))
        con.execute("DELETE FROM body_successors WHERE body_id NOT IN (SELECT body_id FROM bodies)")
        rows = []
        for body_id, name in con.execute(
                "SELECT body_id, name FROM bodies WHERE body_id NOT IN (SELECT body_id FROM body_successors)"
                " AND body_id IN (SELECT body_id FROM article_bodies WHERE article_id IN (SELECT id FROM _batch_ids))"
        ).fetchall():
            if (succ := successor(name)) is not None:
                rows.append((body_id, name, None if succ.successor is None else body_key(succ.successor),
                             succ.successor, succ.valid_to, succ.change))
        if rows:
            insert_rows(con, "body_successors", rows, ("string",) * 6)  # valid_to: "YYYY-MM-DD" into a DATE

    def resolve_identities(self) -> int:
        """Recompute every person identity (after editing the overrides file); returns rows written."""
        from .identity import Overrides, resolve

        with self._transaction() as con:
            return resolve(con, None, Overrides.read(self.identity_overrides))

    @staticmethod
    def _keep_best_names(con: duckdb.DuckDBPyConnection, table: str, key: str) -> None:
        """A stored entity whose incoming name ranks better (:func:`name_rank`) takes that name."""
        pairs = con.execute(f"SELECT t.{key}, t.name, r.name FROM {table} t JOIN _rows r USING ({key}) "
                            "WHERE t.name <> r.name").fetchall()
        for k, stored, incoming in pairs:
            if name_rank(incoming) < name_rank(stored):
                con.execute(f"UPDATE {table} SET name = ? WHERE {key} = ?", [incoming, k])

    @staticmethod
    def _drop_orphans(con: duckdb.DuckDBPyConnection) -> None:
        """Entities no article mentions any more (after a re-ingest changed its facts)."""
        con.execute("DELETE FROM persons WHERE person_id NOT IN "
                    "(SELECT person_id FROM article_persons UNION SELECT person_id FROM positions)")
        con.execute("DELETE FROM bodies WHERE body_id NOT IN (SELECT body_id FROM article_bodies)")
        con.execute("DELETE FROM documents WHERE doc_key NOT IN (SELECT doc_key FROM document_citations)")

    def delete_articles(self, article_ids: Sequence[str]) -> int:
        """Remove articles and every fact they contributed; returns how many articles existed."""
        ids = pa.table({"id": pa.array(list(article_ids), pa.string())})
        with self._transaction() as con:
            con.register("_batch_ids", ids)
            n = con.execute("SELECT count(*) FROM articles WHERE id IN (SELECT id FROM _batch_ids)").fetchone()[0]
            touched = self._person_keys_of(con)
            for table in ARTICLE_TABLES:
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM _batch_ids)")
            con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM _batch_ids)")
            self._drop_orphans(con)
            self._derive(con, touched)
        return n

    def start_run(self, command: str, inputs: str | Sequence[str] = ()) -> str:
        """Record the start of a batch command (with this process's id and host); returns its run_id.

        A run of this host still ``running`` whose process no longer exists (killed, machine crash) is
        marked ``aborted`` first: no run stays ``running`` for ever.
        """
        from .version import EXTRACTOR_VERSION

        run_id = new_run_id()
        inputs = [inputs] if isinstance(inputs, str) else [str(x) for x in inputs]
        host = socket.gethostname()
        with self._transaction() as con:
            self._abort_dead_runs(con, host)
            con.execute(
                "INSERT INTO runs (run_id, started, finished, command, inputs, ingested, failed, status, "
                "extractor_version, pid, host) VALUES (?, ?, NULL, ?, ?, 0, 0, 'running', ?, ?, ?)",
                [run_id, utcnow(), command, inputs, EXTRACTOR_VERSION, os.getpid(), host],
            )
        return run_id

    @staticmethod
    def _abort_dead_runs(con: duckdb.DuckDBPyConnection, host: str) -> None:
        running = con.execute("SELECT run_id, pid FROM runs WHERE status = 'running' AND host = ? "
                              "AND pid IS NOT NULL", [host]).fetchall()
        for run_id, pid in running:
            if not process_alive(pid):
                con.execute("UPDATE runs SET status = 'aborted', message = ? WHERE run_id = ?",
                            [f"its process ({pid} on {host}) ended without finishing the run (killed?); "
                             "the articles of the batches it wrote are kept", run_id])

    def finish_run(self, run_id: str, ingested: int, failed: int, status: str = "ok") -> None:
        with self._transaction() as con:
            found = con.execute(
                "UPDATE runs SET finished = ?, ingested = ?, failed = ?, status = ? WHERE run_id = ? RETURNING 1",
                [utcnow(), ingested, failed, status, run_id],
            ).fetchall()
            if not found:
                raise StoreError(f"no run {run_id!r} in {self.path}: start it with start_run()")

    def record_errors(self, errors: Sequence[IngestError], run_id: str | None) -> int:
        if not errors:
            return 0
        now = utcnow()
        table = pa.table({
            "run_id": pa.array([run_id] * len(errors), STR),
            "source": pa.array([e.source for e in errors], STR),
            "line": pa.array([e.line for e in errors], INT),
            "stage": pa.array([e.stage for e in errors], STR),
            "error": pa.array([e.error for e in errors], STR),
            "message": pa.array([e.message for e in errors], STR),
            "at": pa.array([now] * len(errors), TS),
        })
        with self._transaction() as con:
            con.register("_errors", table)
            con.execute("INSERT INTO errors SELECT * FROM _errors")
        return len(errors)

    # ------------------------------------------------------------------ reads

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> tuple[list[str], list[tuple]]:
        """Run one read-only statement; returns (column names, rows). Waits while a writer holds the file.

        A boundary, not a convention: the file is opened read-only; one statement only, a SELECT (or
        EXPLAIN); DuckDB's own settings refuse reading or writing any other file (COPY, ATTACH,
        read_csv, glob, ...) except under ``allow_files``, the network, installing or loading
        extensions, and changing any setting. A refused statement raises :class:`StoreError`.
        """
        with self._connection(read_only=True, allow=self.allow_files) as con:
            try:
                statements = con.extract_statements(sql)
            except duckdb.Error as exc:
                raise StoreError(f"query failed: {exc}") from exc
            if len(statements) != 1:
                raise StoreError(f"query refused: a read-only query is one statement, got {len(statements)}")
            kind = statements[0].type
            if kind not in READ_STATEMENTS:
                raise StoreError(f"query refused: a read-only query is a SELECT (or EXPLAIN) statement, "
                                 f"this is {kind.name}")
            try:
                cur = con.execute(sql, params) if params is not None else con.execute(sql)
            except duckdb.Error as exc:
                raise StoreError(f"query failed: {exc}") from exc
            if cur.description is None:
                return [], []
            return [d[0] for d in cur.description], cur.fetchall()

    def tables(self) -> list[str]:
        _, rows = self.query(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "AND table_schema = 'main' ORDER BY table_name")
        return [r[0] for r in rows]

    def views(self) -> list[str]:
        return list(VIEWS)

    def schema_version(self) -> int:
        return self.query("SELECT max(version) FROM schema_version")[1][0][0]

    def summary(self, examples: int = 3) -> dict[str, Any]:
        """Row counts per table and a few example rows of the main views (for ``make run``)."""
        with self._connection(read_only=True) as con:
            counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in self._tables(con)}
            version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
            shown: dict[str, tuple[list[str], list[tuple]]] = {}
            for view, cols in (
                ("v_person_positions", "person, title, body, published"),
                ("v_tasks", "assigner, assignee, action, deadline"),
                ("v_documents", "doc_key, issuer, published, n_citing_articles"),
                ("v_errors_last_run", "source, stage, message"),
            ):
                cur = con.execute(f"SELECT {cols} FROM {view} LIMIT {int(examples)}")
                shown[view] = ([d[0] for d in cur.description], cur.fetchall())
        return {"path": str(self.path), "schema_version": version, "counts": counts, "examples": shown}

    @staticmethod
    def _tables(con: duckdb.DuckDBPyConnection) -> list[str]:
        return [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "AND table_schema = 'main' ORDER BY table_name").fetchall()]

    def article_ids(self) -> list[str]:
        return [r[0] for r in self.query("SELECT id FROM articles ORDER BY published NULLS LAST, id")[1]]

    def article(self, article_id: str) -> Article:
        """Rebuild the stored :class:`Article` (as extracted) from its rows."""
        with self._connection(read_only=True) as con:
            def rows(sql: str) -> list[dict[str, Any]]:
                cur = con.execute(sql, [article_id])
                names = [d[0] for d in cur.description]
                return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

            head = rows("SELECT * FROM articles WHERE id = ?")
            if not head:
                raise StoreError(f"no article with id {article_id!r} in {self.path}")
            a = head[0]
            by = "WHERE article_id = ? ORDER BY"
            sentences = rows(f"SELECT start, \"end\" FROM sentences {by} idx")
            persons = rows(f"SELECT idx, name FROM article_persons {by} idx")
            p_mentions = rows(f"SELECT * FROM person_mentions {by} person_idx, start, \"end\"")
            positions = rows(f"SELECT * FROM positions {by} person_idx, idx")
            bodies = rows(f"SELECT idx, name FROM article_bodies {by} idx")
            aliases = rows(f"SELECT * FROM body_aliases {by} body_idx, idx")
            b_mentions = rows(f"SELECT * FROM body_mentions {by} body_idx, start, \"end\"")
            docs = rows(f"SELECT * FROM document_citations {by} idx")
            d_mentions = rows(f"SELECT * FROM document_mentions {by} doc_idx, start, \"end\"")
            dates = rows(f"SELECT * FROM dates {by} idx")
            tasks = rows(f"SELECT * FROM tasks {by} idx")
            meetings = rows(f"SELECT * FROM meetings {by} idx")
            attendees = rows(f"SELECT * FROM meeting_attendees {by} meeting_idx, idx")
            changes = rows(f"SELECT * FROM position_changes {by} idx")

        def mentions(rs: list[dict[str, Any]], key: str, idx: int) -> list[Mention]:
            return [Mention(start=r["start"], end=r["end"], text=r["text"], sentence=r["sentence"])
                    for r in rs if r[key] == idx]

        return Article(
            id=a["id"], url=a["url"], title=a["title"], published=a["published"], site=a["site"],
            source=a["source"], text=a["text"], extractor_version=a["extractor_version"] or "",
            sentences=[Sentence(start=s["start"], end=s["end"]) for s in sentences],
            persons=[Person(
                name=p["name"],
                positions=[Position(title=q["title"], body=q["body"], status=q["status"] or "current")
                           for q in positions if q["person_idx"] == p["idx"]],
                mentions=mentions(p_mentions, "person_idx", p["idx"]),
            ) for p in persons],
            bodies=[Body(
                name=b["name"],
                aliases=[x["alias"] for x in aliases if x["body_idx"] == b["idx"]],
                mentions=mentions(b_mentions, "body_idx", b["idx"]),
            ) for b in bodies],
            documents=[Document(
                type=d["type"], number=d["number"], issuer=d["issuer"], date=d["date"],
                mentions=mentions(d_mentions, "doc_idx", d["idx"]),
            ) for d in docs],
            dates=[DateExpr(text=x["text"], value=x["value"], granularity=x["granularity"], start=x["start"],
                            end=x["end"], sentence=x["sentence"]) for x in dates],
            tasks=[Task(assigner=t["assigner"], assignee=t["assignee"], action=t["action"],
                        deadline=t["deadline"], start=t["start"], end=t["end"], sentence=t["sentence"],
                        document=t["document"]) for t in tasks],
            meetings=[Meeting(
                name=m["name"], body=m["body"], chair=m["chair"], date=m["date"], place=m["place"],
                attendees=[x["attendee"] for x in attendees if x["meeting_idx"] == m["idx"]],
                start=m["start"], end=m["end"], sentence=m["sentence"],
            ) for m in meetings],
            position_changes=[PositionChange(
                person=c["person"], change=c["change"], title=c["title"], body=c["body"],
                decided_by=c["decided_by"], document=c["document"], effective=c["effective"],
                start=c["term_start"], end=c["term_end"], discipline=c["discipline"],
                span_start=c["start"], span_end=c["end"], sentence=c["sentence"],
            ) for c in changes],
        )

    def export(self, directory: str | Path, fmt: str = "parquet") -> list[Path]:
        """Write every table and view to ``directory/<name>.<fmt>`` (parquet or csv); returns the files."""
        if fmt not in ("parquet", "csv"):
            raise StoreError(f"unknown export format {fmt!r}: use 'parquet' or 'csv'")
        out = Path(directory)
        if out.exists() and not out.is_dir():
            raise StoreError(f"export target {out} is a file, not a directory")
        out.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        options = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER true)"
        with self._connection(read_only=True, allow=[out.resolve()]) as con:  # writes land in ``out`` only
            for name in [*self._tables(con), *VIEWS]:
                target = out / f"{name}.{fmt}"
                path_sql = str(target).replace("'", "''")
                con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{path_sql}' {options}")
                written.append(target)
        return written
