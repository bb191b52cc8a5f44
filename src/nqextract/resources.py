"""Rules and gazetteers are data files (src/nqextract/data/); this module loads them (for clean and extract).

A maintainer extends the rules by editing those files, or points ``Settings.rules_dir`` at a folder
holding files of the same names, which then take precedence. The folder is an argument, never a
setting of this module: each component's factory receives ``rules_dir`` in its config and loads its
rules once, so two pipelines with different folders in one process each read their own.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

RulesDir = Path | str | None


def _folder(rules_dir: RulesDir) -> Path | None:
    return Path(rules_dir) if rules_dir else None


@lru_cache(maxsize=256)
def _read(name: str, rules_dir: Path | None) -> str:
    if rules_dir is not None and (rules_dir / name).is_file():
        return (rules_dir / name).read_text(encoding="utf-8")
    return resources.files("nqextract").joinpath("data", name).read_text(encoding="utf-8")


def read_text(name: str, rules_dir: RulesDir = None) -> str:
    """The data file ``name``: from ``rules_dir`` when it holds one of that name, else the packaged one."""
    return _read(name, _folder(rules_dir))


def load_lines(name: str, rules_dir: RulesDir = None) -> list[str]:
    """Non-empty lines of a text file, '#' comments dropped."""
    return parse_lines(read_text(name, rules_dir))


def parse_lines(text: str) -> list[str]:
    """Non-empty lines of a text, '#' comments dropped."""
    out = []
    for line in text.splitlines():
        line = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if line:
            out.append(line)
    return out


def load_tsv(name: str, rules_dir: RulesDir = None) -> list[dict[str, str]]:
    """Rows of a tab-separated file with a header line; '#' lines are comments."""
    return parse_tsv(read_text(name, rules_dir))


def parse_tsv(text: str) -> list[dict[str, str]]:
    """Rows of a tab-separated text with a header line; '#' lines are comments.

    What ``csv.DictReader(lines, delimiter="\\t", quoting=csv.QUOTE_NONE)`` reads, values stripped, read
    with ``str.split`` (every process that builds the pipeline reads the data files; the csv module's
    row objects took twice as long): with no quoting a line's fields are its pieces between tabs; a
    short row's missing fields are empty, a long row's extra fields and a column with no name dropped."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if not lines:
        return []
    header = lines[0].split("\t")
    pad = "\t" * (len(header) - 1)  # a short row's missing fields read as empty; zip drops a long row's extra
    strip = str.strip
    rows = [dict(zip(header, map(strip, (line + pad).split("\t")))) for line in lines[1:]]
    if not all(header):
        rows = [{k: v for k, v in row.items() if k} for row in rows]
    return rows


def load_json(name: str, rules_dir: RulesDir = None) -> Any:
    return json.loads(read_text(name, rules_dir))
