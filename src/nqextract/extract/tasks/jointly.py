""""đề nghị hai bên | cùng phối hợp ...": "together" (``jointly`` rows of task_verbs.tsv) right after a plural
assignee opens the action, which the gold prints with it. It adds no verb of its own: an action that is
"cùng" and one bare verb ("đề nghị doanh nghiệp hai bên cùng giải quyết") is as short as the bare verb.
"""

from __future__ import annotations

from .rules import Rules
from .words import lower_text


def verb_words(rules: Rules, action: str) -> int:
    """The number of words of ``action`` after an opening ``jointly`` phrase."""
    words = [lower_text(w) for w in action.split()]
    n = max((len(p) for p in rules.phrases.get("jointly", ()) if tuple(words[:len(p)]) == p), default=0)
    return len(words) - n
