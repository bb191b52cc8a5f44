"""A news outlet cited as a sentence's source is a mention of it: "Theo báo Hà Nội mới, ...", "Theo Hãng tin
Reuters, ...", "Như Tuổi Trẻ Online đã đưa tin, ..." (``outlet_opener``, ``outlet_word``, ``outlet_verb`` in
body_patterns.tsv), a comma-ended source also opening a clause after a comma ("Ngày 27-6, theo báo Hà Nội mới, ...");
so is a Vietnamese outlet's brand after a cue citing it: "chia sẻ với Tuổi Trẻ" (``outlet_cue``,
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
    """Outlets named after a capitalized opener that starts a sentence ("Theo", "Như"), or after an opener whose name
    ends at a comma printed right after a comma, opening a clause ("Ngày 27-6, theo báo X, ...")."""
    out = []
    for opener, ends in rules.outlet_openers.items():
        for m in opener.finditer(t.low):
            if t.capital_at(m.start()) and _opens_sentence(t.raw, m.start()) or (
                    ends == "comma" and _after_comma(t.raw, m.start())):
                out += _outlet(t, m.end(), ends, rules)
    return out


def _opens_sentence(raw: str, pos: int) -> bool:
    """Nothing but blanks between ``pos`` and the text's start or a sentence's end (read back from ``pos``,
    without copying the text before it)."""
    i = pos
    while i > 0 and raw[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or raw[i - 1] in _SENTENCE_END


def _after_comma(raw: str, pos: int) -> bool:
    """A comma, then nothing but blanks, right before ``pos``: the opener opens a clause."""
    i = pos
    while i > 0 and raw[i - 1] in " \t\u00a0":
        i -= 1
    return i < pos and raw[i - 1 : i] == ","


def _outlet(t: Text, pos: int, ends: str, rules: BodyRules) -> list[BodyMatch]:
    """The outlet named at ``pos`` (after the opener): a descriptor ("báo", "Hãng tin") then a name; "comma": the
    name ends before a comma (or before "của <country>", a time word), "verb": a reporting verb follows it. The name
    ends at a reporting verb, an issue ("số ra") or "và" (``outlet_name_stop``: "theo báo X đưa tin hôm qua, ...");
    after "và" a second outlet ending alike is one too when it has its own descriptor or is a known outlet ("theo báo
    X và Tuổi Trẻ, ...")."""
    pos, head, described = _descriptor(t, pos, rules)
    if ends == "comma" and not described:
        return []  # "Theo Bộ Xây dựng, ...": a body the other phases name, or no outlet at all
    words = _name_words(t, pos, described, rules)
    first = fold(t.raw[words[0][0] : words[0][1]]) if words else ""
    if not words or first in rules.surnames and len(words) > 1 and (not described or len(words) > 2 and fold(
            t.raw[words[1][0] : words[1][1]]) in rules.middle_names):
        return []  # "Như Nguyễn Văn An đã thông tin": a person ("báo Hà Nội mới" is none)
    end = words[-1][1]
    if ends == "comma":
        if not _comma_ends(t, end, rules):
            return []
    else:
        done = _DONE.match(t.low, end)
        at = done.end() if done else end
        if not any(t.low.startswith(v, at) and not is_word(t.raw, at + len(v)) for v in rules.outlet_verbs):
            return []
    out = [_named(t, words[0][0], end, head, described, rules)]
    if ends == "comma" and (second := _second(t, end, head, rules)) is not None:
        out.append(second)
    return out


def _descriptor(t: Text, pos: int, rules: BodyRules) -> tuple[int, str, str]:
    """(where the name starts, the head it takes, the outlet_word as printed) at ``pos``; no outlet_word: (pos, "",
    "")."""
    for word, value in rules.outlet_words.items():  # longest first
        if t.low.startswith(word + " ", pos):
            return pos + len(word) + 1, value, t.raw[pos : pos + len(word)]
    return pos, "", ""


def _name_words(t: Text, pos: int, described: str, rules: BodyRules) -> list[tuple[int, int]]:
    """The words of a name at ``pos``: capitalized ones, lower-case ones after a descriptor too ("báo Hà Nội mới"),
    up to a topic_stop or an ``outlet_name_stop``; none when longer than the longest name."""
    words: list[tuple[int, int]] = []
    end = pos
    for ws, we in t.words_after(pos):
        if ws != end and (not words or t.raw[end:ws] != " "):
            break
        word = t.raw[ws:we]
        if not word[0].isalpha() or (word[0].islower() and (
                not words or not described or fold(word) in rules.topic_stops or _name_stop(t, ws, rules))):
            break
        words.append((ws, we))
        end = we
        if len(words) > _MAX_WORDS:
            return []
    return words


def _name_stop(t: Text, pos: int, rules: BodyRules) -> bool:
    """A reporting verb (``outlet_verb``) or an ``outlet_name_stop`` starts at ``pos`` (a ``numbered`` one only
    before a number: "số 125")."""
    if any(t.low.startswith(v, pos) and not is_word(t.raw, pos + len(v)) for v in rules.outlet_verbs):
        return True
    for stop, numbered in rules.cued.name_stops:
        at = pos + len(stop)
        if t.low.startswith(stop, pos) and not is_word(t.raw, at) and (
                not numbered or t.raw[at : at + 1] == " " and t.raw[at + 1 : at + 2].isdigit()):
            return True
    return False


_CLAUSE_BREAK = re.compile(r"[.!?;:][ \t]|[\n\"“”()]")


def _comma_ends(t: Text, end: int, rules: BodyRules) -> bool:
    """A comma right after the name, or a topic_stop or a name stop opening what runs on to a comma in the same
    clause ("theo báo X ngày 5-6, ...", "theo báo X số ra sáng nay, ...")."""
    if t.raw[end : end + 1] == ",":
        return True
    rest = t.raw[end : end + 40]
    comma = rest.find(",")
    if not rest.startswith(" ") or comma < 0 or _CLAUSE_BREAK.search(rest, 0, comma):
        return False
    return fold(rest.split()[0]) in rules.topic_stops or _name_stop(t, end + 1, rules)


def _named(t: Text, start: int, end: int, head: str, described: str, rules: BodyRules) -> BodyMatch:
    """The outlet printed at ``start``-``end`` after the descriptor ``described`` (its head ``head``)."""
    name = t.raw[start:end]
    place = rules.places.match(t.low, start) if rules.places is not None else None
    if described[:1].isupper():
        name = f"{described} {name}"  # "Hãng tin Reuters": the descriptor printed as part of the name
    elif head and (not name.isascii() or place is not None and place.end() >= end):
        name = f"{head} {name}"  # "báo Hà Nội mới" -> Báo Hà Nội mới, "báo Gia Lai" -> Báo Gia Lai; a foreign
        # name takes no head
    else:
        described = ""  # "báo Straits Times": the foreign name alone
    start -= len(described) + 1 if described else 0
    return BodyMatch(start, end, rules.lookup.get(norm_key(name), name), "outlet")


_AND = re.compile(r"[ \t]+và[ \t]+")


def _second(t: Text, end: int, head: str, rules: BodyRules) -> BodyMatch | None:
    """A second outlet after "và" following the first one's name at ``end``, ending at a comma alike: one with its own
    descriptor ("và báo Lao Động"), a brand ("và Tuổi Trẻ", with its own name) or a known outlet ("và Washington
    Post"); none otherwise ("theo báo X và Sở Y tế, ...")."""
    joined = _AND.match(t.raw, end)
    if joined is None:
        return None
    pos, own_head, described = _descriptor(t, joined.end(), rules)
    words = _name_words(t, pos, described or head, rules)
    if not words or not _comma_ends(t, words[-1][1], rules):
        return None
    start, stop = words[0][0], words[-1][1]
    if not described:
        printed = t.tones[start:stop]
        brand = next((name for form, name, _ in rules.cued.brands if form == printed), None)
        if brand is not None:
            return BodyMatch(start, stop, brand, "outlet")
        named = _named(t, start, stop, head, "", rules)
        known = {rules.lookup.get(norm_key(t.raw[start:stop])), named.name}
        return named if known & rules.press else None
    return _named(t, start, stop, own_head, described, rules)


def cued_outlets(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """A Vietnamese outlet's brand (``outlet_brand``, printed with its capitals) right after a cue that cites it
    (``outlet_cue``: "chia sẻ với Tuổi Trẻ", "theo ghi nhận của phóng viên Thanh Niên", "báo Người Lao Động"; the
    paper's own "Báo" printed capitalized is part of its name: "Báo Tuổi Trẻ"). A brand that is also a common word
    (``outlet_common_brand``: "Người Lao Động", workers) only after a word naming the press, before an
    ``outlet_closer`` or the sentence's end ("Theo ghi nhận của Thanh Niên, ...", "chia sẻ với Tiền Phong."), ending
    a quote's attribution ("“...”, một cán bộ nói với Thanh Niên.") or after a ``plain`` cue opening the sentence or a
    clause, a comma after the brand ("Trả lời Thanh Niên, ông ..."); never after a ``plain`` cue otherwise ("nói với
    Người Lao Động trong khu ..."). After "Báo" printed capitalized a site's brand keeps its own name ("Báo
    VnExpress" -> VnExpress). A brand a cue never cites (``outlet_cue_not``) is none after it.
    Not a brand running on into a longer capitalized name, a cue that is the end of another word ("cảnh báo"), a
    title in quotes closing right after the brand ("bộ phim “Nói với Tuổi Trẻ”"), nor a clause whose subject is a
    work ("Bài hát nói với ...")."""
    cued = rules.cued
    if cued.cues is None:
        return []
    out = []
    for m in cued.cues.finditer(t.low):
        pos = m.end()
        before = t.low[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1] in rules.outlet_not_after:
            continue
        word = "word" if m.group("word") else "cue"
        kind = cued.kinds.get(" ".join(m.group(word).split()), "")
        never = cued.cue_not.get(" ".join(m.group("cue").split()), frozenset())
        for form, name, sort in cued.brands:  # longest first
            end = pos + len(form)
            if not t.tones.startswith(form, pos) or is_word(t.raw, end):
                continue
            if form in never:
                break  # "trao đổi với PV Dân trí": a brand the gold names two ways after this cue
            if t.raw[end : end + 1] == " " and t.capital_at(end + 1):
                break
            if kind == "site" and sort != "site":
                break
            if sort == "common" and not (kind in ("word", "between") or _attribution(t, m.start(), end)
                                         or kind == "" and _closed(t, end, cued.closers)
                                         or kind == "plain" and _opening_cue(t, m.start(), end)):
                break
            if _titled(t, m.start(), end) or _work_clause(t, m.start(), cued.works):
                break
            start = m.start(word)
            if kind == "word" and t.raw[start].isupper() and name.startswith("Báo "):  # "Báo Tuổi Trẻ": its own name
                printed = t.raw[start:end]
                out.append(BodyMatch(start, end, rules.lookup.get(norm_key(printed), printed), "outlet"))
            else:
                out.append(BodyMatch(pos, end, name, "outlet"))
            break
    return out


def _closed(t: Text, end: int, closers: re.Pattern[str] | None) -> bool:
    """An ``outlet_closer`` or the end of the sentence or the text follows the brand ("chia sẻ với Tiền Phong.")."""
    return t.raw[end : end + 1] in (".", "!", "?", "\n", "") or closers is not None and closers.match(t.low, end) is not None


_OPENS_BEFORE = re.compile(r"(?:^|[.!?;:,\n\"“‘'(])[ \t]*$")


def _opening_cue(t: Text, start: int, end: int) -> bool:
    """A plain cue opening the sentence or a clause, the brand then a comma: the one answered is the outlet ("Trả lời
    Thanh Niên, ông ... khẳng định", "Nói với Tiền Phong, bà ... cho biết")."""
    return t.raw[end : end + 1] == "," and _OPENS_BEFORE.search(t.raw, max(0, start - 4), start) is not None


_QUOTED_BEFORE = re.compile(r"[\"”]\s*,[^.!?\"“”\n]*$")


def _attribution(t: Text, start: int, end: int) -> bool:
    """The cue's clause attributes a quote before it and the brand ends the sentence ("“...”, một cán bộ nói với
    Người Lao Động.")."""
    return t.raw[end : end + 1] in (".", "\n", "") and _QUOTED_BEFORE.search(t.raw, max(0, start - 80), start) is not None


_QUOTES = "\"“”'‘’«»"
_OPENING = "“‘«"


def _titled(t: Text, start: int, end: int) -> bool:
    """The quotes open at the cue and close right after the brand, a title ("bộ phim “Nói với Tuổi Trẻ”"); not quoted
    speech going on past it ("“Tôi đã nói với Tuổi Trẻ rồi”, ông ... nhấn mạnh")."""
    line_start = t.raw.rfind("\n", 0, start) + 1
    line_end = t.raw.find("\n", end)
    line_end = len(t.raw) if line_end < 0 else line_end
    opened = max((t.raw.rfind(q, line_start, start) for q in _QUOTES), default=-1)
    closes = [i for q in _QUOTES if (i := t.raw.find(q, end, line_end)) >= 0]
    if opened < 0 or not closes:
        return False
    mark = t.raw[opened]
    if mark not in _OPENING and (mark in "”’»" or t.raw.count(mark, line_start, opened) % 2):
        return False  # the quote before is a closing one: the cue stands outside
    return not t.raw[opened + 1 : start].strip() and not t.raw[end : min(closes)].strip()


_CLAUSE_END = ".!?;:,\n\"“”("


_CLAUSE_JOIN = re.compile(r"(?<!\w)(?:và|nhưng)[ \t]+")


def _work_clause(t: Text, start: int, works: re.Pattern[str] | None) -> bool:
    """The clause of the cue opens with a work's noun, its subject ("Bài hát nói với Tuổi Trẻ về ..."); a clause
    ends at a punctuation mark, "và" or "nhưng" ("Bộ phim ra mắt tuần trước và đạo diễn nói với Tuổi Trẻ ...")."""
    if works is None:
        return False
    i = start
    while i > 0 and t.raw[i - 1] not in _CLAUSE_END:
        i -= 1
    i = max([i, *(j.end() for j in _CLAUSE_JOIN.finditer(t.low, i, start))])
    while i < start and t.raw[i] in " \t":
        i += 1
    return works.match(t.low, i) is not None
