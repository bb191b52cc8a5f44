"""The nqextract command end to end: typer's CliRunner, a real subprocess, a real DuckDB file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import DEV, ROOT, SAMPLE, SHARED, need_shared
from nqextract.cli import app
from nqextract.models import Article, RawArticle

pytest.importorskip("nqextract.db", reason="the store (nqextract.db) has not landed yet")
from nqextract.db import Database  # noqa: E402

NQ = ROOT / ".venv" / "bin" / "nqextract"
VN_TEXT = "Chiều 4/3/2025, Tổng Bí thư Tô Lâm chủ trì cuộc họp của Bộ Chính trị về Nghị quyết số 57-NQ/TW.\n"
# columns that differ between two runs of the same input (which run, when, path as typed)
VOLATILE = {"run_id", "ingested_at", "at", "started", "finished", "source"}
runner = CliRunner()


def invoke(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def db_content(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows (volatile columns left out), sorted: equal for equal extractions."""
    db = Database(path)
    out = {}
    for table in db.tables():
        if table in ("runs", "errors", "schema_version"):
            continue
        cols, _ = db.query(f'SELECT * FROM "{table}" LIMIT 0')
        keep = ", ".join(f'"{c}"' for c in cols if c not in VOLATILE)
        out[table] = sorted(db.query(f'SELECT {keep} FROM "{table}"')[1], key=repr)
    return out


def counts(path: Path) -> dict[str, int]:
    db = Database(path)
    return {t: db.query(f'SELECT count(*) FROM "{t}"')[1][0][0] for t in db.tables() if t not in ("runs",)}


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "sample.duckdb"
    result = invoke("ingest", SAMPLE, "--db", path, "--workers", "1", "--batch-size", "2")
    assert result.exit_code == 0, result.output
    assert "ingested 5 of 5 inputs (0 failed)" in result.stdout
    return path


# --------------------------------------------------------------------------- ingest


def test_ingest_stores_the_sample(sample_db):
    c = counts(sample_db)
    assert c["articles"] == 5 and c["sentences"] > 0 and c["errors"] == 0
    _, runs = Database(sample_db).query("SELECT command, inputs, ingested, failed, status FROM runs")
    assert runs == [("ingest", [str(SAMPLE)], 5, 0, "ok")]


@pytest.mark.slow
def test_subprocess_ingest_two_workers_matches_one_worker_and_is_idempotent(sample_db, tmp_path):
    """`.venv/bin/nqextract ingest data/raw` as a real process: quiet (not a tty), same rows as --workers 1."""
    if not NQ.exists():
        pytest.skip(f"{NQ} is absent: install the project (make test does)")
    db = tmp_path / "w2.duckdb"
    cmd = [str(NQ), "ingest", "data/raw", "--db", str(db), "--workers", "2", "--batch-size", "2"]
    first = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("ingested 5 of 5 inputs (0 failed)")
    assert first.stderr == ""  # no progress bar when stderr is not a terminal
    assert db_content(db) == db_content(sample_db)
    before = counts(db)
    again = invoke("ingest", ROOT / "data" / "raw", "--db", db, "--workers", "1")
    assert again.exit_code == 0, again.output
    assert counts(db) == before  # re-ingest replaces, never duplicates
    assert db_content(db) == db_content(sample_db)
    _, runs = Database(db).query("SELECT count(*) FROM runs")
    assert runs == [(2,)]


def test_progress_bar_can_be_forced(tmp_path):
    (tmp_path / "a.txt").write_text(VN_TEXT, encoding="utf-8")
    result = invoke("ingest", tmp_path / "a.txt", "--db", tmp_path / "p.duckdb", "--workers", "1", "--progress")
    assert result.exit_code == 0, result.output


def bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, int | None]]:
    """Each kind of bad input next to good ones: name -> (path, line)."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(VN_TEXT, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (d / "legacy.txt").write_bytes("Hội nghị lần thứ mười. Café crème déjà vu.\n".encode("cp1252", "replace"))
    (d / "feed.jsonl").write_text(
        json.dumps({"url": "https://example.vn/a", "title": "A", "published": "2025-03-04", "text": VN_TEXT})
        + "\n" + '{"url": "https://example.vn/b", "text": \n', encoding="utf-8")
    loop = d / "loop.txt"
    os.symlink(loop, loop)
    return {
        "empty": (d / "empty.txt", None),
        "binary": (d / "binary.txt", None),
        "legacy": (d / "legacy.txt", None),
        "malformed": (d / "feed.jsonl", 2),
        "unreadable": (loop, None),
        "missing": (tmp_path / "nope.html", None),
    }


def test_bad_inputs_one_line_each_error_rows_rest_ingested(tmp_path):
    bad = bad_inputs(tmp_path)
    db = tmp_path / "bad.duckdb"
    paths = [tmp_path / "in" / n for n in ("good.txt", "empty.txt", "binary.txt", "legacy.txt", "feed.jsonl")]
    result = invoke("ingest", *paths, bad["unreadable"][0], bad["missing"][0], "--db", db, "--workers", "1")
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == len(bad), result.stderr
    for name, (path, line) in bad.items():
        where = f"{path}:{line}:" if line else f"{path}:"
        hits = [ln for ln in lines if ln.startswith(where)]
        assert len(hits) == 1, (name, result.stderr)
        assert "read error:" in hits[0], hits[0]
    assert any("not UTF-8" in ln for ln in lines) and any("binary" in ln for ln in lines)
    assert "ingested 2 of 8 inputs (6 failed)" in result.stdout
    dbo = Database(db)
    _, rows = dbo.query("SELECT source, line, stage FROM errors")
    assert sorted(rows, key=repr) == sorted([(str(p), ln, "read") for p, ln in bad.values()], key=repr)
    _, arts = dbo.query("SELECT url FROM articles ORDER BY url NULLS FIRST")
    assert arts == [(None,), ("https://example.vn/a",)]


def test_html_listing_page_is_rejected(tmp_path):
    listing = need_shared(SHARED / "html" / "listing" / "vnexpress_list_meth04.html")
    from nqextract.clean import clean
    from nqextract.errors import CleanError

    try:
        clean(RawArticle(source=str(listing), html=listing.read_text(encoding="utf-8")))
        pytest.skip("the cleaner (clean.py) does not reject listing pages yet")
    except CleanError:
        pass
    (tmp_path / "good.txt").write_text(VN_TEXT, encoding="utf-8")
    db = tmp_path / "l.duckdb"
    result = invoke("ingest", listing, tmp_path / "good.txt", "--db", db, "--workers", "1")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{listing}: clean error: not an article")
    assert len(result.stderr.splitlines()) == 1 and result.stderr.count(str(listing)) == 1
    _, rows = Database(db).query("SELECT source, stage FROM errors")
    assert rows == [(str(listing), "clean")]
    assert Database(db).query("SELECT count(*) FROM articles")[1] == [(1,)]


def test_unavailable_engine_is_a_usage_error(tmp_path, monkeypatch):
    from nqextract.ingest import EngineUnavailable, engine_module

    # as if the dask extra were not installed (None in sys.modules: Python's mark of a missing module)
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(EngineUnavailable, match="not installed"):
        engine_module("dask")
    result = invoke("ingest", SAMPLE, "--db", tmp_path / "x.duckdb", "--engine", "dask")
    assert result.exit_code == 2 and "dask" in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["ingest"],
        ["ingest", "data/raw", "--workers", "0"],
        ["ingest", "data/raw", "--batch-size", "0"],
        ["ingest", "data/raw", "--published", "04/03/2025"],
        ["ingest", "data/raw", "--rules", "no/such/dir"],
        ["ingest", "data/raw", "--engine", "spark"],
        ["ingest", "-", "-"],
        ["ingest", "data/raw", "--db", "data"],
        ["extract", "data/raw", "--format", "xml"],
        ["query", "SELECT 1", "--db", "no/such.duckdb"],
        ["summary", "--db", "no/such.duckdb"],
        ["export", "out", "--format", "xlsx"],
        ["eval", "no/such/dir"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(args):
    result = invoke(*args)
    assert result.exit_code == 2, (args, result.output)


# --------------------------------------------------------------------------- extract


def test_extract_json_lines_with_exact_offsets():
    result = invoke("extract", SAMPLE)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 5
    for line in lines:
        art = Article.model_validate_json(line)
        assert set(json.loads(line)) >= {"id", "url", "title", "published", "text", "persons", "bodies",
                                           "documents", "dates", "tasks"}
        for rec in (*art.persons, *art.bodies, *art.documents):
            for m in rec.mentions:
                assert art.text[m.start:m.end] == m.text
        for d in art.dates:
            assert art.text[d.start:d.end] == d.text


def test_extract_from_stdin_with_published_and_table():
    line = json.dumps({"url": "https://example.vn/x", "text": VN_TEXT}) + "\n"
    result = invoke("extract", "-", "--published", "2025-03-05", input=line.encode())
    assert result.exit_code == 0, result.output
    art = Article.model_validate_json(result.stdout)
    assert art.url == "https://example.vn/x" and str(art.published) == "2025-03-05"
    table = invoke("extract", "-", "--format", "table", input=line.encode())
    assert table.exit_code == 0 and art.id in table.stdout


def test_extract_bad_input_exit_1(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    result = invoke("extract", tmp_path / "e.txt")
    assert result.exit_code == 1 and result.stderr.strip() == f"{tmp_path / 'e.txt'}: read error: empty file"


def test_no_articles_found_is_a_failure(tmp_path):
    result = invoke("ingest", tmp_path, "--db", tmp_path / "x.duckdb", "--workers", "1")
    assert result.exit_code == 1 and "no input articles" in result.stderr


# --------------------------------------------------------------------------- the store


def test_query_formats(sample_db):
    sql = "SELECT id, published FROM articles ORDER BY id"
    as_json = invoke("query", sql, "--db", sample_db, "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    rows = [json.loads(x) for x in as_json.stdout.splitlines()]
    assert len(rows) == 5 and set(rows[0]) == {"id", "published"}
    as_csv = invoke("query", sql, "--db", sample_db, "--format", "csv")
    assert as_csv.stdout.splitlines()[0] == "id,published" and len(as_csv.stdout.splitlines()) == 6
    as_table = invoke("query", sql, "--db", sample_db, "--format", "table")
    assert as_table.exit_code == 0 and rows[0]["id"] in as_table.stdout and "5 rows" in as_table.stdout
    assert invoke("query", sql, "--db", sample_db).stdout == as_json.stdout  # into a pipe: JSON lines


def test_query_is_read_only(sample_db):
    result = invoke("query", "DELETE FROM articles", "--db", sample_db)
    assert result.exit_code == 1 and "read-only" in result.stderr
    assert counts(sample_db)["articles"] == 5


def test_summary(sample_db):
    result = invoke("summary", "--db", sample_db)
    assert result.exit_code == 0, result.output
    for name in ("articles", "persons", "bodies", "documents", "tasks"):
        assert name in result.stdout
    assert any(line.split() == ["articles", "5"] for line in result.stdout.splitlines())


def test_show_text_and_html(sample_db, tmp_path):
    pytest.importorskip("nqextract.render", reason="render.py has not landed yet")
    _, rows = Database(sample_db).query("SELECT id FROM articles WHERE published IS NOT NULL ORDER BY id LIMIT 1")
    article_id = rows[0][0]
    page = tmp_path / "a.html"
    result = invoke("show", article_id, "--db", sample_db, "--html", page)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    assert "<html" in page.read_text(encoding="utf-8").lower()
    missing = invoke("show", "0000000000000000", "--db", sample_db)
    assert missing.exit_code == 1 and "no article" in missing.stderr


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export(sample_db, tmp_path, fmt):
    out = tmp_path / fmt
    result = invoke("export", out, "--format", fmt, "--db", sample_db)
    assert result.exit_code == 0, result.output
    assert (out / f"articles.{fmt}").is_file()


def test_eval_json():
    need_shared(DEV)
    result = invoke("eval", DEV, "--format", "json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert "total" in figures and len(figures["articles"]) == 5


@pytest.mark.slow
def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "nqextract", "--help"], capture_output=True, text=True,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0 and "ingest" in result.stdout


@pytest.mark.slow
def test_make_run(tmp_path):
    """`make run` = ingest data/raw into the DB, then the summary (the venv step is stamped as done)."""
    if not NQ.exists():
        pytest.skip(f"{NQ} is absent: install the project (make test does)")
    if subprocess.run(["make", "--version"], capture_output=True).returncode != 0:
        pytest.skip("make is not installed")
    stamp = tmp_path / "installed"
    stamp.touch()  # newer than pyproject.toml: the install step is skipped
    db = tmp_path / "run.duckdb"
    result = subprocess.run(["make", "--no-print-directory", "run", f"STAMP={stamp}", f"DB={db}"], cwd=ROOT,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ingested 5 of 5 inputs (0 failed)" in result.stdout
    assert any(line.split() == ["articles", "5"] for line in result.stdout.splitlines()), result.stdout
    assert counts(db)["articles"] == 5


@pytest.mark.slow
def test_sigterm_stops_ingest_keeping_whole_batches(tmp_path):
    """A stopped run (systemd stop, kill) keeps the batches written so far and says it was interrupted."""
    if not NQ.exists():
        pytest.skip(f"{NQ} is absent: install the project (make test does)")
    feed = tmp_path / "many.jsonl"
    feed.write_text("".join(json.dumps({"url": f"https://example.vn/{i}", "text": VN_TEXT * 3}) + "\n"
                            for i in range(400)), encoding="utf-8")
    path = tmp_path / "stop.duckdb"
    db = Database(path)  # created up front so that this test can poll it read-only
    proc = subprocess.Popen([str(NQ), "ingest", str(feed), "--db", str(path), "--workers", "1", "--batch-size", "1"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            if db.query("SELECT count(*) FROM articles")[1][0][0] >= 2:
                break
            time.sleep(0.2)
        assert proc.poll() is None, "the run ended before it could be stopped"
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 130 and "interrupted" in err, err
    _, runs = db.query("SELECT status, ingested FROM runs")
    (status, ingested), = runs
    n = db.query("SELECT count(*) FROM articles")[1][0][0]
    assert status == "interrupted" and 2 <= n == ingested < 400
    whole = db.query("SELECT count(DISTINCT article_id) FROM sentences")[1][0][0]
    assert whole == n  # every stored article has its facts: no half-written article
