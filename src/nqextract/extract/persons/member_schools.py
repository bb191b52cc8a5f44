"""persons: a member school of a university printed short after a title ("hiệu trưởng Trường đại học X") or with
its university in parentheses ("Trường đại học X (Đại học Quốc gia Y)") when the article names the school with
its university ("Trường Đại học X, Đại học Quốc gia Y", "Trường đại học X (Đại học Quốc gia Y)"): the office's
body is that full name, the school and its university (person_context.tsv member_head, member_parent_head rows).
The school is keyed as printed, never by the name the bodies component resolves it to (a longer school's), and a
school printed anywhere with a second university or another parent after a unit_parent_cue ("thuộc") stays as
printed."""

from __future__ import annotations

from ...models import Position
from ...textnorm import fold
from .scan import ArticleScan


def member_bodies(fulls: dict[str, str], positions: list[Position]) -> list[Position]:
    """``positions`` with each member school's short body replaced by the article's one full name of it
    (``fulls``, member_fulls' map of the article)."""
    if not fulls or not any(p.body for p in positions):
        return positions
    out = []
    for p in positions:
        if p.body and (full := fulls.get(fold(p.body))) is not None:
            p = p.model_copy(update={"body": full})
        out.append(p)
    return out


def member_fulls(scan: ArticleScan) -> dict[str, str]:
    """Folded school name as printed -> "school, university" for each school the article prints with one
    university: a composite bodies span "X, Đại học Y" / "X - Đại học Y", or "X (Đại học Y)". Another parent
    printed right after the same school anywhere (a comma, a dash, a bracket, a unit_parent_cue: "X, Đại học Z",
    "X thuộc Viện W") makes it ambiguous."""
    rules = scan.rules
    if not rules.member_heads:
        return {}
    found: dict[str, set[str]] = {}
    spelled: dict[str, str] = {}

    def is_parent(name: str) -> bool:
        return any(fold(name).startswith(h + " ") for h in rules.member_parent_heads)

    def add(unit: str, parent: str, full: bool = True) -> None:
        key = fold(unit)
        if any(key.startswith(h + " ") for h in rules.member_heads):
            found.setdefault(key, set()).add(fold(parent))
            if full:
                spelled.setdefault(key, f"{unit}, {parent}")

    for s, e, kb in scan.bodies:
        for sep in (", ", " - "):
            unit, mid, parent = kb.partition(sep)
            if mid and sep not in parent:
                if is_parent(parent):
                    add(unit, parent)
                break
        printed = scan.text[s:e]
        after = scan.skip_spaces(e)
        if after >= len(scan.text):
            continue
        mark = scan.text[after]
        inner = scan.body_at.get(scan.skip_spaces(after + 1)) if mark in ",-–(" else None
        if inner is not None and is_parent(inner[1]):
            # "Trường đại học X (Đại học Quốc gia Y)": the university in parentheses right after the school
            closed = mark == "(" and scan.text.startswith(")", scan.skip_spaces(inner[0]))
            add(printed, inner[1], full=closed)  # "X, Đại học Z" printed apart: a university, no full name
        elif (word := scan.word_at(after)) is not None \
                and fold(scan.text[word[0]:word[1]]) in rules.unit_parent_cues \
                and (other := scan.body_at.get(scan.skip_spaces(word[1]))) is not None:
            add(printed, other[1], full=False)  # "Viện X thuộc Viện Hàn lâm Y": another parent
    return {k: spelled[k] for k, parents in found.items() if len(parents) == 1 and k in spelled}
