"""One head shared by a list of names printed after it once: "các bệnh viện Bạch Mai, Chợ Rẫy, Da liễu trung ương" ->
Bệnh viện Bạch Mai, Bệnh viện Chợ Rẫy, Bệnh viện Da liễu trung ương; "Các trường này gồm Đại học A, Công nghệ A, B." ->
Đại học A, Đại học Công nghệ A, Đại học B (``shared_head`` rows of body_patterns.tsv: the heads and the head each
names; ``shared_list_cue``: the words right before the head that open a list, "gồm", "là"; a plural "các", "hai",
"3" does too). Printed in lower case, a head names its list only after such a word, two names at least. Without one
the list is one only when its names open with the same word ("Bệnh viện Nhi đồng 1, Nhi đồng 2, Nhi đồng thành phố").

Each listed name is read as a proper name's tail is (:func:`.proper.proper_tail`: lower-case words go on in the
tagger's nouns); the list stops at another body, another head, a place, a country, a person, a title, a time word
("Chủ nhật"), a department's head ("Khoa Nội") or a word no name holds ("Bệnh viện A, Hà Nội", "Bệnh viện A, Giám đốc ...", "Bệnh viện A, Bệnh viện B": a body of its own), and after
a name a lower-case word follows ("Bệnh viện A, B đang quá tải"); a name holding "và" ends it too, unread: "và" may
join the list or a name's own fields ("..., Lincoln và Otago", "..., Sản và Nhi X"). Ministries listed after "Bộ" are the gazetteer's (:func:`.gazetteer.ministry_lists`)."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules
from ..phrases import LIST_SEP
from .proper import proper_tail
from .scan import BodyMatch, Text

_COLON = re.compile(r"[ \t]*:")
_AND = re.compile(r"[ \t]và[ \t]")
_MAX_NAMES = 12
_MAX_WORDS = 12
_CLAUSE_END = ".;:!?)\n…"


def shared_heads(t: Text, chosen: list[BodyMatch], rules: BodyRules, tags: dict[int, str] | None) -> list[BodyMatch]:
    """``chosen`` with a body for each name listed after a shared head (see the module), in text order."""
    rx = rules.checks.shared_rx
    if rx is None:
        return chosen
    starts = {m.start: m for m in chosen}
    blocked = set(starts)
    spans = [(m.start, m.end) for m in chosen]
    out: list[BodyMatch] = []
    for hm in rx.finditer(t.low):
        head = rules.checks.shared_heads[hm.group(0)]
        cued = _cued(t, hm.start(), rules)
        first = starts.get(hm.start())
        names: list[tuple[int, int]] = []
        field = fold(head) in rules.checks.field_owner_heads  # "các học viện Ngân hàng, ...": a field opening with a head
        after = _cue_after(t, hm.start(), hm.end(), rules)
        if first is not None:
            pos = first.end  # the head printed capitalized with its first name: that body is read already
        elif not t.capital_at(hm.start()) and (cued or after is not None):
            colon = _COLON.match(t.raw, hm.end())  # "gồm bệnh viện đa khoa: A, B, C"
            p = colon.end() if colon else hm.end()
            if after is not None:
                p, cued = after, True  # "Các bệnh viện gồm A, B": the cue printed after the head
            if not (end := _name_end(t, p + 1, rules, tags, blocked, field, cued)):
                continue
            names.append((p + 1, end))
            pos = end
        else:
            continue
        opening = fold(t.raw[hm.end() : pos].replace(":", " ").split()[0]) if t.raw[hm.end() : pos].split() else ""
        while len(names) < _MAX_NAMES and (sep := LIST_SEP.match(t.raw, pos)):
            q = sep.end()
            end = _name_end(t, q, rules, tags, blocked, field, cued)
            if not end or not cued and fold(t.raw[q:end].split()[0]) != opening:
                break  # no name; a list printed without a word opening it holds names opening alike
            names.append((q, end))
            pos = end
            if not _goes_on(t.raw, end):
                break
        if len(names) < (2 if first is None else 1):
            continue
        for s, e in names:
            if not any(a < e and s < b for a, b in spans):
                out.append(BodyMatch(s, e, f"{head} {' '.join(t.tones[s:e].split())}", "shared", head=head))
                spans.append((s, e))
    return sorted(chosen + out, key=lambda m: m.start) if out else chosen


def _cued(t: Text, start: int, rules: BodyRules) -> bool:
    """A plural or a shared_list_cue word (a colon maybe after it) right before the head at ``start``."""
    before = t.low[max(0, start - 20) : start]
    if rules.checks.grammar.plural_before_rx.search(before):
        return True
    words = before.replace(":", " ").split()
    return any(" ".join(words[-n:]) in rules.checks.shared_cues for n in (1, 2) if len(words) >= n)


def _cue_after(t: Text, start: int, end: int, rules: BodyRules) -> int | None:
    """Where the names start after a plural head (``start``-``end``) printed with its cue after it ("Các bệnh viện
    gồm A, B", "hai học viện là: A, B"), less one (the space before them), else None."""
    if not rules.checks.grammar.plural_before(t.low, start, 20):
        return None
    for cue in sorted(rules.checks.shared_cues, key=len, reverse=True):
        if t.low.startswith(" " + cue, end) and (after := _CUE_END.match(t.raw, end + 1 + len(cue))):
            return after.end() - 1
    return None


_CUE_END = re.compile(r"[ \t]*:?[ \t]")


def _name_end(t: Text, q: int, rules: BodyRules, tags: dict[int, str] | None, blocked: set[int], field: bool = False,
              cued: bool = False) -> int | None:
    """The end of a listed name starting at ``q`` (after a space), else None: no capitalized word, another body or
    head, a place, a country, a person (its tail reads none), a title, a time word, a department's head or a word no
    name holds opens there. A school's name (``field``) may open with a head ("các học viện Ngân hàng, Tài chính");
    in a list opened by a word (``cued``) a name may open with a sentence opener ("Từ Dũ") or read as a person's
    ("Hồng Ngọc"), its capitalized words whole up to the item's end."""
    if q in blocked or not t.raw[q : q + 1].isupper() or not t.raw[q - 1 : q].isspace():
        return None
    headed = any(rx.match(t.low, q) for rx, _ in rules.proper_heads)
    if headed and not field or any(rx.match(t.tones if exact else t.low, q) for rx, exact in rules.local_heads):
        return None
    if rules.places is not None and rules.places.match(t.low, q) or (
            rules.countries is not None and rules.countries.match(t.tones, q - 1)):
        return None
    words = t.low[q : q + 40].split()
    times, departments = rules.name_words.posts.stops.field_stops, rules.checks.departments
    opener = cued and _capitalized_run(t, q, blocked, rules) is not None  # "Từ Dũ": a name, no clause's opener
    if any(w in rules.unnamed and not headed or w in rules.sentence_openers and not opener or w in times
           or w in departments for w in (" ".join(words[:n]).strip(",.") for n in (1, 2, 3))):
        return None  # "..., Chủ nhật vẫn khám": a day; "..., Khoa Nội": a department, no listed name
    end = proper_tail(t, q - 1, rules, tags, blocked)
    if end <= q and cued:
        end = _capitalized_run(t, q, blocked, rules) or end  # "Hồng Ngọc", "Ung Bướu": read as a person's name
    if end <= q or len(t.raw[q:end].split()) > _MAX_WORDS or _AND.search(t.raw, q, end):
        return None  # "A, B và C": "và" joins the list or a name's fields ("Sản và Nhi X"), which no one can tell
    spaces = [i for i in range(q, end) if t.raw[i] == " "]
    if rules.person_before is not None and any(rules.person_before.match(t.low, q, i + 1) for i in spaces):
        return None  # "Giám đốc ...": a person's title
    return end


_RUN = re.compile(r"[A-ZÀ-ỸĐ][\w]*(?:[ ][A-ZÀ-ỸĐ][\w]*){1,3}")
_ITEM_END = re.compile(r"[ \t]*(?:[,;.!?)\n…]|$)")


def _capitalized_run(t: Text, q: int, blocked: set[int], rules: BodyRules) -> int | None:
    """The end of two to four capitalized words at ``q`` ending the list's item (a separator or the clause's end
    after them), none of them a body's start or a place, else None."""
    m = _RUN.match(t.raw, q)
    if m is None or not _ITEM_END.match(t.raw, m.end()):
        return None
    inner = [q + 1 + i for i, c in enumerate(t.raw[q + 1 : m.end()]) if t.raw[q + i] == " "]
    if any(i in blocked or rules.places is not None and rules.places.match(t.low, i) for i in inner):
        return None
    return m.end()


def _goes_on(raw: str, end: int) -> bool:
    """The list may go on after a name ending at ``end``: no clause mark, no ellipsis, no lower-case word next."""
    rest = raw[end : end + 3]
    if not rest or rest[0] in _CLAUSE_END or rest.startswith("..."):
        return False
    return bool(LIST_SEP.match(raw, end))
