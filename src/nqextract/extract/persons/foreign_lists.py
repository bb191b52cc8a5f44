"""persons, phase 3 (foreign lists): an enumeration of foreign full names an enumeration word introduces
(person_context.tsv foreign_list_intro: "là", "gồm", "như") or a person noun (person_honorifics.tsv, no
expert's descriptor: "ba vận động viên"), none of them introduced by a title or an honorific of its own:
"những người sáng lập là A B, C del D E và F G", "ba tỉ phú là A B (104 tỉ USD), C D (76 tỉ USD) và E F",
"các CEO như A B của X và C D của Y". Every item is a run of two to four capitalized words spelled as a foreign
name (a lower-case particle maybe between: "del", "von"), maybe followed by a bracket or by "của" and its
owner's name; the items are joined by commas, the last by "và", and the list is closed after the last item by
punctuation or a lower-case word. One item that is no such name (a place, a body, an organization, a word
Vietnamese could spell, a single word: "là Google và Apple", "là New York và Hà Nội") leaves the whole list
unread."""

from __future__ import annotations

import re

from ...textnorm import fold
from .names import cap_run
from .scan import ArticleScan, spelled_foreign

_SEP = re.compile(r"(?:,[ \t]+(?P<and>và[ \t]+)?|[ \t]+(?P<last>và)[ \t]+)")
_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,40}\)")  # "(104 tỉ USD)", "(Anh)"
_OWNER = re.compile(r"[ \t]+của[ \t]+")  # "A B của OpenAI"
_PUNCT_AFTER = re.compile(r"[ \t]*(?:[.,;:!?)\u201d\"]|$)")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_])")
_MOST_ITEMS = 8
_OWNER_WORDS = 3
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_NOUN_WORDS = 3  # "nhà đồng sáng lập", "người đàn ông"


def listed_foreign_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """The names of every such list (see the module) not overlapping a ``found`` name."""
    rx = scan.rules.foreign_list_intro_re
    # an enumeration word's end -> its start; the clause before it is read only where a list follows
    worded = {m.end(): m.start() for m in rx.finditer(scan.low)} if rx is not None else {}
    # "ba vận động viên A B (Anh), C D (Pháp) và E F (Ý)": a person noun introduces the list too
    nouned = set()
    for hs, he in scan.honorific_spans:
        noun = fold(scan.key[hs:he])
        if noun in scan.rules.honorifics and noun not in scan.rules.expert_honorifics:
            nouned.add(he)  # not an expert's descriptor: "các nhà phân tích X Y và Z W" may name firms
    taken = [(s, e) for s, (e, _why) in found.items()]
    out: list[tuple[int, int]] = []
    for end in sorted(nouned | worded.keys()):
        if scan.text[end : end + 1] != " ":
            continue
        items = _list_at(scan, end + 1)
        if not items or (end not in nouned and not _people_named(scan, worded[end])):
            continue
        for s, e in items:
            if not any(a < e and s < b for a, b in taken):
                out.append((s, e))
    return out


def _people_named(scan: ArticleScan, intro: int) -> bool:
    """Whether the clause before an enumeration word at ``intro`` names people: the noun right after its last
    count or plural word ("Ba nhà sáng lập ... là", "các cầu thủ như"; "các thương hiệu như", "Hai thương hiệu
    được người tiêu dùng chọn là": things) or, with no such word, the noun opening the clause ("Nhóm nghiên cứu
    gồm") is a person noun (person_honorifics.tsv, person_context.tsv called_noun) or a people-group noun
    (person_context.tsv foreign_list_people); counts are plural and foreign_list_count rows and numbers."""
    start = max((m.end() for m in _CLAUSE_END.finditer(scan.low, 0, intro)), default=0)
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", scan.low[start:intro])]
    keys = [fold(scan.low[start + a : start + b]) for a, b in words]
    rules = scan.rules
    counts = rules.plural | rules.foreign_list_counts
    head = 0
    for i, key in enumerate(keys[:-1]):
        if key.isdigit() or key in counts or (i + 1 < len(keys) and f"{key} {keys[i + 1]}" in counts):
            head = i + 1 + (f"{key} {keys[i + 1]}" in counts)
    for n in range(min(_NOUN_WORDS, len(keys) - head), 0, -1):
        noun = " ".join(keys[head : head + n])
        if noun in rules.honorifics or noun in rules.called_nouns or noun in rules.foreign_list_people:
            return True
    return False


def _list_at(scan: ArticleScan, pos: int) -> list[tuple[int, int]] | None:
    """The items of a list of foreign names starting at ``pos``, else None."""
    text = scan.text
    items: list[tuple[int, int]] = []
    while len(items) < _MOST_ITEMS:
        item = _foreign_item(scan, pos)
        if item is None:
            return None
        items.append(item)
        end = _past_aside(scan, item[1])
        sep = _SEP.match(text, end)
        if sep is None:
            return None
        if sep["and"] or sep["last"]:
            last = _foreign_item(scan, sep.end())
            if last is None or not _closed(text, _past_aside(scan, last[1])):
                return None
            return [*items, last]
        pos = sep.end()
    return None


def _past_aside(scan: ArticleScan, end: int) -> int:
    """The end of a bracket or of "của" and an owner's capitalized name printed right after an item."""
    m = _BRACKET.match(scan.text, end)
    if m is not None:
        return m.end()
    m = _OWNER.match(scan.text, end)
    if m is not None:
        owner = cap_run(scan, m.end(), limit=_OWNER_WORDS)
        if owner:
            return owner[-1][1]
    return end


def _foreign_item(scan: ArticleScan, pos: int) -> tuple[int, int] | None:
    """A foreign full name of two to four capitalized words at ``pos``, lower-case particles maybe between
    ("Francisco del Rosario Sánchez"); no place, body, organization or stop word."""
    text = scan.text
    rules = scan.rules
    run = cap_run(scan, pos, limit=5)
    if not run or run[0][0] != pos:
        return None
    while True:  # "del", "von der": a particle, then the name goes on
        end = run[-1][1]
        at = end
        while (w := scan.next_word(at)) is not None and text[at : w[0]] == " " and fold(
                text[w[0] : w[1]]) in rules.name_particles and text[w[0]].islower():
            at = w[1]
        nxt = scan.next_word(at)
        if at == end or nxt is None or text[at : nxt[0]] != " ":
            break
        more = cap_run(scan, nxt[0], limit=4)
        if not more:
            break
        run = [*run, *more]
    words = [text[a:b] for a, b in run]
    if not 2 <= len(words) <= 4 or not spelled_foreign(words):
        return None
    keys = [fold(w) for w in words]
    if any(k in rules.name_stop or k in rules.org_words or k in rules.firm_words for k in keys):
        return None
    s, e = pos, run[-1][1]
    if s in scan.place_at or any(ps < e and s < pe for ps, pe in scan.places):
        return None
    if any(bs < e and s < be for bs, be, _ in scan.bodies):
        return None
    return s, e


def _closed(text: str, end: int) -> bool:
    """Punctuation, the end of the text or a lower-case word right after ``end``."""
    if _PUNCT_AFTER.match(text, end):
        return True
    m = _WORD_AFTER.match(text, end)
    return m is not None and m.group(1).islower()
