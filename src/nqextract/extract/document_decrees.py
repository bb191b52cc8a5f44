"""documents, decreed by subject: a decree word ("sắc lệnh", "đạo luật") right after its signing or issuing verb,
in either case, named by the lower-case subject it opens ("Tổng thống X đã ký sắc lệnh hạ thấp ngưỡng ...",
"ban hành đạo luật các vùng biển"): the document is the type word and that subject, to the clause end or a word
that ends it (``decree_end``: "của", "vì", "nhằm" ...); a list of the same word after a comma or "và" names one
document each ("ban hành đạo luật A, đạo luật về B"). A plural or a demonstrative between verb and word
("ký hàng loạt sắc lệnh", "ký sắc lệnh này": ``decree_block``) names none."""

from __future__ import annotations

import re

from ..textnorm import fold
from .document_links import DocMention
from .document_rules import DocumentRules

_MAX_WORDS = 16
_NEXT = re.compile(r"[ \t]*(?:,|và)[ \t]*")


def _subject(text: str, rules: DocumentRules, start: int) -> int | None:
    """Where the subject opened at ``start`` ends, or None when it is a word alone or runs too long."""
    stop = rules.decree_end_re.search(text, start)
    end = stop.start() if stop else len(text)
    words = text[start:end].split()
    return start + len(text[start:end].rstrip()) if 2 <= len(words) <= _MAX_WORDS else None


def decreed_subjects(text: str, rules: DocumentRules) -> list[DocMention]:
    out: list[DocMention] = []
    for m in rules.decree_re.finditer(text):
        tw = rules.words.get(fold(m["tw"]))
        if tw is None:
            continue
        start, word = m.start("tw"), m["tw"]
        subject = m.end()
        while (end := _subject(text, rules, subject)) is not None:
            name = tw.type + " " + " ".join(text[subject:end].split())
            out.append(DocMention(start, end, tw.type, name, "name"))
            nxt = _NEXT.match(text, end)
            if nxt is None or fold(text[nxt.end() : nxt.end() + len(word)]) != fold(word):
                break
            start = nxt.end()
            lead = re.compile(r"[ \t]+(?-i:(?=[^\W\d_A-ZĐ]))").match(text, start + len(word))
            if lead is None:
                break
            subject = lead.end()
    return out
