"""The words of the organs of a village or a residential group, read by bodies/village_organs.py: the organs
(``village_organ`` rows of body_patterns.tsv: "Chi bộ", "Ban Công tác Mặt trận", "Chi hội Phụ nữ"), the unit words
(``village_unit`` rows: "thôn", "bản", "tổ dân phố", ...; value = the unit's spelling in the organ's name, "Tổ dân
phố", else the unit word as the text prints it, "Thôn Hạ" kept), the words that make a number before them a count
(``village_count_word`` rows: "lần", "hộ") and the titles that chain a second organ or the unit itself to the first after a
comma (``village_chain_title`` rows: "Bí thư Chi bộ, Trưởng ban Công tác Mặt trận tổ dân phố 23", "Bí thư Chi bộ,
Trưởng thôn X")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .body_phrases import key

VILLAGE_KINDS = {"village_organ", "village_unit", "village_chain_title", "village_count_word"}

_GAP = r"[ \u00a0]+"


@dataclass(frozen=True)
class VillageWords:
    # on the lower-cased text: an organ, maybe ", <chain title> [<organ>]", then a unit word and the blank after it;
    # groups "organ", "title", "organ2", "unit"
    chain: re.Pattern[str] | None = None
    organs: dict[str, str] = field(default_factory=dict)  # lower-cased, one-spaced organ -> its spelling
    units: dict[str, str] = field(default_factory=dict)  # lower-cased, one-spaced unit word -> its spelling, "" as printed
    # on the lower-cased text, from the blank after a number: a count word ("2 lần", "5 hộ"), no unit's number
    count: re.Pattern[str] | None = None


def _spaced(phrase: str) -> str:
    return _GAP.join(map(re.escape, key(phrase).split()))


def _alternation(forms: list[str]) -> str:
    return "|".join(sorted((_spaced(f) for f in forms), key=len, reverse=True))


def compile_village_words(by_kind: dict[str, list[tuple[str, str]]]) -> VillageWords:
    organs = [f for f, _ in by_kind["village_organ"]]
    units = [f for f, _ in by_kind["village_unit"]]
    titles = [f for f, _ in by_kind["village_chain_title"]]
    if not organs or not units:
        return VillageWords()
    organ = _alternation(organs)
    chained = rf"(?:,{_GAP}(?P<title>{_alternation(titles)})(?:{_GAP}(?P<organ2>{organ}))?)?" if titles else ""
    chain = re.compile(rf"(?<!\w)(?P<organ>{organ}){chained}{_GAP}(?P<unit>{_alternation(units)}){_GAP}")
    counts = [f for f, _ in by_kind["village_count_word"]]
    count = re.compile(rf"{_GAP}(?:{_alternation(counts)})(?!\w)") if counts else None
    return VillageWords(chain, {" ".join(key(f).split()): v or f for f, v in by_kind["village_organ"]},
                        {" ".join(key(f).split()): v for f, v in by_kind["village_unit"]}, count)
