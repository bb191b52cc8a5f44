"""What an install step prepares so that every later process starts faster:
``python -m nqextract.prepare`` (the Makefile's install step, the bench's prepare step).

* the package's bytecode, as pip compiles it when it installs a wheel (an editable install, or a
  process run with PYTHONDONTWRITEBYTECODE set, would compile every module again in every process);
* the opcodes of the regexes the pipeline's build compiles (:mod:`nqextract.regex_codes`), for the
  packaged rules.

Only this step writes them, no command does: the bytecode where Python keeps it (the package's
``__pycache__`` folders, or under PYTHONPYCACHEPREFIX when that is set), the opcodes in the
``__pycache__`` folder beside the package's modules. Without them, or after an edit of the code or the
data files, a process starts slower and extracts the same (the Makefile runs this step again when a
file of the package is newer than its last run).
"""

from __future__ import annotations

import compileall
import sys
from pathlib import Path

from .regex_codes import record
from .settings import Settings

PACKAGE = Path(__file__).resolve().parent


def _build() -> None:
    """What a command that extracts builds before its first article (as
    :func:`~nqextract.engines.base.loaded_extractor`, the pipeline's modules imported inside)."""
    from .engines.base import local_extractor

    local_extractor(Settings(workers=1), cache={}).preload()


def prepare(bytecode: bool = True) -> dict[str, object]:
    """Compile the bytecode (unless ``bytecode`` is False), then record the regexes' opcodes."""
    out: dict[str, object] = {}
    if bytecode:
        out["bytecode_compiled"] = bool(compileall.compile_dir(str(PACKAGE), quiet=1))
    try:
        out["regex_codes"] = record(_build)
    except OSError as exc:  # a read-only install: processes compile the regexes themselves
        out["regex_codes"] = f"not written: {exc}"
    return out


def main() -> int:
    print(" ".join(f"{k}={v}" for k, v in prepare().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
