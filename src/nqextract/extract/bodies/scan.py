"""The scan object of one text and the shape of a body mention, shared by every phase."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from ...textnorm import fast_tones, fold, lower_same_length
from ..view import BODY_WORDS, LETTERS, DocView

LABEL = "BODY"


UNNAMED = "unnamed"  # source of a head printed without its name: hides what it covers, never output


@dataclass(frozen=True)
class BodyMatch:
    """One printed mention of a body: ``text[start:end]`` names the body ``name``."""

    start: int
    end: int
    name: str
    source: str
    head: str = ""  # for topic names: the head ("Ban Chỉ đạo"); "" otherwise
    weak: bool = False  # topic name without "về" or qualifier (may be a verb phrase)
    province: str = ""  # for local bodies of a province: "tỉnh Nghệ An"; for unnamed heads: the head


class Text:
    """The scan object of one text: the text three ways (as printed, tone-canonical and lower-cased, all of
    the same length) and its words as the view's ``BODY_WORDS`` cuts them ("TP.HCM", "R&D" one word)."""

    def __init__(self, text: str, tones: str | None = None, low: str | None = None,
                 words: list[tuple[int, int]] | None = None) -> None:
        self.raw = text
        self.printed = text  # the text as printed, before a head after a title was capitalized (joined_heads)
        self.tones = fast_tones(text) if tones is None else tones
        if len(self.tones) != len(text):  # pragma: no cover - canonical_tones keeps the length
            self.tones = text
        self.low = lower_same_length(self.tones) if low is None else low
        self.words = list(map(re.Match.span, BODY_WORDS.finditer(text))) if words is None else words
        self._ends = dict(self.words)
        self._starts = [s for s, _ in self.words]
        self._view: DocView | None = None

    def letters(self) -> list[tuple[int, int]]:
        """The text's runs of letters: the Doc view's ``LETTERS`` words (computed once per Doc, shared with
        persons), or split here for a text read without a Doc."""
        if self._view is not None:
            return self._view.words(LETTERS)
        return list(map(re.Match.span, LETTERS.finditer(self.raw)))

    def recased(self, raw: str) -> Text:
        """The same text with some letters' case changed (``raw``, the same length): its words, the lower-cased
        form, the text as printed and the Doc view kept."""
        out = Text(raw, fast_tones(raw), self.low, self.words)
        out.printed, out._view = self.printed, self._view
        return out

    @classmethod
    def of(cls, v: DocView) -> Text:
        """The scan object of a Doc, from its view (text forms and words computed once per Doc)."""
        t = cls(v.text, v.tones, v.low, v.words(BODY_WORDS))
        t._view = v
        return t

    def tag_at(self, i: int) -> str:
        """The tagger's POS tag of the Doc's token starting at ``i`` ("" without a Doc or a token there)."""
        return self._view.tags.get(i, "") if self._view is not None else ""

    def capital_at(self, i: int) -> bool:
        return i < len(self.raw) and (self.raw[i].isupper() or self.raw[i].isdigit())

    def word_end(self, pos: int) -> int | None:
        """End of the word starting at ``pos`` (None where no word starts: a space, the end)."""
        end = self._ends.get(pos)
        if end is None:  # ``pos`` inside one of the text's words ("HCM" of "TP.HCM"): cut from there
            m = BODY_WORDS.match(self.raw, pos)
            end = m.end() if m else None
        return end

    def words_before(self, pos: int, most: int) -> list[tuple[int, int]]:
        """The last ``most`` words ending at or before ``pos``, in text order."""
        i = bisect_left(self._starts, pos)
        return self.words[max(0, i - most) : i]

    def words_after(self, pos: int) -> list[tuple[int, int]]:
        """The words from ``pos`` on (at most 400 characters)."""
        i = bisect_left(self._starts, pos)
        if i == len(self._starts) or self._starts[i] != pos:
            limit = min(len(self.raw), pos + 400)
            return list(map(re.Match.span, BODY_WORDS.finditer(self.raw, pos, limit)))
        out = []
        limit = min(len(self.raw), pos + 400)
        for s, e in self.words[i:]:
            if s >= limit:
                break
            if e > limit:  # the last word cut where the 400 characters end
                m = BODY_WORDS.match(self.raw[:limit], s)
                if m:
                    out.append((m.start(), m.end()))
                break
            out.append((s, e))
        return out


def opens_sentence(raw: str, pos: int, marks: str = ".!?\n") -> bool:
    """Nothing but blanks between ``pos`` and the text's start, a line's start or a sentence's end mark (read back
    from ``pos``, without copying the text before it); ``marks``: other marks to open it at (a clause's: ",;")."""
    return start_mark(raw, pos, marks) is not None


def start_mark(raw: str, pos: int, marks: str = ".!?\n") -> str | None:
    """What opens the sentence or clause at ``pos`` (nothing but blanks between): one of ``marks``, "\n" for a
    line's start, "" for the text's start; None where a word or another mark stands before ``pos``."""
    i = pos
    while i > 0 and raw[i - 1] in " \t\u00a0":
        i -= 1
    if i == 0:
        return ""
    return raw[i - 1] if raw[i - 1] in marks or raw[i - 1] == "\n" else None


# a unit's code printed in parentheses after its name: capitals and digits, "&" or "-" maybe between runs ("PC02",
# "CSGT", "PCCC & CNCH"); no lower case ("(Công an tỉnh X)", "(cũ)" are none), at most 20 characters
_UNIT_CODE = re.compile(r" \(([A-ZĐ][A-ZĐ0-9]*(?: ?[&\-] ?[A-ZĐ0-9]+)*)\)")


def unit_code(raw: str, pos: int) -> int | None:
    """Where a unit's code printed in parentheses right at ``pos`` (" (PC02)", a space before it) ends, else None."""
    m = _UNIT_CODE.match(raw, pos, pos + 24)
    return m.end() if m else None


def is_word(text: str, i: int) -> bool:
    return i < len(text) and text[i].isalnum()


def select(matches: list[BodyMatch]) -> list[BodyMatch]:
    """Non-overlapping matches: earliest first, then longest; nested and overlapping ones dropped."""
    chosen: list[BodyMatch] = []
    last_end = -1
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start), m.source == UNNAMED)):
        if m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen


_VI_FINAL = re.compile(r"(?:[^\W\d_]*[aeiouyàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ]"
                       r"|[^\W\d_]*(?:c|ch|m|n|ng|nh|p|t))", re.IGNORECASE)


def brand_run(t: Text, q: int) -> bool:
    """The capitalized words from ``q`` are no person's name but the rest of a body's own name: only two of
    them ("Tổng công ty Nam [Thái Sơn]"), or one no Vietnamese syllable spells ("Đầu tư [Thái Minh Land]")."""
    words = []
    p = q
    while len(words) < 5 and (we := t.word_end(p)) and t.raw[p : p + 1].isupper():
        words.append(t.raw[p:we])
        if t.raw[we : we + 1] != " ":
            break
        p = we + 1
    return len(words) == 2 or any(foreign_word(w) or not _VI_FINAL.fullmatch(w) for w in words[1:])


def foreign_word(word: str) -> bool:
    """A word no Vietnamese syllable spells: a letter f/j/w/z, a capital inside, or more than seven letters."""
    letters = "".join(c for c in word if c.isalpha())
    return (len(letters) > 7 or any(c in "fjwzFJWZ" for c in letters)
            or any(c.isupper() for c in letters[1:]))


def given_name(t: Text, word: str, surnames: set[str], before: int) -> bool:
    """The text prints, before ``before``, a person's name ending with ``word``: a surname and one or two
    capitalized words before it ("Nguyễn Thị Lệ"), so that ``word`` printed alone after it may be that person's
    given name. A name printed only later ("UBND thành phố Vinh họp với ông Nguyễn Văn Vinh") does not count."""
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", t.raw[:before]):
        before = t.raw[max(0, m.start() - 40) : m.start()].split()[-3:]
        for n in (2, 3):
            names = before[-n:]
            if len(names) == n and fold(names[0]) in surnames and all(w[:1].isupper() and w.isalpha() for w in names):
                return True
    return False


def after_head(t: Text, pos: int, heads: tuple[str, ...]) -> bool:
    """One of ``heads`` (folded, longest first) is printed capitalized right before ``pos`` ("Chi cục [Thi hành
    án dân sự]")."""
    if pos < 2 or t.raw[pos - 1] != " ":
        return False
    before = " " + fold(t.low[max(0, pos - 30) : pos - 1])
    h = next((h for h in heads if before.endswith(" " + h)), None)
    return h is not None and t.capital_at(pos - 1 - len(h))


def lengthen(chosen: list[BodyMatch], longer: Callable[[BodyMatch], BodyMatch | None]) -> list[BodyMatch]:
    """``chosen`` with each mention replaced by ``longer(m)`` where that gives a longer one (None: kept as it
    is); the mentions a lengthened one now covers are dropped."""
    out: list[BodyMatch] = []
    reach = -1
    for m in chosen:
        if m.start < reach:
            continue
        new = longer(m)
        out.append(m if new is None else new)
        if new is not None:
            reach = new.end
    return out
