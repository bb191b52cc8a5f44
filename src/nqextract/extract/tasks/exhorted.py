"""A collective opening a clause of its own after ``clause_all`` ("cả"): "Ông nhấn mạnh, cả hệ thống chính trị
phải vào cuộc ...", "Cả hệ thống chính trị cần ..." exhort every one, as "tất cả các sở phải ..." does in
that slot (a ``universal`` subject), no assignee; right after a cue with no punctuation ("yêu cầu cả hệ thống
chính trị tập trung ...") the collective is addressed, the assignee. A longer ``determiner`` ("cả hai") counts
its members, no exhortation."""

from __future__ import annotations

from .scan import TaskScan
from .words import Words


def exhorted_all(sc: TaskScan, words: Words, i: int) -> bool:
    """A ``clause_all`` word at ``words[i]`` opening its clause (the text's start or punctuation before it),
    no longer determiner over it."""
    r = sc.rules
    m = r.match(words, i, "clause_all")
    if not m or r.match(words, i, "determiner") > m:
        return False
    return i == 0 or words[i - 1].punct
