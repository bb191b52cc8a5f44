"""persons: a person named by initials only, as crime, court and health news print people to protect their
identity ("bà N.T.H. (35 tuổi)", "bị cáo T.V.D.", "nghi phạm D.Th."): two to four capital initials, each with its
full stop, the last perhaps of two letters ("Th.", "Ng."). Kept only where the article says it is a person's: an
intro word right before it (person_context.tsv initials_intro: "ông", "bà", "bệnh nhân", "tài xế", ...) or an age
or a year of birth in brackets right after it (person_context.tsv age_word, birth_year_word: "(35 tuổi",
"(SN 1990"), or after a comma and closed by punctuation (", 14 tuổi,"; not ", 20 tuổi nghề"), a role or a
residence in brackets right after it with a class, a school or a place after the role (initials_aside,
initials_aside_next: "(học sinh lớp 9)", "(trú tại"; not "(sinh viên phản đối)", "(học sinh các trường)"), or
joined by a word of initials_join ("và") to initials kept so ("em N.H. và B.Q.T."); never by an aside or a join
when a capitalized word or a body's or a thing's word stands right before it (initials_not_after: "Phòng G.D.",
"Khu vực K.C.N."). Never when a capitalized word follows it (a longer name: "V.I. Lê-nin"; read elsewhere),
nor inside a name, a place or a body already found, nor when its letters are a known acronym (abbreviations.tsv, the
all-capital names of bodies.tsv: "E.U.", "T.H.C.S."); a kin or courtesy word capitalized inside a sentence is
none ("Anh").

One initial alone ("anh T. cho biết", "bà H., 52 tuổi", "nữ sinh Tr. được đưa đi cấp cứu") is a person only right
after an intro word and before a lower-case word or a comma, bracket, colon or dash of the same sentence: a
capitalized word after it is the next sentence or a longer name ("gặp anh A. Sau đó", "ông J. Smith"), a line's
end is a byline or a photo credit. A letter that ends initials or a name the article prints anywhere ("bà P.T.T.
... bà T.", "Trần Văn T. (18 tuổi) ... anh T."), or the last word of a name found, is that person again."""

from __future__ import annotations

import re

from ...textnorm import fold
from .scan import ArticleScan, is_foreign_word, looks_vietnamese, opens_sentence

# "N.T.H.", "L.T.A.H.", "D.Th.": not inside a word or an abbreviation ("TP.HCM", "Q.1", "Đ.3")
_INITIALS = re.compile(r"(?<![\w.])(?:[A-ZĐ]\.){1,3}[A-ZĐ][a-z]?\.(?![\w])")
_WINDOW = 40  # characters before the initials an intro word is looked for in
# "T.", "Th.", "Ng.": one initial, perhaps a two-letter consonant; not "Q.1", "TP.", "5A."
_ONE = re.compile(r"(?<![\w.])[A-ZĐ][hrg]?\.(?![\w.])")
_LAST_INITIAL = re.compile(r"(?<![\w.])(?:[A-ZĐ]\.){1,3}([A-ZĐ][a-z]?)\.?(?![\w])")  # "N.T.H.", "N.T.T"
_WORD_BEFORE = re.compile(r"(?<![\w.])([^\W\d_]+)[ \u00a0]$")  # "Trần Công T.": a name ending in one
_CREDIT = re.compile(r"[ \t]*(?:ảnh|nguồn|theo|bài|video|đồ họa)\b[^:\n]{0,20}:", re.IGNORECASE)  # "Ảnh: ", "Bài và ảnh: "
_ONE_AFTER = re.compile(r"[,;:()\-\u2013\u2014]|[ \u00a0]+(?:[,;:()\-\u2013\u2014]|[^\W\d_])")


def initials_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """Spans of the initials-only names of the article (see the module)."""
    rules = scan.rules
    runs: list[tuple[int, int, bool]] = []
    taken = [(s, e) for s, (e, _) in found.items()]
    for m in _INITIALS.finditer(scan.text):
        s, e = m.span()
        if scan.text[e : e + 1] in " \u00a0" and scan.text[e:].lstrip(" \u00a0")[:1].isupper():
            continue  # "V.I. Lê-nin", "ông J.D. Vance": initials of a longer name
        if m.group().replace(".", "") in rules.acronyms:
            continue  # "học sinh T.H.C.S.", "công dân E.U.": a known acronym spelled with dots
        if any(a <= s < b for a, b in taken) or any(bs <= s < be for bs, be, _ in scan.bodies) or scan.in_place(s, e):
            continue
        introduced = _introduced(scan, s)
        if introduced or not _thing_before(scan, s):
            runs.append((s, e, introduced or _aside(scan, e)))
    out = [(s, e) for s, e, person in _joined(scan, runs) if person]
    return out + _one_initial(scan, taken + out)


def _aside(scan: ArticleScan, e: int) -> bool:
    """An age, a birth year, a role or a residence in apposition after initials: "(23 tuổi", "(SN 1990",
    "(học sinh lớp 9)", ", 14 tuổi," (person_context.tsv age_word, birth_year_word, initials_aside)."""
    rules = scan.rules
    return any(rx is not None and rx.match(scan.text, e) is not None
               for rx in (rules.personal_aside_re, rules.initials_aside_re))


def _thing_before(scan: ArticleScan, s: int) -> bool:
    """A capitalized word or a body's or a thing's word right before initials ("Phòng G.D.", "Dự án B.O.T.",
    "Khu vực K.C.N."; person_context.tsv initials_not_after): no person by an aside or a join."""
    before = scan.text[max(0, s - 30) : s]
    m = _WORD_BEFORE.search(before)
    if m is not None and m.group(1)[0].isupper():
        return True
    rx = scan.rules.initials_not_after_re
    return rx is not None and rx.search(before) is not None


def _joined(scan: ArticleScan, runs: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Runs of initials joined by a word of person_context.tsv initials_join ("và"), an aside in brackets maybe
    between ("D.T.K.T. và T.T.T.Tr. (đều là học sinh lớp 9)"): one a person's, so is the other."""
    rx = scan.rules.initials_join_re
    if rx is None:
        return runs
    runs = list(runs)
    for _ in range(len(runs)):
        changed = False
        for i in range(len(runs) - 1):
            (s1, e1, k1), (s2, e2, k2) = runs[i], runs[i + 1]
            if k1 == k2 or not _join_between(rx, scan.text, e1, s2):
                continue
            runs[i], runs[i + 1], changed = (s1, e1, True), (s2, e2, True), True
        if not changed:
            break
    return runs


def _join_between(rx: re.Pattern[str], text: str, e: int, s: int) -> bool:
    gap = text[e:s]
    if gap.lstrip(" \t").startswith("("):  # past the first run's aside in brackets
        close = gap.find(")")
        if close < 0 or "(" in gap[gap.find("(") + 1 : close]:
            return False
        gap = gap[close + 1 :]
    return len(gap) <= 20 and rx.fullmatch(gap) is not None


def _one_initial(scan: ArticleScan, named: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"anh T.", "bà H.": one initial right after an intro word (see the module)."""
    text = scan.text
    # the last initial of every initials-only name printed or name ending in one, the last word of every name found
    again = {m.group(1) for m in _LAST_INITIAL.finditer(text)}
    again |= {text[s:e].rstrip(".").rsplit(" ", 1)[-1] for s, e in named}
    again |= {m.group()[:-1] for m in _ONE.finditer(text)
              if _name_before(text, m.start()) and not _introduced(scan, m.start()) and not _credit(text, *m.span())}
    out: list[tuple[int, int]] = []
    for m in _ONE.finditer(text):
        s, e = m.span()
        after = _ONE_AFTER.match(text, e)
        if after is None or after.group()[-1:].isupper() or m.group()[:-1] in again:
            continue  # the next sentence or a longer name ("anh A. Sau đó", "ông J. Smith"); a person named before
        if any(a <= s < b for a, b in named) or any(bs <= s < be for bs, be, _ in scan.bodies) or scan.in_place(s, e):
            continue
        if _introduced(scan, s):
            out.append((s, e))
    return out


def _credit(text: str, s: int, e: int) -> bool:
    """A byline or a photo credit ("Ảnh: Thanh H.", "THANH H." alone on its line): a name ending its line, or
    on a line opening with a credit word; it names the writer, not a person the article's initial stands for."""
    line_start = text.rfind("\n", 0, s) + 1
    return not text[e:].split("\n", 1)[0].strip() or _CREDIT.match(text, line_start) is not None


def _name_before(text: str, pos: int) -> bool:
    w = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return w is not None and w.group(1)[0].isupper()


def _introduced(scan: ArticleScan, s: int) -> bool:
    rx = scan.rules.initials_intro_re
    if rx is None:
        return False
    m = rx.search(scan.key, max(0, s - _WINDOW), s)
    if m is None:
        return False
    if scan.text[m.start()].isupper() and not opens_sentence(scan.text, m.start()):
        return False  # "Vương quốc Anh T.V." is no "anh"
    return True


# "J. D. ", "J.K. ", "A. ": a foreign given name printed as initials before the family name
_LEADING = re.compile(r"(?:[A-Z]\.[ ]?){1,3}[ ](?=[A-Z][a-z])|(?:[A-Z]\.){1,3}[ ](?=[A-Z][a-z])")


def initials_then_name(scan: ArticleScan, pos: int) -> tuple[int, int] | None:
    """A foreign name opening with its given names' initials at ``pos`` ("J. D. Vance", "J.K. Rowling"):
    one to three initials, then one to three foreign words (no word of an organization, no body the
    article names), the last no Vietnamese syllable; only where a name is expected (after a title or an
    honorific)."""
    m = _LEADING.match(scan.text, pos)
    if m is None or (pos > 0 and (scan.text[pos - 1].isalnum() or scan.text[pos - 1] == ".")):
        return None
    end, n = None, 0
    w = scan.word_at(m.end())
    while w is not None and n < 3:
        word = scan.text[w[0] : w[1]]
        if not is_foreign_word(word) or fold(word) in scan.rules.org_words or w[0] in scan.body_at:
            if word[:1].isupper():
                return None  # "Q. Ba Đình", "TP. Long Xuyên": a place's abbreviated level word, then its name
            break
        end, n = w[1], n + 1
        nxt = scan.next_word(w[1])
        if nxt is None or scan.text[w[1] : nxt[0]] != " ":
            break
        w = nxt
    if end is None or looks_vietnamese(scan.text[scan.prev_word(end)[0] : end]):
        return None  # "anh M. Nghi có chuyện": a Vietnamese syllable opens the next sentence
    return pos, end
