"""persons: bodies printed right after a title that the bodies component does not mark: a company named by
its brand alone ("Chủ tịch HĐQT VietinBank", "Tổng giám đốc BIM Group": no body head, a Latin-script name),
and a local party committee printed in lower case ("bí thư huyện ủy huyện Tuần Giáo", "nguyên bí thư đảng
ủy xã Kỳ Long")."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...textnorm import canonical_tones, fold
from .names import name_starts_at
from .records import TitleHit
from .scan import ArticleScan, is_acronym, is_cap

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&]*")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_BRAND_END = re.compile(r"[ \t]*(?:[,;:.)]|[ \t][-–][ \t]|$)")


def brand_after(scan: ArticleScan, hit: TitleHit, pos: int, limit: int = 3) -> tuple[str, int] | None:
    """The brand printed at ``pos`` after a company officer's title (person_context.tsv company_title), and its
    end; None unless it is one to ``limit`` Latin-script words ending the clause or followed by a Vietnamese
    name or a lower-case word, and reads as a company's: a capital inside a word ("VietinBank", "eDoctor"),
    a last word of a company (brand_word: "Group", "Airlines") or a company's ending (brand_ending:
    "Vietcombank"); a foreign person's name has none."""
    title = hit.rule.title.removesuffix(" " + hit.rule.field) if hit.rule.field else hit.rule.title
    if fold(title) not in scan.rules.company_titles:
        return None
    text = scan.text
    i = bisect_left(scan.word_starts, pos)
    end = pos
    words = []
    for k in range(i, min(i + limit, len(scan.words))):
        s, e = scan.words[k]
        w = text[s:e]
        if (k > i and text[end:s] != " ") or not _LATIN_WORD.fullmatch(w) or not (is_cap(w) or _INNER_CAPITAL.search(w)):
            break
        if k > i and (name_starts_at(scan, s) or s in scan.title_starts):
            break
        words.append(w)
        end = e
    if not words:
        return None
    after = scan.next_word(end)
    if not _BRAND_END.match(text, end) and not (after is not None and text[end : after[0]] == " " and (
            name_starts_at(scan, after[0]) or not is_cap(text[after[0] : after[1]]))):
        return None  # the brand ends the clause, or a name or a lower-case word (a verb) follows it
    last = words[-1]
    branded = any(_INNER_CAPITAL.search(w) and not is_acronym(w) for w in words) \
        or fold(last) in scan.rules.brand_words or fold(last).endswith(scan.rules.brand_endings)
    if not branded or fold(words[0]) in scan.rules.name_stop:
        return None
    return canonical_tones(text[pos:end]), end


def lower_committee_after(scan: ArticleScan, pos: int, limit: int = 4) -> tuple[str, int] | None:
    """A party committee printed in lower case at ``pos`` before its place (person_context.tsv committee_word:
    "huyện ủy huyện Tuần Giáo", "đảng ủy xã Kỳ Long"; one of no level, "Đảng ủy", only with a level word
    before the place): the committee's canonical name and the place's end; None for any other words."""
    text = scan.text
    first = scan.word_at(pos)
    second = scan.next_word(first[1]) if first is not None else None
    if second is None or text[first[1] : second[0]] != " " or is_cap(text[first[0] : first[1]]):
        return None
    own_level = scan.rules.committee_words.get(fold(text[first[0] : second[1]]))
    if own_level is None:
        return None
    committee = text[first[0]].upper() + text[first[0] + 1 : second[1]]
    at = scan.skip_spaces(second[1])
    level = next((lv for lv in scan.rules.local_body_words_longest
                  if fold(text[at : at + len(lv)]) == lv and text[at + len(lv) : at + len(lv) + 1] == " "), None)
    if level is None and not own_level:
        return None  # "đảng ủy cơ quan": a committee of no level ("Đảng ủy = ") needs one before its place
    at = at + len(level) + 1 if level is not None else at
    i = bisect_left(scan.word_starts, at)
    end = at
    for k in range(i, min(i + limit, len(scan.words))):
        s, e = scan.words[k]
        if (k > i and text[end:s] != " ") or not is_cap(text[s:e]) or s in scan.title_starts:
            break
        end = e
    if end == at:
        return None
    printed = committee + text[second[1] : end]
    return (scan.canonical(printed) or canonical_tones(printed)), end
