"""A foreign minister's title names his ministry: "Bộ trưởng Hội nhập khu vực Cộng hòa Dominica" -> "Bộ Hội nhập
khu vực Cộng hòa Dominica", "Bộ trưởng Năng lượng Anh" -> "Bộ Năng lượng Anh" (fields no Vietnamese ministry has); the country may follow
"của" ("Bộ trưởng Tài chính của Qatar" -> "Bộ Tài chính Qatar") or the ministry's acronym ("Bộ trưởng Thương mại, Đầu
tư và Công nghiệp (MITI) Malaysia" -> "Bộ Thương mại, Đầu tư và Công nghiệp Malaysia"). A ministry a title names without a country before a foreign
holder ("Bộ trưởng Quốc phòng Đổng Quân", "Bộ trưởng Ngoại giao Vương Nghị" in an article about China) is the one foreign ministry of that name the article prints with its
country ("Bộ Quốc phòng Trung Quốc"); before several countries ("Bộ trưởng Quốc phòng các nước") it names none."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules
from ..persons.scan import looks_vietnamese, spelled_foreign
from .proper_edges import foreign_name
from .scan import UNNAMED, BodyMatch, Text

_WORD = re.compile(r"(?:, | và | - | )?([^\W\d_]+)")
_MAX_WORDS = 10
_ACRONYM = re.compile(r" \([A-ZĐ][A-ZĐ&-]{1,9}\)(?= )")  # "Bộ trưởng Thương mại, Đầu tư và Công nghiệp (MITI) Malaysia"


def foreign_minister_ministries(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """Ministries named by a minister's title ended by a foreign country (see the module); the titles, the head
    word of their ministry, the words never a field and the word before a country ("của") are
    body_patterns.tsv's foreign_minister_title, not_field and country_owner rows."""
    out: list[BodyMatch] = []
    if rules.countries is None or rules.foreign_minister_titles is None:
        return out
    for tm in rules.foreign_minister_titles.finditer(t.tones):
        head = rules.foreign_minister_heads[tm.group(1)]
        p = tm.end()
        words: list[str] = []
        while len(words) < _MAX_WORDS:
            am = _ACRONYM.match(t.tones, p) if words else None  # the ministry's acronym before its country
            om = rules.country_owner.match(t.tones, am.end() if am else p) if rules.country_owner else None
            at = om.end() if om else am.end() if am else p  # "Bộ trưởng Tài chính của Qatar"
            if words and (cm := rules.countries.match(t.tones, at) or (rules.republic and rules.republic.match(t.tones, at))):
                country = cm.group(1)
                # the country may be the holder's middle name ("Bộ trưởng Hồ Đức Phớc", "Thứ trưởng Lê Anh Tuấn")
                if fold(country) != rules.checks.grammar.home_key and not _person_in(words + [country], rules):
                    field = t.tones[tm.end() : p]
                    out.append(BodyMatch(tm.end(), cm.end(), f"{head} {' '.join(field.split())} {country}", "title"))
                break
            if words and _home_at(t, at, rules):
                break  # "Bộ trưởng Ngoại giao Việt Nam tiếp Đại sứ Nga": the home ministry, the country another's
            wm = _WORD.match(t.tones, p) if words else re.compile(r"([^\W\d_]+)").match(t.tones, p)
            if wm is None or fold(wm.group(1)) in rules.not_fields or t.tones[wm.end() : wm.end() + 1].isalnum():
                break
            words.append(wm.group(1))
            p = wm.end()
    return out


def _home_at(t: Text, at: int, rules: BodyRules) -> bool:
    """The home country ("Việt Nam") is printed at ``at``, after a blank, as a whole word."""
    home = rules.checks.grammar.home
    if not home or not t.tones[at : at + 1].isspace():
        return False
    q = len(t.tones[at:]) - len(t.tones[at:].lstrip())
    end = at + q + len(home)
    return fold(t.tones[at + q : end]) == fold(home) and not t.tones[end : end + 1].isalnum()


def _person_in(words: list[str], rules: BodyRules) -> bool:
    """A surname then a capitalized word, the country's word too: the title's holder ("Bộ trưởng Công Thương Trần
    Tuấn Anh", "Bộ trưởng Trần Đức Thắng"), not a field."""
    return any(w[:1].isupper() and fold(w) in rules.surnames and nxt[:1].isupper()
               for w, nxt in zip(words, words[1:] + [""]))


_NEXT_WORDS = re.compile(r"[ \t]+(\w+)[ \t]+(\w+)(?:[ \t]+(\w+))?")
_PLURAL_BEFORE_WINDOW = 16  # the characters before a title read for a plural ("các", "hai", a number)


def foreign_holders(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """Ministries named by a title (source "title") without a country: before a plural ("các nước") none; before a
    foreign holder's name (see :func:`_foreign_holder`: "Lloyd Austin", "Đổng Quân", "Vương Nghị" where the article
    is about China) the article's one foreign ministry of that name ("Bộ Quốc phòng Trung Quốc"), else the ministry
    as before."""
    titles = [m for m in matches if m.source == "title" and fold(m.name) in rules.ministry_keys]
    if not titles:
        return matches
    abroad = [b.name for b in matches if foreign_name(b.name, rules)]  # (read once per document)
    china: list[bool] = []  # whether the article is about China, read on first need
    out = []
    for m in matches:
        if m.source != "title" or fold(m.name) not in rules.ministry_keys:
            out.append(m)
        elif rules.plural_after.match(t.low, m.end) and not rules.checks.grammar.plural_before(
                t.low, m.start, _PLURAL_BEFORE_WINDOW):
            out.append(BodyMatch(m.start, m.end, "", UNNAMED))  # "Hội nghị Bộ trưởng Quốc phòng [các nước] ASEAN"
        elif _foreign_holder(t, m.end, rules, china) and len(
                named := {n for n in abroad if n.startswith(m.name + " ")}) == 1:
            out.append(BodyMatch(m.start, m.end, next(iter(named)), "title"))
        else:
            out.append(m)  # (a foreign holder's ministry of no country printed: kept, his title needs it)
    return out


def _foreign_holder(t: Text, end: int, rules: BodyRules, china: list[bool]) -> bool:
    """Two or three capitalized words after the title, no country, are a foreign name: foreign words, not all of
    them syllables Vietnamese could spell ("Lloyd Austin", "Hun Manet"), or, in an article naming China (a china_cue of person_context.tsv), a Chinese
    name read in Sino-Vietnamese: a china_surname ("Đổng Quân"), or a surname and one given syllable and no more
    ("Vương Nghị"; a Vietnamese minister's name holds a middle name: "Bùi Thanh Sơn")."""
    wm = _NEXT_WORDS.match(t.tones, end)
    if wm is None or not (wm.group(1)[:1].isupper() and wm.group(2)[:1].isupper()):
        return False
    if rules.countries is not None and rules.countries.match(t.tones, end):
        return False  # "Bộ trưởng Quốc phòng Nhật Bản ...": the country makes the ministry foreign already
    first, second, third = wm.group(1), wm.group(2), wm.group(3) or ""
    name = [first, second] + ([third] if third[:1].isupper() else [])
    if spelled_foreign(name):
        return True  # (the persons' test of a foreign name: "Lloyd Austin", "Hun Manet")
    if not china:
        china.append(rules.china_cues is not None and rules.china_cues.search(t.low) is not None)
    if not china[0] or not (looks_vietnamese(first) and looks_vietnamese(second)):
        return False
    if fold(first) in rules.china_surnames:
        return True
    return fold(first) in rules.surnames and fold(second) not in rules.middle_names and not third[:1].isupper()
