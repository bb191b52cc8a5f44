"""`nqextract serve --workers N`: a warm pool extracts for `ingest` and `extract -w N`; the store and the
output are exactly those of a run without it, and a server that goes away loses no article.

Real server processes on a real socket, real DuckDB files; nothing is timed here (speed is the bench's).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import pytest

from conftest import SAMPLE

ROOT = Path(__file__).resolve().parents[1]
VN_TEXT = "Chiều 4/3/2025, Tổng Bí thư Tô Lâm chủ trì cuộc họp của Bộ Chính trị về Nghị quyết số 57-NQ/TW.\n"
# what differs between two runs of the same inputs: the run's id and clocks, the process
RUN_COLUMNS = {"run_id", "ingested_at", "started", "finished", "pid", "at", "applied_at"}


def same_tables(db_a: Path, db_b: Path) -> list[str]:
    """The tables whose rows differ (every table, every column but a run's own id, clocks and pid)."""
    a, b = duckdb.connect(str(db_a), read_only=True), duckdb.connect(str(db_b), read_only=True)
    try:
        tables = [t for (t,) in a.execute("SELECT table_name FROM information_schema.tables "
                                          "WHERE table_type = 'BASE TABLE' ORDER BY 1").fetchall()]
        assert tables == [t for (t,) in b.execute("SELECT table_name FROM information_schema.tables "
                                                  "WHERE table_type = 'BASE TABLE' ORDER BY 1").fetchall()]
        differ = []
        for table in tables:
            columns = [c for (c,) in a.execute("SELECT column_name FROM information_schema.columns WHERE "
                                               "table_name = ? ORDER BY ordinal_position", [table]).fetchall()]
            cols = ", ".join(f'"{c}"' for c in columns if c not in RUN_COLUMNS)
            rows_a = sorted(a.execute(f'SELECT {cols} FROM "{table}"').fetchall(), key=repr)
            rows_b = sorted(b.execute(f'SELECT {cols} FROM "{table}"').fetchall(), key=repr)
            if rows_a != rows_b:
                differ.append(table)
        return differ
    finally:
        a.close()
        b.close()


def env(folder: str, **more: str) -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k != "NQEXTRACT_NO_WARM"}
    return {**out, "NQEXTRACT_WARM_DIR": folder, "PYTHONPATH": str(ROOT / "src"), **more}


def start_server(folder: str, workers: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "nqextract", "serve", "--workers", str(workers), "--idle", "600"],
                            env=env(folder), stderr=subprocess.PIPE, text=True)
    line = proc.stderr.readline()  # printed once the server accepts requests
    assert "warm worker" in line, line
    return proc


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        proc.wait(60)


@pytest.fixture(scope="module")
def pool():
    """A `nqextract serve --workers 2` process, its socket in a private short folder."""
    folder = tempfile.mkdtemp(prefix="nqp")
    proc = start_server(folder, 2)
    yield folder, proc
    stop_server(proc)
    assert proc.returncode == 0 and not list(Path(folder).glob("*.sock"))  # gone, with its socket
    shutil.rmtree(folder, ignore_errors=True)


def inputs(tmp_path: Path) -> Path:
    """The sample articles, a text, an empty file and a JSONL file with a bad line (errors recorded)."""
    folder = tmp_path / "in"
    shutil.copytree(SAMPLE, folder)
    (folder / "a.txt").write_text(VN_TEXT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "more.jsonl").write_text(json.dumps({"text": VN_TEXT, "url": "https://x.vn/1"}) + "\n{not json\n",
                                       encoding="utf-8")
    return folder


def cli(folder: str, *args: object, cwd: Path, **more: str) -> subprocess.CompletedProcess:
    """The command in a new process; stdout ends with one line saying whether it loaded the pipeline."""
    code = ("import sys\nfrom nqextract.cli import app\ntry:\n    app(sys.argv[1:])\nexcept SystemExit as e:\n"
            "    code = e.code\nprint('loaded' if 'nqextract.pipeline' in sys.modules else 'served')\n"
            "sys.exit(code)")
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], env=env(folder, **more), cwd=cwd,
                          capture_output=True, text=True, timeout=900)


def test_ingest_through_the_pool_stores_what_a_run_without_it_stores(pool, tmp_path):
    folder, _ = pool
    src = inputs(tmp_path)
    served = cli(folder, "ingest", src, "--db", tmp_path / "served.duckdb", "-w", "2", "--batch-size", "3",
                 cwd=tmp_path)
    alone = cli(folder, "ingest", src, "--db", tmp_path / "alone.duckdb", "-w", "1", cwd=tmp_path,
                NQEXTRACT_NO_WARM="1")
    assert served.stdout.splitlines()[-1] == "served" and alone.stdout.splitlines()[-1] == "loaded"
    assert served.returncode == alone.returncode == 1  # the empty file and the bad JSONL line failed
    assert sorted(served.stderr.splitlines()) == sorted(alone.stderr.splitlines())  # the same errors
    assert same_tables(tmp_path / "served.duckdb", tmp_path / "alone.duckdb") == []
    assert duckdb.connect(str(tmp_path / "served.duckdb"), read_only=True).execute(
        "SELECT count(*) FROM errors").fetchone()[0] == 2
    # one worker of the pool (-w 1) and again into the same file: replaced, still the same content
    again = cli(folder, "ingest", src, "--db", tmp_path / "served.duckdb", "-w", "1", cwd=tmp_path)
    assert again.stdout.splitlines()[-1] == "served"
    cold = cli(folder, "ingest", src, "--db", tmp_path / "alone.duckdb", "-w", "2", cwd=tmp_path,
               NQEXTRACT_NO_WARM="1")
    assert cold.stdout.splitlines()[-1] == "loaded"
    assert same_tables(tmp_path / "served.duckdb", tmp_path / "alone.duckdb") == []


def test_extract_with_workers_through_the_pool_prints_what_it_prints_alone(pool, tmp_path):
    folder, _ = pool
    src = inputs(tmp_path)
    served = cli(folder, "extract", src, "-w", "2", "--published", "2025-03-05", cwd=tmp_path)
    alone = cli(folder, "extract", src, "-w", "2", "--published", "2025-03-05", cwd=tmp_path,
                NQEXTRACT_NO_WARM="1")
    assert served.stdout.splitlines()[-1] == "served" and alone.stdout.splitlines()[-1] == "loaded"
    assert sorted(served.stdout.splitlines()[:-1]) == sorted(alone.stdout.splitlines()[:-1])
    assert sorted(served.stderr.splitlines()) == sorted(alone.stderr.splitlines())
    assert '"published":"2025-03-05"' in served.stdout
    # the date was this run's only: the next run without it gets none
    after = cli(folder, "extract", src / "a.txt", src / "empty.txt", "-w", "2", cwd=tmp_path)
    assert after.stdout.splitlines()[-1] == "served" and '"published":null' in after.stdout


def test_a_run_closed_unread_leaves_the_pool_serving(pool, tmp_path):
    """The pool starts on a run's inputs before its first answer is asked for (``ingest`` records the
    run meanwhile); a run closed unread (the store could not be opened) ends, and the next run gets
    every answer."""
    folder, _ = pool
    lines = [json.dumps({"text": VN_TEXT.replace("4/3", f"{d}/3"), "url": f"https://x.vn/{d}"}) for d in range(1, 9)]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from nqextract.ingest import extract_articles, served_articles\n"
        "from nqextract.settings import Settings\n"
        "from nqextract.sources import read_inputs\n"
        "served = served_articles(read_inputs([sys.argv[1]]), Settings(workers=2))\n"
        "assert served is not None\n"
        "served.close()\n"
        "seen = [r.url for r in extract_articles(read_inputs([sys.argv[1]]), Settings(workers=2), warm=True)]\n"
        "assert 'nqextract.pipeline' not in sys.modules\n"
        "print(' '.join(seen))\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path / "in.jsonl")], env=env(folder),
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr
    assert sorted(run.stdout.split()) == sorted(f"https://x.vn/{d}" for d in range(1, 9))


def test_a_server_killed_mid_run_loses_no_article(tmp_path):
    """The server is killed (SIGKILL) once the run has its first answer: the articles it had not
    answered and the rest are extracted by the client itself, each exactly once."""
    folder = tempfile.mkdtemp(prefix="nqk")
    proc = start_server(folder, 1)
    try:
        lines = [json.dumps({"text": VN_TEXT.replace("4/3", f"{d}/3"), "url": f"https://x.vn/{d}"})
                 for d in range(1, 13)]
        (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        code = (
            "import os, signal, sys\n"
            "from nqextract.ingest import extract_articles\n"
            "from nqextract.settings import Settings\n"
            "from nqextract.sources import read_inputs\n"
            "seen = []\n"
            "for result in extract_articles(read_inputs([sys.argv[1]]), Settings(workers=1), warm=True):\n"
            "    if not seen:\n"
            "        assert 'nqextract.pipeline' not in sys.modules\n"
            "        os.kill(int(sys.argv[2]), signal.SIGKILL)\n"
            "    seen.append(result.url)\n"
            "print(' '.join(seen))\n"
        )
        run = subprocess.run([sys.executable, "-c", code, str(tmp_path / "in.jsonl"), str(proc.pid)],
                             env=env(folder), capture_output=True, text=True, timeout=900)
        assert run.returncode == 0, run.stderr
        assert sorted(run.stdout.split()) == sorted(f"https://x.vn/{d}" for d in range(1, 13))
        assert "went away during the run" in run.stderr
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(60)
        shutil.rmtree(folder, ignore_errors=True)


def test_a_server_without_a_pool_leaves_the_run_to_its_own_processes(monkeypatch):
    from nqextract import warm
    from nqextract.settings import Settings

    folder = tempfile.mkdtemp(prefix="nqn")
    proc = subprocess.Popen([sys.executable, "-m", "nqextract", "serve", "--idle", "600"], env=env(folder),
                            stderr=subprocess.PIPE, text=True)
    try:
        assert "extracting for" in proc.stderr.readline()
        monkeypatch.setenv("NQEXTRACT_WARM_DIR", folder)
        monkeypatch.delenv("NQEXTRACT_NO_WARM", raising=False)
        assert warm.socket_path(None, Settings().max_chars).exists()
        assert warm.pool_results([], Settings(workers=2), None, iter) is None  # answered "nopool"
    finally:
        stop_server(proc)
        shutil.rmtree(folder, ignore_errors=True)
