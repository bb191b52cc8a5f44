"""The competent authority a cue addresses ("đề nghị cấp có thẩm quyền kỷ luật ông A", "kiến nghị các cơ quan
có thẩm quyền công nhận ..."): ``authority`` phrases of ``task_verbs.tsv`` ("cấp có thẩm quyền", "cơ quan nhà nước
có thẩm quyền"), after determiners, are one addressee whose qualifier ends it; the action opens right after,
though the tagger reads no verb there ("kỷ luật"). The qualifier stays in the addressee: an ``authority_qualifier``
("liên quan", "địa phương", "cấp tỉnh"), an ``authority_qualifier_opener`` ("của", "tại", "tỉnh") with its phrase up
to the action's verb ("của tỉnh | xem xét"), a capitalized place ("Mỹ", "Trung ương"). Only as a cue's object: the
authority as a subject ("cơ quan có thẩm quyền có trách nhiệm ...", a rule's duty) or after "trình" (a submission)
is left as before."""

from __future__ import annotations

from .actions import starts_action
from .scan import TaskScan
from .words import Words

MAX_QUALIFIERS = 3  # "cơ quan có thẩm quyền liên quan của Mỹ": qualifiers one after another
MAX_OPENER_PHRASE = 4  # words of an opener's phrase before the action's verb ("của tỉnh Quảng Ngãi")


def authority_at(sc: TaskScan, words: Words, i: int) -> int | None:
    """Where the ``authority`` phrase (after determiners) of a cue's object at ``words[i]`` ends, else None."""
    r = sc.rules
    j = i
    while j < len(words) and (n := r.match(words, j, "determiner")):
        j += n
    m = r.match(words, j, "authority") if j < len(words) else 0
    return j + m if m else None


def _place_end(words: Words, e: int) -> int:
    """Past the capitalized words at ``words[e]`` (a country's or a place's name: "Mỹ", "Trung ương")."""
    while e < len(words) and words[e].upper and not words[e].punct:
        e += 1
    return e


def _qualifier_end(sc: TaskScan, words: Words, e: int) -> int | None:
    """Where a qualifier of the authority at ``words[e]`` ends, else None."""
    r = sc.rules
    if words[e].upper:
        return _place_end(words, e)
    if m := r.match(words, e, "authority_qualifier"):
        return e + m
    if not (m := r.match(words, e, "authority_qualifier_opener")):
        return None
    k = e + m
    while k < len(words) and k - e - m < MAX_OPENER_PHRASE and not words[k].punct:
        if words[k].upper:
            k = _place_end(words, k)
        elif starts_action(sc, words, k):
            break
        else:
            k += 1
    return k if k > e + m else None


def authority_end(sc: TaskScan, words: Words, i: int) -> int | None:
    """Where a cue's object at ``words[i]`` ends when it is an ``authority`` phrase (after determiners) and its
    qualifiers with a lower-case word after them, else None."""
    e = authority_at(sc, words, i)
    if e is None:
        return None
    for _ in range(MAX_QUALIFIERS):
        if e >= len(words) or words[e].punct or (q := _qualifier_end(sc, words, e)) is None:
            break
        e = q
    if e >= len(words) or words[e].punct or words[e].upper:
        return None
    return e


def proposed(sc: TaskScan, words: Words, i: int) -> bool:
    """"Chính phủ đề xuất cấp có thẩm quyền tái khởi động ...": an ``authority_proposal`` cue right before the
    authority proposes a decision to a superior, no assignment (the ledger gold writes no task for one), whatever
    follows the authority ("đề xuất cơ quan có thẩm quyền Trung ương bổ sung ...", "... ; ...")."""
    return authority_at(sc, words, i) is not None and sc.rules.ends(words, i, "authority_proposal")
