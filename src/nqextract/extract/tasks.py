"""tasks: assignments ("Tổng Bí thư yêu cầu X làm Y trước ngày Z") as :class:`~nqextract.models.Task`.

Rules on the Doc, cues in ``data/task_verbs.tsv``. A task is found in two ways:

* a *cue*: a speaker (PERSON/TITLE/BODY span, NER person or a printed title) followed by a directive
  verb (``yêu cầu``, ``đề nghị``, ``giao`` ...; ``nhấn mạnh,`` / ``chỉ đạo:`` only with punctuation),
  then an assignee noun phrase and an action;
* a *subject directive* inside a directive passage (the paragraph of a cue and the next one): a
  sentence opening with an agent noun phrase and a modal (``cần``, ``phải``) or a directive verb
  (``Bộ trưởng Bộ Tài chính chỉ đạo ...``).

The assignee must look like an agent (a body/person/title span or an agent head word such as
``các bộ, ngành``, ``Thủ tướng``); pledges and reports (``sẽ``, ``đã``) and universal subjects
(``tất cả``) are not tasks. The action is the head clause: up to ``;`` or an ``action_stop`` phrase;
a ``; <same verb> ...`` clause is a second task. Deadlines come from date spans after a deadline word
(``trước ngày``, ``trong tháng``) in the clause, or from an introductory clause (``Về ... trong Quý I
năm 2025, ...``) that scopes every task until the next introductory clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import Task
from ..nlp import doc_text, doc_tokens
from ..textnorm import canonical_tones
from . import resources

RULES_FILE = "task_verbs.tsv"
_WORD = re.compile(r"\w+(?:[/.\-]\w+)*%?|[^\w\s]", re.UNICODE)
_LINE = re.compile(r"[^\n]+")
LIST_MARKER = re.compile(r"^(?:\d{1,2}|[a-zđ]|[IVX]{1,4})$")
CLAUSE_PUNCT = {";", ":", ".", "!", "?"}
QUOTES = {"“", "”", '"', "‘", "’", "'", "(", ")", "«", "»", "-", "–", "•"}
GLUE_CHECKED = {"cue", "cue_punct", "directive", "modal"}  # must not be the start of a longer tagged word
OPEN_QUOTES = {"“", "«"}
CLOSE_QUOTES = {"”", "»"}
MAX_NP_WORDS = 45
SPEAKER_GAP_WORDS = 8
LOOKBACK_CHARS = 300
TENSE_PEEK_WORDS = 4
OPENING_DEADLINE_WORDS = 8
MIN_ACTION_WORDS = 3
QUOTE_SUBJECT_WORDS = 6
MIN_HEAD_BEFORE_STOP = 14  # syllables
ACTION_SKIP_WORDS = 10  # "theo chức năng, nhiệm vụ được giao | chủ động ...": the verb after the adverbial
MAX_ADVERBIAL_WORDS = 20  # an adverbial between a cue and its assignee ends at a comma this close
MAX_NAME_WORDS = 5  # a capitalized agent name before a modal ("Thừa Thiên Huế cần ...")
COPULA_PEEK_WORDS = 5  # a bare verb phrase followed this soon by "là" is a subject, not an action
PASSAGE_SENTENCES = 4  # a directive passage: the cue's paragraph and the next, at most this many sentences on


# --------------------------------------------------------------------------- words and rules


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    low: str
    verb: bool  # the first syllable of a lower-case token tagged V
    glued: bool = False  # a lower-case syllable of the same tagged word follows
    inner: bool = False  # a lower-case syllable of the same tagged word precedes ("giao" in "bàn giao")

    @property
    def upper(self) -> bool:
        return self.text[:1].isupper()

    @property
    def punct(self) -> bool:
        return not self.text[:1].isalnum()


@dataclass
class Rules:
    phrases: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    title_body: list[tuple[str, str]] = field(default_factory=list)
    # kind -> first word -> phrases starting with it, longest first (built by index())
    by_first: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict)

    def index(self) -> None:
        """Sort each kind's phrases longest first and index them by their first word."""
        self.by_first = {}
        for kind, phrases in self.phrases.items():
            phrases.sort(key=len, reverse=True)
            table: dict[str, list[tuple[str, ...]]] = {}
            for p in phrases:
                if p:
                    table.setdefault(p[0], []).append(p)
            self.by_first[kind] = table

    def match(self, words: list[Word], i: int, kind: str) -> int:
        """Length (in words) of the longest ``kind`` phrase starting at ``words[i]``, else 0.

        A phrase must not end inside a lower-case tagged word ("giao" is no cue in "giao thông").
        """
        if i >= len(words):
            return 0
        if kind == "determiner" and words[i].text.isdigit() and len(words[i].text) <= 2:
            return 1  # "4 Bộ liên quan"
        for p in self.by_first.get(kind, {}).get(words[i].low, ()):
            n = len(p)
            if i + n <= len(words) and all(words[i + k].low == p[k] for k in range(1, n)):
                if kind in GLUE_CHECKED and (words[i + n - 1].glued or (words[i].inner and kind != "modal")):
                    continue  # "cần" in "cần thiết", "giao" in "bàn giao"
                if kind == "block" and words[i].inner:
                    continue  # "không" in "hàng không"
                return n
        return 0

    def ends(self, words: list[Word], k: int, kind: str) -> bool:
        """A ``kind`` phrase ends right before ``words[k]`` ("phục vụ | yêu cầu")."""
        return any(k - len(p) >= 0 and all(words[k - len(p) + x].low == p[x] for x in range(len(p)))
                   for p in self.phrases.get(kind, ()))

    def find(self, words: list[Word], kind: str, start: int, end: int) -> int | None:
        for i in range(start, min(end, len(words))):
            if self.match(words, i, kind):
                return i
        return None


@lru_cache(maxsize=4)
def _load_rules(text: str) -> Rules:
    rules = Rules()
    for row in resources.parse_tsv(text):
        kind, phrase = row.get("kind", ""), row.get("phrase", "")
        if not kind or not phrase:
            continue
        toks = tuple(m.group(0) for m in _WORD.finditer(canonical_tones(phrase).lower()))
        if kind == "title_body":
            rules.title_body.append((" ".join(toks), row.get("value", "")))
            continue
        rules.phrases.setdefault(kind, []).append(toks)
    rules.index()
    return rules


def load_rules(rules_dir: resources.RulesDir = None) -> Rules:
    """The cues of ``task_verbs.tsv`` (of ``rules_dir`` when it holds one)."""
    return _load_rules(resources.read_text(RULES_FILE, rules_dir))


def lower_text(text: str) -> str:
    """Lower-cased text with canonical tone placement, index-aligned with ``text``."""
    low = canonical_tones(text).lower()
    return low if len(low) == len(text) else text.lower()


def words_of(doc: Doc, low: str, start: int, end: int, verb_starts: set[int],
             glued: set[int] | None = None, inner: set[int] | None = None) -> list[Word]:
    text = doc_text(doc)
    glued = glued or set()
    inner = inner or set()
    return [
        Word(m.start(), m.end(), m.group(0), low[m.start():m.end()], m.start() in verb_starts,
             m.end() in glued, m.start() in inner)
        for m in _WORD.finditer(text, start, end)
    ]


def inner_starts(doc: Doc) -> set[int]:
    """Starts of syllables after a lower-case syllable inside one tagged word ("bàn giao")."""
    out: set[int] = set()
    for idx, text, _tag in doc_tokens(doc):
        if " " in text:
            pos = idx
            for part in text.split(" ")[:-1]:
                pos += len(part) + 1
                if part[:1].islower():
                    out.add(pos)
    return out


def verb_starts(doc: Doc) -> set[int]:
    return {idx for idx, text, tag in doc_tokens(doc) if tag.startswith("V") and text == text.lower()}


def name_inner_starts(doc: Doc) -> set[int]:
    """Starts of syllables right after a capitalized one inside one tagged word ("Bộ Ngoại giao")."""
    out: set[int] = set()
    for idx, text, _tag in doc_tokens(doc):
        if " " in text and text[:1].isupper():
            pos = idx
            for part in text.split(" ")[:-1]:
                pos += len(part) + 1
                if part[:1].isupper():
                    out.add(pos)
    return out


def glued_ends(doc: Doc) -> set[int]:
    """Ends of syllables followed by another lower-case syllable of the same tagged word."""
    out: set[int] = set()
    text = doc_text(doc)
    for idx, tok, _tag in doc_tokens(doc):
        if " " in tok:
            pos = idx
            for part in tok.split(" ")[:-1]:
                pos += len(part)
                nxt = text[pos + 1:pos + 2]
                if nxt.islower():
                    out.add(pos)
                pos += 1
    return out


# --------------------------------------------------------------------------- fact spans


@dataclass(frozen=True)
class Fact:
    start: int
    end: int
    label: str
    kb: str


def facts(doc: Doc, key: str) -> list[Fact]:
    if key not in doc.spans:
        return []
    return [Fact(s.start_char, s.end_char, s.label_, s.kb_id_ or s.text) for s in doc.spans[key]]


_FALLBACK_DATES = (
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), "day"),
    (re.compile(r"(?<=ngày )(\d{1,2})/(\d{1,2})(?![/\d])"), "dayshort"),
    (re.compile(r"tháng (\d{1,2})(?:/| năm )(\d{4})"), "month"),
    (re.compile(r"quý (iv|i{1,3}|[1-4])(?:/| năm )(\d{4})"), "quarter"),
    (re.compile(r"năm (\d{4})(?![\d/-])"), "year"),
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def fallback_dates(low: str, year: int | None) -> list[Fact]:
    """Deadline-shaped dates, used only when the dates component left no spans."""
    out: list[Fact] = []
    taken: list[tuple[int, int]] = []
    for rx, kind in _FALLBACK_DATES:
        for m in rx.finditer(low):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groups()
            try:
                if kind == "day":
                    value = f"{int(g[2]):04d}-{int(g[1]):02d}-{int(g[0]):02d}"
                elif kind == "dayshort":
                    if year is None:
                        continue
                    value = f"{year:04d}-{int(g[1]):02d}-{int(g[0]):02d}"
                elif kind == "month":
                    value = f"{int(g[1]):04d}-{int(g[0]):02d}"
                elif kind == "quarter":
                    q = _ROMAN.get(g[0]) or int(g[0])
                    value = f"{int(g[1]):04d}-Q{q}"
                else:
                    value = g[0]
            except ValueError:
                continue
            taken.append((m.start(), m.end()))
            out.append(Fact(m.start(), m.end(), "DATE", value))
    return sorted(out, key=lambda f: f.start)


# --------------------------------------------------------------------------- the recognizer


@dataclass
class Directive:
    assignee: str
    action_start: int  # word indices
    action_end: int
    np_start: int


@dataclass
class Found:
    task: Task
    paragraph: int
    sent: int = 0


@dataclass
class _State:
    speaker: str | None = None
    directive_para: int = -10
    directive_sent: int = -10
    sent: int = 0
    intro_deadline: str | None = None
    sentence_deadline: str | None = None
    other_subject_sent: int = -10
    last: Found | None = None
    listed: tuple[str, str | None, int] | None = None  # "yêu cầu Chủ tịch UBND các tỉnh:" (assignee, speaker, sent)


class TaskScan:
    """One article's tasks: every per-article attribute lives here, never on the component."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules

    # ----------------------------------------------------------------- matching

    def match(self, doc: Doc) -> list[Task]:
        self.doc = doc
        self._chain = False
        self.low = lower_text(doc_text(doc))
        self.verbs = verb_starts(doc)
        self.tags = {idx: tag for idx, _text, tag in doc_tokens(doc)}
        self.glued = glued_ends(doc)
        self.inner = inner_starts(doc)
        self.name_inner = name_inner_starts(doc)
        self.bodies = facts(doc, "bodies")
        self.persons = facts(doc, "persons")
        self.titles = facts(doc, "titles")
        self.documents = facts(doc, "documents")
        self.dates = facts(doc, "dates")
        if not self.dates:
            published = doc._.published
            self.dates = fallback_dates(self.low, published.year if published else None)
        self.ner_persons = [Fact(s.start_char, s.end_char, "PER", s.text)
                            for s in doc.spans["ner"] if s.label_ == "PER"] if "ner" in doc.spans else []
        self.ner_entities = [Fact(s.start_char, s.end_char, s.label_, s.text)
                             for s in doc.spans["ner"]] if "ner" in doc.spans else []
        self.protected = sorted(self.bodies + self.persons + self.titles, key=lambda f: f.start)
        sentences = [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]
        tasks: list[Task] = []
        state = _State()
        starts = [s for s, _ in sentences]
        for para, line in enumerate(m for m in _LINE.finditer(doc_text(doc)) if m.group(0).strip()):
            # the sentences starting inside this line (bisect: linear in the number of lines)
            for s, e in sentences[bisect_left(starts, line.start()):bisect_left(starts, line.end())]:
                tasks.extend(self._sentence(s, min(e, line.end()), para, state))
                state.sent += 1
        return tasks

    def _sentence(self, s: int, e: int, para: int, state: _State) -> list[Task]:
        r = self.rules
        words = words_of(self.doc, self.low, s, e, self.verbs, self.glued, self.inner)
        i = 0
        while i < len(words) and words[i].text in QUOTES:
            i += 1
        # list markers: "1.", "b)", "2)"
        if i + 1 < len(words) and LIST_MARKER.match(words[i].text) and words[i + 1].text in {".", ")"}:
            i += 2
        if i >= len(words) or r.match(words, i, "elaboration"):
            return []
        # "Cụ thể, Thủ tướng giao Bộ Tài chính xuất cấp 3.959 tấn gạo ...": the details of the last directive
        specific_of = state.last if r.match(words, i, "specific") and state.last is not None \
            and state.sent - state.last.sent <= 2 else None
        # introductory clause "Về ..., " / "Đối với ..., ": a new deadline scope
        intro_agent: str | None = None
        if (n_intro := r.match(words, i, "intro")):
            comma = next((k for k in range(i, len(words)) if words[k].text in {",", ":"} | CLAUSE_PUNCT), None)
            if comma is not None and words[comma].text == ",":
                state.intro_deadline = self._first_date(words[i].start, words[comma].start)
                # "Đối với Tổng công ty ACV, Cục yêu cầu chủ động ...": the topic is the assignee of a
                # cue that names none
                if r.match(words, i, "intro_agent") and self._is_agent(words, i + n_intro, cue=False):
                    intro_agent = self._canonical_assignee(self._assignee_text(words, i + n_intro, comma))
                i = comma + 1
        # "Trong quý I/2025, ...": an opening deadline adverbial for this sentence only
        state.sentence_deadline = None
        if self.rules.match(words, i, "deadline"):
            comma = next((k for k in range(i, len(words)) if words[k].text in {",", ":"} | CLAUSE_PUNCT), None)
            if comma is not None and words[comma].text == "," and comma - i <= OPENING_DEADLINE_WORDS:
                state.sentence_deadline = self._deadline_at(words, i)
                if state.sentence_deadline is not None:
                    i = comma + 1
        continuing = False
        n = r.match(words, i, "continuation")
        if n:
            continuing = True
            i += n
            if i < len(words) and words[i].text == ",":
                i += 1
        out: list[Task] = []
        self._ranges: list[tuple[int, int]] = []
        self._chain = state.last is not None and state.sent - state.last.sent == 1
        in_passage = para - state.directive_para <= 1 and state.sent - state.directive_sent <= PASSAGE_SENTENCES
        sentence_speaker: str | None = None
        # 1. subject directive inside a directive passage
        recent = state.last is not None and state.sent - state.last.sent <= 2
        if in_passage or (continuing and recent):
            d = self._directive(words, i, cue=False)
            if d is not None and state.speaker and self._is_speaker(words, d, state.speaker):
                d = None  # "UBND tỉnh cũng chỉ đạo huyện X ...": the speaker directs again, a cue
            if d is not None:
                out += self._emit(words, d, state.speaker, s, para, state)
            elif continuing and state.last is not None and self._starts_action(words, i) \
                    and state.other_subject_sent < state.last.sent and not self._reported_later(words, i + 1) \
                    and not any(r.match(words, i, kind) for kind in ("cue", "cue_verb", "cue_punct", "speech")):
                d = Directive(state.last.task.assignee, i, self._action_end(words, i), i)
                out += self._emit(words, d, state.last.task.assigner, s, para, state)
            elif (heir := self._bare_action(words, i, state)) is not None:
                d = Directive(heir[0], i, self._action_end(words, i), i)
                out += self._emit(words, d, heir[1], s, para, state)
            elif state.last is not None and state.last.paragraph == para:
                out += self._inherit(words, i, s, para, state)
        # 2. cues
        k = i
        while k < len(words):
            n = r.match(words, k, "cue") or r.match(words, k, "cue_verb")
            n_punct = 0 if n else r.match(words, k, "cue_punct")
            if n_punct and k + n_punct < len(words) and words[k + n_punct].text in {",", ":"}:
                n = n_punct
            elif n_punct and not words[k].upper and self._directive(words, k + n_punct, cue=False, need_modal=True):
                n = n_punct  # "Bộ trưởng nhấn mạnh Giám đốc Công an các tỉnh cần ...": an agent and a modal
            if not n or (words[k].upper and k > i) or self._in_name(words, k, n) \
                    or r.ends(words, k, "cue_not_after"):
                k += 1
                continue
            if any(a <= words[k].start < b for a, b in self._ranges):
                k += n
                continue
            if out and k > 0 and words[k - 1].text == ";" and not r.match(words, k, "cue"):
                k += n  # "...; chỉ đạo các đơn vị ...": the assignee's next action, not a new speaker's
                continue
            speaker = self._speaker(words, i, k, sentence_speaker, state)
            if speaker is None:
                k += n
                continue
            sentence_speaker = speaker
            state.speaker = speaker
            state.directive_para = para
            state.directive_sent = state.sent
            j = k + n
            while j < len(words) and (words[j].text in {",", ":"} or words[j].text in QUOTES):
                j += 1
            d = self._directive(words, j, cue=True)
            if d is not None and n_punct and r.match(words, d.action_start, "cue"):
                # "Công điện nêu rõ, Thủ tướng yêu cầu Bộ X ...": reported speech, its own cue follows
                k = j
                continue
            punctuated = j > 0 and words[j - 1].text in {",", ":"}
            if d is None and intro_agent and self._starts_action(words, j):
                d = Directive(intro_agent, j, self._action_end(words, j), j)
            if d is None and punctuated and k > i:
                d = self._after_consequence(words, j)
            if d is None:
                d = self._named_assignee(words, j)
            adverbial_deadline = None
            if d is None and (n_adv := r.match(words, j, "adverbial")):
                # "đề nghị ngay sau cuộc làm việc ..., Chính phủ, các bộ, ngành tập trung ...": an adverbial
                # between the cue and its assignee
                comma = next((q for q in range(j + n_adv, min(len(words), j + MAX_ADVERBIAL_WORDS))
                              if words[q].text in {","} | CLAUSE_PUNCT), None)
                if comma is not None and words[comma].text == ",":
                    d = self._directive(words, comma + 1, cue=True)
                    adverbial_deadline = next((x for q in range(j, comma) if (x := self._deadline_at(words, q))),
                                              None)
            if d is None and (m := r.match(words, j, "modal")) and state.last is not None \
                    and state.sent - state.last.sent <= 2 and state.last.task.assigner == speaker \
                    and self._starts_action(words, j + m):
                # "Phó Chủ tịch lưu ý, cần giải quyết ngay ...": the speaker's last assignee goes on
                d = Directive(state.last.task.assignee, j + m, self._action_end(words, j + m), j)
            if d is None:
                self._listed(words, j, speaker, state)
                k = j
                continue
            emitted = self._emit(words, d, speaker, s, para, state)
            for t in emitted:
                t.deadline = t.deadline or adverbial_deadline
            out += emitted
            k = max(d.action_end, j)
            # "...; Bộ Tài chính bố trí kinh phí", "..., đồng thời Ban quản lý cần ...": later clauses
            # with their own agent
            for q in range(d.action_end, len(words)):
                if words[q].text in CLAUSE_PUNCT - {";"}:
                    break
                start = None
                if words[q].text == ";":
                    start = q + 1
                elif words[q].text == "," and (m := r.match(words, q + 1, "continuation")):
                    start = q + 1 + m
                if start is None:
                    continue
                nd = self._directive(words, start, cue=False)
                if nd is not None and not any(a <= words[nd.np_start].start < b for a, b in self._ranges):
                    out += self._emit(words, nd, speaker, s, para, state)
                    k = max(k, nd.action_end)
        # 3. "X được yêu cầu/giao <action>": a passive assignment
        if not out:
            out += self._passive(words, i, s, para, state)
        # 3b. "X (sẽ) chủ trì, phối hợp với Y ...": the lead of an assignment, with or without a cue
        if not out:
            out += self._lead(words, i, s, para, state)
        # 4. "“... Chính phủ cần thảo luận ...”, Thủ tướng yêu cầu.": a quote spoken as a directive
        if not out:
            out += self._quoted(words, s, para, state)
        if not out:
            self._carry_deadline(words, para, state)
            if i < len(words) and self._is_agent(words, i, cue=False):
                state.other_subject_sent = state.sent  # a report about another subject breaks continuation
            if r.match(words, i, "passage_end") or r.find(words, "passage_end_any", i, len(words)) is not None:
                state.directive_sent = -10  # "Theo báo cáo của ...": reporting, the directive passage is over
        if specific_of is not None:
            same = lower_text(specific_of.task.assignee)
            out = [t for t in out if not (lower_text(t.assignee) in same or same in lower_text(t.assignee))]
        return out

    def _passive(self, words: list[Word], i: int, s: int, para: int, state: _State) -> list[Task]:
        r = self.rules
        end = self._clause_end(words, i)
        for q in range(i + 1, min(end, i + MAX_NP_WORDS) - 1):
            if words[q].low != "được":
                continue
            n = r.match(words, q + 1, "cue")
            if not n:
                continue
            if not self._is_agent(words, i, cue=False):
                return []
            for x in range(i, q):
                if self._protected_end(words[x].start) is None and not words[x].upper and any(
                        r.match(words, x, kind) for kind in ("cue", "cue_punct", "directive", "modal", "block")):
                    return []  # the subject is a clause, not an agent
            a = q + 1 + n
            while a < len(words) and words[a].text in {",", ":"}:
                a += 1
            if a >= len(words) or words[a].punct or words[a].text in CLAUSE_PUNCT or r.match(words, a, "block"):
                return []
            assignee = self._assignee_text(words, i, q)
            d = Directive(assignee, a, self._action_end(words, a), i)
            return self._emit(words, d, state.speaker, s, para, state)
        return []

    def _lead(self, words: list[Word], i: int, s: int, para: int, state: _State) -> list[Task]:
        """"Ban Quản lý đường sắt đô thị sẽ chủ trì, phối hợp Sở Tài chính ...": naming who leads and who
        cooperates is an assignment in itself. The subject is an agent noun phrase without verbs."""
        r = self.rules
        p = None
        for q in range(i + 1, min(len(words), i + MAX_NP_WORDS)):
            if words[q].text in CLAUSE_PUNCT:
                return []
            n = r.match(words, q, "lead")
            if n and q + n + 1 < len(words) and r.match(words, q + n + (words[q + n].text == ","), "lead_with"):
                p = q
                break
        if p is None or not self._is_agent(words, i, cue=False):
            return []
        np_end = p
        while np_end > i and (m := next((len(x) for x in self.rules.phrases.get("lead_before", ())
                                          if np_end - len(x) > i and tuple(w.low for w in words[np_end - len(x):np_end]) == x),
                                         0)):
            np_end -= m
        for x in range(i, np_end):
            w = words[x]
            if self._protected_end(w.start) is not None or w.upper:
                continue
            if w.text in CLAUSE_PUNCT or any(r.match(words, x, kind) for kind in (
                    "cue", "cue_verb", "cue_punct", "directive", "modal", "block", "speech")):
                return []  # "Thủ tướng giao Bộ X chủ trì ...": a cue's sentence, handled there
            if w.verb and not r.match(words, x, "np_part") and not r.match(words, x, "agent"):
                return []
        assignee = self._canonical_assignee(self._assignee_text(words, i, np_end))
        if not assignee:
            return []
        d = Directive(assignee, p, self._action_end(words, p), i)
        return self._emit(words, d, state.speaker, s, para, state)

    def _quoted(self, words: list[Word], s: int, para: int, state: _State) -> list[Task]:
        r = self.rules
        close = max((q for q, w in enumerate(words) if w.text in CLOSE_QUOTES or w.text == '"'), default=None)
        if close is None or close < 2:
            return []
        tail = [q for q in range(close + 1, len(words))
                if any(r.match(words, q, kind) for kind in ("cue", "cue_verb", "cue_punct"))]
        if not tail or len([w for w in words[close + 1:tail[0]] if not w.punct]) > SPEAKER_GAP_WORDS:
            return []
        if any(words[q].text in CLAUSE_PUNCT for q in range(close + 1, tail[0])):
            return []
        speaker = self._speaker(words, close + 1, tail[0], None, state)
        if speaker is None:
            return []
        opening = max((q for q in range(close) if words[q].text in OPEN_QUOTES or words[q].text == '"'), default=-1)
        starts = [opening + 1] + [q + 1 for q in range(opening + 1, close) if words[q].text in {",", ";", "."}]
        # "“Có nhiều biến động xảy ra Chính phủ cần thảo luận ...”": an agent right before a modal
        for q in range(opening + 1, close):
            if r.match(words, q, "modal"):
                starts += [st for st in range(max(opening + 1, q - QUOTE_SUBJECT_WORDS), q)
                           if not any(w.punct for w in words[st:q]) and self._is_agent(words, st, cue=False)]
        out: list[Task] = []
        for st in starts:
            d = self._directive(words[:close], st, cue=False, need_modal=True)
            if d is not None:
                out += self._emit(words, d, speaker, s, para, state)
                break
        return out

    # ----------------------------------------------------------------- pieces

    def _speaker(self, words: list[Word], first: int, cue: int, sentence_speaker: str | None,
                 state: _State) -> str | None:
        """Who speaks the cue at ``words[cue]``: a mention ending just before it, else the context."""
        cue_start = words[cue].start
        best: Fact | None = None
        for f in self._speaker_mentions(words[first].start if first < len(words) else cue_start, cue_start):
            gap = [w for w in words if f.end <= w.start < cue_start]
            if any(w.text in CLAUSE_PUNCT for w in gap) or len([w for w in gap if not w.punct]) > SPEAKER_GAP_WORDS:
                continue
            if best is None or f.end > best.end or (f.end == best.end and (
                    f.label == "PERSON" or (best.label != "PERSON" and f.start < best.start))):
                best = f
        if best is not None:
            return self._resolve(best, state)
        prev = words[cue - 1].text if cue > first else None
        if prev is None or prev in {",", ";"}:
            if sentence_speaker:
                return sentence_speaker
            if prev is not None:
                opening = self._speaker_mentions(words[first].start, cue_start)
                if opening:
                    return self._resolve(min(opening, key=lambda f: (f.start, -f.end)), state)
            if prev is None and state.speaker and cue == first:
                return state.speaker
            # "Đồng thời đề nghị ...", "“..., đề nghị ...”": the nearest speaker mention before
            near = self._speaker_mentions(max(0, cue_start - LOOKBACK_CHARS), cue_start)
            if near:
                people = [f for f in near if f.label != "BODY"] or near
                return self._resolve(max(people, key=lambda f: (f.end, -f.start)), state)
        return None

    def _speaker_mentions(self, start: int, end: int) -> list[Fact]:
        # a span that runs over the cue ("UBND tỉnh Đắk Nông giao" by token alignment) ends at it
        out = [f if f.end <= end else Fact(f.start, end, f.label, f.kb)
               for f in self.persons + self.titles + self.bodies + self.ner_persons
               if start <= f.start < end]
        for m in self._phrase_iter("speaker", start, end):
            out.append(m)
        if not out:
            # "phòng giáo dục và đào tạo đề nghị ...": an agent phrase speaks
            out += [Fact(f.start, f.end, "AGENT", f.kb) for f in self._phrase_iter("agent", start, end)]
        return out

    def _phrase_iter(self, kind: str, start: int, end: int) -> list[Fact]:
        words = words_of(self.doc, self.low, start, end, set())
        out = []
        i = 0
        while i < len(words):
            n = self.rules.match(words, i, kind)
            if n:
                out.append(Fact(words[i].start, words[i + n - 1].end, "SPEAKER",
                                doc_text(self.doc)[words[i].start:words[i + n - 1].end]))
            i += max(n, 1)
        return out

    def _resolve(self, f: Fact, state: _State) -> str:
        """A speaker mention as a person name (title-only mentions resolved), body or title."""
        if f.label in ("PERSON", "PER", "BODY"):
            return f.kb
        for p in self.persons:
            if p.start < f.end and f.start < p.end:
                return p.kb
        title = self.low[f.start:f.end]
        if title in ("đồng chí", "ông", "bà"):
            # the pronoun: the name right after it, else the nearest person before
            after = [p for p in self.persons + self.ner_persons if f.end <= p.start <= f.end + 1]
            if after:
                return after[0].kb
            m = re.match(r"\s(\w+(?:\s\w+){0,3})", doc_text(self.doc)[f.end:f.end + 60])
            given = " ".join(w for w in (m.group(1).split() if m else []) if w[:1].isupper()).split()
            if given and m and m.group(1).split()[0][:1].isupper():
                # "ông Thăng": the person of the article whose name ends with the printed given name
                for p in self.persons + self.ner_persons:
                    if p.kb.split()[-1:] == given[-1:] and len(p.kb.split()) > 1:
                        return p.kb
            before = [p for p in self.persons + self.ner_persons if p.end <= f.start]
            if state.speaker:
                return state.speaker
            return before[-1].kb if before else doc_text(self.doc)[f.start:f.end]
        # "Tổng Bí thư": the first place the article prints the title with a name after it
        pos = 0
        while True:
            k = self.low.find(title, pos)
            if k < 0:
                break
            after = [p for p in self.persons + self.ner_persons if k + len(title) <= p.start <= k + len(title) + 1]
            if after:
                return after[0].kb
            pos = k + 1
        return doc_text(self.doc)[f.start:f.end]

    def _in_name(self, words: list[Word], k: int, n: int) -> bool:
        """The cue word at ``k`` is part of a name ("Bộ Ngoại giao"), not a verb ("Đắk Nông giao").

        A fact span around it decides (its canonical name has the word or not); without one, a
        one-word cue glued to a capitalized syllable in one tagged word is a name part.
        """
        pos = words[k].start
        covering = [f for f in self.protected if f.start < pos < f.end]
        if covering:
            return any(lower_text(words[k].text) in lower_text(f.kb) for f in covering)
        return n == 1 and pos in self.name_inner

    def _protected_end(self, pos: int) -> int | None:
        for f in self.protected:
            if f.start <= pos < f.end:
                return f.end
        return None

    def _directive(self, words: list[Word], i: int, *, cue: bool, need_modal: bool = False) -> Directive | None:
        """Parse ``ASSIGNEE (modal) ACTION`` at ``words[i]``; None when it is not a directive."""
        r = self.rules
        while (n := r.match(words, i, "agent_prefix") or r.match(words, i, "np_skip")):
            i += n
            if i < len(words) and words[i].text == ",":
                i += 1
        if i >= len(words) or r.match(words, i, "universal"):
            return None
        k = i
        while k < len(words) and k - i < MAX_NP_WORDS:
            w = words[k]
            if w.text == ":" and k > i and r.ends(words, k, "agent") and k + 1 < len(words) and words[k + 1].upper \
                    and k + 1 < len(words) - 1:
                k += 1  # "Bộ trưởng các bộ: Quốc phòng, Công an, ...": an enumeration inside the assignee
                continue
            if w.text in CLAUSE_PUNCT:
                return None
            if k > i and r.match(words, k - 1, "determiner"):
                k += max(1, r.match(words, k, "agent"))  # the word after "các", "mỗi" is a noun ("các tỉnh ủy")
                continue
            if not w.upper and (r.match(words, k, "cue") or r.match(words, k, "cue_punct")):
                break
            pe = self._protected_end(w.start)
            if pe is not None and pe > w.start:
                # trust a fact span unless it swallows a lower-case directive word
                while k < len(words) and words[k].start < pe:
                    if (m := r.match(words, k, "agent")) and m > 1:
                        k += m  # "Ban chỉ đạo": a multi-word agent name
                        continue
                    if not words[k].upper and (r.match(words, k, "modal") or r.match(words, k, "directive")):
                        break
                    k += 1
                else:
                    continue
                if k < len(words) and words[k].start < pe:
                    break
                continue
            m = r.match(words, k, "agent") or r.match(words, k, "np_part") or r.match(words, k, "determiner")
            if m and k > i and not w.upper and r.match(words, k, "directive") > m:
                break  # "các tỉnh ủy ... lãnh đạo, chỉ đạo tổ chức ...": a directive longer than the head word
            if m == 1 and k > i and (r.match(words, k, "modal") or r.match(words, k, "directive")) and not w.upper:
                m = 0  # a one-word agent head that is also a directive verb starts the action
            if m:
                k += m
                continue
            if w.upper or w.punct:
                k += 1
                continue
            if r.match(words, k, "modal") or r.match(words, k, "block") or r.match(words, k, "directive") or w.verb \
                    or r.match(words, k, "adverb_skip"):
                break
            k += 1
        if k >= len(words) or k == i:
            return None
        np_end = k
        # "Ủy ban quốc gia về chuyển đổi số phải": a verb inside a name, the modal follows shortly
        if not (r.match(words, k, "modal") or r.match(words, k, "block") or r.match(words, k, "directive")
                or r.match(words, k, "cue") or r.match(words, k, "cue_punct") or r.match(words, k, "adverb_skip")):
            for q in range(k + 1, min(k + 6, len(words))):
                if words[q].punct or r.match(words, q, "block"):
                    break
                if r.match(words, q, "modal") or (cue and q <= k + 3 and r.match(words, q, "directive")):
                    np_end = q
                    break
        if not self._is_agent(words, i, cue=cue):
            return None
        a = np_end
        modal = False
        if self._chain and not cue and r.match(words, a, "future_assigned") and a + 1 < len(words) \
                and r.match(words, a + 1, "directive") and not r.match(words, a + 1, "block"):
            a += 1  # right after a task, "Các sở ngành sẽ có báo cáo ...": the next assignment, not a pledge
        if (m := r.match(words, a, "adverb_skip")) and a + m < len(words) and not self._tense_at(words, a + m) \
                and (r.match(words, a + m, "modal") or r.match(words, a + m, "directive") or words[a + m].verb):
            a += m  # "Các đơn vị cũng nghiên cứu ...", "Xã này cũng phải ...": an adverb before the action
        while True:
            m = r.match(words, a, "modal")
            if not m:
                break
            modal = True
            a += m
        if a >= len(words):
            return None
        if (m := r.match(words, a, "action_skip")):
            # "theo chức năng, nhiệm vụ được giao chủ động chỉ đạo ...": an adverbial before the verb
            nxt = next((q for q in range(a + m, min(len(words), a + m + ACTION_SKIP_WORDS))
                        if r.match(words, q, "directive") and not words[q].inner), None)
            if nxt is not None and not any(words[q].text in CLAUSE_PUNCT for q in range(a, nxt)):
                a = nxt
        if modal and words[a].low == "là":
            return None  # "Đây phải là tư tưởng chỉ đạo xuyên suốt": a statement, not an action
        if words[a].low == "không" and a + 1 < len(words) and words[a + 1].low == "chỉ":
            end = self._clause_end(words, a)
            but = next((q for q in range(a, end) if words[q].low == "mà"), None)
            if but is None:
                return None
            a = but + 1
            while (m := r.match(words, a, "modal")):
                modal = True
                a += m
        elif (cue or modal) and r.match(words, a, "negative_directive"):
            pass  # "đề nghị các bệnh viện không để người bệnh nằm ghép": a prohibition is an action
        elif not modal and (r.match(words, a, "block") or any(
                self._tense_at(words, q) for q in range(a + 1, min(a + TENSE_PEEK_WORDS, len(words))))):
            return None  # "các cơ quan tố tụng đã chủ động ...": a report, the NP ended too early
        if not cue and not modal and (need_modal or not r.match(words, a, "directive")):
            return None
        if not cue and self._is_cue(words, a):
            return None
        if a >= len(words) or words[a].text in CLAUSE_PUNCT or words[a].punct:
            return None
        assignee = self._canonical_assignee(self._assignee_text(words, i, np_end))
        if not assignee:
            return None
        return Directive(assignee, a, self._action_end(words, a), i)

    def _named_assignee(self, words: list[Word], j: int) -> Directive | None:
        """"giao Bộ Tài chính xuất cấp (không thu tiền) ...": a cue's assignee printed as a name, then an
        action whose verb the tagger missed; the name's end is the assignee's end."""
        r = self.rules
        pe = self._protected_end(words[j].start) if j < len(words) else None
        if pe is None or words[j].start != next(f.start for f in self.protected if f.start <= words[j].start < f.end):
            return None
        a = next((q for q in range(j, len(words)) if words[q].start >= pe), None)
        if a is None or a + 1 >= len(words) or words[a].upper or words[a].punct or any(
                r.match(words, a, kind) for kind in ("agent", "np_part", "determiner", "block", "modal", "np_cut")) \
                or words[a].low == "và" or self.tags.get(words[a].start, "")[:1] not in {"N", "V"} \
                or self.tags.get(words[a].start, "") in {"Np", "Ny", "Nu"}:
            return None  # "Vụ Thị trường | trong nước": a name the span cut short
        assignee = self._canonical_assignee(self._assignee_text(words, j, a))
        return Directive(assignee, a, self._action_end(words, a), j) if assignee else None

    def _after_consequence(self, words: list[Word], j: int) -> Directive | None:
        """"nhấn mạnh, chỉ còn ít ngày nữa ... nên các bộ, ngành tập trung ...": a reason first, the
        directive after its connector, in the same clause."""
        r = self.rules
        for q in range(j, self._clause_end(words, j)):
            n = r.match(words, q, "consequence")
            if n and q > j:
                d = self._directive(words, q + n + (q + n < len(words) and words[q + n].text == ","), cue=True)
                if d is not None:
                    return d
        return None

    def _tense_at(self, words: list[Word], q: int) -> bool:
        """A past/future marker at ``q``; "từng" before a noun is "each" ("rà soát từng đầu việc")."""
        r = self.rules
        if not r.match(words, q, "tense"):
            return False
        return not r.match(words, q, "determiner") or (q + 1 < len(words) and words[q + 1].verb)

    def _is_cue(self, words: list[Word], k: int) -> bool:
        r = self.rules
        if r.match(words, k, "cue"):
            return True
        n = r.match(words, k, "cue_punct")
        return bool(n) and k + n < len(words) and words[k + n].text in {",", ":"}

    def _is_agent(self, words: list[Word], i: int, *, cue: bool) -> bool:
        r = self.rules
        j = i
        while not r.match(words, j, "agent") and (n := r.match(words, j, "determiner")):
            j += n
        if j >= len(words):
            return False
        if r.match(words, j, "universal"):
            return False
        pe = self._protected_end(words[j].start)
        if pe is not None:
            return True
        if (m := r.match(words, j, "agent")):
            # "Tổ chức triển khai ...": without a determiner, a directive verb longer than the agent
            # head it starts with is the verb ("các tổ chức" is a noun)
            if words[j + m - 1].glued and not r.match(words, j + m, "agent"):
                return False  # "tổ hợp môn", "hội nghị": the head is a syllable of another word
            return j > i or r.match(words, j, "directive") <= m
        return self._capitalized_agent(words, j, cue=cue)

    def _capitalized_agent(self, words: list[Word], j: int, *, cue: bool) -> bool:
        # "Hà Nội cần ...", "TP.HCM phải ...": a short capitalized name right before a modal is an agent
        if words[j].upper and not self.rules.match(words, j, "subject_block"):
            q = j
            while q < len(words) and q - j < MAX_NAME_WORDS and words[q].upper and not words[q].punct:
                q += 1
            if q > j and q < len(words) and self.rules.match(words, q, "modal"):
                return True
        # a capitalized name in mid-sentence ("yêu cầu: Văn phòng ...") is an agent
        if not (cue and words[j].upper and j > 0 and words[j - 1].text not in {".", "!", "?"}):
            return False
        return any(q < len(words) and words[q].upper for q in (j + 1, j + 2)) or any(
            f.start <= words[j].start < f.end for f in self.ner_entities)

    def _assignee_text(self, words: list[Word], i: int, end: int) -> str:
        r = self.rules
        stop = end
        for q in range(i + 1, end):
            if r.match(words, q, "np_cut") and self._protected_end(words[q].start) is None:
                stop = q
                break
        def balanced_close(q: int) -> bool:
            text = "".join(w.text for w in words[i:q + 1])
            return words[q].text == ")" and text.count("(") == text.count(")")

        while stop > i and ((words[stop - 1].punct and not balanced_close(stop - 1)) or words[stop - 1].low == "và"):
            stop -= 1
        return doc_text(self.doc)[words[i].start:words[stop - 1].end] if stop > i else ""

    def _canonical_assignee(self, text: str) -> str:
        """"Bộ trưởng Công an" -> "Bộ trưởng Bộ Công an" (``title_body`` rows of the rules)."""
        low = lower_text(text)
        for title, body in self.rules.title_body:
            if low.startswith(title + " ") and not low[len(title) + 1:].startswith(body.lower() + " "):
                rest = text[len(title) + 1:]
                if rest[:1].isupper():
                    return f"{text[:len(title)]} {body} {rest}"
        return text

    def _clause_end(self, words: list[Word], a: int) -> int:
        return next((q for q in range(a, len(words)) if words[q].text in CLAUSE_PUNCT - {":"}), len(words))

    def _action_end(self, words: list[Word], a: int) -> int:
        r = self.rules
        end = self._clause_end(words, a)
        if end - a < MIN_ACTION_WORDS and end < len(words) and words[end].text == ";":
            end = self._clause_end(words, end + 1)  # "thực hiện; báo cáo Thủ tướng kết quả xử lý"
        opened = 0
        ascii_open = sum(1 for w in words[:a] if w.text == '"') % 2 == 1
        for q in range(a + 1, end):
            if words[q].text == '"':
                if ascii_open:
                    return q
                ascii_open = True
            elif words[q].text in OPEN_QUOTES:
                opened += 1
            elif words[q].text in CLOSE_QUOTES:
                if not opened:
                    return q  # the quoted directive ends here: "“..., đề nghị X làm Y”, ông A nói"
                opened -= 1
            if r.match(words, q, "action_stop") and q - a >= MIN_HEAD_BEFORE_STOP:
                return q  # a short head keeps its "nhất là ..." elaboration
            if r.match(words, q, "action_cut") and q - a >= MIN_ACTION_WORDS:
                return q  # "lập kế hoạch ..., trong đó nêu rõ ...": the details of any head are cut
            if words[q].text == "," and self._new_subject_clause(words, q + 1, end):
                return q
            d = self._deadline_at(words, q)
            if d is not None:
                return q
        return end

    def _new_subject_clause(self, words: list[Word], q: int, end: int) -> bool:
        """After a comma: a clause with its own modal ("100% các Nghị định ... phải được ban hành")."""
        stop = next((x for x in range(q, end) if words[x].text == ","), end)
        return any(self.rules.match(words, x, "modal") for x in range(q + 1, stop))

    def _deadline_at(self, words: list[Word], q: int) -> str | None:
        n = self.rules.match(words, q, "deadline")
        if not n or q + n >= len(words) or self.rules.match(words, q, "not_deadline"):
            return None  # "Trước đó ngày 7/1, ...": a past event, no deadline
        first = words[q + n - 1].start
        for f in self.dates:
            if first <= f.start <= words[min(q + n + 2, len(words) - 1)].start and "/" not in f.kb:
                return f.kb
        return None

    def _deadline(self, words: list[Word], a: int, state: _State) -> str | None:
        for q in range(a, len(words)):
            d = self._deadline_at(words, q)
            if d is not None:
                return d
        return state.sentence_deadline or state.intro_deadline

    def _first_date(self, start: int, end: int) -> str | None:
        for f in self.dates:
            if start <= f.start < end:
                return f.kb
        return None

    def _starts_action(self, words: list[Word], i: int) -> bool:
        r = self.rules
        return i < len(words) and (bool(r.match(words, i, "directive")) or (
            words[i].verb and not r.match(words, i, "block") and not r.match(words, i, "modal")))

    def _listed(self, words: list[Word], j: int, speaker: str | None, state: _State) -> None:
        """"Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố:": an assignee closing the sentence with a
        colon; the list items that follow are its actions."""
        end = len(words)
        while end > j and words[end - 1].text in QUOTES:
            end -= 1
        if end - j < 2 or words[end - 1].text != ":" or any(w.text in CLAUSE_PUNCT for w in words[j:end - 1]):
            return
        if not self._is_agent(words, j, cue=True) or any(
                self._protected_end(w.start) is None and not w.upper and (w.verb or self.rules.match(words, q, "directive"))
                and not self.rules.match(words, q, "np_part") and not self.rules.match(words, q, "agent")
                for q, w in enumerate(words[j:end - 1], j)):
            return
        assignee = self._canonical_assignee(self._assignee_text(words, j, end - 1))
        if assignee:
            state.listed = (assignee, speaker, state.sent)

    def _is_speaker(self, words: list[Word], d: Directive, speaker: str) -> bool:
        """The subject of a would-be subject directive is the passage's speaker itself."""
        sp = lower_text(speaker)
        names = [lower_text(d.assignee)] + [lower_text(f.kb) for f in self.protected
                                            if f.start == words[d.np_start].start]
        if sp in names:
            return True
        # "Đắk Nông" speaking, "UBND tỉnh Đắk Nông cũng chỉ đạo huyện X ...": the speaker's name inside
        r = self.rules
        head = d.action_start
        return bool(r.match(words, head, "cue") or r.match(words, head, "cue_verb")) and any(
            re.search(rf"(?<!\w){re.escape(sp)}(?!\w)", n) for n in names)

    def _bare_action(self, words: list[Word], i: int, state: _State) -> tuple[str, str | None] | None:
        """A sentence right after a task's, opening with a directive verb and no subject, goes on with
        that task's assignee: "Các địa phương phối hợp ... . Khẩn trương hoàn thành ...". A directive
        "Chỉ đạo X làm Y" opening it is the assignee's too; a cue with its own speaker is not."""
        r = self.rules
        last = state.last
        if state.listed is not None and state.sent - state.listed[2] == 1:
            heir: tuple[str, str | None] = state.listed[:2]  # "yêu cầu Chủ tịch UBND các tỉnh: | a) Chỉ đạo ..."
        elif last is not None and state.sent - last.sent == 1:
            heir = (last.task.assignee, last.task.assigner)
        else:
            return None
        if i >= len(words) or not words[i].upper or not r.match(words, i, "directive") or r.match(words, i, "speech"):
            return None
        if (r.match(words, i, "cue") or r.match(words, i, "cue_punct")) and not r.match(words, i, "cue_verb"):
            return None
        n = r.match(words, i, "directive")
        if i + n >= len(words) or words[i + n].punct:
            return None
        if words[-1].text not in {".", "!", "?", "…", ";", "”", '"', "»"}:
            return None  # "Kiểm tra việc xả lũ của các hồ thủy điện": a subheading, no sentence
        if any(w.low == "là" for w in words[i + n:i + n + COPULA_PEEK_WORDS]):
            return None  # "Nghiên cứu lý luận là công việc khó khăn": a statement about the activity
        # "Hỗ trợ gạo cho 3 tỉnh Thủ tướng Chính phủ giao ...": a heading run into a sentence with its own speaker
        if any((r.match(words, k, "cue") or r.match(words, k, "cue_verb")) and not words[k].upper
               and (words[k - 1].upper or self._protected_end(words[k - 1].start) is not None)
               for k in range(i + n + 1, len(words))):
            return None
        return None if self._reported_later(words, i + n) else heir

    def _reported_later(self, words: list[Word], start: int) -> bool:
        """"Triển khai chủ trương ..., Bộ trưởng đã ban hành ...": the opening verb phrase is an adverbial
        before a named subject with a past/future marker, a report."""
        return any(self._tense_at(words, q) and q - 1 > start and (
            words[q - 1].upper or self._protected_end(words[q - 1].start) is not None) for q in range(start, len(words)))

    def _inherit(self, words: list[Word], i: int, s: int, para: int, state: _State) -> list[Task]:
        """A follow-up sentence in the assignee's paragraph: "Nội dung giám sát phải tập trung ..."."""
        r = self.rules
        if i >= len(words) or r.match(words, i, "universal") or r.match(words, i, "determiner") \
                or r.match(words, i, "subject_block") or r.match(words, i, "intro"):
            return []
        m = r.find(words, "modal", i + 1, min(i + 5, len(words)))
        if m is None or any(w.punct for w in words[i:m]):
            return []
        after = m + r.match(words, m, "modal")
        if after >= len(words) or r.match(words, after, "block"):
            return []
        last = state.last
        assert last is not None
        if state.sent - last.sent != 1:
            return []
        d = Directive(last.task.assignee, i, self._action_end(words, after), i)
        return self._emit(words, d, last.task.assigner, s, para, state)

    def _carry_deadline(self, words: list[Word], para: int, state: _State) -> None:
        """"Kế hoạch phải được ... trình ... trong tháng 4/2025": the date is the last task's deadline."""
        last = state.last
        if last is None or last.paragraph != para or last.task.deadline:
            return
        r = self.rules
        passive = any(r.match(words, q, "modal") and q + 1 < len(words) and words[q + 1].low == "được"
                      for q in range(len(words)))
        if not passive:
            return
        for q in range(len(words)):
            d = self._deadline_at(words, q)
            if d is not None:
                last.task.deadline = d
                return

    def _emit(self, words: list[Word], d: Directive, assigner: str | None, s: int, para: int,
              state: _State) -> list[Task]:
        out = [self._task(words, d, d.action_start, d.action_end, assigner, s, state)]
        # "chỉ đạo ...; chỉ đạo ...": a coordinated top-level directive is a second task
        head = words[d.action_start].low
        q = self._clause_end(words, d.action_start)
        if d.action_end < q:
            # "lập ..., tương tự như ... và xây dựng, ban hành ...": a second directive after the cut
            for x in range(d.action_end, q - 1):
                if self.rules.match(words, x, "purpose"):
                    break  # "... để kịp thời phát hiện và xử lý ...": the purpose's verbs, not a directive
                if words[x].low == "và" and self.rules.match(words, x + 1, "directive") \
                        and self.rules.match(words, x + 1, "directive") != len(words) - x - 1:
                    out.append(self._task(words, d, x + 1, self._action_end(words, x + 1), assigner, s, state))
                    break
        while q < len(words) and words[q].text == ";":
            nxt = q + 1
            if nxt < len(words) and words[nxt].low == head and self.rules.match(words, nxt, "directive"):
                out.append(self._task(words, d, nxt, self._action_end(words, nxt), assigner, s, state))
            q = self._clause_end(words, nxt)
        for t in out:
            state.last = Found(t, para, state.sent)
        state.directive_para = para
        state.directive_sent = state.sent
        return out

    def _task(self, words: list[Word], d: Directive, a: int, end: int, assigner: str | None, s: int,
              state: _State) -> Task:
        while end > a + 1 and (words[end - 1].punct and words[end - 1].text not in {"”", ")"}):
            end -= 1
        start_c, end_c = words[a].start, words[end - 1].end
        self._ranges.append((start_c, end_c))
        clause_end = words[self._clause_end(words, a) - 1].end
        document = None
        for f in self.documents:
            if start_c <= f.start < clause_end:
                document = f.kb.split("|", 1)[-1] or None
                break
        return Task(
            assigner=assigner,
            assignee=d.assignee,
            action=doc_text(self.doc)[start_c:end_c],
            deadline=self._deadline(words, a, state),
            start=s,
            end=max(end_c, clause_end),
            document=document,
        )

    # ----------------------------------------------------------------- output

    def set_annotations(self, doc: Doc, matches: list[Task]) -> Doc:
        # a directive printed twice (lead repeated in the body) is one task
        seen: set[tuple[str, str]] = set()
        unique = []
        for t in matches:
            key = (" ".join(lower_text(t.assignee).split()), " ".join(re.findall(r"\w+", lower_text(t.action))))
            if key not in seen:
                seen.add(key)
                unique.append(t)
        matches = unique
        doc._.tasks = matches
        spans: list[Span] = []
        for t in matches:
            span = doc.char_span(t.start, t.end, label="TASK", kb_id=t.assignee, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["tasks"] = spans
        return doc


class TaskRecognizer:
    """The ``nq_tasks`` component: cues loaded once (from ``rules_dir`` when given); each article is
    read by its own :class:`TaskScan`."""

    def __init__(self, nlp: Language, name: str = "nq_tasks", rules_dir: str | None = None) -> None:
        self.name = name
        self.rules = load_rules(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[Task]:
        return TaskScan(self.rules).match(doc)

    def set_annotations(self, doc: Doc, matches: list[Task]) -> Doc:
        return TaskScan(self.rules).set_annotations(doc, matches)


@Language.factory("nq_tasks", default_config={"rules_dir": None})
def make_tasks(nlp: Language, name: str, rules_dir: str | None) -> TaskRecognizer:
    return TaskRecognizer(nlp, name, rules_dir)
