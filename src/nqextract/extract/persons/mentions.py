"""persons, phase 5: every mention of a found person: printed names, short names after an
honorific, title-only references and pronouns."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...models import Position
from ...textnorm import canonical_tones, fold
from ..phrases import phrase_regex
from .names import cap_run
from .records import NameMention
from .scan import SPACES, ArticleScan, is_cap


def name_mentions(scan: ArticleScan, names: dict[str, str], found: dict[int, int]) -> list[NameMention]:
    """Every printing of every found name (longest name wins where they overlap)."""
    out: list[NameMention] = []
    taken: list[tuple[int, int]] = []
    for s, e in sorted(found.items(), key=lambda se: se[0] - se[1]):
        if any(a < e and s < b for a, b in taken):
            continue
        k = fold(" ".join(scan.text[s:e].split()))
        taken.append((s, e))
        out.append(NameMention(s, e, scan.aliases.get(k, names[k])))
    for k in sorted(names, key=len, reverse=True):
        name = names[k]
        rx = re.compile(r"(?<!\w)" + phrase_regex(canonical_tones(name)) + r"(?!\w)", re.IGNORECASE)
        name = scan.aliases.get(k, name)
        for m in rx.finditer(scan.key):
            s, e = m.start(), m.end()
            if not is_cap(scan.text[s]):
                continue
            if any(a < e and s < b for a, b in taken) or any(bs <= s and e <= be for bs, be, _ in scan.bodies):
                continue  # overlapping, or inside a body's name ("Học viện ... Hồ Chí Minh")
            # the name continues into more capitalized words: another person or a place
            nxt = scan.next_word(e)
            if nxt is not None and scan.text[e : nxt[0]] == " " and is_cap(scan.text[nxt[0] : nxt[1]]) and \
                    nxt[0] not in scan.title_starts and nxt[0] not in scan.body_at and \
                    fold(scan.text[nxt[0] : nxt[1]]) not in scan.rules.name_stop and len(name.split()) < 3:
                continue
            taken.append((s, e))
            out.append(NameMention(s, e, name))
    return out


def short_mentions(scan: ArticleScan, names: dict[str, str], mentions: list[NameMention]) -> list[NameMention]:
    """"ông Chính", "đồng chí Hiển": an honorific and a known person's given name."""
    by_given: dict[str, set[str]] = {}
    for name in names.values():
        by_given.setdefault(fold(name.split()[-1]), set()).add(name)
    taken = [(m.start, m.end) for m in mentions]
    out = []
    for _hs, he in scan.honorific_spans:
        pos = scan.skip_spaces(he)
        w = scan.word_at(pos)
        if w is None or any(a <= w[0] < b for a, b in taken):
            continue
        word = scan.text[w[0] : w[1]]
        run = cap_run(scan, w[0], limit=2)
        if len(run) != 1 or not is_cap(word):
            continue
        cands = by_given.get(fold(word), set())
        if len(cands) == 1:
            out.append(NameMention(w[0], w[1], next(iter(cands)), kind="short"))
    return out


def title_mentions(scan: ArticleScan, mentions: list[NameMention], positions: dict[str, list[Position]]) -> list[NameMention]:
    out: list[NameMention] = []
    base = sorted(mentions, key=lambda m: m.start)
    for ch in scan.chains:
        if ch.start in scan.attached or ch.plural or ch.predicative:
            continue
        if ch.target is not None and any(m.start == ch.target for m in base):
            continue
        item = ch.items[0]
        honor = any(scan.skip_spaces(he) == ch.start for _, he in scan.honorific_spans)
        if not honor and not is_cap(scan.text[ch.start]):
            continue
        holders = [
            n for n, ps in positions.items()
            if any(
                fold(p.title) == fold(item.hit.rule.title)
                and (item.body is None or p.body is None or fold(p.body) == fold(item.body))
                for p in ps
            )
        ]
        if not holders:
            continue
        name = _most_recent(scan, holders, ch.start, base)
        out.append(NameMention(item.hit.start, item.end, name, kind="title"))
    return out


def _most_recent(scan: ArticleScan, names: list[str], pos: int, mentions: list[NameMention]) -> str:
    before = [m for m in mentions if m.name in names and m.start < pos]
    if before:
        return before[-1].name
    after = [m for m in mentions if m.name in names]
    return after[0].name if after else names[0]


def _reverent_subject(scan: ArticleScan, base: list[NameMention]) -> str | None:
    """The person a communiqué or an obituary speaks of with a capitalized "Đồng chí" inside its sentences
    ("gia quyến Đồng chí", "Lễ tang Đồng chí", "nặng, Đồng chí đã từ trần"): the first person it names after
    that capitalized honorific ("Đồng chí Trần Đức Lương, nguyên Chủ tịch nước ..."). ``None`` where the
    article never prints the honorific so in the middle of a sentence."""
    reverent, subject = False, None
    for hs, he in scan.honorific_spans:
        if fold(scan.key[hs:he]) not in scan.rules.reverent_honorifics or not scan.text[hs].isupper():
            continue
        pos = scan.skip_spaces(he)
        named = next((m for m in base if m.start == pos and m.kind == "name"), None)
        if named is not None:
            subject = subject or named.name
            continue
        before = scan.text[max(0, hs - 2):hs]
        prev = scan.skip_spaces_back(hs)
        if before.endswith(" ") and prev > 0 and (scan.text[prev - 1].islower() or scan.text[prev - 1] == ","):
            reverent = True
    return subject if reverent else None


def pronoun_mentions(scan: ArticleScan, mentions: list[NameMention]) -> list[NameMention]:
    """"Đồng chí đề nghị", "Theo ông, ...": the person mentioned last; in a communiqué that speaks of its
    subject as "Đồng chí" (capitalized), that subject."""
    out = []
    base = sorted(mentions, key=lambda m: m.start)
    starts = [m.start for m in base]
    reverent = _reverent_subject(scan, base)
    for hs, he in scan.honorific_spans:
        word = fold(scan.key[hs:he])
        if word not in scan.rules.pronoun_honorifics:
            continue
        pos = scan.skip_spaces(he)
        if pos in scan.title_starts or any(m.start == pos for m in base):
            continue
        nxt = scan.word_at(pos)
        if nxt is None or is_cap(scan.text[nxt[0] : nxt[1]]):
            continue
        if scan.preceded_by(hs, scan.rules.plural):
            continue
        if word not in scan.rules.reverent_honorifics:  # "ông", "bà"
            if fold(scan.text[nxt[0] : nxt[1]]) in scan.rules.pronoun_not:
                continue
            before = scan.text[max(0, hs - 6) : hs]
            sentence_start = hs == 0 or scan.text[: hs].rstrip(SPACES)[-1:] in (".", "\n", "", ":", "“", '"')
            if not (sentence_start or before.endswith(", ") or fold(before).endswith("theo ")):
                continue
        if reverent is not None and word in scan.rules.reverent_honorifics and scan.text[hs].isupper():
            out.append(NameMention(hs, he, reverent, kind="pronoun"))
            continue
        i = bisect_left(starts, hs) - 1
        if i < 0:
            continue
        out.append(NameMention(hs, he, base[i].name, kind="pronoun"))
    return out
