"""An assignee that ran on past its noun phrase names no one: the task is dropped.

The noun phrase read before an action sometimes takes in the clause around it: a connector ("Chủ tịch, Phó
Chủ tịch, đồng thời"), a purpose ("Bộ Chính trị, Quốc hội về 6 cơ chế ... để"), a degree adverb or a verb
of saying ("Đại diện phía X khẳng định rất"), a verb of sending ("chủ đầu tư gửi Sở"). No body or person
is named by such words (``assignee_stop`` rows of task_verbs.tsv), so what follows them is no one's task:
an analyst prefers a missing row to a wrong one.
"""

from __future__ import annotations

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
