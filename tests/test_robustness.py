"""Nothing lost, nothing hung: non-regular files, huge and malformed inputs, killed runs, order-independent
stores. Real files, real DuckDB, real subprocesses; synchronized on events, never on a time window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from nqextract.models import IngestError, RawArticle

VN_TEXT = "Chiều 4/3/2025, Tổng Bí thư Tô Lâm chủ trì cuộc họp của Bộ Chính trị về Nghị quyết số 57-NQ/TW.\n"
# a guard against a hang, not a time window: the commands below finish in seconds
HANG_GUARD = 600


def run_python(code: str, *args: str, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=HANG_GUARD, env=env, cwd=ROOT, **kw)


# --------------------------------------------------------------------------- FIFOs and other non-regular files


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_named_txt_is_skipped_with_an_error_and_the_rest_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(VN_TEXT, encoding="utf-8")
    os.mkfifo(folder / "b.txt")  # nobody ever writes to it: opening it for reading would block for ever
    os.mkfifo(folder / "b2.meta.json")
    (folder / "b2.txt").write_text(VN_TEXT, encoding="utf-8")  # its sidecar is a FIFO
    (folder / "c.txt").write_text(VN_TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "alone.jsonl")
    code = ("import sys; from nqextract.sources import read_inputs\n"
            "for x in read_inputs(sys.argv[1:]): print(type(x).__name__, x.source, getattr(x, 'message', ''))")
    result = run_python(code, str(folder), str(tmp_path / "alone.jsonl"))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("RawArticle") and lines[0].split()[1].endswith("a.txt")
    assert lines[1].startswith("IngestError") and "b.txt" in lines[1] and "not a regular file (a FIFO)" in lines[1]
    assert lines[2].startswith("IngestError") and "b2.txt" in lines[2] and "b2.meta.json" in lines[2]
    assert lines[3].startswith("RawArticle") and lines[3].split()[1].endswith("c.txt")
    assert lines[4].startswith("IngestError") and "alone.jsonl" in lines[4] and "FIFO" in lines[4]
    assert len(lines) == 5


def test_a_device_is_not_read(tmp_path: Path) -> None:
    from nqextract.sources import read_file

    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")  # endless: reading it would never stop
    (out,) = list(read_file(link))
    assert isinstance(out, IngestError) and "not a regular file (a character device)" in out.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_ingest_goes_past_a_fifo(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(VN_TEXT, encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    (folder / "c.txt").write_text(VN_TEXT.replace("57", "58"), encoding="utf-8")
    db = tmp_path / "x.duckdb"
    code = "from nqextract.cli import app; app()"
    result = run_python(code, "ingest", str(folder), "--db", str(db), "--workers", "1")
    assert result.returncode == 1, result.stderr
    assert "ingested 2 of 3 inputs (1 failed)" in result.stdout
    from nqextract.db import Database

    rows = Database(db, read_only=True).query("SELECT source, message FROM errors")[1]
    assert len(rows) == 1 and rows[0][0].endswith("b.txt") and "FIFO" in rows[0][1]


# --------------------------------------------------------------------------- huge, binary, mis-decoded, deep inputs

BODY = ("Thủ tướng Phạm Minh Chính yêu cầu các bộ, ngành khẩn trương hoàn thành việc sắp xếp tổ chức bộ máy "
        "trước ngày 30/6/2025, bảo đảm hoạt động thông suốt, hiệu quả, không để gián đoạn công việc. ")


def _article_page(*, date_meta: str = "", depth: int = 0) -> str:
    paragraphs = "".join(f"<p>{BODY * 2} Đoạn {i}.</p>" for i in range(5))
    return ("<html><head><title>Thủ tướng chỉ đạo sắp xếp bộ máy</title>"
            '<meta property="og:type" content="article">'
            '<meta property="og:title" content="Thủ tướng chỉ đạo sắp xếp bộ máy">'
            f"{date_meta}</head><body><h1>Thủ tướng chỉ đạo sắp xếp bộ máy</h1>"
            + "<div>" * depth + f'<div itemprop="articleBody">{paragraphs}</div>' + "</div>" * depth
            + "</body></html>")


def test_an_html_page_without_date_metadata_gets_no_date_from_its_body() -> None:
    from nqextract.clean import clean_html

    out = clean_html(_article_page(), source="p.html")
    assert "30/6/2025" in out.text
    assert out.published is None  # a deadline in the body is not the article's date


def test_an_html_page_keeps_its_declared_date() -> None:
    import datetime as dt

    from nqextract.clean import clean_html

    page = _article_page(date_meta='<meta property="article:published_time" content="2025-05-02T08:00:00+07:00">')
    assert clean_html(page, source="p.html").published == dt.date(2025, 5, 2)


def test_published_option_wins_over_the_page_date(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(_article_page(date_meta='<meta property="article:published_time" content="2025-05-02">'),
                    encoding="utf-8")
    code = "from nqextract.cli import app; app()"
    result = run_python(code, "extract", str(page), "--published", "2025-01-15", "--workers", "1")
    assert result.returncode == 0, result.stderr
    import json

    article = json.loads(result.stdout)
    assert article["published"] == "2025-01-15"


@pytest.mark.parametrize("depth", [300, 1500])
def test_deeply_nested_html_is_parsed(depth: int) -> None:
    from nqextract.clean import clean_html

    out = clean_html(_article_page(depth=depth), source="deep.html")
    assert out.text.count("Thủ tướng Phạm Minh Chính") >= 5


def test_html_nested_past_the_parser_limit_says_so() -> None:
    from nqextract.clean import clean_html
    from nqextract.errors import CleanError

    with pytest.raises(CleanError, match="nested deeper than"):
        clean_html(_article_page(depth=3000), source="deeper.html")


def test_nul_characters_are_one_rule_everywhere(tmp_path: Path) -> None:
    from nqextract.clean import clean_html, clean_text
    from nqextract.errors import CleanError
    from nqextract.sources import read_file, record_to_raw

    late = tmp_path / "late.txt"
    late.write_bytes((VN_TEXT * 200).encode("utf-8") + b"\x00" + VN_TEXT.encode("utf-8"))
    early = tmp_path / "early.txt"
    early.write_bytes(b"\x00" + VN_TEXT.encode("utf-8"))
    for path in (early, late):
        (out,) = list(read_file(path))
        assert isinstance(out, IngestError) and "NUL" in out.message, (path.name, out)
    with pytest.raises(Exception, match="NUL"):
        record_to_raw({"text": VN_TEXT + "\x00" + VN_TEXT}, "x.jsonl:1")
    with pytest.raises(CleanError, match="NUL"):
        clean_text(VN_TEXT * 3 + "\x00")
    with pytest.raises(CleanError, match="NUL"):
        clean_html(_article_page().replace("Đoạn 3", "Đoạn \x00 3"))


def _mojibake(text: str) -> str:
    import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252, what browsers decode windows-1252 as

    return text.encode("utf-8").decode("sloppy-windows-1252")


def test_mojibake_is_repaired(extractor) -> None:
    text = "Thủ tướng Phạm Minh Chính chủ trì cuộc họp của Chính phủ.\n\n" + BODY * 3 + "\n"
    broken = _mojibake(text)
    assert "Thá»§ tÆ°á»›ng" in broken
    from nqextract.clean import clean_text

    assert clean_text(broken).text.startswith("Thủ tướng Phạm Minh Chính chủ trì")
    article = extractor.process(RawArticle(source="m.txt", text=broken))
    assert "Phạm Minh Chính" in {p.name for p in article.persons}
    good = clean_text(text)
    assert clean_text(text).text == good.text  # good text is left as it is


def test_mojibake_in_html_is_repaired() -> None:
    from nqextract.clean import clean_html

    out = clean_html(_mojibake(_article_page()), source="m.html")
    assert "Thủ tướng Phạm Minh Chính" in out.text and out.title == "Thủ tướng chỉ đạo sắp xếp bộ máy"


def test_a_huge_text_gets_one_clear_size_error_before_cleaning(extractor) -> None:
    from nqextract.errors import NQError

    huge = "Thủ tướng chủ trì cuộc họp. " * 40_000  # 1.1 million characters
    with pytest.raises(NQError) as info:
        extractor.process(RawArticle(source="huge.txt", text=huge))
    message = str(info.value)
    assert "E088" not in message and "1,000,000 characters" in message and "NQEXTRACT_MAX_CHARS" in message
    assert info.value.stage == "read"  # refused before the cleaner spent any time on it
    with pytest.raises(NQError, match="1,000,000 characters"):
        extractor.process(RawArticle(source="huge.html", html=_article_page().replace("Đoạn 3", huge)))


def test_the_size_limit_is_a_setting() -> None:
    from nqextract.errors import NQError
    from nqextract.pipeline import check_size
    from nqextract.settings import Settings

    raw = RawArticle(source="a.txt", text="x" * 5000)
    check_size(raw, Settings(max_chars=5000))
    with pytest.raises(NQError, match="5,000 characters, more than the limit of 4,000"):
        check_size(raw, Settings(max_chars=4000))
    env = dict(os.environ, NQEXTRACT_MAX_CHARS="2000000")
    result = subprocess.run([sys.executable, "-c", "from nqextract.settings import Settings; "
                             "print(Settings().max_chars)"], capture_output=True, text=True, env=env,
                            timeout=HANG_GUARD)
    assert result.stdout.strip() == "2000000", result.stderr


# --------------------------------------------------------------------------- order-independent store


@pytest.mark.parametrize("batches", ["one batch", "two batches", "merged tables"])
def test_a_persons_stored_name_does_not_depend_on_article_order(tmp_path: Path, batches: str) -> None:
    from nqextract.db import Database, article_tables, concat_tables
    from test_db import make_article

    old = make_article("old", person="Nguyễn Thanh Hoà")   # old-style tone placement
    new = make_article("new", person="Nguyễn Thanh Hòa")   # new-style: the canonical form
    caps = make_article("caps", person="NGUYỄN THANH HÒA")
    stored = []
    for order in ([old, caps, new], [new, old, caps], [caps, new, old]):
        db = Database(tmp_path / f"{batches}-{order[0].id}.duckdb")
        if batches == "one batch":
            db.write_articles(order)
        elif batches == "two batches":
            for art in order:
                db.write_articles([art])
        else:
            db.write_tables(concat_tables([article_tables([a]) for a in order]))
        stored.append(db.query("SELECT person_id, name FROM persons WHERE name ILIKE 'nguy%'")[1])
        bodies = db.query("SELECT count(*) FROM bodies")[1]
        assert bodies == [(3,)]
    assert stored[0] == stored[1] == stored[2] == [("nguyễn thanh hòa", "Nguyễn Thanh Hòa")]


# --------------------------------------------------------------------------- killed runs


def test_a_run_whose_process_died_is_marked_aborted_by_the_next_run(tmp_path: Path) -> None:
    from nqextract.db import Database

    path = tmp_path / "x.duckdb"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])  # a process id that is certainly gone
    dead.wait()
    db = Database(path)
    stale = db.start_run("ingest", ["a"])
    with duckdb_connection(path) as con:
        con.execute("UPDATE runs SET pid = ? WHERE run_id = ?", [dead.pid, stale])
    mine = db.start_run("ingest", ["b"])  # this process is alive: its own run stays running
    fresh = Database(path).start_run("ingest", ["c"])
    status = dict(Database(path, read_only=True).query("SELECT run_id, status FROM runs")[1])
    assert status == {stale: "aborted", mine: "running", fresh: "running"}
    message = Database(path, read_only=True).query("SELECT message FROM runs WHERE run_id = ?", [stale])[1][0][0]
    assert "process" in message and str(dead.pid) in message


def duckdb_connection(path: Path):
    import contextlib

    import duckdb

    @contextlib.contextmanager
    def connect():
        con = duckdb.connect(str(path))
        try:
            yield con
        finally:
            con.close()

    return connect()


def test_kill_9_of_an_ingest_leaves_no_traceback_and_no_run_running_for_ever(tmp_path: Path) -> None:
    import signal

    from nqextract.db import Database

    folder = tmp_path / "in"
    folder.mkdir()
    # far more articles than can be written between the first write and the kill (workers fork after
    # loading the models, so eight short articles could all be done by then)
    for i in range(200):
        (folder / f"a{i}.txt").write_text(VN_TEXT.replace("57", str(60 + i)) * (3 + i % 3), encoding="utf-8")
    db = tmp_path / "x.duckdb"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-c", "from nqextract.cli import app; app()", "ingest", str(folder),
                             "--db", str(db), "--workers", "2", "--batch-size", "1", "--no-progress"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    # wait for the event "the first article is written": the workers are busy with the next ones
    written = 0
    while written == 0 and proc.poll() is None:
        if db.exists():
            try:
                written = Database(db, read_only=True, lock_timeout=HANG_GUARD).query(
                    "SELECT count(*) FROM articles")[1][0][0]
            except Exception:  # noqa: BLE001 - the file is still being created
                written = 0
    assert proc.poll() is None, "the ingest finished before it could be killed: give it more articles"
    os.kill(proc.pid, signal.SIGKILL)
    _, err = proc.communicate(timeout=HANG_GUARD)  # ends when the workers (holding stderr) have exited
    assert "Traceback" not in err and "BrokenPipe" not in err, err
    runs = Database(db, read_only=True).query("SELECT run_id, status FROM runs")[1]
    assert [s for _, s in runs] == ["running"]  # nobody could mark it yet
    Database(db).start_run("ingest", ["next"])
    status = dict(Database(db, read_only=True).query("SELECT run_id, status FROM runs")[1])
    assert status[runs[0][0]] == "aborted"
