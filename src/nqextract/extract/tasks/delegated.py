"""Delegated acts: an official named right before ``thừa ủy quyền (của)`` and the one who delegates, then
the act ("Quốc hội nghe Bộ trưởng Bộ A Nguyễn Văn B thừa ủy quyền của Thủ tướng Chính phủ trình bày Báo
cáo ..."): the official is the assignee, the delegating office or person the assigner. A delegation
opening its clause ("Thừa ủy quyền của Thủ tướng, Phó Thủ tướng X đã có báo cáo ..."), a comma after the
delegator (a longer chain, "..., thay mặt Chính phủ ký ...") and speech or a report after it ("... cho
biết", "đã trình bày") are none.
"""

from __future__ import annotations

from ...models import Task
from .actions import action_end, emit
from .scan import Directive, State, TaskScan
from .words import Words

DELEGATOR_WORDS = 12  # the delegator's span ends within this many words ("Chủ tịch Ủy ban nhân dân tỉnh")


def delegated(sc: TaskScan, words: Words, i: int, s: int, para: int, state: State) -> list[Task]:
    r = sc.rules
    for k in r.positions(words, "delegated_by", i + 1, len(words)):
        n = r.match(words, k, "delegated_by")
        if not n or words[k].upper or words[k - 1].punct:
            continue
        # the official's span ends right before the phrase (the tagger may glue "thừa" to a name)
        official = next((f for f in sc.persons + sc.titles if words[k - 1].end <= f.end <= words[k].end
                         and f.start < words[k - 1].end), None)
        if official is None:
            continue
        j = k + n + (k + n < len(words) and words[k + n].low == "của")
        # the delegator: a title, body or person span or a capitalized word, then the words of its name up to
        # the first verb ("Thủ tướng Chính phủ", "Chủ tịch Ủy ban nhân dân tỉnh")
        if j >= len(words) or not (words[j].upper or sc.protected_end(words[j].start) is not None):
            continue
        a = j + 1
        while a < min(len(words), j + DELEGATOR_WORDS) and not words[a].punct \
                and (words[a].upper or not any(r.match(words, a, kind) for kind in ("directive", "tense", "block"))
                     and not words[a].verb):
            a += 1
        if a >= len(words):
            continue
        if words[a].punct or words[a].upper or not (words[a].verb or r.match(words, a, "directive")):
            continue
        if any(r.match(words, a, kind) for kind in ("speech", "block", "tense", "cue", "cue_verb")):
            continue
        start = next(q for q in range(k) if words[q].start >= official.start)
        person = next((f for f in sc.persons if official.start <= f.start < words[k - 1].end <= f.end), None)
        assignee = sc.text[(person or official).start:words[k - 1].end]
        assigner = sc.text[words[j].start:words[a - 1].end]
        return emit(sc, words, Directive(assignee, a, action_end(sc, words, a), start), assigner, s, para, state)
    return []
