"""The scan object of one text and the shape of a body mention, shared by every phase."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..body_rules import fast_tones, lower_same_length

LABEL = "BODY"


UNNAMED = "unnamed"  # source of a head printed without its name: hides what it covers, never output
WORD = re.compile(r"[^\W_]+(?:[.&][^\W_]+)*|[^\w\s]", re.UNICODE)
LIST_SEP = re.compile(r"[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+")  # "A, B và C"
PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|hai|ba|bốn|năm|\d+)[ \t]+$")


@dataclass(frozen=True)
class BodyMatch:
    """One printed mention of a body: ``text[start:end]`` names the body ``name``."""

    start: int
    end: int
    name: str
    source: str
    head: str = ""  # for topic names: the head ("Ban Chỉ đạo"); "" otherwise
    weak: bool = False  # topic name without "về" or qualifier (may be a verb phrase)
    province: str = ""  # for local bodies of a province: "tỉnh Nghệ An"; for unnamed heads: the head


class Text:
    """The text three ways: as printed, tone-canonical (same length) and lower-cased (same length)."""

    def __init__(self, text: str) -> None:
        self.raw = text
        self.tones = fast_tones(text)
        if len(self.tones) != len(text):  # pragma: no cover - canonical_tones keeps the length
            self.tones = text
        self.low = lower_same_length(self.tones)

    def capital_at(self, i: int) -> bool:
        return i < len(self.raw) and (self.raw[i].isupper() or self.raw[i].isdigit())

    def words_after(self, pos: int) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in WORD.finditer(self.raw, pos, min(len(self.raw), pos + 400))]


def is_word(text: str, i: int) -> bool:
    return i < len(text) and text[i].isalnum()


def select(matches: list[BodyMatch]) -> list[BodyMatch]:
    """Non-overlapping matches: earliest first, then longest; nested and overlapping ones dropped."""
    chosen: list[BodyMatch] = []
    last_end = -1
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start), m.source == UNNAMED)):
        if m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen
