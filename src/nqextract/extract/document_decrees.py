"""documents, decreed by subject: a decree word ("sắc lệnh", "đạo luật") right after its signing or issuing verb,
in either case, named by the lower-case subject it opens ("Tổng thống X đã ký sắc lệnh hạ thấp ngưỡng ...",
"ban hành đạo luật các vùng biển"): the document is the type word and that subject, to punctuation before a space,
a word that ends it (``decree_end``: "của", "vì", "tại", "thành" ...) or "và" before another decree word; a list of
the same word after a comma or "và" names one document each ("ban hành đạo luật A, đạo luật về B", "đạo luật A và
đạo luật B"). A subject opening with a capital ("ký sắc lệnh Ủy quyền ...", read by the named rules), or with a
demonstrative, a time, a place, a manner or a description (``decree_block``: "ký sắc lệnh này", "ký sắc lệnh tối
3-1", "ký đạo luật thành luật", "..., đạo luật đầu tiên trên thế giới về ...") names none; ``decree_word_not``
words ("thành lập", "công bằng") neither open nor end one."""

from __future__ import annotations

import re

from ..textnorm import fold
from .document_links import DocMention
from .document_rules import DocumentRules

_MAX_WORDS = 16
_NEXT = re.compile(r"[ \t]*(?:,|và)[ \t]*")


def _opens(text: str, rules: DocumentRules, start: int) -> bool:
    """Whether a subject opens at ``start``: a lower-case word, no ``decree_block`` one unless a ``decree_word_not``
    word holds it."""
    if start >= len(text) or not text[start].islower():
        return False
    return rules.decree_block_re.match(text, start) is None or rules.decree_word_not_re.match(text, start) is not None


def _subject(text: str, rules: DocumentRules, start: int) -> int | None:
    """Where the subject opened at ``start`` ends, or None when it is a word alone or runs too long."""
    if not _opens(text, rules, start):
        return None
    end = len(text)
    for stop in rules.decree_end_re.finditer(text, start):
        word = stop.start() + len(stop[0]) - len(stop[0].lstrip())
        if word > stop.start() and any(h.start() <= word < h.end() for h in rules.decree_word_not_re.finditer(
                text, max(start, word - 12), word + 16)):
            continue  # 'thành lập', 'công bằng': a word holding an end word
        end = stop.start()
        break
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
            lead = re.compile(r"[ \t]+").match(text, start + len(word))
            if lead is None:
                break
            subject = lead.end()
    return out
