"""A role stated of a subject ("X có nhiệm vụ <verb> ..."): an assignment only when X is named.

"Sở Xây dựng có nhiệm vụ rà soát ...", "ông Trần Văn A có nhiệm vụ kiểm tra ...": a named body or
person is given a duty. "Đoàn liên ngành có nhiệm vụ ...", "các cơ quan có nhiệm vụ ...": a generic
noun phrase states what such a body does, no one the article names is assigned anything.
"""

from __future__ import annotations

from .scan import TaskScan
from .words import Words

OPENERS = frozenset('.!?:;"“”‘’\'(-–…')


def named_subject(sc: TaskScan, words: Words, i: int, end: int) -> bool:
    """The subject ``words[i:end]`` holds a body, person or title the article names, a capitalized
    word that no sentence opening explains ("Sở Tài chính", "UBND tỉnh", "Cụ thể, Sở Xây dựng"), or is one
    capitalized head standing for a body named before it ("Sở có nhiệm vụ ...")."""
    if any(sc.protected_end(w.start) is not None for w in words[i:end]):
        return True
    if end - i == 1:
        return words[i].upper
    return any(capitalized(words, k) for k in range(i, end))


def capitalized(words: Words, k: int) -> bool:
    """A capital letter of a name, not of a sentence's first word (unless the word is an acronym)."""
    w = words[k]
    if not w.upper:
        return False
    if k == 0 or words[k - 1].text in OPENERS:
        return len(w.text) > 1 and w.text.isupper()
    return True
