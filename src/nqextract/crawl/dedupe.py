"""Near-duplicate content: 64-bit simhash over word shingles of the cleaned article text."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 3


def page_text(html: str) -> str:
    """The main text of a page for fingerprinting: trafilatura's fast mode (the same extractor the cleaner
    starts from, ~6x cheaper than the full cleaning, which ingest does anyway). '' when it finds none."""
    import trafilatura

    return trafilatura.extract(html, fast=True, include_comments=False, include_tables=False) or ""


def words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).casefold())


def simhash(text: str, shingle: int = SHINGLE) -> int | None:
    """Simhash of ``text`` (None for a text too short to fingerprint). Signed 64-bit, as DuckDB BIGINT."""
    toks = words(text)
    if len(toks) < shingle * 4:
        return None
    weights = [0] * 64
    for i in range(len(toks) - shingle + 1):
        h = int.from_bytes(hashlib.blake2b(" ".join(toks[i:i + shingle]).encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    value = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value


def distance(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def nearest(value: int, known: list[tuple[int, str]], max_bits: int) -> str | None:
    """The key of the first known fingerprint within ``max_bits`` of ``value``."""
    for other, key in known:
        if distance(value, other) <= max_bits:
            return key
    return None
