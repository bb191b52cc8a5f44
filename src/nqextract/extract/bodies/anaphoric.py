"""A state body printed with a phrase pointing back at a country ("Quốc hội nước này", "Bộ Nội vụ của nước này",
"chính phủ nước này": country_anaphor and anaphor_state_head rows of body_patterns.tsv) is that country's body, named
as printed with the country after it: the topic country of its paragraph before it, the first country that is a
clause's subject (else the first country) of the body's sentence, else of the sentence before, and so back ("Mỹ áp
thuế hàng từ Trung Quốc. Bộ Thương mại nước này ..." -> Bộ Thương mại Mỹ). Countries are looked up among the Doc's
words; a country word in a name is none ("ông Trần Minh Đức", "huyện Nga Sơn"). With the home country so found, or
none, the body is as read."""

from __future__ import annotations

from ...textnorm import fold, is_cap
from ..body_anaphors import CountryAnaphors
from ..body_rules import BodyRules
from ..persons.abroad import name_word_before
from ..persons.scan import is_foreign_word
from .scan import BodyMatch, Text

_MOST_WORDS = 400  # words of the paragraph before the body looked at
_SENTENCE_END = frozenset(".!?")
_CLAUSE_OPEN = frozenset(",;:(-–")
_Span = tuple[int, int]


def anaphoric_countries(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``matches`` with each state body before a country anaphor named with its country; a head flagged ``lower``
    printed in lower case there ("chính phủ nước này") is such a body too, named capitalized."""
    a = rules.anaphors
    if a is None or rules.countries is None:
        return matches
    out: list[BodyMatch] = []
    for m in matches:
        name = " ".join(t.raw[m.start : m.end].split())  # as printed: "Ủy ban Chứng khoán", not its full name
        country = _pointed(t, m.start, m.end, name, rules, a)
        out.append(m if country is None else
                   BodyMatch(m.start, m.end, f"{name} {country}", m.source, m.head, m.weak, m.province))
    taken = [(m.start, m.end) for m in matches]
    for am in a.phrase.finditer(t.low):
        for head, lower in a.heads.items():
            start = am.start() - len(head)
            if not lower or start < 0 or t.low[start : am.start()] != head or not t.raw[start].islower():
                continue
            if start and t.low[start - 1].isalnum() or any(s < am.start() and start < e for s, e in taken):
                continue
            name = t.raw[start].upper() + t.raw[start + 1 : am.start()]
            if (country := _pointed(t, start, am.start(), name, rules, a)) is not None:
                out.append(BodyMatch(start, am.start(), f"{name} {country}", "anaphor"))
    return sorted(out, key=lambda m: m.start)


def _pointed(t: Text, start: int, end: int, name: str, rules: BodyRules, a: CountryAnaphors) -> str | None:
    """The country the anaphor right after ``name`` (printed at ``start:end``) points back at, else None: the name
    must open with an anaphor_state_head and hold no country of its own."""
    assert rules.countries is not None
    if not a.phrase.match(t.low, end):
        return None
    low = fold(name)
    if not any(low == h or low.startswith(h + " ") for h in a.heads):
        return None
    if rules.countries.search(" " + name):
        return None  # "Bộ Ngoại giao Mỹ nước này": named already
    country = _topic(t, start, rules, a)
    return None if country is None or country == a.home else country


def _topic(t: Text, start: int, rules: BodyRules, a: CountryAnaphors) -> str | None:
    """The topic country of the paragraph before ``start``: of the nearest sentence back naming one, the first
    country that is a clause's subject, else its first country (in the body's own sentence, the last before it)."""
    words = t.words_before(start, _MOST_WORDS)
    first = len(words)
    while first and "\n" not in t.raw[words[first - 1][1] : words[first][0] if first < len(words) else start]:
        first -= 1  # back to the paragraph's first word
    sentences: list[list[_Span]] = [[]]
    for s, e in words[first:]:
        sentences[-1].append((s, e))
        if t.raw[s:e] in _SENTENCE_END:
            sentences.append([])
    for back, sentence in enumerate(reversed(sentences)):
        found = _countries(t, sentence, rules, a)
        if found:  # in the body's own sentence, else its country nearest the body: "thăm Hoa Kỳ theo lời mời của ..."
            return next((c for c, subject in found if subject), found[0][0] if back else found[-1][0])
    return None


def _countries(t: Text, words: list[_Span], rules: BodyRules, a: CountryAnaphors) -> list[tuple[str, bool]]:
    """The countries printed as ``words`` (one sentence), each with whether it opens a clause as its subject;
    not a country word in a name: a person's ("Lê Thị Mỹ", "bà Nga") or a place's ("Mỹ Đình", "Lào Cai")."""
    out: list[tuple[str, bool]] = []
    for i, (s, e) in enumerate(words):
        for rest, not_before, form in a.countries.get(t.tones[s:e], ()):
            n = len(rest)
            if i + n >= len(words) or any(
                    t.tones[ws:we] != w or t.raw[words[i + k][1] : ws] != " " for k, (w, (ws, we)) in
                    enumerate(zip(rest, words[i + 1 : i + 1 + n]))):
                continue
            end = words[i + n][1]
            after = t.words_after(end)[:1]
            nxt = t.raw[after[0][0] : after[0][1]] if after and t.raw[end : after[0][0]].strip(" \t") == "" else ""
            if nxt and (fold(nxt) in not_before or not n and is_cap(nxt) and (
                    not is_foreign_word(nxt) or rules.places is not None and rules.places.match(t.low, s))):
                break  # "Ý kiến"; a one-word country opening a name: "Mỹ Đình", "Nga Sơn", "Lào Cai"
            if name_word_before(t.raw, s, a.honorifics):
                break  # "Trần Minh Đức", "bà Nga"
            opens = i == 0 or t.raw[words[i - 1][0] : words[i - 1][1]] in _CLAUSE_OPEN
            out.append((form, opens and bool(nxt) and nxt[:1].islower()))
            break
    return out
