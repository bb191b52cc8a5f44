"""persons, phase 3 (bare names): the names an article prints with no title or honorific before them, or after an
office the chains read to no name (a foreign name right after the office's country)."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..view import view
from .names import cap_run, institution_before, place_word_then_name, with_initials
from .scan import (
    ArticleScan,
    is_acronym,
    is_cap,
    is_foreign_word,
    looks_vietnamese,
    opens_sentence,
    spelled_foreign,
)

_WORD_RUN = re.compile(r"\w+")  # the words a given name is looked up among (as "(?<!\w)word(?!\w)" finds them)
_CLOSED_GAP = re.compile(r"[);%]")  # between a number and a name: the number's item is closed
_ASIDE = re.compile(r"(?<!\w)(?:tuổi|sinh năm|sinh ngày|SN|trú|ngụ|thường trú|quê)(?!\w)", re.IGNORECASE)
_ADDRESS_WORD = re.compile(r"(?<!\w)(?:số|ngõ|ngách|hẻm|kiệt|tổ|xóm|tầng|lô|đường|phố|km)\s*$", re.IGNORECASE)
_BRACKET = re.compile(r"[ \t]*\(([^()\n]{1,40})\)")  # "(EU)", "(Bỉ)" after the place
_CREDIT_BEFORE = re.compile(r"(?<!\w)(?:[Ảả]nh|Nguồn ảnh|Photo|Video|Clip|Đồ họa|Đồ hoạ)(?:\s+minh\s+họa)?\s*:\s*$")


def _closed_number(scan: ArticleScan, number: tuple[int, int], s: int) -> bool:
    """Whether the number ending at ``number`` is closed before the name at ``s``: a bracket that holds an age,
    a year of birth or a residence ("A (sinh năm 2003); B"), a semicolon or a percent sign ("tăng 2%, C"); never
    a number an address word comes before ("số 12 (tổ 5) D", "số 8; E"), nor a bracket of anything else
    ("thắng 2-1 (hiệp một 1-0); F")."""
    text = scan.text
    gap = _CLOSED_GAP.search(text, number[1], s)
    if gap is None:
        return False
    start = number[0]
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] in "-/.,+"):
        start -= 1  # "12/3", "1-0"
    if _ADDRESS_WORD.search(text, max(0, start - 12), start):
        return False
    if ")" in text[number[1] : s]:
        opening = text.rfind("(", max(0, start - 80), start)
        return opening >= 0 and _ASIDE.search(text, opening, number[1]) is not None
    return True


def bare_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """Names with no context: a known family name and a middle name (or underthesea's PER) in a run of three or
    four capitalized words, or two or more before an age ("(45 tuổi"), not part of a place, a body or an address."""
    out = []
    taken = [(s, e) for s, (e, _) in found.items()]
    i = 0
    text = scan.text
    while i < len(scan.words):
        s, _e = scan.words[i]
        if not text[s:_e][:1].isupper():  # cap_run's own first test, without its word look-up
            i += 1
            continue
        run = cap_run(scan, s, limit=6)
        if not run:
            i += 1
            continue
        j = i + len(run)
        prev = scan.prev_word(s)
        joined_before = prev is not None and text[prev[1] : s] in (" ", "\u00a0") and is_cap(text[prev[0] : prev[1]])
        if not joined_before and 2 <= len(run) <= 4 and not any(a < run[-1][1] and s < b for a, b in taken):
            words = [text[a:b] for a, b in run]
            marked = _delegate_marked(scan, s, words)
            ok = (fold(words[0]) in scan.rules.surnames or marked) and not any(
                fold(w) in scan.rules.name_stop for w in words[1:]
            )
            if ok and (s in scan.place_at or place_word_then_name(scan, words)):
                ok = False
            if ok and fold(words[0]) in scan.rules.collective_surnames and scan.place_at.get(run[1][0]) == run[-1][1]:
                ok = False  # "Đoàn Việt Nam", "đại biểu A, Đoàn Vĩnh Long": a delegation, then its place
            if ok and any(bs <= s < be for bs, be, _ in scan.bodies):
                ok = False
            if ok and (_named_right_before(scan, s) or (institution_before(scan, s)
                       and (_mark_right_before(scan, s) or not _aged(scan, s, run)))):
                ok = False  # but "tuyên phạt A (38 tuổi)" past "TAND TP X" in the clause is a person; "Quỹ học
                # bổng X, 20 tuổi,", "nhà cổ Y" name a thing, however old
            if ok and prev is not None and text[prev[0] : prev[1]][:1].isdigit() and not _closed_number(
                    scan, prev, s):
                ok = False  # an address: "số 26 Nguyễn Chí Thanh", "số 12, Trần Quang Khải"; not a number a
                # bracket or a semicolon closes: "A (sinh năm 2003); B (sinh năm 2004)", "tăng 2%, C"
            if ok and _CREDIT_BEFORE.search(text, max(0, s - 40), s):
                ok = False  # a photo credit: "... đất nước.Hồng Nhì - Ảnh: Lê Anh Dũng"

            if ok:
                end = with_initials(scan, (s, run[-1][1]))[1]  # "Trần C.D. (SN 2018)"
                after = text[end : end + 12]
                aged = re.match(r"\s*\((?:\d|SN|sinh|tuổi)", after) is not None
                middle = len(run) >= 3 and fold(words[1]) in scan.rules.middle_names or marked
                if aged or middle or (len(run) >= 3 and scan.is_per(s, run[-1][1])):
                    out.append((s, end))
        i = max(j, i + 1)
    return out


_AGED = re.compile(r"\s*\((?:(\d{1,3})\s+tuổi|SN\s*\d|sinh\s+năm|sinh\s+ngày)|,[ \t]+(\d{1,3})[ \t]+tuổi(?!\w)")
_OLDEST = 110  # "nhà cổ X (150 tuổi)": no human age


def _aged(scan: ArticleScan, s: int, run: list[tuple[int, int]]) -> bool:
    """The run is followed by an age or a year of birth in brackets ("A (38 tuổi", "B (sinh năm 1990") or an age
    set off by a comma ("C, 37 tuổi,"): a person's."""
    end = with_initials(scan, (s, run[-1][1]))[1]
    m = _AGED.match(scan.text, end)
    age = m and (m.group(1) or m.group(2))
    return m is not None and (not age or int(age) <= _OLDEST)


def _mark_right_before(scan: ArticleScan, s: int) -> bool:
    """A place or institution word (person_context.tsv place_mark) of one or two words right before ``s``."""
    marks = scan.rules.place_marks
    return any(scan.words_before(s, n) in marks for n in (1, 2))


def _named_right_before(scan: ArticleScan, s: int) -> bool:
    """A word of a thing named after a person (person_context.tsv named_after: "Quỹ học bổng", "khu di tích",
    "nhà cổ") of one or two words right before ``s``."""
    return any(scan.words_before(s, n) in scan.rules.named_after for n in (1, 2))


def _delegate_marked(scan: ArticleScan, s: int, words: list[str]) -> bool:
    """"đại biểu Chamaléa Thị Thủy": after a delegate word, a family name the list lacks before a middle name that
    marks a person (person_context.tsv marked_middle) opens a name of three or four words."""
    return 3 <= len(words) <= 4 and fold(words[1]) in scan.rules.marked_middles and any(
        scan.words_before(s, n) in scan.rules.delegates for n in (1, 2))


_AGE_AFTER = re.compile(r",[ \t]+\d{1,3}[ \t]+tuổi(?!\w)")  # "Angus Lydom, 12 tuổi, cho biết"
_ROLE_BEFORE = re.compile(r",[ \t]+(?:một[ \t]+)?$")  # "Victor Shih, (một) chuyên gia về ..."


def foreign_appositives(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """A foreign name of two or three words printed with no title before it, set off by a comma before an age
    ("Angus Lydom, 12 tuổi,") or a role noun of several syllables that introduces no name of its own ("Victor
    Shih, một chuyên gia về chính trị"; person_honorifics.tsv): a person. ``found`` names are left alone."""
    text = scan.text
    commas = [m.start() for m in _AGE_AFTER.finditer(text)]
    for hs, he in scan.honorific_spans:
        role = fold(scan.key[hs:he])
        if " " not in role or role in scan.rules.pronoun_honorifics or role in scan.rules.naming_honorifics \
                or scan.starts_name(scan.skip_spaces(he)):
            continue  # "ông", "bà": pronouns; "chuyên gia John Smith": the role introduces its own name
        m = _ROLE_BEFORE.search(text, max(0, hs - 8), hs)
        if m is not None:
            commas.append(m.start())
    taken = [(s, e) for s, (e, _why) in found.items()]
    out = []
    for comma in commas:
        span = _foreign_run_before(scan, comma)
        if span is not None and not any(a < span[1] and span[0] < b for a, b in taken):
            out.append(span)
    return out


def _foreign_run_before(scan: ArticleScan, end: int) -> tuple[int, int] | None:
    """Two or three capitalized foreign words ending at ``end``, no capitalized word joined before them, one
    spelled as no Vietnamese syllable, no place, body, organization or stop word among them."""
    words: list[tuple[int, int]] = []
    w = scan.prev_word(end)
    while w is not None and w[1] == (words[0][0] - 1 if words else end) and is_cap(scan.text[w[0] : w[1]]):
        if words and scan.text[w[1] : words[0][0]] != " " or fold(scan.text[w[0] : w[1]]) in scan.rules.name_stop:
            break  # "Theo John Whitfield, ...": a stop word opening the sentence is no part of the name
        words.insert(0, w)
        w = scan.prev_word(w[0])
    printed = [scan.text[a:b] for a, b in words]
    if not 2 <= len(words) <= 3 or not spelled_foreign(printed):
        return None
    s, e = words[0][0], words[-1][1]
    if any(fold(p) in scan.rules.name_stop or fold(p) in scan.rules.org_words for p in printed):
        return None
    if s in scan.place_at or scan.in_place(s, e) or any(bs < e and s < be for bs, be, _ in scan.bodies):
        return None
    if scan.words_before(s, 1) in scan.rules.locatives:
        return None  # "ở Los Angeles, 12 tuổi": a place
    return None if institution_before(scan, s) else (s, e)


def given_names_alone(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """A Vietnamese given name printed alone after an honorific flagged ``given_alone`` ("ông Hùng đề nghị",
    "Bà Hạnh có trao đổi"), when no found name and no capitalized run of two words or more in the article
    ends in that word ("Nguyễn Văn Hùng" printed anywhere: the short name is his or unresolved), and the
    word is no place, body, title, stop word or ``given_alone_not`` word or pair ("Ông Trời", "Ông Táo", "chị
    Hằng" of the moon tale)."""
    text = scan.text
    rules = scan.rules
    held = {fold(w) for s, (e, _why) in found.items() if " " in text[s:e].strip() for w in text[s:e].split()}
    runs: _Runs | None = None  # built for the first candidate only: most articles have none
    out: list[tuple[int, int]] = []
    for hs, he in scan.honorific_spans:
        if fold(text[hs:he]) not in rules.given_alone or (text[hs].isupper() and not opens_sentence(text, hs)):
            continue  # "Trần Hưng Đạo - Bà Triệu": a capitalized honorific inside a sentence names a street
        w = scan.word_at(scan.skip_spaces(he))
        if w is None or w[0] == he:
            continue
        word = text[w[0] : w[1]]
        if not (word[:1].isupper() and word[1:].islower() and looks_vietnamese(word)):
            continue
        k = fold(word)
        hon = fold(text[hs:he])
        if hon in rules.given_alone_kin and _group_before(scan, hs, hon):
            continue  # "các em Lự", "nhiều chị em Giẻ": a group, no one person
        if text[hs].isupper() and f"{hon} {k}" in rules.given_alone_place:
            continue  # "Anh Quốc và Pháp ký ...": a place
        pair = cap_run(scan, w[0], limit=3)
        if len(pair) == 2 and hon in rules.given_pair:
            runs = runs or _Runs(scan)
            if _given_pair(scan, hs, hon, pair, found, runs):
                out.append((w[0], pair[1][1]))
            continue
        if k in held or k in rules.name_stop or k in rules.org_words or k in rules.given_alone_not \
                or f"{hon} {k}" in rules.given_alone_not \
                or len(cap_run(scan, w[0], limit=2)) != 1:
            continue
        if w[0] in scan.title_starts or scan.in_place(*w) or scan.in_place(hs, w[1]) or scan.is_loc(hs, w[1]) \
                or any(bs <= w[0] < be for bs, be, _ in scan.bodies):
            continue
        runs = runs or _Runs(scan)
        if runs.in_a_longer_run(word) or w[0] in runs.compound_starts:
            continue
        out.append(w)
    return out


def _given_pair(scan: ArticleScan, hs: int, hon: str, pair: list[tuple[int, int]],
                found: dict[int, tuple[int, str]], runs: _Runs) -> bool:
    """Two Vietnamese syllables after a kin word of address flagged ``given_pair`` ("cô Thục Quyên - giáo viên",
    "anh Hẳn Sẩu (33 tuổi)"): a two-syllable given name, no family name printed, when the first syllable is no
    known family name (the name finder reads those), no word of the two is a stop, body or ``given_alone_not``
    word (a birth order: "cô Bốn Mập"), the two are no place, body, title, occupation or figure of tales ("cô Hoa
    Hậu", "anh Chí Phèo"), and no found name or capitalized run of the article ends in both words ("Chị Vân Anh"
    beside "Đỗ Thị Vân Anh"; not "chị Uyên Hoa" beside "Trần Đức Xuyên Hoa")."""
    text, rules = scan.text, scan.rules
    words = [text[a:b] for a, b in pair]
    keys = [fold(x) for x in words]
    s, e = pair[0][0], pair[1][1]
    if not all(x[:1].isupper() and x[1:].islower() and looks_vietnamese(x) for x in words) \
            or keys[0] in rules.surnames or keys[0] in rules.given_pair_not_first \
            or f"{hon} {keys[0]}" in rules.given_alone_place:
        return False
    if keys[0] in rules.honorifics or any(k in rules.name_stop or k in rules.org_words or k in rules.given_alone_not
                                          or f"{hon} {k}" in rules.given_alone_not for k in keys):
        return False  # "cháu Bác Hồ"; a given name may end in an honorific's word ("chị Vân Anh")
    if _role_pair(scan, keys):
        return False
    if any(a in scan.title_starts for a, _ in pair) or s in scan.place_at or scan.in_place(s, e) \
            or scan.in_place(hs, e) or scan.is_loc(s, e) or any(bs < e and s < be for bs, be, _ in scan.bodies):
        return False
    if any(f" {fold(text[a:b])}".endswith(f" {keys[0]} {keys[1]}") for a, (b, _why) in found.items()):
        return False  # whole words: "Trần Đức Xuyên Hoa" takes no "chị Uyên Hoa"
    return not runs.in_a_longer_run(f"{words[0]} {words[1]}")  # the tagger reads the two as one word: no test


def _role_pair(scan: ArticleScan, keys: list[str]) -> bool:
    """The two words, or either alone, name a title, an occupation or a role, a body's head, or a figure of tales
    (given_alone_not pairs), printed in title case after a kin word: "cô Hoa Hậu", "anh Tài Xế", "anh Công An",
    "anh Chí Phèo", "cô Thúy Kiều"."""
    rules, pair = scan.rules, f"{keys[0]} {keys[1]}"
    if pair in rules.given_alone_not or pair in rules.titles or pair in rules.honorifics \
            or pair in rules.body_head_words or pair in rules.role_titles:
        return True
    return any(k in rules.titles for k in keys)  # a one-word title ("GĐ"); a given name may hold a head's word


def _group_before(scan: ArticleScan, hs: int, hon: str) -> bool:
    """A plural word or the first of a pair of kin words naming a group (person_context.tsv given_alone_group)
    right before the kin word of address at ``hs``: "các em", "nhiều chị em", "anh chị em"."""
    groups = scan.rules.given_alone_group
    return any(w and (w in groups or f"{w} {hon}" in groups) for w in (scan.words_before(hs, n) for n in (1, 2)))


class _Runs:
    """One article's word index for the given-name check, built once: where each word is printed, the answer
    per word, and where the tagger's words of several syllables start."""

    def __init__(self, scan: ArticleScan) -> None:
        self.scan = scan
        self.at: dict[str, list[tuple[int, int]]] = {}
        for m in _WORD_RUN.finditer(scan.text):
            self.at.setdefault(m.group(), []).append(m.span())
        self.known: dict[str, bool] = {}
        # "ông Thẩm phán", "bà Hạnh phúc": the tagger read the word with the lower-case syllables after it as one
        # word, a common noun, not a given name
        self.compound_starts = {i for i, t, _tag in view(scan.doc).tokens if " " in t}

    def in_a_longer_run(self, word: str) -> bool:
        """``word`` is printed somewhere in the article in a run of two or more capitalized words, an honorific
        aside ("Nguyễn Văn Hùng", "Kha Đình Vọng"): the short name is his, or no name of its own."""
        if word not in self.known:
            spans = self.at.get(word) if _WORD_RUN.fullmatch(word) else \
                [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", self.scan.text)]
            self.known[word] = any(self._beside_a_capital(s, e) for s, e in spans or ())
        return self.known[word]

    def _beside_a_capital(self, start: int, end: int) -> bool:
        scan, text = self.scan, self.scan.text
        prev = scan.prev_word(start)
        if prev is not None and text[prev[1] : start] in (" ", "\u00a0") and is_cap(text[prev[0] : prev[1]]) and \
                (fold(text[prev[0] : prev[1]]) not in scan.rules.given_alone or not opens_sentence(text, prev[0])):
            return True  # a capitalized "Anh" inside a sentence is part of a name ("... Anh Tú và Lyly ...")
        nxt = scan.next_word(end)
        return nxt is not None and text[end : nxt[0]] in (" ", "\u00a0") and is_cap(text[nxt[0] : nxt[1]])


def placed_foreign_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """A foreign full name printed right after a country or a city (person_places.txt) that closes an
    office the chains read to no name ("đặc phái viên Mỹ A B", "ủy viên khí hậu của EU C D", "Chủ tịch Ủy ban an ninh
    quốc gia Belarus E F G"): the office's words are too many or too loose for a title, but a country followed by a
    foreign name of two to four words is how world news introduces its holder. The country's acronym or another
    country may stand in brackets between ("Liên minh châu Âu (EU) A B", "vùng X (Bỉ) C D"); the holder's party
    closes an office as his country does ("Thượng nghị sĩ Cộng hòa A B").
    Not a firm, an outlet or a product named after its country ("công ty Mỹ X Metals Corp", "hãng tin Iran Y News",
    "chứng chỉ tiếng Anh Z English Certificate"): every word foreign, one spelled as no Vietnamese syllable, no
    place, body, firm, organization or stop word among them, no capitalized word right after, and a title or a
    role noun opening the office's words before the place, in the same clause (the tagger's reading is no evidence:
    it reads outlets as persons, "hãng tin Iran X Daily"). ``found`` names and any name overlapping one are left alone."""
    taken = [(s, e) for s, (e, _why) in found.items()]
    out: list[tuple[int, int]] = []
    parties = scan.finditer(scan.rules.party_re)  # "Thượng nghị sĩ Cộng hòa A B": the holder's party closes it
    for ps, pe in sorted([*scan.places, *parties]):
        if scan.text[ps - 1 : ps] == "(" and scan.text[pe : pe + 1] == ")":
            ps, pe = scan.skip_spaces_back(ps - 1), pe + 1  # "vùng X (Bỉ) A B": the country in brackets
        pos = _past_bracket(scan, pe)
        span = _foreign_run(scan, pos) if pos < len(scan.text) and scan.text[pos - 1 : pos] == " " else None
        if span is None or any(a < span[1] and span[0] < b for a, b in [*taken, *out]):
            continue
        if _office_before(scan, ps):
            out.append(span)
    return out


_OFFICE_GAP = re.compile(r"[^,;:.!?()\"“”\n]{0,80}")  # the office's words up to its country: no clause broken


def _office_before(scan: ArticleScan, place: int) -> bool:
    """A title of titles.tsv, a role noun of person_honorifics.tsv or a placed_role of person_context.tsv opens the
    words before the place at ``place`` as one noun phrase with it, in the same clause ("Người phát ngôn của Lực
    lượng X Thụy Điển", "đặc phái viên Mỹ"): no word the tagger reads as a verb between ("Bộ trưởng cho biết hãng tin
    Nga X", "Đại sứ đã thăm trường Mỹ Y"), and no thing's noun of person_context.tsv (placed_thing) right before the
    place, whose name the foreign words are ("Tổng biên tập tờ báo Anh X", "Thống đốc bang Mỹ Y")."""
    ends = [h.end for h in scan.hits] + [he for _hs, he in scan.honorific_spans]
    rx = scan.rules.placed_role_re  # "đặc phái viên Mỹ": a role noun, no title (person_context.tsv placed_role)
    clause = scan.text.rfind(",", 0, place), *(scan.text.rfind(c, 0, place) for c in ';:.!?()"“”\n')
    start = max(max(clause) + 1, place - 80)
    if rx is not None:
        ends += [m.end() for m in rx.finditer(scan.low, start, place)]  # scan.low keeps the text's offsets
    return any(e <= place and _OFFICE_GAP.fullmatch(scan.text, e, place) is not None and _one_phrase(scan, e, place)
               for e in ends)


def _one_phrase(scan: ArticleScan, start: int, place: int) -> bool:
    """The office's words from ``start`` reach the place at ``place`` with no verb and no thing's noun before it."""
    tags = view(scan.doc).tags  # a capitalized word is a name's ("Lực lượng Bảo vệ bờ biển X"), no verb
    if any(tags.get(pos) == "V" and not scan.text[pos].isupper() for pos in range(start, place)):
        return False
    rules, gap = scan.rules, scan.low[start:place].rstrip()
    if _ends_with(rules.placed_thing_re, gap):
        return False
    # "Thống đốc bang Mỹ X": a state's noun before a country names the state; before the state, "bang Y", its office
    country = rules.country_re is not None and rules.country_re.match(scan.key, place) is not None
    return not (country and _ends_with(rules.placed_state_re, gap))


def _ends_with(rx: re.Pattern[str] | None, gap: str) -> bool:
    return rx is not None and any(m.end() == len(gap) for m in rx.finditer(gap))


def _past_bracket(scan: ArticleScan, end: int) -> int:
    """Past a bracket after the place holding an acronym or a place ("(EU)", "(Bỉ)") and one space, else
    past one space."""
    m = _BRACKET.match(scan.text, end)
    if m is not None:
        inner = m.group(1).strip()
        if is_acronym(inner) and " " not in inner or m.start(1) in scan.place_at:
            end = m.end()
    return end + 1 if scan.text[end : end + 1] == " " else end


def _foreign_run(scan: ArticleScan, start: int) -> tuple[int, int] | None:
    """Two to four capitalized foreign words from ``start``, single spaces between, no capitalized word after."""
    words: list[tuple[int, int]] = []
    w = scan.word_at(start)
    while w is not None and w[0] == (words[-1][1] + 1 if words else start) and is_foreign_word(scan.text[w[0] : w[1]]):
        if words and scan.text[words[-1][1] : w[0]] != " ":
            break
        words.append(w)
        w = scan.next_word(w[1])
    if not 2 <= len(words) <= 4:
        return None
    s, e = words[0][0], words[-1][1]
    after = scan.text[e : e + 2]
    if after[:1] == " " and after[1:2].isupper() or after[:1] in ("-", "'", "’") or after[:1].isalnum():
        return None  # a longer capitalized run: no telling where the name ends
    printed = [scan.text[a:b] for a, b in words]
    rules = scan.rules
    if not spelled_foreign(printed) or any(
        fold(p) in rules.name_stop or fold(p) in rules.org_words or fold(p) in rules.firm_words for p in printed
    ):
        return None
    if s in scan.place_at or any(scan.in_place(a, b) for a, b in words):
        return None
    return None if any(bs < e and s < be for bs, be, _ in scan.bodies) else (s, e)
