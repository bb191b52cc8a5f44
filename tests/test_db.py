"""The DuckDB store: real files in tmp_path, Article records built directly (no extractor needed)."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import signal
from pathlib import Path
from typing import Any

import duckdb
import pytest

from nqextract.db import Database, article_tables, document_key
from nqextract.errors import StoreError
from nqextract.migrations import LATEST, MIGRATIONS, VIEWS, date_bounds, migrate
from nqextract.models import (
    Article,
    Body,
    DateExpr,
    Document,
    IngestError,
    Meeting,
    Mention,
    Person,
    Position,
    Sentence,
    Task,
)


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for line in text.splitlines(keepends=True):
        out.append(Sentence(start=start, end=start + len(line.rstrip("\n"))))
        start += len(line)
    return out


def _mention(text: str, needle: str, sentences: list[Sentence], nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    sent = next(i for i, s in enumerate(sentences) if s.start <= start < s.end)
    return Mention(start=start, end=start + len(needle), text=needle, sentence=sent)


def make_article(
    aid: str = "a1", *, person: str = "Trần Lưu Quang", published: dt.date | None = dt.date(2025, 3, 4),
    deadline: str | None = "2025-Q2",
) -> Article:
    text = (
        f"Đồng chí {person}, Trưởng Ban Kinh tế Trung ương, chủ trì cuộc họp Tổ Biên tập.\n"
        f"Đồng chí {person} nhấn mạnh Nghị quyết số 52-NQ/TW của Bộ Chính trị ngày 27/9/2019.\n"
        f"Đồng chí yêu cầu Bộ Công an hoàn thành Đề án trong quý II/2025.\n"
    )
    sents = _sentences(text)
    m = lambda needle, nth=0: _mention(text, needle, sents, nth)  # noqa: E731
    meeting = m("cuộc họp Tổ Biên tập")
    task = m("Bộ Công an hoàn thành Đề án trong quý II/2025")
    date = m("27/9/2019")
    quarter = m("quý II/2025")
    return Article(
        id=aid, url=f"https://example.vn/{aid}", title=f"Tin {aid}", published=published, site="example.vn",
        source=f"{aid}.txt", text=text, extractor_version="test", sentences=sents,
        persons=[Person(
            name=person,
            positions=[Position(title="Trưởng Ban", body="Ban Kinh tế Trung ương")],
            mentions=[m(person), m(person, 1)],
        )],
        bodies=[
            Body(name="Ban Kinh tế Trung ương", mentions=[m("Ban Kinh tế Trung ương")]),
            Body(name="Bộ Chính trị", mentions=[m("Bộ Chính trị")]),
            Body(name="Bộ Công an", aliases=["BCA"], mentions=[m("Bộ Công an")]),
        ],
        documents=[Document(type="Nghị quyết", number="52-NQ/TW", issuer="Bộ Chính trị", date="2019-09-27",
                            mentions=[m("Nghị quyết số 52-NQ/TW")])],
        dates=[
            DateExpr(text=date.text, value="2019-09-27", granularity="day", start=date.start, end=date.end,
                     sentence=date.sentence),
            DateExpr(text=quarter.text, value="2025-Q2", granularity="quarter", start=quarter.start,
                     end=quarter.end, sentence=quarter.sentence),
        ],
        tasks=[Task(assigner=person, assignee="Bộ Công an", action="hoàn thành Đề án", deadline=deadline,
                    start=task.start, end=task.end, sentence=task.sentence)],
        meetings=[Meeting(name="cuộc họp Tổ Biên tập", body="Ban Kinh tế Trung ương", chair=person,
                          attendees=["Tổ Biên tập"], start=meeting.start, end=meeting.end,
                          sentence=meeting.sentence)],
    )


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return Database(tmp_path / "facts.duckdb", lock_timeout=20)


def counts(db: Database) -> dict[str, int]:
    return db.summary()["counts"]


# --------------------------------------------------------------------------- writes and reads


def test_article_round_trips(db: Database) -> None:
    art = make_article()
    assert db.write_articles([art], db.start_run("test", ["a1.txt"])) == 1
    assert db.article("a1") == art
    assert db.article_ids() == ["a1"]


def test_every_mention_row_keeps_its_span_and_sentence(db: Database) -> None:
    art = make_article()
    db.write_articles([art])
    for table in ("person_mentions", "body_mentions", "document_mentions"):
        _, rows = db.query(f'SELECT m.start, m."end", m.text, m.sentence, s.start, s."end" FROM {table} m '
                           "JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence")
        assert rows, table
        for start, end, text, _sent, s_start, s_end in rows:
            assert art.text[start:end] == text
            assert s_start <= start and end <= s_end


def test_reingest_replaces_and_never_duplicates(db: Database) -> None:
    db.write_articles([make_article()])
    before = counts(db)
    db.write_articles([make_article()])
    db.write_articles([make_article(), make_article()])  # the same id twice in one batch
    assert counts(db) == before
    # the article's facts changed: the old person is gone, not kept as an orphan
    db.write_articles([make_article(person="Nguyễn Văn A")])
    _, rows = db.query("SELECT name FROM persons")
    assert rows == [("Nguyễn Văn A",)]
    assert counts(db)["person_mentions"] == 2


def test_one_person_row_across_articles_and_tone_variants(db: Database) -> None:
    db.write_articles([
        make_article("a1", person="Trần Lưu Quang", published=dt.date(2025, 1, 20)),
        make_article("a2", person="Trần Lưu Quang", published=dt.date(2025, 3, 4)),
    ])
    db.write_articles([make_article("a3", person="Nguyễn Thanh Hoà", published=dt.date(2024, 4, 24))])
    db.write_articles([make_article("a4", person="Nguyễn Thanh Hòa", published=dt.date(2025, 10, 15))])
    _, rows = db.query("SELECT person_id, name FROM persons ORDER BY person_id")
    assert [r[0] for r in rows] == ["nguyễn thanh hòa", "trần lưu quang"]
    _, rows = db.query("SELECT person, title, body, first_reported, last_reported, n_articles "
                       "FROM v_person_timeline WHERE person_id = 'trần lưu quang'")
    assert rows == [("Trần Lưu Quang", "Trưởng Ban", "Ban Kinh tế Trung ương",
                     dt.date(2025, 1, 20), dt.date(2025, 3, 4), 2)]
    _, rows = db.query("SELECT first_reported, last_reported FROM v_person_timeline "
                       "WHERE person_id = 'nguyễn thanh hòa'")
    assert rows == [(dt.date(2024, 4, 24), dt.date(2025, 10, 15))]
    _, rows = db.query("SELECT count(*) FROM bodies WHERE name = 'Bộ Chính trị'")
    assert rows == [(1,)]
    _, rows = db.query("SELECT doc_key, n_citing_articles, first_cited, last_cited FROM v_documents "
                       "ORDER BY published LIMIT 1")
    assert rows == [("Nghị quyết|52-NQ/TW", 4, dt.date(2024, 4, 24), dt.date(2025, 10, 15))]


def test_crash_mid_batch_leaves_nothing_half_written(db: Database) -> None:
    good = make_article("a1")
    db.write_articles([good])
    before = counts(db)
    changed = make_article("a1", person="Nguyễn Văn A")
    bad = make_article("a2")
    # a sentence index no INTEGER column holds: the batch's rows cannot be built
    bad.persons[0].mentions[0].sentence = 2**40
    with pytest.raises(StoreError, match="nothing written"):
        db.write_articles([changed, bad])
    assert counts(db) == before
    assert db.article("a1") == good


def test_load_failing_mid_transaction_rolls_back(db: Database) -> None:
    good = make_article("a1")
    db.write_articles([good])
    before = counts(db)
    tables = article_tables([make_article("a1", person="Nguyễn Văn A"), make_article("a2")])
    # tasks are loaded after articles, persons and positions: a column DuckDB does not have fails there
    tables["tasks"] = tables["tasks"].rename_columns([*tables["tasks"].column_names[:-1], "no_such_column"])
    with pytest.raises(StoreError, match="nothing written"):
        db.write_tables(tables)
    assert counts(db) == before
    assert db.article("a1") == good


def test_spans_that_do_not_match_the_text_are_refused(db: Database) -> None:
    art = make_article()
    art.bodies[0].mentions[0].start += 1
    with pytest.raises(StoreError, match=r"article a1: mention of body 'Ban Kinh tế Trung ương'.*does not match"):
        db.write_articles([art])
    art = make_article()
    art.tasks[0].end = len(art.text) + 5
    with pytest.raises(StoreError, match=r"article a1: task at .* lies outside the text"):
        db.write_articles([art])
    assert counts(db)["articles"] == 0


def test_views_answer_without_joins(db: Database) -> None:
    db.write_articles([make_article("a1"), make_article("a2", published=dt.date(2025, 4, 1), deadline=None)])
    _, rows = db.query("SELECT assignee, deadline_start, deadline_end, meeting, sentence_text FROM v_tasks_due")
    assert rows == [("Bộ Công an", dt.date(2025, 4, 1), dt.date(2025, 6, 30), "cuộc họp Tổ Biên tập",
                     "Đồng chí yêu cầu Bộ Công an hoàn thành Đề án trong quý II/2025.")]
    _, rows = db.query("SELECT count(*) FROM v_tasks_due WHERE deadline_end <= DATE '2025-06-30'")
    assert rows == [(1,)]
    _, rows = db.query("SELECT assignee, n_tasks, n_articles, n_with_deadline FROM v_tasks_by_assignee")
    assert rows == [("Bộ Công an", 2, 2, 1)]
    _, rows = db.query("SELECT assigner, n_tasks FROM v_tasks_by_assigner")
    assert rows == [("Trần Lưu Quang", 2)]
    _, rows = db.query("SELECT citing_persons, citing_bodies, issuer, date FROM v_documents WHERE article_id = 'a1'")
    assert rows == [(["Trần Lưu Quang"], ["Bộ Chính trị"], "Bộ Chính trị", "2019-09-27")]
    _, rows = db.query("SELECT body, month, articles, meetings_held, tasks_received FROM v_body_activity "
                       "ORDER BY body, month")
    assert ("Ban Kinh tế Trung ương", "2025-03", 1, 1, 0) in rows
    assert ("Bộ Công an", "2025-04", 1, 0, 1) in rows
    _, rows = db.query("SELECT value, date_start, date_end FROM v_dates WHERE article_id = 'a1' ORDER BY value")
    assert rows == [("2019-09-27", dt.date(2019, 9, 27), dt.date(2019, 9, 27)),
                    ("2025-Q2", dt.date(2025, 4, 1), dt.date(2025, 6, 30))]
    _, rows = db.query("SELECT person, title, body, url FROM v_person_positions WHERE article_id = 'a2'")
    assert rows == [("Trần Lưu Quang", "Trưởng Ban", "Ban Kinh tế Trung ương", "https://example.vn/a2")]
    for view in VIEWS:
        cols, _ = db.query(f"SELECT * FROM {view} LIMIT 0")
        assert cols


def test_runs_and_errors_of_the_last_run(db: Database) -> None:
    first = db.start_run("ingest", ["old.jsonl"])
    db.record_errors([IngestError(source="old.jsonl", line=3, stage="read", error="ReadError", message="bad")],
                     first)
    db.finish_run(first, 0, 1, "ok")
    second = db.start_run("ingest", "new.jsonl")
    assert second != first
    errs = [IngestError(source="new.jsonl", line=i, stage="clean", error="CleanError", message="empty article")
            for i in range(3)]
    assert db.record_errors(errs, second) == 3
    db.finish_run(second, 5, 3, "ok")
    _, rows = db.query("SELECT run_id, source, line, stage FROM v_errors_last_run ORDER BY line")
    assert rows == [(second, "new.jsonl", i, "clean") for i in range(3)]
    _, rows = db.query("SELECT command, inputs, ingested, failed, status, finished IS NOT NULL FROM runs "
                       "WHERE run_id = ?", [second])
    assert rows == [("ingest", ["new.jsonl"], 5, 3, "ok", True)]
    with pytest.raises(StoreError, match="no run"):
        db.finish_run("nope", 0, 0)


def test_export_writes_every_table_and_view(db: Database, tmp_path: Path) -> None:
    db.write_articles([make_article()])
    for fmt in ("parquet", "csv"):
        files = db.export(tmp_path / fmt, fmt=fmt)
        names = {f.stem for f in files}
        assert set(VIEWS) <= names and {"articles", "persons", "tasks", "runs", "errors"} <= names
        reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
        n = duckdb.sql(f"SELECT count(*) FROM {reader}('{tmp_path / fmt / 'v_tasks'}.{fmt}')").fetchall()[0][0]
        assert n == 1
    with pytest.raises(StoreError, match="unknown export format"):
        db.export(tmp_path / "x", fmt="xlsx")


def test_query_is_read_only_and_errors_are_specific(db: Database, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="read-only|read only"):
        db.query("CREATE TABLE sneaky (a INTEGER)")
    with pytest.raises(StoreError, match="no article with id 'missing'"):
        db.article("missing")
    with pytest.raises(StoreError, match="is a directory"):
        Database(tmp_path)
    with pytest.raises(StoreError, match="expects Article"):
        db.write_articles([{"id": "x"}])  # type: ignore[list-item]
    with pytest.raises(StoreError, match="no database"):
        Database(tmp_path / "missing.duckdb", read_only=True)
    reader = Database(db.path, read_only=True)
    assert reader.query("SELECT count(*) FROM articles")[1] == [(0,)]
    with pytest.raises(StoreError, match="opened read-only"):
        reader.write_articles([make_article()])


# --------------------------------------------------------------------------- schema migrations


def test_older_version_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    assert migrate(con, target=1, views=False) == [1]
    con.execute("INSERT INTO articles (id, text, published) VALUES ('old', 'x', DATE '2024-01-02')")
    con.execute("INSERT INTO tasks (article_id, idx, assignee, action, deadline) "
                "VALUES ('old', 0, 'Bộ Y tế', 'báo cáo', '2024-12')")
    con.execute("INSERT INTO dates (article_id, idx, text, value, granularity) "
                "VALUES ('old', 0, 'năm 2024', '2024', 'year')")
    con.close()

    db = Database(path)
    assert db.migrated == [m.version for m in MIGRATIONS if m.version > 1] and db.schema_version() == LATEST
    _, rows = db.query("SELECT deadline_start, deadline_end FROM v_tasks_due")
    assert rows == [(dt.date(2024, 12, 1), dt.date(2024, 12, 31))]
    _, rows = db.query("SELECT date_start, date_end FROM dates")
    assert rows == [(dt.date(2024, 1, 1), dt.date(2024, 12, 31))]
    assert Database(path).migrated == []  # opening again applies nothing


def test_v3_file_gets_position_status(tmp_path: Path) -> None:
    path = tmp_path / "v3.duckdb"
    con = duckdb.connect(str(path))
    assert migrate(con, target=3, views=False) == [1, 2, 3]
    con.execute("INSERT INTO articles (id, text, published) VALUES ('old', 'x', DATE '2024-01-02')")
    con.execute("INSERT INTO persons VALUES ('trần văn a', 'Trần Văn A')")
    con.execute("INSERT INTO positions (article_id, person_idx, idx, person_id, title, body) "
                "VALUES ('old', 0, 0, 'trần văn a', 'Bộ trưởng', 'Bộ Tư pháp')")
    con.close()

    db = Database(path)
    assert db.migrated == [m.version for m in MIGRATIONS if m.version > 3]
    _, rows = db.query("SELECT person, title, status FROM v_person_positions")
    assert rows == [("Trần Văn A", "Bộ trưởng", "current")]  # rows of an older writer are current


def test_position_status_round_trips(tmp_path: Path) -> None:
    art = make_article()
    art.persons[0].positions.append(Position(title="Bí thư", body="Tỉnh ủy Yên Bái", status="former"))
    db = Database(tmp_path / "s.duckdb")
    db.write_articles([art])
    _, rows = db.query("SELECT title, status FROM v_person_positions ORDER BY title")
    assert rows == [("Bí thư", "former"), ("Trưởng Ban", "current")]
    _, rows = db.query("SELECT title, status, n_articles FROM v_person_timeline ORDER BY title")
    assert rows == [("Bí thư", "former", 1), ("Trưởng Ban", "current", 1)]
    assert db.article(art.id).persons[0].positions == art.persons[0].positions


def test_newer_version_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    Database(path)
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (?, 'from the future', now()::TIMESTAMP)", [LATEST + 1])
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Database(path)


def test_opening_an_up_to_date_file_takes_no_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "current.duckdb"
    Database(path).write_articles([make_article()])
    held = duckdb.connect(str(path), read_only=True)  # a reader holds the file
    try:
        assert Database(path, lock_timeout=2).query("SELECT count(*) FROM articles")[1] == [(1,)]
    finally:
        held.close()
    # views from an older nqextract (another stamp) are re-created on open
    con = duckdb.connect(str(path))
    con.execute("CREATE OR REPLACE VIEW v_tasks AS SELECT 1 AS stale")
    con.close()
    db = Database(path)
    assert "sentence_text" in db.query("SELECT * FROM v_tasks LIMIT 0")[0]


@pytest.mark.parametrize(("value", "bounds"), [
    ("2025-03-04", ("2025-03-04", "2025-03-04")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2025-Q4", ("2025-10-01", "2025-12-31")),
    ("2026", ("2026-01-01", "2026-12-31")),
    ("2025-03/2025-Q3", ("2025-03-01", "2025-09-30")),
    ("2025-02-30", (None, None)),
    ("sớm", (None, None)),
    (None, (None, None)),
])
def test_date_bounds(value: str | None, bounds: tuple[str | None, str | None]) -> None:
    expected = tuple(dt.date.fromisoformat(b) if b else None for b in bounds)
    assert date_bounds(value) == expected


def test_document_key() -> None:
    assert document_key("Nghị quyết", "57-nq/tw") == "Nghị quyết|57-NQ/TW"
    assert document_key("nghị  Quyết", "57-NQ/TW") == "Nghị quyết|57-NQ/TW"
    assert document_key("Đề án", "Đề án 06") == "Đề án|đề án 06"
    assert document_key("Luật", "Luật Đất đai") == document_key("Luật", "luật đất  đai") == "Luật|luật đất đai"
    assert document_key("Luật", None) == "Luật|"


# --------------------------------------------------------------------------- concurrency


def _read_until_told(path: str, ready: Any, read_done: Any, stop: Any, out: mp.Queue) -> None:
    """Read the article count over and over; signal each finished read; after ``stop``, read once more."""
    db = Database(path, lock_timeout=30.0, read_only=True)
    ok, failures, seen = 0, [], set()
    started = False
    while True:
        stopping = stop.is_set()
        try:
            _, rows = db.query("SELECT count(*) FROM articles")
            seen.add(rows[0][0])
            ok += 1
        except Exception as exc:  # noqa: BLE001 - the test counts every failure
            failures.append(repr(exc))
        if not started:  # the first read happens before any write
            ready.set()
            started = True
        read_done.set()
        if stopping:
            break
    out.put((ok, failures, sorted(seen)))


@pytest.mark.slow
def test_reader_process_never_fails_while_batches_write(tmp_path: Path) -> None:
    """Synchronized on events, not on a time window: the writer waits for a finished read after each
    batch, so reads and writes interleave however busy the machine is."""
    path = tmp_path / "shared.duckdb"
    db = Database(path, lock_timeout=30)
    db.write_articles([make_article("seed")])
    ctx = mp.get_context("spawn")
    out, ready, read_done, stop = ctx.Queue(), ctx.Event(), ctx.Event(), ctx.Event()
    reader = ctx.Process(target=_read_until_told, args=(str(path), ready, read_done, stop, out))
    reader.start()
    assert ready.wait(timeout=120), "the reader process did not start"
    written = 0
    for batch in range(12):
        read_done.clear()
        written += db.write_articles([make_article(f"b{batch}-{i}") for i in range(20)])
        assert read_done.wait(timeout=120), "the reader stopped reading"
    stop.set()
    ok, failures, seen = out.get(timeout=120)
    reader.join(timeout=60)
    assert failures == []
    assert ok >= 14  # the first read, one after each of the 12 batches, the last one
    assert written == 240
    assert db.query("SELECT count(*) FROM articles")[1] == [(241,)]
    assert seen[0] == 1 and seen[-1] == 241  # it read before the writes and after the last
    assert all((n - 1) % 20 == 0 for n in seen)  # readers see whole batches only


# --------------------------------------------------------------------------- rendering a stored article


def test_render_text_lists_every_fact(db: Database) -> None:
    from nqextract.render import render_text

    db.write_articles([make_article()])
    out = render_text(db.article("a1"))
    assert "Trần Lưu Quang: Trưởng Ban Ban Kinh tế Trung ương  [2×]" in out
    assert "Bộ Công an (also: BCA)" in out
    assert "Nghị quyết 52-NQ/TW — Bộ Chính trị, 2019-09-27" in out
    assert "2025-Q2 (quarter) «quý II/2025»" in out
    assert "Trần Lưu Quang → Bộ Công an: hoàn thành Đề án  [deadline 2025-Q2]" in out
    assert "Meetings (1)" in out and "chair Trần Lưu Quang" in out


def test_render_html_highlights_mentions_and_escapes(db: Database) -> None:
    from nqextract.render import highlight_spans, render_html

    art = make_article()
    art = art.model_copy(update={"title": "<script>alert(1)</script> Tin"})
    page = render_html(art)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script>" not in page and "&lt;script&gt;" in page
    spans = highlight_spans(art)
    assert {s["label"] for s in spans} == {"PERSON", "POSITION", "BODY", "DOCUMENT", "DATE"}
    assert all(a["end"] <= b["start"] for a, b in zip(spans, spans[1:], strict=False))  # no overlaps
    assert page.count('<mark class="fact ') == len(spans) + 6  # and one per colour of the legend
    # "Trưởng Ban Kinh tế Trung ương": the title up to the body, whose first word it shares in the record
    assert [art.text[s["start"]:s["end"]] for s in spans if s["label"] == "POSITION"] == ["Trưởng"]
    assert "<h2>Tasks (1)</h2>" in page
    assert "Đồng chí yêu cầu Bộ Công an hoàn thành Đề án trong quý II/2025." in page  # task's sentence


def test_documents_named_by_their_type_are_printed_once() -> None:
    """A document known by its name starts with its type: "Kế hoạch phát triển ...", not "Kế hoạch Kế hoạch
    phát triển ..." (text, extract's table, the HTML page)."""
    from nqextract.render import document_label, render_html, render_text

    assert document_label("Kế hoạch", "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025") == \
        "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025"
    assert document_label("Đề án", "đề án chuyển đổi số") == "đề án chuyển đổi số"
    assert document_label("Nghị quyết", "57-NQ/TW") == "Nghị quyết 57-NQ/TW"
    assert document_label("Chỉ thị", None) == "Chỉ thị"
    art = make_article().model_copy(update={"documents": [
        Document(type="Kế hoạch", number="Kế hoạch hoạt động năm 2024", issuer="Chính phủ"),
        Document(type="Chương trình", number="Chương trình công tác năm 2025")]})
    for out in (render_text(art), render_html(art)):
        assert "Kế hoạch Kế hoạch" not in out and "Chương trình Chương trình" not in out
        assert "Kế hoạch hoạt động năm 2024" in out and "Chương trình công tác năm 2025" in out


def _write_until_killed(path: str, wrote: Any) -> None:
    db = Database(path, lock_timeout=30.0)
    batch = [make_article(f"k{i}") for i in range(25)]
    n = 0
    while True:
        db.write_articles([a.model_copy(update={"id": f"{a.id}-{n}"}) for a in batch])
        n += 1
        wrote.set()  # the parent kills it after this event, most likely inside the next transaction


def test_a_writer_killed_mid_batch_leaves_only_whole_batches(tmp_path: Path) -> None:
    path = tmp_path / "killed.duckdb"
    Database(path)
    ctx = mp.get_context("spawn")
    wrote = ctx.Event()
    writer = ctx.Process(target=_write_until_killed, args=(str(path), wrote))
    writer.start()
    assert wrote.wait(timeout=120), "the writer wrote nothing"
    os.kill(writer.pid, signal.SIGKILL)  # abruptly: no finally, no atexit
    writer.join(timeout=60)
    assert writer.exitcode == -signal.SIGKILL
    db = Database(path, read_only=True)
    n_articles = db.query("SELECT count(*) FROM articles")[1][0][0]
    print(f"{n_articles} articles survived the kill")
    assert n_articles % 25 == 0
    for table, per_article in (("sentences", 3), ("person_mentions", 2), ("tasks", 1), ("article_bodies", 3)):
        assert db.query(f"SELECT count(*) FROM {table}")[1] == [(per_article * n_articles,)], table
    assert db.query("SELECT count(*) FROM article_persons WHERE article_id NOT IN (SELECT id FROM articles)")[1] \
        == [(0,)]


def test_batch_of_stored_and_new_articles_replaces_the_stored_one(db: Database) -> None:
    """A batch whose articles are all new skips the per-table deletes; one stored article among new
    ones still has its old rows removed (and its old person dropped as an orphan)."""
    db.write_articles([make_article("a1", person="Nguyễn Văn A")])
    db.write_articles([make_article("a2"), make_article("a1", person="Trần Văn B")])
    _, rows = db.query("SELECT article_id, name FROM article_persons ORDER BY article_id")
    assert [r[0] for r in rows] == ["a1", "a2"] and rows[0][1] == "Trần Văn B"
    _, rows = db.query("SELECT count(*) FROM persons WHERE name = 'Nguyễn Văn A'")
    assert rows == [(0,)]
    _, rows = db.query("SELECT article_id, person_id FROM person_identities ORDER BY article_id")
    assert [r[0] for r in rows] == ["a1", "a2"] and rows[0][1] == "trần văn b"


def test_insert_rows_stores_what_executemany_stores() -> None:
    from nqextract.identity import insert_rows

    con = duckdb.connect()
    for name in ("a", "b"):
        con.execute(f"CREATE TABLE {name} (s VARCHAR, i INTEGER, d DATE, n VARCHAR)")
    rows = [("x", 1, "2025-07-01", None), ("Đà Nẵng", 2_000_000, None, "y"), ("", -3, "1999-12-31", "")]
    con.executemany("INSERT INTO a VALUES (?, ?, ?, ?)", rows)
    insert_rows(con, "b", rows, ("string", "int32", "string", "string"))
    assert con.execute("SELECT * FROM b").fetchall() == con.execute("SELECT * FROM a").fetchall()
