"""A cue spoken in the first person ("Tôi đề nghị nhà trường có giải pháp ...", "chúng tôi cũng đề nghị các
cấp có thẩm quyền cần ...", "tôi tha thiết kiến nghị Quốc hội xem xét ..."): the pronoun names no one, the
person quoted speaks. It stands as the cue's subject (opening its clause, only ``first_person_lead`` adverbs
between it and the cue), and it is a request only where someone is quoted:

- inside a quote (the multi-sentence quote's state, or quote marks around the cue in its paragraph): the
  speaker named after the closing quote with a ``first_person_says`` verb after the name in that sentence
  ("”, bà A, vợ ông B, nói."), else the quote's own introducer before it ("Bí thư Thành ủy X nói: “Tôi ..."),
  else the person named nearest before it in its paragraph; the action stops at the closing quote;
- in unquoted text only when the sentence ends with ", <person> <first_person_says verb>." ("..., anh A kể."):
  that person asks, and the action is cut before the attribution.

A reporter's narration ("Chúng tôi đã đề nghị Sở X cung cấp thông tin ...") quotes no one: no task.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..view import view
from .rules import CLAUSE_PUNCT, CLOSE_QUOTES, LOOKBACK_CHARS, OPEN_QUOTES, QUOTE_SPAN_CHARS
from .scan import State, TaskScan
from .speakers import find_speaker, resolve, speaker_mentions
from .words import Fact, Words

OPENING_MARKS = CLAUSE_PUNCT | {",", ";", ":", "“", '"', "(", "-", "–"}
SENTENCE_END = {".", "!", "?"}
QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES | {'"'}
PEOPLE = ("PERSON", "PER")
TITLE_WORDS = 5  # a pronoun or a title before the attributed name ("Tổng Bí thư", "anh")
ATTRIBUTION_WORDS = 14  # the words an attribution after a comma may run before its verb ("anh A, tiểu thương chợ B, kể")


@dataclass
class Quoted:
    speaker: str | None
    limit: int | None  # the word index the action must end at (a closing quote, an attribution's comma)


def first_person_cue(sc: TaskScan, words: Words, i: int, k: int) -> bool:
    """A ``first_person`` pronoun is the subject of the cue at ``words[k]``: it opens the sentence (from
    ``words[i]``) or a clause, with only ``first_person_lead`` words between it and the cue."""
    r = sc.rules
    q = k
    while q > i and (n := r.ending(words, q, "first_person_lead")):
        q -= n
    n = r.ending(words, q, "first_person")
    # "nhà tôi đề nghị ...", "ông nói với tôi đề nghị ...": the pronoun is no subject of the cue
    return n > 0 and (q - n <= i or words[q - n - 1].text in OPENING_MARKS)


def first_person_speaker(sc: TaskScan, words: Words, k: int, state: State) -> Quoted | None:
    """Who a first-person cue at ``words[k]`` quotes and where its action must end; None when it quotes no
    one (narration)."""
    pos = words[k].start
    para_start = sc.text.rfind("\n", 0, pos) + 1
    para_end = sc.text.find("\n", pos)
    para_end = len(sc.text) if para_end < 0 else para_end
    opened = _open_quote(sc.text, para_start, pos)
    close = _close_quote(sc.text, pos, para_end)
    intro_start = para_start
    if opened is None and close is not None and not any(c in QUOTE_MARKS for c in sc.text[para_start:pos]):
        # 'bày tỏ: "Chúng ta ... .\nDo đó, tôi tha thiết kiến nghị ...".': a quote opened in an earlier paragraph
        # closes in the cue's
        opened = _earlier_open(sc.text, para_start)
        intro_start = sc.text.rfind("\n", 0, opened) + 1 if opened is not None else para_start
    if opened is None and state.quote is None:
        return _attributed(sc, words, k, state)
    limit = next((q for q in range(k, len(words)) if close is not None and words[q].start >= close), None)
    if state.quote is not None:
        return Quoted(state.quote[0], limit)
    speaker = None
    if opened is not None:  # the quote's own introducer first: "Ông A nói: “...”, bà B đồng tình."
        speaker = _introducer(sc, intro_start, opened, state)
    if speaker is None and close is not None:
        speaker = _said_after(sc, close, para_end, state)
    if speaker is None:
        # only a person named in the quote's own sentence: "Anh A bị đánh. Người mẹ nói: “Tôi đề nghị ...”" quotes
        # the mother, unnamed, never A
        before = opened if opened is not None else pos
        start = max(intro_start, before - LOOKBACK_CHARS, _sentence(sc, before)[0])
        speaker = _nearest_before(sc, start, before, state)
    return Quoted(speaker, limit)


def _sentence(sc: TaskScan, pos: int) -> tuple[int, int]:
    """The character span of the tagger's sentence that holds ``pos`` (the Doc's view)."""
    v = view(sc.doc)
    i = v.sentence_of(pos)
    return v.sentences[i] if i is not None else (0, len(sc.text))


def _open_quote(text: str, start: int, pos: int) -> int | None:
    """The offset of the quote mark open at ``pos`` (counted from ``start``), else None."""
    at = None
    for p in range(start, pos):
        c = text[p]
        if c in OPEN_QUOTES:
            at = p
        elif c in CLOSE_QUOTES:
            at = None
        elif c == '"':
            at = p if at is None else None
    return at


def _earlier_open(text: str, para_start: int) -> int | None:
    """The quote mark opening a quote left open at the end of the paragraphs before ``para_start`` (within
    ``QUOTE_SPAN_CHARS``), else None."""
    start = max(0, para_start - QUOTE_SPAN_CHARS)
    line = text.find("\n", start, para_start) + 1 if start else 0
    return _open_quote(text, line, para_start)


def _close_quote(text: str, pos: int, end: int) -> int | None:
    """The quote mark closing the quote open at ``pos``; a straight quote right before a letter opens a word
    quoted inside it ('làm sao sách là "sách sống", ...'), skipped with its own closing mark."""
    inner = False
    for p in range(pos, end):
        if text[p] in CLOSE_QUOTES:
            return p
        if text[p] == '"':
            if inner:
                inner = False
            elif p + 1 < end and text[p + 1].isalnum():
                inner = True
            else:
                return p
    return None


def _says_at(sc: TaskScan, words: Words, q: int) -> int:
    return sc.rules.match(words, q, "first_person_says")


def _said_after(sc: TaskScan, close: int, para_end: int, state: State) -> str | None:
    """"”, bà A, vợ ông B, nói.": the first person, title or body named after the closing quote, in its
    sentence, with a ``first_person_says`` verb after the name; "”. Ông C cho biết sẽ ..." names no speaker."""
    end = min(_sentence(sc, close)[1], para_end)
    tail = sc.words(close + 1, end)
    if not tail or tail[0].text not in {",", "-", "–"}:
        return None
    says = [q for q in range(1, len(tail)) if _says_at(sc, tail, q)]
    if not says:
        return None
    verb = tail[says[0]].start
    named = [f for f in speaker_mentions(sc, close + 1, verb) if f.end <= verb]
    if not named:
        return None
    return resolve(sc, _subject(named), state)


def _people(named: list[Fact]) -> list[Fact]:
    """The people among mentions, but a name the tagger reads inside a body's ("Công ty Hòa Bình")."""
    bodies = [f for f in named if f.label == "BODY"]
    return [f for f in named if f.label in PEOPLE and not any(b.start <= f.start and f.end <= b.end for b in bodies)]


def _subject(named: list[Fact]) -> Fact:
    """The first person named, else the first mention (its longest span: a title with its body, a body)."""
    return min(_people(named) or named, key=lambda f: (f.start, -f.end))


def _introducer(sc: TaskScan, para_start: int, opened: int, state: State) -> str | None:
    """"Bí thư Thành ủy X nói: “Tôi đề nghị ...”", "Công ty Y cho biết: “Chúng tôi ...": the subject of a
    ``first_person_says`` verb ending the words before the opening quote (a colon or a comma maybe after it)."""
    start = max(para_start, _sentence(sc, opened)[0])
    before = sc.words(start, opened)
    q = len(before)
    while q > 0 and before[q - 1].text in {":", ","}:
        q -= 1
    verb = next((v for v in range(q - 1, 0, -1) if _says_at(sc, before, v) == q - v), None)
    if verb is None and q < len(before) and before[q].text == ":":
        verb = q  # an interview's turn, 'Ông A: "...': the name before the colon speaks
    if verb is None:
        return None
    named = speaker_mentions(sc, start, before[verb].start)
    if not named:
        return None
    if not _people(named):
        # "Bí thư Thành ủy X nói:", "Công ty Y cho biết:": a title or a body speaks, as before any cue
        return find_speaker(sc, before, 0, verb, None, state)
    return resolve(sc, _subject(named), state)


def _nearest_before(sc: TaskScan, start: int, end: int, state: State) -> str | None:
    """The person (a name, else a title) named nearest before ``end``, resolved; None when none is."""
    named = speaker_mentions(sc, start, end)
    people = _people(named) or [f for f in named if f.label != "BODY"]
    return resolve(sc, max(people, key=lambda f: (f.end, -f.start)), state) if people else None


def _attributed(sc: TaskScan, words: Words, k: int, state: State) -> Quoted | None:
    """"Chúng tôi đề nghị Sở A hỗ trợ ..., anh B kể.": an unquoted sentence ending with ", <person>
    <first_person_says verb>" is that person's; the action ends at the comma."""
    last = len(words)
    while last > k and words[last - 1].text in SENTENCE_END | CLOSE_QUOTES | {'"'}:
        last -= 1
    for c in range(k + 1, last):
        if words[c].text != ",":
            continue
        q = c + 1
        says = next((v for v in range(q + 1, min(last, q + ATTRIBUTION_WORDS)) if _says_at(sc, words, v)
                     and v + _says_at(sc, words, v) == last), None)
        if says is None or any(w.text in CLAUSE_PUNCT for w in words[q:says]):
            continue
        named = _people(speaker_mentions(sc, words[q].start, words[says].start))
        # the person opens the attribution ("anh A", "Tổng Bí thư A" after a pronoun or a title)
        first = min(named, key=lambda f: (f.start, -f.end)) if named else None
        if first is None or _words_between(words, q, first) > TITLE_WORDS:
            continue
        return Quoted(resolve(sc, first, state), c)
    return None


def _words_between(words: Words, q: int, f: Fact) -> int:
    """The words before ``f`` from ``words[q]`` on (a pronoun or a title); a comma or more makes it many."""
    before = [w for w in words[q:] if w.start < f.start]
    return len(before) if not any(w.punct for w in before) else TITLE_WORDS + 1
