"""persons: a deputy printed with his delegation after the name ("đại biểu A – Đoàn ĐBQH tỉnh X", "đại biểu B
(Đồng Nai)") is a member of it (person_context.tsv delegate, delegation, province_delegation)."""

from __future__ import annotations

import re

from ...models import Position
from ...textnorm import fold
from .candidacy import stood_for
from .records import NameMention
from .scan import ArticleScan


def delegation_after(scan: ArticleScan, m: NameMention, bare: list[Position]) -> list[Position]:
    """"đại biểu Nguyễn Văn A – Đoàn ĐBQH tỉnh X", "đại biểu B (Đoàn ĐBQH TP Hà Nội)": a delegate printed
    with the delegation after the name is a member of it; so is "ông C thuộc Đoàn ĐBQH tỉnh X", and in an
    article on the National Assembly "đại biểu D (Đồng Nai)" is of that province's delegation, "đại biểu E"
    printed with no delegation a deputy of no body named (``bare``: bare_deputy's, computed once an article)."""
    lengths = [n for n in scan.rules.delegate_lengths if scan.words_before(m.start, n) in scan.rules.delegates]
    if any(stood_for(scan, at) for n in lengths if (at := scan.back_words(m.start, n)) is not None):
        return []  # "người ứng cử đại biểu Quốc hội A": a candidate, no deputy (candidacy.py)
    delegate = bool(lengths)
    found = _delegation_after(scan, m, delegate)
    return found or (bare if delegate else [])


def bare_deputy(scan: ArticleScan) -> list[Position]:
    """"đại biểu E nhấn mạnh", "đại biểu F (phó chủ nhiệm Ủy ban X)": in an article on the National Assembly
    that names no deputies of a local council (person_context.tsv council_delegate) and no province delegation
    ("các ĐBQH TP Đà Nẵng", "Đoàn ĐBQH tỉnh X"), a delegate printed without his delegation is a deputy of the
    Assembly, his delegation unnamed; where the article names one, he may be of it or not: no office."""
    if not scan.rules.province_delegations:
        return []
    delegation, title, cue = scan.rules.province_delegations[0]
    low = scan.low  # lower-cased with canonical tones: the folded cues are found in it as printed
    if fold(cue) not in low or any(c in low for c in scan.rules.council_delegates):
        return []
    if _delegations_named(scan, delegation):
        return []
    return [Position(title=title)]


def _delegations_named(scan: ArticleScan, delegation: str) -> dict[str, str]:
    """The province delegations the article names, as bodies ("Đoàn ĐBQH tỉnh X") or as deputies of a place
    ("các ĐBQH TP Đà Nẵng", "đại biểu Quốc hội tỉnh Quảng Ngãi"): folded name -> name."""
    head = fold(delegation) + " "
    named = {fold(kb): kb for _s, _e, kb in scan.bodies if fold(kb).startswith(head)}
    rx = scan.rules.deputies_of_place_re
    for m in rx.finditer(scan.key) if rx is not None else ():
        for p in _delegation_of(scan, m.group(1)):
            named.setdefault(fold(p.body), p.body)
    return named


def _delegation_after(scan: ArticleScan, m: NameMention, delegate: bool) -> list[Position]:
    """The delegation printed after the name ``m`` (see delegation_after); [] when none is."""
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
        return _province_delegation(scan, after, sep == " (") if delegate else []
    body = fold(at[1])
    for head, title in scan.rules.delegations:
        if body == head or body.startswith(head + " "):
            return [Position(title=title, body=at[1])]
    return []


def _province_delegation(scan: ArticleScan, at: int, closed: bool) -> list[Position]:
    """"đại biểu D (Đồng Nai)", "đại biểu E (đoàn Hải Phòng)", "đại biểu F, Đoàn Vĩnh Long" in an article naming
    the National Assembly: a deputy of that province's delegation (person_context.tsv province_delegation); a
    place after a comma or a dash names it only after the word "Đoàn"."""
    word = _DELEGATION_WORD.match(scan.text, at)
    if word is None and not closed:
        return []
    if word is not None:  # "Đoàn Vĩnh Long": the place after a capitalized word, no tail of a name here
        at = word.end()
        unit = scan.rules.unit_place_re.match(scan.key, at) if scan.rules.unit_place_re else None
        end = unit.end() if unit is not None else None
    else:
        end = next((e for s, e in scan.unit_places if s == at), None)
    if end is None or (closed and not scan.text.startswith(")", end)):
        return []
    return _delegation_of(scan, scan.key[at:end])


_DELEGATION_WORD = re.compile(r"[Đđ]oàn[ \t]+")


def _delegation_of(scan: ArticleScan, printed: str) -> list[Position]:
    """The province delegation of the place ``printed``, in an article naming its cue ("Quốc hội"); [] if none."""
    unit = scan.rules.unit_places.get(fold(printed))
    if unit is None:
        return []
    level, display = unit
    place = display if fold(display).startswith(level + " ") else f"{level} {display}"
    for delegation, title, cue in scan.rules.province_delegations:
        if fold(cue) in scan.low:
            return [Position(title=title, body=_canonical(scan, f"{delegation} {place}"))]
    return []


def _canonical(scan: ArticleScan, body: str) -> str:
    return scan.canonical(body) or body
