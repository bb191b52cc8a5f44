"""Start-up: the rules' regexes compiled at install time, instead of once in every process.

Building the pipeline compiles about a thousand regexes (the data files' alternations), a quarter of
the CPU of a cold ``nqextract extract``. CPython compiles a regex in two steps: ``re._parser.parse``
and ``re._compiler._code``, pure Python and nearly all of the time, turn the pattern into an array of
opcodes, then ``_sre.compile`` (C) makes the ``Pattern`` of that array. An install step
(:func:`record`, run by ``python -m nqextract.prepare``: the Makefile's install step, the bench's
prepare step) keeps the arrays of every pattern the pipeline's build compiles in a file of the
``__pycache__`` folder beside this module (:func:`cache_path`; PYTHONPYCACHEPREFIX moves the bytecode,
not this file); while :func:`serving` is active (the build,
:meth:`~nqextract.pipeline.Extractor.preload`), ``re`` hands a pattern found there straight to
``_sre.compile``.

Why this is sound, although ``re._compiler`` and ``_sre`` are CPython's internals: the file is
marshal data, as a ``.pyc`` file is, and it is read only when its key, the exact Python build
(``sys.version``), ``_sre``'s MAGIC, code size and limits and a hash of the ``re`` package's source,
matches the running interpreter, the CRC-32 written beside the key matches the bytes of the table
(a damaged file that is still marshal data is not served), and a canary pattern made from it equals
the one ``re`` compiles (``Pattern`` equality compares the flags, the pattern and the opcodes). Each array was checked equal,
that way, to ``re``'s own result when it was recorded. A pattern not in the file, a missing, stale
or unreadable file, another interpreter, an array ``_sre`` refuses, a nested or concurrent
:func:`serving`: ``re`` compiles as it always does. Nothing reads the file but :func:`serving` and
nothing writes it but :func:`record`: no command (``extract``, ``query``, ``eval``) writes anything.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

try:  # CPython's regex compiler: without it (another Python) nothing is served or recorded
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - CPython has them
    _sre = _compiler = _parser = None  # type: ignore[assignment]

FORMAT = 3  # of the file: (key, CRC-32 of the body, body), the body the marshal data of (canary entry, table)
# the canary: named and unnamed groups, case folding, a class, repeats, a look-ahead, Vietnamese letters
CANARY = (r"(?P<head>[Đđ]ại\s+học|Bộ)\s+(\w+(?:\s+\w+){0,3}?)(?=[,.]|\s+và\b)", int(re.IGNORECASE))
# the stdlib's compile, as this module found it: a window installs its own only over this one
_STDLIB_COMPILE = _compiler.compile if _compiler is not None else None

# the opcodes as the bytes of an array of _sre's code units (a fifth of a list's memory, read at once)
_CODE_TYPE = next((t for t in "IL" if _sre is not None and array(t).itemsize == _sre.CODESIZE), "Q")
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def cache_path() -> Path:
    """The file: in the ``__pycache__`` folder beside this module, named for the interpreter
    (``cpython-311``), wherever the bytecode is kept."""
    return Path(__file__).resolve().parent / "__pycache__" / f"regex-codes.{sys.implementation.cache_tag}.bin"


def interpreter_key() -> tuple[Any, ...]:
    """What the opcodes of a pattern depend on besides the pattern and its flags."""
    h = hashlib.sha256()
    folder = os.path.dirname(re.__file__)
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py"):
            with open(os.path.join(folder, name), "rb") as fh:
                h.update(name.encode() + b"\0" + fh.read() + b"\0")
    return (FORMAT, sys.version, sys.implementation.cache_tag, sys.byteorder, _sre.MAGIC, _sre.CODESIZE,
            _CODE_TYPE, _sre.MAXREPEAT, _sre.MAXGROUPS, sys.maxunicode, h.hexdigest())


def entry_of(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile(pattern, flags)`` hands ``_sre.compile`` after ``pattern`` itself:
    the final flags, the opcodes, the number of groups less one, the group indexes both ways."""
    parsed = _parser.parse(pattern, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    code = array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes()
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    return a == b and a.groups == b.groups and dict(a.groupindex) == dict(b.groupindex)


def _made(pattern: str, entry: Entry) -> re.Pattern[str] | None:
    try:
        flags, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, flags, array(_CODE_TYPE, code).tolist(), groups, groupindex, indexgroup)
    except (TypeError, ValueError, RuntimeError, OverflowError):  # an entry _sre refuses: compile as usual
        return None


def pack(key: tuple[Any, ...], canary: Entry, table: dict[tuple[str, int], Entry]) -> bytes:
    """The file's bytes: the key, the CRC-32 of the body and the body, marshal data of canary and table."""
    body = marshal.dumps((canary, table))
    return marshal.dumps((key, zlib.crc32(body), body))


def unpack(data: bytes) -> tuple[Any, Entry, Any]:
    """(key, canary entry, table) of a file's bytes; ValueError when they are not a file of this
    format or the body's CRC-32 is not the one written (a damaged file)."""
    key, crc, body = marshal.loads(data)
    if type(body) is not bytes or type(crc) is not int or zlib.crc32(body) != crc:
        raise ValueError("the recorded opcodes are damaged")
    canary, table = marshal.loads(body)
    return key, canary, table


def load(path: Path | None = None) -> dict[tuple[str, int], Entry]:
    """The recorded table, {(pattern, flags): entry}; empty when the file is missing, unreadable,
    damaged, of another interpreter, or its canary does not come out as ``re`` compiles it."""
    if _STDLIB_COMPILE is None:
        return {}
    try:
        with open(path or cache_path(), "rb") as fh:
            key, canary, table = unpack(fh.read())
        if key != interpreter_key() or not isinstance(table, dict):
            return {}
        made = _made(CANARY[0], canary)
        if made is None or not _same(made, _STDLIB_COMPILE(*CANARY)):
            return {}
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return table


def _install(hook: Callable[..., re.Pattern[str]]) -> bool:
    """``hook`` as re's compile, only over the stdlib's own (never over another window's)."""
    if _compiler is None or _compiler.compile is not _STDLIB_COMPILE:
        return False
    _compiler.compile = hook
    return True


def _uninstall(hook: Callable[..., re.Pattern[str]]) -> None:
    if _compiler.compile is hook:
        _compiler.compile = _STDLIB_COMPILE


@contextmanager
def serving(path: Path | None = None) -> Iterator[int]:
    """While active, ``re`` makes each pattern of the recorded table from its recorded opcodes; yields
    how many patterns the table holds (0: nothing is served, ``re`` compiles as always). A window
    opened inside another one, or while another thread's is open, serves nothing of its own."""
    if _compiler is None or _compiler.compile is not _STDLIB_COMPILE:
        yield 0
        return
    table = load(path)
    if not table:
        yield 0
        return
    stdlib = _STDLIB_COMPILE

    def compile_served(pattern: Any, flags: int = 0) -> re.Pattern[str]:
        entry = table.get((pattern, flags)) if type(pattern) is str else None
        if entry is not None:
            made = _made(pattern, entry)
            if made is not None:
                return made
        return stdlib(pattern, flags)

    installed = _install(compile_served)
    try:
        yield len(table) if installed else 0
    finally:
        if installed:
            _uninstall(compile_served)


def record(build: Callable[[], object], path: Path | None = None) -> int:
    """Run ``build`` (what the pipeline's build compiles) while recording the opcodes of every
    pattern ``re`` compiles, each checked equal to ``re``'s own result, and write them to ``path``
    (atomically: a reader sees the old file or the new one). Returns how many were written; 0, and
    nothing written, on an interpreter without CPython's regex compiler."""
    if _STDLIB_COMPILE is None:
        return 0
    stdlib = _STDLIB_COMPILE
    table: dict[tuple[str, int], Entry] = {}

    def compile_recorded(pattern: Any, flags: int = 0) -> re.Pattern[str]:
        compiled = stdlib(pattern, flags)
        if type(pattern) is str and type(flags) is int and not flags & re.DEBUG and (pattern, flags) not in table:
            entry = entry_of(pattern, flags)
            made = _made(pattern, entry)
            if made is not None and _same(made, compiled):
                table[(pattern, flags)] = entry
        return compiled

    re.purge()  # a pattern compiled before is compiled again, and recorded
    if not _install(compile_recorded):
        raise RuntimeError("re's compiler is replaced already (another window is open): nothing recorded")
    try:
        build()
    finally:
        _uninstall(compile_recorded)
    canary = entry_of(*CANARY)
    made = _made(CANARY[0], canary)
    if made is None or not _same(made, stdlib(*CANARY)):
        return 0
    target = path or cache_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        partial.write_bytes(pack(interpreter_key(), canary, table))
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return len(table)
