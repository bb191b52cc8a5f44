"""persons, phase 1: titles printed in the article and the body each one names."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ...textnorm import canonical_tones, fold
from .abroad import country_office, country_office_after
from .acronyms import acronym_body
from .level_organs import has_level_organ, level_organ, name_may_follow, place_end
from .names import name_starts_at, read_name
from .records import TitleHit
from .scan import ArticleScan, is_acronym, is_cap, is_foreign_word
from .short_bodies import placed_department, resolve_short, staff_chain_at
from .units import covering_body, is_unit_title
from .unmarked import appositive_body, brand_after, latin_goes_on, lower_committee_after, one_word_runs_on

_AFTER_TONG = re.compile(r"(?<!\w)tổng[ \t]+$", re.IGNORECASE)


def title_hits(scan: ArticleScan) -> list[TitleHit]:
    hits = []
    rx = scan.rules.title_re
    if rx is None:
        return hits
    inside_body = scan.bodies
    for m in _title_matches(scan, rx):
        rule = scan.rules.title_rule(m.group(0))
        if rule is None:
            continue
        s, e = m.start(), m.end()
        if _AFTER_TONG.search(scan.key, max(0, s - 6), s) and not fold(m.group(0)).startswith("tổng"):
            continue  # "Tổng tư lệnh": an unlisted title "Tổng X", not the title X
        nxt = scan.next_word(e)
        if nxt is not None and scan.text[e : nxt[0]] == " " and fold(scan.text[nxt[0] : nxt[1]]) in scan.rules.title_not_before \
                and (scan.text[nxt[0]].islower() or not (nxt[0] in scan.body_at or _long_name_at(scan, nxt[0]))):
            continue  # "Đại sứ quán", "Chủ tịch đoàn": another noun; not "Bí thư Đoàn Thanh niên", "Đoàn Hồng Phong"
        # a body span opening with the title: "Thường trực Ban Bí thư" -> body "Ban Bí thư"
        opening = [(be, kb) for bs, be, kb in inside_body if bs == s and e < be]
        if opening:
            scan.body_opening[s] = max(opening)
            hits.append(TitleHit(s, e, rule))
            continue
        # a title printed inside a body's name ("Ban Bí thư", "Văn phòng Chủ tịch nước"); a member's title glued to
        # its committee's head ("Tỉnh ủy viên": the bodies span of that head, widened to the word, ends with it) is none
        if any(bs <= s and e <= be and not (rule.place_body and be == e) for bs, be, _ in inside_body):
            continue
        if _inside_body_by_head(scan, s):
            continue
        if rule.abroad_only and not country_office(scan, s, e):
            continue  # "lãnh đạo tối cao của tập đoàn X", "Hội đồng lãnh đạo tối cao X": no office
        hits.append(TitleHit(s, e, rule))
    return hits


def _title_matches(scan: ArticleScan, rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The title regex's matches, left to right; matching goes on from the title's second word past a title
    flagged whole_word that opens on the last syllable of a word the tagger read whole ("đồng đội | phó đội
    trưởng", "Trung đội | phó A": no "Đội phó"), and past one flagged aide with a name printed right after it, its
    country maybe between ("trợ lý | Tổng thống Mỹ Donald Trump": the name is the principal's, read with his title)."""
    pos = 0
    while (m := rx.search(scan.key, pos)) is not None:
        rule = scan.rules.title_rule(m.group(0))
        if rule is not None and (rule.whole_word and scan.inside_word(m.start(), any_case=True)
                                 or rule.aide and _name_right_after(scan, m.end())):
            nxt = scan.next_word(m.start() + 1)
            pos = nxt[0] if nxt is not None else len(scan.key)
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.end() + 1


def _name_right_after(scan: ArticleScan, end: int) -> bool:
    """A capitalized word that opens no body is printed right after ``end``, one blank before it, a country maybe
    between ("Tổng thống Nga Vladimir Putin"; not "Tổng thống Nga, ông A", "Tổng thống Nga về kinh tế")."""
    text, rx = scan.text, scan.rules.country_re
    country = rx.match(text, end + 1) if rx is not None and text.startswith(" ", end) else None
    at = country.end() if country is not None else end
    word = scan.word_at(at + 1) if text.startswith(" ", at) else None
    return word is not None and is_cap(text[word[0] : word[1]]) and word[0] not in scan.body_at


def _long_name_at(scan: ArticleScan, pos: int) -> bool:
    """A Vietnamese name of three words or more starts at ``pos`` ("Đoàn Hồng Phong"; not "Đoàn Trường")."""
    span = read_name(scan, pos, foreign=False) if name_starts_at(scan, pos) else None
    return span is not None and len(scan.text[span[0] : span[1]].split()) >= 3


_PAIR_JOIN = re.compile(r"[ \t]+và[ \t]+|[ \t]*[-–][ \t]*")


def _paired_body(scan: ArticleScan, pos: int, e: int) -> tuple[str, int] | None:
    """"Chủ tịch HĐND và UBND xã X" with both bodies marked: the two printed as one ("HĐND và UBND xã X",
    split into two offices of one place later), else None."""
    join = _PAIR_JOIN.match(scan.text, e)
    nxt = scan.body_at.get(join.end()) if join else None
    rx = scan.rules.joint_bodies_re
    if nxt is None or rx is None:
        return None
    joint = canonical_tones(f"{scan.text[pos:e]} và {scan.text[join.end():nxt[0]]}")
    return (joint, nxt[0]) if rx.match(joint) else None


def _inside_body_by_head(scan: ArticleScan, start: int) -> bool:
    """Without a bodies span: "Ban Bí thư", "Đoàn Chủ tịch" (a head word right before the title)."""
    prev = scan.prev_word(start)
    if prev is None or scan.skip_spaces(prev[1]) != start or prev[1] == start:
        return False
    w = scan.text[prev[0] : prev[1]]
    return w in ("Ban", "Đoàn", "Văn phòng", "phòng") or fold(w) == "phòng" or w in scan.rules.title_not_after


def body_after(scan: ArticleScan, hit: TitleHit) -> tuple[str | None, int]:
    """The body printed right after a title: (canonical name, end) or (None, title end)."""
    text = scan.text
    if (placed := placed_department(scan, hit)) is not None:
        return placed  # "Chánh Thanh tra Sở Y tế" read "Thanh tra Sở Y tế tỉnh X": the department of that place
    if hit.start in scan.body_opening:
        end, kb = scan.body_opening[hit.start]
        return kb, end
    # a bodies span that starts at the title's shared last word ("Trưởng [Ban Tổ chức Trung ương]")
    if hit.rule.shared:
        for s, e, kb in scan.bodies:
            if hit.start < s < hit.end and e > hit.end:
                head = hit.rule.shared_head
                if hit.rule.head_of_body and not fold(kb).startswith(fold(head) + " "):
                    return f"{head} {kb}", e  # "trưởng khoa ngữ [văn Trường X]": Khoa Ngữ văn Trường X (units.py)
                return kb, e
    pos = scan.skip_spaces(hit.end)
    if pos - hit.end > 1 or pos >= len(text):
        return None, hit.end
    if "{place}" in hit.rule.abroad_body and (mission := _mission_after(scan, hit, pos)) is not None:
        return mission
    # a unit head's title, its unit named or not: "trưởng phòng [kỹ thuật] thuộc Công ty X" (units.py)
    unit = is_unit_title(scan, hit)
    if (owned := (_UNIT_OWNER if unit else _OWNER).match(scan.text, pos)) is not None and owned.end() in scan.body_at:
        body_end, owner = scan.body_at[owned.end()]
        if not unit and text[owned.end():body_end].isascii() and latin_goes_on(scan, body_end):
            # "giám đốc kinh doanh của FPT Shop,": a company officer's known brand opening the firm's Latin name
            # closing the clause is that name; running on ("FPT Telecom cho biết"): no body (never "FPT", nor
            # "Telecom" a person); a body named in Vietnamese, "Tổng giám đốc của WHO Tedros Adhanom", "người phát
            # ngôn của Bộ Ngoại giao Nga Maria Zakharova": the body, then the name
            if (branded := brand_after(scan, hit, owned.end(), owned=True)) is not None:
                return branded
            if owner.isascii() or one_word_runs_on(scan, body_end):
                return None, hit.end  # a brand's name running on ("Chủ tịch của FPT Smart Cloud cho biết")
        pos = owned.end()  # "người phát ngôn của Bộ Quốc phòng Trung Quốc": the body after "của"
    elif owned is not None and not unit and (branded := brand_after(scan, hit, owned.end(), owned=True)) is not None:
        return branded  # "giám đốc công nghệ của Northwind": a company officer's firm printed by its brand
    pos = staff_chain_at(scan, hit, pos)  # "giảng viên [tại] khoa X, Trường Đại học Y"
    # a unit's body marked from the lower-case word the tagger joined to it: "khoa ngữ [văn Trường X]" (units.py)
    if (spanned := scan.body_at.get(pos) or (covering_body(scan, pos) if unit else None)) is not None:
        e, kb = spanned
        cut = trim_stop_words(scan, pos, e)
        if cut != e:  # "UBND xã X và ông": the span ran into the next person's honorific
            return canonical_tones(text[pos:cut]), cut
        head = hit.rule.shared_head
        if hit.rule.head_of_body and not fold(kb).startswith(fold(head) + " "):
            return f"{head} {kb}", e  # "chủ tịch hội đồng trường | Trường Đại học X"
        return _paired_body(scan, pos, e) or (kb, e)
    nxt = scan.word_at(pos)
    head = hit.rule.shared_head or hit.rule.place_head
    place = _place_at(scan, pos) if head or has_level_organ(scan, hit) else None
    if place is not None:
        # "Chánh Thanh tra tỉnh Nghệ An", "Chánh Thanh tra TP.HCM": the title's head, then a place
        printed, end = _body_run(scan, place)
        end = max([place_end(scan, place, end)] + [e for s, e in scan.unit_places if s == place])  # "TP.HCM" is one place
        if printed and not head and not name_may_follow(scan, place) \
                and (organ := level_organ(scan, hit, text[pos:end])) is not None:
            return organ, end  # "cựu bí thư tỉnh Bến Tre": the place's committee
        if printed and head:
            printed = text[pos:end]
            full = resolve_short(scan, head + " " + printed, hit.start)
            return (full or canonical_tones(head + " " + printed)), end
    if nxt is not None and not is_cap(text[nxt[0] : nxt[1]]):
        if hit.rule.shared:
            lower = _lower_case_name(scan, hit, pos)
            if lower is not None:
                return canonical_tones(hit.rule.shared_head + " " + text[pos:lower]), lower
        return lower_committee_after(scan, pos) or brand_after(scan, hit, pos) or _bare_head_body(scan, hit, pos)
    if nxt is None:
        return None, hit.end
    if is_acronym(text[nxt[0] : nxt[1]]) and (defined := acronym_body(scan, pos)) is not None:
        return defined  # "chủ tịch TWAS" after "Viện Hàn lâm khoa học thế giới (TWAS)"
    if hit.rule.shared:
        printed, end = _body_run(scan, pos)
        if printed:
            # "phó trưởng phòng Phòng Nghiệp vụ": the body printed with the head the title ends with
            named = printed if fold(printed).startswith(fold(hit.rule.shared_head) + " ") else f"{hit.rule.shared_head} {printed}"
            parent = _parent_body_in(scan, pos, end) if "-" in printed or "–" in printed else None
            if parent is not None:  # "Ban Kinh tế - Ngân sách | HĐND TP Hà Nội": the committee of a named body
                at, parent_end, kb = parent
                return canonical_tones(named[: len(named) - (end - at)].rstrip()) + " " + kb, parent_end
            full = resolve_short(scan, named, hit.start)
            return (full or canonical_tones(named)), end
        return None, hit.end
    m = scan.rules.body_heads_re.match(scan.key, pos) if scan.rules.body_heads_re else None
    if m is None:  # "ông A, cựu thủ tướng Hà Lan, ...": a foreign head's country closing the aside
        return country_office_after(scan, hit, pos) or _short_name_body(scan, pos) or brand_after(scan, hit, pos) \
            or (None, hit.end)
    printed, end = _body_run(scan, pos, m.end())
    if scan.inside_word(end) and (read := appositive_body(scan, hit, pos)) is not None:
        return read  # "- hiệu trưởng Trường trung cấp Múa -": the run was cut inside a lower-case word
    if not printed or " " not in printed or _stopped_inside(scan, end) or \
            (fold(m.group(0)) in scan.rules.closed_heads and not _CLAUSE_END.match(scan.text, end)):
        return _bare_head_body(scan, hit, pos)  # "Phó Giám đốc Sở, ...": capitalized as "sở" is not
    end = level_place_after(scan, end)
    printed = text[pos:end]
    full = resolve_short(scan, printed, hit.start)
    return (full or canonical_tones(printed)), end


_OWNER = re.compile(r"của[ \t]+")
_UNIT_OWNER = re.compile(r"(?:của|thuộc)[ \t]+")  # "trưởng phòng kỹ thuật thuộc Công ty X" (units.py)
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;:.()\n]|$)")


def _stopped_inside(scan: ArticleScan, end: int) -> bool:
    """The run stopped at a stop word that goes on into a capitalized word ("Đảng Dân | chủ Tự do"): the
    stop word is the name's own, and the body was cut inside it."""
    nxt = scan.next_word(end)
    if nxt is None or scan.text[end : nxt[0]] != " " or fold(scan.text[nxt[0] : nxt[1]]) not in scan.rules.body_end:
        return False
    after = scan.next_word(nxt[1])
    return after is not None and scan.text[nxt[1] : after[0]] == " " and is_cap(scan.text[after[0] : after[1]]) \
        and not name_starts_at(scan, after[0]) and after[0] not in scan.title_starts


def _short_name_body(scan: ArticleScan, pos: int) -> tuple[str, int] | None:
    """A company printed after a title by its name without its head ("giám đốc Xuyên Việt Oil" in an article
    naming "Công ty Xuyên Việt Oil"): the article's body of that head and name, and the name's end; None when
    the capitalized run (two words or more) ends no such body."""
    text = scan.text
    i = bisect_left(scan.word_starts, pos)
    end = pos
    k = i
    while k < len(scan.words) and is_cap(text[scan.words[k][0] : scan.words[k][1]]) \
            and (k == i or text[scan.words[k - 1][1] : scan.words[k][0]] == " "):
        end = scan.words[k][1]
        k += 1
    if k - i < 2:
        return None
    name = fold(text[pos:end])
    found = {kb for _s, _e, kb in scan.bodies
             if fold(kb).endswith(" " + name) and fold(kb)[: -len(name) - 1] in scan.rules.short_name_heads}
    return (found.pop(), end) if len(found) == 1 else None


def _mission_after(scan: ArticleScan, hit: TitleHit, pos: int) -> tuple[str, int] | None:
    """"Đại sứ Việt Nam tại Malaysia", "Phó Đại sứ Malaysia tại Hà Nội": an envoy's country, "tại" and the
    place he serves in name his mission (titles.tsv abroad_body); None when the text is not that form or
    that place is an organization (person_context.tsv envoy_org)."""
    end = scan.place_at.get(pos)
    words = scan.rules.at_place_words  # longest first, so the same word in every process
    word = next((w for w in words if scan.low.startswith(f" {w.lower()} ", end)), "") if end is not None else ""
    if not word:
        return None
    at = end + len(f" {word} ")
    place_end = scan.place_at.get(at) or next((e for s, e in scan.unit_places if s == at), None)
    if place_end is None or fold(scan.key[at:place_end]) in scan.rules.envoy_orgs:
        return None  # "Đại sứ Mỹ tại LHQ": a delegation to an organization, not an embassy
    unit = scan.rules.unit_places.get(fold(scan.key[at:place_end]))  # "TP.HCM" -> "Thành phố Hồ Chí Minh"
    place = unit[1] if unit is not None else scan.text[at:place_end]
    body = hit.rule.abroad_body.format(country=scan.text[pos:end], place=place)
    return canonical_tones(body), place_end


_CLAUSE_END = re.compile(r"\s*(?:[,;.)]|\s[-–]\s|$)")


def _lower_case_name(scan: ArticleScan, hit: TitleHit, pos: int, limit: int = 10) -> int | None:
    """"Bùi Văn A - trưởng phòng quan trắc môi trường; B - ...": a shared-head title printed as an
    appositive, with the rest of its body's name in lower case up to the end of the clause: where that
    name ends, or None (not an appositive, no clause end within ``limit`` words, a verb inside)."""
    if not scan.rules.apposed_title_re.search(scan.text, max(0, hit.start - 12), hit.start):
        return None
    i = bisect_left(scan.word_starts, pos)
    end = pos
    for k in range(i, min(i + limit, len(scan.words))):
        s, e = scan.words[k]
        w = scan.text[s:e]
        if scan.text[end:s] not in ("", " ") or is_cap(w) or fold(w) in scan.rules.lower_name_stop:
            return None
        end = e
        if _CLAUSE_END.match(scan.text, end):
            return end
    return None


_BARE_HEAD_END = re.compile(r"(?:\s+(?:này|đó|nói trên|trên))?(?=\s*(?:[,.;:)”\"]|\s[-–]\s|$))")


def _bare_head_body(scan: ArticleScan, hit: TitleHit, pos: int) -> tuple[str | None, int]:
    """"giám đốc bệnh viện (này)", "Phó Giám đốc sở" closing a clause: the body of that head the article
    printed nearest before the title ("Bệnh viện Ung bướu TP.HCM"); (None, title end) if none."""
    rx = scan.rules.bare_head_re
    m = rx.match(scan.low, pos) if rx is not None else None
    if m is None:
        return None, hit.end
    tail = _BARE_HEAD_END.match(scan.low, m.end())
    if tail is None:
        return None, hit.end
    head = m.group(0)
    before = [(s, kb) for s, _e, kb in scan.bodies if s < hit.start and fold(kb).startswith(head + " ")]
    rx = scan.rules.body_heads_re
    for hm in rx.finditer(scan.key, 0, hit.start) if rx is not None else ():
        # a body of that head printed capitalized that the bodies component left unmarked
        if fold(hm.group(0)) == head and not any(s == hm.start() for s, _kb in before):
            printed, end = _body_run(scan, hm.start(), hm.end())
            end = max([end] + [e for s, e in scan.unit_places if hm.start() < s < end])  # "... TP.HCM"
            end = level_place_after(scan, end) if end > hm.end() else end
            printed = scan.text[hm.start() : end]
            place = next((scan.rules.unit_places.get(fold(scan.key[s:e])) for s, e in scan.unit_places
                          if hm.start() < s and e == end), None)
            if place is not None:  # "Bệnh viện Ung bướu TP.HCM" -> "... Thành phố Hồ Chí Minh"
                printed = scan.text[hm.start() : next(s for s, e in scan.unit_places if e == end)] + place[1]
            if printed and fold(printed) != head:
                before.append((hm.start(), resolve_short(scan, printed, hit.start) or canonical_tones(printed)))
    if not before:
        return None, hit.end
    nearest = fold(max(before)[1])
    # the nearest printing may be a short one: the fullest printing of the same name; a capitalized run the
    # bodies component left unmarked may be cut at a lower-case word, so its name printed later counts too
    marked = {fold(kb) for _s, _e, kb in scan.bodies}
    printings = [kb for _s, kb in before] + ([kb for _s, _e, kb in scan.bodies] if nearest not in marked else [])
    return max((kb for kb in printings if fold(kb) == nearest or fold(kb).startswith(nearest + " ")),
               key=len), tail.end()


def level_place_after(scan: ArticleScan, end: int) -> int:
    """A body name read up to ``end`` goes on through a lower-case level word and its place ("Trung tâm Y tế
    | thành phố Hưng Yên", "Trung tâm Y tế | huyện Ba Vì"): the end of that place, or ``end``."""
    if not scan.text.startswith(" ", end):
        return end
    place = _place_at(scan, end + 1)
    if place is None or place == end + 1:
        return end
    run, run_end = _body_run(scan, place)
    return max([run_end] + [e for s, e in scan.unit_places if s == place]) if run else end


def _place_at(scan: ArticleScan, pos: int) -> int | None:
    """Where a place printed at ``pos`` starts its capitalized words: after a lower-case level word
    ("tỉnh Nghệ An", "thị xã Giá Rai"), or at ``pos`` for a province or city ("TP.HCM"); None otherwise."""
    if any(s == pos for s, _e in scan.unit_places):
        return pos
    rx = scan.rules.local_body_re
    m = rx.match(scan.text, pos) if rx is not None else None
    if m is None or scan.text[pos].isupper():
        return None
    at = m.end() - 1
    w = scan.word_at(at)
    return at if w is not None and is_cap(scan.text[w[0] : w[1]]) else None


def _parent_body_in(scan: ArticleScan, pos: int, end: int) -> tuple[int, int, str] | None:
    """A named body (a bodies span) starting inside the run ``pos``..``end`` after its first words and
    reaching at least to its end: (its start, its end, its canonical name)."""
    for at in range(pos + 1, end):
        if at in scan.body_at and scan.body_at[at][0] >= end:
            return at, *scan.body_at[at]
    return None


_FIELD_DASH = re.compile(r"[ \t\u00a0]+[-–][ \t\u00a0]+")


_UNIT_NUMBER = re.compile(r"số[ \t]+\d{1,3}(?![\w/.,-]\w)")


def _unit_number(scan: ArticleScan, i: int) -> int | None:
    """Where a unit's number ends when word ``i`` opens one ("số 05", not a document's "số 123/SYT"), or None."""
    s = scan.words[i][0]
    m = _UNIT_NUMBER.match(scan.text, s)
    return m.end() if m is not None else None


def _body_run(scan: ArticleScan, pos: int, head_end: int | None = None) -> tuple[str, int]:
    """A body name printed at ``pos`` when no bodies span marks it: the head, then capitalized
    words each followed by at most one lower-case syllable ("Bộ Tài chính", "Tổ Biên tập")."""
    text = scan.text
    begin = end = pos
    if head_end is not None and head_end > pos:
        end = pos = head_end
    i = bisect_left(scan.word_starts, pos)
    lower_run = 0
    while i < len(scan.words):
        s, e = scan.words[i]
        w = text[s:e]
        if s != begin and text[end:s] not in (" ", "\u00a0"):
            # "Ban Kinh tế - Ngân sách", "Ban Văn hóa - Xã hội": two capitalized fields joined by a dash
            if not (_FIELD_DASH.fullmatch(text, end, s) and lower_run <= 1 and end > begin and is_cap(w)
                    and not is_acronym(w) and not name_starts_at(scan, s) and s not in scan.title_starts):
                break
        if (s != begin or head_end is None) and (name_starts_at(scan, s) or s in scan.title_starts):
            break
        if fold(w) in scan.rules.body_end or (w[:1].islower() and fold(w) in scan.rules.verb_end):
            break
        if end > begin and _foreign_name_after_place(scan, begin, end, i):
            break  # "Trưởng đoàn Ai Cập Ibrahim Mahlab": the delegation's country, then its head's name
        if is_cap(w):
            lower_run = 0
        elif w == "và" and i + 1 < len(scan.words) and is_cap(text[scan.words[i + 1][0] : scan.words[i + 1][1]]):
            lower_run = -1
        else:
            lower_run += 1
            if end == begin:
                break
            if (numbered := _unit_number(scan, i)) is not None:
                end = numbered  # "Đoàn Kiểm tra số 05": a unit named by its number ends with it
                break
            if lower_run > 1:
                # a short lower-case tail up to the end of the clause ("Hội đồng nhân dân tỉnh;")
                tail = _clause_tail(scan, i, end, place_limit=0 if " và " in text[begin:end] else 5)
                if tail is not None:
                    end = tail
                break
        end = e
        i += 1
    end = trim_stop_words(scan, begin, end)
    return (text[begin:end], end) if end > begin else ("", end)


def _foreign_name_after_place(scan: ArticleScan, begin: int, end: int, i: int) -> bool:
    """The run read so far ends with a place ("Đoàn Ai Cập") and word ``i`` opens two or more foreign
    words that are no place, or one the article prints elsewhere before another foreign word ("Trưởng
    đoàn Ai Cập Ibrahim," beside "Ibrahim Mahlab"): a foreign name, no part of the body."""
    if not any(begin <= ps and pe == end for ps, pe in scan.places) or scan.words[i][0] in scan.place_at:
        return False
    n = 0
    prev = end
    for s, e in scan.words[i : i + 2]:
        if scan.text[prev:s] != " " or not is_foreign_word(scan.text[s:e]):
            break
        n += 1
        prev = e
    if n == 1:
        first = scan.text[scan.words[i][0] : scan.words[i][1]]
        return any(is_foreign_word(m.group(1)) for m in re.finditer(rf"(?<!\w){re.escape(first)} (\w+)", scan.text))
    return n == 2


def trim_stop_words(scan: ArticleScan, begin: int, end: int) -> int:
    """A body does not end with a function word or an honorific ("UBND xã X và ông"): the end without them."""
    while end > begin:
        k = bisect_left(scan.word_starts, end) - 1
        if k < 0 or scan.words[k][1] != end or scan.words[k][0] <= begin:
            break
        if fold(scan.text[scan.words[k][0] : end]) not in scan.rules.lower_name_stop:
            break
        end = scan.skip_spaces_back(scan.words[k][0])
    return end


def _clause_tail(scan: ArticleScan, i: int, end: int, limit: int = 3, place_limit: int = 5) -> int | None:
    """End of up to ``limit`` lower-case words from word ``i`` when punctuation follows them; or of up to
    ``place_limit`` lower-case words and a place ending the clause ("Cục Thuế tiêu thụ đặc biệt Thái Lan,")."""
    text = scan.text
    for k in range(i, min(i + max(limit, place_limit + 1), len(scan.words))):
        s, e = scan.words[k]
        w = text[s:e]
        if text[end:s] not in (" ", "\u00a0") or fold(w) in scan.rules.body_end:
            return None
        if is_cap(w):
            place_end = scan.place_at.get(s) or next((pe for ps, pe in scan.unit_places if ps == s), None)
            return place_end if place_end is not None and i < k <= i + place_limit and _CLAUSE_END.match(text, place_end) else None
        end = e
        if k - i < limit and (end >= len(text) or text[end] in ",;.:)\n"):
            return end
    return None
