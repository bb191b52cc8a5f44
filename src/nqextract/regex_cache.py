"""Compiled regular expressions kept between processes: building the pipeline compiles a few hundred
patterns (the rule files' alternations), and Python's regex parser, written in Python, spends most of
the pipeline's build time on them.

Inside :func:`cached`, ``re.compile`` of a pattern seen before takes its compiled form (the regex
engine's code, groups and group names: what ``re``'s compiler hands ``_sre.compile``) from a file in
the user cache dir instead of parsing it again; the pattern object is the one ``re.compile`` would
return. The file is keyed by the Python build and the regex engine's version, holds plain data
(``marshal``: lists, ints, strings; no code), is written atomically, and is ignored when missing,
unreadable or corrupt. ``NQEXTRACT_NO_REGEX_CACHE=1`` turns it off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import threading
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:  # CPython 3.11+: the compiler that re.compile calls, and the engine it feeds
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python: no cache
    _sre = _compiler = _parser = None  # type: ignore[assignment]

MAX_ENTRIES = 20_000
_CODE_TYPE = "I"  # the engine's code words (CODESIZE 4), stored as bytes: loading a million small ints is slow
_lock = threading.Lock()


def cache_file() -> Path:
    key = f"{sys.version}\0{sys.implementation.cache_tag}\0{getattr(_sre, 'MAGIC', '')}\0{getattr(_sre, 'CODESIZE', '')}"
    name = f"regex-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(os.environ.get("NQEXTRACT_CACHE_DIR") or os.path.join(base, "nqextract")) / name


def _load(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            data = marshal.load(fh)
        return data if isinstance(data, dict) else {}
    except (OSError, EOFError, ValueError, TypeError):
        return {}


def _save(path: Path, entries: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        with open(tmp, "wb") as fh:
            marshal.dump(entries, fh)
        os.replace(tmp, path)  # readers see the old file or the new one, never half of one
    except (OSError, ValueError):
        try:
            tmp.unlink(missing_ok=True)
        except (OSError, UnboundLocalError):
            pass


def _compiled(entry: Any, pattern: str | bytes) -> re.Pattern | None:
    try:
        flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - a damaged entry: compile the pattern anew
        return None


@contextmanager
def cached() -> Iterator[None]:
    """Within the block, ``re.compile`` reuses the compiled forms stored by earlier processes; new
    ones are stored when the block ends."""
    if _sre is None or array(_CODE_TYPE).itemsize != _sre.CODESIZE or os.environ.get("NQEXTRACT_NO_REGEX_CACHE") \
            or not _lock.acquire(blocking=False):
        yield  # no cache (or one block already active in another thread)
        return
    path = cache_file()
    entries = _load(path)
    added = 0
    original = _compiler.compile

    def compile(p: Any, flags: int = 0) -> re.Pattern:
        nonlocal added
        if not isinstance(p, str | bytes) or flags & re.DEBUG:
            return original(p, flags)
        key = (type(p).__name__, p, flags)
        entry = entries.get(key)
        if entry is not None and (pattern := _compiled(entry, p)) is not None:
            return pattern
        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entries[key] = (int(flags | parsed.state.flags), array(_CODE_TYPE, code).tobytes(),
                        int(parsed.state.groups - 1), groupindex, tuple(indexgroup))
        added += 1
        return _sre.compile(p, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = original
        _lock.release()
        if added:
            _save(path, entries if len(entries) <= MAX_ENTRIES else {})
