"""The local engine's worker processes: a pool of at most ``size`` processes, one article in flight
per worker, each answering ``(seq, raw)`` with its :class:`~nqextract.models.Article` or
:class:`~nqextract.models.IngestError`. :mod:`nqextract.ingest` runs one for a run's duration;
``nqextract serve --workers N`` (:mod:`nqextract.warm`) keeps one between runs.

On Linux the pool's owner builds the Extractor once and forks the workers, which start with it loaded
(shared copy-on-write); elsewhere (``forkserver``, else ``spawn``) each worker builds its own when it
starts. A worker process that dies (segfault, OOM kill) costs only the article it was on: that article
comes back as failed and a new worker takes its place; one past the pool's ``timeout`` is stopped
and comes back as failed too.
"""

from __future__ import annotations

import multiprocessing as mp
import signal
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from .engines.base import IngestAborted, error_for, loaded_extractor, local_extractor, one_line, process_one
from .models import Article, IngestError, RawArticle
from .settings import Settings

Result = Article | IngestError
# fork (Linux): the parent loads the models and rules once, before any thread of its own starts, and
# each worker begins with them in memory: no worker pays the start-up, and the pages stay shared.
# Elsewhere fork is unsafe or missing: forkserver (one server process imports the heavy modules once;
# workers fork from it and build their Extractor), else spawn.
if sys.platform.startswith("linux"):
    WORKER_START_METHOD = "fork"
else:
    WORKER_START_METHOD = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
WORKER_PRELOAD = ["nqextract.pool", "nqextract.pipeline"]
SHUTDOWN_TIMEOUT = 10.0


def _worker_main(conn: Connection, settings: Settings, inherited: Sequence[Any] = ()) -> None:
    """Worker loop: build the Extractor once, then answer ``(seq, raw)`` with ``("done", seq, result)``;
    a task ``(seq, raw, published)`` extracts with that ``--published`` date (a served pool's client's).

    ``inherited``: the parent's pipe ends (and sockets) a forked worker got copies of; closed at once,
    else the worker would keep its own pipe open and never see the parent go away (a kill -9 of the
    parent), nor a served pool's client see the server go away.
    """
    for other in inherited:
        other.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the workers
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker must not inherit the CLI's SIGTERM handler
    try:
        try:
            extractor = local_extractor(settings)
        except BaseException as exc:  # reported to the parent, which aborts the run
            conn.send(("init_failed", None, str(exc)))
            return
        conn.send(("ready", None, None))
        while True:
            try:
                task = conn.recv()
            except (EOFError, KeyboardInterrupt):
                return
            if task is None:
                return
            seq, raw, *published = task
            if published and published[0] != extractor.settings.published:
                extractor.settings = settings.model_copy(update={"published": published[0]})
            elif not published and extractor.settings.published != settings.published:
                extractor.settings = settings
            conn.send(("done", seq, process_one(extractor, raw)))
    except OSError:  # the parent is gone (killed): nobody to answer, so stop quietly
        return


@dataclass
class _Worker:
    process: Any
    conn: Connection
    current: tuple[int, RawArticle] | None = None
    alive: bool = True
    ready: bool = False
    started: float = 0.0  # when the current article's clock started (assignment, or readiness if later)
    timed_out: bool = False


@dataclass
class WorkerPool:
    """Worker processes started on demand, at most ``size``; one article in flight per worker."""

    settings: Settings
    size: int
    timeout: float | None = None  # seconds one article may take before its worker is stopped
    workers: list[_Worker] = field(default_factory=list)
    # what a forked worker closes at once besides the pipes: a server's listening and client sockets
    close_in_worker: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.ctx = mp.get_context(WORKER_START_METHOD)
        if WORKER_START_METHOD == "forkserver":
            self.ctx.set_forkserver_preload(WORKER_PRELOAD)

    def start(self) -> None:
        """With fork: build the Extractor here (workers inherit it) and fork every worker now, before
        the caller starts threads (a progress bar) whose locks a forked child could inherit held."""
        if WORKER_START_METHOD == "fork":
            loaded_extractor(self.settings, freeze=True)  # the tagger's models too, not once per worker
            while len(self.workers) < self.size:
                self._spawn()

    def idle(self) -> _Worker | None:
        for w in self.workers:
            if w.current is None:
                return w
        if len(self.workers) < self.size:
            return self._spawn()
        return None

    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        inherited = ([parent, *(w.conn for w in self.workers), *self.close_in_worker]
                     if WORKER_START_METHOD == "fork" else [])
        proc = self.ctx.Process(target=_worker_main, args=(child, self.settings, inherited), daemon=True,
                                name=f"nqextract-worker-{len(self.workers) + 1}")
        proc.start()
        child.close()
        worker = _Worker(proc, parent)
        self.workers.append(worker)
        return worker

    def wait_ready(self, worker: _Worker, timeout: float = 300.0) -> bool:
        """Block until an idle ``worker`` has built its Extractor (warm start); False on timeout."""
        deadline = time.monotonic() + timeout
        while not worker.ready and worker.current is None and time.monotonic() < deadline:
            if worker.conn.poll(min(1.0, max(0.0, deadline - time.monotonic()))):
                for _ in self._drain(worker):
                    pass
            if not worker.process.is_alive() and not worker.conn.poll():
                break
        return worker.ready

    def busy(self) -> list[_Worker]:
        return [w for w in self.workers if w.current is not None]

    def assign(self, worker: _Worker, seq: int, raw: RawArticle, *published: Any) -> None:
        """Give ``worker`` its next article; ``published``: the run's ``--published`` date, when the
        worker serves runs of other settings (a served pool), else nothing."""
        worker.current = (seq, raw)
        worker.started = time.monotonic()
        try:
            worker.conn.send((seq, raw, *published))
        except (BrokenPipeError, OSError):
            pass  # the worker died; its sentinel reports it and the article is recorded as failed

    def results(self) -> Iterator[Result]:
        """Wait for at least one busy worker to answer or die; yield what came back."""
        for _seq, result in self.numbered_results():
            yield result

    def numbered_results(self, also: Sequence[Any] = ()) -> Iterator[tuple[int, Result]]:
        """:meth:`results` with each result's ``seq``; the wait ends early when one of ``also``
        (a connection of the caller's) is ready to read."""
        busy = self.busy()
        by_handle: dict[Any, _Worker] = {}
        for w in busy:
            by_handle[w.conn] = w
            by_handle[w.process.sentinel] = w
        ready = wait([*by_handle, *also], timeout=self._time_left(busy))
        if not ready:
            ready = self._stop_overdue(busy)
        seen: set[int] = set()
        for handle in ready:
            worker = by_handle.get(handle)
            if worker is None:
                continue
            if id(worker) in seen:
                continue
            seen.add(id(worker))
            yield from self._drain(worker)
            if not worker.process.is_alive() or not worker.alive:
                yield from self._bury(worker)

    def _time_left(self, busy: list[_Worker]) -> float | None:
        if self.timeout is None or not busy:
            return None
        oldest = min(w.started for w in busy if w.ready) if any(w.ready for w in busy) else None
        if oldest is None:
            return self.timeout
        return max(0.0, oldest + self.timeout - time.monotonic())

    def _stop_overdue(self, busy: list[_Worker]) -> list[Any]:
        """Kill the workers whose article ran past the timeout; their sentinels then report them."""
        now = time.monotonic()
        stopped = []
        for w in busy:
            if w.ready and self.timeout is not None and now - w.started >= self.timeout:
                w.timed_out = True
                w.process.kill()
                w.process.join(timeout=SHUTDOWN_TIMEOUT)
                stopped.append(w.process.sentinel)
        return stopped

    def _drain(self, worker: _Worker) -> Iterator[Result]:
        while True:
            try:
                if not worker.conn.poll():
                    return
                kind, seq, payload = worker.conn.recv()
            except (EOFError, OSError):
                worker.alive = False
                return
            if kind == "init_failed":  # the worker has returned: out of the pool (a served one goes on)
                if worker in self.workers:
                    self.workers.remove(worker)
                worker.process.join(timeout=SHUTDOWN_TIMEOUT)
                worker.conn.close()
                raise IngestAborted(f"worker could not build the extractor: {one_line(payload)}")
            if kind == "ready":
                worker.ready = True
                worker.started = max(worker.started, time.monotonic())  # model loading is not the article's
            if kind == "done" and worker.current is not None and worker.current[0] == seq:
                worker.current = None
                yield seq, payload

    def _bury(self, worker: _Worker) -> Iterator[Result]:
        worker.process.join(timeout=SHUTDOWN_TIMEOUT)
        code = worker.process.exitcode
        self.workers.remove(worker)
        worker.conn.close()
        if not worker.ready and not worker.timed_out:
            raise IngestAborted(
                f"a worker process exited (code {code}) before it was ready; a script that calls ingest() "
                "with workers > 1 must guard its entry point with `if __name__ == '__main__':`"
            )
        if worker.current is not None:
            seq, raw = worker.current
            worker.current = None
            if worker.timed_out:
                yield seq, error_for(raw, "extract", "Timeout",
                                     f"extraction took longer than {self.timeout:g}s: its worker was stopped")
            else:
                yield seq, error_for(raw, "extract", "WorkerDied",
                                     f"worker process died (exit code {code}) while extracting this article")

    def abandon(self) -> None:
        """Stop the workers still on an article whose answer nobody wants any more (a served pool's
        client went away); the idle ones stay, and :meth:`idle` starts new ones when needed."""
        for w in self.busy():
            w.process.kill()
            w.process.join(timeout=SHUTDOWN_TIMEOUT)
            self.workers.remove(w)
            w.conn.close()

    def close(self) -> None:
        for w in self.workers:
            try:
                if w.current is None and w.process.is_alive():
                    w.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        deadline = time.monotonic() + SHUTDOWN_TIMEOUT
        for w in self.workers:
            if w.current is not None:
                w.process.terminate()
            w.process.join(timeout=max(0.1, deadline - time.monotonic()))
            if w.process.is_alive():
                w.process.kill()
                w.process.join(timeout=1.0)
            w.conn.close()
        self.workers.clear()
