"""A police unit named at length right before its force, its field running in the tagger's words
(nouns, a few field verbs, "về", "và" and commas) from its head to the force's printed head ("Phòng Cảnh sát điều tra
tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường Công an tỉnh X", "Phòng An ninh mạng và phòng, chống tội phạm
công nghệ cao Công an thành phố Y"): the unit is read whole, as a proper name the units phase then names with the
force after it ("Phòng ... Công an tỉnh X"); a local force (a parent flagged ``comma``) also after a comma when the
field is printed capitalized ("Phòng Quản lý xuất nhập cảnh, Công an tỉnh X") or alone in parentheses ("Phòng Cảnh
sát hình sự (Công an tỉnh X)"), where the units phase names it on its own too. The heads, the forces' heads and the verbs a field holds are
body_patterns.tsv's ``unit_field_head``, ``unit_field_parent`` and ``unit_field_verb`` rows.

Any other word ends the field and names nothing: a verb of a clause ("Phòng Cảnh sát hình sự phối hợp Công an huyện
X"), a preposition ("Phòng X của Công an tỉnh Y"), a person's or a place's name ("Phòng Cảnh sát hình sự Nguyễn Văn
A"), a clause word ("đã"); so does a field ending with "về", "và" or a comma before the force. Read only with the
tagger's words."""

from __future__ import annotations

from bisect import bisect_right

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_MAX_TOKENS = 24  # tokens of the longest field, commas counted
_FIELD_TAGS = frozenset({"N", "Nc", "Nu", "A"})  # a field's words (never Np: a person's or a place's name)
_JOINS = frozenset({"về", "và", ","})  # inside a field only, never its last word


def unit_fields(t: Text, rules: BodyRules, tags: dict[int, str] | None) -> list[BodyMatch]:
    """The units of ``t`` named at length before their force (see the module), as proper names."""
    checks = rules.checks
    if tags is None or checks.unit_field_rx is None:
        return []
    starts = sorted(tags)
    out = []
    for m in checks.unit_field_rx.finditer(t.raw):
        start, p = m.start(), m.end()
        if start and t.raw[start - 1].isalnum():
            continue
        end = _field_end(t.raw, p, tags, starts, rules)
        if end is not None:
            field = t.raw[p + 1 : end]
            out.append(BodyMatch(start, end, f"{m.group()} {field[0].upper()}{field[1:]}", "proper", m.group()))
    return out


def _field_end(raw: str, p: int, tags: dict[int, str], starts: list[int], rules: BodyRules) -> int | None:
    """Where the field from ``p`` (the space after the head) ends, right before a force's head; else None."""
    checks = rules.checks
    last: str | None = None
    end = p
    for _ in range(_MAX_TOKENS):
        q = end
        while q < len(raw) and raw[q] == " ":
            q += 1
        if q == end and raw[q : q + 1] != ",":
            return None  # words glued to the head or the field ("Phòng-", "Phòng.")
        if _parent_at(raw, q, checks.unit_field_parents) or (
                raw[q : q + 1] == "(" and _parent_at(raw, q + 1, checks.unit_field_comma_parents)):
            return end if last is not None and last not in _JOINS else None
        tag = tags.get(q)
        if tag is None:
            return None
        i = bisect_right(starts, q)
        token_end = starts[i] if i < len(starts) else len(raw)
        token = raw[q:token_end].rstrip()
        word = fold(token)
        if token == ",":
            nxt = q + 1
            while raw[nxt : nxt + 1] == " ":
                nxt += 1
            if _parent_at(raw, nxt, checks.unit_field_parents):
                if not _parent_at(raw, nxt, checks.unit_field_comma_parents):
                    return None  # "Cục X, Bộ Công an": the ledger's gold names the unit alone as often as not
                # "Phòng Quản lý xuất nhập cảnh, Công an tỉnh X": the units phase names it with a local force after a
                # comma; only a field printed as a proper name ("Phòng cảnh sát kinh tế, Công an ..." names none)
                return end if last is not None and last not in _JOINS and raw[p + 1 : p + 2].isupper() else None
            ok = last is not None and last not in _JOINS
        elif word in ("về", "và"):
            ok = last is not None and last not in _JOINS
        elif (h := checks.unit_field_rx.match(token + " ")) is not None and h.end() == len(token):
            return None  # another unit's head: a list ("Cục X và Phòng Y Công an ...")
        elif tag in _FIELD_TAGS or (tag == "V" and word in checks.unit_field_verbs):
            ok = token[:1].isalpha()
        else:
            ok = False
        if not ok or "\n" in token:
            return None
        last = token if token == "," else word
        end = q + len(token)
    return None


def _parent_at(raw: str, q: int, parents: tuple[str, ...]) -> bool:
    """A force's printed head starts at ``q``, a whole word."""
    return any(raw.startswith(f, q) and not raw[q + len(f) : q + len(f) + 1].isalnum() for f in parents)
