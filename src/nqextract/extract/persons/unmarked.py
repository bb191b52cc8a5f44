"""persons: bodies printed right after a title that the bodies component does not mark: a company named by
its brand alone ("Chủ tịch HĐQT VietinBank", "Tổng giám đốc BIM Group": no body head, a Latin-script name),
a local party committee printed in lower case ("bí thư huyện ủy huyện Tuần Giáo", "nguyên bí thư đảng
ủy xã Kỳ Long"), and a body whose name goes on in lower case inside an appositive ("- hiệu trưởng Trường trung
cấp Múa TP.HCM -")."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...nlp import CLAUSE_TAGS
from ...textnorm import canonical_tones, fold
from .brand_bodies import company_marked, function_only
from .names import name_starts_at
from .records import TitleHit
from .scan import ArticleScan, is_cap, looks_vietnamese

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&]*|\d+[A-Z][A-Za-z0-9]*")  # "VietinBank", "3T": a brand's word
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_BRAND_END = re.compile(r"[ \t]*(?:[,;:.)]|[ \t][-–][ \t]|$)")


def brand_after(scan: ArticleScan, hit: TitleHit, pos: int, limit: int = 3, owned: bool = False) -> tuple[str, int] | None:
    """The brand printed at ``pos`` after a company officer's title (person_context.tsv company_title), and its
    end; None unless it is one to ``limit`` Latin-script words ending the clause or followed by a Vietnamese
    name or a lower-case word (a brand_joiner, "&", joins two words into one: "T&T Group", "Henley & Partners
    Group"; a word may open with digits: "3T"), and reads as a company's (brand_bodies.company_marked: a capital
    inside a word, "VietinBank", "eDoctor", a last word of a company, brand_word: "Group", "Airlines", or a company's
    ending, brand_ending: "Vietcombank"; never a job's function, "R&D"); a foreign person's name has none. ``owned``: the brand follows the title's "của"
    ("giám đốc khoa học của Northwind"), which a person's name does not, so after an executive's title
    (executive_title: "Giám đốc điều hành", "Giám đốc tài chính"; not "Chủ tịch", "Giám đốc" of a club, a state
    or a film) any such run reads as the company's (after another company title only a branded one does)
    when it closes the clause (",", ")", " - ", ".") and is neither a place (the place lists, a country, the
    tagger's LOC), a Vietnamese name or a single word Vietnamese could spell ("Nam"), a word of the holder's own
    name printed just before, nor opening with a word of name_stop."""
    title = hit.rule.title.removesuffix(" " + hit.rule.field) if hit.rule.field else hit.rule.title
    if fold(title) not in scan.rules.company_titles:
        return None
    text = scan.text
    i = bisect_left(scan.word_starts, pos)
    end = pos
    words = []
    joins = {" ", *scan.rules.brand_joiners, *(f" {j} " for j in scan.rules.brand_joiners)}  # "T&T", "A & B"
    k = i
    while k < len(scan.words) and len(words) < limit:
        s, e = scan.words[k]
        w = text[s:e]
        gap = text[end:s]
        if (k > i and gap not in joins) or not _LATIN_WORD.fullmatch(w) or not (is_cap(w) or w[0].isdigit() or _INNER_CAPITAL.search(w)):
            break
        if k > i and gap == " " and (name_starts_at(scan, s) or s in scan.title_starts):
            break
        if k > i and gap != " ":
            words[-1] += gap + w  # "T&T": one word of the brand
        else:
            words.append(w)
        end = e
        k += 1
    if not words or any(text.startswith(j, end) for j in scan.rules.brand_joiners):
        return None
    after = scan.next_word(end)
    if not _BRAND_END.match(text, end) and not (after is not None and text[end : after[0]] == " " and (
            name_starts_at(scan, after[0]) or not is_cap(text[after[0] : after[1]]))):
        return None  # the brand ends the clause, or a name or a lower-case word (a verb) follows it
    last = words[-1]
    if owned:
        if not _BRAND_END.match(text, end) or scan.in_place(pos, end) or name_starts_at(scan, pos) \
                or any(s < end and pos < e for s, e in scan.loc_spans) or _named_before(scan, hit, words) \
                or scan.rules.country_re is not None and scan.rules.country_re.fullmatch(text[pos:end]) \
                or len(words) == 1 and looks_vietnamese(last) or fold(words[0]) in scan.rules.name_stop \
                or function_only(scan.rules, words) \
                or hit.start > 0 and text[hit.start - 1] in "\"“'‘":
            return None
        open_field = hit.rule.field and fold(hit.rule.field) not in scan.rules.title_fields  # "giám đốc vật liệu pin"
        if fold(hit.rule.title) in scan.rules.executive_titles or open_field:
            return canonical_tones(text[pos:end]), end
    if not company_marked(scan.rules, words) or fold(words[0]) in scan.rules.name_stop:
        return None
    return canonical_tones(text[pos:end]), end


def _named_before(scan: ArticleScan, hit: TitleHit, words: list[str]) -> bool:
    """One of ``words`` is printed capitalized in the 60 characters before the title: the holder's own name ("Ông
    Tom Hardy, giám đốc của Tom"), not his firm."""
    before = scan.text[max(0, hit.start - 60) : hit.start]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", before) for w in words)


def lower_committee_after(scan: ArticleScan, pos: int, limit: int = 4) -> tuple[str, int] | None:
    """A party committee printed in lower case at ``pos`` before its place (person_context.tsv committee_word:
    "huyện ủy huyện Tuần Giáo", "đảng ủy xã Kỳ Long"; one of no level, "Đảng ủy", only with a level word
    before the place): the committee's canonical name and the place's end; None for any other words."""
    text = scan.text
    first = scan.word_at(pos)
    second = scan.next_word(first[1]) if first is not None else None
    if second is None or text[first[1] : second[0]] != " " or is_cap(text[first[0] : first[1]]):
        return None
    own_level = scan.rules.committee_words.get(fold(text[first[0] : second[1]]))
    if own_level is None:
        return None
    committee = text[first[0]].upper() + text[first[0] + 1 : second[1]]
    at = scan.skip_spaces(second[1])
    level = next((lv for lv in scan.rules.local_body_words_longest
                  if fold(text[at : at + len(lv)]) == lv and text[at + len(lv) : at + len(lv) + 1] == " "), None)
    if level is None and not own_level:
        return None  # "đảng ủy cơ quan": a committee of no level ("Đảng ủy = ") needs one before its place
    at = at + len(level) + 1 if level is not None else at
    i = bisect_left(scan.word_starts, at)
    end = at
    for k in range(i, min(i + limit, len(scan.words))):
        s, e = scan.words[k]
        if (k > i and text[end:s] != " ") or not is_cap(text[s:e]) or s in scan.title_starts:
            break
        end = e
    if end == at:
        return None
    printed = committee + text[second[1] : end]
    return (scan.canonical(printed) or canonical_tones(printed)), end


_CLOSERS = {"(": re.compile(r"\)"), "-": re.compile(r"[ \t]*(?:[ \t][-–][ \t]|[,;)]|\.(?!\w))")}


def appositive_body(scan: ArticleScan, hit: TitleHit, pos: int, limit: int = 12) -> tuple[str, int] | None:
    """"ông A - hiệu trưởng Trường trung cấp Múa TP.HCM - cho biết", "B (phó cục trưởng Cục quản lý giá Bộ X)":
    a title opening an appositive (after a dash or a bracket, a status word of person_context.tsv former or
    acting between), with a body whose head is followed by a name printed partly in lower case, reads the body
    from after its head phrase (a head_kind row: "Trường đại học") up to the appositive's close (the closer its
    opener calls for, within ``limit`` words), or up to a named body that closes it after at least one lower-case
    word of the name (its parent organization, no part of the name: "Cục quản lý giá" of "Bộ Tài chính"; not
    "Trường đại học | Ngân hàng TP.HCM", the rest of the name), or up to a "và" before a body of its own ("...
    huyện Mường La | và Bệnh viện Sơn La"; a "và" before another capitalized word joins two fields of the name,
    "Cục khảo thí và Kiểm định ..."): its canonical name (a city printed last in full)
    and its end; None when a stop word, a verb, a clause word of the tagger (a preposition, an adverb, a number
    not closing a lower-case name), an officer's duty word ("phụ trách"), a name or another title comes first."""
    text = scan.text
    opener = scan.rules.appositive_opener_re.search(text, max(0, hit.start - 12), hit.start)
    if opener is None:
        return None
    closer = _CLOSERS["(" if "(" in opener.group(0) else "-"]
    head_end = _head_end(scan, pos)
    if head_end is None:
        return None
    i = bisect_left(scan.word_starts, head_end)
    end = head_end
    lower_seen = False  # a lower-case word of the name after its head: a body after it may be its parent
    rx = scan.rules.unit_place_re
    place = None  # a province or city printed inside the run, read whole ("TP.HCM"): (start, display)
    tail_place = None
    for k in range(i, min(i + limit, len(scan.words))):
        s, e = scan.words[k]
        if s < end:
            continue
        if lower_seen and s in scan.body_at and closer.match(text, scan.body_at[s][0]):
            return _printed_body(scan, pos, end, None)  # "Cục quản lý giá | Bộ Tài chính": its parent after it
        unit = rx.match(scan.key, s) if rx is not None else None
        if unit is not None and not scan.inside_word(unit.end()):
            e = unit.end()
            place = (s, scan.rules.unit_places.get(fold(scan.key[s:e])))
        w = text[s:e]
        if text[end:s] not in ("", " ") or name_starts_at(scan, s) or s in scan.title_starts:
            return None
        nxt = scan.words[k + 1] if k + 1 < len(scan.words) else None
        if low_and := (w == "và" and nxt is not None and is_cap(text[nxt[0] : nxt[1]])):
            if _second_body_at(scan, nxt[0]):  # "... huyện Mường La | và Bệnh viện Sơn La": a body of its own
                return _printed_body(scan, pos, end, tail_place) if lower_seen else None
            lower_seen = True  # "Cục khảo thí và Kiểm định chất lượng giáo dục": two fields of one name
        if not is_cap(w) and not low_and:
            low = fold(w)
            if low in scan.rules.lower_name_stop or low in scan.rules.body_end or low in scan.rules.verb_end \
                    or _clause_word(scan, s, e, lower_seen, closer) or _phrase_at(scan, s, scan.rules.duty_words):
                return None  # "... người già [ở] huyện", "... [phụ trách] chuyên môn": a clause, a portfolio
            lower_seen = True
        end = e
        tail_place = place if unit is not None else None  # the run ends with a city: printed in full
        if closer.match(text, end) and not scan.inside_word(end) and not scan.level_dot(end):
            return _printed_body(scan, pos, end, tail_place)
    return None


def _second_body_at(scan: ArticleScan, pos: int) -> bool:
    """A body of its own opens at ``pos``, the capitalized word after a "và": one the bodies component marked,
    or a head of person_body_heads.txt ("và Bệnh viện Sơn La", "và Ủy ban nhân dân tỉnh X") opening no field
    (person_context.tsv and_field: "và Phòng ngừa dịch bệnh", "và Phòng cháy chữa cháy": the first body's name)."""
    if pos in scan.body_at:
        return True
    rx = scan.rules.body_heads_re
    return rx is not None and rx.match(scan.key, pos) is not None and not _phrase_at(scan, pos, scan.rules.and_fields)


def _head_end(scan: ArticleScan, pos: int) -> int | None:
    """End of the body's head phrase at ``pos``: a head_kind ("Trường đại học", any case) or a head."""
    for kind in scan.rules.head_kinds:
        end = pos + len(kind)
        if fold(scan.key[pos:end]) == kind and not scan.key[end : end + 1].isalnum():
            return end
    m = scan.rules.body_heads_re.match(scan.key, pos) if scan.rules.body_heads_re else None
    return m.end() if m is not None else None


def _phrase_at(scan: ArticleScan, pos: int, phrases: set[str]) -> bool:
    """One of the folded ``phrases`` is printed at ``pos`` as whole words."""
    return any(fold(scan.key[pos : pos + len(p)]) == p and not scan.key[pos + len(p) : pos + len(p) + 1].isalnum()
               for p in phrases)


def _clause_word(scan: ArticleScan, start: int, end: int, lower_seen: bool, closer: re.Pattern[str]) -> bool:
    """The tagger reads the word at ``start`` as a clause word (CLAUSE_TAGS); a number right after a lower-case
    word of the name and right before the closer ("nghị quyết 45") is the name's."""
    tag = scan.tag_at(start)[:1]
    if tag == "M" and lower_seen and closer.match(scan.text, end):
        return False
    return tag in CLAUSE_TAGS


def _printed_body(scan: ArticleScan, pos: int, end: int, place: tuple[int, tuple[str, str] | None] | None) -> tuple[str, int]:
    """The body printed from ``pos`` to ``end`` (a city printed last, at ``place``, in full) and its end."""
    printed = scan.text[pos:end]
    if place is not None and place[1] is not None and place[0] > pos:
        printed = scan.text[pos : place[0]] + place[1][1]  # "... TP.HCM" -> "... Thành phố Hồ Chí Minh"
    return (scan.canonical(printed) or canonical_tones(printed)), end


_LATIN_CAP = re.compile(r"[A-Z][A-Za-z0-9&]*")


def latin_goes_on(scan: ArticleScan, end: int) -> bool:
    """A body printed in Latin script ends at ``end`` and another capitalized Latin word follows it, one blank
    between ("FPT| Shop")."""
    nxt = scan.next_word(end)
    return nxt is not None and scan.text[end : nxt[0]] == " " and _LATIN_CAP.fullmatch(scan.text[nxt[0] : nxt[1]]) \
        is not None and end > 0 and scan.text[end - 1].isascii() and scan.text[end - 1].isalnum()


def one_word_runs_on(scan: ArticleScan, end: int) -> bool:
    """One capitalized Latin word follows the body ending at ``end``, then no capitalized word ("FPT| Telecom cho")."""
    nxt = scan.next_word(end)
    after = scan.next_word(nxt[1]) if nxt is not None else None
    return after is None or not scan.text[after[0]].isupper()
