"""The Dask engine on a real LocalCluster (two worker processes on 127.0.0.1) and the Parquet store.

The check that matters: the same input gives the same DuckDB content on the local engine and on Dask,
and the same rows in Parquet as in DuckDB.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SAMPLE
from nqextract.db import SCHEMAS, Database
from nqextract.ingest import IngestAborted, ingest
from nqextract.models import IngestError
from nqextract.settings import Settings
from nqextract.sources import read_inputs

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed (pip install '.[dask]')")

VOLATILE = {"run_id", "ingested_at", "source"}


def content(con) -> dict[str, list[tuple]]:
    """Every fact table's rows, volatile columns left out, sorted."""
    out = {}
    for table, schema in SCHEMAS.items():
        keep = ", ".join(f'"{c}"' for c in schema.names if c not in VOLATILE)
        out[table] = sorted(con.execute(f"SELECT {keep} FROM {table}").fetchall(), key=repr)
    return out


def db_content(path: Path) -> dict[str, list[tuple]]:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return content(con)
    finally:
        con.close()


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40) as c:
        yield c


@pytest.fixture(scope="module")
def inputs_dir(tmp_path_factory) -> Path:
    """The sample articles, plus a JSONL file with one good record, one malformed line and one empty article."""
    d = tmp_path_factory.mktemp("inputs")
    for f in SAMPLE.iterdir():
        (d / f.name).write_bytes(f.read_bytes())
    good = {"url": "https://example.vn/a.html", "title": "Họp Chính phủ", "published": "2025-03-04",
            "text": "Chiều 4/3, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 2.\n"
                    "Thủ tướng yêu cầu các bộ, ngành hoàn thành Đề án 06 trước ngày 31/3/2025."}
    lines = [json.dumps(good, ensure_ascii=False), "{not json", json.dumps({"url": "https://example.vn/b", "text": " "})]
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def local_run(inputs_dir, tmp_path_factory):
    path = tmp_path_factory.mktemp("local") / "local.duckdb"
    report = ingest(read_inputs([inputs_dir]), Settings(workers=1), db=Database(path))
    assert (report.ingested, report.failed) == (6, 2)
    assert {(Path(e.source).name, e.line) for e in report.errors} == {("feed.jsonl", 2), ("feed.jsonl", 3)}
    return path, report


@pytest.fixture(scope="module")
def local_db(local_run) -> Path:
    return local_run[0]


def _errors(report) -> set[tuple]:
    return {(Path(e.source).name, e.line, e.stage) for e in report.errors}


@pytest.mark.slow
def test_dask_engine_gives_the_same_duckdb_content_as_the_local_engine(cluster, inputs_dir, local_run, tmp_path):
    local_db, local_report = local_run
    path = tmp_path / "dask.duckdb"
    report = ingest(read_inputs([inputs_dir]), Settings(workers=2, batch_size=2), db=Database(path),
                    engine="dask", scheduler=cluster.scheduler_address, sources=[str(inputs_dir)])
    assert (report.ingested, report.failed, report.status) == (6, 2, "partial")
    assert _errors(report) == _errors(local_report)
    assert db_content(path) == db_content(local_db)
    _, runs = Database(path).query("SELECT command, ingested, failed, status FROM runs")
    assert runs == [("ingest", 6, 2, "partial")]
    _, errors = Database(path).query("SELECT line FROM errors ORDER BY line")
    assert errors == [(2,), (3,)]


@pytest.mark.slow
def test_dask_reingest_replaces_rows(cluster, inputs_dir, local_db, tmp_path):
    path = tmp_path / "again.duckdb"
    for _ in range(2):
        ingest(read_inputs([inputs_dir]), Settings(workers=2), db=Database(path), engine="dask",
               scheduler=cluster.scheduler_address)
    assert db_content(path) == db_content(local_db)


@pytest.mark.slow
def test_parquet_output_holds_the_duckdb_rows_and_latest_run_wins(cluster, inputs_dir, local_db, tmp_path):
    from nqextract.parquet import ParquetStore, connect

    out = tmp_path / "pq"
    for _ in range(2):  # a second run over the same articles must not duplicate them at read time
        report = ingest(read_inputs([inputs_dir]), Settings(workers=2), db=ParquetStore(out), engine="dask",
                        scheduler=cluster.scheduler_address)
        assert (report.ingested, report.failed) == (6, 2)
    assert not list(out.rglob("*.tmp"))
    con = connect(out)
    assert content(con) == db_content(local_db)
    assert con.execute("SELECT count(*), sum(ingested), sum(failed) FROM runs WHERE status = 'partial'").fetchone() \
        == (2, 12, 4)
    assert con.execute("SELECT count(*) FROM errors").fetchone() == (4,)


def test_parquet_output_from_the_local_engine(inputs_dir, local_db, tmp_path):
    from nqextract.parquet import ParquetStore, connect

    ingest(read_inputs([inputs_dir]), Settings(workers=1), db=ParquetStore(tmp_path / "pq"))
    assert content(connect(tmp_path / "pq")) == db_content(local_db)


@pytest.mark.slow
def test_broken_rules_abort_the_dask_run_with_a_clear_error(cluster, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "titles.tsv").write_text("not\ta\tvalid\theader\n\x00", encoding="utf-8")
    raws = list(read_inputs([SAMPLE]))[:2]
    with pytest.raises(IngestAborted, match="cannot build the extractor"):
        ingest(raws, Settings(workers=2, rules_dir=rules), db=Database(tmp_path / "x.duckdb"), engine="dask",
               scheduler=cluster.scheduler_address)
    _, runs = Database(tmp_path / "x.duckdb").query("SELECT status FROM runs")
    assert runs == [("failed",)]


def test_a_chunk_keeps_its_good_articles_and_records_the_rest():
    from nqextract.engines.dask import extract_chunk

    raws = list(read_inputs([SAMPLE]))[:2]
    batch = extract_chunk(Settings(workers=1), "run-1", raws)
    assert batch.articles == 2 and batch.errors == [] and batch.tables["articles"].num_rows == 2
    blank = raws[0].model_copy(update={"text": " \n ", "source": "blank.txt"})
    batch = extract_chunk(Settings(workers=1), "run-1", [blank, raws[1]])
    assert batch.articles == 1 and batch.tables["articles"].num_rows == 1
    assert [(e.source, e.stage) for e in batch.errors] == [("blank.txt", "clean")]
    assert isinstance(batch.errors[0], IngestError)


def test_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    import nqextract.engines.dask as dask_engine

    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 2.0)  # the real client, a shorter wait
    with pytest.raises(IngestAborted, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        ingest([], Settings(workers=1), db=Database(tmp_path / "y.duckdb"), engine="dask",
               scheduler="tcp://127.0.0.1:9")


@pytest.mark.slow
def test_cli_dask_engine_and_parquet_output(cluster, local_db, tmp_path):
    from typer.testing import CliRunner

    from nqextract.cli import app
    from nqextract.parquet import connect

    runner = CliRunner()
    db = tmp_path / "cli.duckdb"
    result = runner.invoke(app, ["ingest", str(SAMPLE), "--db", str(db), "--engine", "dask",
                                 "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert "ingested 5 of 5 inputs (0 failed)" in result.output
    result = runner.invoke(app, ["ingest", str(SAMPLE), "--engine", "dask", "--scheduler", cluster.scheduler_address,
                                 "--output", "parquet", str(tmp_path / "pq")])
    assert result.exit_code == 0, result.output
    assert content(connect(tmp_path / "pq")) == db_content(db)
    result = runner.invoke(app, ["ingest", str(SAMPLE), "--output", "csv", str(tmp_path / "csv")])
    assert result.exit_code == 2 and "'csv' is not one of 'duckdb', 'parquet'" in result.output


@pytest.mark.slow
def test_chunks_merged_into_one_write_keep_each_entity_once(cluster, inputs_dir, local_db, tmp_path, monkeypatch):
    """Chunks of one article each, merged up to batch_size per transaction: shared persons stay one row."""
    import nqextract.engines.dask as dask_engine

    monkeypatch.setattr(dask_engine, "DEFAULT_CHUNK_SIZE", 1)
    path = tmp_path / "merged.duckdb"
    ingest(read_inputs([inputs_dir]), Settings(workers=2, batch_size=50), db=Database(path), engine="dask",
           scheduler=cluster.scheduler_address)
    assert db_content(path) == db_content(local_db)
