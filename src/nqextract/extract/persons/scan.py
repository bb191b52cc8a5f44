"""persons: the per-article scan object (all per-document state of one pass) and word shapes.

The component is stateless; :class:`ArticleScan` is built for one Doc, the phases (titles, chains,
names, finding, mentions, positions) read and fill it, and it is dropped with the result.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc

from ...textnorm import fold, is_cap, strip_diacritics
from ..view import NAME_WORDS, view
from .records import Chain, TitleHit
from .rules import PersonRules

WORD = NAME_WORDS  # a word of a name: "Nguyễn", "Jean-Pierre", "O'Neill"
SPACES = " \u00a0\t"
WORDS_BEFORE_WINDOW = 64  # characters per word read back by words_before()
SENTENCE_PUNCT = ".!?\n"


def sentence_end(text: str, pos: int) -> int:
    """Where the sentence running at ``pos`` ends: its first sentence punctuation from ``pos`` (a period
    inside "TP.HCM" or a number, not followed by a space, is no end), else the end of the text."""
    end = len(text)
    for p in SENTENCE_PUNCT:
        k = text.find(p, pos)
        while k >= 0 and p == "." and k + 1 < len(text) and not text[k + 1].isspace():
            k = text.find(p, k + 1)
        if k >= 0:
            end = min(end, k)
    return end


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


_VI_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?",
    re.IGNORECASE,
)


def looks_vietnamese(word: str) -> bool:
    """A syllable Vietnamese could spell without diacritics ("Hai", "Minh"), unlike "Putin"."""
    return _VI_SYLLABLE.fullmatch(strip_diacritics(word)) is not None


# marks only Vietnamese writes (decomposed): đ, the circumflex, breve and horn of its own vowels, and the
# hook, tilde and dot-below tones (a tilde on "n" is Spanish)
_VI_ONLY = re.compile("[đĐ]|[\u0302\u0306\u031b\u0309\u0323]|(?<![nN])\u0303")


# a Gaelic or a Romance family name's prefix before an inner capital ("McKenzie", "MacLeod", "LaRosa", "DeSilva"):
# one word, no acronym
_INNER_CAPITAL = re.compile(r"(?:Mc|Mac|La|Le|De|Di|Du)[A-Z][a-z]{2,}")


def is_foreign_word(word: str) -> bool:
    """Capitalized, not an acronym, no Vietnamese letters or tone marks ("Putin", "Urawadee"); a European
    diacritic Vietnamese never writes ("Noël", "Müller") or an accent on a word no Vietnamese syllable
    spells ("André", "Sánchez") keeps it foreign; "Jean-Noël" is one word of two capitalized parts."""
    if not is_cap(word) or len(word) < 2:
        return False
    parts = [p for p in re.split(r"[-'’]", word) if p]
    if not parts or any(is_acronym(p) and not _INNER_CAPITAL.fullmatch(p) for p in parts):
        return False
    if strip_diacritics(word) == word:
        return True
    if _VI_ONLY.search(unicodedata.normalize("NFD", word)) or not all(p.isalpha() for p in parts):
        return False
    # Vietnamese shares only the grave and acute accents, on its own syllables ("Hà", "Tú", "Lý")
    for part in parts:
        marks = {c for c in unicodedata.normalize("NFD", part) if unicodedata.combining(c)}
        if marks and marks <= {"\u0300", "\u0301"} and looks_vietnamese(part):
            return False
    return True


def spelled_foreign(words: list[str]) -> bool:
    """Words spelled as a foreign name ("Emil Bove", "Vương Nghị" is not): every word foreign, and one of them
    no syllable Vietnamese could spell."""
    return all(is_foreign_word(w) for w in words) and not all(looks_vietnamese(w) for w in words)


class ArticleScan:
    """One article's text, word index, spans read from the Doc, and what the phases found."""

    def __init__(self, doc: Doc, rules: PersonRules, canonical_body: Callable[[str], str | None] | None) -> None:
        shared = view(doc)
        self.doc = doc
        self.text = shared.text
        self.key = shared.tones  # canonical tone placement, offsets as in text
        self.low = shared.low  # the same, lower-cased
        self.rules = rules
        self.canonical_body = canonical_body
        self.words = shared.words(NAME_WORDS)
        self.word_starts = [s for s, _ in self.words]
        self.bodies = sorted(_name_cut(self.text, *_acronym_only(self.text, f.start, f.end, f.kb)) for f in shared.facts("bodies"))
        self.body_at = {s: (e, kb) for s, e, kb in self.bodies}
        self.per_spans = [(f.start, f.end) for f in shared.facts("ner", "PER")]
        self.loc_spans = [(f.start, f.end) for f in shared.facts("ner", "LOC")]
        self.places = self.finditer(rules.place_re)
        # provinces and cities (for "Thành ủy"), not the tail of a longer proper name ("phường Hiệp Bình Phước")
        self.unit_places = [(s, e) for s, e in self.finditer(rules.unit_place_re) if not self._name_tail(s)]
        self.place_at = {s: e for s, e in self.places}
        self.body_opening: dict[int, tuple[int, str]] = {}
        self._compounds: dict[bool, list[tuple[int, int]]] | None = None  # words of several syllables: any case?
        self.aliases: dict[str, str] = {}  # folded short name -> full name of the same person
        # filled by the phases (see finding.prepare)
        self.honorific_spans: list[tuple[int, int]] = []
        self.hits: list[TitleHit] = []
        self.title_starts: set[int] = set()
        self.body_ends: set[int] = set()
        self.chains: list[Chain] = []
        self.stood_ends: set[int] = set()  # ends of the deputy's seats stood for, not held (candidacy.py)
        self.attached: set[int] = set()  # starts of chains given to a person
        self.career_leads: set[int] = set()  # leads of chains after a career cue ("trải qua nhiều vị trí, ...")
        self.listing_leads: set[int] = set()  # leads of chains listing offices ("đảm nhận các chức vụ như ...")
        # the article names China: its family names open names after a title or an honorific (names.py)
        self.china = rules.china_re is not None and rules.china_re.search(fold(self.text)) is not None
        self.abroad: set[tuple[str, str]] = set()  # (name, title) printed with a country in between
        self.single_names: set[int] = set()  # starts of one-word foreign names read with no PER tag (single_names.py)
        self.storied: set[tuple[str, str]] = set()  # (name, title) once held, played or told: no article body
        self._words_before: dict[tuple[int, int], str] = {}  # words_before() by (pos, n): phases ask again

    def canonical(self, body: str) -> str | None:
        """The bodies component's canonical name of ``body``, else ``None`` (a bodies bug must not sink persons)."""
        if self.canonical_body is None:
            return None
        try:
            return self.canonical_body(body)
        except Exception:
            return None

    _WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")

    def _name_tail(self, start: int) -> bool:
        """A place printed right after a capitalized word of the same name ("Hiệp Bình Phước", a ward of
        Thủ Đức; "Báo Hà Nội Mới"): the tail of a longer proper name, not the province. A level word
        ("Tỉnh Bình Dương", "Thành Phố Hà Nội") or an abbreviation ("UBND Hà Nội", "TP Hà Nội") before it is no
        such word, nor one opening a sentence or a clause."""
        m = self._WORD_BEFORE.search(self.key, max(0, start - 30), start)
        if m is None:
            return False
        word, before = m.group(1), self.key[max(0, m.start(1) - 3) : m.start(1)].rstrip(" \t")
        if not before or before[-1] in ".!?:;\n\"“(|-–":
            return False  # a capitalized word opening a sentence ("Tại Nghệ An, ...")
        return word[0].isupper() and word[1:].islower() and fold(word) not in self.rules.unit_level_words

    def finditer(self, rx: re.Pattern[str] | None) -> list[tuple[int, int]]:
        return list(map(re.Match.span, rx.finditer(self.key))) if rx else []

    def inside_word(self, pos: int, any_case: bool = False) -> bool:
        """``pos`` falls inside one lower-case word of several syllables the tagger read as one ("Chi nhánh
        phân|phối"): a span ending there was cut in the middle of a word; ``any_case``: a capitalized one too
        ("Trung đội| phó")."""
        if self._compounds is None:
            spans = [(i, i + len(t), t[:1].islower()) for i, t, _tag in view(self.doc).tokens if " " in t]
            self._compounds = {False: sorted((s, e) for s, e, low in spans if low), True: sorted((s, e) for s, e, _ in spans)}
        compounds = self._compounds[any_case]
        i = bisect_left(compounds, (pos, pos)) - 1
        return i >= 0 and compounds[i][0] < pos < compounds[i][1]

    def level_dot(self, end: int) -> bool:
        """The full stop right after ``end`` (blanks maybe between) is the abbreviation dot of the level word
        ending there ("Ban Chỉ đạo TP. Hà Nội" cut at "TP": person_context.tsv dotted_level), no sentence's end."""
        at = end
        while at < len(self.text) and self.text[at] in " \t":
            at += 1
        last = self.text[max(0, end - 4) : end].split()[-1:]
        return self.text.startswith(".", at) and bool(last) and last[0] in self.rules.dotted_levels

    def tag_at(self, pos: int) -> str:
        """The tagger's POS tag of the token starting at ``pos`` ("" inside a token or for none)."""
        return view(self.doc).tags.get(pos, "")

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
        found = self._words_before.get((pos, n))
        if found is None:
            found = self._words_before[(pos, n)] = self._read_words_before(pos, n)
        return found

    def _read_words_before(self, pos: int, n: int) -> str:
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

    def preceded_by(self, pos: int, vocab: set[str], longest: int = 3) -> bool:
        for n in range(1, longest + 1):
            w = self.words_before(pos, n)
            if w and (w in vocab) and not self._ends_compound(pos, n):
                return True
        return False

    def _ends_compound(self, pos: int, n: int) -> bool:
        """The ``n`` words before ``pos`` start inside a lower-case word of several syllables ("kế | vị"):
        a syllable of that word, not a marker of its own."""
        at = self.back_words(pos, n)
        return at is not None and self.inside_word(at)

    def back_words(self, pos: int, n: int) -> int | None:
        """Where the ``n`` words before ``pos`` start; None when fewer are printed."""
        at = pos
        for _ in range(n):
            w = self.prev_word(at)
            if w is None:
                return None
            at = w[0]
        return at

    def in_place(self, start: int, end: int) -> bool:
        """``text[start:end]`` lies inside a known place name ("Thái Lan" in "Vương quốc Thái Lan")."""
        return any(ps <= start and end <= pe for ps, pe in self.places)

    def is_loc(self, start: int, end: int) -> bool:
        """underthesea tags a place that ends with this word (weak evidence)."""
        return any(s == start and end == e for s, e in self.loc_spans)

    def is_per(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.per_spans)

    def starts_name(self, pos: int) -> bool:
        w = self.word_at(pos)
        return w is not None and is_cap(self.text[w[0] : w[1]])


    def title_ends_inside(self, pos: int) -> set[int]:
        return {pos} if any(h.start <= pos < h.end for h in self.hits) else set()


_ACRONYM_THEN = re.compile(r"([A-ZĐ]{2,})[ \t]+\S")


def _acronym_only(text: str, start: int, end: int, kb: str) -> tuple[int, int, str]:
    """A body printed by its acronym whose span the tagger's word widened over the name after it ("WHO Tedros
    Adhanom Ghebreyesus", "ASEAN Kao Kim Hourn"): the acronym alone, when the body's name holds none of the
    words after it."""
    m = _ACRONYM_THEN.match(text, start, end)
    if m is None or m.end(1) >= end:
        return start, end, kb
    printed = text[m.end(1) : end].split()
    if not all(w.isalpha() and w[0].isupper() and not w.isupper() for w in printed):
        return start, end, kb  # "TAND TP.HCM": a place's abbreviation, part of the body
    name = fold(kb).split()
    return (start, m.end(1), kb) if not any(fold(w) in name for w in printed) else (start, end, kb)


def _name_cut(text: str, start: int, end: int, kb: str) -> tuple[int, int, str]:
    """A body whose span the tagger's word widened past its last word over a name ("Đại sứ Việt Nam tại Cuba
    Dương Minh": the word "Cuba Dương Minh", the mission's name ending at "Cuba"): the span ends at that word,
    when every capitalized word after it is no word of the body's name."""
    last = kb.split()[-1] if kb.split() else ""
    at = text.rfind(" " + last + " ", start - 1, end) if last else -1
    if at < 0:
        return start, end, kb
    cut = at + 1 + len(last)
    printed = text[cut:end].split()
    name = fold(kb).split()
    if printed and all(w.isalpha() and w[0].isupper() and not w.isupper() and fold(w) not in name for w in printed):
        return start, cut, kb
    return start, end, kb


def opens_sentence(text: str, pos: int) -> bool:
    """``pos`` opens a line or a sentence (after a full stop or an opening quote; not a colon: "các tuyến phố,
    như: Bà Triệu")."""
    before = text[max(0, pos - 3) : pos].rstrip(" \u00a0\t")
    return not before or before[-1] in ".!?\n\"“(…"
