"""persons: named persons, the positions the article gives them, and title-only mentions.

How a name is found (rules and word lists are data files, see :class:`PersonRules`):

* after a position chain ("Thủ tướng Chính phủ Phạm Minh Chính", "Tổng thống Nga Vladimir Putin")
  or an honorific ("đồng chí", "ông", "GS.TS", "Đại tướng");
* before an appositive position chain ("Phạm Minh Chính, Ủy viên Bộ Chính trị, Thủ tướng Chính phủ");
* in lists introduced by a plural honorific ("các đồng chí Ủy viên Bộ Chính trị: A, Chủ tịch Quốc hội;
  B, ..."), the group's positions going to every member;
* with no context, as 3-4 capitalized syllables made of a known surname and a common middle name.

A Vietnamese name is 2-4 capitalized syllables starting with a known surname; a foreign name
(only after a title or a strong honorific) is 1-4 capitalized words without Vietnamese diacritics.
Every later printing of a found name is a mention; so are title-only references ("Tổng Bí thư nhấn
mạnh", "đồng chí Trưởng Ban") resolved to the person holding that title, and "Đồng chí"/"Ông" alone
resolved to the person last mentioned. A position is (canonical title, body): the body printed
right after the title (from ``doc.spans["bodies"]``, with a fallback for bodies it did not mark).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..models import Mention, Person, Position
from ..nlp import doc_text
from ..textnorm import canonical_tones, fold, nfc, strip_diacritics
from . import resources

WORD = re.compile(r"\w+(?:[-'’]\w+)*")
SPACES = " \u00a0\t"
WORDS_BEFORE_WINDOW = 64  # characters per word read back by words_before()
_PRONOUN_HONORIFICS = ("đồng chí", "đông chí", "ông", "bà")
_SENTENCE_PUNCT = ".!?\n"
_CREDIT_BEFORE = re.compile(r"(?<!\w)(?:[Ảả]nh|Nguồn ảnh|Photo|Video|Clip|Đồ họa|Đồ hoạ)(?:\s+minh\s+họa)?\s*:\s*$")
_COPULA = re.compile(r"(?:(?:hiện nay|hiện tại|hiện|nay)[ \t]+)?là[ \t]+")


# --------------------------------------------------------------------------- rules (data files)


def _phrase_regex(phrases: Iterable[str], *, ignore_case: bool) -> re.Pattern[str] | None:
    """One regex matching any of ``phrases`` as whole words, longest first; spaces match any run."""
    alts = sorted({p for p in phrases if p}, key=len, reverse=True)
    if not alts:
        return None
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in alts)
    # not inside a word, nor after an abbreviation's dot ("PGS.TS"); "ngầm.Ông" (a missing space) is fine
    return re.compile(rf"(?<!\w)(?<![^\W\d_]\.)(?:{body})(?!\w)", re.IGNORECASE if ignore_case else 0)


@dataclass(frozen=True)
class TitleRule:
    title: str
    shared_head: str  # "Ban" in "Trưởng Ban Chỉ đạo": the title's last word(s) begin the body
    needs_body: bool
    many: bool = False  # many hold it at once ("Ủy viên", deputies)
    default_body: str = ""  # the body the title names when none is printed ("Thủ tướng" -> Chính phủ)

    @property
    def shared(self) -> bool:
        return bool(self.shared_head)


class PersonRules:
    """Every word list the recognizer uses, loaded from src/nqextract/data (or Settings.rules_dir)."""

    def __init__(self, rules_dir: resources.RulesDir = None) -> None:
        self.rules_dir = rules_dir
        self.titles: dict[str, TitleRule] = {}
        for row in resources.load_tsv("titles.tsv", self.rules_dir):
            flags = set((row.get("flags") or "").split(","))
            variant = canonical_tones(row["variant"])
            self.titles[fold(variant)] = TitleRule(
                title=nfc(row["title"]),
                shared_head=nfc(row.get("shared_head") or ""),
                needs_body="needs_body" in flags,
                many="many" in flags or fold(row["title"]).startswith("phó "),
                default_body=nfc(row.get("default_body") or ""),
            )
        self.default_bodies = {fold(r.title): r.default_body for r in self.titles.values() if r.default_body}
        self.title_re = _phrase_regex((canonical_tones(v) for v in self._title_variants()), ignore_case=True)
        self.honorifics: dict[str, str] = {
            fold(canonical_tones(r["honorific"])): r["kind"] for r in resources.load_tsv("person_honorifics.tsv", self.rules_dir)
        }
        self.honorific_re = _phrase_regex(
            (canonical_tones(r["honorific"]) for r in resources.load_tsv("person_honorifics.tsv", self.rules_dir)), ignore_case=True
        )
        self.surnames = {fold(s) for s in resources.load_lines("person_surnames.txt", self.rules_dir)}
        self.middle_names = {fold(s) for s in resources.load_lines("person_middle_names.txt", self.rules_dir)}
        places = resources.load_lines("person_places.txt", self.rules_dir)
        self.place_re = _phrase_regex((canonical_tones(p) for p in places), ignore_case=False)
        self.body_heads_re = _phrase_regex(
            (canonical_tones(h) for h in resources.load_lines("person_body_heads.txt", self.rules_dir)), ignore_case=False
        )
        ctx: dict[str, list[str]] = {}
        for row in resources.load_tsv("person_context.tsv", self.rules_dir):
            ctx.setdefault(row["kind"], []).append(row["phrase"])
        # chain separators keep their spaces: read them raw from the file
        self.chain_seps = self._raw_phrases("chain_sep") or [", "]
        self.plural = {fold(p) for p in ctx.get("plural", [])}
        self.predicative = {fold(p) for p in ctx.get("predicative", [])}
        self.former = {fold(p) for p in ctx.get("former", [])}
        self.pronoun_not = {fold(p) for p in ctx.get("pronoun_not", [])}
        self.name_stop = {fold(p) for p in ctx.get("name_stop", [])}
        self.place_marks = {fold(p) for p in ctx.get("place_mark", [])}
        self.title_not_before = {fold(p) for p in ctx.get("title_not_before", [])}
        self.body_end = {fold(p) for p in ctx.get("body_end", [])}
        self.org_words = {fold(p) for p in ctx.get("org_word", [])}
        self.central_titles = {fold(p) for p in ctx.get("central_title", [])}
        self.holder_cues = {fold(p) for p in ctx.get("holder_cue", [])}
        words = sorted(ctx.get("local_body_word", []), key=len, reverse=True)
        self.local_body_re = (
            re.compile(r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in words) + r")\s+\w",
                       re.IGNORECASE) if words else None
        )

    def _title_variants(self) -> list[str]:
        return [r["variant"] for r in resources.load_tsv("titles.tsv", self.rules_dir)]

    def _raw_phrases(self, kind: str) -> list[str]:
        out = []
        for line in resources.read_text("person_context.tsv", self.rules_dir).splitlines():
            if line.startswith("#") or "\t" not in line:
                continue
            k, phrase = line.split("\t", 1)
            if k == kind:
                out.append(phrase)
        return sorted(out, key=len, reverse=True)

    def title_rule(self, printed: str) -> TitleRule | None:
        return self.titles.get(fold(printed))


# --------------------------------------------------------------------------- intermediate records


@dataclass(frozen=True)
class TitleHit:
    start: int
    end: int
    rule: TitleRule


@dataclass
class ChainItem:
    hit: TitleHit
    body: str | None
    end: int  # end of the title or of its body


@dataclass
class Chain:
    items: list[ChainItem]
    start: int
    end: int
    plural: bool = False
    predicative: bool = False  # "làm Trưởng ban": not a reference to a person by title
    former: bool = False  # "nguyên Thủ tướng": the name is read, the position is not kept
    target: int | None = None  # where the name this chain introduces would start

    @property
    def positions(self) -> list[Position]:
        return [Position(title=i.hit.rule.title, body=i.body) for i in self.items]


@dataclass
class NameMention:
    start: int
    end: int
    name: str  # canonical name of the person
    kind: str = "name"  # name | short | title | pronoun
    positions: list[Position] = field(default_factory=list)


@dataclass
class PersonMatches:
    mentions: list[NameMention]
    titles: list[TitleHit]
    positions: dict[str, list[Position]]
    names: list[str]  # canonical names, in order of first mention


# --------------------------------------------------------------------------- the recognizer


class PersonRecognizer:
    """The ``nq_persons`` component: word lists loaded once (from ``rules_dir`` when given), body names
    canonicalized with the bodies rules of the same folder; each article is read by its own matcher."""

    def __init__(self, nlp: Language, name: str = "nq_persons", rules_dir: str | None = None) -> None:
        from .bodies import canonical_body
        from .body_rules import load_rules as load_body_rules

        self.name = name
        self.rules = PersonRules(rules_dir)
        self.canonical_body: Callable[[str], str | None] | None = partial(
            canonical_body, rules=load_body_rules(rules_dir))

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> PersonMatches:
        return _ArticleMatcher(doc, self.rules, self.canonical_body).run()

    def set_annotations(self, doc: Doc, matches: PersonMatches) -> Doc:
        text = doc_text(doc)
        by_name: dict[str, list[Mention]] = {n: [] for n in matches.names}
        person_spans: list[Span] = []
        for m in sorted(matches.mentions, key=lambda m: m.start):
            if m.name not in by_name:
                continue
            by_name[m.name].append(Mention(start=m.start, end=m.end, text=text[m.start : m.end]))
            span = doc.char_span(m.start, m.end, label="PERSON", kb_id=m.name, alignment_mode="expand")
            if span is not None:
                person_spans.append(span)
        doc._.persons = [
            Person(name=n, positions=matches.positions.get(n, []), mentions=by_name[n]) for n in matches.names
        ]
        doc.spans["persons"] = person_spans
        title_spans = []
        for hit in matches.titles:
            span = doc.char_span(hit.start, hit.end, label="TITLE", kb_id=hit.rule.title, alignment_mode="expand")
            if span is not None:
                title_spans.append(span)
        doc.spans["titles"] = title_spans
        return doc


@Language.factory("nq_persons", default_config={"rules_dir": None})
def make_persons(nlp: Language, name: str, rules_dir: str | None) -> PersonRecognizer:
    return PersonRecognizer(nlp, name, rules_dir)


# --------------------------------------------------------------------------- one article


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


_INITIALS = re.compile(r"(?:\.[^\W\d_](?![^\W\d_]))*\.")
_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?",
    re.IGNORECASE,
)


def _looks_vietnamese(word: str) -> bool:
    """A syllable Vietnamese could spell without diacritics ("Hai", "Minh"), unlike "Putin"."""
    return _VI_SYLLABLE.fullmatch(strip_diacritics(word)) is not None


def _is_foreign_word(word: str) -> bool:
    """Capitalized, not an acronym, no Vietnamese letters or tone marks ("Putin", "Urawadee")."""
    if not _is_cap(word) or _is_acronym(word) or len(word) < 2:
        return False
    return strip_diacritics(word) == word


class _ArticleMatcher:
    def __init__(self, doc: Doc, rules: PersonRules, canonical_body: Callable[[str], str | None] | None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        key = canonical_tones(self.text)
        self.key = key if len(key) == len(self.text) else self.text
        self.rules = rules
        self.canonical_body = canonical_body
        self.words = [(m.start(), m.end()) for m in WORD.finditer(self.text)]
        self.word_starts = [s for s, _ in self.words]
        self.bodies = self._body_spans()
        self.body_at = {s: (e, kb) for s, e, kb in self.bodies}
        ner = doc.spans["ner"] if "ner" in doc.spans else []
        self.per_spans = [(s.start_char, s.end_char) for s in ner if s.label_ == "PER"]
        self.loc_spans = [(s.start_char, s.end_char) for s in ner if s.label_ == "LOC"]
        self.places = self._finditer(rules.place_re)
        self.place_at = {s: e for s, e in self.places}
        self.body_opening: dict[int, tuple[int, str]] = {}
        self.aliases: dict[str, str] = {}  # folded short name -> full name of the same person

    # ------------------------------------------------------------------ helpers

    def _finditer(self, rx: re.Pattern[str] | None) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in rx.finditer(self.key)] if rx else []

    def _body_spans(self) -> list[tuple[int, int, str]]:
        out = []
        try:
            spans = self.doc.spans["bodies"]
        except KeyError:
            spans = []
        for sp in spans:
            out.append((sp.start_char, sp.end_char, sp.kb_id_ or sp.text))
        return sorted(out)

    def word_at(self, pos: int) -> tuple[int, int] | None:
        i = bisect_left(self.word_starts, pos)
        if i < len(self.words) and self.words[i][0] == pos:
            return self.words[i]
        return None

    def next_word(self, pos: int) -> tuple[int, int] | None:
        i = bisect_left(self.word_starts, pos)
        return self.words[i] if i < len(self.words) else None

    def prev_word(self, pos: int) -> tuple[int, int] | None:
        i = bisect_left(self.word_starts, pos) - 1
        return self.words[i] if i >= 0 else None

    def skip_spaces(self, pos: int) -> int:
        while pos < len(self.text) and self.text[pos] in SPACES:
            pos += 1
        return pos

    def skip_spaces_back(self, pos: int) -> int:
        while pos > 0 and self.text[pos - 1] in SPACES:
            pos -= 1
        return pos

    def words_before(self, pos: int, n: int) -> str:
        """The up-to-``n`` words right before ``pos`` on the same line (folded)."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        seg = self.text[line_start:pos]
        tail = seg.rstrip(SPACES)
        if not tail or not tail[-1:].isalnum():
            return ""
        # only the last words matter: read a bounded window (a 5,000-word line made this quadratic);
        # the window's first word is dropped when the window may have cut it
        window = max(0, len(seg) - WORDS_BEFORE_WINDOW * n)
        ws = WORD.findall(seg, window)
        if window and ws and (seg[window - 1].isalnum() or seg[window - 1] in "-'’"):
            ws = ws[1:]
        return fold(" ".join(ws[-n:]))

    def preceded_by(self, pos: int, vocab: set[str]) -> bool:
        for n in (1, 2, 3):
            w = self.words_before(pos, n)
            if w and (w in vocab):
                return True
        return False

    def in_place(self, start: int, end: int) -> bool:
        """``text[start:end]`` lies inside a known place name ("Thái Lan" in "Vương quốc Thái Lan")."""
        return any(ps <= start and end <= pe for ps, pe in self.places)

    def is_loc(self, start: int, end: int) -> bool:
        """underthesea tags a place that ends with this word (weak evidence)."""
        return any(s == start and end == e for s, e in self.loc_spans)

    def is_per(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.per_spans)

    # ------------------------------------------------------------------ titles and bodies

    def title_hits(self) -> list[TitleHit]:
        hits = []
        rx = self.rules.title_re
        if rx is None:
            return hits
        inside_body = self.bodies
        for m in rx.finditer(self.key):
            rule = self.rules.title_rule(m.group(0))
            if rule is None:
                continue
            s, e = m.start(), m.end()
            nxt = self.next_word(e)
            if nxt is not None and self.text[e : nxt[0]] == " " and fold(self.text[nxt[0] : nxt[1]]) in self.rules.title_not_before:
                continue  # "Đại sứ quán", "Chủ tịch đoàn": another noun
            # a body span opening with the title: "Thường trực Ban Bí thư" -> body "Ban Bí thư"
            opening = [(be, kb) for bs, be, kb in inside_body if bs == s and e < be]
            if opening:
                self.body_opening[s] = max(opening)
                hits.append(TitleHit(s, e, rule))
                continue
            # a title printed inside a body's name ("Ban Bí thư", "Văn phòng Chủ tịch nước")
            if any(bs <= s and e <= be for bs, be, _ in inside_body):
                continue
            if self._inside_body_by_head(s):
                continue
            hits.append(TitleHit(s, e, rule))
        return hits

    def _inside_body_by_head(self, start: int) -> bool:
        """Without a bodies span: "Ban Bí thư", "Đoàn Chủ tịch" (a head word right before the title)."""
        prev = self.prev_word(start)
        if prev is None or self.skip_spaces(prev[1]) != start or prev[1] == start:
            return False
        w = self.text[prev[0] : prev[1]]
        return w in ("Ban", "Đoàn", "Văn phòng", "phòng") or fold(w) == "phòng"

    def body_after(self, hit: TitleHit) -> tuple[str | None, int]:
        """The body printed right after a title: (canonical name, end) or (None, title end)."""
        text = self.text
        if hit.start in self.body_opening:
            end, kb = self.body_opening[hit.start]
            return kb, end
        # a bodies span that starts at the title's shared last word ("Trưởng [Ban Tổ chức Trung ương]")
        if hit.rule.shared:
            for s, e, kb in self.bodies:
                if hit.start < s < hit.end and e > hit.end:
                    return kb, e
        pos = self.skip_spaces(hit.end)
        if pos - hit.end > 1 or pos >= len(text):
            return None, hit.end
        if pos in self.body_at:
            e, kb = self.body_at[pos]
            return kb, e
        nxt = self.word_at(pos)
        if nxt is None or not _is_cap(text[nxt[0] : nxt[1]]):
            return None, hit.end
        if hit.rule.shared:
            printed, end = self._body_run(pos)
            if printed:
                full = self._resolve_short(hit.rule.shared_head + " " + printed, hit.start)
                return (full or canonical_tones(hit.rule.shared_head + " " + printed)), end
            return None, hit.end
        m = self.rules.body_heads_re.match(self.key, pos) if self.rules.body_heads_re else None
        if m is None:
            return None, hit.end
        printed, end = self._body_run(pos, m.end())
        if not printed or " " not in printed:
            return None, hit.end
        full = self._resolve_short(printed, hit.start)
        return (full or canonical_tones(printed)), end

    def _body_run(self, pos: int, head_end: int | None = None) -> tuple[str, int]:
        """A body name printed at ``pos`` when no bodies span marks it: the head, then capitalized
        words each followed by at most one lower-case syllable ("Bộ Tài chính", "Tổ Biên tập")."""
        text = self.text
        begin = end = pos
        if head_end is not None and head_end > pos:
            end = pos = head_end
        i = bisect_left(self.word_starts, pos)
        lower_run = 0
        while i < len(self.words):
            s, e = self.words[i]
            if s != begin and text[end:s] not in (" ", "\u00a0"):
                break
            w = text[s:e]
            if (s != begin or head_end is None) and (self.name_starts_at(s) or s in self.title_starts):
                break
            if fold(w) in self.rules.body_end:
                break
            if _is_cap(w):
                lower_run = 0
            elif w == "và" and i + 1 < len(self.words) and _is_cap(text[self.words[i + 1][0] : self.words[i + 1][1]]):
                lower_run = -1
            else:
                lower_run += 1
                if end == begin:
                    break
                if lower_run > 1:
                    # a short lower-case tail up to the end of the clause ("Hội đồng nhân dân tỉnh;")
                    tail = self._clause_tail(i, end)
                    if tail is not None:
                        end = tail
                    break
            end = e
            i += 1
        return (text[begin:end], end) if end > begin else ("", end)

    def _clause_tail(self, i: int, end: int, limit: int = 3) -> int | None:
        """End of up to ``limit`` lower-case words from word ``i`` when punctuation follows them."""
        text = self.text
        for k in range(i, min(i + limit, len(self.words))):
            s, e = self.words[k]
            w = text[s:e]
            if text[end:s] not in (" ", "\u00a0") or _is_cap(w) or fold(w) in self.rules.body_end:
                return None
            end = e
            if end >= len(text) or text[end] in ",;.:)\n":
                return end
        return None

    def _resolve_short(self, printed: str, at: int) -> str | None:
        """A short body name ("Ban Chỉ đạo", "Ủy ban") -> the article's full body it stands for."""
        if self.canonical_body is not None:
            try:
                full = self.canonical_body(printed)
            except Exception:  # a bodies bug must not sink persons
                full = None
            if full:
                return full
        key = fold(printed)
        # the bodies printed before the title are its antecedents ("Bí thư Đảng ủy, ..." does not name
        # the "Đảng ủy Bộ Tư pháp" of a later sentence)
        cands = [kb for s, _e, kb in self.bodies if s < at and (fold(kb).startswith(key + " ") or fold(kb) == key)]
        if not cands:
            cands = self._defined_short_forms(printed)
        if not cands:
            return None
        # the most frequently printed, ties to the latest before the title
        best = max(set(cands), key=lambda kb: (cands.count(kb), len(kb)))
        return best

    def _defined_short_forms(self, short: str) -> list[str]:
        """Full names defined in this article as "<Full name> (<short>)"."""
        rx = re.compile(
            r"\s+".join(re.escape(w) for w in short.split()) + r"\b[^()\n]{3,200}?\s*\(" + re.escape(short) + r"\)",
            re.IGNORECASE,
        )
        out = []
        for m in rx.finditer(self.key):
            full = self.text[m.start() : m.end()]
            full = full[: full.rfind("(")].rstrip()
            out.append(canonical_tones(full))
        return out

    # ------------------------------------------------------------------ chains of positions

    def build_chains(self, hits: list[TitleHit]) -> list[Chain]:
        chains: list[Chain] = []
        by_start = {h.start: h for h in hits}
        used: set[int] = set()
        for hit in hits:
            if hit.start in used:
                continue
            items: list[ChainItem] = []
            cur: TitleHit | None = hit
            while cur is not None:
                used.add(cur.start)
                body, end = self.body_after(cur)
                if cur.rule.needs_body and body is None:
                    break
                items.append(ChainItem(cur, body, end))
                cur = None
                for sep in self.rules.chain_seps:
                    if self.text.startswith(sep, end):
                        nxt = by_start.get(end + len(sep))
                        if nxt is not None and not self._other_holder(items, nxt):
                            cur = nxt
                        break
            if not items:
                continue
            chain = Chain(items, items[0].hit.start, items[-1].end)
            chain.plural, chain.predicative, chain.former = self._chain_context(chain.start)
            chain.target = self._name_target(chain.end)
            chains.append(chain)
        return chains

    def _other_holder(self, items: list[ChainItem], nxt: TitleHit) -> bool:
        """Whether ``nxt`` (a local office) cannot be held with the central offices in ``items``: the
        chain ends and ``nxt`` opens another person's ("... của Phó Thủ tướng Chính phủ, Phó Chủ tịch UBND
        tỉnh Ngô Tân Phượng")."""
        rx = self.rules.local_body_re
        if rx is None or not any(fold(i.hit.rule.title) in self.rules.central_titles for i in items):
            return False
        body, _end = self.body_after(nxt)
        return bool(body) and rx.search(body) is not None

    def _chain_context(self, start: int) -> tuple[bool, bool, bool]:
        pos = start
        # an honorific right before ("các đồng chí Ủy viên Bộ Chính trị")
        for hs, he in self.honorific_spans:
            if self.skip_spaces(he) == start and he <= start:
                pos = hs
                break
        plural = self.preceded_by(pos, self.rules.plural)
        predicative = self.preceded_by(pos, self.rules.predicative)
        former = self.preceded_by(pos, self.rules.former)
        return plural, predicative or former, former

    def _name_target(self, pos: int) -> int:
        """Where a name following a chain ending at ``pos`` starts (after places, "tại X")."""
        pos = self.skip_spaces(pos)
        for _ in range(3):
            if pos in self.place_at:
                after = self.skip_spaces(self.place_at[pos])
                if after > self.place_at[pos] and self._starts_name(after):
                    pos = after
                    continue
            w = self.word_at(pos)
            if w is not None and self.text[w[0] : w[1]] == "tại":
                nxt = self.skip_spaces(w[1])
                if nxt in self.place_at:
                    pos = self.skip_spaces(self.place_at[nxt])
                    continue
            if w is not None and _is_acronym(self.text[w[0] : w[1]]):
                after = self.skip_spaces(w[1])
                if after > w[1] and self._starts_name(after):
                    pos = after
                    continue
                if any(self.text.startswith(sep, w[1]) for sep in self.rules.chain_seps):
                    pos = w[1]  # "Chủ tịch BNDES, ông Aloizio Mercadante"
                    break
            break
        cop = _COPULA.match(self.text, pos)  # "bộ trưởng Bộ Giao thông vận tải hiện nay là ông Nguyễn Văn Thắng"
        if cop is not None:
            after = cop.end()
            for hs, he in self.honorific_spans:
                if hs == after:
                    return self.skip_spaces(he)
            if self._starts_name(after):
                return after
        for hs, he in self.honorific_spans:
            if hs == pos:
                return self.skip_spaces(he)
        # "Thứ trưởng Bộ Công an, Thượng tướng Lương Tam Quang", "Giám đốc X - ông Y": a separator,
        # then an honorific
        back = self.skip_spaces_back(pos)
        for sep in self.rules.chain_seps:
            if self.text.startswith(sep, back):
                after = back + len(sep)
                for hs, he in self.honorific_spans:
                    if hs == after:
                        return self.skip_spaces(he)
                break
        return pos

    def _starts_name(self, pos: int) -> bool:
        w = self.word_at(pos)
        return w is not None and _is_cap(self.text[w[0] : w[1]])

    # ------------------------------------------------------------------ reading names

    def name_starts_at(self, pos: int) -> bool:
        """A Vietnamese name (known surname + capitalized syllable) starts at ``pos``."""
        w = self.word_at(pos)
        if w is None or fold(self.text[w[0] : w[1]]) not in self.rules.surnames:
            return False
        nxt = self.next_word(w[1])
        return (
            nxt is not None
            and self.text[w[1] : nxt[0]] == " "
            and _is_cap(self.text[nxt[0] : nxt[1]])
            and fold(self.text[nxt[0] : nxt[1]]) not in self.rules.name_stop
            and nxt[0] not in self.title_starts
            and nxt[0] not in self.body_at
        )

    def cap_run(self, pos: int, limit: int = 6) -> list[tuple[int, int]]:
        """Capitalized words from ``pos`` joined by single spaces, stopping at titles and bodies."""
        out: list[tuple[int, int]] = []
        w = self.word_at(pos)
        while w is not None and len(out) < limit:
            word = self.text[w[0] : w[1]]
            if not _is_cap(word) or w[0] in self.title_starts or (w[0] in self.body_at and out):
                break
            if out and fold(word) in self.rules.name_stop:
                break
            out.append(w)
            nxt = self.next_word(w[1])
            if nxt is None or self.text[w[1] : nxt[0]] not in (" ", "\u00a0"):
                break
            w = nxt
        return out

    def read_name(self, pos: int, *, foreign: bool, short: bool = False) -> tuple[int, int] | None:
        """A person's name starting exactly at ``pos``: (start, end) or None."""
        run = self.cap_run(pos)
        if not run:
            return None
        words = [self.text[s:e] for s, e in run]
        if fold(words[0]) in self.rules.name_stop or _is_acronym(words[0]):
            return None
        if fold(words[0]) in self.rules.surnames and len(run) >= 2:
            n = len(run) if len(run) <= 4 else 3
            if n == len(run) and re.match(r" \d", self.text[run[-1][1] : run[-1][1] + 2]):
                return None  # "Trường THPT Nông Cống 2": a name of a place or school
            return run[0][0], run[n - 1][1]
        if short and len(run) == 1:
            return run[0]
        if not foreign:
            return None
        # a country printed before the name that the place list lacks ("Tổng thống Bulgaria Rumen Radev")
        while len(run) > 2 and self.is_loc(run[0][0], run[0][1]):
            run, words = run[1:], words[1:]
        k = 0
        while k < len(run) and k < 4 and _is_foreign_word(words[k]):
            k += 1
        if k == 0:
            return None
        if any(fold(w) in self.rules.org_words for w in words[: k + 1]):
            return None  # "Chủ tịch Vietravel Airlines": an organization
        if k == 1 and _looks_vietnamese(words[0]):
            return None  # "Đại tá Hai", "bà Chinh": a Vietnamese given name, not a foreign name
        if k == 1 and (len(words[0]) < 3 or not self.is_per(run[0][0], run[0][1])):
            # one foreign word ("Putin") needs underthesea's weak PER evidence
            return None
        return run[0][0], run[k - 1][1]

    def read_name_back(self, end: int) -> tuple[int, int] | None:
        """A Vietnamese name ending exactly at ``end`` (before an appositive comma)."""
        words: list[tuple[int, int]] = []
        i = bisect_left(self.word_starts, end) - 1
        while i >= 0 and len(words) < 6:
            s, e = self.words[i]
            if e != (words[0][0] - 1 if words else end) and not (words and self.text[e : words[0][0]] in (" ", "\u00a0")):
                if words or e != end:
                    break
            w = self.text[s:e]
            if not _is_cap(w) or s in self.title_ends_inside(s) or (e in self.body_ends and not words):
                break
            if any(bs <= s < be for bs, be, _ in self.bodies):
                break
            words.insert(0, (s, e))
            i -= 1
        for k in range(min(4, len(words)), 1, -1):
            cand = words[-k:]
            first = self.text[cand[0][0] : cand[0][1]]
            if fold(first) in self.rules.surnames and not any(
                fold(self.text[s:e]) in self.rules.name_stop for s, e in cand[1:]
            ):
                if cand[0][0] in self.place_at and self.place_at[cand[0][0]] >= cand[-1][1]:
                    return None
                return cand[0][0], cand[-1][1]
        if words and self.is_per(words[0][0], words[-1][1]):
            k = 0
            while k < len(words) and _is_foreign_word(self.text[words[-1 - k][0] : words[-1 - k][1]]) and k < 4:
                k += 1
            if k >= 2:
                return words[-k][0], words[-1][1]
        return None

    def title_ends_inside(self, pos: int) -> set[int]:
        return {pos} if any(h.start <= pos < h.end for h in self.hits) else set()

    # ------------------------------------------------------------------ the whole article

    def run(self) -> PersonMatches:
        rules = self.rules
        self.honorific_spans = self._finditer(rules.honorific_re)
        self.hits = self.title_hits()
        self.title_starts = {h.start for h in self.hits}
        self.body_ends = {e for _, e, _ in self.bodies}
        # honorifics that are really the start of a title ("Anh hùng" vs none) are fine; drop
        # honorifics overlapping titles or bodies
        self.honorific_spans = [
            (s, e) for s, e in self.honorific_spans
            if not any(h.start < e and s < h.end for h in self.hits)
            and not any(bs <= s < be for bs, be, _ in self.bodies)
        ]
        chains = self.build_chains(self.hits)
        self.chains = chains

        found: dict[int, tuple[int, str]] = {}  # start -> (end, rule)
        group_positions: dict[int, list[Position]] = {}

        def add(span: tuple[int, int] | None, why: str) -> tuple[int, int] | None:
            if span is None:
                return None
            s, e = self._with_initials(span)
            if self._ends_in_place(s, e):
                return None  # "Đoàn Chèo Hải Phòng": an organization named after a place
            if any(bs <= s < be for bs, be, _ in self.bodies):
                return None
            if self.in_place(s, e) and not (why in ("title", "honorific") and self._person_named_place(s, e)):
                return None  # "Thái Lan"; but "Chủ tịch Hồ Chí Minh" is a person
            if s not in found or found[s][0] < e:
                found[s] = (e, why)
            return span

        # 1. names after a chain of titles
        for ch in chains:
            span = self.read_name(ch.target, foreign=True) if ch.target is not None else None
            if span is None and ch.target is not None and ch.target != self.skip_spaces(ch.end):
                span = self.read_name(self.skip_spaces(ch.end), foreign=False)
                if span is not None:
                    ch.target = span[0]
            if span is None:
                span = self._name_after_long_body(ch)
            add(span, "title")
            if ch.plural and ch.target is not None and self.text.startswith(":", self.skip_spaces_back(ch.target)):
                pass
            if ch.plural and not ch.former:
                # "các đồng chí Ủy viên Bộ Chính trị: A, ...; B, ..." (or with no colon): the group's
                # positions go to every member of the list
                colon = self.skip_spaces(ch.end)
                start = colon + 1 if self.text.startswith(":", colon) else (span[0] if span else None)
                for s in self._list_names(start) if start is not None else []:
                    group_positions.setdefault(s, []).extend(ch.positions)
                    if s not in found:
                        add(self.read_name(s, foreign=False), "list")

        # 2. names after honorifics
        for hs, he in self.honorific_spans:
            kind = rules.honorifics.get(fold(self.key[hs:he]), "surname")
            pos = self.skip_spaces(he)
            plural = self.preceded_by(hs, rules.plural)
            if plural:
                if self.text.startswith(":", pos):
                    for s in self._list_names(pos + 1):
                        add(self.read_name(s, foreign=False), "list")
                else:
                    for s in self._list_names(pos):
                        add(self.read_name(s, foreign=False), "list")
                continue
            if pos in self.title_starts:
                continue
            target = self._name_target(he)  # past a country: "nhà lãnh đạo Triều Tiên Kim Jong Un"
            span = self.read_name(target, foreign=kind == "strong") if target != pos else None
            span = span or self.read_name(pos, foreign=kind == "strong")
            if span is None and kind != "strong":
                # "cô Holly Bowles": a foreign name after a weak honorific needs underthesea's PER
                span = self.read_name(pos, foreign=True)
                if span is not None and not self.is_per(*span):
                    span = None
            add(span, "honorific")

        # 3. names before an appositive chain ("Phạm Minh Chính, Ủy viên Bộ Chính trị")
        for ch in chains:
            before = ch.start
            for sep in rules.chain_seps:
                if self.text[:before].endswith(sep):
                    add(self.read_name_back(before - len(sep)), "appositive")
                    break
            before = self.skip_spaces_back(ch.start)
            if self.text[:before].endswith("("):
                add(self.read_name_back(self.skip_spaces_back(before - 1)), "appositive")

        # 4. names with no context: surname + middle name + given name, or a bare name before "(NN tuổi"
        for s, e in self._bare_names(found):
            add((s, e), "bare")

        names: dict[str, str] = {}  # folded -> canonical printed name
        order: list[str] = []
        for s in sorted(found):
            e, _why = found[s]
            printed = " ".join(self.text[s:e].split())
            k = fold(printed)
            if k not in names:
                names[k] = nfc(printed)
                order.append(names[k])
        # a shorter found name that is the tail of a longer one is the same person
        # ("PGS Vũ Trung" after "PGS.TS Nguyễn Vũ Trung"): printed mentions of the longer one
        for k in list(names):
            longer = [n for kk, n in names.items() if kk != k and kk.endswith(" " + k)]
            if not longer and (" " in k or _is_foreign_word(names[k])):
                # "Fidel" after "Fidel Castro Ruz"; "Ngô Xuân" cut from "Ngô Xuân Lịch"
                longer = [n for kk, n in names.items() if kk != k and kk.startswith(k + " ")]
            if len(longer) == 1:
                self.aliases[k] = longer[0]
                order.remove(names[k])
        mentions = self._name_mentions(names, {s: e for s, (e, _why) in found.items()})
        mentions.extend(self._short_mentions(names, mentions))
        positions = self._positions(mentions, group_positions)
        mentions.extend(self._title_mentions(mentions, positions))
        mentions.extend(self._pronoun_mentions(mentions))
        used_titles = self.hits
        return PersonMatches(mentions=mentions, titles=used_titles, positions=positions, names=order)

    def _name_after_long_body(self, ch: Chain) -> tuple[int, int] | None:
        """A body read too short ("Phó giám đốc Sở Kế hoạch [đầu tư] Nguyễn Thị Thu Hoa"): a name
        a few words on, with nothing but body words in between, ends the body."""
        item = ch.items[-1]
        if item.hit.start in self.body_opening:
            return None
        honorific_after = self._honorific_name_after(ch.end, 6)
        if honorific_after is not None:
            ch.target = honorific_after[0]
            return honorific_after
        if item.body is None and not self._starts_name(self.skip_spaces(ch.end)):
            return None
        i = bisect_left(self.word_starts, ch.end)
        prev_end = ch.end
        for _ in range(6):
            if i >= len(self.words):
                return None
            s, e = self.words[i]
            if self.text[prev_end:s] not in (" ", "\u00a0") or fold(self.text[s:e]) in self.rules.body_end:
                return None
            span = None
            if self.in_place(s, e):
                pass
            elif self.name_starts_at(s):
                span = self.read_name(s, foreign=False)
                if span is None:
                    return None
            elif s > ch.end + 1 and _is_foreign_word(self.text[s:e]) and self.is_per(s, e):
                span = self.read_name(s, foreign=True)
            if span is not None:
                if prev_end == ch.end:
                    return None
                begin = self.skip_spaces(item.hit.end)
                printed = (item.hit.rule.shared_head + " " if item.hit.rule.shared else "") + self.text[begin:prev_end]
                item.body = self._resolve_short(printed, item.hit.start) or canonical_tones(" ".join(printed.split()))
                item.end = ch.end = prev_end
                ch.target = s
                return span
            prev_end = e
            i += 1
        return None

    def _honorific_name_after(self, pos: int, limit: int) -> tuple[int, int] | None:
        """'Giám đốc hãng Petro Express - ông Trần Quốc Hiệu': within ``limit`` words with no
        punctuation, a separator, an honorific and a name."""
        i = bisect_left(self.word_starts, pos)
        prev_end = pos
        for _ in range(limit):
            if i >= len(self.words):
                return None
            s, e = self.words[i]
            gap = self.text[prev_end:s]
            if gap not in (" ", "\u00a0"):
                if gap.strip() not in ("-", "–") or prev_end == pos:
                    return None
                for hs, he in self.honorific_spans:
                    if hs == s:
                        kind = self.rules.honorifics.get(fold(self.key[hs:he]), "surname")
                        return self.read_name(self.skip_spaces(he), foreign=kind == "strong")
                return None
            if fold(self.text[s:e]) in self.rules.body_end:
                return None
            prev_end = e
            i += 1
        return None

    def _list_names(self, pos: int) -> list[int]:
        """Starts of names in a list ("A, Chủ tịch Quốc hội; B, ..." or "A, B và C") from ``pos``."""
        text = self.text
        end = len(text)
        for p in _SENTENCE_PUNCT:
            k = text.find(p, pos)
            if k >= 0:
                # a period inside "TP.HCM" or a number is not a sentence end
                while k >= 0 and p == "." and k + 1 < len(text) and not text[k + 1].isspace():
                    k = text.find(p, k + 1)
                if k >= 0:
                    end = min(end, k)
        segment_sep = ";" if ";" in text[pos:end] else ","
        out = []
        seg_start = pos
        for part in text[pos:end].split(segment_sep):
            s = self.skip_spaces(seg_start)
            # "và B" as the last item
            w = self.word_at(s)
            if w is not None and text[w[0] : w[1]] in ("và", "cùng"):
                s = self.skip_spaces(w[1])
            if self.name_starts_at(s):
                out.append(s)
            elif segment_sep == ";":
                break
            seg_start += len(part) + 1
        return out

    def _bare_names(self, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
        out = []
        taken = [(s, e) for s, (e, _) in found.items()]
        i = 0
        text = self.text
        while i < len(self.words):
            s, _e = self.words[i]
            run = self.cap_run(s, limit=6)
            if not run:
                i += 1
                continue
            j = i + len(run)
            prev = self.prev_word(s)
            joined_before = prev is not None and text[prev[1] : s] in (" ", "\u00a0") and _is_cap(text[prev[0] : prev[1]])
            if not joined_before and 2 <= len(run) <= 4 and not any(a < run[-1][1] and s < b for a, b in taken):
                words = [text[a:b] for a, b in run]
                ok = fold(words[0]) in self.rules.surnames and not any(
                    fold(w) in self.rules.name_stop for w in words[1:]
                )
                if ok and s in self.place_at:
                    ok = False
                if ok and any(bs <= s < be for bs, be, _ in self.bodies):
                    ok = False
                if ok and self._institution_before(s):
                    ok = False
                if ok and prev is not None and text[prev[0] : prev[1]][:1].isdigit():
                    ok = False  # an address: "số 26 Nguyễn Chí Thanh"
                if ok and _CREDIT_BEFORE.search(text, max(0, s - 40), s):
                    ok = False  # a photo credit: "... đất nước.Hồng Nhì - Ảnh: Lê Anh Dũng"

                if ok:
                    end = self._with_initials((s, run[-1][1]))[1]  # "Trần C.D. (SN 2018)"
                    after = text[end : end + 12]
                    aged = re.match(r"\s*\((?:\d|SN|sinh|tuổi)", after) is not None
                    middle = len(run) >= 3 and fold(words[1]) in self.rules.middle_names
                    if aged or middle or (len(run) >= 3 and self.is_per(s, run[-1][1])):
                        out.append((s, end))
            i = max(j, i + 1)
        return out

    def _person_named_place(self, start: int, end: int) -> bool:
        """A place named after a person, printed as a full name ("Hồ Chí Minh")."""
        words = WORD.findall(self.text[start:end])
        return len(words) >= 3 and fold(words[0]) in self.rules.surnames and fold(words[1]) in self.rules.middle_names

    def _with_initials(self, span: tuple[int, int]) -> tuple[int, int]:
        """Keep the initials of an abbreviated name: "Nguyễn Văn T.", "Trần C.T."."""
        s, e = span
        if e - s > 2 and self.text[e - 1].isupper() and self.text[e - 2] == " ":
            m = _INITIALS.match(self.text, e)
            if m:
                return s, m.end()
        return span

    def _ends_in_place(self, start: int, end: int) -> bool:
        """surname + non-name words + a place ("Đoàn Chèo Hải Phòng"); "Nguyễn Hòa Bình" is a name."""
        for ps, pe in self.places:
            if start < ps < end and pe == end and " " in self.text[ps:pe]:
                between = WORD.findall(self.text[start:ps])[1:]
                return any(fold(w) not in self.rules.middle_names for w in between)
        return False

    def _institution_before(self, pos: int, window: int = 7) -> bool:
        """A place or institution word shortly before, in the same clause ("đường Nguyễn Hữu Cảnh",
        "Viện Bỏng Quốc gia Lê Hữu Trác", "giải thưởng Võ Trường Toản")."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        seg = self.text[line_start:pos]
        cut = max(seg.rfind(c) for c in ",;:.()\"“”")
        ws = [fold(w) for w in WORD.findall(seg[cut + 1 :])][-window:]
        marks = self.rules.place_marks
        return any(w in marks or " ".join(ws[i : i + 2]) in marks for i, w in enumerate(ws))

    def _name_mentions(self, names: dict[str, str], found: dict[int, int]) -> list[NameMention]:
        """Every printing of every found name (longest name wins where they overlap)."""
        out: list[NameMention] = []
        taken: list[tuple[int, int]] = []
        for s, e in sorted(found.items(), key=lambda se: se[0] - se[1]):
            if any(a < e and s < b for a, b in taken):
                continue
            k = fold(" ".join(self.text[s:e].split()))
            taken.append((s, e))
            out.append(NameMention(s, e, self.aliases.get(k, names[k])))
        for k in sorted(names, key=len, reverse=True):
            name = names[k]
            rx = re.compile(
                r"(?<!\w)" + r"\s+".join(re.escape(w) for w in canonical_tones(name).split()) + r"(?!\w)",
                re.IGNORECASE,
            )
            name = self.aliases.get(k, name)
            for m in rx.finditer(self.key):
                s, e = m.start(), m.end()
                if not _is_cap(self.text[s]):
                    continue
                if any(a < e and s < b for a, b in taken) or any(bs <= s and e <= be for bs, be, _ in self.bodies):
                    continue  # overlapping, or inside a body's name ("Học viện ... Hồ Chí Minh")
                # the name continues into more capitalized words: another person or a place
                nxt = self.next_word(e)
                if nxt is not None and self.text[e : nxt[0]] == " " and _is_cap(self.text[nxt[0] : nxt[1]]) and \
                        nxt[0] not in self.title_starts and nxt[0] not in self.body_at and \
                        fold(self.text[nxt[0] : nxt[1]]) not in self.rules.name_stop and len(name.split()) < 3:
                    continue
                taken.append((s, e))
                out.append(NameMention(s, e, name))
        return out

    def _short_mentions(self, names: dict[str, str], mentions: list[NameMention]) -> list[NameMention]:
        """"ông Chính", "đồng chí Hiển": an honorific and a known person's given name."""
        by_given: dict[str, set[str]] = {}
        for name in names.values():
            by_given.setdefault(fold(name.split()[-1]), set()).add(name)
        taken = [(m.start, m.end) for m in mentions]
        out = []
        for _hs, he in self.honorific_spans:
            pos = self.skip_spaces(he)
            w = self.word_at(pos)
            if w is None or any(a <= w[0] < b for a, b in taken):
                continue
            word = self.text[w[0] : w[1]]
            run = self.cap_run(w[0], limit=2)
            if len(run) != 1 or not _is_cap(word):
                continue
            cands = by_given.get(fold(word), set())
            if len(cands) == 1:
                out.append(NameMention(w[0], w[1], next(iter(cands)), kind="short"))
        return out

    # ------------------------------------------------------------------ positions

    def _positions(self, mentions: list[NameMention], group: dict[int, list[Position]]) -> dict[str, list[Position]]:
        by_target: dict[int, Chain] = {}
        for ch in self.chains:
            if ch.target is not None:
                by_target.setdefault(ch.target, ch)
        by_start = {ch.start: ch for ch in self.chains}
        starts = {m.start for m in mentions}
        self.attached: set[int] = set()  # starts of chains given to a person
        self.abroad: set[tuple[str, str]] = set()  # (name, title) printed with a country in between
        # offices held through "Title Name" (the most reliable pattern): one holder each
        office: dict[tuple[str, str | None], str] = {}
        for m in mentions:
            ch = by_target.get(m.start)
            if ch is not None and not ch.plural and not ch.former:
                for it in ch.items:
                    if not it.hit.rule.many:
                        office.setdefault(_office_key(it), m.name)
        out: dict[str, list[Position]] = {}
        for m in sorted(mentions, key=lambda m: m.start):
            pos: list[Position] = []
            ch = by_target.get(m.start)
            if ch is not None and not ch.plural and not ch.former:
                pos.extend(ch.positions)
                self.attached.add(ch.start)
                if ch.target != self.skip_spaces(ch.end):  # "Thủ tướng Singapore Lý Hiển Long"
                    self.abroad.update((m.name, fold(i.hit.rule.title)) for i in ch.items)
            elif ch is not None:
                self.attached.add(ch.start)
            pos.extend(group.get(m.start, []))
            after = m.end
            for sep in self.rules.chain_seps:
                if self.text.startswith(sep, after):
                    nxt = by_start.get(after + len(sep))
                    if nxt is not None and nxt.target not in starts and \
                            office.get(_office_key(nxt.items[0]), m.name) == m.name:
                        pos.extend(nxt.positions)
                        self.attached.add(nxt.start)
                    break
            if self.text.startswith(" (", after):
                nxt = by_start.get(after + 2)
                if nxt is not None and nxt.target not in starts:
                    pos.extend(nxt.positions)
                    self.attached.add(nxt.start)
            m.positions = pos
            lst = out.setdefault(m.name, [])
            for p in pos:
                if p not in lst:
                    lst.append(p)
        for ch in self.chains:
            holder = self._holder_before(ch, mentions, starts)
            given = ch.positions
            if holder is None:
                holder, given = self._led_by(ch, mentions, starts)
            if holder is not None:
                self.attached.add(ch.start)
                lst = out.setdefault(holder, [])
                lst.extend(p for p in given if p not in lst)
        return {n: _dedupe_positions(self._default_bodies(n, ps)) for n, ps in out.items()}

    def _holder_before(self, ch: Chain, mentions: list[NameMention], starts: set[int]) -> str | None:
        """The person a "giữ chức vụ <title>" chain with no name after it belongs to: the one named last
        before it in the same sentence."""
        if ch.start in self.attached or ch.plural or ch.former or ch.target in starts:
            return None
        cue = next((n for n in (5, 4, 3, 2, 1) if self.words_before(ch.start, n) in self.rules.holder_cues), None)
        if cue is None or self.words_before(ch.start, cue + 1).split()[:1] == ["thôi"]:
            return None  # "thôi giữ chức": relieved of it
        before = [
            m for m in mentions
            if m.end <= ch.start and not any(c in _SENTENCE_PUNCT for c in self.text[m.end : ch.start])
        ]
        return max(before, key=lambda m: m.end).name if before else None

    def _led_by(self, ch: Chain, mentions: list[NameMention], starts: set[int]) -> tuple[str | None, list[Position]]:
        """"<Body> do đồng chí <title> <Name> làm Trưởng ban": the head of that body is the person."""
        if ch.start in self.attached or ch.plural or ch.former or ch.target in starts:
            return None, []
        prev = [m for m in mentions if m.end <= ch.start and self.text[m.end : ch.start].strip() == "làm"]
        if not prev:
            return None, []
        m = prev[-1]
        dm = re.search(r"(?<!\w)do\s+[^,.;:!?\n]{0,60}$", self.text[max(0, m.start - 80) : m.start])
        if dm is None:
            return None, []
        do_at = self.skip_spaces_back(max(0, m.start - 80) + dm.start())
        body = next((kb for _s, e, kb in self.bodies if e == do_at), None)
        if body is None:
            return None, []
        out = []
        for it in ch.items:
            b = it.body
            head = it.hit.rule.shared_head
            if b is None and head and fold(body).startswith(fold(head) + " "):
                b = body
            out.append(Position(title=it.hit.rule.title, body=b))
        return m.name, out

    def _default_bodies(self, name: str, positions: list[Position]) -> list[Position]:
        """A title printed without a body names its default one for a Vietnamese name ("Thủ tướng
        Phạm Minh Chính" = Thủ tướng Chính phủ); a foreign holder keeps none."""
        first = name.split()[0] if name.split() else ""
        if fold(first) not in self.rules.surnames:
            return positions
        return [
            Position(title=p.title, body=self.rules.default_bodies[fold(p.title)])
            if p.body is None and fold(p.title) in self.rules.default_bodies
            and (name, fold(p.title)) not in self.abroad else p
            for p in positions
        ]

    # ------------------------------------------------------------------ title-only and pronoun mentions

    def _title_mentions(self, mentions: list[NameMention], positions: dict[str, list[Position]]) -> list[NameMention]:
        out: list[NameMention] = []
        base = sorted(mentions, key=lambda m: m.start)
        for ch in self.chains:
            if ch.start in self.attached or ch.plural or ch.predicative:
                continue
            if ch.target is not None and any(m.start == ch.target for m in base):
                continue
            item = ch.items[0]
            honor = any(self.skip_spaces(he) == ch.start for _, he in self.honorific_spans)
            if not honor and not _is_cap(self.text[ch.start]):
                continue
            holders = [
                n for n, ps in positions.items()
                if any(
                    fold(p.title) == fold(item.hit.rule.title)
                    and (item.body is None or p.body is None or fold(p.body) == fold(item.body))
                    for p in ps
                )
            ]
            if not holders:
                continue
            name = self._most_recent(holders, ch.start, base)
            out.append(NameMention(item.hit.start, item.end, name, kind="title"))
        return out

    def _most_recent(self, names: list[str], pos: int, mentions: list[NameMention]) -> str:
        before = [m for m in mentions if m.name in names and m.start < pos]
        if before:
            return before[-1].name
        after = [m for m in mentions if m.name in names]
        return after[0].name if after else names[0]

    def _pronoun_mentions(self, mentions: list[NameMention]) -> list[NameMention]:
        """"Đồng chí đề nghị", "Theo ông, ...": the person mentioned last."""
        out = []
        base = sorted(mentions, key=lambda m: m.start)
        starts = [m.start for m in base]
        for hs, he in self.honorific_spans:
            word = fold(self.key[hs:he])
            if word not in _PRONOUN_HONORIFICS:
                continue
            pos = self.skip_spaces(he)
            if pos in self.title_starts or any(m.start == pos for m in base):
                continue
            nxt = self.word_at(pos)
            if nxt is None or _is_cap(self.text[nxt[0] : nxt[1]]):
                continue
            if self.preceded_by(hs, self.rules.plural):
                continue
            if word in ("ông", "bà"):
                if fold(self.text[nxt[0] : nxt[1]]) in self.rules.pronoun_not:
                    continue
                before = self.text[max(0, hs - 6) : hs]
                sentence_start = hs == 0 or self.text[: hs].rstrip(SPACES)[-1:] in (".", "\n", "", ":", "“", '"')
                if not (sentence_start or before.endswith(", ") or fold(before).endswith("theo ")):
                    continue
            i = bisect_left(starts, hs) - 1
            if i < 0:
                continue
            out.append(NameMention(hs, he, base[i].name, kind="pronoun"))
        return out


def _office_key(item: ChainItem) -> tuple[str, str | None]:
    return fold(item.hit.rule.title), fold(item.body) if item.body else None


def _dedupe_positions(positions: list[Position]) -> list[Position]:
    """One entry per (title, body); a title with no body is dropped where the same title has one."""
    seen: dict[tuple[str, str | None], Position] = {}
    for p in positions:
        seen.setdefault((fold(p.title), fold(p.body) if p.body else None), p)
    with_body = {t for t, b in seen if b is not None}
    kept = [p for (t, b), p in seen.items() if b is not None or t not in with_body]
    # "Phó Thủ tướng" beside "Phó Thủ tướng Thường trực" of the same body: the short form of one office
    keys = [(fold(p.title), fold(p.body) if p.body else None) for p in kept]
    return [
        p for p, (t, b) in zip(kept, keys)
        if not any(t2.startswith(t + " ") and (b is None or b == b2) for t2, b2 in keys)
    ]
