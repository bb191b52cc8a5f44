"""A border guard post ("Đồn Biên phòng Hòa Lộc"): its name is the place or the border gate it guards, printed
capitalized right after the head (a gate's lead words, "cửa khẩu quốc tế", or "số" and a number may come first):
at most three capitalized words (the first two where more run on), ended by the first lower-case word or mark,
a number, an acronym ("[BĐBP]") or any whole phrase of the stop data: a body's head ("... Na Mèo [Bộ Quốc
phòng]", "[UBND]"), an officer's title or an honorific (titles.tsv, person_honorifics.tsv: "[Thượng tướng]",
"[Ông]"), a place level ("[Xã]"), a sentence opener ("[Theo]") or a date's word (date_words.json: "[Hôm]"), and
after the first word a province or a country ("... Na Mèo [Lào]"); the stop data comes built with the bodies'
rules (``rules.name_words.posts.stops``, body_words.post_stops). After two place words a personal name of
three words ("... Lũng Cú [Nguyễn Văn An]") is a person's. A head followed by a Title Case headline (five words
or more, no stop ending the place) names nothing. The head is spelled as its border_post_head row says
("Đồn biên phòng" -> "Đồn Biên phòng"); a prison's and a police station's heads are such rows too ("Trại giam
Xuân Lộc [Bộ Công an]"). A place of one word opening lower-case words that define an acronym or run on to a
capitalized word ("Đồn Công an Khu công nghiệp (KCN) X") is a common noun: no post. Posts listed after one head ("Đồn Biên phòng A, B và C", joined by
commas and conjunction rows) are each a post, named with the head, where each item passes the same place test,
is two or three capitalized words and ends at a separator, "(" or the list's end; the list stops before any other
item ("... A và [Nhân dân xã B]", "... A và [Ông B]")."""

from __future__ import annotations

from ...textnorm import fold
from ..body_rules import BodyRules
from ..body_words import PostStops
from .scan import BodyMatch, Text

MOST_PLACE_WORDS = 3
HEADLINE_WORDS = 5
DEFINED_WORDS = 4  # the most lower-case words of a phrase defining an acronym after the place's first word


def border_posts(t: Text, start: int, pos: int, head: str, rules: BodyRules) -> list[BodyMatch] | None:
    """The posts a border_post_head at ``start`` (its end at ``pos``) names; None for another head, [] for none
    ("Đồn Biên phòng đóng quân trên địa bàn xã X": the head alone names no post)."""
    posts = rules.name_words.posts
    spelling = posts.heads.get(fold(head))
    if spelling is None:
        return None
    words = t.words_after(pos)
    if not words or words[0][0] != pos + 1 or t.raw[pos] != " ":
        return []
    stops = posts.stops
    q = pos + 1
    lead = posts.lead.match(t.low, q) if posts.lead is not None else None
    i = 0
    if lead:
        while i < len(words) and words[i][1] <= lead.end():
            i += 1
    j = _place_end(t, words, i, rules, stops)
    if j is None or j - i == 1 and _defined_phrase(t, words, j):
        return []  # "Đồn Công an Khu công nghiệp (KCN) X": a capitalized common noun, no place
    if _headline(t, words) and j < len(words) and not t.raw[slice(*words[j])].isupper() and \
            not _stop_at(t, words, j, rules, stops) and not _person_follows(t, words, j, rules):
        return []  # "Đồn Biên Phòng Cầu Treo Bắt Giữ Đối Tượng ...": a headline in Title Case
    end = words[j - 1][1]
    out = [_post(t, start, q, end, words, spelling, head)]
    items = []
    while j < len(words):  # "Đồn Biên phòng A, B và C": each a post
        sep, k = _separator(t, words, j, stops)
        if sep is None:
            break
        e = _place_end(t, words, k, rules, stops, listed=True)
        if e is None:
            break  # "... A và Ông B", "... A và Công an huyện B", "... A và Lào": no post
        items.append((k, e))
        j = e
        if sep != ",":
            return out + [_post(t, words[s][0], words[s][0], words[e - 1][1], words, spelling, head) for s, e in items]
    return out


def _defined_phrase(t: Text, words: list[tuple[int, int]], j: int) -> bool:
    """The place's one word opens a phrase of lower-case words that defines an acronym in parentheses ("Khu công
    nghiệp (KCN)") or runs on to a capitalized word ("Khu công nghiệp Biên Hòa"): a capitalized common noun
    opening a longer name, not the place the name ends with; no name is read then."""
    n = j
    while n < len(words) and n - j < DEFINED_WORDS and t.raw[words[n - 1][1] : words[n][0]] == " " \
            and t.raw[words[n][0]].islower():
        n += 1
    if n == j or n >= len(words):
        return False
    if t.raw[words[n - 1][1] : words[n][0]] == " " and t.raw[words[n][0]].isupper():
        return True  # "Khu công nghiệp Biên Hòa": the place comes after the common noun
    if n + 1 >= len(words) or t.raw[words[n - 1][1] : words[n + 1][0]] != " (":
        return False
    acronym = t.raw[slice(*words[n + 1])]
    return acronym.isupper() and len(acronym) > 1


def _post(t: Text, start: int, q: int, end: int, words: list[tuple[int, int]], spelling: str, head: str) -> BodyMatch:
    name = " ".join([spelling, *(t.tones[s:e] for s, e in words if q <= s and e <= end)])
    return BodyMatch(start, end, name, "proper", head=head)


def _separator(t: Text, words: list[tuple[int, int]], j: int, stops: PostStops) -> tuple[str | None, int]:
    """The separator after word ``j - 1`` ("," or a conjunction row) and the index of the word after it."""
    end = words[j - 1][1]
    if t.raw[end : end + 2] == ", ":
        k = next((k for k in range(j, min(j + 2, len(words))) if words[k][0] == end + 2), None)
        return ("," if k is not None else None), j if k is None else k
    if t.raw[end : words[j][0]] == " " and fold(t.low[slice(*words[j])]) in stops.separators \
            and j + 1 < len(words) and t.raw[words[j][1] : words[j + 1][0]] == " ":
        return "và", j + 1
    return None, j


def _headline(t: Text, words: list[tuple[int, int]]) -> bool:
    """The text after the head is Title Case for ``HEADLINE_WORDS`` words or more (one blank between each)."""
    run = 0
    for n, (s, _e) in enumerate(words):
        if not t.raw[s].isupper() or (n and t.raw[words[n - 1][1] : s] != " "):
            break
        run += 1
    return run >= HEADLINE_WORDS


def _stop_at(t: Text, words: list[tuple[int, int]], i: int, rules: BodyRules, stops: PostStops, first: bool = False
             ) -> bool:
    """Word ``i`` opens something else: a stop phrase of whole words; after a place's first word (``first``
    False) also a province or a country ("Đồn Biên phòng Mỹ Đà" is a post, "... Na Mèo [Lào]" no part of it)."""
    parts = []
    for s, e in words[i : i + stops.longest]:
        parts.append(fold(t.low[s:e]))
        phrase = " ".join(parts)
        if phrase in stops.phrases or not first and phrase in stops.countries:
            return True
    return not first and rules.places is not None and rules.places.match(t.low, words[i][0]) is not None


def _place_end(t: Text, words: list[tuple[int, int]], i: int, rules: BodyRules, stops: PostStops,
               listed: bool = False) -> int | None:
    """The index after the last word of the capitalized place from word ``i``; None where none is there (a
    lower-case word, a stop, nothing). ``listed``: a list item must end at a separator, "(" or the list's end."""
    n = i
    while n < len(words) and n - i < MOST_PLACE_WORDS:
        s, e = words[n]
        if n > i and t.raw[words[n - 1][1] : s] != " ":
            break
        first = t.raw[s]
        if first.isdigit():
            if n == i:
                n += 1
            break  # "số 5", "Đồn Biên phòng 309"; a number after the place is no part of it ("... A 2 năm qua")
        if not first.isupper() or t.raw[s:e].isupper() and e - s > 1 or _stop_at(t, words, n, rules, stops, n == i):
            # lower case, an acronym ("... Na Mèo [BĐBP] X", no place's syllable) or a stop
            break
        if n - i == 2 and _person_follows(t, words, n, rules):
            break  # "... Lũng Cú [Nguyễn Văn An]"
        n += 1
    if n == i:
        return None
    if n - i == MOST_PLACE_WORDS and n < len(words) and t.raw[words[n - 1][1] : words[n][0]] == " " \
            and t.raw[words[n][0]].isupper():
        n = i + 2  # four capitalized words or more: the place is the first two ("... Hòa Lộc [Triệu Phong]")
    if listed and n - i < 2:
        return None  # one capitalized word: a common word opening something else ("và Nhân dân xã", "và Người dân")
    if listed and n < len(words):
        gap = t.raw[words[n - 1][1] : words[n][0]]
        if not (gap.startswith((",", " (", "(", ".", ";")) or gap == " " and fold(t.low[slice(*words[n])]) in
                stops.separators):
            return None if gap == " " and t.raw[words[n][0]].isupper() else n
    return n


def _person_follows(t: Text, words: list[tuple[int, int]], n: int, rules: BodyRules) -> bool:
    """Words from ``n`` are a personal name: a surname and two or more capitalized words after it."""
    name = words[n : n + 3]
    return len(name) == 3 and fold(t.low[slice(*name[0])]) in rules.surnames and all(
        t.raw[s].isupper() and t.raw[name[k - 1][1] : s] == " " for k, (s, _e) in enumerate(name) if k)
