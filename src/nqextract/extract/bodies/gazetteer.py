"""Phase 1: bodies listed in the gazetteer and abbreviations, ministries named by a title ("Bộ trưởng
Công an") or listed after a plural "các Bộ", and a country after a state body ("Quốc hội Lào")."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules, abbreviation_regex, norm_key
from ..phrases import LIST_SEP
from .proper_edges import foreign_name
from .scan import BodyMatch, Text, is_word

# "các đồng chí [Ủy viên X, ...]" before a member title: the title names a class of attendees
_PLURAL_TITLE = re.compile(r"(?<!\w)các(?:\s+đồng chí)?\s+(?:(?:ủy viên|bí thư)[^,;.()]{1,40},\s*){0,4}$")
_FEDERAL_STATE = re.compile(r"[ \t]+(?:tiểu[ \t]+)?bang(?:[ \t]+[A-ZĐ][\w'’-]*)+")


def gazetteer(t: Text, rules: BodyRules) -> list[BodyMatch]:
    out = []
    last_end = 0
    for first in rules.gazetteer_starts.finditer(t.low) if rules.gazetteer and rules.gazetteer_starts else ():
        if first.start() < last_end or not (m := rules.gazetteer.match(t.low, first.start())):
            continue
        name, term = rules.gazetteer_groups[m.lastgroup or ""]
        start, end = m.start(), m.end()
        last_end = end
        if not t.capital_at(start):
            continue
        blocker = rules.not_followed.get(fold(name))
        if blocker and blocker.match(t.low, end):
            continue
        if name_follows(t, end) and fold(name) in rules.not_before_name and not rules.gazetteer.match(t.low, end + 1):
            continue  # "Cục Thuế Vũng Tàu": a province's department, not the national one ("Cục Thuế Bộ Tài chính" is)
        canonical = name
        term_rx = rules.checks.grammar.term_rx
        if term and term_rx and (tm := term_rx.match(t.low, end)):
            end = tm.end()
            canonical = f"{name} {rules.checks.grammar.term_words[tm.group(1)]} {tm.group(2).upper()}"
        out.append(BodyMatch(start, end, canonical, "gazetteer"))
    for pattern, expansion, literal in rules.abbreviations:
        if literal not in t.tones:
            continue
        for m in abbreviation_regex(pattern).finditer(t.tones):
            out.append(BodyMatch(m.start(), m.end(), expansion, "abbreviation"))
    return out


def name_follows(t: Text, end: int) -> bool:
    """Whether a capitalized word follows ``end`` after a space ("Cục Thuế [Vũng] Tàu")."""
    return t.raw[end : end + 1] in (" ", "\t") and t.raw[end + 1 : end + 2].isupper()


def brand_owners(matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """A brand printed alone in an article that names one body by a head and that brand ("Tập đoàn Vingroup ...
    Hải Phòng và Vingroup") is that body; so is a news outlet's longer name ("Guardian" of "The Guardian")."""
    if not rules.brands:
        return matches
    out = []
    for m in matches:
        if m.name in rules.brands:
            tail = " " + fold(m.name)
            owners = {fold(o.name): o.name for o in matches
                      if (o.name not in rules.brands or o.name in rules.press) and fold(o.name).endswith(tail)}
            if len(owners) == 1:  # (printed "Tập đoàn VinGroup" and "Tập đoàn Vingroup": one body)
                m = replace(m, name=owners.popitem()[1])
        out.append(m)
    return out


def title_ministries(t: Text, rules: BodyRules) -> list[BodyMatch]:
    out: list[BodyMatch] = []
    titles = rules.ministry_titles
    title_words = rules.ministry_title_words
    if titles is None or (title_words is not None and not any(w in t.low for w in title_words)):
        return out  # a title is read in the text before each match: none printed, no ministry named by one
    for name, rx in rules.ministries:
        for m in rx.finditer(t.low):
            if titles is None or not t.capital_at(m.start()) or not titles.search(t.low[max(0, m.start() - 20) : m.start()]):
                continue
            out.append(BodyMatch(m.start(), m.end(), name, "title"))
    return out


def ministry_lists(t: Text, rules: BodyRules, found: list[BodyMatch]) -> list[BodyMatch]:
    """Ministries listed after a plural "Bộ" without repeating it: "các Bộ: Kế hoạch và Đầu tư, Tài chính",
    "các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn"; after a ministry printed without a plural,
    only ministries each ending the list's item ("Bộ trưởng Bộ Kế hoạch và Đầu tư, Tài chính, Công an tham gia"; not
    "Bộ Công an, [Công an] thành phố", the city's police; "Bộ Công Thương, [Tài chính] ngân hàng là ngành ...", a
    sector; "Bộ Lao động, Thương binh và Xã hội" is one ministry)."""
    names = {fold(n) for n, _ in rules.ministries}
    g = rules.checks.grammar
    starts: list[tuple[int, bool]] = [(m.end(), True) for m in g.ministry_list_rx.finditer(t.low)] if g.ministry_list_rx else []
    starts += [(m.end, g.plural_before(t.low, m.start, m.start)) for m in found if fold(m.name) in names]
    out: list[BodyMatch] = []
    for pos, plural in starts:
        first = pos not in {m.end for m in found}
        while True:
            q = pos
            if not first:
                sep = LIST_SEP.match(t.low, pos)
                if sep is None:
                    break
                q = sep.end()
            hit = None
            if t.capital_at(q):
                for name, rx in rules.ministries:
                    mm = rx.match(t.low, q)
                    if mm and not is_word(t.raw, mm.end()) and (hit is None or mm.end() > hit[1]):
                        hit = (name, mm.end())
            if hit is None or not (plural or _item_end(t, hit[1], rules)):
                break
            out.append(BodyMatch(q, hit[1], hit[0], "title"))
            pos, first = hit[1], False
    return out


_ITEM_END = re.compile(r"[ \t]*(?:[,;.:!?()\n]|$)|[ \t]+và[ \t]")
_NEXT_LOWER = re.compile(r"[ \t]+([a-zà-ỹđ]+)")


def _item_end(t: Text, end: int, rules: BodyRules) -> bool:
    """A ministry's field listed without "Bộ" ends its item: a list's separator or the clause's end follows, or a
    lower-case word opening the next clause, a topic_stop ("... Công an cùng tham gia", "... Tài chính đã giải
    trình"); not one going on with the item ("Công an thành phố", "Tài chính ngân hàng là ngành ...")."""
    if _ITEM_END.match(t.raw, end):
        return True
    nxt = _NEXT_LOWER.match(t.raw, end)
    if nxt is None:
        return False
    at = nxt.start(1)
    return fold(nxt.group(1)) in rules.topic_stops or any(
        t.low.startswith(p, at) and not is_word(t.raw, at + len(p)) for p in rules.topic_stop_pairs)


def foreign(t: Text, m: BodyMatch, rules: BodyRules) -> BodyMatch:
    """A country after a state body, or after "của": that country's body ("Quốc hội Lào", "Bộ Tài chính của Anh" ->
    Bộ Tài chính Anh); a country printed with its state form keeps it ("Bộ Tài chính Vương quốc Anh", "Quốc hội Liên
    bang Nga"); "Việt Nam" joins the name. A movement keeps its own name ("Taliban Afghanistan": Taliban)."""
    if m.source in ("gazetteer", "title") and rules.countries is not None and m.name not in rules.movements:
        om = rules.country_owner.match(t.tones, m.end) if rules.country_owner else None
        at = om.end() if om else m.end  # "Bộ Tài chính của Anh"
        home = m.name in rules.home_only and fold(t.tones[m.start : m.end]) != fold(m.name)
        name = " ".join(t.tones[m.start : m.end].split()) if home else _home_short(t, m, rules)  # "Tòa án Tối cao Mỹ"
        if cm := rules.countries.match(t.tones, at) or (rules.republic and rules.republic.match(t.tones, at)) or (
                rules.republic_of and rules.republic_of.match(t.tones, m.end)) or (  # "Chính phủ nước Cộng hòa Cuba"
                rules.country_with_form and rules.country_with_form.match(t.tones, m.end)):
            return BodyMatch(m.start, cm.end(), f"{name} {cm.group(1)}", m.source)
        if home and (st := _FEDERAL_STATE.match(t.raw, m.end)):  # "Tòa án tối cao bang New York"
            return BodyMatch(m.start, st.end(), f"{name} {' '.join(t.tones[m.end : st.end()].split())}", m.source)
        g = rules.checks.grammar
        if g.home_rx and not fold(m.name).endswith(g.home_key) and (vn := g.home_rx.match(t.low, m.end)):
            return replace(m, end=vn.end())
    return m


def _home_short(t: Text, m: BodyMatch, rules: BodyRules) -> str:
    """The name a country printed after ``m`` goes on: a home body printed short, its name the printing and the home
    country ("Tập đoàn Điện lực" -> "Tập đoàn Điện lực Việt Nam", "Bộ Tổng tham mưu" -> "... Quân đội nhân dân Việt
    Nam"), is named by the printed words only ("Tập đoàn Điện lực Hàn Quốc", "Bộ Tổng Tham mưu X"); else ``m``'s name."""
    printed = t.tones[m.start : m.end].split()
    words = m.name.split()
    home = fold(rules.checks.grammar.home) if rules.checks.grammar.home else ""
    if home and fold(m.name).endswith(" " + home) and len(words) > len(printed) and \
            fold(" ".join(words[: len(printed)])) == fold(" ".join(printed)):
        return " ".join(words[: len(printed)])
    return m.name


def shared_republics(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """State bodies joined before one printed with its country's state form share that country: "Hội đồng Nhà
    nước và Hội đồng Bộ trưởng nước Cộng hòa Cuba" -> Hội đồng Nhà nước nước Cộng hòa Cuba and Hội đồng Bộ
    trưởng nước Cộng hòa Cuba (a body that already names a country keeps its own)."""
    forms = [rx for rx in (rules.republic_of, rules.republic) if rx is not None]
    out, country = list(matches), None
    g = rules.checks.grammar  # g.joined: the words joining state bodies that share the country printed after the last one
    for i in range(len(out) - 1, -1, -1):
        b = out[i]
        printed = next((rm.group(1) for rx in forms for rm in rx.finditer(t.tones, b.start, b.end) if rm.end() == b.end), None)
        if printed is not None and b.name.endswith(printed):
            country = printed
        elif country is None or i + 1 == len(out) or t.tones[b.end : out[i + 1].start].strip() not in g.joined:
            country = None
        elif not b.name or foreign_name(b.name, rules) or foreign_name(t.tones[b.start : b.end], rules) or (
                g.home_key and fold(t.tones[b.start : b.end]).endswith(g.home_key)):
            country = None  # "Chính phủ Việt Nam và Chính phủ nước Cộng hòa Cuba": each its own
        else:
            out[i] = replace(b, name=f"{b.name} {country}")
    return out


def title_bodies(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """Bodies a title names without printing them whole: a member of the Party's Central Committee
    ("Ủy viên Trung ương Đảng" -> Ban Chấp hành Trung ương Đảng) and a foreign head of government
    ("Thủ tướng Hungary" -> Chính phủ Hungary)."""
    out = []
    if rules.member_titles is not None:
        for rx, name in rules.member_bodies:
            for m in rx.finditer(t.low):
                window = t.low[max(0, m.start() - 160) : m.start()]
                title = rules.member_titles.search(window)
                if not t.capital_at(m.start()) or title is None or _PLURAL_TITLE.search(window, 0, title.start()):
                    continue  # "các đồng chí Ủy viên Bộ Chính trị, Ủy viên Trung ương Đảng": classes of attendees
                if rules.plenum_words is not None and rules.plenum_words.search(window) and not m.group(0).endswith(
                        rules.checks.grammar.plenum_parties):
                    continue  # "Hội nghị Trung ương Đảng", not the bare "Hội nghị Trung ương 4" (a plenum, no body)
                nxt = t.raw[m.end() : m.end() + 2]
                if nxt[:1] == " " and nxt[1:].isupper() and not _person_follows(t, m.end() + 1, rules):
                    continue  # "Ủy viên Trung ương Đảng Cộng sản Trung Quốc": another party's committee
                out.append(BodyMatch(m.start(), m.end(), _with_term(t, name, rules), "title"))
    if rules.countries is not None:
        g = rules.checks.grammar
        for rx, name in rules.government_titles:
            for m in rx.finditer(t.low):
                if t.capital_at(m.start()) and (cm := rules.countries.match(t.tones, m.end())):
                    out.append(BodyMatch(cm.start(1), cm.end(), f"{name} {cm.group(1)}", "title"))
        for rx, name in rules.mission_titles:  # "Đại sứ Việt Nam tại Malaysia" -> "Đại sứ quán Việt Nam tại Malaysia"
            for m in rx.finditer(t.low):
                if t.capital_at(m.start()) and (cm := rules.countries.match(t.tones, m.end())):
                    out.append(BodyMatch(cm.start(1), cm.end(), f"{name} {g.home} {g.abroad} {cm.group(1)}", "title"))
        for rx, name in rules.envoy_titles:  # "Đại sứ Bulgaria tại Việt Nam" -> "Đại sứ quán Bulgaria tại Việt Nam"
            for m in rx.finditer(t.low):
                if not t.capital_at(m.start()) or not (cm := rules.countries.match(t.tones, m.end())):
                    continue
                if rules.mission_host is not None and (hm := rules.mission_host.match(t.tones, cm.end())):
                    host = " ".join(hm.group(1).split())
                    out.append(BodyMatch(cm.start(1), hm.end(), f"{name} {cm.group(1)} {g.abroad} {host}", "title"))
    return out


def listed_missions(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """One mission head before a list of countries and one host: a mission of each ("đại sứ quán Cuba, Trung
    Quốc và Nicaragua tại Cộng hòa Dominica" -> "Đại sứ quán Cuba tại Cộng hòa Dominica", ...)."""
    if rules.countries is None or rules.mission_host is None:
        return []
    out, g = [], rules.checks.grammar
    for head in rules.mission_heads:
        at = fold(head)
        for m in re.finditer(r"(?<!\w)" + re.escape(at) + r"(?= )", t.low):
            pos, found = m.end(), []
            while (cm := rules.countries.match(t.tones, pos)) is not None:
                found.append(cm)
                sep = g.list_sep_rx.match(t.raw[cm.end() : cm.end() + 6])
                if sep is None:
                    break
                pos = cm.end() + sep.end() - 1
            if len(found) < 2 or not (hm := rules.mission_host.match(t.tones, found[-1].end())):
                continue  # one country: the proper name's phase reads it
            host = " ".join(hm.group(1).split())
            out += [BodyMatch(cm.start(1), hm.end() if cm is found[-1] else cm.end(),
                              f"{head} {cm.group(1)} {g.abroad} {host}", "title") for cm in found]
    return out


def _with_term(t: Text, name: str, rules: BodyRules) -> str:
    """The committee's name with the term the article prints it with ("... khóa XIII"), one body one name."""
    g = rules.checks.grammar
    if g.term_rx and (tm := re.search(re.escape(name.lower()) + g.term_rx.pattern, t.low)):
        return f"{name} {g.term_words[tm.group(1)]} {tm.group(2).upper()}"
    return name


def _person_follows(t: Text, pos: int, rules: BodyRules) -> bool:
    """A surname then a capitalized word starts at ``pos`` (the title's holder, not a body's name)."""
    first = t.word_end(pos)
    return bool(first and fold(t.raw[pos:first]) in rules.surnames and t.raw[first + 1 : first + 2].isupper())


def chambers(t: Text, chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """A chamber printed without its country ("Chủ tịch Hạ viện") in an article naming exactly one foreign
    country is that country's chamber ("Hạ viện Malaysia"); with no or several countries it names none."""
    if rules.foreign_chambers is None or rules.countries is None:
        return chosen
    taken = [(m.start, m.end) for m in chosen]
    bare = []
    for m in rules.foreign_chambers.finditer(t.low):
        if not t.capital_at(m.start()) or any(s <= m.start() < e for s, e in taken):
            continue
        if rules.countries.match(t.tones, m.end()) or (rules.republic and rules.republic.match(t.tones, m.end())):
            continue  # "Hạ viện Mỹ" is read with its country
        if rules.checks.grammar.plural_before(t.low, m.start(), 8):
            continue  # "hai Thượng viện": a class
        bare.append(m)
    if not bare and all(a.start <= b.start for a, b in zip(chosen, chosen[1:])):
        return chosen  # no bare chamber: the country need not be read (the whole text)
    country = _one_country(t, rules)
    if country is None:
        return chosen
    out = list(chosen)
    for m in bare:
        out.append(BodyMatch(m.start(), m.end(), f"{' '.join(t.tones[m.start() : m.end()].split())} {country}",
                             "implicit"))
    return sorted(out, key=lambda b: b.start)


def _one_country(t: Text, rules: BodyRules) -> str | None:
    """The foreign country the text is about (its "Cộng hòa X" form where printed so): the only one it
    names, or one named at least three times as often as any other ("khu vực Mỹ Latin" aside); else None."""
    assert rules.countries is not None
    found: dict[str, str] = {}
    counts: dict[str, int] = {}
    home = rules.checks.grammar.home_key
    for rx in (r for r in (rules.countries, rules.republic) if r is not None):
        for cm in rx.finditer(t.tones):
            name = cm.group(1)
            short = fold(name.split()[-1] if name.startswith(rules.republics) else name)
            if home and (short == home or fold(name).startswith(home)):
                continue
            counts[short] = counts.get(short, 0) + 1
            if short not in found or len(name) > len(found[short]):
                found[short] = name
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    if not ranked or len(ranked) > 1 and counts[ranked[0]] < 3 * counts[ranked[1]]:
        return None
    return found[ranked[0]]


def deputies(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """A deputy printed with his province in parentheses ("đại biểu Đỗ Huy Khánh (Đồng Nai)") in an article
    about the National Assembly names that province's delegation ("Đoàn đại biểu Quốc hội tỉnh Đồng Nai");
    the titles, the article's words and what the parentheses may hold are deputy_* rows of body_patterns.tsv."""
    if rules.places is None or rules.deputy_before is None or rules.deputy_paren is None or not any(
            c in t.low for c in rules.deputy_contexts):
        return []
    out = []
    for pm in rules.deputy_paren.finditer(t.low):
        deputy = rules.deputy_before.search(t.low, max(0, pm.start() - 60), pm.start())
        if deputy is None or not all(w[:1].isupper() for w in t.raw[deputy.start("name") : deputy.end("name")].split()):
            continue
        pos = pm.end()
        m = rules.places.match(t.low, pos) if t.capital_at(pos) else None
        if m is None and rules.deputy_level and (lm := rules.deputy_level.match(t.low, pos)):  # "(tỉnh Đồng Nai)"
            pos = lm.end()
            m = rules.places.match(t.low, pos) if t.capital_at(pos) else None
        if m is None or t.raw[m.end() : m.end() + 1] != ")":
            continue
        place = rules.place_by_key.get(norm_key(t.raw[pos : m.end()]).replace(" ", ""))
        if place is not None:
            delegation = rules.deputy_delegations[" ".join(deputy.group("title").split())]
            out.append(BodyMatch(pos, m.end(), f"{delegation} {place.level} {place.name}", "title"))
    return out
