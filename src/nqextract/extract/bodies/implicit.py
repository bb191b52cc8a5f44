"""Phase 2, the article's places: a department printed without its place ("Sở Xây dựng chủ trì"), a head with
a bare level word ("UBND tỉnh", "Ban Thường vụ Tỉnh ủy") or "này" ("HĐND huyện này"), and a district's committee
printed without its district take the place the article gives them (its one province, the nearest mention of
that level before them, or the next title of the same chain)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules, norm_key
from ..party_units import printed_units
from ..phrases import LIST_SEP
from .places import place_at, place_words
from .scan import UNNAMED, BodyMatch, Text, is_word


def implicit_places(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """A department printed without its place ("Sở Xây dựng chủ trì") in an article about exactly one
    province is that province's department; elsewhere it names no body. A head printed with a bare level
    word ("UBND tỉnh", "Ban Thường vụ Tỉnh ủy") in an article naming several provinces is the body of the
    nearest province of that level mentioned before it."""
    matches = [_local_place(t, _this_place(t, _local_front(t, m, rules), rules), rules) for m in matches]
    matches = _bare_committees(t, matches, rules)
    provinces = {fold(m.province): m.province for m in matches if m.source != UNNAMED and m.province}
    if not provinces:
        provinces = _places_named(t, rules)
    if len(provinces) == 1:
        province = next(iter(provinces.values()))
        out = [_implicit(t, m, rules, lambda _pos, _level: province, True) for m in matches]
        return _placed_forms(_bare_levels(out, province, rules), province)
    matches = _bare_levels(matches, None, rules)
    if len(provinces) < 2:
        return matches
    mentions, listed = _province_mentions(t, matches, rules), _listed_places(t, matches)

    def nearest(pos: int, level: str) -> str | None:  # none when the nearest is one of a list's places
        found = [(s, p) for s, p in mentions if s < pos and fold(p).startswith(fold(level) + " ")]
        return found[-1][1] if found and found[-1][0] not in listed else None

    main = _main_province(t, matches, rules)
    return [_implicit(t, m, rules, lambda _pos, _level: main, True) if main and m.source == UNNAMED and any(
        m.province.startswith(h) for h in rules.implicit_place_heads) else _implicit(t, m, rules, nearest, False)
        for m in matches]


def _main_province(t: Text, matches: list[BodyMatch], rules: BodyRules) -> str | None:
    """The province whose bodies an article names at least three times as often as any other's (one merged away,
    "UBND tỉnh Bình Dương (cũ)", aside): a department printed without its place is that province's."""
    counts: dict[str, int] = {}
    merged_away = rules.checks.grammar.merged_away_rx
    for m in matches:
        if m.source != UNNAMED and m.province and not (merged_away and merged_away.match(t.low, m.end)):
            counts[m.province] = counts.get(m.province, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1]) + [("", 0)]
    return ranked[0][0] if ranked[0][1] >= 3 and ranked[0][1] >= 3 * ranked[1][1] else None


def _implicit(
    t: Text, m: BodyMatch, rules: BodyRules, province_of: Callable[[int, str], str | None], one: bool
) -> BodyMatch:
    """``m`` with the place the article gives it (``province_of(position, level)``), or ``m`` unchanged."""
    head = m.province if m.source == UNNAMED else ""
    if head and any(head.startswith(h) for h in rules.implicit_place_heads):
        # no level word printed: only an article about one province names the place
        if one and not _generic_at(t, m.start, m.end, rules):
            # prefixes printed before it stack on it as on any local body ("Thanh tra Sở Y tế" -> "Thanh tra Sở Y tế
            # tỉnh X")
            start, name = _stacked_prefixes(t, m.start, f"{head} {province_of(m.start, '')}", rules)
            return BodyMatch(start, m.end, name, "implicit")
        return m
    glued = rules.party_levels.get(fold(head)) if head else None
    province = province_of(m.start, glued) if glued else None
    if glued and province is not None and fold(province).startswith(glued + " "):
        # "Ban Thường vụ Tỉnh ủy" in an article about one province: that province's committee
        if not _generic_at(t, m.start, m.end, rules):
            start, name = _stacked_prefixes(t, m.start, f"{head} {_party_place(province, rules)}", rules)
            return BodyMatch(start, m.end, name, "implicit")
        return m
    if not (head or m.source == "proper") or not (bare := _bare_level(t, m.end, rules)):
        return m
    level_end, level = bare
    province = province_of(m.start, level)
    if province is None or not fold(province).startswith(fold(level) + " "):
        return m
    # "Phó Chủ tịch UBND tỉnh", "Ban Quản lý đường sắt đô thị TP": the level word of the province the
    # article is about stands for it
    if _generic_at(t, m.start, level_end, rules):
        return m
    start, name = m.start, f"{head or m.name} {province}"
    if head:  # "Văn phòng UBND tỉnh"
        start, name = _stacked_prefixes(t, start, name, rules)
    return BodyMatch(start, level_end, name, "implicit")


def _stacked_prefixes(t: Text, start: int, name: str, rules: BodyRules) -> tuple[int, str]:
    """Prefix heads printed before a body, stacked: "Ban Thường vụ" + "Đảng ủy" + "UBND Thành phố"."""
    while True:
        for prx, pvalue in rules.prefixes:
            pm = prx.search(t.low, max(0, start - 30), start)
            if pm and t.capital_at(pm.start()):
                before = t.low[max(0, pm.start() - 30) : pm.start()]
                printed = " ".join(t.raw[pm.start() : start].split())
                short = fold(printed) != fold(pvalue) and not (printed.isupper() and " " not in printed)  # "BTV": whole
                if (fold(pvalue) == rules.checks.grammar.standing or short) and rules.standing_title_before and \
                        rules.standing_title_before.search(before):
                    return start, name  # "Phó Chủ tịch Thường trực UBND tỉnh", "Ủy viên Thường vụ Tỉnh ủy": titles
                start, name = pm.start(), f"{pvalue} {name}"
                break
        else:
            return start, name


_CHAIN_GAP = re.compile(r",\s+(?:[^\W\d_]+\s+){1,4}$")  # ", chủ tịch ", ", Phó Chủ tịch "


def _bare_committees(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """A district's party committee printed without its place ("Huyện ủy") is that of the district named
    by the next title of the same chain ("phó bí thư Huyện ủy, chủ tịch UBND huyện Tây Sơn"), else of the
    last district of that level the text names before it."""
    out = []
    for i, m in enumerate(matches):
        organization = rules.party_organizations.get(fold(m.province)) if m.source == UNNAMED else None
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if organization and nxt is not None and fold(nxt.name).startswith(fold(m.province) + " ") and \
                rules.hold_gap and rules.hold_gap.match(t.raw[m.end : nxt.start]):
            # "tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy và giữ chức phó bí thư Đảng ủy Khối X": that committee
            start, name = _stacked_prefixes(t, m.start, nxt.name, rules)
            out.append(BodyMatch(start, m.end, name, "implicit"))
            continue
        level = " ".join(organization.split()[2:]) if organization else ""
        if organization and not level and (unit := _one_unit(t, m, matches, rules)):
            # "Ban Thường vụ Đảng ủy" in an article naming one "Đảng ủy xã X": that committee
            start, name = _stacked_prefixes(t, m.start, unit, rules)
            out.append(BodyMatch(start, m.end, name, "implicit"))
            continue
        if not level or fold(level) in rules.checks.grammar.province_levels or m.end < len(t.raw) and t.raw[m.end] == " " and \
                rules.checks.place_anaphor_rx and rules.checks.place_anaphor_rx.match(t.low, m.end):
            out.append(m)
            continue
        where = None
        if nxt is not None and nxt.source != UNNAMED and _CHAIN_GAP.match(t.raw[m.end : nxt.start]):
            key = fold(nxt.name)
            at = key.find(" " + fold(level) + " ")
            if at >= 0:
                where = nxt.name[at + len(level) + 2 :]
        if where is None:
            before = _named_before(t, m.start, level, rules)
            where = before.split(" ", len(level.split()))[-1] if before else None
        if where is None:
            out.append(m)
            continue
        start, name = _stacked_prefixes(t, m.start, f"{m.province} {where}", rules)
        out.append(BodyMatch(start, m.end, name, "implicit"))
    return out


def _one_unit(t: Text, m: BodyMatch, matches: list[BodyMatch], rules: BodyRules) -> str | None:
    """The one body named with a bare committee's head the article's matches name (or its unit's: "Đảng bộ xã Tân Hòa"),
    a place's ("Đảng ủy xã Tân Hòa" for "Đảng ủy"), when the committee is printed bare (no word after it opens a name); None when they name none or
    several, or one of no place."""
    gap = re.match(r"[ \t\u00a0]+", t.raw[m.end : m.end + 3])
    if gap and t.capital_at(m.end + gap.end()):
        return None
    key, unit_key = fold(m.province) + " ", fold(rules.party_organizations.get(fold(m.province), m.province)) + " "
    units = {fold(o.name): o.name for o in matches if o.source != UNNAMED and fold(o.name).startswith(key)}
    # "Đại hội Đảng bộ xã X": the unit's committee is "Đảng ủy xã X"
    units.update((key + fold(o.name)[len(unit_key) :], f"{m.province} {o.name[len(unit_key) :]}") for o in matches
                 if o.source != UNNAMED and fold(o.name).startswith(unit_key))
    if len(units) != 1:
        return None
    rest = next(iter(units))[len(key) :].split()
    if printed_units(t.raw, t.letters(), key.strip(), rules.level_words) - {" ".join(rest[:2])}:
        return None  # "Đảng ủy phường A và Đảng ủy Công an thành phố": another unit printed, not read as a body
    # a place's committee ("Đảng ủy xã X"), not a ministry's or a firm's ("Đảng ủy Bộ X": a guest's is not it)
    placed = any(len(rest) > n and " ".join(rest[:n]) in rules.level_words for n in (1, 2))
    return next(iter(units.values())) if placed else None


def _this_place(t: Text, m: BodyMatch, rules: BodyRules) -> BodyMatch:
    """"chủ tịch HĐND huyện này": a local head, a level word and "này" name the last place of that level the
    text names before; ``m`` unchanged otherwise."""
    if m.source != UNNAMED or not m.province or not (bare := _bare_level(t, m.end, rules)):
        return m
    level_end, level = bare
    this = rules.checks.place_anaphor_rx.match(t.low, level_end) if rules.checks.place_anaphor_rx else None
    where = _named_before(t, m.start, level, rules) if this else None
    if this is None or where is None:
        return m
    start, name = _stacked_prefixes(t, m.start, f"{m.province} {where}", rules)
    province = where if fold(level) == "tỉnh" else ""
    return BodyMatch(start, this.end(), name, "implicit", province=province)


def _local_front(t: Text, m: BodyMatch, rules: BodyRules) -> BodyMatch:
    """"MTTQ phường", "Mặt trận Tổ quốc Việt Nam xã": the Front printed short (rules.organizations) with a bare
    level word below a province's is that level's committee (the local head whose value ends with the Front's
    name, "Ủy ban Mặt trận Tổ quốc Việt Nam"), an unnamed head the article's one place of that level names
    (:func:`_local_place`, with its guards), or the committee of the place printed after the level word ("MTTQ Việt
    Nam xã Tân Lập"); the national Front otherwise ("MTTQ Việt Nam", "MTTQ các xã")."""
    if m.source == UNNAMED or m.name not in rules.organizations or not (bare := _bare_level(t, m.end, rules)):
        return m
    if fold(bare[1]) in rules.checks.grammar.province_levels:
        return m
    head = next((v for v, glued in rules.local_groups.values() if not glued and fold(v).endswith(" " + fold(m.name))), None)
    if head is None:
        return m
    level_end, level = bare
    named = re.match(r"[ \t\u00a0]+", t.raw[level_end : level_end + 3])
    if named and t.capital_at(level_end + named.end()):
        # "MTTQ Việt Nam xã Tân Lập": the committee of the place printed after the level word
        place = place_at(t, level_end, rules, need_known=False) or _named_run(t, level_end + named.end(), rules)
        if place is None or _person_like(place[1], rules) and _title_before(t, m.start, rules) and \
                not _printed_as_place(t, m.end + 1, place[0]):
            # "Chủ tịch MTTQ phường Trần Văn Lâm": its holder's name, not its place, unless the article prints it
            # as a place elsewhere ("Người dân phường Hoàng Văn Thụ")
            return BodyMatch(m.start, m.end, "", UNNAMED, province=head)
        return BodyMatch(m.start, place[0], f"{head} {place_words(level, place[1], place[2])[0]}", "implicit")
    return BodyMatch(m.start, m.end, "", UNNAMED, province=head)


def _person_like(printed: str, rules: BodyRules) -> bool:
    """A run of three or more capitalized words starting with a surname ("Trần Văn Lâm"): a holder's name printed
    after the level word, not the place."""
    words = printed.split()
    return len(words) >= 3 and fold(words[0]) in rules.surnames


def _named_run(t: Text, pos: int, rules: BodyRules) -> tuple[int, str, None] | None:
    """(end, printed, None) of a run of three or four capitalized words opening with a surname at ``pos`` ("Hoàng Văn
    Thụ"): the place reader takes it for a person's name; a ward may be named after one."""
    words = [(s, e) for s, e in t.words_after(pos)[:4]]
    run = []
    for s, e in words:
        if (run and t.raw[run[-1][1] : s] != " ") or not t.raw[s].isupper() or not t.raw[s:e].isalpha():
            break
        run.append((s, e))
    if len(run) < 3 or run[0][0] != pos or fold(t.raw[pos : run[0][1]]) not in rules.surnames:
        return None
    return run[-1][1], t.raw[pos : run[-1][1]], None


def _title_before(t: Text, pos: int, rules: BodyRules) -> bool:
    """A title (titles.tsv) printed right before the organ at ``pos`` ("Chủ tịch MTTQ phường"): a name after its level
    word may be the title's holder."""
    before = t.low[max(0, pos - 40) : pos].rstrip()
    return any(before.endswith(title) and (len(before) == len(title) or not before[-len(title) - 1].isalnum())
               for title in rules.name_words.asides.titles)


def _printed_as_place(t: Text, level_start: int, place_end: int) -> bool:
    """The article prints the same level word and run elsewhere, not right after an organ ("Người dân phường Hoàng Văn
    Thụ", "Phường Hoàng Văn Thụ"): a ward named after a person, the place."""
    key = t.low[level_start:place_end]
    for at in (x.start() for x in re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", t.low)):
        before = t.raw[max(0, at - 12) : at].rstrip().split()
        if at != level_start and (not before or not before[-1][:1].isupper() or before[-1][-1:] in ".!?:;,"):
            return True
    return False


def _local_place(t: Text, m: BodyMatch, rules: BodyRules) -> BodyMatch:
    """"Chủ tịch UBND xã", "Công an phường": a local head and a bare level word below a province's is that body
    of the one place of that level the article names ("xã Tân Hòa"; one merged away, "xã B cũ", aside) first before
    it, else of the one its sentence names before it; ``m`` unchanged when it names none or several, for a class of
    bodies ("UBND xã, phường"), another place ("UBND xã bạn": body_patterns.tsv level_stop) or a general rule
    ("Theo Luật X, Chủ tịch UBND xã ...": level_general_opener, level_general_after)."""
    if m.source != UNNAMED or not m.province or not (bare := _bare_level(t, m.end, rules)):
        return m
    level_end, level = bare
    named = re.match(r"[ \t\u00a0]+", t.raw[level_end : level_end + 3])
    if named and t.capital_at(level_end + named.end()):
        return m  # "Công an phường Nguyễn Cư Trinh": a place printed, though read as a person's name
    grammar = rules.checks.grammar
    joined = grammar.level_list_rx.match(t.low, level_end)
    if fold(level) in grammar.province_levels or _generic_at(t, m.start, level_end, rules) or \
            joined and _bare_level(t, joined.end() - 1, rules) or grammar.level_stop_rx.match(t.low, level_end) or \
            grammar.level_general_after_rx.match(t.low, level_end):
        return m  # "UBND xã, phường", "UBND xã bạn", "Chủ tịch UBND xã có thẩm quyền"
    lo = max(t.raw.rfind(p, 0, m.start) for p in ".!?\n") + 1
    if grammar.level_general_opener_rx.match(t.low, lo) or grammar.topic_plural and \
            re.search(rf"(?<!\w){re.escape(grammar.topic_plural)}\s+{re.escape(fold(level))}(?!\w)", t.low[lo : m.start]):
        return m  # "Đối với các phường thuộc Thành phố, ... HĐND phường", "Theo Luật X, ...": the level's bodies in general
    named = _named_places(t, level, rules)
    places = {fold(w): w for _s, w in named}
    if len(places) != 1 or min(s for s, _w in named) > m.start:
        # the sentence names one before it: "Tại xã A, Chủ tịch UBND xã cho biết"; a place the article names only
        # after the organ is not the organ's ("... yêu cầu Chủ tịch UBND xã ... Năm ngoái, xã A ...")
        places = {fold(w): w for s, w in _named_places(t, level, rules, m.start) if lo <= s}
    if len(places) != 1:
        return m
    start, name = _stacked_prefixes(t, m.start, f"{m.province} {next(iter(places.values()))}", rules)
    return BodyMatch(start, level_end, name, "implicit")


def _named_places(t: Text, level: str, rules: BodyRules, pos: int | None = None) -> list[tuple[int, str]]:
    """(start, place) of each place of ``level`` printed before ``pos`` (in the whole text without it) as a body
    names it ("xã Tân Hòa"); a level word inside a longer one ("thị xã") or ending a noun ("hợp tác xã": body_patterns.tsv
    level_compound) names none."""
    low = t.low if pos is None else t.low[:pos]
    merged = rules.checks.grammar.merged_away_rx
    longer = [lm.span() for lrx, lvalue in rules.levels if fold(lvalue) != fold(level)
              for lm in re.finditer(lrx.pattern.lstrip("^"), low)]
    out = []
    for lrx, lvalue in rules.levels:
        if fold(lvalue) != fold(level):
            continue
        for lm in re.finditer(lrx.pattern.lstrip("^"), low):
            if lm.start() and is_word(t.raw, lm.start() - 1):
                continue
            if any(s < lm.start() < e for s, e in longer) or \
                    rules.checks.grammar.level_compound_rx.search(t.low, max(0, lm.start() - 30), lm.end()):
                continue
            place = place_at(t, lm.end(), rules, need_known=False)
            if place is not None and place[1][:1].isupper() and not (merged and merged.match(t.low, place[0])):
                out.append((lm.start(), place_words(lvalue, place[1], place[2])[0]))
    return out


def _named_before(t: Text, pos: int, level: str, rules: BodyRules) -> str | None:
    """The last place of ``level`` printed before ``pos`` ("huyện Phù Mỹ", "tỉnh Bình Định"), as a body names it."""
    found = None
    for lrx, lvalue in rules.levels:
        if fold(lvalue) != fold(level):
            continue
        for lm in re.finditer(lrx.pattern.lstrip("^"), t.low[:pos]):
            if lm.start() and is_word(t.raw, lm.start() - 1):
                continue
            place = place_at(t, lm.end(), rules, need_known=False)
            if place is not None and place[1][:1].isupper() and (found is None or lm.start() > found[0]):
                found = (lm.start(), place_words(lvalue, place[1], place[2])[0])
    for committee, organization in rules.party_organizations.items():  # "Huyện ủy Phù Mỹ": "huyện Phù Mỹ"
        clevel = " ".join(organization.split()[2:])  # "Đảng bộ huyện" -> "huyện"
        if not clevel or fold(clevel) != fold(level):
            continue
        for cm in re.finditer(r"(?<!\w)" + re.escape(committee) + r"(?!\w)", t.low[:pos]):
            place = place_at(t, cm.end(), rules, need_known=False)
            if place is not None and place[1][:1].isupper() and (found is None or cm.start() > found[0]):
                found = (cm.start(), place_words(clevel, place[1], place[2])[0])
    return found[1] if found else None


def _province_mentions(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[tuple[int, str]]:
    """(start, "level name") of every province the text names, as a body's place or as a place, in order."""
    out = [(m.start, m.province) for m in matches if m.source != UNNAMED and m.province]
    out += [(start, where) for start, where in _place_mentions(t, rules)]
    return sorted(out)


def _listed_places(t: Text, matches: list[BodyMatch]) -> set[int]:
    """The starts of the places a list joins ("UBND 2 tỉnh X và Y", "các tỉnh X, Y"): two places' bodies with only a
    comma or a conjunction between them; a later bare level word ("Tỉnh ủy") takes neither."""
    placed = sorted((m for m in matches if m.source != UNNAMED and m.province), key=lambda m: m.start)
    out: set[int] = set()
    for a, b in zip(placed, placed[1:]):
        if a.end < b.start and LIST_SEP.fullmatch(t.raw, a.end, b.start):
            out.update((a.start, b.start))
    return out


def _bare_levels(matches: list[BodyMatch], province: str | None, rules: BodyRules) -> list[BodyMatch]:
    """A proper name ending with a capitalized level word and no place ("Ban Quản lý Phát triển đô thị Thành
    phố") is the body of the article's one province of that level, else the name without the level word."""
    out = []
    for m in matches:
        words = m.name.split()
        level = next((n for n in (2, 1) if m.source == "proper" and len(words) > n + 1
                      and fold(" ".join(words[-n:])) in rules.level_words), 0)
        if not level:
            out.append(m)
            continue
        base, printed = " ".join(words[:-level]), fold(" ".join(words[-level:]))
        name = f"{base} {province}" if province and fold(province).startswith(printed + " ") else base
        out.append(replace(m, name=name))
    return out


def _placed_forms(matches: list[BodyMatch], province: str) -> list[BodyMatch]:
    """A proper name printed without its place ("Ban Quản lý đường sắt đô thị sẽ chủ trì") where the article
    also names it with the place is that body."""
    placed = {fold(m.name): m.name for m in matches if m.name.endswith(" " + province)}
    out = []
    for m in matches:
        full = placed.get(fold(m.name + " " + province)) if m.source in ("proper", "topic") else None
        out.append(replace(m, name=full) if full else m)
    return out


def _place_mentions(t: Text, rules: BodyRules, former: bool = True) -> list[tuple[int, str]]:
    """(start, level + name) of each province printed as a place (a road or a person named after a place aside;
    with ``former`` False, a province printed as merged away: "tỉnh Bình Phước cũ")."""
    out: list[tuple[int, str]] = []
    if rules.places is None:
        return out
    merged_away = rules.checks.grammar.merged_away_rx
    for m in rules.places.finditer(t.low):
        if not t.capital_at(m.start()) or (m.start() and is_word(t.raw, m.start() - 1)):
            continue
        if rules.not_place_before and rules.not_place_before.search(t.low, max(0, m.start() - 12), m.start()):
            continue
        place = rules.place_by_key.get(norm_key(t.raw[m.start() : m.end()]).replace(" ", ""))
        if place is not None and (former or not (merged_away and merged_away.match(t.low, m.end()))):
            out.append((m.start(), f"{place.level} {place.name}"))
    return out


def _places_named(t: Text, rules: BodyRules) -> dict[str, str]:
    """Provinces the text names as places ("Tại điểm cầu Bắc Ninh", "Bắc Ninh tập trung ...") when no body
    names one: level + name of each printed at least twice (a road or a person named after a place, and a province
    merged into another, "tỉnh Bình Phước cũ", aside)."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for _start, where in _place_mentions(t, rules, former=False):
        counts[fold(where)] = counts.get(fold(where), 0) + 1
        names[fold(where)] = where
    return {k: names[k] for k, n in counts.items() if n >= 2} if len(counts) == 1 else {}


def _party_place(province: str, rules: BodyRules) -> str:
    """The place as printed after a party committee: "tỉnh Bắc Giang" -> "Bắc Giang", "thành phố Hà Nội" ->
    "Hà Nội" (the place's display form)."""
    level, _, name = province.partition(" ")
    if fold(level) == "thành" and name.startswith(("phố ", "Phố ")):
        name = name[len("phố ") :]
    place = rules.place_by_key.get(norm_key(name).replace(" ", ""))
    if place is not None:
        return place.display
    return province[len("tỉnh ") :] if fold(province).startswith("tỉnh ") else province


def _generic_at(t: Text, start: int, end: int, rules: BodyRules) -> bool:
    """A class of bodies, not one: "các Sở Y tế", "Sở Y tế địa phương", "UBND tỉnh, thành phố"."""
    before = t.low[max(0, start - 8) : start].split()[-1:]
    after = t.low[end : end + 20].split()[:2]
    if rules.generic_levels and rules.generic_levels.match(t.low[end : end + 16]):
        return True
    return bool((before and before[0] in rules.generic_before) or (
        after and (after[0] in rules.generic_before - rules.checks.grammar.join_after or " ".join(after) in rules.generic_after)
    ))  # "UBND tỉnh cùng các Sở": "cùng" after a body joins another one


def _bare_level(t: Text, pos: int, rules: BodyRules) -> tuple[int, str] | None:
    """(end, level) of a level word right after ``pos`` ("tỉnh", "TP") that names no place of its own."""
    if t.raw[pos : pos + 1] not in (" ", "\u00a0"):
        return None
    for lrx, level in rules.levels:
        lm = lrx.match(t.low, pos + 1)
        if lm is None:
            continue
        if place_at(t, lm.end(), rules, need_known=True):
            return None  # "UBND tỉnh Nghệ An" was read as another body already
        return lm.end(), level
    return None
