"""docs/COOKBOOK.md runs on a real sample database; docs/SCHEMA.md documents every table, view and column."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE
from nqextract.cookbook import build_sample, format_result, recipes, regenerate
from nqextract.db import Database

COOKBOOK = ROOT / "docs" / "COOKBOOK.md"
SCHEMA = ROOT / "docs" / "SCHEMA.md"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory, extractor) -> Database:
    if not list(SAMPLE.glob("*.txt")):
        pytest.skip(f"no sample articles in {SAMPLE}")
    return build_sample(tmp_path_factory.mktemp("cookbook") / "sample.duckdb", SAMPLE, extractor=extractor)


def test_cookbook_has_at_least_ten_questions() -> None:
    text = COOKBOOK.read_text(encoding="utf-8")
    assert len(re.findall(r"^## \d+\. ", text, re.M)) >= 10
    assert len(recipes(text)) >= 10
    assert "nqextract cookbook" in text  # how to regenerate the outputs


def test_every_recipe_runs_and_returns_the_documented_columns(sample_db: Database) -> None:
    for recipe in recipes(COOKBOOK.read_text(encoding="utf-8")):
        columns, rows = sample_db.query(recipe.sql)
        assert columns == recipe.columns, recipe.sql
        assert re.search(r"^\(\d+ rows?", recipe.output, re.M), f"no row count under:\n{recipe.sql}"


def test_sample_database_holds_the_sample_articles(sample_db: Database) -> None:
    n = len(list(SAMPLE.glob("*.txt"))) + len(list((SAMPLE.parent / "samples").glob("*.txt")))
    assert sample_db.query("SELECT count(*) FROM articles")[1] == [(n,)]
    assert sample_db.query("SELECT count(*) FROM sentences")[1][0][0] > 0
    _, rows = sample_db.query("SELECT status, ingested FROM runs")
    assert rows == [("ok", n)]


def test_regenerating_keeps_every_recipe_and_its_columns(sample_db: Database) -> None:
    before = COOKBOOK.read_text(encoding="utf-8")
    after = regenerate(before, sample_db)
    old, new = recipes(before), recipes(after)
    assert [r.sql for r in new] == [r.sql for r in old]
    assert [r.columns for r in new] == [r.columns for r in old]
    assert regenerate(after, sample_db) == after  # stable


def test_format_result_cuts_long_cells_and_rows() -> None:
    out = format_result(["a", "b"], [("x" * 100, None)] * 20)
    lines = out.splitlines()
    assert lines[0] == "a | b"
    assert len(lines) == 1 + 8 + 1 and lines[-1] == "(20 rows, first 8 shown)"
    assert lines[1].endswith("… | NULL")


def _schema_sections(text: str) -> dict[str, set[str]]:
    """'### name' headings -> the `column` names in the table under each."""
    sections: dict[str, set[str]] = {}
    current: str | None = None
    for line in text.splitlines():
        if m := re.match(r"^### `?(\w+)`?", line):
            current = m[1]
            sections[current] = set()
        elif line.startswith("## "):
            current = None
        elif current and (m := re.match(r"^\| `([^`]+)` \|", line)):
            sections[current].add(m[1])
    return sections


def test_schema_doc_covers_every_table_view_and_column(tmp_path: Path) -> None:
    db = Database(tmp_path / "empty.duckdb")
    _, rows = db.query(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'")
    actual: dict[str, set[str]] = {}
    for table, column in rows:
        actual.setdefault(table, set()).add(column)
    documented = _schema_sections(SCHEMA.read_text(encoding="utf-8"))
    missing_tables = sorted(set(actual) - set(documented))
    assert not missing_tables, f"SCHEMA.md lacks sections for {missing_tables}"
    missing = {t: sorted(cols - documented[t]) for t, cols in actual.items() if cols - documented[t]}
    assert not missing, f"SCHEMA.md lacks columns {missing}"
    stale = {t: sorted(documented[t] - cols) for t, cols in actual.items() if documented[t] - cols}
    assert not stale, f"SCHEMA.md documents columns that do not exist: {stale}"


def test_every_sample_article_round_trips_and_renders(sample_db: Database) -> None:
    from nqextract.render import render_html, render_text

    for article_id in sample_db.article_ids():
        article = sample_db.article(article_id)
        assert article.text and article.sentences
        assert article.id in render_text(article)
        page = render_html(article)
        assert page.startswith("<!DOCTYPE html>") and page.count("<table>") == 6
