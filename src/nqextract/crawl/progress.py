"""Logging (a file, plus stderr lines when not on a terminal) and rich progress when on one."""

from __future__ import annotations

import logging
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

LOGGER = "nqextract.crawl"
FORMAT = "%(asctime)s %(levelname)s %(run_id)s %(message)s"


_console: Any = None


def stderr_console() -> Any:
    """One rich console on stderr, shared by the progress bars and the log lines shown above them."""
    global _console
    if _console is None:
        from rich.console import Console

        _console = Console(stderr=True)
    return _console


class _RunFilter(logging.Filter):
    def __init__(self, run_id: str) -> None:
        super().__init__()
        self.run_id = run_id

    def filter(self, record: logging.LogRecord) -> bool:
        record.run_id = self.run_id
        return True


class RunLogging(AbstractContextManager["RunLogging"]):
    """Handlers of one run: the log file (INFO and up) and, off a terminal, the same lines on stderr."""

    def __init__(self, run_id: str, log_file: Path | None, *, interactive: bool, quiet: bool) -> None:
        self.logger = logging.getLogger(LOGGER)
        self.handlers: list[logging.Handler] = []
        self.filter = _RunFilter(run_id)
        formatter = logging.Formatter(FORMAT, "%Y-%m-%dT%H:%M:%S")
        if log_file is not None:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
            handler.setFormatter(formatter)
            self.handlers.append(handler)
        if not quiet:
            if interactive:
                from rich.logging import RichHandler

                handler = RichHandler(console=stderr_console(), show_path=False, level=logging.WARNING)
            else:
                handler = logging.StreamHandler(sys.stderr)
                handler.setFormatter(formatter)
            self.handlers.append(handler)

    def __enter__(self) -> RunLogging:
        self.logger.setLevel(logging.INFO)
        self.logger.propagate = False
        for h in self.handlers:
            h.addFilter(self.filter)
            self.logger.addHandler(h)
        return self

    def __exit__(self, *exc: object) -> None:
        for h in self.handlers:
            self.logger.removeHandler(h)
            h.close()


class Phase:
    """Progress of one phase: a rich bar on a terminal, a start/end log line otherwise."""

    def __init__(self, progress: Any, name: str, total: int) -> None:
        self.progress = progress
        self.name = name
        self.total = total
        self.done = 0
        self.task = progress.add_task(name, total=total) if progress is not None else None
        if total:
            logging.getLogger(LOGGER).info("%s: %d to do", name, total)

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.progress is not None:
            self.progress.update(self.task, advance=n)


class Progress(AbstractContextManager["Progress"]):
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.rich: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.rich = Progress(TextColumn("[bold]{task.description:<8}"), BarColumn(bar_width=None),
                                 MofNCompleteColumn(), TimeElapsedColumn(), console=stderr_console())
            self.rich.__enter__()
        return self

    def phase(self, name: str, total: int) -> Phase:
        return Phase(self.rich, name, total)

    def __exit__(self, *exc: object) -> None:
        if self.rich is not None:
            self.rich.__exit__(None, None, None)
