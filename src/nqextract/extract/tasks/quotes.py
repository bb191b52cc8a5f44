"""A quote of several sentences spoken as a directive, its speaker printed after the closing quote:
"“Các ban quản lý dự án khẩn trương hoàn thiện thủ tục ... . Các ban quản lý dự án lập kế hoạch ... .
Riêng hầm số 3 hoàn thành trong quý 3/2026”, Bộ trưởng chỉ đạo." The sentence that opens the quote
looks ahead, in its paragraph, for the closing quote and a cue right after it; that cue's speaker
directs every sentence of the quote (the closing one is :func:`.forms.quoted`'s).
"""

from __future__ import annotations

from ...models import Task
from ..view import SYLLABLES
from .actions import emit
from .assignees import directive
from .rules import CLAUSE_PUNCT, CLOSE_QUOTES, OPEN_QUOTES, QUOTE_SPAN_CHARS, SPEAKER_GAP_WORDS
from .scan import State, TaskScan
from .speakers import find_speaker
from .words import Words


def opens_quote(words: Words) -> int | None:
    """The word that opens a quote left open at the sentence's end, else None."""
    last = None
    straight_open = False
    for q, w in enumerate(words):
        if w.text in OPEN_QUOTES:
            last = q
        elif w.text in CLOSE_QUOTES:
            last = None
        elif w.text == '"':
            straight_open = not straight_open
            last = q if straight_open else None
    return last


def quote_speaker(sc: TaskScan, end: int, state: State) -> tuple[str, int] | None:
    """(speaker, closing quote offset) of a quote open at ``end``: the closing quote later in the
    paragraph, followed by ", <speaker> <cue>" ("yêu cầu", "chỉ đạo")."""
    stop = sc.text.find("\n", end)
    stop = len(sc.text) if stop < 0 else stop
    stop = min(stop, end + QUOTE_SPAN_CHARS)
    close = next((p for p in range(end, stop) if sc.text[p] in CLOSE_QUOTES or sc.text[p] == '"'), None)
    if close is None or any(c in OPEN_QUOTES for c in sc.text[end:close]):
        return None
    tail_end = sc.text.find("\n", close)
    tail_end = len(sc.text) if tail_end < 0 else tail_end
    r = sc.rules
    # the comma, the speaker's words and the longest cue: build only these words of the paragraph's rest
    need = SPEAKER_GAP_WORDS + 1 + max((*r.lengths.get("cue", ()), *r.lengths.get("cue_verb", ()), 1))
    for k, m in enumerate(SYLLABLES.finditer(sc.text, close + 1, tail_end), 1):
        if k == need:
            tail_end = m.end()
            break
    tail = sc.words(close + 1, tail_end)
    if not tail or tail[0].text != ",":
        return None
    for q in range(1, min(len(tail), SPEAKER_GAP_WORDS + 2)):
        if tail[q].text in CLAUSE_PUNCT or tail[q].text == ",":
            return None
        if r.match(tail, q, "cue") or r.match(tail, q, "cue_verb"):
            speaker = find_speaker(sc, tail, 1, q, None, state)
            return (speaker, close) if speaker else None
    return None


def track(sc: TaskScan, words: Words, state: State) -> int | None:
    """Where the directive of a sentence inside a quote of several sentences may start (after the
    opening quote, or at 0 in a later one up to the closing quote's); None outside one. Opens and closes ``state.quote``."""
    if not words:
        return None
    if state.quote is not None and words[0].start <= state.quote[1]:
        return 0  # a middle sentence, or the closing one (its straight quote closes, never opens)
    opening = opens_quote(words)
    state.quote = quote_speaker(sc, words[-1].end, state) if opening is not None else None
    return opening + 1 if state.quote is not None and opening is not None else None


def spanning_quote(sc: TaskScan, words: Words, first: int, s: int, para: int, state: State) -> list[Task]:
    """The directive of a sentence inside a quote that closes in a later sentence of its paragraph."""
    assert state.quote is not None
    # the closing sentence: only its words inside the quote ("..., Bộ trưởng chỉ đạo" is the speaker's)
    limit = next((q for q, w in enumerate(words) if w.start >= state.quote[1]), len(words))
    inner = words.prefix(limit)
    starts = [first] + [q + 1 for q in range(first, limit - 1) if words[q].text in {",", ";"}]
    for need_modal in (True, False):
        for st in starts:
            d = directive(sc, inner, st, cue=False, need_modal=need_modal)
            if d is not None:
                return emit(sc, words, d, state.quote[0], s, para, state)
    return []


def with_speaker(tasks: list[Task], state: State) -> list[Task]:
    """Tasks read inside the quote by another form without a speaker take the quote's."""
    if state.quote is None:
        return tasks
    return [t.model_copy(update={"assigner": state.quote[0]}) if t.assigner is None else t for t in tasks]
