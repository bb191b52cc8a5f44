"""An assignee that ran on past its noun phrase names no one: the task is dropped.

The noun phrase read before an action sometimes takes in the clause around it: a connector ("Chủ tịch, Phó
Chủ tịch, đồng thời"), a purpose ("Bộ Chính trị, Quốc hội về 6 cơ chế ... để"), a degree adverb or a verb
of saying ("Đại diện phía X khẳng định rất"), a verb of sending ("chủ đầu tư gửi Sở"). No body or person
is named by such words (``assignee_stop`` rows of task_verbs.tsv), so what follows them is no one's task:
an analyst prefers a missing row to a wrong one.

An assignee that ran on into a described aside in brackets after its name ("Đỗ Thị B (kế toán trưởng Công ty
X)", "UBND thành phố Y (chủ đầu tư dự án)", "tỉnh Z (bao gồm cả ...)", an aside the sentence cut short:
"Nguyễn Thị C (phó giám đốc") is the name before it, as the ledger gold writes it (:func:`without_aside`); an
aside opening with a capital, an acronym or a parent body ("(EVN)", "(Bộ Công an)"), stays.
"""

from __future__ import annotations

import re

from .rules import Rules
from .words import lower_text


def runs_on(rules: Rules, assignee: str) -> bool:
    """``assignee`` holds an ``assignee_stop`` phrase as whole lower-case words (a capitalized word is
    part of a name: "Đài Tiếng nói Việt Nam")."""
    words = [w.strip(",;:") for w in assignee.split()]
    words = [w if w[:1].islower() else "" for w in words]
    for stop in rules.phrases.get("assignee_stop", ()):
        n = len(stop)
        if any(tuple(lower_text(w) for w in words[k:k + n]) == stop for k in range(len(words) - n + 1)):
            return True
    return False


_ASIDE = re.compile(r"^([^()]*\S)\s*\(([^()]*)\)?$")


def without_aside(assignee: str) -> str:
    """``assignee`` without a closing bracketed aside that opens in lower case (see the module): the
    aside's first letter is lower case by ``str.islower`` ("Đ", "Ủ", "Ư" are capitals)."""
    m = _ASIDE.match(assignee or "")
    return m.group(1) if m and m.group(2)[:1].islower() else assignee
