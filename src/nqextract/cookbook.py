"""docs/COOKBOOK.md: parse its SQL blocks and rebuild the output block after each one.

A recipe is a ```sql block followed by a ```text block holding its output on the sample data:
a header line of column names separated by " | ", the rows, and a "(N rows)" line.
``nqextract cookbook`` rewrites every output block from a fresh sample database (:func:`build_sample`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .db import Database
from .errors import StoreError
from .models import RawArticle

_RECIPE = re.compile(r"```sql\n(?P<sql>.*?)```\n(?P<gap>[^`]*?)```text\n(?P<out>.*?)```", re.S)
MAX_ROWS = 8
MAX_CELL = 60


@dataclass(frozen=True)
class Recipe:
    sql: str
    columns: list[str]
    output: str


def recipes(markdown: str) -> list[Recipe]:
    """Every SQL block with its documented output block (columns parsed from the header line)."""
    found = []
    for m in _RECIPE.finditer(markdown):
        header = m["out"].splitlines()[0] if m["out"].strip() else ""
        found.append(Recipe(sql=m["sql"].strip(), columns=[c.strip() for c in header.split(" | ")],
                            output=m["out"]))
    return found


def _cell(value: Any) -> str:
    text = "NULL" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def format_result(columns: list[str], rows: list[tuple]) -> str:
    lines = [" | ".join(columns)]
    lines += [" | ".join(_cell(v) for v in row) for row in rows[:MAX_ROWS]]
    more = f", first {MAX_ROWS} shown" if len(rows) > MAX_ROWS else ""
    lines.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'}{more})")
    return "\n".join(lines) + "\n"


def regenerate(markdown: str, db: Database) -> str:
    """The markdown with each output block replaced by the query's result on ``db``."""

    def run(m: re.Match[str]) -> str:
        columns, rows = db.query(m["sql"])
        return f"```sql\n{m['sql']}```\n{m['gap']}```text\n{format_result(columns, rows)}```"

    return _RECIPE.sub(run, markdown)


def build_sample(db_path: str | Path, raw_dir: str | Path = "data/raw", extractor: Any = None) -> Database:
    """Extract data/raw/*.txt, plus the constructed examples in the ``samples`` folder beside it
    (personnel news for the careers recipes), dates from *.meta.json, into a fresh database at ``db_path``."""
    from .pipeline import Extractor

    raw = Path(raw_dir)
    files = sorted(raw.glob("*.txt")) + sorted((raw.parent / "samples").glob("*.txt"))
    if not files:
        raise StoreError(f"no sample articles (*.txt) in {raw}")
    db_path = Path(db_path)
    if db_path.exists():
        db_path.unlink()
    db = Database(db_path)
    extractor = extractor or Extractor()
    run_id = db.start_run("build_sample", [str(f) for f in files])
    articles = []
    for f in files:
        meta_file = f.with_suffix(".meta.json")
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        published = dt.date.fromisoformat(meta["published"]) if meta.get("published") else None
        articles.append(extractor.process(RawArticle(
            source=str(f), text=f.read_text(encoding="utf-8"), published=published,
            url=meta.get("url"), title=meta.get("title"),
        )))
    n = db.write_articles(articles, run_id)
    db.finish_run(run_id, n, 0, "ok")
    return db


def rebuild(doc: str | Path, raw_dir: str | Path, db_path: str | Path) -> Path:
    """Rewrite every output block of the cookbook ``doc`` from a fresh sample database built from ``raw_dir``."""
    db = build_sample(db_path, raw_dir)
    path = Path(doc)
    path.write_text(regenerate(path.read_text(encoding="utf-8"), db), encoding="utf-8")
    return path
