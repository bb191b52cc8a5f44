"""Printed phrases of the bodies' data as regular expressions over lower-cased, tone-canonical text."""

from __future__ import annotations

import re

from ..textnorm import canonical_tones, fold, lower_same_length
from . import phrases

MACROS = {"trung ương": r"(?:trung\s+ương|tw|tư|t\.ư|t\.w)", "việt nam": r"(?:việt\s+nam|vn)"}


def key(text: str) -> str:
    return lower_same_length(canonical_tones(text))


def phrase_regex(phrase: str, macros: bool = True) -> str:
    """A printed phrase as a regex over lower-cased, tone-canonical text (flexible spaces/dashes)."""
    return phrases.phrase_regex(key(phrase), loose_punct=True, macros=MACROS if macros else None)


def norm_key(text: str) -> str:
    return " ".join(re.sub(r"[-–—.,]+", " ", fold(text)).split())


def alternation(forms: list[str]) -> str:
    """The forms as one alternation (longest printed form first) over lower-cased, tone-canonical text."""
    return phrases.alternation([key(f) for f in forms], longest="phrase", loose_punct=True, macros=MACROS)
