"""Ordinal openers ("Thứ nhất, ...", "Thứ hai, ...", "Một là, ..."): a sentence opening with one
usually details the directive before it and is no task of its own (``elaboration`` rows), unless what
follows the comma names its own speaker right before a cue: "Thứ hai, Bộ Xây dựng đề nghị các địa
phương sớm ban hành ..." is read as any sentence, past the ordinal.
"""

from __future__ import annotations

from .rules import SPEAKER_GAP_WORDS
from .scan import TaskScan
from .speakers import speaker_mentions
from .words import Words

# the kinds of a cue that a speaker's name right before it directs
_CUE_KINDS = ("cue", "cue_verb", "cue_request")
_ADVERBS = 2  # lower-case words between the speaker and the cue ("cũng", "đã")


def opens_cue(sc: TaskScan, words: Words, i: int, n: int) -> bool:
    """The ordinal ``words[i:i + n]`` is followed by a comma, then a speaker mentioned right before a
    cue ("Thứ hai, | Bộ Xây dựng đề nghị ..."); never "Trong đó, ..." (``elaboration_open``, read
    as elaborating)."""
    r = sc.rules
    j = i + n
    if r.match(words, i, "elaboration_open") or j + 2 >= len(words) or words[j].text != ",":
        return False
    first = j + 1
    limit = min(len(words), first + SPEAKER_GAP_WORDS + 1)
    cue = next((k for k in range(first + 1, limit)
                if words[k].punct or (not words[k].upper and any(r.match(words, k, c) for c in _CUE_KINDS))),
               None)
    if cue is None or words[cue].punct:
        return False
    # a mention ending right before the cue, or before an adverb or two ("Bộ X cũng đề nghị ...")
    mentions = speaker_mentions(sc, words[first].start, words[cue].start)
    return any(f.end <= words[cue].start
               and len([w for w in words[first:cue] if f.end <= w.start]) <= _ADVERBS for f in mentions)
