"""People named by their role as a cue's object, and the subject that may ask them.

"Lực lượng kiểm lâm đã yêu cầu lái xe dừng phương tiện ...", "Cơ quan chức năng thị xã X yêu cầu chủ tiệm
tạm ngưng kinh doanh ...", "Luật X yêu cầu tài xế ...", "Công ty X yêu cầu tài xế mặc đồng phục ...": people
named by their role or by what they own (``cue_role`` rows of ``task_verbs.tsv``) are a cue's assignee only
where the gate accepts the cue's own subject, the words from the clause's start to the tense words and
adverbs before the cue. It accepts a subject ending with any body or title the earlier stages read (a state
office, a school, a firm asking its drivers or sellers: the gold writes a firm's requests as tasks too), an
``agent`` noun phrase of the rules ("lực lượng chức năng", "cơ quan chức năng", "các trường") or a
document's name, with no lower-case verb of the tagger's in the subject outside those, and no person printed
before it. It refuses a private person ("bà A yêu cầu tài xế ..."), one impersonating an office ("đối tượng
giả danh công an yêu cầu chủ tiệm ..."), a subject acting on its own before the cue, a ``role_asker_not``
head (a lobby, "Hiệp hội Taxi đề nghị tài xế ...": it proposes a rule and asks no driver), and a question or a
condition (``role_hypothetical``: "Nếu ...", "Trường hợp ...", "Vì sao ...", a sentence ending with "?").
The asker is the subject as printed from its agent word ("Lực lượng chức năng", never "Lực lượng"), or the
speaker the earlier stages named where a body, a title or a document opens there.
"""

from __future__ import annotations

from .askers import clause_start, subject_end
from .rules import CLAUSE_PUNCT
from .scan import TaskScan
from .words import Words


def role_asker(sc: TaskScan, words: Words, first: int, k: int, speaker: str | None) -> str | None:
    """The asker of the cue at ``words[k]`` whose object is people named by their role: ``speaker`` where
    the subject is a body, a title or a document the earlier stages read, else the subject as printed from
    its agent word to the cue ("Lực lượng chức năng", "Tổ công tác phường X", never its head alone); None
    where no authority asks (``authority_asks``) or the clause is a question or a condition
    (``hypothetical``)."""
    if hypothetical(sc, words, first, k):
        return None
    q = authority_at(sc, words, first, k)
    if q is None or sc.rules.match(words, q, "role_asker_not"):
        return None  # "Hiệp hội Taxi đề nghị tài xế ...": a lobby proposes a rule, it asks no driver
    c = clause_start(words, first, k)
    e = subject_end(sc, words, c, k)
    if any(f.start == words[q].start for f in (*sc.bodies, *sc.titles, *sc.documents)) and speaker:
        return speaker
    return sc.text[words[q].start:words[e - 1].end]


def hypothetical(sc: TaskScan, words: Words, first: int, k: int) -> bool:
    """A question or a condition, no request made: the sentence ends with "?", or a ``role_hypothetical``
    word ("Nếu", "Trường hợp", "Khi", "Giả sử", "Vì sao", "Có hay không") opens the sentence or a clause
    before the cue at ``words[k]`` ("Nếu Công an phường yêu cầu tài xế ... thì ...")."""
    r = sc.rules
    if any(w.text == "?" for w in words[k:]):
        return True
    return any(r.match(words, x, "role_hypothetical") and (x == first or words[x - 1].text in CLAUSE_PUNCT | {","})
               for x in range(first, k))


def authority_asks(sc: TaskScan, words: Words, first: int, k: int) -> bool:
    """Whether an authority asks (``authority_at``)."""
    return authority_at(sc, words, first, k) is not None


def authority_at(sc: TaskScan, words: Words, first: int, k: int) -> int | None:
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
        return None
    first_start, last_end = words[c].start, words[e - 1].end
    named = {f.start: f.end for f in (*sc.bodies, *sc.titles) if f.end == last_end}
    named |= {f.start: f.end for f in sc.documents if first_start <= f.start and f.end <= last_end}
    q = next((x for x in range(c, e) if (words[x].start in named or (r.match(words, x, "agent") and not words[x].inner))
              and not acting(sc, words, after(words, x, named.get(words[x].start)), e)), None)
    if q is None or acting(sc, words, c, q):
        return None
    return None if any(first_start <= f.start < words[q].start for f in (*sc.persons, *sc.ner_persons)) else q


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
