"""The DuckDB schema as ordered migrations, plus the analyst views.

``schema_version`` holds one row per applied migration. Opening a file applies, in order and in
one transaction each, every migration whose version is above the file's; views are re-created
(``CREATE OR REPLACE VIEW``) after that, since they hold no data. To change the schema, APPEND a
migration: never edit one that has shipped. docs/SCHEMA.md documents every table and column.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

# --------------------------------------------------------------------------- date bounds

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def _bounds_one(value: str) -> tuple[dt.date, dt.date] | None:
    value = value.strip()
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        if m := _QUARTER.match(value):
            year, q = int(m[1]), int(m[2])
            first, last = 3 * q - 2, 3 * q
            return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:  # 2025-02-30, month 13: not a date
        return None
    return None


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day a normalized date value covers ("2025-Q2" -> 2025-04-01, 2025-06-30).

    Ranges "A/B" run from A's first day to B's last day. Unparseable values give (None, None).
    """
    if not value:
        return None, None
    if "/" in value:
        a, _, b = value.partition("/")
        lo, hi = _bounds_one(a), _bounds_one(b)
        if lo is None or hi is None:
            return None, None
        return lo[0], hi[1]
    one = _bounds_one(value)
    return (None, None) if one is None else one


# --------------------------------------------------------------------------- migrations


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str = ""
    python: Callable[[duckdb.DuckDBPyConnection], None] | None = None


V1_TABLES = """
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY, url VARCHAR, title VARCHAR, published DATE, site VARCHAR, source VARCHAR,
    text VARCHAR NOT NULL, extractor_version VARCHAR, ingested_at TIMESTAMP, run_id VARCHAR,
    content_hash VARCHAR
);
CREATE TABLE sentences (article_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER, text VARCHAR);

CREATE TABLE persons (person_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL);
CREATE TABLE article_persons (article_id VARCHAR, idx INTEGER, person_id VARCHAR, name VARCHAR);
CREATE TABLE person_mentions (
    article_id VARCHAR, person_idx INTEGER, person_id VARCHAR, sentence INTEGER,
    start INTEGER, "end" INTEGER, text VARCHAR
);
CREATE TABLE positions (
    article_id VARCHAR, person_idx INTEGER, idx INTEGER, person_id VARCHAR, title VARCHAR,
    body VARCHAR, body_id VARCHAR, published DATE
);

CREATE TABLE bodies (body_id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL);
CREATE TABLE article_bodies (article_id VARCHAR, idx INTEGER, body_id VARCHAR, name VARCHAR);
CREATE TABLE body_aliases (article_id VARCHAR, body_idx INTEGER, idx INTEGER, body_id VARCHAR, alias VARCHAR);
CREATE TABLE body_mentions (
    article_id VARCHAR, body_idx INTEGER, body_id VARCHAR, sentence INTEGER,
    start INTEGER, "end" INTEGER, text VARCHAR
);

CREATE TABLE documents (doc_key VARCHAR PRIMARY KEY, type VARCHAR NOT NULL, number VARCHAR);
CREATE TABLE document_citations (
    article_id VARCHAR, idx INTEGER, doc_key VARCHAR, type VARCHAR, number VARCHAR,
    issuer VARCHAR, date VARCHAR
);
CREATE TABLE document_mentions (
    article_id VARCHAR, doc_idx INTEGER, doc_key VARCHAR, sentence INTEGER,
    start INTEGER, "end" INTEGER, text VARCHAR
);

CREATE TABLE dates (
    article_id VARCHAR, idx INTEGER, text VARCHAR, value VARCHAR, granularity VARCHAR,
    sentence INTEGER, start INTEGER, "end" INTEGER
);
CREATE TABLE tasks (
    article_id VARCHAR, idx INTEGER, assigner VARCHAR, assignee VARCHAR, action VARCHAR,
    deadline VARCHAR, document VARCHAR, meeting_idx INTEGER, meeting VARCHAR,
    assigner_person_id VARCHAR, assigner_body_id VARCHAR, assignee_person_id VARCHAR,
    assignee_body_id VARCHAR, sentence INTEGER, start INTEGER, "end" INTEGER
);
CREATE TABLE meetings (
    article_id VARCHAR, idx INTEGER, name VARCHAR, body VARCHAR, body_id VARCHAR, chair VARCHAR,
    date VARCHAR, place VARCHAR, sentence INTEGER, start INTEGER, "end" INTEGER
);
CREATE TABLE meeting_attendees (article_id VARCHAR, meeting_idx INTEGER, idx INTEGER, attendee VARCHAR);

CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY, started TIMESTAMP, finished TIMESTAMP, command VARCHAR,
    inputs VARCHAR[], ingested INTEGER, failed INTEGER, status VARCHAR, extractor_version VARCHAR
);
CREATE TABLE errors (
    run_id VARCHAR, source VARCHAR, line INTEGER, stage VARCHAR, error VARCHAR, message VARCHAR,
    "at" TIMESTAMP
);
"""

V2_BOUNDS = """
ALTER TABLE dates ADD COLUMN date_start DATE;
ALTER TABLE dates ADD COLUMN date_end DATE;
ALTER TABLE tasks ADD COLUMN deadline_start DATE;
ALTER TABLE tasks ADD COLUMN deadline_end DATE;
"""


def _backfill_bounds(con: duckdb.DuckDBPyConnection) -> None:
    """Fill the v2 date-bound columns of rows written by a v1 writer."""
    for table, value_col, lo_col, hi_col in (
        ("dates", "value", "date_start", "date_end"),
        ("tasks", "deadline", "deadline_start", "deadline_end"),
    ):
        values = [r[0] for r in con.execute(
            f"SELECT DISTINCT {value_col} FROM {table} WHERE {value_col} IS NOT NULL").fetchall()]
        rows = [(lo, hi, v) for v in values for lo, hi in [date_bounds(v)] if lo is not None]
        if rows:
            con.executemany(f"UPDATE {table} SET {lo_col} = ?, {hi_col} = ? WHERE {value_col} = ?", rows)


V3_RUN_OWNER = """
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN host VARCHAR;
ALTER TABLE runs ADD COLUMN message VARCHAR;
"""

V4_POSITION_STATUS = """
ALTER TABLE positions ADD COLUMN status VARCHAR DEFAULT 'current';
UPDATE positions SET status = 'current' WHERE status IS NULL;
"""

V5_CAREERS = """
CREATE TABLE position_changes (
    article_id VARCHAR, idx INTEGER, person_id VARCHAR, person VARCHAR, change VARCHAR, title VARCHAR,
    body VARCHAR, body_id VARCHAR, decided_by VARCHAR, document VARCHAR, effective VARCHAR,
    effective_start DATE, effective_end DATE, term_start VARCHAR, term_end VARCHAR, discipline VARCHAR,
    published DATE, sentence INTEGER, start INTEGER, "end" INTEGER
);
CREATE TABLE person_identities (
    article_id VARCHAR, person_idx INTEGER, person_id VARCHAR, identity_id VARCHAR, evidence VARCHAR
);
CREATE TABLE body_successors (
    body_id VARCHAR PRIMARY KEY, body VARCHAR, successor_id VARCHAR, successor VARCHAR, valid_to DATE,
    change VARCHAR
);
"""


def _backfill_careers(con: duckdb.DuckDBPyConnection) -> None:
    """Identities and body successors for the rows a v3 writer left (position changes need a reprocess)."""
    from .history import successor
    from .identity import Overrides, resolve

    resolve(con, None, Overrides())
    rows = []
    for body_id, name in con.execute("SELECT body_id, name FROM bodies").fetchall():
        if (s := successor(name)) is not None:
            rows.append((body_id, name, None if s.successor is None else _fold_key(s.successor), s.successor,
                         s.valid_to, s.change))
    if rows:
        con.executemany("INSERT INTO body_successors VALUES (?, ?, ?, ?, ?, ?)", rows)


def _fold_key(name: str) -> str:
    from .textnorm import fold

    return fold(name)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "tables: articles, sentences, entities, mentions, tasks, meetings, runs, errors", V1_TABLES),
    Migration(2, "parsed date bounds: dates.date_start/date_end, tasks.deadline_start/deadline_end",
              V2_BOUNDS, _backfill_bounds),
    Migration(3, "runs.pid/host (the process of a run, so a killed run is found) and runs.message", V3_RUN_OWNER),
    Migration(4, "positions.status: current, former (nguyên/cựu) or acting (quyền)", V4_POSITION_STATUS),
    Migration(5, "careers: position_changes, person_identities, body_successors", V5_CAREERS, _backfill_careers),
)
LATEST = MIGRATIONS[-1].version

# --------------------------------------------------------------------------- views


def _body_kinds() -> str:
    """The body kinds (career_body_kinds.txt) as one regex alternation, longest first."""
    from . import resources

    kinds = sorted({k.strip() for k in resources.load_lines("career_body_kinds.txt")}, key=len, reverse=True)
    return "|".join(re.escape(k).replace("\\ ", " ").replace("'", "''") for k in kinds)


_BODY_KINDS = _body_kinds()


def _body_parents() -> str:
    """(unit kind, parent kind) pairs of career_body_parents.tsv as a SQL VALUES list, lower case."""
    from . import resources

    rows = resources.load_tsv("career_body_parents.tsv")
    pairs = ", ".join("('{}', '{}')".format(r["kind"].lower().replace("'", "''"), r["parent"].lower().replace("'", "''"))
                      for r in rows if r.get("kind") and r.get("parent"))
    return pairs or "('', '')"


_BODY_PARENTS = _body_parents()

VIEWS: dict[str, str] = {
    "v_person_positions": """
SELECT p.name AS person, po.person_id, po.title, po.body, po.status, a.id AS article_id, a.url,
       a.title AS article_title, a.published
FROM positions po JOIN persons p USING (person_id) JOIN articles a ON a.id = po.article_id
""",
    "v_person_timeline": """
SELECT p.name AS person, po.person_id, po.title, po.body, po.status,
       min(a.published) AS first_reported, max(a.published) AS last_reported,
       count(DISTINCT po.article_id) AS n_articles
FROM positions po JOIN persons p USING (person_id) JOIN articles a ON a.id = po.article_id
GROUP BY ALL
""",
    "v_tasks": """
SELECT t.article_id, t.idx AS task_idx, t.assigner, t.assignee, t.action, t.deadline, t.deadline_start,
       t.deadline_end, t.document, t.meeting, a.published, a.url, a.title AS article_title,
       s.text AS sentence_text
FROM tasks t JOIN articles a ON a.id = t.article_id
LEFT JOIN sentences s ON s.article_id = t.article_id AND s.idx = t.sentence
""",
    "v_tasks_due": """
SELECT * FROM v_tasks WHERE deadline_start IS NOT NULL
""",
    "v_tasks_by_assignee": """
SELECT assignee, count(*) AS n_tasks, count(DISTINCT article_id) AS n_articles,
       count(deadline_start) AS n_with_deadline, min(published) AS first_published,
       max(published) AS last_published
FROM v_tasks GROUP BY assignee
""",
    "v_tasks_by_assigner": """
SELECT assigner, count(*) AS n_tasks, count(DISTINCT article_id) AS n_articles,
       count(deadline_start) AS n_with_deadline, min(published) AS first_published,
       max(published) AS last_published
FROM v_tasks GROUP BY assigner
""",
    "v_documents": """
WITH cited_by_persons AS (
    SELECT dm.article_id, dm.doc_key, list_sort(list(DISTINCT p.name)) AS names
    FROM document_mentions dm
    JOIN person_mentions pm ON pm.article_id = dm.article_id AND pm.sentence = dm.sentence
    JOIN persons p ON p.person_id = pm.person_id
    GROUP BY dm.article_id, dm.doc_key
), cited_by_bodies AS (
    SELECT dm.article_id, dm.doc_key, list_sort(list(DISTINCT b.name)) AS names
    FROM document_mentions dm
    JOIN body_mentions bm ON bm.article_id = dm.article_id AND bm.sentence = dm.sentence
    JOIN bodies b ON b.body_id = bm.body_id
    GROUP BY dm.article_id, dm.doc_key
), citations AS (
    SELECT article_id, doc_key, max(issuer) AS issuer, max(date) AS date
    FROM document_citations GROUP BY article_id, doc_key
)
SELECT d.doc_key, d.type, d.number,
       max(c.issuer) OVER w AS issuer, max(c.date) OVER w AS date,
       c.article_id, a.url, a.title AS article_title, a.published,
       coalesce(cp.names, []) AS citing_persons, coalesce(cb.names, []) AS citing_bodies,
       min(a.published) OVER w AS first_cited, max(a.published) OVER w AS last_cited,
       count(*) OVER w AS n_citing_articles
FROM documents d JOIN citations c USING (doc_key) JOIN articles a ON a.id = c.article_id
LEFT JOIN cited_by_persons cp ON cp.article_id = c.article_id AND cp.doc_key = c.doc_key
LEFT JOIN cited_by_bodies cb ON cb.article_id = c.article_id AND cb.doc_key = c.doc_key
WINDOW w AS (PARTITION BY d.doc_key)
""",
    "v_body_activity": """
WITH events AS (
    SELECT DISTINCT ab.body_id, ab.article_id, 'article' AS kind, NULL::INTEGER AS idx FROM article_bodies ab
    UNION ALL
    SELECT m.body_id, m.article_id, 'meeting', m.idx FROM meetings m WHERE m.body_id IS NOT NULL
    UNION ALL
    SELECT t.assignee_body_id, t.article_id, 'task', t.idx FROM tasks t WHERE t.assignee_body_id IS NOT NULL
)
SELECT b.name AS body, e.body_id, strftime(a.published, '%Y-%m') AS month,
       count(DISTINCT e.article_id) FILTER (WHERE e.kind = 'article') AS articles,
       count(*) FILTER (WHERE e.kind = 'meeting') AS meetings_held,
       count(*) FILTER (WHERE e.kind = 'task') AS tasks_received
FROM events e JOIN bodies b USING (body_id) JOIN articles a ON a.id = e.article_id
GROUP BY ALL
""",
    "v_dates": """
SELECT d.article_id, a.url, a.published, d.text, d.value, d.granularity, d.date_start, d.date_end,
       s.text AS sentence_text
FROM dates d JOIN articles a ON a.id = d.article_id
LEFT JOIN sentences s ON s.article_id = d.article_id AND s.idx = d.sentence
""",
    "v_position_changes": """
SELECT pc.article_id, pc.idx AS change_idx, coalesce(pi.identity_id, pc.person_id) AS identity_id, pc.person_id,
       pc.person, pc.change, pc.title, pc.body, pc.body_id, pc.decided_by, pc.document, pc.effective,
       pc.effective_start, pc.effective_end, pc.term_start, pc.term_end, pc.discipline, pc.published, a.url,
       a.title AS article_title, s.text AS sentence_text
FROM position_changes pc JOIN articles a ON a.id = pc.article_id
LEFT JOIN article_persons ap ON ap.article_id = pc.article_id AND ap.person_id = pc.person_id
LEFT JOIN person_identities pi ON pi.article_id = ap.article_id AND pi.person_idx = ap.idx
LEFT JOIN sentences s ON s.article_id = pc.article_id AND s.idx = pc.sentence
""",
    "v_person_identities": """
SELECT pi.identity_id, pi.person_id, any_value(ap.name) AS name, count(DISTINCT pi.article_id) AS n_articles,
       min(a.published) AS first_published, max(a.published) AS last_published,
       any_value(pi.evidence) AS evidence,
       (SELECT count(DISTINCT p2.identity_id) FROM person_identities p2 WHERE p2.person_id = pi.person_id)
           AS namesakes
FROM person_identities pi
JOIN article_persons ap ON ap.article_id = pi.article_id AND ap.idx = pi.person_idx
JOIN articles a ON a.id = pi.article_id
GROUP BY pi.identity_id, pi.person_id
""",
    "v_careers": f"""
WITH ev AS (
    SELECT identity_id, person,
           regexp_replace(title, '^(nguyên|cựu|quyền|tân) ', '', 'i') AS title, body,
           CASE WHEN change IN ('elected', 'appointed', 'reappointed', 'acting', 'transferred', 'approved') THEN 'start'
                WHEN change IN ('dismissed', 'removed', 'resigned', 'retired') THEN 'end'
                WHEN regexp_matches(title, '^(nguyên|cựu) ', 'i') THEN 'former'
                ELSE 'current' END AS kind,
           change, coalesce(effective_start, published) AS on_date, article_id, sentence_text AS sentence
    FROM v_position_changes WHERE title IS NOT NULL AND change <> 'nominated'
    UNION ALL
    SELECT coalesce(pi.identity_id, po.person_id), ap.name,
           regexp_replace(po.title, '^(nguyên|cựu|quyền|tân) ', '', 'i'), po.body,
           CASE WHEN regexp_matches(po.title, '^(nguyên|cựu) ', 'i') THEN 'former' ELSE 'current' END,
           'mention', po.published, po.article_id, s.text
    FROM positions po
    JOIN article_persons ap ON ap.article_id = po.article_id AND ap.idx = po.person_idx
    LEFT JOIN person_identities pi ON pi.article_id = po.article_id AND pi.person_idx = po.person_idx
    LEFT JOIN (SELECT article_id, person_idx, min(sentence) AS sentence FROM person_mentions GROUP BY ALL) pm
           ON pm.article_id = po.article_id AND pm.person_idx = po.person_idx
    LEFT JOIN sentences s ON s.article_id = po.article_id AND s.idx = pm.sentence
), offices AS (
    SELECT identity_id, any_value(person) AS person, title, body,
           lower(regexp_extract(coalesce(body, ''), '(?i)^(?:{_BODY_KINDS})(?:\\s|$)', 0)) AS body_kind,
           coalesce(min(on_date) FILTER (WHERE kind = 'start'), min(on_date) FILTER (WHERE kind = 'current'))
               AS held_from,
           max(on_date) FILTER (WHERE kind = 'end') AS ended,
           min(on_date) FILTER (WHERE kind = 'former') AS reported_former,
           min(on_date) FILTER (WHERE kind = 'start') IS NOT NULL AS from_change,
           count(DISTINCT article_id) AS n_articles,
           list(struct_pack(kind := kind, change := change, on_date := on_date, article_id := article_id,
                            sentence := sentence) ORDER BY on_date NULLS FIRST, article_id, kind) AS evidence
    FROM ev
    GROUP BY identity_id, title, body
), closers AS (
    -- a later start to another office in a body of the same kind, a retirement, or an end printed with
    -- the title alone ("miễn nhiệm chức Bộ trưởng") ends an office
    SELECT o.identity_id, o.title, o.body,
           arg_min(struct_pack(kind := 'closed', change := e.change, on_date := e.on_date,
                               article_id := e.article_id, sentence := e.sentence), e.on_date) AS closer,
           arg_min(e.change || ': ' || e.title || coalesce(' ' || e.body, ''), e.on_date) AS closed_by
    FROM offices o JOIN ev e ON e.identity_id = o.identity_id AND e.on_date > o.held_from
    WHERE (e.change = 'retired'
           OR (e.kind = 'end' AND e.body IS NULL AND o.body IS NOT NULL AND e.title = o.title)
           OR (e.kind = 'start' AND e.change <> 'reappointed' AND o.body_kind <> ''
               AND lower(regexp_extract(coalesce(e.body, ''), '(?i)^(?:{_BODY_KINDS})(?:\\s|$)', 0)) = o.body_kind)
           OR (e.kind = 'start' AND e.change <> 'reappointed' AND o.body_kind <> ''
               AND (trim(o.body_kind), trim(lower(regexp_extract(coalesce(e.body, ''), '(?i)^(?:{_BODY_KINDS})(?:\\s|$)', 0))))
                   IN (SELECT * FROM (VALUES {_BODY_PARENTS}))))
      AND NOT (e.title = o.title AND e.body IS NOT DISTINCT FROM o.body)
    GROUP BY ALL
)
SELECT o.identity_id, o.person, o.title, o.body, o.held_from,
       CASE WHEN c.closer IS NULL THEN o.ended
            WHEN o.ended IS NULL OR c.closer.on_date < o.ended THEN c.closer.on_date
            ELSE o.ended END AS held_to,
       CASE WHEN c.closer IS NOT NULL AND (o.ended IS NULL OR c.closer.on_date < o.ended) THEN c.closed_by
            WHEN o.ended IS NOT NULL THEN 'ended' END AS closed_by,
       o.reported_former, o.from_change, o.n_articles,
       CASE WHEN c.closer IS NULL THEN o.evidence ELSE list_append(o.evidence, c.closer) END AS evidence
FROM offices o LEFT JOIN closers c
     ON c.identity_id = o.identity_id AND c.title = o.title AND c.body IS NOT DISTINCT FROM o.body
""",
    "v_body_successors": """
SELECT b.body_id, b.name AS body, bs.successor, bs.successor_id, bs.valid_to, bs.change,
       count(DISTINCT ab.article_id) AS n_articles, min(a.published) AS first_published,
       max(a.published) AS last_published,
       count(DISTINCT ab.article_id) FILTER (WHERE a.published > bs.valid_to) AS n_articles_after_end
FROM body_successors bs JOIN bodies b USING (body_id)
LEFT JOIN article_bodies ab USING (body_id) LEFT JOIN articles a ON a.id = ab.article_id
GROUP BY ALL
""",
    "v_bodies_ended": """
SELECT ab.article_id, a.published, a.url, ab.name AS body, bs.successor, bs.valid_to, bs.change,
       a.published > bs.valid_to AS printed_after_end
FROM article_bodies ab JOIN articles a ON a.id = ab.article_id JOIN body_successors bs USING (body_id)
""",
    "v_errors_last_run": """
SELECT e.* FROM errors e
WHERE e.run_id = (SELECT run_id FROM runs ORDER BY started DESC, run_id DESC LIMIT 1)
""",
}


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
    )
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(con: duckdb.DuckDBPyConnection, target: int = LATEST, *, views: bool = True) -> list[int]:
    """Apply every migration above the file's version up to ``target``; returns those applied."""
    current = schema_version(con)
    if current > LATEST:
        from .errors import StoreError

        raise StoreError(
            f"database schema version {current} is newer than this nqextract knows ({LATEST}): upgrade nqextract"
        )
    applied: list[int] = []
    for m in MIGRATIONS:
        if current < m.version <= target:
            con.execute("BEGIN TRANSACTION")
            try:
                if m.sql.strip():
                    con.execute(m.sql)
                if m.python is not None:
                    m.python(con)
                con.execute(
                    "INSERT INTO schema_version VALUES (?, ?, current_timestamp::TIMESTAMP)",
                    [m.version, m.description],
                )
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
            applied.append(m.version)
    if views and target == LATEST:
        create_views(con)
    return applied


VIEWS_STAMP = "nqextract views " + hashlib.sha1(
    "\n".join(f"{k}\n{v}" for k, v in VIEWS.items()).encode("utf-8")).hexdigest()[:12]


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create every view, stamped (as its comment) with a hash of the view definitions."""
    for name, sql in VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
        con.execute(f"COMMENT ON VIEW {name} IS '{VIEWS_STAMP}'")


def is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the file is at the latest version with these view definitions (nothing to write)."""
    try:
        version = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
        stamps = dict(con.execute(
            "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal AND schema_name = 'main'"
        ).fetchall())
    except duckdb.Error:
        return False
    return version == LATEST and all(stamps.get(name) == VIEWS_STAMP for name in VIEWS)
