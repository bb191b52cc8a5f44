"""Typer commands of the nightly batch (crawl, nightly, reprocess), registered on the main app."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the batch commands to ``app`` (placeholder until the crawler lands)."""
    return None
