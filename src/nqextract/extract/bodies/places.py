"""Phase 2: local bodies and their places ("UBND tỉnh Nghệ An", "Thành ủy TP.HCM"): a head, a level word and a
place name read where they are printed (the place the article gives a body printed without one: ``implicit``)."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules, Place, norm_key
from ..phrases import LIST_SEP
from .scan import UNNAMED, BodyMatch, Text, after_head, given_name, is_word, lengthen

_PAREN_ACRONYM = re.compile(r"[ \t]*\([A-ZĐ&]{2,8}\)(?=[ \t])")
_LEVEL_SEP = re.compile(r"[ \t]*[,/:][ \t]*|[ \t]+và[ \t]+|[ \t]+")  # ":" ends the level words ("các tỉnh, thành phố: A, B")
_PAIR_JOIN = re.compile(r"[ \t]+và[ \t]+|[ \t]*[-–,][ \t]*")


def place_at(t: Text, pos: int, rules: BodyRules, need_known: bool) -> tuple[int, str, Place | None] | None:
    """A place name starting at ``pos`` (after spaces): (end, printed, known place or None)."""
    while pos < len(t.raw) and t.raw[pos] == " ":
        pos += 1
    if rules.places is not None and t.capital_at(pos) and (m := rules.places.match(t.low, pos)):
        place = rules.place_by_key.get(norm_key(t.raw[m.start() : m.end()]).replace(" ", ""))
        if place is not None:
            return m.end(), t.raw[pos : m.end()], place
    if need_known:
        return None
    end = pos
    count = 0
    for ws, we in t.words_after(pos):
        if ws != end and (count == 0 or t.raw[end:ws] != " "):
            break
        word = t.raw[ws:we]
        if not (word[0].isupper() or word.isdigit()) or not word[0].isalnum():
            break
        if count >= 2 and fold(word) in rules.surnames:
            break
        end = we
        count += 1
        if count == 4:
            break
    if count == 0:
        return None
    if count >= 3 and fold(t.raw[pos:end].split()[0]) in rules.surnames or _person_name_at(t, pos, rules):
        return None  # "UBND TP Bùi Xuân Cường", "UBND tỉnh Nguyễn Văn Phương": a person's name, not a place
    if fold(t.raw[pos:end]).rstrip(".") in rules.level_words:
        return None  # "Thành ủy TP...": the level word alone names no place
    if count == 1 and given_name(t, t.raw[pos:end], rules.surnames, pos):
        return None  # "Chủ tịch HĐND thành phố Lệ ghi nhận": the holder "Nguyễn Thị Lệ" by her given name
    return end, t.raw[pos:end], None



def _person_name_at(t: Text, pos: int, rules: BodyRules) -> bool:
    """Three capitalized words at ``pos``, a surname, a middle name and a given name ("Nguyễn Văn Phương")."""
    words = []
    end = pos
    for ws, we in t.words_after(pos):
        if ws != end and (not words or t.raw[end:ws] != " "):
            break
        words.append(t.raw[ws:we])
        end = we
        if len(words) == 3:
            break
    return (len(words) == 3 and all(w[0].isupper() for w in words) and fold(words[0]) in rules.surnames
            and fold(words[1]) in rules.middle_names)


def local_bodies(t: Text, rules: BodyRules) -> list[BodyMatch]:
    out = []
    heads_at: dict[int, str] = {}  # start -> head of the local bodies read with their place
    for rx, exact in rules.local_heads:
        for m in rx.finditer(t.tones if exact else t.low):
            head, glued = rules.local_groups[m.lastgroup or ""]
            lower = not t.capital_at(m.start())
            if lower and fold(head) not in rules.lower_local_heads:
                continue
            if fold(head) in rules.field_local_heads and after_head(t, m.start(), rules.proper_head_keys):
                continue  # "Chi cục Thi hành án dân sự huyện X": the unit's field, no body of its own
            pos = m.end()
            if ab := _PAREN_ACRONYM.match(t.raw, pos):  # "đoàn đại biểu Quốc hội (ĐBQH) TP Đà Nẵng"
                pos = ab.end()
            if pos >= len(t.raw) or t.raw[pos] not in " \u00a0":
                out.append(BodyMatch(m.start(), m.end(), "", UNNAMED, province=head))
                continue
            if glued:
                found = place_at(t, pos, rules, need_known=True)
                if found is None:  # "Thành ủy TP Hà Nội": a level word may come before the place
                    lm = next((lm for lrx, _ in rules.levels if (lm := lrx.match(t.low, pos + 1))), None)
                    found = place_at(t, lm.end() if lm else pos, rules, need_known=False)
                if found is None:
                    out.append(BodyMatch(m.start(), m.end(), "", UNNAMED, province=head))
                    continue
                end, printed, place = found
                where = place.display if place else printed
                province = f"{place.level} {place.name}" if place else ""
                out.append(BodyMatch(m.start(), end, f"{head} {where}", "local", province=province))
                continue
            if listed := _plural_levels(t, pos, rules):  # "Ủy ban nhân dân các tỉnh, thành phố Đà Nẵng, Quảng Ngãi"
                out += [replace(b, start=m.start(), name=f"{head} {b.name}") if i == 0 else replace(b, name=f"{head} {b.name}")
                        for i, b in enumerate(listed)]
                continue
            if fold(head) in rules.region_heads and (rm := region_at(t, pos, rules)):  # "Tòa án nhân dân khu vực 3": the region a unit of 2025 serves
                out.append(BodyMatch(m.start(), rm, f"{head} {t.raw[pos:rm].strip()}", "local"))
                continue
            level = None
            p = pos + 1
            found = place_at(t, p, rules, need_known=True)  # "TP.HCM" before the level word "TP"
            if found is None:
                for lrx, lvalue in rules.levels:
                    if lm := lrx.match(t.low, p):
                        level, p = lvalue, lm.end()
                        break
                found = place_at(t, p, rules, need_known=level is None)
            if found is None or (lower and found[2] is None and level is None):
                # no place: an unnamed local body ("Ủy ban Mặt trận Tổ quốc các cấp"); it still hides
                # the bodies printed inside its head ("Mặt trận Tổ quốc")
                out.append(BodyMatch(m.start(), m.end(), "", UNNAMED, province="" if lower else head))
                continue
            end, printed, place = found
            where, province = place_words(level, printed, place)
            out.append(BodyMatch(m.start(), end, f"{head} {where}", "local", province=province))
            heads_at[m.start()] = head
            if place is None:
                continue
            # more known places listed after the first: "Công an tỉnh Trà Vinh, Bến Tre và Vĩnh Long", each maybe
            # with its own level word ("UBND thành phố Cần Thơ và các tỉnh Hậu Giang, Sóc Trăng")
            while (sep := LIST_SEP.match(t.raw, end)) and (nxt := _listed_place(t, sep.end(), level, rules)):
                end, printed, place, level = nxt
                if place is None or is_word(t.raw, end):
                    break
                where, province = place_words(level, printed, place)
                out.append(BodyMatch(sep.end(), end, f"{head} {where}", "local", province=province))
    out += _shared_places(t, out, heads_at, rules)
    out += _level_heads(t, rules)
    return out


def _shared_places(t: Text, out: list[BodyMatch], heads_at: dict[int, str], rules: BodyRules) -> list[BodyMatch]:
    """A council and a committee printed as a pair or a list before one place ("Chủ tịch HĐND và UBND xã Tân
    Thành", "HĐND - UBND huyện X", "Tỉnh ủy, HĐND, UBND, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên"): each
    printed without a place is that place's too."""
    if not rules.shared_place_heads:
        return []
    placed = {m.start: m for m in out if m.source == "local" and m.start in heads_at}
    bare = {m.start: m for m in out if m.source == UNNAMED and fold(m.province) in rules.shared_place_heads}
    shared, reached = [], set()
    for start in sorted(bare):
        if start in reached:
            continue
        chain, nxt = [bare[start]], None
        for _ in range(4):  # "HĐND, UBND, Ủy ban MTTQ tỉnh X": over the other heads printed bare to the placed one
            join = _PAIR_JOIN.match(t.raw, chain[-1].end)
            if join is None:
                break
            nxt = placed.get(join.end())
            if nxt is not None or join.end() not in bare:
                break
            chain.append(bare[join.end()])
            reached.add(join.end())
        if nxt is None or (len(chain) == 1 and fold(heads_at[nxt.start]) not in rules.shared_place_heads):
            continue  # a pair: a council and a committee; a list of them reaches any local body
        where = nxt.name[len(heads_at[nxt.start]) :]
        shared += [BodyMatch(m.start, m.end, f"{m.province}{where}", "local", province=nxt.province) for m in chain]
    return shared


_DASH = re.compile(r"[ \t]*[-–][ \t]*")


def region_at(t: Text, pos: int, rules: BodyRules) -> int | None:
    """The end of a numbered region right after ``pos`` (" khu vực 3", " Khu vực XV"), else None."""
    rm = rules.region.match(t.low, pos) if rules.region is not None else None
    if rm is None or not (t.raw[rm.end() - 1].isdigit() or t.raw[rm.end() - 1].isupper()):
        return None
    return rm.end()


def regional_places(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """A unit named by its numbered region goes on with the place printed after a dash ("Tòa án nhân dân khu
    vực 3 - TP.HCM", "Phòng THADS Khu vực 2 - tỉnh Đồng Nai"), the official names of 2025; the mentions the place
    covers are dropped."""
    if rules.region is None:
        return chosen

    def longer(m: BodyMatch) -> BodyMatch | None:
        last = None
        for rm in rules.region.finditer(t.low, m.start, m.end):
            last = rm
        dash = _DASH.match(t.raw, m.end)
        if last is None or last.end() != m.end or region_at(t, last.start(), rules) != m.end or dash is None:
            return None
        p, level = dash.end(), None
        found = place_at(t, p, rules, need_known=True)
        if found is None and (lm := next(((lm, v) for lrx, v in rules.levels if (lm := lrx.match(t.low, p))), None)):
            level = lm[1]
            found = place_at(t, lm[0].end(), rules, need_known=False)
        if found is None or is_word(t.raw, found[0]):
            return None
        where, _ = place_words(level, found[1], found[2])
        return replace(m, end=found[0], name=f"{m.name} - {where}")

    return lengthen(chosen, longer)


_NAME_HEAD_BEFORE = re.compile(r"(?<!\w)cục[ \t]+$")  # "Cục Thuế", "Chi cục Thuế", "Tổng cục Thuế"


def _level_heads(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """Short heads with a level word and a place: "Ủy ban tỉnh Lâm Đồng" is the province's people's committee,
    "Thuế thành phố Đà Nẵng" its tax office (not inside another head's name: "Chi cục Thuế quận Tây Hồ"); "các đại
    biểu Quốc hội tỉnh Quảng Ngãi" its delegation."""
    out = []
    for rx, head, lower_ok in rules.level_local_heads:
        for m in rx.finditer(t.low):
            if not (lower_ok or t.capital_at(m.start())) or _NAME_HEAD_BEFORE.search(t.low, max(0, m.start() - 12), m.start()):
                continue
            lm = next((lm for lrx, _ in rules.levels if (lm := lrx.match(t.low, m.end()))), None)
            found = place_at(t, lm.end(), rules, need_known=False) if lm else None
            if lm is None or found is None:
                continue
            level = next(v for lrx, v in rules.levels if lrx.match(t.low, m.end()))
            end, printed, place = found
            where, province = place_words(level, printed, place)
            out.append(BodyMatch(m.start(), end, f"{head} {where}", "local", province=province))
    return out


def _listed_place(t: Text, pos: int, level: str | None, rules: BodyRules) -> tuple[int, str, Place | None, str | None] | None:
    """A known place listed at ``pos`` after a local body's first place, maybe led by a plural_word ("các") and its own level word
    ("và tỉnh Hải Dương", "và các tỉnh Hậu Giang"): (end, printed, place, its level), else None."""
    if found := place_at(t, pos, rules, True):
        return (*found, level)
    p = next((pos + len(w) + 1 for w in rules.plural_words if t.low.startswith(w + " ", pos)), pos)
    lm, lvalue = next(((lm, v) for lrx, v in rules.levels if (lm := lrx.match(t.low, p))), (None, None))
    if lm is None or not (found := place_at(t, lm.end(), rules, True)):
        return None
    return (*found, lvalue)


def place_words(level: str | None, printed: str, place: Place | None) -> tuple[str, str]:
    """The place as named after a local head, and the province it is ("" for a place below a province)."""
    if place is not None and (level is None or fold(level) in ("tỉnh", fold(place.level))):
        return f"{place.level} {place.name}", f"{place.level} {place.name}"
    if place is not None:  # "TP Bạc Liêu": the provincial city, not the province
        return f"{level} {place.name}", ""
    return f"{level} {printed}", ""


def _plural_levels(t: Text, pos: int, rules: BodyRules) -> list[BodyMatch]:
    """Provinces listed after plural level words ("các tỉnh, thành phố Đà Nẵng, Quảng Ngãi", "2 tỉnh X và Y",
    "các tỉnh, thành phố: X, Y"): one local body per known place (names without the head), else []."""
    cue = rules.checks.grammar.level_count_rx.match(t.low, pos)  # "các", "hai", "2" (body_patterns.tsv's level_count)
    if cue is None:
        return []
    p, levels = cue.end(), 0
    while lm := next((lm for lrx, _ in rules.levels if (lm := lrx.match(t.low, p))), None):
        levels += 1
        p = lm.end()
        if not (sep := _LEVEL_SEP.match(t.low, p)):
            break
        p = sep.end()
    if not levels:
        return []
    out: list[BodyMatch] = []
    while found := place_at(t, p, rules, need_known=True):
        end, _printed, place = found
        if place is None or is_word(t.raw, end):
            break
        where = f"{place.level} {place.name}"
        out.append(BodyMatch(p, end, where, "local", province=where))
        if not (sep := LIST_SEP.match(t.raw, end)):
            break
        p = sep.end()
    return out
