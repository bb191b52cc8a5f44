"""A duty reported as carried out on someone's order: "Theo chỉ đạo của X, Y (đã) <action>", "Thực hiện
chỉ đạo của X, Y <action>", "Theo yêu cầu của X, Y đã <action>" -> X directed Y to do the action (the ledger
gold writes the order as a task even when the report tells it done).

The order phrase (``complied_order``) opens the sentence, after at most a few words ("Sau đó, ...",
"Riêng trong năm 2025, ..."); the one who ordered runs to the next comma; then the subject (an agent noun
phrase or a named person or body), past tense markers and adverbs left out, and a directive verb
(``directive``: "ban hành", "chủ trì" ...) opening its action; any other verb ("đã thống nhất ...", "đã liên
hệ ...") tells what was done, no order.
A plea or a proposal ("theo đề nghị của ...") orders nothing; no order phrase, no task.
"""

from __future__ import annotations

from ...models import Task
from .actions import action_end, emit
from .assignees import assignee_text, canonical_assignee, is_agent, noun_phrase_end
from .scan import Directive, State, TaskScan
from .words import Words

ORDER_OPENS_WITHIN = 6  # words before the order phrase ("Riêng trong năm 2025, theo chỉ đạo của ...")
ORDERER_WORDS = 12  # the one who ordered, up to the comma


def complied(sc: TaskScan, words: Words, s: int, para: int, state: State) -> list[Task]:
    r = sc.rules
    p = next((q for q in range(min(ORDER_OPENS_WITHIN, len(words)))
              if r.match(words, q, "complied_order")), None)
    if p is None:
        return []
    o = p + r.match(words, p, "complied_order")
    comma = next((q for q in range(o, min(o + ORDERER_WORDS, len(words))) if words[q].text == ","), None)
    if comma is None or comma == o:
        return []
    i = comma + 1
    if i >= len(words) or not (is_agent(sc, words, i, cue=True) or sc.protected_end(words[i].start) is not None):
        return []
    np_end = noun_phrase_end(sc, words, i, cue=True)
    if np_end is None:
        return []
    a = np_end
    while a < len(words) and (r.match(words, a, "tense") or r.match(words, a, "adverb_skip")):
        a += max(r.match(words, a, "tense"), r.match(words, a, "adverb_skip"))
    if not r.match(words, a, "directive") or r.match(words, a, "block"):
        return []  # a duty's verb ("ban hành", "chủ trì"); "đã thống nhất ...", "đã liên hệ ...": a report
    assignee = canonical_assignee(sc, assignee_text(sc, words, i, np_end))
    if not assignee:
        return []
    orderer = sc.text[words[o].start:words[comma - 1].end]
    return emit(sc, words, Directive(assignee, a, action_end(sc, words, a), i), orderer, s, para, state)
