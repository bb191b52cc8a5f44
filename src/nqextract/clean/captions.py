"""Photo captions in scraped text: a caption's photo credit, and the captions kept in the text because they
name a person (chrome_captions.tsv person rows: "Phó Thủ tướng A phát biểu - Ảnh: VGP/B" keeps "Phó Thủ tướng A
phát biểu"; the ledger gold lists the persons a caption names)."""

from __future__ import annotations

import re
from typing import Protocol

from ..textnorm import fold

_CREDIT = re.compile(r"[\s_(\-–]*\b(?:Ảnh|ảnh|Nguồn|Photo|Video|Clip|Đồ họa|Đồ hoạ|Infographic)[^:]{0,20}:")


_ENDED = re.compile(r"[.!?…]$")


class CaptionLine(Protocol):
    text: str
    drop: bool
    reason: str


def caption_head(line: str) -> str:
    """The caption before its photo credit ('Ảnh: ...')."""
    return _CREDIT.split(line, maxsplit=1)[0].strip()


def caption_sized(line: str) -> bool:
    """A caption with its credit: at most two sentences and 60 words before 'Ảnh:'."""
    head = caption_head(line)
    return len(head.split()) <= 60 and len(re.findall(r"[.!?…](?:\s|$)", head)) <= 2


def starts_with_any(key: str, prefixes: tuple[str, ...]) -> bool:
    return any(key == p or key.startswith(p + " ") for p in prefixes)


def ends_with_action(key: str, actions: tuple[str, ...]) -> bool:
    """The line closes with a caption verb phrase, optionally followed by 'tại/với/cùng ...'."""
    head = re.split(r"\s(?:tại|với|cùng|trong|ở)\s", key, maxsplit=1)[0]
    return any(head == a or head.endswith(" " + a) for a in actions)


def _cap_runs(text: str) -> list[list[str]]:
    """The runs of two or more capitalized words in ``text``: a person's name or a body's."""
    runs: list[list[str]] = [[]]
    for w in text.split():
        if w[:1].isupper():
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if len(r) >= 2]


def keep_person_captions(lines: list[CaptionLine], persons: tuple[str, ...], actions: tuple[str, ...]) -> None:
    """A line dropped as a caption that opens with a person's title or honorific (``persons``, folded), names
    someone the kept lines do not print and closes with what he does (``actions``: "... phát biểu", "... điều
    hành Phiên họp") is kept as a sentence of its own, its photo credit cut off: the person it names counts. A
    caption naming someone the article names anyway stays chrome, and so does a bare label of a name and its
    offices ("Tổng Bí thư A, Trưởng Tiểu ban X")."""
    kept = fold(" ".join(ln.text for ln in lines if not ln.drop))
    for ln in lines:
        if not (ln.drop and ln.reason in ("caption", "credit")):
            continue
        head = caption_head(ln.text)
        subject = next((p for p in persons if fold(head).startswith(p + " ")), None)
        key = fold(head).rstrip(".")
        if subject is None or not (ends_with_action(key, actions) or any(key.endswith(" " + a) for a in actions)):
            continue
        # the name: the last run of capitalized words before a comma or "tại/với/cùng ..." (a body's name maybe before it)
        after = re.split(r",|\s(?:tại|với|cùng)\s", " ".join(head.split()[len(subject.split()):]))[0]
        runs = _cap_runs(after)
        if not runs or fold(" ".join(runs[-1][-2:])) in kept:
            continue
        ln.text, ln.drop, ln.reason = head if _ENDED.search(head) else head + ".", False, "person-caption"
