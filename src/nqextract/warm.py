"""A warm extraction process: ``nqextract serve`` loads the models and rules once and answers
``nqextract extract`` over a Unix socket, so that extracting one short text does not pay the start-up
(importing spaCy and underthesea, building the pipeline: about 2 s of CPU) on every call.

The socket's name is a key of everything the output depends on: the package version, the Python
interpreter, the size and modification time of every source and data file of the package, the files
of ``--rules`` and the character limit. A changed file or another rule set gives another key, so a
client never reaches a server whose output would differ from its own; without a server at its key,
``extract`` runs in its own process as always. The server answers one client at a time and exits
after ``idle`` seconds without a request.

Protocol: the client sends one JSON line ``{"cwd": DIR, "paths": [...], "published": "YYYY-MM-DD" |
null}`` (the paths as typed, read from the client's working directory, so sources print alike);
the server answers one line per input, ``article <Article JSON>`` or ``error <IngestError JSON>`` (the
JSON exactly as ``model_dump_json`` wrote it), then ``done`` (or ``fail <JSON string>`` when the whole
request fails).
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import NQError
from .version import __version__

DEFAULT_IDLE = 900.0  # seconds a server waits for a request before it exits
_PACKAGE = Path(__file__).resolve().parent
_SKIP_DIRS = {"__pycache__"}


def _tree_state(root: Path, h: Any) -> None:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in _SKIP_DIRS)
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            h.update(f"{os.path.relpath(path, root)}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())


def server_key(rules_dir: Path | None, max_chars: int) -> str:
    """What a server's output depends on, hashed: two processes with the same key extract alike."""
    h = hashlib.sha256()
    h.update(f"{__version__}\0{sys.executable}\0{sys.version}\0{max_chars}\n".encode())
    _tree_state(_PACKAGE, h)
    if rules_dir is not None:
        h.update(f"rules\0{Path(rules_dir).resolve()}\n".encode())
        _tree_state(Path(rules_dir).resolve(), h)
    return h.hexdigest()[:24]


def socket_dir() -> Path:
    """$NQEXTRACT_WARM_DIR, else $XDG_RUNTIME_DIR/nqextract, else the user cache dir's nqextract/."""
    if env := os.environ.get("NQEXTRACT_WARM_DIR"):
        return Path(env)
    if runtime := os.environ.get("XDG_RUNTIME_DIR"):
        return Path(runtime) / "nqextract"
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "nqextract"


_SUN_PATH_MAX = 100  # a Unix socket's path must fit in about 104-108 bytes


def socket_path(rules_dir: Path | None, max_chars: int) -> Path:
    """The socket of a server for this configuration; in a private folder of the temporary
    directory when the usual folder's path is too long for a socket."""
    name = f"warm-{server_key(rules_dir, max_chars)}.sock"
    path = socket_dir() / name
    if len(os.fsencode(path)) > _SUN_PATH_MAX:
        import tempfile

        path = Path(tempfile.gettempdir()) / f"nqextract-{os.getuid()}" / name
    return path


# --------------------------------------------------------------------------- client


def request(paths: list[str], published: Any, rules_dir: Path | None,
            max_chars: int) -> Iterator[tuple[str, str]] | None:
    """The answers of a running server at this configuration's key, (kind, JSON) per input; None when
    no server answers (the caller then extracts in its own process)."""
    if os.environ.get("NQEXTRACT_NO_WARM"):
        return None
    path = socket_path(rules_dir, max_chars)
    if not path.exists():
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(str(path))
        line = json.dumps({"cwd": os.getcwd(), "paths": [str(p) for p in paths],
                           "published": published.isoformat() if published else None})
        sock.sendall(line.encode("utf-8") + b"\n")
    except OSError:
        sock.close()
        return None
    return _answers(sock)


def _answers(sock: socket.socket) -> Iterator[tuple[str, str]]:
    with sock, sock.makefile("rb") as stream:
        for raw in stream:
            kind, _, payload = raw.decode("utf-8").rstrip("\n").partition(" ")
            if kind == "done":
                return
            yield kind, payload
            if kind == "fail":
                return
    raise NQError("the `nqextract serve` process ended before its answer was complete")


# --------------------------------------------------------------------------- server


def serve(rules_dir: Path | None = None, idle: float = DEFAULT_IDLE, ready: Any = None, stop: Any = None) -> int:
    """Load the pipeline, then answer requests until ``idle`` seconds pass without one (or the
    ``stop`` event is set). Returns 0, or 3 when another server already answers at this key.
    ``ready``: called with the socket path once the server accepts requests."""
    import time

    from .engines.base import local_extractor
    from .settings import Settings

    settings = Settings(rules_dir=rules_dir, workers=1)
    extractor = local_extractor(settings)  # the models and rules, loaded once
    path = socket_path(rules_dir, settings.max_chars)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.parent.stat().st_uid != os.getuid():
        raise PermissionError(f"{path.parent} belongs to another user")
    if path.exists():
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            probe.connect(str(path))
            probe.close()
            return 3  # another server is alive at this key
        except OSError:
            path.unlink(missing_ok=True)  # a stale socket of a server that died
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    tmp = path.with_name(f"{path.name[:20]}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    listener.bind(str(tmp))
    os.chmod(tmp, 0o600)
    inode = os.stat(tmp).st_ino
    listener.listen(8)
    os.replace(tmp, path)  # clients see the socket only once it listens
    listener.settimeout(min(idle, 1.0))
    last = time.monotonic()
    if ready is not None:
        ready(path)
    try:
        while True:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                if time.monotonic() - last >= idle or (stop is not None and stop.is_set()):
                    return 0
                continue
            with conn:
                conn.settimeout(None)
                try:
                    _answer(conn, extractor, settings)
                except Exception:  # noqa: BLE001 - a client that went away, sent garbage or hit a bug:
                    pass  # it is told the answer is incomplete; the server serves the next one
            last = time.monotonic()
    finally:
        listener.close()
        try:
            if os.stat(path).st_ino == inode:  # still ours, not a newer server's
                path.unlink()
        except OSError:
            pass


def _answer(conn: socket.socket, extractor: Any, settings: Any) -> None:
    import datetime as dt

    from .engines.base import process_one
    from .models import IngestError
    from .sources import read_inputs

    with conn.makefile("rb") as rfile:
        line = rfile.readline()
    req = json.loads(line)
    published = dt.date.fromisoformat(req["published"]) if req.get("published") else None
    extractor.settings = settings.model_copy(update={"published": published})
    out = conn.makefile("wb")
    home = os.getcwd()
    try:
        os.chdir(req["cwd"])
        for item in read_inputs(req["paths"]):
            result = item if isinstance(item, IngestError) else process_one(extractor, item)
            kind = "error" if isinstance(result, IngestError) else "article"
            out.write(f"{kind} {result.model_dump_json()}\n".encode())
            out.flush()
        out.write(b"done\n")
    except NQError as exc:
        out.write(f"fail {json.dumps(str(exc))}\n".encode())
    finally:
        os.chdir(home)
        extractor.settings = settings
        out.close()
