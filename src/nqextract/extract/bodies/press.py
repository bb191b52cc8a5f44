"""A news outlet cited as a sentence's source is a mention of it: "Theo báo Hà Nội mới, ...", "Theo Hãng tin
Reuters, ...", "Như Tuổi Trẻ Online đã đưa tin, ..." (``outlet_opener``, ``outlet_word``, ``outlet_verb`` in
body_patterns.tsv); so is a Vietnamese outlet's brand after a cue citing it: "chia sẻ với Tuổi Trẻ" (``outlet_cue``,
``outlet_brand``). A credit or a source tag names none (:func:`.composites.kept`)."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules, norm_key
from .scan import BodyMatch, Text, is_word

_MAX_WORDS = 6
_DONE = re.compile(r"[ \t]+(?:đã[ \t]+)?")
_SENTENCE_END = ".!?:;\n\"“”'("


def cited_outlets(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """Outlets named after a capitalized opener that starts a sentence ("Theo", "Như")."""
    out = []
    for opener, ends in rules.outlet_openers.items():
        for m in opener.finditer(t.low):
            if t.capital_at(m.start()) and _opens_sentence(t.raw, m.start()):
                found = _outlet(t, m.end(), ends, rules)
                if found is not None:
                    out.append(found)
    return out


def _opens_sentence(raw: str, pos: int) -> bool:
    """Nothing but blanks between ``pos`` and the text's start or a sentence's end (read back from ``pos``,
    without copying the text before it)."""
    i = pos
    while i > 0 and raw[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or raw[i - 1] in _SENTENCE_END


def _outlet(t: Text, pos: int, ends: str, rules: BodyRules) -> BodyMatch | None:
    """The outlet named at ``pos`` (after the opener): a descriptor ("báo", "Hãng tin") then a name; "comma": the
    name ends before a comma (or before "của <country>", a time word), "verb": a reporting verb follows it."""
    start, head, described = pos, "", ""
    for word, value in rules.outlet_words.items():  # longest first
        if t.low.startswith(word + " ", pos):
            described, head = t.raw[pos : pos + len(word)], value
            pos += len(word) + 1
            break
    if ends == "comma" and not described:
        return None  # "Theo Bộ Xây dựng, ...": a body the other phases name, or no outlet at all
    words: list[tuple[int, int]] = []
    end = pos
    for ws, we in t.words_after(pos):
        if ws != end and (not words or t.raw[end:ws] != " "):
            break
        word = t.raw[ws:we]
        low = fold(word)
        if not word[0].isalpha() or (word[0].islower() and (
                not words or not described or low in rules.topic_stops)):
            break
        words.append((ws, we))
        end = we
        if len(words) > _MAX_WORDS:
            return None
    first = fold(t.raw[words[0][0] : words[0][1]]) if words else ""
    if not words or first in rules.surnames and len(words) > 1 and (not described or len(words) > 2 and fold(
            t.raw[words[1][0] : words[1][1]]) in rules.middle_names):
        return None  # "Như Nguyễn Văn An đã thông tin": a person ("báo Hà Nội mới" is none)
    if ends == "comma":
        rest = t.raw[end : end + 40]
        if not (rest.startswith(",") or (rest.startswith(" ") and "," in rest and
                                          fold(rest.split()[0]) in rules.topic_stops)):
            return None
    else:
        done = _DONE.match(t.low, end)
        at = done.end() if done else end
        if not any(t.low.startswith(v, at) and not is_word(t.raw, at + len(v)) for v in rules.outlet_verbs):
            return None
    name = t.raw[words[0][0] : end]
    if described[:1].isupper():
        name = f"{described} {name}"  # "Hãng tin Reuters": the descriptor printed as part of the name
    elif head and not name.isascii():
        name = f"{head} {name}"  # "báo Hà Nội mới" -> Báo Hà Nội mới; a foreign name takes no head
    else:
        start = words[0][0]
    name = rules.lookup.get(norm_key(name), name)
    return BodyMatch(start, end, name, "outlet")


def cued_outlets(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """A Vietnamese outlet's brand (``outlet_brand``, printed with its capitals) right after a cue that cites it
    (``outlet_cue``: "chia sẻ với Tuổi Trẻ", "theo ghi nhận của phóng viên Thanh Niên", "báo Người Lao Động"). Not
    a brand running on into a longer capitalized name, nor a cue that is the end of another word ("cảnh báo")."""
    if rules.outlet_cues is None:
        return []
    out = []
    for m in rules.outlet_cues.finditer(t.low):
        pos = m.end()
        before = t.low[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1] in rules.outlet_not_after:
            continue
        for form, name in rules.outlet_brands:  # longest first
            end = pos + len(form)
            if t.tones.startswith(form, pos) and not is_word(t.raw, end):
                if not (t.raw[end : end + 1] == " " and t.capital_at(end + 1)):
                    out.append(BodyMatch(pos, end, name, "outlet"))
                break
    return out
