"""persons, phase 2: chains of positions ("Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"), their
context (plural, predicative, former) and where the name they introduce starts; the body two links share is
shared_bodies.py's."""

from __future__ import annotations

import re

from ...textnorm import canonical_tones, fold, is_cap
from .abroad import past_country_owner
from .brackets import past_bracket
from .candidacy import uncontested
from .committee_places import standing_members
from .glued_bodies import past_glued_body
from .levels import bare_level_body, with_unit
from .members import place_members
from .openings import name_opening
from .qualifiers import past_qualifier, qualifier_end
from .records import Chain, ChainItem, TitleHit
from .scan import SENTENCE_PUNCT, ArticleScan, is_acronym, is_foreign_word
from .shared_bodies import share_bodies
from .terms import term_status
from .titles import body_after
from .unit_parents import with_institution


def build_chains(scan: ArticleScan, hits: list[TitleHit]) -> list[Chain]:
    chains: list[Chain] = []
    by_start = {h.start: h for h in hits}
    used: set[int] = set()
    for hit in hits:
        if hit.start in used:
            continue
        items: list[ChainItem] = []
        cur: TitleHit | None = hit
        lead, status = status_before(scan, hit.start)
        # a career listed after a holder cue ("ông A từng làm X, Y và Z"; "từng là X; Y") also joins
        # its links with "và" and ";"
        career = _after_career_cue(scan, lead)
        listed = None if career else _after_listing_cue(scan, lead)
        if listed is not None:
            career = listed == "former"
            scan.listing_leads.add(lead)
        if career or listed is not None:
            scan.career_leads.add(lead)
        # "thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng Bộ Nội vụ A": the first office is the principal's
        principal = _after_principal_cue(scan, lead)
        seps = scan.rules.chain_seps + scan.rules.list_seps if career or listed or after_holder_cue(scan, lead) else scan.rules.chain_seps
        while cur is not None:
            used.add(cur.start)
            body, end = with_institution(scan, cur, *body_after(scan, cur))
            if (cur.rule.needs_body and body is None) or (body is not None and scan.inside_word(end)):
                break  # an office whose body was cut in the middle of a word is left out, not misread
            if cur.rule.apposed and not (cur is hit and body is not None and cur.rule.takes_body(body)
                                         and _apposed_office(scan, lead, end)):
                break  # "người đứng đầu Chính phủ Phạm Minh Chính", "thành viên Đảng X" (no collegial organ): none
            if body is not None and fold(body) in scan.rules.local_bodies:
                body = _with_place(scan, body, cur.start)
            elif body is not None:
                body, end = _this_place(scan, body, end)
                body, end = bare_level_body(scan, body, end, cur.start)
            term, end = term_status(scan, cur.rule.title, end)  # "đại biểu Quốc hội khóa XIII", held then
            items.append(ChainItem(cur, body, end, status or term or "current"))
            cur = None
            end = _skip_aside(scan, end)
            for sep in seps:
                if scan.text.startswith(sep, end):
                    at = end + len(sep)
                    # "..., nguyên Bí thư Tỉnh ủy": a link may carry its own status word; "kiêm" joins two
                    # offices held together, so the second takes the first one's status
                    word_end, word_status = status_word_at(scan, at)
                    nxt = by_start.get(word_end) if word_status else by_start.get(at)
                    # a link with its own status word lists the same holder's career ("A, nguyên Thứ trưởng
                    # Bộ X, nguyên Giám đốc Sở Y tỉnh Z"): no other holder's office opens there
                    if nxt is not None and not principal and (word_status or not _other_holder(scan, items, nxt)):
                        cur = nxt
                        status = word_status or (items[-1].status if _joins(scan, sep) else None)
                    break
        items = uncontested(scan, items)  # "ứng cử đại biểu HĐND tỉnh X, Giám đốc Sở Y A": the seat is not held
        if not items:
            continue
        place_members(scan, items)  # "tỉnh ủy viên": a member of the committee of the chain's or article's province
        share_bodies(scan, items)
        standing_members(scan, items)  # "Ủy viên Thường vụ Đảng ủy xã X" = Ủy viên of its Ban Thường vụ
        if career or _in_past(scan, lead) or (after_holder_cue(scan, lead) and _closed_period(scan, lead)):
            for item in items:
                item.status = "former" if item.status == "current" else item.status
        chain = Chain(items, items[0].hit.start, items[-1].end, lead=lead)
        chain.plural, chain.predicative, chain.former = _chain_context(scan, chain.start)
        chain.target = name_target(scan, chain.end, holder=chain.items[-1].hit.rule.abroad_default)
        _body_skipped(scan, chain)
        chains.append(chain)
    return chains


def after_holder_cue(scan: ArticleScan, lead: int) -> bool:
    """A holder cue ("giữ chức", "từng làm", "đảm nhiệm các chức vụ") right before ``lead``."""
    return any(scan.words_before(lead, n) in scan.rules.holder_cues for n in (5, 4, 3, 2, 1))


def _after_career_cue(scan: ArticleScan, lead: int) -> bool:
    """A career cue before ``lead``, then a comma, colon or "như" ("ông trải qua nhiều vị trí công tác, Phó
    Giám đốc, Giám đốc Công an tỉnh X"): the chain after it lists former offices."""
    if not scan.rules.career_cues:
        return False
    before = scan.rules.career_cue_end_re.sub("", scan.low[max(0, lead - 80) : lead])
    if len(before) == min(80, lead):
        return False
    return any(before.endswith(" " + cue) or before == cue for cue in scan.rules.career_cues)


def _after_listing_cue(scan: ArticleScan, lead: int, gap: int = 10) -> str | None:
    """A holder cue naming several offices ("các chức vụ", "nhiều vị trí"), at most ``gap`` words, then "như"
    before ``lead`` ("ông còn đảm nhận các chức vụ như X, Y", "Ông đã giữ nhiều vị trí lãnh đạo quan trọng, như
    X"): the chain after it lists offices of one holder; "former" after "đã"/"từng", else "current"; None if not
    so printed."""
    window = scan.low[max(0, lead - 160) : lead]
    end = scan.rules.listing_end_re.search(window)
    if end is None:
        return None
    clause = re.split(r"[.;:!?\n]", window[: end.start()])[-1]
    words = clause.split()
    for skip in range(0, min(gap, len(words)) + 1):
        head = words[: len(words) - skip]
        for n in (5, 4, 3):
            cue = " ".join(head[-n:])
            if len(head) >= n and cue in scan.rules.holder_cues \
                    and any(f" {w} " in cue for w in scan.rules.listing_plurals):
                before = head[-n - 1] if len(head) > n else ""
                past = before in scan.rules.listing_past or cue.split()[0] in scan.rules.listing_past
                return "former" if past else "current"
    return None


_ASIDE = re.compile(r" \([^()\n]{1,40}\)")


def _skip_aside(scan: ArticleScan, end: int) -> int:
    """Past a short parenthesis after a link that a separator follows ("Chủ tịch UBND TP Hưng Yên (tỉnh
    Hưng Yên), Trưởng ban ..."): the chain goes on after it."""
    m = _ASIDE.match(scan.text, end)
    if m is None or not any(scan.text.startswith(sep, m.end()) for sep in scan.rules.chain_seps):
        return end
    return m.end()


def local_body_placed(scan: ArticleScan, body: str, at: int) -> str | None:
    """A local body printed without its place, with the place of its level the article names nearest to
    ``at``; None for no such body or place."""
    if fold(body) not in scan.rules.local_bodies:
        return None
    placed = _with_place(scan, body, at)
    return placed if placed != body else None


def _with_place(scan: ArticleScan, body: str, at: int) -> str:
    """A local body printed without its place ("Thành ủy", "UBND tỉnh") -> the body of the unit of its
    level the article names nearest to ``at`` ("Thành ủy Thành phố Hồ Chí Minh"); unchanged if none."""
    return with_unit(scan, body, scan.rules.local_bodies[fold(body)], at)


def _this_place(scan: ArticleScan, body: str, end: int) -> tuple[str, int]:
    """"chủ tịch HĐND huyện này": a body ending in a level word, then "này", is that body of the unit of
    the level named last before it ("bí thư Huyện ủy Phù Mỹ, chủ tịch HĐND huyện này" = HĐND huyện Phù
    Mỹ); (body, end) unchanged when none is named."""
    this = scan.rules.place_anaphor_re.match(scan.text, end) if scan.rules.place_anaphor_re else None
    words = fold(body).split()
    level = next((lv for lv in scan.rules.local_body_words_longest
                  if words[-len(lv.split()):] == lv.split()), None)
    if this is None or level is None:
        return body, end
    start = max(0, end - 600)
    rx = re.compile(rf"(?<!\w){re.escape(level)}(?:[ \t]+ủy)?[ \t]+", re.IGNORECASE)
    place = None
    for m in rx.finditer(scan.key, start, end - len(level)):
        run, pos = [], m.end()
        while len(run) < 4:
            w = scan.word_at(pos)
            if w is None or w[0] != pos or not is_cap(scan.text[w[0] : w[1]]):
                break
            run.append(scan.text[w[0] : w[1]])
            pos = scan.skip_spaces(w[1])
        if run:
            place = " ".join(run)
    if place is None:
        return body, end
    full = f"{body} {place}"
    return scan.canonical(full) or canonical_tones(full), this.end()


def _in_past(scan: ArticleScan, pos: int) -> bool:
    """A past-time cue earlier in the sentence ("Khi đó, ông A, ...") or in the clause ("từng là ...")."""
    start = max(scan.text.rfind(p, 0, pos) for p in SENTENCE_PUNCT) + 1
    window = fold(scan.key[start:pos])
    if scan.rules.past_not_re is not None:
        window = scan.rules.past_not_re.sub(" ", window)  # "Trong khi đó, Tổng thống X": meanwhile
    if scan.rules.past_re is not None and scan.rules.past_re.search(window):
        return True
    clause = max([start - 1] + [scan.text.rfind(p, start, pos) for p in ",;:("]) + 1
    return scan.rules.past_clause_re is not None and scan.rules.past_clause_re.search(fold(scan.key[clause:pos])) is not None


_DATE_YEAR = r"(?:(?:ngày|tháng|năm) )?(?:\d{1,2}[-/.] ?){0,2}(?:năm )?(\d{4})"
_CLOSED_PERIOD = re.compile(
    rf"^(?:trong )?(?:(?:giai đoạn|thời gian|thời kỳ) )?(?:từ )?(?:{_DATE_YEAR} ?(?:đến|tới|[-–]) ?(?:hết )?{_DATE_YEAR}),")


def _closed_period(scan: ArticleScan, pos: int) -> bool:
    """A period that ended in a year before the article's opens the sentence ("Từ tháng 10-2017 đến tháng 9-2022,
    ông A được bổ nhiệm làm ..."; "Giai đoạn 2010-2015, ông B giữ chức ..."): the office then held is former."""
    published = scan.doc._.published
    if published is None:
        return False
    start = max(scan.text.rfind(p, 0, pos) for p in SENTENCE_PUNCT) + 1
    m = _CLOSED_PERIOD.match(fold(scan.key[start:pos]).strip())
    return m is not None and int(m.group(1)) <= int(m.group(2)) < published.year


def status_word_at(scan: ArticleScan, pos: int) -> tuple[int, str | None]:
    """A status word ("nguyên", "cựu", "quyền") printed at ``pos`` before a title: (where the title
    starts, its status), or (pos, None)."""
    w = scan.word_at(pos)
    if w is None:
        return pos, None
    status = scan.rules.status_words.get(fold(scan.text[w[0] : w[1]]))
    after = scan.skip_spaces(w[1])
    if status is None or after == w[1] or after not in scan.title_starts:
        return pos, None
    return after, status


def _apposed_office(scan: ArticleScan, lead: int, body_end: int) -> bool:
    """A periphrasis of a head (or a word naming an office only so printed, "thành viên") set off after a name,
    its body closing the aside ("Ông A, người đứng đầu Tổ chức X, cho biết"; "B - người đứng đầu Công ty Y -
    nói"; "C (thành viên Hội đồng Z)"): the one form in which it states an office."""
    before = scan.text[max(0, lead - 40) : lead]
    sep = next((s for s in (*scan.rules.chain_seps, " (") if before.endswith(s)), None)
    word = before[: len(before) - len(sep)].split()[-1:] if sep else []
    close = _ASIDE_CLOSE.match(scan.text, body_end)
    cut = close is not None and close.group().strip() == "." and scan.level_dot(body_end)  # "Ban Chỉ đạo TP. Hà Nội"
    return bool(word) and is_cap(word[0]) and close is not None and not cut


_ASIDE_CLOSE = re.compile(r"[ \t]*(?:[,;:)]|\.(?!\w)|[-–—][ \t])")  # a full stop ending no word: "TP.HCM"


def status_before(scan: ArticleScan, start: int) -> tuple[int, str | None]:
    """The status word right before a title at ``start``: (where it starts, status), or (start, None)."""
    prev = scan.prev_word(start)
    if prev is None or scan.skip_spaces(prev[1]) != start or prev[1] == start:
        return start, None
    status = scan.rules.status_words.get(fold(scan.text[prev[0] : prev[1]]))
    if status and _after_principal_cue(scan, start):
        return start, None  # "thừa ủy quyền Thủ tướng": no acting Prime Minister
    if status and scan.words_before(start, 2) in scan.rules.status_compounds:
        return start, None  # "chính quyền Tổng thống X": the administration, no acting President
    return (prev[0], status) if status else (start, None)


def _after_principal_cue(scan: ArticleScan, lead: int) -> bool:
    """A principal cue right before ``lead`` ("thừa ủy quyền của"): the office after it is the principal's."""
    return any(scan.words_before(lead, n) in scan.rules.principal_cues for n in (4, 3, 2))


def _joins(scan: ArticleScan, sep: str) -> bool:
    """A concurrent word alone between two offices ("A kiêm B"): one holder, one status."""
    return fold(sep).strip(" ,") in scan.rules.concurrent_words


def _other_holder(scan: ArticleScan, items: list[ChainItem], nxt: TitleHit) -> bool:
    """Whether ``nxt`` (a local office) cannot be held with the central offices in ``items``: the
    chain ends and ``nxt`` opens another person's ("... của Phó Thủ tướng Chính phủ, Phó Chủ tịch UBND
    tỉnh Ngô Tân Phượng")."""
    rx = scan.rules.local_body_re
    if rx is None or not any(fold(i.hit.rule.title) in scan.rules.central_titles for i in items):
        return False
    body, _end = body_after(scan, nxt)
    return bool(body) and rx.search(body) is not None


def _chain_context(scan: ArticleScan, start: int) -> tuple[bool, bool, bool]:
    pos = start
    # an honorific right before ("các đồng chí Ủy viên Bộ Chính trị")
    for hs, he in scan.honorific_spans:
        if scan.skip_spaces(he) == start and he <= start:
            pos = hs
            break
    plural = scan.preceded_by(pos, scan.rules.plural)
    predicative = scan.preceded_by(pos, scan.rules.predicative)
    former = scan.preceded_by(pos, scan.rules.former)
    return plural, predicative or former, former


def _body_skipped(scan: ArticleScan, chain: Chain) -> None:
    """The body the bodies component marked on the place the name was read past ("Đại sứ Việt Nam tại
    [Malaysia] Đinh Ngọc Linh": Đại sứ quán Việt Nam tại Malaysia) is the last link's, when it has none."""
    last = chain.items[-1]
    if last.body is not None or chain.target is None or chain.target <= scan.skip_spaces(chain.end):
        return
    inside = [kb for s, e, kb in scan.bodies if chain.end <= s and e <= chain.target]
    if len(inside) == 1 and inside[0]:
        last.body = inside[0]


def _at_place(scan: ArticleScan, pos: int) -> bool:
    """"tại" and a known place at ``pos``."""
    w = scan.word_at(pos)
    return w is not None and scan.text[w[0] : w[1]] in scan.rules.at_place_words and scan.skip_spaces(w[1]) in scan.place_at


def name_target(scan: ArticleScan, pos: int, holder: bool = False) -> int:
    """Where a name following a chain ending at ``pos`` starts (after places, "tại X", "của" and a country, a
    qualifier of the office; ``holder``: the chain ends in a state's office, flagged abroad_default in titles.tsv)."""
    pos = past_country_owner(scan, scan.skip_spaces(pos))
    placed = False  # the last step went past the title's country
    for _ in range(4):
        qualified = past_qualifier(scan, pos, holder, placed)
        if qualified is None and (after := qualifier_end(scan, pos)) is not None:
            qualified = owned if (owned := past_country_owner(scan, after)) != after else None
        placed = False
        if qualified is not None:
            pos = qualified  # "Thủ tướng mới Mark Carney", "lãnh đạo tối cao Iran A", "Tổng thống mới của X B"
            continue
        form = scan.rules.state_form_re.match(scan.text, pos) if scan.rules.state_form_re else None
        if form is not None and form.end() in scan.place_at:
            pos = form.end()  # "Thủ tướng nước Cộng hòa Cuba Manuel Marrero Cruz": the state form, then its country
        if pos in scan.place_at:
            after = scan.skip_spaces(scan.place_at[pos])
            if after > scan.place_at[pos] and (scan.starts_name(after) or _at_place(scan, after)
                                               or past_qualifier(scan, after, holder, True) is not None):
                placed = True
                pos = after  # "Đại sứ Việt Nam tại Malaysia Đinh Ngọc Linh": the post's country, then "tại X"
                continue
        bracketed = past_bracket(scan, pos)  # "Tổng Giám đốc Quỹ X (QX) Anna Berg"
        if bracketed is not None:
            pos = bracketed
            continue
        w = scan.word_at(pos)
        if w is not None and scan.text[w[0] : w[1]] in scan.rules.at_place_words:
            nxt = scan.skip_spaces(w[1])
            if nxt in scan.place_at:
                pos = scan.skip_spaces(scan.place_at[nxt])
                continue
        if w is not None and is_acronym(scan.text[w[0] : w[1]]) and not is_foreign_word(scan.text[w[0] : w[1]]):
            after = scan.skip_spaces(w[1])
            if after > w[1] and scan.starts_name(after):
                pos = after
                continue
            if any(scan.text.startswith(sep, w[1]) for sep in scan.rules.chain_seps):
                pos = w[1]  # "Chủ tịch BNDES, ông Aloizio Mercadante"
                break
        break
    return name_opening(scan, past_glued_body(scan, pos))  # "Giám đốc điều hành F1 Bernie Ecclestone"
