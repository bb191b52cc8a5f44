"""documents, decisions named by their act: a capitalized decision word (a type flagged ``issued``: "Quyết định")
announced or handed over at a meeting and printed with no number, named by the act it performs and its object
("Đại hội đã công bố Quyết định chỉ định Ban Chấp hành Hội X khóa I, nhiệm kỳ 2026 - 2031 gồm 25 đồng chí", "trao
các quyết định như: Quyết định chỉ định A; Quyết định công nhận B", "công bố Quyết định của Tỉnh ủy về chỉ định ủy
viên Ban Chấp hành Đảng bộ xã Y nhiệm kỳ 2025 - 2030 với 27 đồng chí").

The act is a ``decision_act`` word right after the type word, or after its owner ("của" and a capitalized body) and
"về (việc)". The type word needs a lead that makes it a noun: a ``founding_lead`` word or a comma right before it
("công bố", "trao", "theo"), an issuing or signing verb before it in the clause, or a list's colon or semicolon;
opening a sentence otherwise, or after any other word, "Quyết định thành lập ..." is the verb 'decide'. A lower-case
"quyết định" is the verb or a common noun ("quyết định đầu tư", "ra quyết định", "các quyết định của UBND").

The name runs to the end of the act's object: to ". ; : ( ! ?" or a line end, to a ``decision_end`` word (what
follows the object: "gồm", "với" but not "đối với", "ngày", "để"), to a ``subject_end`` word (a predicate:
"được", "có hiệu lực"; led by no verb, such a decision is a clause's subject, no document named), to "và" before a lower-case word (the
next item listed), or to a comma, unless a ``decision_comma`` word follows it (a term: ", nhiệm kỳ 2025 - 2030"; a
title listed: "Chủ tịch, Phó Chủ tịch và Trưởng các Ban"; an administrative unit: "các xã, phường"). A quoted name
inside it is kept whole. No end within 40 words: no name."""

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
_JOIN = re.compile(r"[ \t]+và[ \t]+(?=[^\W\d_])(?![A-ZĐÀ-ỸẠ-Ỹ])")  # "... và nhân sự ...": the next item listed
_QUOTED = re.compile(r"“[^”\n]{1,200}”|\"[^\"\n]{1,200}\"")
_DASH = re.compile(r"[-–][ \t]*(?=\w)")
_AGAINST = re.compile(r"(?<!\w)đối[ \t]*$")  # "đối với ông X": part of the object


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


def _object_end(text: str, rules: DocumentRules, pos: int) -> int | None:
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
            if words and rules.decision_comma_re.match(text, q + 1):
                p = q + 1
                continue
            return end if words else None
        if _JOIN.match(text, p) or rules.subject_end_re.match(text, q) or (
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
    for m in type_hits:
        tw = rules.words.get(fold(m["tw"]))
        if tw is None or not tw.issued or not is_cap(m["tw"]):
            continue
        pos = m.end()
        if owner := (_OWNER.match(text, pos) or _ABOUT.match(text, pos)):
            pos = owner.end()
        act = rules.decision_act_re.match(text, pos)
        if act is None or not text[act.end() : act.end() + 1].isspace():
            continue
        noun, verb = _lead(text, rules, m.start())
        if not noun:
            continue
        end = _object_end(text, rules, act.end())
        if end is None:
            continue
        if not verb and rules.subject_end_re.match(text, SPACE.match(text, end).end()) and not \
                rules.decision_end_re.match(text, end):
            continue  # "Theo ông X, Quyết định thành lập Ban Y được ủng hộ": the decision, a clause's subject
        printed = " ".join(text[m.start() : end].split())
        out.append(DocMention(m.start(), end, tw.type, tw.type + printed[len(m["tw"]) :], "name"))
    return out
