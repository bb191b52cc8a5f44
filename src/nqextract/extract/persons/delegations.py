"""persons: a deputy printed with his delegation after the name ("đại biểu A – Đoàn ĐBQH tỉnh X", "đại biểu B
(Đồng Nai)") is a member of it (person_context.tsv delegate, delegation, province_delegation)."""

from __future__ import annotations

from ...models import Position
from ...textnorm import fold
from .records import NameMention
from .scan import ArticleScan


def delegation_after(scan: ArticleScan, m: NameMention) -> list[Position]:
    """"đại biểu Nguyễn Văn A – Đoàn ĐBQH tỉnh X", "đại biểu B (Đoàn ĐBQH TP Hà Nội)": a delegate printed
    with the delegation after the name is a member of it; so is "ông C thuộc Đoàn ĐBQH tỉnh X", and in an
    article on the National Assembly "đại biểu D (Đồng Nai)" is of that province's delegation."""
    delegate = any(scan.words_before(m.start, n) in scan.rules.delegates for n in scan.rules.delegate_lengths)
    after = m.end
    for sep in (*scan.rules.chain_seps, " (", *((" thuộc ",) if not delegate else ())):
        if scan.text.startswith(sep, after):
            after += len(sep)
            break
    else:
        return []
    if not delegate and sep != " thuộc ":
        return []
    after = scan.skip_spaces(after)
    at = scan.body_at.get(after)
    if at is None:
        return _province_delegation(scan, after) if delegate and sep == " (" else []
    body = fold(at[1])
    for head, title in scan.rules.delegations:
        if body == head or body.startswith(head + " "):
            return [Position(title=title, body=at[1])]
    return []


def _province_delegation(scan: ArticleScan, at: int) -> list[Position]:
    """"đại biểu D (Đồng Nai)" in an article naming the National Assembly: a deputy of that province's
    delegation (person_context.tsv province_delegation)."""
    end = next((e for s, e in scan.unit_places if s == at), None)
    if end is None or not scan.text.startswith(")", end):
        return []
    unit = scan.rules.unit_places.get(fold(scan.key[at:end]))
    if unit is None:
        return []
    level, display = unit
    place = display if fold(display).startswith(level + " ") else f"{level} {display}"
    for delegation, title, cue in scan.rules.province_delegations:
        if fold(cue) in fold(scan.low):
            return [Position(title=title, body=_canonical(scan, f"{delegation} {place}"))]
    return []


def _canonical(scan: ArticleScan, body: str) -> str:
    return scan.canonical(body) or body
