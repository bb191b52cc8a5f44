"""Read-only means read-only: `query`, `summary`, `show`, `export` and ``Database(read_only=True)`` are a
boundary. Every attack runs against a real DuckDB file; each test asserts that the file system and the
other databases are unchanged afterwards (file bytes hashed before and after)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from nqextract.cli import app
from nqextract.db import Database
from nqextract.errors import StoreError
from nqextract.migrations import LATEST
from test_db import make_article

runner = CliRunner()


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tree_digest(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): digest(p) for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    path = tmp_path / "store" / "facts.duckdb"
    Database(path).write_articles([make_article("a1"), make_article("a2", person="Nguyễn Văn Hòa")])
    return path


@pytest.fixture()
def other(tmp_path: Path) -> Path:
    """Another DuckDB file of the same schema, which no query may touch."""
    path = tmp_path / "other" / "victim.duckdb"
    Database(path).write_articles([make_article("v1")])
    return path


def refused(db: Path, sql: str, **kw) -> str:
    with pytest.raises(StoreError) as info:
        Database(db, read_only=True, **kw).query(sql)
    return str(info.value)


# --------------------------------------------------------------------------- writing files


def test_copy_to_cannot_write_or_overwrite_a_file(store: Path, tmp_path: Path) -> None:
    existing = tmp_path / "keep.csv"
    existing.write_text("precious\n", encoding="utf-8")
    before, db_before = tree_digest(tmp_path), digest(store)
    for target in (tmp_path / "new.csv", existing):
        msg = refused(store, f"COPY (SELECT 1) TO '{target}'")
        assert "read-only" in msg or "SELECT" in msg
    result = invoke("query", f"COPY (SELECT * FROM articles) TO '{existing}'", "--db", store)
    assert result.exit_code == 1
    assert existing.read_text(encoding="utf-8") == "precious\n"
    assert not (tmp_path / "new.csv").exists()
    assert tree_digest(tmp_path) == before and digest(store) == db_before


def test_copy_inside_a_select_cannot_write_either(store: Path, tmp_path: Path) -> None:
    # no statement filter can see a file write hidden in a table function: DuckDB's own setting refuses it
    before = tree_digest(tmp_path)
    refused(store, f"SELECT * FROM read_csv('{tmp_path / 'nothing.csv'}')")
    refused(store, "EXPORT DATABASE '" + str(tmp_path / "dump") + "'")
    assert tree_digest(tmp_path) == before


# --------------------------------------------------------------------------- other databases


def test_attach_cannot_modify_another_database(store: Path, other: Path) -> None:
    before = digest(other)
    refused(store, f"ATTACH '{other}' AS v (READ_WRITE)")
    refused(store, f"ATTACH '{other}' AS v (READ_WRITE); DELETE FROM v.articles")
    result = invoke("query", f"ATTACH '{other}' AS v (READ_WRITE); DELETE FROM v.articles", "--db", store)
    assert result.exit_code == 1
    assert digest(other) == before
    assert Database(other, read_only=True).query("SELECT count(*) FROM articles")[1] == [(1,)]


def test_attach_read_only_is_refused_too(store: Path, other: Path) -> None:
    refused(store, f"SELECT * FROM '{other}'")
    msg = refused(store, f"ATTACH '{other}' AS v (READ_ONLY)")
    assert "ATTACH" in msg


# --------------------------------------------------------------------------- reading local files


@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_text('{secret}')",
    "SELECT * FROM read_csv('{secret}')",
    "SELECT * FROM read_blob('{secret}')",
    "SELECT * FROM '{secret}'",
    "SELECT * FROM glob('{dir}/*')",
    "SELECT * FROM sniff_csv('{secret}')",
])
def test_local_files_cannot_be_read(store: Path, tmp_path: Path, sql: str) -> None:
    secret = tmp_path / "secret.csv"
    secret.write_text("user,password\nroot,hunter2\n", encoding="utf-8")
    msg = refused(store, sql.format(secret=secret, dir=tmp_path))
    assert "hunter2" not in msg
    result = invoke("query", sql.format(secret=secret, dir=tmp_path), "--db", store)
    assert result.exit_code == 1 and "hunter2" not in result.output and "secret.csv\n" not in result.output


@pytest.mark.parametrize("sql", [
    "INSTALL httpfs", "LOAD httpfs", "SET threads = 1", "SET enable_external_access = true",
    "RESET lock_configuration", "PRAGMA threads = 1", "CALL pragma_version()", "PRAGMA database_list",
    "CREATE TEMP TABLE t AS SELECT 1", "SET VARIABLE x = 1", "CHECKPOINT", "SELECT 1; SELECT 2",
    "SELECT * FROM read_parquet('https://example.com/x.parquet')",
])
def test_extensions_settings_and_statements_are_refused(store: Path, sql: str) -> None:
    before = digest(store)
    msg = refused(store, sql)
    assert msg.startswith("query refused") or "disabled" in msg or "locked" in msg, msg
    assert digest(store) == before


def test_several_statements_name_the_rule(store: Path) -> None:
    msg = refused(store, "SELECT 1; SELECT 2")
    assert "one statement" in msg
    result = invoke("query", "select 1; select 2", "--db", store)
    assert result.exit_code == 1 and "one statement" in result.output


def test_ordinary_analysis_still_works(store: Path) -> None:
    db = Database(store, read_only=True)
    assert db.query("SELECT count(*) FROM articles")[1] == [(2,)]
    assert db.query("WITH p AS (SELECT name FROM persons) SELECT count(*) FROM p")[1] == [(2,)]
    assert db.query("SELECT count(*) FROM v_person_positions WHERE title = ?", ["Trưởng Ban"])[1] == [(2,)]
    cols, _ = db.query("DESCRIBE articles")
    assert "column_name" in cols
    assert db.query("EXPLAIN SELECT 1")[0]
    assert db.query("SELECT 1;")[1] == [(1,)]  # a trailing semicolon is one statement


# --------------------------------------------------------------------------- --allow-files


def test_allow_files_lets_an_analyst_join_a_local_csv_and_nothing_else(store: Path, tmp_path: Path) -> None:
    shared = tmp_path / "analyst"
    shared.mkdir()
    (shared / "people.csv").write_text("name,party\nTrần Lưu Quang,x\n", encoding="utf-8")
    secret = tmp_path / "secret.csv"
    secret.write_text("root,hunter2\n", encoding="utf-8")
    sql = f"SELECT p.name, c.party FROM persons p JOIN read_csv('{shared / 'people.csv'}') c ON c.name = p.name"
    db = Database(store, read_only=True, allow_files=[shared])
    assert db.query(sql)[1] == [("Trần Lưu Quang", "x")]
    for bad in (f"SELECT * FROM read_csv('{secret}')", f"SELECT * FROM read_csv('{shared}/../secret.csv')",
                f"COPY (SELECT 1) TO '{shared / 'out.csv'}'"):
        with pytest.raises(StoreError):
            db.query(bad)
    assert sorted(p.name for p in shared.iterdir()) == ["people.csv"]
    result = invoke("query", sql, "--db", store, "--allow-files", shared, "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "Trần Lưu Quang,x" in result.stdout
    assert invoke("query", sql, "--db", store).exit_code == 1  # without the option: refused


# --------------------------------------------------------------------------- no migration, foreign files


def _foreign(path: Path, sql: str) -> Path:
    con = duckdb.connect(str(path))
    con.execute(sql)
    con.close()
    return path


def test_query_on_an_unrelated_duckdb_file_changes_nothing(tmp_path: Path) -> None:
    path = _foreign(tmp_path / "sales.duckdb", "CREATE TABLE sales (id INT, amount INT); INSERT INTO sales VALUES (1, 2)")
    before = digest(path)
    for command in (["query", "SELECT * FROM sales"], ["summary"], ["show", "x"], ["export", tmp_path / "out"]):
        result = invoke(*command, "--db", path)
        assert result.exit_code == 1, (command, result.output)
        assert "not an nqextract database" in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
        assert digest(path) == before
    tables = duckdb.connect(str(path), read_only=True).execute("SHOW TABLES").fetchall()
    assert tables == [("sales",)]
    assert not (tmp_path / "out").exists()


def test_ingest_refuses_a_file_holding_another_articles_table(tmp_path: Path) -> None:
    path = _foreign(tmp_path / "blog.duckdb",
                    "CREATE TABLE articles (slug VARCHAR, body VARCHAR); INSERT INTO articles VALUES ('a', 'b')")
    before = digest(path)
    text = tmp_path / "a.txt"
    text.write_text("Chiều 4/3/2025, Tổng Bí thư Tô Lâm chủ trì cuộc họp.\n", encoding="utf-8")
    for command in (["ingest", text, "--workers", "1"], ["query", "SELECT * FROM articles"]):
        result = invoke(*command, "--db", path)
        assert result.exit_code == 1, result.output
        assert "not an nqextract database" in result.output and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1, result.output
        assert digest(path) == before
    with pytest.raises(StoreError, match="not an nqextract database"):
        Database(path)
    tables = duckdb.connect(str(path), read_only=True).execute("SHOW TABLES").fetchall()
    assert tables == [("articles",)]  # no stray schema_version


def test_an_empty_duckdb_file_is_still_initialized_by_ingest(tmp_path: Path) -> None:
    path = tmp_path / "empty.duckdb"
    duckdb.connect(str(path)).close()
    Database(path)
    assert Database(path, read_only=True).query("SELECT max(version) FROM schema_version")[1] == [(LATEST,)]


def test_read_only_never_migrates_an_older_file(store: Path) -> None:
    con = duckdb.connect(str(store))
    con.execute("DELETE FROM schema_version WHERE version = ?", [LATEST])
    con.close()
    before = digest(store)
    with pytest.raises(StoreError, match=f"schema version {LATEST - 1}.*nqextract ingest"):
        Database(store, read_only=True)
    for command in (["query", "SELECT 1"], ["summary"], ["show", "a1"]):
        result = invoke(*command, "--db", store)
        assert result.exit_code == 1 and f"schema version {LATEST - 1}" in result.output, result.output
    assert digest(store) == before


def test_summary_show_and_export_write_nothing_but_the_export_folder(store: Path, tmp_path: Path) -> None:
    before = tree_digest(store.parent)
    assert invoke("summary", "--db", store).exit_code == 0
    assert invoke("show", "a1", "--db", store).exit_code == 0
    out = tmp_path / "export"
    result = invoke("export", out, "--format", "csv", "--db", store)
    assert result.exit_code == 0, result.output
    assert (out / "articles.csv").is_file()
    assert tree_digest(store.parent) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export", "store"]


# --------------------------------------------------------------------------- control characters


ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31m\r\x08\x9b"


def _no_control(output: str) -> None:
    bad = [c for c in output if (ord(c) < 32 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f]
    assert bad == [], repr(output[:400])


def test_show_and_query_render_control_characters_harmlessly(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    art = make_article("e1")
    art = art.model_copy(update={"title": f"Tin {ESCAPES} [bold]x[/] [/oops]", "url": "https://e.vn/\x1b[2J"})
    Database(path).write_articles([art])
    shown = invoke("show", "e1", "--db", path)
    assert shown.exit_code == 0, shown.output
    _no_control(shown.output)
    assert "\\x1b]0;pwned\\x07" in shown.output  # visible, not executed
    table = invoke("query", "SELECT id, title, url FROM articles", "--db", path, "--format", "table")
    assert table.exit_code == 0, table.output
    _no_control(table.output)
    assert "[/oops]" in table.output.replace("\n", "") or "oops" in table.output  # markup is data, not style
    summary = invoke("summary", "--db", path)
    assert summary.exit_code == 0, summary.output
    _no_control(summary.output)


def test_extract_table_renders_control_characters_harmlessly(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text(f"Thủ tướng họp {ESCAPES} [/oops]\n\nChiều 4/3/2025, Tổng Bí thư Tô Lâm chủ trì cuộc họp "
                    "của Bộ Chính trị về Nghị quyết số 57-NQ/TW.\n", encoding="utf-8")
    result = invoke("extract", page, "--format", "table")
    assert result.exit_code == 0, result.output
    _no_control(result.output)
    assert "Tô Lâm" in result.output and "\\x1b" in result.output


def test_the_crawler_refuses_a_foreign_file_before_adding_its_tables(tmp_path: Path) -> None:
    from nqextract.crawl.config import CrawlSettings
    from nqextract.crawl.runner import Batch
    from nqextract.settings import Settings

    path = _foreign(tmp_path / "sales.duckdb", "CREATE TABLE sales (id INT)")
    before = digest(path)
    crawl = CrawlSettings(archive_dir=tmp_path / "raw", log_file=None)
    with pytest.raises(StoreError, match="not an nqextract database"):
        Batch(crawl, Settings(db=path, workers=1), quiet=True)
    assert digest(path) == before
    assert duckdb.connect(str(path), read_only=True).execute("SHOW TABLES").fetchall() == [("sales",)]
