"""`nqextract serve`: a warm process answers `extract` with exactly the output of a cold one."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nqextract import warm
from nqextract.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "raw"
VN_TEXT = "Chiều 4/3/2025, Tổng Bí thư Tô Lâm chủ trì cuộc họp của Bộ Chính trị về Nghị quyết số 57-NQ/TW.\n"
runner = CliRunner()


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture()
def short_dir():
    """A folder with a short path (a Unix socket's path is limited to about 100 bytes)."""
    import shutil
    import tempfile

    path = tempfile.mkdtemp(prefix="nqw")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture()
def server(short_dir, monkeypatch):
    """A server in a thread, its socket in a private folder; yields the socket path."""
    monkeypatch.setenv("NQEXTRACT_WARM_DIR", short_dir)
    monkeypatch.delenv("NQEXTRACT_NO_WARM", raising=False)
    ready, stop = threading.Event(), threading.Event()
    found: list[Path] = []
    status: list[int] = []

    def on_ready(path: Path) -> None:
        found.append(path)
        ready.set()

    thread = threading.Thread(target=lambda: status.append(warm.serve(None, 600, on_ready, stop)), daemon=True)
    thread.start()
    assert ready.wait(120), "the server did not start"
    yield found[0]
    stop.set()
    thread.join(30)
    assert status == [0] and not found[0].exists()  # the server removes its socket on the way out


def cold(monkeypatch, *args: object):
    monkeypatch.setenv("NQEXTRACT_NO_WARM", "1")
    result = invoke(*args)
    monkeypatch.delenv("NQEXTRACT_NO_WARM")
    return result


def test_warm_output_is_the_cold_output(server, monkeypatch, tmp_path):
    calls: list[object] = []
    real = warm._answers
    monkeypatch.setattr(warm, "_answers", lambda sock: calls.append(sock) or real(sock))
    (tmp_path / "a.txt").write_text(VN_TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    for args in (["a.txt"], ["a.txt", "--published", "2025-03-05"], [SAMPLE], ["a.txt", "-f", "table"],
                 ["empty.txt", "a.txt"]):
        hot = invoke("extract", *args)
        assert (hot.exit_code, hot.stdout, hot.stderr) == (lambda r: (r.exit_code, r.stdout, r.stderr))(
            cold(monkeypatch, "extract", *args)), args
    assert len(calls) == 5  # every call above was answered by the server
    assert '"source":"a.txt"' in invoke("extract", "a.txt").stdout  # the path as typed, not resolved


def test_a_published_date_does_not_stick_to_the_server(server, tmp_path):
    (tmp_path / "a.txt").write_text(VN_TEXT, encoding="utf-8")
    assert '"published":"2025-03-05"' in invoke("extract", tmp_path / "a.txt", "--published", "2025-03-05").stdout
    assert '"published":null' in invoke("extract", tmp_path / "a.txt").stdout


def test_no_server_for_other_rules_or_other_code(server, tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    assert warm.socket_path(None, server_max_chars()) == server
    assert warm.socket_path(rules, server_max_chars()) != server
    assert warm.request(["x.txt"], None, rules, server_max_chars()) is None
    assert warm.socket_path(None, server_max_chars() + 1) != server


def server_max_chars() -> int:
    from nqextract.settings import Settings

    return Settings().max_chars


def test_the_key_follows_every_package_file(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    (package / "data").mkdir(parents=True)
    (package / "data" / "titles.tsv").write_text("a\n")
    monkeypatch.setattr(warm, "_PACKAGE", package)
    before = warm.server_key(None, 1000)
    (package / "data" / "titles.tsv").write_text("ab\n")
    assert warm.server_key(None, 1000) != before
    (package / "__pycache__").mkdir()
    after = warm.server_key(None, 1000)
    (package / "__pycache__" / "x.pyc").write_bytes(b"x")
    assert warm.server_key(None, 1000) == after  # compiled files are not the code


def test_a_stale_socket_is_no_server(short_dir, monkeypatch):
    import socket

    monkeypatch.setenv("NQEXTRACT_WARM_DIR", short_dir)
    monkeypatch.delenv("NQEXTRACT_NO_WARM", raising=False)
    path = warm.socket_path(None, server_max_chars())
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))
    dead.close()  # the file stays, nobody listens
    assert path.exists() and warm.request(["x.txt"], None, None, server_max_chars()) is None


def test_a_long_folder_falls_back_to_a_short_private_one(tmp_path, monkeypatch):
    monkeypatch.setenv("NQEXTRACT_WARM_DIR", str(tmp_path / ("x" * 120)))
    path = warm.socket_path(None, server_max_chars())
    assert len(str(path)) <= 100 and path.parent.name == f"nqextract-{os.getuid()}"


def test_a_bad_request_does_not_stop_the_server(server, tmp_path):
    import socket

    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as bad:
        bad.connect(str(server))
        bad.sendall(b"not json\n")
        assert bad.recv(100) == b""  # closed without an answer
    (tmp_path / "a.txt").write_text(VN_TEXT, encoding="utf-8")
    answers = list(warm.request([str(tmp_path / "a.txt")], None, None, server_max_chars()) or [])
    assert [kind for kind, _ in answers] == ["article"]


def test_a_client_that_sends_nothing_is_dropped_and_the_next_one_served(short_dir, monkeypatch, tmp_path, capfd):
    """A client that connects and never sends its request does not hold the server: it is dropped after the
    server's wait for a request, with a message on the server's stderr, and a client that connected meanwhile
    (waiting for the server, as a client waits for another run to finish) gets its answer."""
    import socket

    monkeypatch.setenv("NQEXTRACT_WARM_DIR", short_dir)
    monkeypatch.delenv("NQEXTRACT_NO_WARM", raising=False)
    ready, stop = threading.Event(), threading.Event()
    found: list[Path] = []
    thread = threading.Thread(target=lambda: warm.serve(None, 600, lambda p: (found.append(p), ready.set()), stop,
                                                        request_wait=1.0), daemon=True)
    thread.start()
    try:
        assert ready.wait(120), "the server did not start"
        (tmp_path / "a.txt").write_text(VN_TEXT, encoding="utf-8")
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as silent:
            silent.connect(str(found[0]))
            answers: list[list] = []
            waiting = threading.Thread(target=lambda: answers.append(list(
                warm.request([str(tmp_path / "a.txt")], None, None, server_max_chars()) or [])), daemon=True)
            waiting.start()
            waiting.join(120)  # a generous bound: the silent client is dropped after about a second
            assert answers and [kind for kind, _ in answers[0]] == ["article"]
            silent.settimeout(60)
            assert silent.recv(100) == b""  # closed without an answer
        assert "sent no request within 1 s" in capfd.readouterr().err
    finally:
        stop.set()
        thread.join(30)
