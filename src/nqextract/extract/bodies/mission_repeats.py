"""A foreign mission printed bare with its country ("Đại sứ quán Mỹ") where the article names that country's
mission of the same head with its host once ("Đại sứ quán Mỹ tại Ba Lan"): the same mission, one body one name, the
name with the host. The heads are the mission heads of body_patterns.tsv (``mission_title`` values and
``mission_head``: "Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán"); the host words are its ``posted_word`` rows
("tại", "ở"). Where the article names two hosts or more for that mission ("Đại sứ quán Việt Nam tại Israel", "...
tại Iran"), which one the bare mention means is unread: it is left as printed; so is a mission no host names, and
another country's mission ("Đại sứ quán Nga" beside "Đại sứ quán Mỹ tại Nga"). A mention the text prints with a
host word and a capitalized place after it ("Đại sứ quán Mỹ ở Thái Lan", named bare by the scan) is a mission of
that host: named as the hosted name of that same host only ("Đại sứ quán Mỹ tại Thái Lan"; a Vietnamese city, "tại
Hà Nội", is the home country's), never as another's ("... tại Việt Nam"), and it counts as one more host (the bare
mentions beside it are then left as printed)."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from .posted import home_place
from .scan import BodyMatch, Text

_PLACE_WORD = re.compile(r"[^\W\d_]\w*(?:[.\-]\w+)*")  # "Thái", "TP.HCM"; not the full stop after it


def mission_repeats(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``matches`` with each bare mission named as its one hosted form (see the module)."""
    heads = tuple(h + " " for h in rules.mission_heads)
    words = rules.checks.posted_words
    if not heads or not words:
        return matches
    hosts: dict[str, dict[str, str]] = {}  # the folded bare name -> the folded host -> the hosted name
    printed: dict[int, str] = {}  # a bare mention's index -> the host the text prints after it
    for i, m in enumerate(matches):
        if not m.name.startswith(heads):
            continue
        if (cut := _host_word(m.name, words)) is not None:
            bare, host = m.name[:cut[0]].rstrip(), m.name[cut[1]:].lstrip()
            if len(bare.split()) > len(_head(bare, heads).split()):  # a country after the head
                hosts.setdefault(fold(bare), {})[fold(host)] = m.name
        elif host := _printed_host(t, m.end, words, rules):
            printed[i] = host
            hosts.setdefault(fold(m.name), {}).setdefault(host, "")  # a host no hosted name carries
    out = []
    for i, m in enumerate(matches):
        full = hosts.get(fold(m.name)) if m.name.startswith(heads) else None
        if i in printed:  # "Đại sứ quán Việt Nam ở Thái Lan" beside "... tại Thái Lan": that one only
            name = full.get(printed[i], "") if full else ""
        else:
            name = next(iter(full.values())) if full and len(full) == 1 else ""
        out.append(replace(m, name=name) if name and _host_word(m.name, words) is None else m)
    return out


def _host_word(name: str, words: frozenset[str]) -> tuple[int, int] | None:
    """Start and end of the first host word in ``name`` ("tại" in "Đại sứ quán Mỹ tại Ba Lan"), or None."""
    for w in re.finditer(r"\S+", name):
        if w.start() and fold(w.group()) in words:
            return w.span()
    return None


def _printed_host(t: Text, end: int, words: frozenset[str], rules: BodyRules) -> str:
    """The capitalized place printed after a host word right after ``end``, folded ("ở Thái Lan" -> "thái lan"), or
    "". A Vietnamese place of body_places.tsv stands for the home country ("tại Hà Nội" -> "việt nam": the mission
    the article names "... tại Việt Nam")."""
    rest = t.raw[end:end + 80]
    parts = rest.split(None, 1)
    if not rest[:1].isspace() or len(parts) < 2 or fold(parts[0]) not in words:
        return ""
    place = []
    for w in _PLACE_WORD.finditer(parts[1]):
        if not w.group()[0].isupper() or (place and parts[1][w.start() - 1] != " "):
            break
        place.append(w.group())
    if not place:
        return ""
    at = end + len(rest) - len(parts[1])
    home = rules.checks.grammar.home_key
    return home if home and home_place(t, at, at + len(" ".join(place)), rules) else fold(" ".join(place))


def _head(name: str, heads: tuple[str, ...]) -> str:
    """The longest mission head ``name`` opens with ("Tổng Lãnh sự quán", not "Lãnh sự quán")."""
    return max((h for h in heads if name.startswith(h)), key=len)
