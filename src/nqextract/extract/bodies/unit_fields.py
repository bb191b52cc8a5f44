"""A police unit named at length right before its force, its field running in the tagger's words (nouns, a few
field verbs, "về", "và" and commas) from its head to the force's printed head ("Phòng Cảnh sát điều tra tội
phạm về tham nhũng, kinh tế, buôn lậu, môi trường Công an tỉnh X", "Phòng An ninh mạng và phòng, chống tội
phạm công nghệ cao Công an thành phố Y", a district police's team "Đội Cảnh sát điều tra tội phạm về trật tự - xã
hội Công an huyện Z", a dash joining a crimes' list after "về" as a comma does; a word abbreviation of
abbreviations.tsv, "Đội CSĐT tội phạm về TTXH Công an quận Z", is a field's word, spelled out in the name, the
first one also where the tagger read it with the head, "Đội CSĐT" one word): the unit is read whole, as a proper
name the units phase then names with the force after it ("Phòng ... Công an tỉnh X"), also after the unit's code in
parentheses when the field is printed capitalized ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC &
CNCH) Công an tỉnh X"); a local force (a parent
flagged ``comma``) also after a comma when the field is printed capitalized ("Phòng Quản lý xuất nhập cảnh, Công
an tỉnh X") or alone in parentheses ("Phòng Cảnh sát hình sự (Công an tỉnh X)"), where the units phase names it
on its own too. The heads, the forces' heads and the verbs a field holds are body_patterns.tsv's
``unit_field_head``, ``unit_field_parent`` and ``unit_field_verb`` rows; a head flagged ``police`` ("Đội") opens a
police unit only with a ``unit_field_police`` field, capitalized or not ("Đội Cảnh sát hình sự ..."; not "Đội Bóng
đá Công an X", a team of another kind: the force alone).

A field verb may be two of the tagger's words ("chữa" + "cháy"), the first maybe read as a noun ("phòng" of
"phòng cháy", "Cứu nạn"): another field verb may follow it. A comma or "và" stands in a field only before a field
verb ("An ninh mạng và phòng, chống", "và Cứu nạn cứu hộ", "phòng cháy, chữa cháy") or, after "về", in a list of
crimes' lower-case nouns ("về tham nhũng, kinh tế"); never before a capitalized word after a comma ("Phòng Cảnh
sát hình sự, Cảnh sát kinh tế Công an tỉnh X": two units). A
``unit_field_join_not`` noun, a ``unit_field_stop`` joining word, a title or a time word (titles.tsv,
date_words.json) ends the field wherever it stands ("Phòng Cảnh sát giao thông, lực lượng Công an tỉnh X", "Phòng
X cùng Công an tỉnh Y", "Phòng X hôm qua Công an tỉnh Y": bodies of their own), and a field reaches its local
force after a comma only as a ``unit_field_police`` one (not "Phòng Thanh tra, Công an tỉnh X"). A field
printed in lower case right after the head is a police unit's only (``unit_field_police``: "Phòng cảnh sát hình
sự ..."; not "Phòng y tế câu lạc bộ Công an X").

Any other word ends the field and names nothing: a verb of a clause ("Phòng Cảnh sát hình sự phối hợp Công an
huyện X"), a preposition ("Phòng X của Công an tỉnh Y"), a person's or a place's name ("Phòng Cảnh sát hình sự
Nguyễn Văn A"), a clause word ("đã"); so does a field ending with "về", "và" or a comma before the force, and
a field verb out of its place (``unit_field_verb_after``: "Phòng Cảnh sát hình sự điều tra vụ án Công an tỉnh
X" names none). A head inside a longer name or after a plural opens none (``unit_field_not_after``: "Cảnh sát
Phòng cháy chữa cháy Công an tỉnh X", "Các Phòng nghiệp vụ Công an tỉnh X"); a head after its title opens one
(``unit_field_title``: "Trưởng Phòng ..."), and one before a word it makes a field verb with is a field's word
("Phòng Cảnh sát Phòng cháy chữa cháy ... Công an tỉnh X"). A unit read here counts only where the units phase
names it with its force (:func:`unjoined_fields`): the bodies are read again without the others. Read only
with the tagger's words."""

from __future__ import annotations

from bisect import bisect_right

from ...textnorm import fold
from ..body_checks import NameChecks
from ..body_grammar import FIELD_DASHES
from ..body_rules import BodyRules
from .proper_edges import expand_words
from .scan import BodyMatch, Text, unit_code

_MAX_TOKENS = 24  # tokens of the longest field, commas counted
_FIELD_TAGS = frozenset({"N", "Nc", "Nu", "A"})  # a field's words (never Np: a person's or a place's name)


def unit_fields(t: Text, rules: BodyRules, tags: dict[int, str] | None) -> list[BodyMatch]:
    """The units of ``t`` named at length before their force (see the module), as proper names."""
    checks = rules.checks
    if tags is None or checks.unit_field_rx is None:
        return []
    starts = sorted(tags)
    out = []
    for m in checks.unit_field_rx.finditer(t.raw):
        start, p = m.start(), m.end()
        if start and t.raw[start - 1].isalnum() or _inside(t.raw, start, starts, checks):
            continue
        end = _field_end(t.raw, p, tags, starts, rules)
        field = t.raw[p + 1 : end] if end is not None else ""
        if not field:
            continue
        name = expand_words(f"{m.group()} {field[0].upper()}{field[1:]}", rules)  # "Đội CSĐT ..." spelled out
        # a field printed in lower case right after the head is a police unit's only ("Phòng cảnh sát hình sự Công an
        # tỉnh X"; not "Phòng y tế câu lạc bộ Công an X"), and any field after a head flagged ``police`` ("Đội Cảnh
        # sát hình sự Công an huyện X"; not "Đội Bóng đá Công an X", a team of another kind)
        police = fold(name[len(m.group()) + 1 :]).startswith(checks.unit_field_police)
        if police or field[:1].isupper() and fold(m.group()) not in checks.unit_field_police_heads:
            out.append(BodyMatch(start, end, name, "proper", m.group()))
    return out


def unjoined_fields(chosen: list[BodyMatch], fields: list[BodyMatch],
                    base: list[BodyMatch]) -> set[tuple[int, int, str]]:
    """The units of :func:`unit_fields` (start, end, name) ``chosen`` holds that the units phase did not name with a
    force body after it ("Cục Cảnh sát giao thông quản lý phương tiện Công an các địa phương": no force named), unless
    another phase of ``base`` reads the same: the bodies are read again without them, as the other phases read the
    words ("Cục Cảnh sát giao thông"; "Cục An ninh mạng và Văn phòng Bộ Công an": both units)."""
    read = {(m.start, m.end, m.name) for m in base}  # another phase's reading: it stays
    return {(m.start, m.end, m.name) for m in fields} & {(m.start, m.end, m.name) for m in chosen} - read


def _field_end(raw: str, p: int, tags: dict[int, str], starts: list[int], rules: BodyRules) -> int | None:
    """Where the field from ``p`` (the space after the head) ends, right before a force's head; else None."""
    checks = rules.checks
    about_words, joining = checks.grammar.about, checks.grammar.field_joining  # "về", "và"
    joins = checks.grammar.field_joins  # inside a field only, never its last word
    last: str | None = None
    verb = False  # the last word was a field verb in its place
    about = False  # the field holds "về": a list of crimes may follow ("về tham nhũng, kinh tế")
    end = p
    for _ in range(_MAX_TOKENS):
        q = end
        while q < len(raw) and raw[q] == " ":
            q += 1
        if q == end and raw[q : q + 1] != ",":
            return None  # words glued to the head or the field ("Phòng-", "Phòng.")
        if _parent_at(raw, q, checks.unit_field_parents) or (
                raw[q : q + 1] == "(" and _parent_at(raw, q + 1, checks.unit_field_comma_parents)) or (
                raw[p + 1 : p + 2].isupper() and (code := unit_code(raw, end)) is not None
                and _parent_at(raw, code + 1, checks.unit_field_parents)):
            # the force right after the field, alone in parentheses, or after the unit's code, the field printed
            # capitalized ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC & CNCH) Công an tỉnh X")
            return end if last is not None and last not in joins else None
        tag = tags.get(q)
        i = bisect_right(starts, q)
        token_end = starts[i] if i < len(starts) else len(raw)
        token = raw[q:token_end].rstrip()
        if tag is None:
            # the rest of the tagger's word that holds the head ("Đội CSĐT", one word): the field's first word, a word
            # abbreviation only
            if last is not None or token not in rules.word_abbr:
                return None
            tag = "N"
        word = fold(token)
        if _stops(word, rules):
            return None  # "Phòng X cùng Công an ...", "Phòng X hôm qua Công an ...", "Phòng X cùng cán bộ Công an ..."
        if (last == "," or last in checks.grammar.conjunctions or last in FIELD_DASHES) and not _joined(raw, q, token, word, tag, about, last, checks):
            return None  # "Phòng X, lực lượng Công an ...", "Phòng X, Cảnh sát Y Công an ...": two bodies or more
        if token == ",":
            nxt = q + 1
            while raw[nxt : nxt + 1] == " ":
                nxt += 1
            if _parent_at(raw, nxt, checks.unit_field_parents):
                if not _parent_at(raw, nxt, checks.unit_field_comma_parents):
                    return None  # "Cục X, Bộ Công an": the ledger's gold names the unit alone as often as not
                # "Phòng Quản lý xuất nhập cảnh, Công an tỉnh X": the units phase names it with a local force after a
                # comma; only a field printed as a proper name ("Phòng cảnh sát kinh tế, Công an ..." names none)
                return end if last is not None and last not in joins and raw[p + 1 : p + 2].isupper() \
                    and fold(raw[p + 1 : end]).startswith(checks.unit_field_police) else None
            ok = last is not None and last not in joins
        elif token in FIELD_DASHES:
            ok, is_verb = about and last is not None and last not in joins, False  # "về trật tự - xã hội"
        elif word in joining:
            ok = last is not None and last not in joins
            about = about or word in about_words
        elif (h := checks.unit_field_rx.match(token + " ")) is not None and h.end() == len(token):
            if not (_verb_place(last, verb, checks) and _head_verb(raw, token_end, word, starts, checks)):
                return None  # another unit's head: a list ("Cục X và Phòng Y Công an ..."), not "Cảnh sát Phòng cháy"
            ok = is_verb = True
        elif tag == "V" and _field_verb(raw, token_end, word, starts, checks):
            # a field verb only in its place: "Cảnh sát điều tra", "tội phạm về buôn lậu", "phòng, chống", "phòng
            # cháy chữa cháy"; not after a field's noun, a clause ("Phòng Cảnh sát hình sự điều tra vụ án ...")
            ok = is_verb = token[:1].isalpha() and _verb_place(last, verb, checks)
        elif tag in _FIELD_TAGS or token in rules.word_abbr:  # a field's word, or one abbreviated ("CSĐT", "TTXH")
            # a field verb the tagger reads as a noun ("Cứu nạn", "phòng" of "phòng cháy") is a verb all the same:
            # another may follow it ("cứu hộ", "cháy")
            ok, is_verb = token[:1].isalpha(), _field_verb(raw, token_end, word, starts, checks)
        else:
            ok = False
        if not ok or "\n" in token:
            return None
        verb = token != "," and word not in joining and is_verb
        last = token if token == "," or token in FIELD_DASHES else word
        end = q + len(token)
    return None


def _joined(raw: str, q: int, token: str, word: str, tag: str, about: bool, join: str, checks: NameChecks) -> bool:
    """The word at ``q`` may follow a comma or "và" inside a field: a field verb ("An ninh mạng và phòng, chống",
    "và Cứu nạn cứu hộ"), or after "về" a crime's lower-case noun ("về tham nhũng, kinh tế"); never a capitalized
    word after a comma nor a ``unit_field_join_not`` noun ("lực lượng", "đại diện", "cán bộ")."""
    if word in checks.unit_field_join_not or join == "," and token[:1].isupper():
        return False
    rest = fold(raw[q : q + 40])
    if (tag == "V" and word in checks.unit_field_verbs or rest.startswith(checks.unit_field_join_verbs)
            or any(rest.startswith(v + " ") for v in checks.unit_field_verbs if " " in v)):
        return True
    return about and token[:1].islower()


def _stops(word: str, rules: BodyRules) -> bool:
    """``word`` ends a field wherever it stands: a joining word (``unit_field_stop``: "cùng", "với"), a
    ``unit_field_join_not`` noun ("lực lượng", "cán bộ", "nhiều"), a title or a time word (titles.tsv and
    date_words.json as the rules read them: "Giám đốc", "hôm qua"; a time word's first syllable too: "tối")."""
    checks, times = rules.checks, rules.name_words.posts.stops.field_stops
    first = word.split(" ", 1)[0]
    return word in checks.unit_field_stops or word in checks.unit_field_join_not or word in times or first in times


def _verb_place(last: str | None, verb: bool, checks: NameChecks) -> bool:
    """A field verb may stand here: the field's first word, right after another field verb or a
    ``unit_field_verb_after`` word ("cảnh sát", "về", "và", a comma)."""
    return last is None or verb or last in checks.unit_field_verb_after


def _field_verb(raw: str, token_end: int, word: str, starts: list[int], checks: NameChecks) -> bool:
    """The tagger's word ``word`` is a unit_field_verb, alone or with the word after it ("chữa" + "cháy")."""
    return word in checks.unit_field_verbs or _head_verb(raw, token_end, word, starts, checks)


def _head_verb(raw: str, token_end: int, word: str, starts: list[int], checks: NameChecks) -> bool:
    """A unit's head inside a field is a field verb with the word after it ("Phòng cháy", "phòng chống")."""
    i = bisect_right(starts, token_end - 1)
    if i >= len(starts):
        return False
    nxt = starts[i + 1] if i + 1 < len(starts) else len(raw)
    return f"{word} {fold(raw[starts[i]:nxt].rstrip())}" in checks.unit_field_verbs


def _inside(raw: str, start: int, starts: list[int], checks: NameChecks) -> bool:
    """The head at ``start`` is a word inside a longer name: the tagger's word before it is a
    ``unit_field_not_after`` word ("Cảnh sát Phòng cháy chữa cháy", "Lực lượng Phòng cháy") or is printed
    capitalized, not opening its sentence ("Đội Kiểm lâm Phòng ..."; "Đại diện Phòng X" opens one)."""
    i = bisect_right(starts, start - 1) - 1
    if i < 0 or starts[i] >= start:
        return False
    prev = raw[starts[i]:start].rstrip()
    if fold(prev) in checks.unit_field_title:
        return False  # "Trưởng Phòng Cảnh sát ... Công an tỉnh X": the unit after its head's title
    if not prev or fold(prev) in checks.unit_field_not_after:
        return bool(prev)
    if not prev[:1].isupper():
        return False
    before = raw[: starts[i]].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"“”'(\n" and before[-1].isalnum()


def _parent_at(raw: str, q: int, parents: tuple[str, ...]) -> bool:
    """A force's printed head starts at ``q``, a whole word."""
    return any(raw.startswith(f, q) and not raw[q + len(f) : q + len(f) + 1].isalnum() for f in parents)
