"""persons, phase 3: reading a name at a position (forward after a title or honorific, backward
before an appositive chain), and the shapes that say a capitalized run is not a person."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...textnorm import fold
from ..phrases import LIST_SEP
from .initials import initials_then_name
from .scan import WORD, ArticleScan, is_acronym, is_cap, is_foreign_word, looks_vietnamese
from .transliterated import transliterated_name

# "N.T.T", "V.H.": initials joined by periods, the last one with or without its own period
# " Q. Doe", " A. B. Smith": a foreign name's middle initials, then its family name
_MIDDLE_INITIALS = re.compile(r"(?: [A-Z]\.){1,2} (?P<family>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w.]\w)")
_INITIALS = re.compile(r"(?:\.[^\W\d_](?![^\W\d_]))+(?![.\w])|(?:\.[^\W\d_](?![^\W\d_]))*\.")


def name_starts_at(scan: ArticleScan, pos: int) -> bool:
    """A Vietnamese name (known surname + capitalized syllable) starts at ``pos``."""
    w = scan.word_at(pos)
    if w is None or fold(scan.text[w[0] : w[1]]) not in scan.rules.surnames:
        return False
    nxt = scan.next_word(w[1])
    return (
        nxt is not None
        and scan.text[w[1] : nxt[0]] == " "
        and is_cap(scan.text[nxt[0] : nxt[1]])
        and fold(scan.text[nxt[0] : nxt[1]]) not in scan.rules.name_stop
        and nxt[0] not in scan.title_starts
        and nxt[0] not in scan.body_at
    )


def cap_run(scan: ArticleScan, pos: int, limit: int = 6) -> list[tuple[int, int]]:
    """Capitalized words from ``pos`` joined by single spaces, stopping at titles and bodies."""
    out: list[tuple[int, int]] = []
    w = scan.word_at(pos)
    while w is not None and len(out) < limit:
        word = scan.text[w[0] : w[1]]
        if not is_cap(word) or w[0] in scan.title_starts or (w[0] in scan.body_at and out):
            break
        if out and fold(word) in scan.rules.name_stop:
            if _given_name_last(scan, out, w):
                out.append(w)  # "ông Đặng Văn Hội, cán bộ ...": a given name spelled like a stop word
            break
        out.append(w)
        nxt = scan.next_word(w[1])
        if nxt is None or scan.text[w[1] : nxt[0]] not in (" ", "\u00a0"):
            break
        w = nxt
    return out


_AFTER_LAST_NAME = re.compile(r"\s*(?:[,.;:!?)(\u201d\"]|$)|[ \t\u00a0]+(?:[-\u2013][ \t\u00a0]|(?P<next>\w))")


def _given_name_last(scan: ArticleScan, out: list[tuple[int, int]], w: tuple[int, int]) -> bool:
    """A stop word that is also a given name ends a name opening with a family name and a middle name
    when punctuation or a lower-case word follows it."""
    if len(out) < 2:
        return False
    word = fold(scan.text[w[0] : w[1]])
    if word not in scan.rules.given_name_stop and not (
            len(out) == 2 and fold(scan.text[out[1][0] : out[1][1]]) in scan.rules.stop_given_middles
            and looks_vietnamese(scan.text[w[0] : w[1]])):
        return False  # "bà Phạm Thị Tỉnh (70 tuổi)": after "Thị" any stop word printed last is the given name
    if fold(scan.text[out[0][0] : out[0][1]]) not in scan.rules.surnames:
        return False
    return _ends_clause(scan, w[1])


def read_name(scan: ArticleScan, pos: int, *, foreign: bool, short: bool = False,
              styled: bool = False) -> tuple[int, int] | None:
    """A person's name starting exactly at ``pos``: (start, end) or None. ``styled``: right after a
    style that opens names ("Dato' Awang Bemee Awang Ali Basah"), so a foreign run longer than four words
    that ends the clause is one name."""
    if foreign and (lead := initials_then_name(scan, pos)) is not None:
        return lead  # "ông J. D. Vance"
    run = cap_run(scan, pos)
    if not run:
        return None
    words = [scan.text[s:e] for s, e in run]
    if foreign and (body := scan.body_at.get(run[0][0])) is not None:
        # "lãnh đạo Hezbollah Hassan Nasrallah": a body the article names (a movement, a brand), then the name
        n = sum(1 for _s, e in run if e <= body[0])
        if 0 < n and len(run) >= n + 2 and all(is_foreign_word(w) for w in words[n:]):
            run, words = run[n:], words[n:]
    for n in (3, 2, 1) if foreign else ():
        # "lãnh đạo Hamas Ibrahim Al-Masri" beside "phía Hamas lại", "Tổng Biên tập The Colombo Times Mohammed
        # Rasoodeen" beside "The Colombo Times là": an organization, then the name
        if len(run) >= n + 2 and all(is_foreign_word(w) for w in words[: n + 2]) \
                and _printed_alone(scan, run[0][0], run[n - 1][1]):
            run, words = run[n:], words[n:]
            break
    if len(run) >= 2 and _ethnic_lead(scan, words):
        return run[0][0], run[min(len(run), 5) - 1][1]  # "Y Thanh Hà Niê Kđăm", "H'Hen Niê"
    if foreign and (spelled := transliterated_name(scan, run[0][0])) is not None:
        return spelled  # "Tổng thống L.Giôn-xơn", "ông Hô-xê Mác-ti"
    if fold(words[0]) in scan.rules.name_stop or is_acronym(words[0]) and not is_foreign_word(words[0]):
        return None  # "UBND", "TP.HCM"; not "Jean-Pierre"
    if fold(words[0]) in scan.rules.surnames and len(run) >= 2:
        if place_word_then_name(scan, words):
            return None
        n = len(run) if len(run) <= 4 else 3
        if n == len(run) and re.match(r" \d", scan.text[run[-1][1] : run[-1][1] + 2]):
            return None  # "Trường THPT Nông Cống 2": a name of a place or school
        return run[0][0], run[n - 1][1]
    if scan.china and 2 <= len(run) <= 3 and fold(words[0]) in scan.rules.china_surnames \
            and all(looks_vietnamese(w) for w in words) and not scan.is_loc(*run[0]):
        return run[0][0], run[-1][1]  # "Bộ trưởng Quốc phòng Trung Quốc Đổng Quân", "ông Miêu Hoa"
    if short and len(run) == 1:
        return run[0]
    if 3 <= len(run) <= 4 and fold(words[1]) in scan.rules.marked_middles and not scan.is_loc(*run[0]):
        # "ông Tráng A Dương", "bà Chamaléa Thị Thủy": after a title or an honorific, a family name the list
        # lacks (the smaller peoples' names) before a middle name that marks a person still opens a name
        return run[0][0], run[-1][1]
    if not foreign:
        return None
    # a country printed before the name that the place list lacks ("Tổng thống Bulgaria Rumen Radev")
    while len(run) > 2 and scan.is_loc(run[0][0], run[0][1]):
        run, words = run[1:], words[1:]
    most = 4
    if styled and 4 < len(run) < 6 and _ends_clause(scan, run[-1][1]):
        most = len(run)
    k = 0
    while k < len(run) and k < most and is_foreign_word(words[k]):
        k += 1
    if k == 0 or k == most and len(run) > most and is_foreign_word(words[most]):
        return None  # none, or a longer run than a name: no telling where the name starts
    if (numeral := _REGNAL.match(scan.text, run[k - 1][1])) is not None and k < 4:
        return run[0][0], numeral.end()  # "Vua Charles III", "Giáo hoàng Leo XIV"
    if k == 1 and len(run) >= 3 and fold(words[1]) in scan.rules.surnames:
        # "Tổng Giám đốc Vingroup Nguyễn Việt Quang": a company's name, then the Vietnamese name
        rest = len(run) - 1
        return run[1][0], run[rest if rest <= 4 else 3][1]
    if any(fold(w) in scan.rules.org_words for w in words[: k + 1]):
        return None  # "Chủ tịch Vietravel Airlines": an organization
    if k == 1 and looks_vietnamese(words[0]):
        return None  # "Đại tá Hai", "bà Chinh": a Vietnamese given name, not a foreign name
    if k == len(run) - 1 and fold(words[k]) in scan.rules.surnames and not looks_vietnamese(words[0]):
        k += 1  # an overseas Vietnamese name: foreign given names and a surname ("Christine Lê")
    end = run[k - 1][1]
    if k == len(run):
        end = _particle_tail(scan, end)
    if k == 1 and end == run[0][1] and (len(words[0]) < 3 or not scan.is_per(run[0][0], run[0][1])):
        # one foreign word ("Putin") needs underthesea's weak PER evidence
        return None
    return run[0][0], end


def _printed_alone(scan: ArticleScan, start: int, end: int) -> bool:
    """The words ``start``..``end`` printed elsewhere in the article on their own at least twice, and more
    often so than before the word that follows them here: no capitalized word joined before or after them,
    no title or honorific right before ("phía Hamas lại", "The Colombo Times là"): an organization or a
    place, not the first words of a name ("lãnh tụ Cuba Fidel đối với" beside many "Fidel Castro")."""
    printed = scan.text[start:end]
    nxt_here = scan.next_word(end)
    follow = scan.text[nxt_here[0] : nxt_here[1]] if nxt_here is not None else None
    intro = {h.end for h in scan.hits} | {e for _s, e in scan.honorific_spans}
    alone = joined = 0
    for m in re.finditer(rf"(?<!\w){re.escape(printed)}(?!\w)", scan.text):
        if m.start() == start:
            continue
        nxt = scan.next_word(m.end())
        if nxt is not None and scan.text[m.end() : nxt[0]] in (" ", "\u00a0") and is_cap(scan.text[nxt[0] : nxt[1]]):
            joined += scan.text[nxt[0] : nxt[1]] == follow
            continue
        prev = scan.prev_word(m.start())
        if scan.skip_spaces_back(m.start()) in intro or prev is not None and scan.text[prev[1] : m.start()] in (
                " ", "\u00a0") and is_cap(scan.text[prev[0] : prev[1]]):
            continue
        alone += 1
    return alone >= 2 and alone > joined


def _ends_clause(scan: ArticleScan, end: int) -> bool:
    """Punctuation, a dash opening an appositive (" - giám đốc"), the end of the text or a lower-case word
    right after ``end``."""
    m = _AFTER_LAST_NAME.match(scan.text, end)
    return m is not None and (m["next"] is None or m["next"].islower())


_REGNAL = re.compile(r" (?:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2})(?![\w.-])")


def _particle_tail(scan: ArticleScan, end: int) -> int:
    """A foreign name going on past lower-case particles ("Ursula von der Leyen", "Ricardo de los Santos
    Polanco"): its end."""
    at, particles, tail = end, 0, 0
    while particles < 3 and tail < 3:
        w = scan.next_word(at)
        if w is None or scan.text[at : w[0]] != " ":
            break
        word = scan.text[w[0] : w[1]]
        if word in scan.rules.name_particles:
            at, particles = w[1], particles + 1
            continue
        article, hyphen, rest = word.partition("-")
        if hyphen and article in scan.rules.name_particles and is_foreign_word(rest):
            return w[1]  # "Karim al-Nasser", "Hamad bin Khalid al-Sabah": the article and family name end it
        if not particles or not is_foreign_word(word) or fold(word) in scan.rules.name_stop \
                or w[0] in scan.title_starts or w[0] in scan.body_at:
            break
        at, end, tail = w[1], w[1], tail + 1
        if scan.text[w[1] : w[1] + 1] != " ":
            break
    return end


def holds_particle(scan: ArticleScan, pos: int) -> bool:
    """The capitalized name opening at pos holds a lower-case particle between its words or ends in an
    article joined by a hyphen ("Tamir bin Rashid", "Faisal al-Qudsi"): a foreign style before it flagged
    `particle_name` ("Sheikh") is an honorific, else part of the name ("Sheikh Rokeya")."""
    at, caps, particle = pos, 0, False
    for _ in range(8):
        w = scan.next_word(at)
        if w is None or scan.text[at : w[0]].strip():
            return False
        word = scan.text[w[0] : w[1]]
        article, hyphen, rest = word.partition("-")
        if hyphen and fold(article) in scan.rules.name_particles and is_foreign_word(rest):
            return caps > 0
        if word in scan.rules.name_particles:
            if not caps:
                return False
            particle = True
        elif is_cap(word):
            if particle:
                return True  # a particle between capitalized words
            caps += 1
        else:
            return False
        at = w[1]
        if scan.text[at : at + 1] != " ":
            return False
    return False


_STAGE_MAX = 3  # syllables of a stage name ("Cẩm Vân", "Hồ Ngọc Hà")


def read_stage_name(scan: ArticleScan, pos: int) -> tuple[int, int] | None:
    """A stage name after an artist's honorific: two or three capitalized syllables, known surname or not
    ("Cẩm Vân", "Quốc Đại"); no acronym, organization or body head ("Nhóm Mắt Ngọc"), not followed by a
    number or more capitalized words."""
    run = cap_run(scan, pos, limit=_STAGE_MAX + 1)
    if not 2 <= len(run) <= _STAGE_MAX:
        return None
    words = [fold(scan.text[s:e]) for s, e in run]
    if any(w in scan.rules.name_stop or w in scan.rules.org_words for w in words):
        return None
    if is_acronym(scan.text[run[0][0] : run[0][1]]) or scan.rules.body_heads_re is not None \
            and scan.rules.body_heads_re.match(scan.key, pos) is not None:
        return None
    if re.match(r" \d", scan.text[run[-1][1] : run[-1][1] + 2]):
        return None
    return run[0][0], run[-1][1]


_LIST_LEAD = re.compile(r"(?:như|gồm|là|:)[ \t]*")
_DUO_SEP = re.compile(r"[ \t]*[-\u2013][ \t]*")


def stage_list(scan: ArticleScan, pos: int, *, more: bool = False) -> list[tuple[int, int]]:
    """The stage names a plural artist's honorific lists ("các nghệ sĩ như Quốc Đại, NSƯT Thục An và Hoàng
    Bách"): items joined by commas and "và", each a name (read as a Vietnamese or stage name) after an
    optional honorific of its own, up to the first item that is no name. ``more``: ``pos`` is the end of
    a name a singular honorific introduced ("ca sĩ Cẩm Vân - Khắc Triệu, Anh Bằng"); the items after it,
    also joined by a dash (a duo), are names spelled the Vietnamese way, not places."""
    out: list[tuple[int, int]] = []
    if more:
        sep = LIST_SEP.match(scan.text, pos) or _DUO_SEP.match(scan.text, pos)
        if sep is None:
            return out
        at = sep.end()
    else:
        m = _LIST_LEAD.match(scan.text, pos)
        at = m.end() if m else pos
    while True:
        honorific = next((e for s, e in scan.honorific_spans if s == at), None)
        start = scan.skip_spaces(honorific) if honorific is not None else at
        if more:
            span = read_name(scan, start, foreign=False) or read_stage_name(scan, start)
            if span is None and honorific is not None:
                span = read_stage_name(scan, at)  # "Anh Bằng": a stage name opening with a kinship word
            if span is None or not _vietnamese_item(scan, span):
                return out
        else:
            span = read_name(scan, start, foreign=True) or read_stage_name(scan, start)
        if span is None:
            return out
        out.append(span)
        sep = LIST_SEP.match(scan.text, span[1]) or (_DUO_SEP.match(scan.text, span[1]) if more else None)
        if sep is None:
            return out
        at = sep.end()


def _vietnamese_item(scan: ArticleScan, span: tuple[int, int]) -> bool:
    """A list item that may be an artist's name: Vietnamese syllables, no place."""
    words = WORD.findall(scan.text[span[0] : span[1]])
    return all(looks_vietnamese(w) for w in words) and not scan.in_place(*span)


def _ethnic_lead(scan: ArticleScan, words: list[str]) -> bool:
    """The words open with a Central Highlands name's lead ("Y", "H'Hen", "Ksor", "Rơ Châm")."""
    printed = " ".join(words)
    for lead in scan.rules.ethnic_leads:
        if printed.startswith(lead) and (lead[-1:] in "'’" and printed[len(lead) : len(lead) + 1].isupper()
                                         or printed[len(lead) : len(lead) + 1] == " "):
            return True
    return False


def read_name_back(scan: ArticleScan, end: int) -> tuple[int, int] | None:
    """A Vietnamese name ending exactly at ``end`` (before an appositive comma)."""
    words: list[tuple[int, int]] = []
    i = bisect_left(scan.word_starts, end) - 1
    while i >= 0 and len(words) < 6:
        s, e = scan.words[i]
        if e != (words[0][0] - 1 if words else end) and not (words and scan.text[e : words[0][0]] in (" ", "\u00a0")):
            if words or e != end:
                break
        w = scan.text[s:e]
        if not is_cap(w) or s in scan.title_ends_inside(s) or (e in scan.body_ends and not words):
            break
        if any(bs <= s < be for bs, be, _ in scan.bodies):
            break
        words.insert(0, (s, e))
        i -= 1
    for k in range(min(5, len(words)), 1, -1):
        cand = words[-k:]
        if _ethnic_lead(scan, [scan.text[s:e] for s, e in cand]):
            return cand[0][0], cand[-1][1]  # "Y Thanh Hà Niê Kđăm, Phó Chủ tịch Quốc hội"
    for k in range(min(4, len(words)), 1, -1):
        cand = words[-k:]
        first = scan.text[cand[0][0] : cand[0][1]]
        if fold(first) in scan.rules.surnames and not any(
            fold(scan.text[s:e]) in scan.rules.name_stop for s, e in cand[1:]
        ):
            if cand[0][0] in scan.place_at and scan.place_at[cand[0][0]] >= cand[-1][1]:
                return None
            return cand[0][0], cand[-1][1]
    if words and scan.is_per(words[0][0], words[-1][1]):
        k = 0
        while k < len(words) and is_foreign_word(scan.text[words[-1 - k][0] : words[-1 - k][1]]) and k < 4:
            k += 1
        if k >= 2:
            return words[-k][0], words[-1][1]
    return None


def place_word_then_name(scan: ArticleScan, words: list[str]) -> bool:
    """A family name that is also a place word, then a full name ("Đường Hồ Chí Minh", "Lăng Hồ Chí
    Minh"): a road or a building named after the person, not a person."""
    return (len(words) >= 3 and fold(words[0]) in scan.rules.place_marks and fold(words[0]) in scan.rules.surnames
            and fold(words[1]) in scan.rules.surnames)


def person_named_place(scan: ArticleScan, start: int, end: int) -> bool:
    """A place named after a person, printed as a full name ("Hồ Chí Minh")."""
    words = WORD.findall(scan.text[start:end])
    return len(words) >= 3 and fold(words[0]) in scan.rules.surnames and fold(words[1]) in scan.rules.middle_names


def with_initials(scan: ArticleScan, span: tuple[int, int]) -> tuple[int, int]:
    """Keep the initials of an abbreviated name: "Nguyễn Văn T.", "Trần C.T.", "Trương N.T.T", "Lý Văn Kh."; the full
    stop of a generational suffix (person_context.tsv name_suffix: "Robert Quill Jr."); and a foreign
    name's middle initials and the family name after them ("John Q. Doe", "Mary A. B. Smith")."""
    s, e = span
    if (m := _MIDDLE_INITIALS.match(scan.text, e)) is not None \
            and all(is_foreign_word(w) for w in (*scan.text[s:e].split(), m["family"])):
        return s, m.end()
    w = scan.prev_word(e)
    if scan.text[e : e + 1] == "." and w is not None and w[1] == e and w[0] > s \
            and (fold(scan.text[w[0] : e + 1]) in scan.rules.name_suffixes
                 or fold(scan.text[w[0] : e]) in scan.rules.initial_clusters and not scan.text[e + 1 : e + 2].isalpha()):
        return s, e + 1  # "Robert Quill Jr.", "Lý Văn Kh."
    if e - s > 2 and scan.text[e - 1].isupper() and scan.text[e - 2] == " ":
        m = _INITIALS.match(scan.text, e)
        if m:
            return s, m.end()
    return span


def ends_in_place(scan: ArticleScan, start: int, end: int) -> bool:
    """surname + non-name words + a place ("Đoàn Chèo Hải Phòng"); "Nguyễn Hòa Bình" is a name."""
    for ps, pe in scan.places:
        if start < ps < end and pe == end and " " in scan.text[ps:pe]:
            between = WORD.findall(scan.text[start:ps])[1:]
            return any(fold(w) not in scan.rules.middle_names for w in between)
    return False


def institution_before(scan: ArticleScan, pos: int, window: int = 7) -> bool:
    """A place or institution word shortly before, in the same clause ("đường Nguyễn Hữu Cảnh",
    "Viện Bỏng Quốc gia Lê Hữu Trác", "giải thưởng Võ Trường Toản")."""
    line_start = scan.text.rfind("\n", 0, pos) + 1
    seg = scan.text[line_start:pos]
    cut = max(seg.rfind(c) for c in ",;:.()\"“”")
    ws = [fold(w) for w in WORD.findall(seg[cut + 1 :])][-window:]
    marks = scan.rules.place_marks
    if any(w in marks or " ".join(ws[i : i + 2]) in marks for i, w in enumerate(ws)):
        return True
    before = _last_word(seg, cut) if cut >= 0 and seg[cut] == "." and not ws else None
    if before is not None and fold(before) + "." in marks:
        return True  # "TP. Hồ Chí Minh": the period of an abbreviated place word
    return not ws and cut >= 0 and seg[cut] == "," and _listed_after_mark(scan, seg, cut, window)


_LAST_WORD_WINDOW = 64  # characters read back for the last word before a position, doubled until one is found


def _last_word(seg: str, end: int) -> str | None:
    """The last word of ``seg[:end]`` (as ``WORD.findall(seg[:end])[-1]``), read from a bounded window that
    starts at a space (no word runs over a space)."""
    size = _LAST_WORD_WINDOW
    while True:
        start = max(0, end - size)
        while start > 0 and not seg[start - 1].isspace():
            start -= 1
        words = WORD.findall(seg, start, end)
        if words or start == 0:
            return words[-1] if words else None
        size *= 2


_MAX_LISTED = 12
_LIST_PLURAL = ("các", "những", "tuyến", "nhiều")


def _listed_after_mark(scan: ArticleScan, seg: str, end: int, window: int) -> bool:
    """The earlier items of a comma list are capitalized names, the first after a place or institution word
    ("các tuyến đường Ba Cu, Thùy Vân, Lê Hồng Phong, ..."): this item is such a name too, when the list is
    plural ("các tuyến đường A, B") or another bare item stands between ("đường A, B, C"). Reads ``seg[:end]``."""
    marks = scan.rules.place_marks
    items = 0
    for _ in range(_MAX_LISTED):
        cut = max(seg.rfind(c, 0, end) for c in ",;:.()\"“”")
        printed = WORD.findall(seg, cut + 1, end)
        if not printed:
            return False
        ws = [fold(w) for w in printed][-window:]
        for i in range(len(ws) - 1, -1, -1):
            n = 2 if " ".join(ws[i : i + 2]) in marks else 1 if ws[i] in marks else 0
            if n:
                rest = printed[len(printed) - len(ws) + i + n :]
                plural = i > 0 and ws[i - 1] in _LIST_PLURAL
                return bool(rest) and all(is_cap(w) for w in rest) and (plural or items > 0)
        if not all(is_cap(w) for w in printed) or cut < 0 or seg[cut] != ",":
            return False
        items += 1
        end = cut
    return False
