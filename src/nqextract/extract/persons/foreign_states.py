"""persons: a foreign holder of a state body printed without its country ("Thứ trưởng Bộ Ngoại giao Jose Julio Gomez"
after "Bộ trưởng Bộ Nông nghiệp Cộng hòa Dominica Limber Cruz, ..."; "Vị nguyên thủ Campuchia ... cùng Chủ tịch
Quốc hội Khuon Sudary") holds that body of the one foreign country printed before him in the sentence ("Bộ Ngoại
giao Cộng hòa Dominica", "Quốc hội Campuchia"): the bare name of a Vietnamese ministry or central body is no
foreign official's own."""

from __future__ import annotations

from ...models import Position
from ...textnorm import fold
from .records import NameMention
from .scan import SENTENCE_PUNCT, ArticleScan, is_foreign_word


def foreign_state_bodies(scan: ArticleScan, result: dict[str, list[Position]], mentions: list[NameMention]) -> None:
    """Each foreign name's bare state bodies (person_context.tsv state_body, and the ministries of bodies.tsv) with
    the country printed before his first mention in its sentence, where exactly one is."""
    first: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        first.setdefault(m.name, m.start)
    for name, positions in result.items():
        bare = [i for i, p in enumerate(positions) if p.body and _state_body(scan, p.body)]
        if not bare or name not in first or not _foreign(name):
            continue
        if (country := _sentence_country(scan, first[name])) is None:
            continue
        for i in bare:
            positions[i] = positions[i].model_copy(update={"body": f"{positions[i].body} {country}"})


def _foreign(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and all(is_foreign_word(w) for w in words)


def _state_body(scan: ArticleScan, body: str) -> bool:
    key = fold(body)
    return key in scan.rules.ministries or key in scan.rules.state_bodies


def _sentence_country(scan: ArticleScan, at: int) -> str | None:
    """The one foreign country (a place of person_places.txt that is no Vietnamese province, Việt Nam aside)
    printed in the sentence before ``at``, else None."""
    start = max(scan.text.rfind(p, 0, at) for p in SENTENCE_PUNCT) + 1
    spans = [(s, e) for s, e in scan.places if start <= s and e <= at]
    longest = [(s, e) for s, e in spans if not any(s2 <= s and e <= e2 and e2 - s2 > e - s for s2, e2 in spans)]
    found = {fold(scan.text[s:e]): scan.text[s:e] for s, e in longest
             if fold(scan.key[s:e]) not in scan.rules.unit_places and fold(scan.text[s:e]) not in scan.rules.home_countries}
    return next(iter(found.values())) if len(found) == 1 else None
