"""A list item that is also a verb: "kêu gọi các cơ quan, tổ chức, các doanh nghiệp ... ủng hộ ...".

A ``listed_noun`` word ("tổ chức") after a comma inside an assignee, with one more list item after it (a comma
or a ``conjunction``, then a determiner, or an ``agent``, a ``list_bare`` noun or a cue's ``cue_agent`` head), is
an item of the list of parties, not the verb opening the action: the whole list is the assignee. Without a
further item it stays the verb ("yêu cầu các bộ, ngành, tổ chức tập huấn ...", "các bộ, cơ quan ngang bộ, UBND
cấp tỉnh tổ chức, triển khai ...").

An exhortation's "hãy" right after the list is a ``modal``: it stays out of the action ("kêu gọi các cơ quan,
tổ chức, doanh nghiệp hãy chung tay ..."). A list of parties right after an ``appeal_cue`` ("kêu gọi", "đề
nghị", "mong") ends at the ``appeal_modal`` ("hãy") of its clause, whatever the items say of the parties:
"kêu gọi các cơ quan, doanh nghiệp, kiều bào đang sinh sống ở nước ngoài hãy giúp ..." (:func:`appeal_list_end`).
"""

from __future__ import annotations

from .rules import MAX_NP_WORDS
from .scan import TaskScan
from .words import Words

# the kinds a further list item may open with, unless a determiner opens it ("tổ chức, các hợp tác xã")
CLAUSE_STOPS = frozenset({".", ";", ":", "!", "?"})
ITEM_KINDS = ("agent", "list_bare", "list_collective", "cue_agent", "cue_role", "advice_audience", "listed_noun")


def listed_noun(sc: TaskScan, words: Words, k: int) -> int:
    """The length of a ``listed_noun`` word at ``words[k]`` read as a list item (see the module), else 0."""
    r = sc.rules
    n = r.match(words, k, "listed_noun")
    if not n or k == 0 or words[k - 1].text != "," or words[k].upper:
        return 0
    j = k + n
    if j >= len(words) or not (words[j].text == "," or r.match(words, j, "conjunction")):
        return 0
    item = q = j + (1 if words[j].text == "," else r.match(words, j, "conjunction"))
    while q < len(words) and (d := r.match(words, q, "determiner")):
        q += d  # "tổ chức, các doanh nghiệp"
    if q >= len(words) or words[q].punct or r.match(words, q, "directive"):
        return 0
    return n if q > item or any(r.match(words, q, kind) for kind in ITEM_KINDS) else 0



def appeal_list_end(sc: TaskScan, words: Words, i: int) -> int | None:
    """Where a list of parties at ``words[i]``, right after an ``appeal_cue``, ends: at the ``appeal_modal`` of
    its clause, within a cue object's reach, when a comma lists more than one party before it (see the module),
    else None."""
    r = sc.rules
    if i == 0 or not r.ends(words, i, "appeal_cue"):
        return None
    listed = False
    for q in range(i, min(i + MAX_NP_WORDS, len(words))):
        if words[q].text in CLAUSE_STOPS or (q > i and r.match(words, q, "cue")):
            return None
        if q > i and r.match(words, q, "appeal_modal"):
            return q if listed else None
        listed = listed or words[q].text == ","
    return None
