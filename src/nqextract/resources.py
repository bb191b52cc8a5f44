"""Rules and gazetteers are data files (src/nqextract/data/); this module loads them (for clean and extract).

A maintainer extends the rules by editing those files, or points ``Settings.rules_dir`` at a folder
holding files of the same names, which then take precedence.
"""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

_rules_dir: Path | None = None


def set_rules_dir(path: Path | None) -> None:
    """Use data files from ``path`` before the packaged ones (clears the cache)."""
    global _rules_dir
    _rules_dir = Path(path) if path else None
    read_text.cache_clear()


@cache
def read_text(name: str) -> str:
    if _rules_dir is not None and (_rules_dir / name).is_file():
        return (_rules_dir / name).read_text(encoding="utf-8")
    return resources.files("nqextract").joinpath("data", name).read_text(encoding="utf-8")


def load_lines(name: str) -> list[str]:
    """Non-empty lines of a text file, '#' comments dropped."""
    out = []
    for line in read_text(name).splitlines():
        line = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


def load_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header line; '#' lines are comments."""
    lines = [ln for ln in read_text(name).splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def load_json(name: str) -> Any:
    return json.loads(read_text(name))
