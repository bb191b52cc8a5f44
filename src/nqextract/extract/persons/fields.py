"""persons: an executive's title printed with the field it runs in lower case between the title and the body or
name ("giám đốc vận hành Công ty X", "Giám đốc điều hành tiếp thị Tổng công ty Y", "phó giám đốc kinh doanh
Nguyễn Văn A") is one title, the field part of it ("Giám đốc vận hành"); person_context.tsv field_title rows name
the titles, title_field rows the fields; any field of a few lower-case words with "của" and the firm after it is
one too ("giám đốc vật liệu pin của X"), unless a word of it is a field_not row's ("giám đốc mới của X")."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textnorm import fold
from .records import TitleHit
from .scan import ArticleScan

_MAX_FIELD_WORDS = 4  # the longest open field before "của" ("giám đốc điều hành khối bán lẻ của X")
_FIELD_TAGS = ("N", "V")  # a field's words: nouns, a verb after its head noun ("chuỗi cung ứng", "khối bán lẻ")


def with_fields(scan: ArticleScan, hits: list[TitleHit]) -> list[TitleHit]:
    """``hits`` with each field title extended over the field printed right after it, when a capitalized word (a
    body, a brand, a name) follows the field, "của" maybe between."""
    rx = scan.rules.title_field_re
    if rx is None:
        return hits
    out = []
    for hit in hits:
        if fold(hit.rule.title) in scan.rules.field_titles and scan.text.startswith(" ", hit.end):
            m = rx.match(scan.key, hit.end + 1)
            nxt = scan.next_word(m.end()) if m is not None else None
            if nxt is not None and scan.text[m.end() : nxt[0]] == " " and scan.text[nxt[0] : nxt[1]] == "của":
                gap = nxt[1]  # "giám đốc khoa học của Northwind": the firm after "của"
                nxt = scan.next_word(gap)
            else:
                gap = m.end() if m is not None else 0
            if nxt is not None and scan.text[gap : nxt[0]] == " " and _capitalized(scan.text[nxt[0] : nxt[1]]):
                field = m.group(0).lower()
                hit = TitleHit(hit.start, m.end(), replace(hit.rule, title=f"{hit.rule.title} {field}", field=field))
            elif (end := _field_before_owner(scan, hit.end + 1)) is not None:
                field = scan.text[hit.end + 1 : end].lower()
                hit = TitleHit(hit.start, end, replace(hit.rule, title=f"{hit.rule.title} {field}", field=field))
        out.append(hit)
    return out


def _field_before_owner(scan: ArticleScan, pos: int) -> int | None:
    """Where a field of one to four lower-case words printed at ``pos`` ends, when "của" and a firm (a brand, a
    body) follow it ("giám đốc vật liệu pin của X", "giám đốc chuỗi cung ứng của X"); None when the run does not
    read as a field: a word the tagger reads as no noun (a verb only after the head noun: "giám đốc trẻ nhất",
    "giám đốc bị khởi tố", "giám đốc một dự án"), a field_not row's word (person_context.tsv: "giám đốc mới",
    "giám đốc người nước ngoài", "giám đốc nhà hát"), or an owner that is a place or a work, no firm."""
    end, words = pos, 0
    while words <= _MAX_FIELD_WORDS:
        w = scan.word_at(end)
        if w is None or w[0] != end:
            return None
        word = scan.text[w[0] : w[1]]
        if word == "của" and words:
            field = fold(scan.text[pos : w[0]])
            rx = scan.rules.field_not_re
            if _firm_after(scan, w[1]) and (rx is None or rx.search(field) is None):
                return scan.skip_spaces_back(w[0])
            return None
        tag = scan.tag_at(w[0])
        if not word.isalpha() or not word.islower() or tag and (not tag.startswith(_FIELD_TAGS[: 2 if words else 1])):
            return None
        words += 1
        end = w[1] + 1
        if scan.text[w[1] : end] != " ":
            return None
    return None


def _firm_after(scan: ArticleScan, pos: int) -> bool:
    """A firm's name opens right after ``pos``: a capitalized word no place's, and, printed with more capitalized
    words, a body's head ("của Công ty X"; "của Hà Nội", a place, and "của Squid Game", a work, are none)."""
    nxt = scan.next_word(pos)
    if nxt is None or scan.text[pos : nxt[0]] != " " or not _capitalized(scan.text[nxt[0] : nxt[1]]):
        return False
    if scan.in_place(nxt[0], nxt[1]) or scan.is_loc(nxt[0], nxt[1]):
        return False
    second = scan.next_word(nxt[1])
    if second is None or scan.text[nxt[1] : second[0]] != " " or not _capitalized(scan.text[second[0] : second[1]]):
        return True
    rx = scan.rules.body_heads_re
    return rx is not None and rx.match(scan.text, nxt[0]) is not None


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def _capitalized(word: str) -> bool:
    """A word opening a body, a brand or a name: capitalized, or a brand with a capital inside ("eDoctor")."""
    return word[:1].isupper() or _INNER_CAPITAL.search(word) is not None
