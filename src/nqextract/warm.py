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

A warm pool (``nqextract serve --workers N``): the server also keeps N worker processes forked from
it once it has loaded everything (:class:`~nqextract.pool.WorkerPool`), and a run with worker
processes (``ingest``, ``extract -w N``) hands its articles to them instead of loading the models and
forking its own: it still reads the inputs and writes the store itself; only extraction moves. The
client sends ``{"pool": N, "published": ..., "timeout": SECONDS | null}`` and the server answers
``pool K`` (K = at most N of its workers work for this run) or ``nopool``; then both sides exchange
pickled messages over the same socket (multiprocessing's framing; the socket is the user's own, mode
0600 in a 0700 folder, and both ends run the same code, as the key says): the client sends
``("task", seq, RawArticle | IngestError)`` and finally ``("end",)``, the server answers
``("done", seq, Article | IngestError)`` for each, in completion order, then ``("end",)``. A client
keeps a bounded number of articles in flight; when the server goes away mid-run, the articles it had
not answered and the rest of the inputs are extracted in the client's own processes.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import NQError
from .version import __version__

DEFAULT_IDLE = 900.0  # seconds a server waits for a request before it exits
# seconds a server waits, once it has accepted a connection, for the client's request line: a client sends it
# as soon as it connects, so it is already there when the server turns to it, however long the client waited
# for another run to finish; a client that sends nothing is dropped instead of holding the server
REQUEST_WAIT = 30.0
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


# articles in flight per worker of a served pool: the workers stay fed while the client writes a batch (a
# batch of 50 short articles takes about as long as 4 of them take to extract)
POOL_WINDOW = 8


def pool_results(inputs: Iterable[Any], settings: Any, timeout: float | None,
                 fallback: Callable[[Iterable[Any]], Iterator[Any]]) -> Iterator[Any] | None:
    """Every input's Article or IngestError from the warm pool of a running ``nqextract serve
    --workers N`` at this configuration's key, in completion order, with at most ``settings.workers``
    of its workers on this run; None when there is no such pool (the caller then extracts itself).
    ``fallback(items)``: extracts the given items in this process's own way; called with the articles
    still unanswered and the rest of the inputs if the server goes away mid-run."""
    if os.environ.get("NQEXTRACT_NO_WARM"):
        return None
    path = socket_path(settings.rules_dir, settings.max_chars)
    if not path.exists():
        return None
    from multiprocessing.connection import Connection

    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(str(path))
        published = settings.published.isoformat() if settings.published else None
        line = json.dumps({"pool": settings.workers, "published": published, "timeout": timeout})
        sock.sendall(line.encode("utf-8") + b"\n")
        reply = _reply_line(sock)
    except OSError:
        sock.close()
        return None
    kind, _, size = reply.partition(" ")
    if kind != "pool" or not size.isdigit():
        sock.close()
        return None
    return _pooled(Connection(sock.detach()), int(size), inputs, fallback)


def _reply_line(sock: socket.socket) -> str:
    """The server's one-line reply, read byte by byte: nothing after it may be consumed here."""
    data = bytearray()
    while not data.endswith(b"\n"):
        chunk = sock.recv(1)
        if not chunk:
            break
        data += chunk
    return data.decode("utf-8").strip()


class Answers(Iterator[Any]):
    """A pooled run's answers: the inputs are already being sent (the workers start at once, not at
    the first ``next``); :meth:`close` also ends a run whose answers are never read."""

    def __init__(self, answers: Iterator[Any], cancel: Callable[[], None]) -> None:
        self._answers = answers
        self._cancel = cancel

    def __next__(self) -> Any:
        return next(self._answers)

    def close(self) -> None:
        close = getattr(self._answers, "close", None)
        if close is not None:
            close()
        self._cancel()


def _pooled(conn: Any, size: int, inputs: Iterable[Any], fallback: Callable[[Iterable[Any]], Iterator[Any]]
            ) -> Answers:
    """Send the inputs from a thread (never more than ``POOL_WINDOW * size`` unanswered), started now,
    while the returned iterator yields the answers; the thread sends, this side only receives, so
    neither waits on the other with a full socket."""
    items = iter(inputs)
    window = threading.Semaphore(POOL_WINDOW * size)
    unanswered: dict[int, Any] = {}
    lock = threading.Lock()
    stop = threading.Event()
    failure: list[BaseException] = []

    def send_all() -> None:
        seq = 0
        try:
            while True:
                window.acquire()
                if stop.is_set():
                    return
                try:
                    item = next(items)
                except StopIteration:
                    conn.send(("end",))
                    return
                seq += 1
                with lock:
                    unanswered[seq] = item
                conn.send(("task", seq, item))
        except (OSError, EOFError, ValueError):  # the server (or this side's connection) is gone
            return
        except BaseException as exc:  # reading the inputs failed: raised by the receiving side, in order
            failure.append(exc)
            try:
                conn.send(("end",))
            except (OSError, ValueError):
                pass

    sender = threading.Thread(target=send_all, name="nqextract-pool-client", daemon=True)

    def cancel() -> None:  # the answers' own ending, for a run whose answers were never read
        stop.set()
        window.release()
        conn.close()
        sender.join(timeout=1)

    sender.start()
    return Answers(_receive(conn, sender, window, unanswered, lock, stop, failure, items, fallback), cancel)


def _receive(conn: Any, sender: threading.Thread, window: threading.Semaphore, unanswered: dict[int, Any],
             lock: Any, stop: threading.Event, failure: list[BaseException], items: Iterator[Any],
             fallback: Callable[[Iterable[Any]], Iterator[Any]]) -> Iterator[Any]:
    """The answers of :func:`_pooled`'s run, in completion order; the unanswered inputs and the rest are
    extracted by ``fallback`` when the server goes away mid-run."""
    lost = "the `nqextract serve` process went away"
    try:
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError):
                break
            if message[0] == "done":
                with lock:
                    unanswered.pop(message[1], None)
                window.release()
                yield message[2]
            elif message[0] == "end":
                sender.join()
                if failure:
                    raise failure[0]
                return
            else:  # ("fail", text): the server could not go on with this run
                lost = f"the `nqextract serve` process could not go on ({message[1]})"
                break
    finally:  # also when the caller stops early (Ctrl-C): the sender ends at its next send
        stop.set()
        window.release()
        conn.close()
        sender.join(timeout=1)
    sender.join(timeout=60)
    if sender.is_alive():  # still inside the inputs (stdin that stays open): they cannot be shared
        raise NQError(f"{lost} during the run, and the inputs could not be taken back from its reader")
    with lock:
        left = [unanswered[k] for k in sorted(unanswered)]
    print(f"nqextract: {lost} during the run; extracting the {len(left)} unanswered articles and the rest "
          "of the inputs here", file=sys.stderr, flush=True)
    if failure:
        raise failure[0]
    yield from fallback(_chain(left, items))


def _chain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


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


def serve(rules_dir: Path | None = None, idle: float = DEFAULT_IDLE, ready: Any = None, stop: Any = None,
          workers: int = 0, request_wait: float = REQUEST_WAIT) -> int:
    """Load the pipeline, then answer requests until ``idle`` seconds pass without one (or the
    ``stop`` event is set). Returns 0, or 3 when another server already answers at this key.
    ``ready``: called with the socket path once the server accepts requests. ``workers``: the size
    of the warm pool kept for runs with worker processes (0: none; such runs then start their own).
    ``request_wait``: seconds an accepted client has to send its request line before it is dropped."""
    import time

    from .engines.base import loaded_extractor
    from .settings import Settings

    settings = Settings(rules_dir=rules_dir, workers=max(1, workers))
    pool = None
    if workers > 0:  # everything loaded and frozen before the fork, as a run with worker processes does
        from .pool import WorkerPool

        extractor = loaded_extractor(settings, freeze=True)
        pool = WorkerPool(settings, workers)
    else:
        from .engines.base import local_extractor

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
    listener: socket.socket | None = None
    tmp = path.with_name(f"{path.name[:20]}.{os.getpid()}.tmp")
    inode = None
    try:  # from the fork on, whatever fails stops the workers and closes the socket
        if pool is not None:
            pool.start()  # forked now: the workers hold no socket of the server's
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        tmp.unlink(missing_ok=True)
        if pool is not None:
            pool.close_in_worker = [listener]  # a worker started later (after a crash) closes it at once
        listener.bind(str(tmp))
        os.chmod(tmp, 0o600)
        inode = os.stat(tmp).st_ino
        listener.listen(8)
        os.replace(tmp, path)  # clients see the socket only once it listens
        listener.settimeout(min(idle, 1.0))
        last = time.monotonic()
        if ready is not None:
            ready(path)
        while True:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                if time.monotonic() - last >= idle or (stop is not None and stop.is_set()):
                    return 0
                continue
            with conn:
                try:
                    _answer(conn, extractor, settings, pool, request_wait)
                except TimeoutError:  # connected and sent nothing: the next client is served
                    print(f"nqextract serve: a client sent no request within {request_wait:g} s; dropped it",
                          file=sys.stderr, flush=True)
                except Exception:  # noqa: BLE001 - a client that went away, sent garbage or hit a bug:
                    pass  # it is told the answer is incomplete; the server serves the next one
            last = time.monotonic()
    finally:
        if pool is not None:
            pool.close()
        if listener is not None:
            listener.close()
        tmp.unlink(missing_ok=True)  # set up only in part
        try:
            if inode is not None and os.stat(path).st_ino == inode:  # still ours, not a newer server's
                path.unlink()
        except OSError:
            pass


def _answer(conn: socket.socket, extractor: Any, settings: Any, pool: Any = None,
            request_wait: float = REQUEST_WAIT) -> None:
    import datetime as dt

    from .engines.base import process_one
    from .models import IngestError
    from .sources import read_inputs

    req = json.loads(_request_line(conn, request_wait))
    published = dt.date.fromisoformat(req["published"]) if req.get("published") else None
    if "pool" in req:
        if pool is None:
            conn.sendall(b"nopool\n")
            return
        timeout = req.get("timeout")
        _serve_pool(conn, pool, max(1, min(int(req["pool"]), pool.size)), published,
                    float(timeout) if timeout else None)
        return
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


def _request_line(conn: socket.socket, wait: float) -> bytes:
    """The client's request line, which must be complete within ``wait`` seconds (TimeoutError otherwise);
    the connection is left blocking without a timeout for the answer. The client sends nothing more before
    the answer, so nothing else is read."""
    import time

    deadline = time.monotonic() + wait
    data = bytearray()
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        conn.settimeout(left)
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    conn.settimeout(None)
    return bytes(data)


def _serve_pool(sock: socket.socket, pool: Any, size: int, published: Any, timeout: float | None) -> None:
    """One run's articles through the warm pool, at most ``size`` at a time, each answered as soon as
    its worker is done; a client that goes away leaves no worker on its articles."""
    from collections import deque
    from multiprocessing.connection import Connection, wait

    from .models import IngestError

    sock.sendall(f"pool {size}\n".encode())
    conn = Connection(os.dup(sock.fileno()))
    pool.timeout = timeout
    # the accepted socket and its duplicate: a worker forked during the run (replacing one that died) closes both
    # at once, else it would hold the client's connection open and the client not see this server go away
    inherited = [sock, conn]
    pool.close_in_worker.extend(inherited)
    queue: deque[tuple[int, Any]] = deque()
    ended = False
    try:
        while True:
            while queue and len(pool.busy()) < size:
                seq, raw = queue.popleft()
                pool.assign(pool.idle(), seq, raw, published)
            if ended and not queue and not pool.busy():
                conn.send(("end",))
                return
            if pool.busy():
                answered = list(pool.numbered_results(also=[conn]))
                # the workers that answered get their next articles before the answers go out: no
                # worker waits idle while this process pickles and sends an answer to the client
                while answered and queue and len(pool.busy()) < size:
                    seq, raw = queue.popleft()
                    pool.assign(pool.idle(), seq, raw, published)
                for seq, result in answered:
                    conn.send(("done", seq, result))
            else:
                wait([conn])
            while conn.poll():
                message = conn.recv()
                if message[0] != "task":
                    ended = True
                elif isinstance(message[2], IngestError):  # an input that failed when it was read
                    conn.send(("done", message[1], message[2]))
                else:
                    queue.append((message[1], message[2]))
    except (EOFError, OSError):  # the client went away
        pool.abandon()
    except Exception as exc:  # e.g. a worker that could not start: the client extracts the rest itself
        pool.abandon()
        try:
            conn.send(("fail", f"{type(exc).__name__}: {exc}"))
        except OSError:
            pass
    finally:
        for other in inherited:
            pool.close_in_worker.remove(other)
        conn.close()
