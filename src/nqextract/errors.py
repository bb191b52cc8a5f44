"""Errors that name the stage and the input they came from."""

from __future__ import annotations


class NQError(Exception):
    """Base class: a problem with one input that the batch records and goes past."""

    stage = "extract"


class ReadError(NQError):
    stage = "read"


class CleanError(NQError):
    stage = "clean"


class ExtractError(NQError):
    stage = "extract"


class StoreError(NQError):
    stage = "store"


# A stop signal's handler raises KeyboardInterrupt. When the signal lands while DuckDB runs a statement,
# DuckDB swallows that exception and raises its own RuntimeError("Query interrupted") instead, so the
# stop is recorded here as well, and the code that marks a run as interrupted asks `interruption`.
_stop_reason: list[str] = []


def request_stop(reason: str) -> KeyboardInterrupt:
    """Record that this process was told to stop and return the KeyboardInterrupt to raise."""
    _stop_reason[:] = [reason]
    return KeyboardInterrupt(reason)


def clear_stop() -> None:
    """Forget a recorded stop (when the command that installed the stop signal's handler ends)."""
    _stop_reason.clear()


def interruption(exc: BaseException) -> KeyboardInterrupt | None:
    """The interruption ``exc`` stands for: itself if it is one, a KeyboardInterrupt with the recorded
    reason if the process was told to stop (whatever DuckDB made of it), else None."""
    if isinstance(exc, KeyboardInterrupt):
        return exc
    return KeyboardInterrupt(_stop_reason[0]) if _stop_reason else None
