"""ingest.py: batches into a real DuckDB file, errors recorded, idempotent, worker crashes contained."""

from __future__ import annotations

import json
import os
import signal
import sys

import pytest

from conftest import SAMPLE
from nqextract.assemble import article_id
from nqextract.ingest import (
    EngineUnavailable,
    WorkerPool,
    extract_articles,
    ingest,
)
from nqextract.models import Article, IngestError, RawArticle
from nqextract.settings import Settings
from nqextract.sources import read_inputs

db_module = pytest.importorskip("nqextract.db", reason="the store (nqextract.db) has not landed yet")
Database = db_module.Database

VN_TEXT = "Chiều 4/3/2025, Tổng Bí thư Tô Lâm chủ trì cuộc họp của Bộ Chính trị về Nghị quyết số 57-NQ/TW.\n"
COUNTED = ("articles", "sentences", "dates", "persons", "bodies", "documents", "tasks", "errors", "runs")


def counts(db) -> dict[str, int]:
    return {t: db.query(f"SELECT count(*) FROM {t}")[1][0][0] for t in COUNTED}


@pytest.fixture(scope="module")
def sample_articles() -> list[Article | IngestError]:
    return list(extract_articles(read_inputs([SAMPLE]), Settings(workers=1)))


def test_sample_articles_extract_with_exact_offsets(sample_articles):
    assert len(sample_articles) == 5 and all(isinstance(a, Article) for a in sample_articles)
    for art in sample_articles:
        spans = [m for rec in (*art.persons, *art.bodies, *art.documents) for m in rec.mentions]
        for m in spans:
            assert art.text[m.start:m.end] == m.text, (art.source, m)
        for rec in (*art.dates, *art.tasks, *art.meetings):
            assert 0 <= rec.start <= rec.end <= len(art.text)
        for d in art.dates:
            assert art.text[d.start:d.end] == d.text
        assert art.id == article_id(art.url, art.text)


def test_sample_dates_come_from_sidecars(sample_articles):
    by_name = {os.path.basename(a.source): a for a in sample_articles}
    assert str(by_name["001_81b08b7f929aa45a.txt"].published) == "2025-03-04"
    assert by_name["000_afa55df333f27a43.txt"].published is None


def test_settings_published_fills_missing_dates():
    arts = list(extract_articles([RawArticle(source="x.txt", text=VN_TEXT)],
                                 Settings(workers=1, published="2025-03-05")))
    assert str(arts[0].published) == "2025-03-05"


def test_only_the_command_lines_one_process_run_freezes_the_heap(monkeypatch):
    """A library caller's in-process run leaves the collector's heap unfrozen (its own garbage stays
    collectable); the command line's run (freeze_loaded) freezes what the models and rules loaded."""
    import gc

    from nqextract.engines import base

    frozen: list[int] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(1))
    for freeze_loaded, expected in ((False, []), (True, [1])):
        monkeypatch.setattr(base, "_extractors", {})  # a first build, the one that may freeze
        arts = list(extract_articles([RawArticle(source="x.txt", text=VN_TEXT)], Settings(workers=1),
                                     freeze_loaded=freeze_loaded))
        assert isinstance(arts[0], Article)
        assert frozen == expected


def test_ingest_is_idempotent_and_batched(tmp_path):
    db = Database(tmp_path / "a.duckdb")
    settings = Settings(workers=1, batch_size=2)
    first = ingest(read_inputs([SAMPLE]), settings, db=db, sources=[str(SAMPLE)])
    assert (first.ingested, first.failed, first.status) == (5, 0, "ok")
    before = counts(db)
    second = ingest(read_inputs([SAMPLE]), settings, db=db)
    assert second.ingested == 5 and second.run_id != first.run_id
    after = counts(db)
    assert after.pop("runs") == before.pop("runs") + 1
    assert after == before and after["articles"] == 5
    _, runs = db.query("SELECT run_id, ingested, failed, status FROM runs ORDER BY started")
    assert [r[1:] for r in runs] == [(5, 0, "ok"), (5, 0, "ok")]


def test_bad_inputs_become_error_rows_and_the_rest_is_ingested(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(VN_TEXT, encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"url": "https://example.vn/1", "text": VN_TEXT}) + "\n{oops\n"
        + json.dumps({"url": "https://example.vn/3", "text": "   "}) + "\n", encoding="utf-8")
    db = Database(tmp_path / "b.duckdb")
    seen: list[str] = []
    report = ingest(read_inputs([tmp_path, tmp_path / "missing.html"]), Settings(workers=1, batch_size=1),
                    db=db, on_error=lambda e: seen.append(str(e)))
    assert report.ingested == 2 and report.failed == 4 and report.status == "partial"
    assert sorted(seen) == sorted(str(e) for e in report.errors)
    _, rows = db.query("SELECT source, line, stage FROM errors WHERE run_id = ? ORDER BY source, line",
                       [report.run_id])
    assert rows == sorted([
        (str(tmp_path / "a.jsonl"), 2, "read"),
        (str(tmp_path / "a.jsonl"), 3, "read"),
        (str(tmp_path / "empty.txt"), None, "read"),
        (str(tmp_path / "missing.html"), None, "read"),
    ], key=lambda r: (r[0], r[1] or 0))
    _, runs = db.query("SELECT ingested, failed, status FROM runs WHERE run_id = ?", [report.run_id])
    assert runs == [(2, 4, "partial")]


def test_extraction_failure_is_recorded_with_its_stage(tmp_path):
    db = Database(tmp_path / "c.duckdb")
    raws = [RawArticle(source="blank.txt", text=" \n "), RawArticle(source="ok.txt", text=VN_TEXT),
            RawArticle(source="feed.jsonl:7", html="<html><body></body></html>")]
    report = ingest(raws, Settings(workers=1), db=db)
    assert report.ingested == 1
    assert {(e.source, e.line, e.stage) for e in report.errors} == {("blank.txt", None, "clean"),
                                                                     ("feed.jsonl", 7, "clean")}


def test_unknown_or_missing_engine_is_a_clear_error(tmp_path, monkeypatch):
    db = Database(tmp_path / "d.duckdb")
    with pytest.raises(EngineUnavailable, match="unknown engine 'spark'"):
        ingest([], Settings(workers=1), db=db, engine="spark")
    # as if the dask extra were not installed (None in sys.modules: Python's mark of a missing module)
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(EngineUnavailable, match="dask and distributed, which are not installed"):
        ingest([], Settings(workers=1), db=db, engine="dask")


@pytest.mark.slow
def test_worker_pool_survives_a_killed_worker():
    """A worker killed mid-article (a real SIGKILL) costs only that article; a new worker takes the rest."""
    pool = WorkerPool(Settings(workers=1), size=1)
    try:
        worker = pool.idle()
        assert pool.wait_ready(worker)
        pool.assign(worker, 1, RawArticle(source="victim.txt", text=VN_TEXT))
        os.kill(worker.process.pid, signal.SIGKILL)
        results = []
        while pool.busy():
            results.extend(pool.results())
        assert len(results) == 1 and isinstance(results[0], IngestError)
        assert results[0].source == "victim.txt" and results[0].error == "WorkerDied"
        assert "died" in results[0].message and "\n" not in str(results[0])
        assert pool.workers == []
        worker = pool.idle()  # a fresh worker
        pool.assign(worker, 2, RawArticle(source="next.txt", text=VN_TEXT))
        results = []
        while pool.busy():
            results.extend(pool.results())
        assert len(results) == 1 and isinstance(results[0], Article) and results[0].source == "next.txt"
    finally:
        pool.close()
    assert pool.workers == []


@pytest.mark.slow
def test_worker_pool_stops_an_article_past_the_timeout():
    """A worker still busy past the timeout is killed and replaced; only that article is lost."""
    pool = WorkerPool(Settings(workers=1), size=1, timeout=0.05)
    try:
        worker = pool.idle()
        assert pool.wait_ready(worker)
        pool.assign(worker, 1, RawArticle(source="slow.txt", text=VN_TEXT * 300))
        results = []
        while pool.busy():
            results.extend(pool.results())
        assert len(results) == 1 and results[0].error == "Timeout" and results[0].source == "slow.txt"
        assert "longer than 0.05s" in results[0].message
        assert pool.workers == []
    finally:
        pool.close()
