"""The noun phrase of people named by their role as a cue's object, and where their action opens.

"yêu cầu chủ tiệm bánh mì | tạm ngưng kinh doanh", "yêu cầu lái xe ô tô tải biển số 30A-111.22 | dừng lại",
"yêu cầu các chủ cơ sở chế biến gỗ | báo cáo ...": after a ``cue_role`` head the kind of shop, vehicle or
establishment it owns or drives, and a plate number, belong to the assignee though the tagger reads some of
their words as verbs ("kinh doanh", "ô tô", "giường nằm": ``role_qualifier`` rows); a plate after a
``role_plate`` word ("biển số", "BKS") is read to its last digit. The action opens at the first real action
word: a verb of the tagger's, a modal, a tense word or an adverb, an adverb or adjective right before a
verb ("tạm ngưng", "khẩn trương khắc phục"), or the rules' action openers ("tự đảm bảo", "thường xuyên ..."). Where none opens it there ("yêu cầu chủ cơ sở kinh doanh đúng
ngành nghề": the qualifier may be the action) the phrase is no directive (precision first).
"""

from __future__ import annotations

from .actions import action_end
from .assignees import action_opener, action_start, assignee_text, canonical_assignee, cue_head
from .scan import Directive, TaskScan
from .words import Words

MAX_ROLE_WORDS = 12  # "các chủ cơ sở chế biến gỗ xuất khẩu ở xã X"
NOUN_TAGS = ("N", "M")  # a noun, a proper noun, an abbreviation, a number: the qualifier goes on
OPEN_TAGS = ("R", "A")  # an adverb or an adjective opens the action only before a verb ("tạm ngưng")
OPENERS = ("modal", "tense", "adverb_skip", "directive")


def role_head(sc: TaskScan, words: Words, i: int) -> int | None:
    """The index of a ``cue_role`` head (no ``cue_agent`` nor ``agent`` one) opening the cue's object at
    ``words[i]`` after ``np_skip`` or ``agent_prefix`` phrases and determiners ("các chủ cơ sở"), else None."""
    r = sc.rules
    while i < len(words) and (n := r.match(words, i, "agent_prefix") or r.match(words, i, "np_skip")):
        i += n
    while i < len(words) and not r.match(words, i, "agent") and (n := r.match(words, i, "determiner")):
        i += n
    if i < len(words) and cue_head(sc, words, i) and not r.match(words, i, "cue_agent") \
            and not r.match(words, i, "agent"):
        return i
    return None


def role_directive(sc: TaskScan, words: Words, j: int, h: int) -> Directive | None:
    """``ROLE (QUALIFIER) ACTION`` for the object at ``words[j]`` whose ``cue_role`` head is ``words[h]``;
    None when the action's opening cannot be told from the qualifier."""
    e = role_end(sc, words, h)
    if e is None:
        return None
    a = action_start(sc, words, e, cue=True, need_modal=False)
    if a is None:
        return None
    assignee = canonical_assignee(sc, assignee_text(sc, words, j, e))
    return Directive(assignee, a, action_end(sc, words, a), j) if assignee else None


def role_end(sc: TaskScan, words: Words, h: int) -> int | None:
    """Where the role's noun phrase at ``words[h]`` ends: past its qualifier, at the first real action word."""
    r = sc.rules
    k = h + cue_head(sc, words, h)
    while k < len(words) and k - h < MAX_ROLE_WORDS:
        if (m := r.match(words, k, "role_qualifier")):
            k += m
            continue
        if (m := r.match(words, k, "role_plate")):
            k = plate_end(words, k + m)
            continue
        w = words[k]
        if w.punct or any(r.match(words, k, kind) for kind in OPENERS) or r.match(words, k, "cue"):
            break
        if w.upper or (not w.verb and token_tag(sc, words, k, h) in NOUN_TAGS):
            k += 1  # "chủ tàu cá", "chủ tiệm vàng Kim Sơn"
            continue
        break
    return k if k < len(words) and opens_action(sc, words, k) else None


def opens_action(sc: TaskScan, words: Words, k: int) -> bool:
    """``words[k]`` opens an action: a verb of the tagger's, a modal, tense word or adverb, an adverb or an
    adjective right before a verb ("tạm ngưng"), or an ``assignees.action_opener`` ("tự đảm bảo ...")."""
    r = sc.rules
    w = words[k]
    if w.upper or w.punct:
        return False
    if w.verb or any(r.match(words, k, kind) for kind in OPENERS) or action_opener(sc, words, k):
        return True  # "tự đảm bảo ...", "thường xuyên kiểm tra ...": on one's own, how often, then the verb
    return token_tag(sc, words, k, k) in OPEN_TAGS and k + 1 < len(words) and words[k + 1].verb


def token_tag(sc: TaskScan, words: Words, k: int, lo: int) -> str:
    """The tagger's tag class of the token holding ``words[k]`` (a syllable inside a token carries none of its
    own: "xế" of "tài xế"), looked back to ``words[lo]`` at most."""
    while k > lo and words[k].start not in sc.tags:
        k -= 1
    return sc.tags.get(words[k].start, "")[:1]


def plate_end(words: Words, k: int) -> int:
    """Past a plate number printed from ``words[k]`` ("29C-123.45", "51H 456.78"): words holding a digit or
    printed in capitals, and the "-" and "." glued inside it."""
    start = k
    while k < len(words):
        t = words[k].text
        if any(ch.isdigit() for ch in t) or (t.isupper() and t.isalpha() and len(t) <= 3):
            k += 1
        elif t in {"-", ".", "/"} and k > start and k + 1 < len(words) and any(ch.isdigit() for ch in words[k + 1].text):
            k += 1
        else:
            break
    return k
