"""A foreign minister's title names his ministry: "Bộ trưởng Hội nhập khu vực Cộng hòa Dominica" -> "Bộ Hội nhập
khu vực Cộng hòa Dominica", "Bộ trưởng Năng lượng Anh" -> "Bộ Năng lượng Anh" (fields no Vietnamese ministry has); the country may follow
"của" ("Bộ trưởng Tài chính của Qatar" -> "Bộ Tài chính Qatar") or the ministry's acronym ("Bộ trưởng Thương mại, Đầu
tư và Công nghiệp (MITI) Malaysia" -> "Bộ Thương mại, Đầu tư và Công nghiệp Malaysia")."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

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
                if fold(country) != "việt nam" and not _person_in(words + [country], rules):
                    field = t.tones[tm.end() : p]
                    out.append(BodyMatch(tm.end(), cm.end(), f"{head} {' '.join(field.split())} {country}", "title"))
                break
            wm = _WORD.match(t.tones, p) if words else re.compile(r"([^\W\d_]+)").match(t.tones, p)
            if wm is None or fold(wm.group(1)) in rules.not_fields or t.tones[wm.end() : wm.end() + 1].isalnum():
                break
            words.append(wm.group(1))
            p = wm.end()
    return out


def _person_in(words: list[str], rules: BodyRules) -> bool:
    """A surname then a capitalized word, the country's word too: the title's holder ("Bộ trưởng Công Thương Trần
    Tuấn Anh", "Bộ trưởng Trần Đức Thắng"), not a field."""
    return any(w[:1].isupper() and fold(w) in rules.surnames and nxt[:1].isupper()
               for w, nxt in zip(words, words[1:] + [""]))
