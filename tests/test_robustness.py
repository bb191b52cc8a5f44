"""Nothing lost, nothing hung: non-regular files, huge and malformed inputs, killed runs, order-independent
stores. Real files, real DuckDB, real subprocesses; synchronized on events, never on a time window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT
from nqextract.models import IngestError

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
