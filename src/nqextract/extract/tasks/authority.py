"""The competent authority a cue addresses ("đề nghị cấp có thẩm quyền kỷ luật ông A", "kiến nghị các cơ quan
có thẩm quyền công nhận ..."): ``authority`` phrases of ``task_verbs.tsv`` ("cấp có thẩm quyền", "cơ quan nhà nước
có thẩm quyền"), after determiners, are one addressee whose qualifier ends it; the action opens right after,
though the tagger reads no verb there ("kỷ luật"). Only as a cue's object: the authority as a subject
("cơ quan có thẩm quyền có trách nhiệm ...", a rule's duty) or after "trình" (a submission) is left as before."""

from __future__ import annotations

from .scan import TaskScan
from .words import Words


def authority_end(sc: TaskScan, words: Words, i: int) -> int | None:
    """Where a cue's object at ``words[i]`` ends when it is an ``authority`` phrase (after determiners) with a
    lower-case word after it, else None."""
    r = sc.rules
    j = i
    while j < len(words) and (n := r.match(words, j, "determiner")):
        j += n
    m = r.match(words, j, "authority") if j < len(words) else 0
    e = j + m
    if not m or e >= len(words) or words[e].punct or words[e].upper:
        return None
    return e


def proposed(sc: TaskScan, words: Words, i: int) -> bool:
    """"Chính phủ đề xuất cấp có thẩm quyền tái khởi động ...": an ``authority_proposal`` cue right before the
    authority proposes a decision to a superior, no assignment (the ledger gold writes no task for one)."""
    return sc.rules.ends(words, i, "authority_proposal")
