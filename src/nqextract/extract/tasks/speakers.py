"""Speakers: who gives a directive. A cue (``yêu cầu``, ``đề nghị``, ``giao`` ...; ``nhấn mạnh,`` /
``chỉ đạo:`` only with punctuation) is spoken by the PERSON/TITLE/BODY span, NER person or printed
title ending just before it, else by the sentence's or the passage's speaker; a title or pronoun
("Tổng Bí thư", "ông") resolves to the person the article names with it.
"""

from __future__ import annotations

import re

from ...textnorm import fold
from .rules import CLAUSE_PUNCT, LOOKBACK_CHARS, SPEAKER_GAP_WORDS
from .scan import Directive, State, TaskScan
from .words import Fact, Words, lower_text


def find_speaker(sc: TaskScan, words: Words, first: int, cue: int, sentence_speaker: str | None,
             state: State) -> str | None:
    """Who speaks the cue at ``words[cue]``: a mention ending just before it, else the context."""
    cue_start = words[cue].start
    best: Fact | None = None
    for f in speaker_mentions(sc, words[first].start if first < len(words) else cue_start, cue_start):
        gap = [w for w in words if f.end <= w.start < cue_start]
        if any(w.text in CLAUSE_PUNCT for w in gap) or len([w for w in gap if not w.punct]) > SPEAKER_GAP_WORDS:
            continue
        if best is None or f.end > best.end or (f.end == best.end and (
                f.label == "PERSON" or (best.label != "PERSON" and f.start < best.start))):
            best = f
    if best is not None:
        best = _with_country(sc, _conjoined_subject(sc, words, first, cue, best))
        return resolve(sc, issuer(sc, best, words[first].start if first < len(words) else cue_start), state)
    if (named := _named_entity(sc, words, first, cue)) is not None:
        return named
    prev = words[cue - 1].text if cue > first else None
    if linked_clause(sc, words, first, cue):
        prev = ","  # "Cục X chưa bố trí được vốn, nên đề nghị ...": the subject's next predicate
    # "Do vậy đề nghị ...": a sentence opening with only a connector of consequence before its cue
    # opens with the cue
    opens = cue == first or sc.rules.match(words, first, "consequence") == cue - first > 0
    prev = None if opens else prev
    if prev is None or prev in {",", ";"}:
        if sentence_speaker:
            return sentence_speaker
        if prev is not None:
            opening = speaker_mentions(sc, words[first].start, cue_start)
            if opening:
                return resolve(sc, min(opening, key=lambda f: (f.start, -f.end)), state)
        if prev is None and state.speaker and opens:
            return state.speaker
        # "Đồng thời đề nghị ...", "“..., đề nghị ...”": the nearest speaker mention before
        near = speaker_mentions(sc, max(0, cue_start - LOOKBACK_CHARS), cue_start)
        if near:
            people = [f for f in near if f.label != "BODY"] or near
            return resolve(sc, max(people, key=lambda f: (f.end, -f.start)), state)
    return None


def _conjoined_subject(sc: TaskScan, words: Words, first: int, cue: int, best: Fact) -> Fact:
    """"Sở Y tế đã kiểm tra cơ sở và yêu cầu chủ cơ sở ...": a cue joined by a link word (``subject_link``)
    to the predicate of the subject opening the sentence (after a leading time phrase or ``subject_opener``)
    is spoken by that subject, not by the mention the predicate prints before the link; ``best`` when no
    mention opens the sentence or no link joins."""
    r = sc.rules
    if first >= cue or not any(cue - n > first and r.match(words, cue - n, "subject_link") == n
                               for n in r.lengths.get("subject_link", ())):
        return best
    return _opening_subject(sc, words, _sentence_opening(r, words, first, cue), best)


def _sentence_opening(r, words: Words, first: int, cue: int) -> int:
    """The first word after a leading time phrase ("Sáng 28-5,": a ``subject_day`` word, a number right
    after it, up to four words to its comma) or a ``subject_opener`` and its comma ("Tại buổi làm việc,")."""
    n = r.match(words, first, "subject_opener")
    if n and first + n < cue and words[first + n].text == ",":
        return first + n + 1
    if r.match(words, first, "subject_day") and first + 1 < cue and words[first + 1].text[:1].isdigit():
        comma = next((k for k in range(first + 2, min(cue, first + 6)) if words[k].text == ","), None)
        if comma is not None and all(not w.text.isalpha() for w in words[first + 1:comma]):
            return comma + 1
    return first


def _opening_subject(sc: TaskScan, words: Words, k: int, best: Fact) -> Fact:
    """The subject opening at ``words[k]`` when a predicate of its own runs from it to ``best``: none (``best``)
    across a clause break, a listed subject ("A và B đồng thời yêu cầu ..."), a passive ("A được B khen thưởng
    và đề nghị ...") or a subject no resolved body or person names ("bộ ..."); over a reporting verb
    (``report_verb``, ``subject_report``) the reported clause's own subject, else ``best``."""
    r = sc.rules
    if k >= len(words) or words[k].start >= best.start:
        return best
    opening = [f for f in speaker_mentions(sc, words[k].start, best.start) if f.start == words[k].start]
    subject = max(opening, key=lambda f: f.end, default=None)
    if subject is None or subject.end >= best.start:
        return best
    between = [q for q in range(k, len(words)) if subject.end <= words[q].start < best.start]
    if not between or any(words[q].text in CLAUSE_PUNCT for q in between):
        return best  # "A và B yêu cầu ..." reads no predicate; a clause break ends the subject's reach
    named = speaker_mentions(sc, subject.end, best.start)
    if any(r.match(words, q, "conjunction") for q in between) and all(
            words[q].punct or r.match(words, q, "conjunction") or any(
            f.start <= words[q].start < f.end for f in named) for q in between):
        return best  # "A và B đồng thời yêu cầu ...": listed subjects, no predicate
    if any(r.match(words, q, kind) for q in between for kind in ("passive", "fine_passive")):
        return best  # "A được B khen thưởng và đề nghị ...": A is acted on, no asker
    printed = words[k].upper and k + 1 < len(words) and words[k + 1].upper  # "Sở Xây dựng", a name as printed
    q = between[0]
    while printed and q < between[-1] and words[q].upper:
        q += 1  # the rest of the printed name
    while q < between[-1] and (r.match(words, q, "tense") or r.match(words, q, "adverb_skip")):
        q += 1
    n = r.match(words, q, "report_verb") or r.match(words, q, "subject_report")
    if n:
        q += n
        q += r.match(words, q, "report_verb") if q < len(words) and words[q].low == "rằng" else 0
        return _opening_subject(sc, words, q, best)  # "A cho biết B đã kiểm tra ... và yêu cầu ...": B
    if subject.label not in ("PERSON", "PER", "BODY") and not printed and not _named_title(sc, subject):
        return best  # "bộ công thương đã làm việc với ...": no resolved mention opens the sentence
    return subject


def _named_title(sc: TaskScan, f: Fact) -> bool:
    """A title or an honorific the article prints with a person's name right after it somewhere ("Thủ tướng A",
    "Ông A"), no bare title."""
    if f.label not in ("TITLE", "SPEAKER"):
        return False
    title = sc.low[f.start:f.end]
    ends, k = [], sc.low.find(title)
    while k >= 0:
        ends.append(k + len(title))
        k = sc.low.find(title, k + 1)
    return any(e <= p.start <= e + 1 for e in ends for p in sc.persons + sc.ner_persons)


def _country_at(sc: TaskScan, pos: int) -> int | None:
    """End of the country (task rules ``countries``) printed at ``pos``, else None."""
    for c in sc.rules.countries:
        end = pos + len(c)
        if fold(sc.text[pos:end]) == c and not sc.text[end : end + 1].isalnum():
            return end
    return None


def _with_country(sc: TaskScan, f: Fact) -> Fact:
    """A title-only speaker with the country printed right after it ("lãnh tụ tối cao Iran", "Tổng thống Mỹ"):
    the title and the country, whether the mention is the title or the country the tagger read after it."""
    if f.label == "TITLE" and sc.text[f.end : f.end + 1] == " " and (end := _country_at(sc, f.end + 1)):
        return Fact(f.start, end, "TITLE", sc.text[f.start:end])
    if f.label in ("PER", "LOC") and _country_at(sc, f.start) == f.end:
        title = next((t for t in sc.titles if t.end + 1 == f.start and sc.text[t.end] == " "), None)
        if title is not None:
            return Fact(title.start, f.end, "TITLE", sc.text[title.start : f.end])
    return f


NAMED_SPEAKERS = ("LOC", "ORG")  # tagger entity labels that may speak a cue printed right after them


def _named_entity(sc: TaskScan, words: Words, first: int, cue: int) -> str | None:
    """"Trung Quốc đề nghị Mỹ ...": a country or an organisation the tagger names right before the cue
    (nothing between) speaks it when no person, title or body does."""
    if cue <= first:
        return None
    start, end = words[first].start, words[cue - 1].end
    return next((sc.text[f.start:f.end] for f in sc.ner_entities if f.label in NAMED_SPEAKERS
                 and start <= f.start and f.end == end), None)


def nearest_agent(sc: TaskScan, start: int, end: int, state: State) -> str | None:
    """Who compels or fines at ``end`` ("..., buộc UBND tỉnh X ...", "UBND xã X xử phạt ..."): the body
    mentioned nearest before it from ``start`` on, else the person, resolved; else the passage's speaker."""
    near = speaker_mentions(sc, start, end)
    near = [f for f in near if f.label == "BODY"] or [f for f in near if f.label == "PERSON"]
    return resolve(sc, max(near, key=lambda f: (f.end, -f.start)), state) if near else state.speaker


def linked_clause(sc: TaskScan, words: Words, first: int, cue: int) -> bool:
    """", nên / , đồng thời / ; đồng thời <cue>": a link word between a comma (or ";") and the cue,
    inside the sentence. Before "chỉ đạo", "và" needs no comma ("X thực hiện công bố ... và chỉ đạo Sở Y
    đăng tải ..."), unless it joins two nouns of directing ("Phát biểu chỉ đạo và giao nhiệm vụ, ...")."""
    r = sc.rules
    hits = words.hits if words.hits is not None else r.hits(words)
    if words[cue - 1].low == "và" and cue - 1 > first and r.match(words, cue, "cue_verb") \
            and not any(r.ends(words, cue - 1, kind) for kind in ("cue", "cue_verb", "cue_punct")):
        return True
    return any(cue - n > first and n in hits.get(("clause_link", cue - n), ())
               and words[cue - n - 1].text in {",", ";"} for n in r.lengths.get("clause_link", ()))


def issuer(sc: TaskScan, f: Fact, start: int) -> Fact:
    """"UBND tỉnh Khánh Hòa vừa có văn bản khẩn yêu cầu ...": a document speaking right after the verb
    that issues it ("có", "ban hành", "gửi") speaks for the body or person printed right before that
    verb (a tense marker between them kept); else ``f`` itself."""
    r = sc.rules
    if f.label != "SPEAKER":
        return f
    words = sc.bare_words(start, f.end)
    k = next((q for q in range(len(words)) if words[q].start == f.start), None)
    if k is None or not r.match(words, k, "issued_document"):
        return f
    n = next((n for n in r.lengths.get("issues", ()) if k - n >= 0 and r.match(words, k - n, "issues") == n), 0)
    if not n:
        return f
    v = k - n
    while v > 0 and r.match(words, v - 1, "tense"):
        v -= 1  # "vừa có", "đã ban hành"
    agents = [g for g in sc.persons + sc.bodies if start <= g.start and g.end <= words[v].start
              and not sc.text[g.end:words[v].start].strip()]
    return max(agents, key=lambda g: g.end) if agents else f


def speaker_mentions(sc: TaskScan, start: int, end: int) -> list[Fact]:
    # a span that runs over the cue ("UBND tỉnh Đắk Nông giao" by token alignment) ends at it
    agents = [agent_phrase(sc, f, end) for f in phrase_iter(sc, "agent", start, end)]
    # "Ủy ban nhân dân các tỉnh yêu cầu ...": a name the tagger reads at the head of an agent phrase is
    # no person, and a place word after its determiner is no speaker of its own
    out = [f if f.end <= end else Fact(f.start, end, f.label, f.kb)
           for f in sc.persons + sc.titles + sc.bodies + sc.ner_persons
           if start <= f.start < end]
    out += phrase_iter(sc, "speaker", start, end)
    inside = [f for f in out if f.label not in ("PERSON", "BODY") and any(
        a.start <= f.start < a.end and (f.start > a.start or f.label == "PER") for a in agents)]
    if inside:
        out = [f for f in out if f not in inside] + [a for a in agents if any(
            a.start <= f.start < a.end for f in inside)]
    if not out:
        # "phòng giáo dục và đào tạo đề nghị ...": an agent phrase speaks
        out += agents
    return out


def agent_phrase(sc: TaskScan, f: Fact, end: int) -> Fact:
    """An agent phrase with a determiner and up to two lower-case words after it ("Ủy ban nhân dân
    các tỉnh"), ending before ``end``."""
    words = sc.bare_words(f.end, end)
    n = sc.rules.match(words, 0, "determiner") if len(words) else 0
    stop = f.end
    if n:
        k = n
        while k < min(len(words), n + 2) and words[k].text.isalpha() and words[k].text.islower() \
                and not any(sc.rules.match(words, k, kind) for kind in ("cue", "cue_verb", "tense", "adverb_skip", "block", "clause_link")):
            k += 1
        if k > n:
            stop = words[k - 1].end
    return Fact(f.start, stop, "AGENT", sc.text[f.start:stop])


def phrase_iter(sc: TaskScan, kind: str, start: int, end: int) -> list[Fact]:
    words = sc.bare_words(start, end)
    out = []
    i = 0
    while i < len(words):
        n = sc.rules.match(words, i, kind)
        if n:
            out.append(Fact(words[i].start, words[i + n - 1].end, "SPEAKER",
                            sc.text[words[i].start:words[i + n - 1].end]))
        i += max(n, 1)
    return out


def resolve(sc: TaskScan, f: Fact, state: State) -> str:
    """A speaker mention as a person name (title-only mentions resolved), body or title."""
    if f.label in ("PERSON", "PER", "BODY"):
        return f.kb
    for p in sc.persons:
        if p.start < f.end and f.start < p.end:
            return p.kb
    title = sc.low[f.start:f.end]
    if title in sc.rules.pronouns:
        # the pronoun: the name right after it, else the nearest person before
        after = [p for p in sc.persons + sc.ner_persons if f.end <= p.start <= f.end + 1]
        if after:
            return after[0].kb
        m = re.match(r"\s(\w+(?:\s\w+){0,3})", sc.text[f.end:f.end + 60])
        given = " ".join(w for w in (m.group(1).split() if m else []) if w[:1].isupper()).split()
        if given and m and m.group(1).split()[0][:1].isupper():
            # "ông Thăng": the person of the article whose name ends with the printed given name
            for p in sc.persons + sc.ner_persons:
                if p.kb.split()[-1:] == given[-1:] and len(p.kb.split()) > 1:
                    return p.kb
        before = [p for p in sc.persons + sc.ner_persons if p.end <= f.start]
        if state.speaker:
            return state.speaker
        return before[-1].kb if before else sc.text[f.start:f.end]
    # "Tổng Bí thư": the first place the article prints the title with a name after it
    pos = 0
    while True:
        k = sc.low.find(title, pos)
        if k < 0:
            break
        after = [p for p in sc.persons + sc.ner_persons if k + len(title) <= p.start <= k + len(title) + 1]
        if after:
            return after[0].kb
        pos = k + 1
    return sc.text[f.start:f.end]


def is_speaker(sc: TaskScan, words: Words, d: Directive, speaker: str) -> bool:
    """The subject of a would-be subject directive is the passage's speaker itself."""
    sp = lower_text(speaker)
    names = [lower_text(d.assignee)] + [lower_text(f.kb) for f in sc.protected
                                        if f.start == words[d.np_start].start]
    if sp in names:
        return True
    # "Đắk Nông" speaking, "UBND tỉnh Đắk Nông cũng chỉ đạo huyện X ...": the speaker's name inside
    r = sc.rules
    head = d.action_start
    return bool(r.match(words, head, "cue") or r.match(words, head, "cue_verb")) and any(
        re.search(rf"(?<!\w){re.escape(sp)}(?!\w)", n) for n in names)
