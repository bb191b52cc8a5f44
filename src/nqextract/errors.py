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
