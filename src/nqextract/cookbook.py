"""docs/COOKBOOK.md: parse its SQL blocks and rebuild the output block after each one.

A recipe is a ```sql block followed by a ```text block holding its output on the sample data:
a header line of column names separated by " | ", the rows, and a "(N rows)" line.
``python -m nqextract.db --cookbook`` rewrites every output block from a fresh sample database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .db import Database

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
