"""People named by their role as a cue's object, and the authority that must ask them.

"Lực lượng kiểm lâm đã yêu cầu lái xe dừng phương tiện ...", "Cơ quan chức năng thị xã X yêu cầu chủ tiệm
tạm ngưng kinh doanh ...", "Luật X yêu cầu tài xế ...": an authority printed as the cue's own subject (a
body, an official's title, an agent noun phrase, a law's name) directs people it names by their role or by
what they own (``cue_role`` rows of ``task_verbs.tsv``), and the analyst, and the ledger's gold, write that as
a task. The same object asked by a private person ("bà A yêu cầu tài xế ..."), by one impersonating an office
("đối tượng giả danh công an yêu cầu chủ tiệm ..."), or by a subject acting on its own before the cue asks
nothing the rules can trust, so no task.
"""

from __future__ import annotations

from .askers import clause_start, subject_end
from .scan import TaskScan
from .words import Words


def role_addressed(sc: TaskScan, words: Words, i: int) -> bool:
    """The assignee opening at ``words[i]`` (after determiners) is people named by their role (a ``cue_role``
    head), no body, agent or other cue object."""
    r = sc.rules
    while i < len(words) and not r.match(words, i, "agent") and (n := r.match(words, i, "determiner")):
        i += n
    return i < len(words) and bool(r.match(words, i, "cue_role")) and not r.match(words, i, "agent") \
        and not r.match(words, i, "cue_agent")


def authority_asks(sc: TaskScan, words: Words, first: int, k: int) -> bool:
    """The cue at ``words[k]`` has an authority printed as its own subject: the subject, from the cue's clause
    start to the tense words and adverbs before the cue (``askers.subject_end``), ends with a body or a title
    the earlier stages read, an ``agent`` noun phrase, or a document's name (a law sets the duty: "Luật X yêu
    cầu tài xế ..."; an agent head opening a word of its own, never the "trường" of "thị trường"), with no
    lower-case verb of the tagger's in the whole subject ("Về việc trên Chi cục cũng yêu cầu ..."; never "bà A
    yêu cầu ...", "đối tượng giả danh cán bộ công an yêu cầu ...", "người giả làm cán bộ quản lý thị trường
    yêu cầu ..."), and no person printed before it in the clause ("bà A đến cơ quan chức năng yêu cầu ...")."""
    r = sc.rules
    c = clause_start(words, first, k)
    e = subject_end(sc, words, c, k)
    if e <= c:
        return False
    first_start, last_end = words[c].start, words[e - 1].end
    named = {f.start: f.end for f in (*sc.bodies, *sc.titles) if f.end == last_end}
    named |= {f.start: f.end for f in sc.documents if first_start <= f.start and f.end <= last_end}
    q = next((x for x in range(c, e) if (words[x].start in named or (r.match(words, x, "agent") and not words[x].inner))
              and not acting(sc, words, after(words, x, named.get(words[x].start)), e)), None)
    if q is None or acting(sc, words, c, q):
        return False
    return not any(first_start <= f.start < words[q].start for f in (*sc.persons, *sc.ner_persons))


def after(words: Words, x: int, end: int | None) -> int:
    """The first word at or after ``words[x]`` past a name ending at ``end`` (``x`` without one)."""
    while end is not None and x < len(words) and words[x].start < end:
        x += 1
    return x


def acting(sc: TaskScan, words: Words, a: int, b: int) -> bool:
    """``words[a:b]`` hold a lower-case verb of the tagger's outside an ``agent`` phrase and a name."""
    r = sc.rules
    x = a
    while x < b:
        if (m := r.match(words, x, "agent")):
            x += m  # "cơ quan chức năng", "lực lượng": an agent's own words, the tagger's verbs or not
            continue
        w = words[x]
        if w.verb and not w.upper and sc.protected_end(w.start) is None:
            return True
        x += 1
    return False
