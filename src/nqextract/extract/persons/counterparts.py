"""persons: a counterpart ("Ngoại trưởng Triều Tiên A nói với người đồng cấp Nga B") holds the office of the
holder named before him in the sentence, in the country printed after the counterpart word ("Ngoại trưởng" of
"Bộ Ngoại giao Nga"); person_context.tsv counterpart."""

from __future__ import annotations

from ...models import Position
from ...textnorm import canonical_tones, fold
from .chains import name_target
from .records import Chain, NameMention
from .scan import SENTENCE_PUNCT, ArticleScan


def counterpart_positions(scan: ArticleScan, m: NameMention) -> list[Position]:
    """The counterpart's office: the last title of the nearest chain before the counterpart word in the sentence,
    of a ministry or of a head of state or government (a foreign analogue); its body in the country printed
    after the counterpart word, none when no country is printed. Nothing for other offices ("Tổng Bí thư")."""
    cue = next(((hs, he) for hs, he in scan.honorific_spans if fold(scan.key[hs:he]) in scan.rules.counterparts
                and name_target(scan, he) == m.start), None)
    if cue is None:
        return []
    hs, he = cue
    after = scan.skip_spaces(he)
    country = scan.text[after : scan.place_at[after]] if after in scan.place_at and after < m.start else None
    ch = _holder_chain(scan, hs)
    if ch is None:
        return []
    rule = ch.items[-1].hit.rule
    body = ch.items[-1].body
    if body is not None:
        base = _without_country(scan, body)
        if fold(base) not in scan.rules.ministries:
            return []
        return [Position(title=rule.title, body=f"{base} {country}" if country else None)]
    if not (rule.abroad_default and (rule.default_body or "{country}" in rule.abroad_body)):
        return []
    if country is None:
        return [Position(title=rule.title, body=None)]
    if "{country}" in rule.abroad_body and "{place}" not in rule.abroad_body:
        body = rule.abroad_body.format(country=country)
        if fold(body) not in scan.low:
            body = country  # "Vương quốc X" only where the article prints that form
    else:
        body = f"{rule.default_body} {country}"
    return [Position(title=rule.title, body=body)]


def _holder_chain(scan: ArticleScan, pos: int) -> Chain | None:
    """The nearest chain before ``pos`` in its sentence that introduces a person, not a group."""
    start = max(scan.text.rfind(p, 0, pos) for p in SENTENCE_PUNCT) + 1
    chains = [ch for ch in scan.chains if start <= ch.start < pos and not ch.plural and ch.target is not None
              and ch.target < pos]
    return max(chains, key=lambda ch: ch.start, default=None)


def _without_country(scan: ArticleScan, body: str) -> str:
    """``body`` without a country printed at its end ("Bộ Quốc phòng Trung Quốc" -> "Bộ Quốc phòng")."""
    words = body.split()
    for k in (3, 2, 1):
        if len(words) > k and scan.rules.place_re is not None and \
                scan.rules.place_re.fullmatch(canonical_tones(" ".join(words[-k:]))):
            return " ".join(words[:-k])
    return body
