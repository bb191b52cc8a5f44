"""documents, decisions named by their act: a capitalized decision word (a type flagged ``issued``: "Quyết định")
announced or handed over at a meeting and printed with no number, named by the act it performs and its object
("Đại hội đã công bố Quyết định chỉ định Ban Chấp hành Hội X khóa I, nhiệm kỳ 2026 - 2031 gồm 25 đồng chí", "trao
các quyết định như: Quyết định chỉ định A; Quyết định công nhận B", "công bố Quyết định của Tỉnh ủy về chỉ định ủy
viên Ban Chấp hành Đảng bộ xã Y nhiệm kỳ 2025 - 2030 với 27 đồng chí").

The act is a ``decision_act`` word right after the type word, or after its owner ("của" and a capitalized body) and
"về (việc)". The type word needs a lead that makes it a noun: a ``founding_lead`` word or a comma right before it
("công bố", "trao", "theo"), an issuing or signing verb before it in the clause, or a list's colon or semicolon;
opening a sentence otherwise, or after any other word, "Quyết định thành lập ..." is the verb 'decide'. A lower-case
"quyết định" is the verb or a common noun ("quyết định đầu tư", "ra quyết định", "các quyết định của UBND") but right
after a ``decision_lower_lead`` word ("công bố", "các" maybe between) with a ``decision_act`` or ``decision_lower_act``
word right after it ("công bố quyết định bổ nhiệm ông X giữ chức ...", not "trao/ký quyết định bổ nhiệm ...").

The name runs to the end of the act's object: to ". ; : ( ! ?" or a line end, to a ``decision_end`` phrase (what
follows the object, whole: "gồm", "với" but not "đối với", "ngày", "sau khi", "trong sáng nay"), to a ``subject_end``
word (a predicate: "được", "có hiệu lực"; led by no verb, such a decision is a clause's subject, no document named),
to "và" before a lower-case word (the next item listed) or before a capitalized type word (the next decision, named
as this one: "Quyết định A và Quyết định B"), or to a comma. A comma goes on before a ``decision_comma`` word (a
term: ", nhiệm kỳ 2025 - 2030"), after a ``founding_comma_join`` word ("phòng, chống", "thi đua, khen thưởng"), in a
list of titles (the object opening with a ``decision_title``: "chỉ định Chủ tịch, Phó Chủ tịch và ...") and in a list
of units (a ``decision_unit`` before and after it, "các xã, phường"; a unit's name before it and more names after,
"các xã A, B và C", "xã A, xã B và xã C"); never before a person's name ("..., Bí thư Đảng ủy xã Trần Thị Mai tặng
hoa": three capitalized words and a lower-case one). A quoted name inside it is kept whole. No end within 40 words:
no name."""

from __future__ import annotations

import re

from ..textnorm import fold, is_cap
from .document_forms import look_back
from .document_links import DocMention
from .document_names import INNER_PERIOD, SPACE
from .document_rules import DocumentRules
from .document_shorts import sentence_start

_MAX_WORDS = 40
_OWNER = re.compile(r"[ \t]+của[ \t]+[A-ZĐ][^\n,.;:()“”\"]{0,80}?[ \t]+về(?:[ \t]+việc)?(?=[ \t])")
_ABOUT = re.compile(r"[ \t]+về(?:[ \t]+việc)?(?=[ \t])")
_LIST_LEAD = re.compile(r"[:;][ \t]*$")
_WORD = re.compile(r"[^\W_][\w%/.–-]*")
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())  # no range: À-Ỹ holds lower case
# "... và nhân sự ...": the next item listed; "... và Quyết định ...": the next decision (when a type word opens there)
_NEXT_ITEM = re.compile(rf"[ \t]+và[ \t]+(?:(?=[^\W\d_])(?![{_UPPER}])|(?=[A-ZĐ])())")
# a clause after a comma, to the next comma or clause mark; a person's name in it: three capitalized words or more
# then a lower-case one ("..., Bí thư Đảng ủy xã Trần Thị Mai tặng hoa")
_SEGMENT = re.compile(r"[^,.;:()!?\n]*")
_NAMED = re.compile(rf"(?<!\w)(?:[{_UPPER}][^\W\d_]*[ \t]+){{3,}}[^\W\d{_UPPER}_]")
_UNIT_NAMED = re.compile(rf"(?<!\w)[^\W\d{_UPPER}_]+(?:[ \t]+[^\W\d{_UPPER}_]+)?(?=(?:[ \t]+[{_UPPER}][^\W\d_]*)+$)")
_CAPS = rf"[{_UPPER}][^\W\d_]*(?:[ \t]+[{_UPPER}][^\W\d_]*){{0,3}}"
_CAPS_AFTER = re.compile(rf"[ \t]+[{_UPPER}]")
# ", B và C", ", B, C và D" and then the clause's end or a lower-case word: the rest of a list of units' names
_NAMES_LIST = re.compile(rf",[ \t]+{_CAPS}(?:,[ \t]+{_CAPS})*[ \t]+và[ \t]+{_CAPS}(?=[ \t]*[,.;:!?\n]|[ \t]+[^\W\d{_UPPER}_])")
_QUOTED = re.compile(r"“[^”\n]{1,200}”|\"[^\"\n]{1,200}\"")
_DASH = re.compile(r"[-–][ \t]*(?=\w)")
_PLURAL_GAP = re.compile(r"[ \t]+(?:các[ \t]+)?")
_AGAINST = re.compile(r"(?<!\w)đối[ \t]*$")  # "đối với ông X": part of the object
_GAP_WORDS = re.compile(r"(?:[ \t]+[^\W\d_]+){0,2}[ \t]*")
_CAPITAL = re.compile(rf"(?<!\w)[{_UPPER}]")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_LIST_MORE = re.compile(r"[ \t]*(?:[,;]|và(?!\w))[ \t]*(?:và[ \t]+)?")


def _lead(text: str, rules: DocumentRules, start: int) -> tuple[bool, bool]:
    """Whether the type word at ``start`` is a noun (a lead before it), and whether an issuing verb leads it."""
    line0 = look_back(text, start)
    verb = rules.issuing_verb_re.search(text, line0, start) or rules.signed_re.search(text, line0, start)
    if verb is not None:
        return True, True
    if _LIST_LEAD.search(text, line0, start):
        return True, False
    if sentence_start(text, start):
        return False, False
    return rules.founding_lead_re.search(text, line0, start) is not None, False


def _bounded(text: str, m: re.Match[str]) -> bool:
    """Whether the word a match of a space-led row pattern holds starts a word (no letter right before it)."""
    word = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    return word == 0 or not text[word - 1].isalnum()


def _lower_lead(text: str, rules: DocumentRules, start: int) -> bool:
    """Whether a ``decision_lower_lead`` word ends right before the lower-case type word at ``start``, a plural
    word ("các") maybe between ("công bố các quyết định ..."), with no ``decision_lower_not`` word up to two words
    before it ("sẽ công bố", "chưa kịp công bố": a plan or a denial names no decision)."""
    line0 = look_back(text, start)
    for lead in rules.decision_lower_lead_re.finditer(text, line0, start):
        word = lead.start() + len(lead.group(0)) - len(lead.group(0).lstrip())
        if _bounded(text, lead) and _PLURAL_GAP.fullmatch(text, lead.end(), start):
            return not any(_bounded(text, n) and _GAP_WORDS.fullmatch(text, n.end(), word)
                           for n in rules.decision_lower_not_re.finditer(text, max(line0, word - 40), word))
    return False


def _lower_named(text: str, rules: DocumentRules, type_hit: re.Match[str], pos: int, end: int) -> bool:
    """Whether a lower-case decision whose act's object runs from ``pos`` to ``end`` names one decision: its object
    holds a capitalized word ("bổ nhiệm cán bộ đúng quy trình" names none), no numbered decision of its type follows
    in its sentence (the one printed with its number names it), and no list of persons goes on after it ("ông A giữ
    chức X và bà B giữ chức Y": whose decision is unsaid)."""
    if not _CAPITAL.search(text, pos, end):
        return False
    stop = _SENTENCE_END.search(text, end)
    numbered = re.compile(re.escape(type_hit["tw"]) + r"[ \t]+(?:số[ \t]+)?\d", re.IGNORECASE)
    if numbered.search(text, end, stop.start() if stop else len(text)):
        return False
    more = _LIST_MORE.match(text, end)
    return more is None or rules.decision_lower_person_re.match(text, more.end()) is None


def _comma_goes_on(text: str, rules: DocumentRules, pos: int, q: int) -> int | None:
    """Where the object starting at ``pos`` goes on after the comma at ``q`` (the end of the word that goes on's
    lead, or of the comma), or None: the comma ends it."""
    if rules.decision_comma_re.match(text, q + 1):
        return q + 1  # ", nhiệm kỳ 2025 - 2030"
    before = text[max(pos, q - 12) : q + 3].lower()
    if any(j.end() == len(before) - 3 for j in rules.founding_comma_re.finditer(before)):
        return q + 1  # "phòng, chống", "thi đua, khen thưởng"
    nxt = SPACE.match(text, q + 1).end()
    segment = _SEGMENT.match(text, nxt)
    if segment is None or _NAMED.search(segment.group(0)):
        return None  # a person's name after it: a clause of its own
    if rules.decision_title_re.match(text, pos) and rules.decision_title_re.match(text, q + 1):
        return q + 1  # "chỉ định Chủ tịch, Phó Chủ tịch và ...": a list of titles
    if any(u.end() == q for u in rules.decision_unit_re.finditer(text, max(pos, q - 12), q)) and \
            rules.decision_unit_re.match(text, q + 1):
        return q + 1  # "các xã, phường": a list of units
    if _unit_named(text, rules, pos, q) and (_NAMES_LIST.match(text, q) or (
            (u := rules.decision_unit_re.match(text, q + 1)) and _CAPS_AFTER.match(text, u.end()))):
        return q + 1  # "các xã A, B và C", "xã A, xã B": a list of units' names
    return None


def _unit_named(text: str, rules: DocumentRules, pos: int, q: int) -> bool:
    """Whether the words before ``q`` are a unit word and a capitalized name ("xã Bản Xèo")."""
    unit = _UNIT_NAMED.search(text, pos, q)
    return unit is not None and any(u.end() == unit.end() for u in rules.decision_unit_re.finditer(
        text, unit.start(), unit.end()))


def _object_end(text: str, rules: DocumentRules, pos: int, next_types: set[int]) -> int | None:
    """Where the act's object starting at ``pos`` ends, or None (no word, or no end within the words allowed)."""
    end = p = pos
    words = 0
    while words <= _MAX_WORDS:
        q = SPACE.match(text, p).end()
        if q >= len(text) or text[q] in ".;:()!?\n":
            if text.startswith(".", q) and p == q and INNER_PERIOD.match(text, q - 1):
                p = q + 1  # "TP.HCM"
                continue
            return end if words else None
        if text[q] == ",":
            if words and (on := _comma_goes_on(text, rules, pos, q)) is not None:
                p = on
                continue
            return end if words else None
        if (join := _NEXT_ITEM.match(text, p)) and (join.group(1) is None or join.end() in next_types) and not (
                (u := rules.decision_unit_re.match(text, join.end() - 1)) and _CAPS_AFTER.match(text, u.end())
                and _unit_named(text, rules, pos, p)):  # "xã A và xã B": a list of units' names goes on
            return end if words else None  # "... và nhân sự ...", "... và Quyết định ...": the next item listed
        if rules.subject_end_re.match(text, q) or (
                rules.decision_end_re.match(text, p) and not _AGAINST.search(text, max(0, p - 8), p)):
            return end if words else None  # "trao Quyết định thành lập cho ba đơn vị": no object named
        if words and (dash := _DASH.match(text, q)):
            p = dash.end()  # "nhiệm kỳ 2025 – 2030", "Bà Rịa - Vũng Tàu"
            continue
        tok = _QUOTED.match(text, q) or _WORD.match(text, q)
        if tok is None:
            return end if words else None
        words += 1
        end = p = tok.end()
        if text[end - 1] in ".–-" and not _QUOTED.match(text, q):  # a word's trailing period or dash is no part of it
            end = p = q + len(tok.group(0).rstrip(".–-"))
    return None


def announced_decisions(text: str, rules: DocumentRules, type_hits: list[re.Match[str]]) -> list[DocMention]:
    """Capitalized ``issued`` type words followed by a ``decision_act`` word (after an owner and 'về' maybe), led as
    a noun: one document each, named by the type word, the act and its object, number null."""
    out: list[DocMention] = []
    starts = {m.start() for m in type_hits if is_cap(m["tw"])}
    chained: set[int] = set()  # "Quyết định A và Quyết định B": the second led as the first
    for m in type_hits:
        tw = rules.words.get(fold(m["tw"]))
        if tw is None or not tw.issued:
            continue
        pos = m.end()
        if not is_cap(m["tw"]):  # "công bố quyết định bổ nhiệm ...": a lower-case one after its lead only
            act = rules.decision_act_re.match(text, pos) or rules.decision_lower_act_re.match(text, pos)
            noun = verb = _lower_lead(text, rules, m.start())
        else:
            if owner := (_OWNER.match(text, pos) or _ABOUT.match(text, pos)):
                pos = owner.end()
            act = rules.decision_act_re.match(text, pos)
            noun, verb = _lead(text, rules, m.start())
        if act is None or not text[act.end() : act.end() + 1].isspace():
            continue
        if not noun and m.start() not in chained:
            continue
        end = _object_end(text, rules, act.end(), starts)
        if end is None:
            continue
        if not is_cap(m["tw"]) and not _lower_named(text, rules, m, act.end(), end):
            continue
        if not verb and rules.subject_end_re.match(text, SPACE.match(text, end).end()) and not \
                rules.decision_end_re.match(text, end):
            continue  # "Theo ông X, Quyết định thành lập Ban Y được ủng hộ": the decision, a clause's subject
        if (join := _NEXT_ITEM.match(text, end)) and join.group(1) is not None:
            chained.add(join.end())
        printed = " ".join(text[m.start() : end].split())
        out.append(DocMention(m.start(), end, tw.type, tw.type + printed[len(m["tw"]) :], "name"))
    return out
