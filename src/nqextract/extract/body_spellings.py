"""One body, one name: the words printed in two spellings inside body names (``body_spellings.tsv``: "Liên Hiệp
Quốc" for "Liên hợp quốc") written in the spelling the project names the body with, wherever in the name they
stand. Read by the bodies' last phase and by the gold tool that rewrites the gold's names the same way."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..textnorm import fast_tones, lower_same_length
from .phrases import phrase_regex

Spellings = tuple[re.Pattern[str] | None, dict[str, str]]


def _key(text: str) -> str:
    return " ".join(lower_same_length(fast_tones(text)).split())


def spelling_table(rows: Iterable[dict[str, str]]) -> Spellings:
    """The printed spellings as one whole-word pattern on a name lower-cased and tone-canonical (same length), none
    before one of its ``not_before`` words nor after one of its ``not_after`` words, and each one's folded form ->
    the spelling to write."""
    rows = [r for r in rows if r.get("printed") and r.get("name")]
    if not rows:
        return None, {}
    table = {_key(r["printed"]): " ".join(r["name"].split()) for r in rows}
    # each spelling with the words after it that make it another word: "liên hiệp quốc(?! tế)"
    # and the words before it that make it part of another name: "(?<!nhà hát )liên hiệp quốc"
    forms = ["".join(rf"(?<!{re.escape(_key(w))} )" for w in _words(r, "not_after")) + phrase_regex(_key(r["printed"]))
             + "".join(rf"(?!\s+{phrase_regex(_key(w))}(?!\w))" for w in _words(r, "not_before"))
             for r in sorted(rows, key=lambda r: len(r["printed"]), reverse=True)]
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)"), table


def _words(row: dict[str, str], column: str) -> list[str]:
    return [w for w in (row.get(column) or "").split("|") if w.strip()]


def respelled(name: str, spellings: Spellings) -> str:
    """``name`` with each printed spelling of ``spellings`` written as the table's name."""
    rx, table = spellings
    if rx is None:
        return name
    low = lower_same_length(fast_tones(name))
    if len(low) != len(name):  # pragma: no cover - both keep the length of NFC text
        return name
    out, pos = [], 0
    for m in rx.finditer(low):
        out += [name[pos : m.start()], table[" ".join(m.group(0).split())]]
        pos = m.end()
    return "".join(out) + name[pos:] if out else name
