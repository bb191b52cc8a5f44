"""persons, phase 4: the positions each person holds: the chain before or after a name, a group's
positions, "giữ chức vụ" and "do ... làm Trưởng ban", default bodies, one entry per office."""

from __future__ import annotations

import re
from collections import Counter

from ...models import Position
from ...textnorm import canonical_tones, fold
from .abroad import abroad_defaults, abroad_positions, host_positions
from .careers import appointment_year, supersede
from .chains import after_holder_cue
from .counterparts import counterpart_positions
from .courts import article_body, court_after, mark_storied
from .delegations import bare_deputy, delegation_after
from .foreign_states import foreign_state_bodies
from .glued_bodies import glued_body
from .groups import counted_groups, listed_after
from .led import led_by, sentence_break
from .links import dated_past, linked_holder
from .member_schools import member_bodies, member_fulls
from .memberships import memberships
from .printed_offices import fill_unnamed_ministries, set_off_office
from .records import Chain, ChainItem, NameMention
from .represented import represented_body
from .roles import role_body_after
from .scan import SENTENCE_PUNCT, ArticleScan
from .timeline import timeline_positions


def positions_of(scan: ArticleScan, mentions: list[NameMention], group: dict[int, list[Position]],
                 pronouns: list[NameMention] = ()) -> dict[str, list[Position]]:
    by_target: dict[int, Chain] = {}
    for ch in scan.chains:
        if ch.target is not None:
            by_target.setdefault(ch.target, ch)
    by_start = {ch.start: ch for ch in scan.chains}
    by_start.update({ch.lead: ch for ch in scan.chains})  # "A, nguyên Bộ trưởng ...": past its status word
    starts = {m.start for m in mentions}
    group = dict(group)
    for s, ps in counted_groups(scan, mentions).items():  # "Cục X có 3 Phó Cục trưởng, gồm: A; B và C"
        group[s] = [*group.get(s, []), *ps]
    _untie_rank_lists(scan, mentions, by_target, by_start)
    # offices held through "Title Name" (the most reliable pattern): one holder each
    office: dict[tuple[str, str | None], str] = {}
    for m in mentions:
        ch = by_target.get(m.start)
        if ch is not None and not ch.plural and not ch.former:
            for it in ch.items:
                if not it.hit.rule.many and it.status == "current":
                    office.setdefault(_office_key(it), m.name)
    out: dict[str, list[Position]] = {}
    bare = bare_deputy(scan)  # "đại biểu A nói": a deputy of the Assembly, delegation unnamed
    for m in sorted(mentions, key=lambda m: m.start):
        pos: list[Position] = []
        ch = by_target.get(m.start)
        if ch is not None and not ch.plural:
            scan.attached.add(ch.start)
            mark_storied(scan, ch, m.name)
            if ch.target != scan.skip_spaces(ch.end):  # "Thủ tướng Singapore Lý Hiển Long"
                scan.abroad.update((m.name, fold(i.hit.rule.title)) for i in ch.items)
                pos.extend(abroad_positions(scan, ch, m.end))
            elif (rep := represented_body(scan, ch.lead)) is not None:  # "Đại diện Báo X có Tổng Biên tập A"
                pos.extend(p if p.body else p.model_copy(update={"body": rep}) for p in ch.positions)
            else:
                pos.extend(host_positions(scan, ch, m.name))  # "... tại Brazil, cùng Tổng thống Lula da Silva"
            if pos and pos[-1].body is None and (glued := glued_body(scan, ch.end, m.start)) is not None:
                pos[-1] = pos[-1].model_copy(update={"body": glued})  # "Chủ tịch G20 A B": the code G20
            elif pos and pos[-1].body is None and (owner := _owner_after(scan, m.end)) is not None:
                pos[-1] = pos[-1].model_copy(update={"body": owner})  # "người phát ngôn A của Bộ Quốc phòng X"
            elif pos and pos[-1].body is None and (court := court_after(scan, ch.items[-1].hit.rule, m.end)):
                pos[-1] = pos[-1].model_copy(update={"body": court})  # "Thẩm phán A (TAND tỉnh X)"
            elif pos and pos[-1].body is None and (own := set_off_office(scan, ch, m.end)):
                pos[-1] = pos[-1].model_copy(update={"body": own})  # "Người phát ngôn A, Văn phòng Chính phủ,"
            if m.start in scan.single_names:
                pos = [p for p in pos if p.body is not None]  # "Tổng thống Biden": whose, the title does not say
        elif ch is not None:
            scan.attached.add(ch.start)
        pos.extend(group.get(m.start, []))
        pos.extend(delegation_after(scan, m, bare))
        pos.extend(counterpart_positions(scan, m))  # "người đồng cấp Nga Sergei Lavrov"
        pos.extend(role_body_after(scan, m))  # "luật sư A (Đoàn luật sư TP.HCM)"
        after = m.end
        for sep in scan.rules.chain_seps:
            if scan.text.startswith(sep, after):
                nxt = by_start.get(after + len(sep))
                if nxt is not None and nxt.target not in starts and (
                        nxt.items[0].status != "current" or office.get(_office_key(nxt.items[0]), m.name) == m.name):
                    pos.extend(nxt.positions)
                    scan.attached.add(nxt.start)
                break
        if scan.text.startswith(" (", after):
            nxt = by_start.get(after + 2)
            if nxt is not None and nxt.target not in starts:
                pos.extend(nxt.positions)
                scan.attached.add(nxt.start)
        nxt = _chain_past_aside(scan, m, by_start, mentions)
        if nxt is not None and nxt.target not in starts and nxt.start not in scan.attached:
            pos.extend(nxt.positions)
            scan.attached.add(nxt.start)
        m.positions = pos
        lst = out.setdefault(m.name, [])
        for p in pos:
            if p not in lst:
                lst.append(p)
    dated: list[tuple[str, int, int, list[Position]]] = []  # appointments in a career told by dates
    for ch in scan.chains:
        # a pronoun holds a career told in the past ("Ông từng là ..."), not a new office
        former = all(it.status == "former" for it in ch.items)
        listed = ch.lead in scan.listing_leads  # "ông còn đảm nhận các chức vụ như ...": the pronoun's too
        year = appointment_year(scan, ch) if after_holder_cue(scan, ch.lead) else None
        holder = _holder_before(scan, ch, [*mentions, *pronouns] if former or listed or year else mentions, starts)
        if holder is None and listed and ch.start not in scan.attached:
            holder = _listing_subject(scan, ch, mentions)
        given = ch.positions
        if holder is not None and (linked := linked_holder(scan, ch, mentions)) is not None \
                and linked.name == holder and dated_past(scan, ch, linked):
            given = [p.model_copy(update={"status": "former"}) for p in given]  # "Từ năm 2014-2021, ông D với vai trò ..."
        if holder is None:
            holder, given = led_by(scan, ch, mentions, starts)
        holders = [holder] if holder is not None else []
        if holder is None:
            holders, given = _holder_after(scan, ch, mentions, starts)
        for holder in holders:
            scan.attached.add(ch.start)
            mark_storied(scan, ch, holder)
            lst = out.setdefault(holder, [])
            added = [p for p in given if p not in lst]
            lst.extend(added)
            if year is not None:
                dated.append((holder, ch.start, year, added))
    supersede(out, dated, scan.doc._.published.year if scan.doc._.published else None)
    for holder, position in memberships(scan, mentions):
        lst = out.setdefault(holder, [])
        if position not in lst:
            lst.append(position)
    schools = member_fulls(scan)  # once per article: "Trường X" -> "Trường X, Đại học Y"
    result = {n: _dedupe_positions(member_bodies(schools, _bare_committees(scan, _canonical_bodies(
                  scan, _joint_bodies(scan, _default_bodies(scan, n, ps))))))
              for n, ps in out.items()}
    fill_unnamed_ministries(scan, result)  # "Bộ trưởng Bộ X đưa ra ...", "Bộ trưởng Nguyễn Văn A"
    foreign_state_bodies(scan, result, mentions)  # "..., Thứ trưởng Bộ Ngoại giao Jose Julio Gomez"
    # a biography's career lines: each office its own, beside the ones printed with the name
    for holder, ps in timeline_positions(scan, mentions, pronouns).items():
        lst = result.setdefault(holder, [])
        keys = {(fold(p.title), fold(p.body) if p.body else None) for p in lst}
        for p in member_bodies(schools, _canonical_bodies(scan, _default_bodies(scan, holder, ps))):
            if (key := (fold(p.title), fold(p.body) if p.body else None)) not in keys:
                keys.add(key)
                lst.append(p)
    return result


def _joint_bodies(scan: ArticleScan, positions: list[Position]) -> list[Position]:
    """"Chủ tịch HĐND và UBND xã Tân Thành": one title over two bodies of one place is two offices."""
    rx = scan.rules.joint_bodies_re
    out = []
    for p in positions:
        m = rx.match(canonical_tones(p.body)) if rx is not None and p.body else None
        place = m.group(3) if m is not None else ""
        if m is None or not scan.rules.local_body_re or not scan.rules.local_body_re.match(place):
            out.append(p)
            continue
        for head in (m.group(1), m.group(2)):
            body = f"{head} {place}"
            out.append(p.model_copy(update={"body": scan.canonical(body) or body}))
    return out


def _untie_rank_lists(scan: ArticleScan, mentions: list[NameMention], by_target: dict[int, Chain],
                      by_start: dict[int, Chain]) -> None:
    """"Đại tướng A, Bộ trưởng Bộ Quốc phòng, Đại tướng B, Bộ trưởng Bộ Công an": in a list where every name
    is followed by its chain, a chain between two names is the first one's, not the office of the
    rank and name after it; so in a list of three or more ("ông A - X, bà B - Y, ông C - Z")."""
    ends = {m.end: m for m in mentions}
    by_start_m = {m.start: m for m in mentions}
    for target, ch in list(by_target.items()):
        m = by_start_m.get(target)
        if m is None or ch.target == scan.skip_spaces(ch.end):
            continue  # "Title Name": printed right before the name
        sep_before = next((sep for sep in scan.rules.chain_seps if scan.text.endswith(sep, 0, ch.lead)), None)
        if sep_before is None or (ch.lead - len(sep_before)) not in ends:
            continue
        sep_after = next((sep for sep in scan.rules.chain_seps if scan.text.startswith(sep, m.end)), None)
        nxt = by_start.get(m.end + len(sep_after)) if sep_after else None
        if nxt is None or nxt.target in by_start_m and nxt.target == scan.skip_spaces(nxt.end):
            continue  # the next chain is a "Title Name" of its own; one reaching a name past a rank or an
            # honorific is the next link of the same list ("A - X, bà B - Y, ông C - Z")
        ch.target = None
        del by_target[target]


_CLAUSE_STOP = re.compile(r"[;!?\n]|\.(?!\S)")


def _chain_past_aside(scan: ArticleScan, m: NameMention, by_start: dict[int, Chain],
                      mentions: list[NameMention]) -> Chain | None:
    """The appositive chain of a name printed with the person's age or birth year first, as court and police
    news print them: "A (63 tuổi, nguyên giám đốc trung tâm)", "B (40 tuổi, trú tại ...) - chi cục trưởng Chi cục
    X -", "C (sinh năm 1966), trú tại phường Y, thành phố Z, chi cục trưởng Chi cục X": None if not so printed."""
    text = scan.text
    aside = scan.rules.personal_aside_re
    pm = aside.match(text, m.end) if aside is not None else None
    close = text.find(")", pm.end()) if pm is not None else -1
    if pm is None or close < 0 or "(" in text[pm.end() : close]:
        return None
    if text.startswith(", ", pm.end()) and (ch := by_start.get(pm.end() + 2)) is not None and ch.end <= close:
        return ch  # "(63 tuổi, nguyên giám đốc trung tâm)"
    at = close + 1
    for sep in scan.rules.chain_seps:
        if text.startswith(sep, at) and (ch := by_start.get(at + len(sep))) is not None:
            return ch  # "(40 tuổi, trú tại ...) - chi cục trưởng ..."
    if scan.rules.residence_re is None or scan.rules.residence_re.match(text, at) is None:
        return None
    # "(sinh năm 1966), trú tại <address>, <chain>": the first chain after a comma in the clause, no name before it
    clause = _CLAUSE_STOP.search(text, at)
    limit = clause.start() if clause is not None else len(text)
    cands = [ch for ch in scan.chains if at < ch.lead < limit and text.endswith(", ", 0, ch.lead)]
    first = min(cands, key=lambda ch: ch.lead, default=None)
    if first is None or any(at < o.start < first.lead for o in mentions):
        return None
    return first


def _holder_before(scan: ArticleScan, ch: Chain, mentions: list[NameMention], starts: set[int]) -> str | None:
    """The person a "giữ chức vụ <title>" chain with no name after it belongs to: the one named last
    before it in the same sentence."""
    if ch.start in scan.attached or ch.plural or ch.target in starts:
        return None
    cue = next((n for n in (5, 4, 3, 2, 1) if scan.words_before(ch.lead, n) in scan.rules.holder_cues), None)
    if cue is None and ch.lead in scan.career_leads:
        before = [m for m in mentions if m.end <= ch.start and not sentence_break(scan.text[m.end : ch.start])]
        return max(before, key=lambda m: m.end).name if before else None
    if cue is None:
        linked = linked_holder(scan, ch, mentions)  # "ông A với vai trò vụ trưởng Vụ X"
        return linked.name if linked is not None else None
    if scan.words_before(ch.lead, cue + 1).split()[:1] == ["thôi"]:
        return None  # "thôi giữ chức": relieved of it
    if scan.words_before(ch.lead, cue).endswith(" là") and any(it.body is None for it in ch.items):
        return None  # "A từng là <title>" names an office only with its body ("là Trưởng công an ..." unread)
    before = [m for m in mentions if m.end <= ch.start and not sentence_break(scan.text[m.end : ch.start])]
    return _passive_subject(scan, before) if before else None


_SUBJECT_PRONOUNS = ("ông", "bà")


def _listing_subject(scan: ArticleScan, ch: Chain, mentions: list[NameMention]) -> str | None:
    """"Ngoài ra ông còn đảm nhận các chức vụ như ...": a list of offices whose subject is "ông"/"bà" in its
    sentence is the person named last before it."""
    sentence = max(scan.text.rfind(p, 0, ch.lead) for p in SENTENCE_PUNCT) + 1
    pron = [hs for hs, he in scan.honorific_spans
            if sentence <= hs < ch.lead and fold(scan.key[hs:he]) in _SUBJECT_PRONOUNS
            and (w := scan.word_at(scan.skip_spaces(he))) is not None and not scan.text[w[0]].isupper()]
    if not pron:
        return None
    before = [m for m in mentions if m.end <= pron[0]]
    return max(before, key=lambda m: m.end).name if before else None


def _passive_subject(scan: ArticleScan, before: list[NameMention]) -> str:
    """The person named last before an office, or, when he is the agent of a passive ("bà A được bà B -
    phó chủ tịch ... - ký quyết định bổ nhiệm giữ chức ..."), the subject before "được"."""
    ordered = sorted(before, key=lambda m: m.end)
    last = ordered[-1]
    for prev in reversed(ordered[:-1]):
        if prev.name == last.name:
            continue
        between = fold(scan.text[prev.end : last.start]).split()
        if between[:1] == ["được"] and (len(between) == 1 or " ".join(between[1:]) in scan.rules.honorifics):
            return prev.name
        break
    return last.name


_TERM = re.compile(r"[ \t]+nhiệm kỳ[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4}", re.IGNORECASE)


def _holder_after(scan: ArticleScan, ch: Chain, mentions: list[NameMention], starts: set[int]) -> tuple[list[str], list[Position]]:
    """"miễn nhiệm chức vụ bộ trưởng Bộ X nhiệm kỳ 2021 - 2026 đối với ông A": an office a personnel decision
    names before its holder ("đối với", "với"; person_context.tsv holder_after) is the holder's, former
    where the decision relieves him of it (decision_cue "miễn nhiệm" = former); "đối với 3 cán bộ gồm: A, B
    và C": every listed name's."""
    if ch.start in scan.attached or ch.plural or ch.target in starts or any(it.body is None for it in ch.items):
        return [], []
    status = next((scan.rules.decision_cues[w] for n in (4, 3, 2, 1)
                   if (w := scan.words_before(ch.lead, n)) in scan.rules.decision_cues), None)
    if status == "same":  # "miễn nhiệm chức vụ X đối với A và chức vụ Y với B": the decision before
        sentence = max(scan.low.rfind(p, 0, ch.lead) for p in SENTENCE_PUNCT) + 1
        found = [(m.start(), st) for cue, st in scan.rules.decision_cues.items() if st != "same"
                 for m in re.finditer(rf"(?<!\w){re.escape(cue)}(?!\w)", scan.low[sentence : ch.lead])]
        status = max(found)[1] if found else None
    if status is None:
        return [], []
    pos = ch.end
    term = _TERM.match(scan.text, pos)
    if term is not None:
        pos = term.end()
    link = next((w for w in scan.rules.holder_after if scan.low.startswith(f" {w} ", pos)), None)
    if link is None:
        return [], []
    pos = scan.skip_spaces(pos + len(link) + 1)
    for hs, he in scan.honorific_spans:
        if hs == pos:
            pos = scan.skip_spaces(he)
            break
    other = next((c for c in scan.chains if c.start == pos and c.target is not None), None)
    if other is not None:  # "đối với Phó thủ tướng Hồ Đức Phớc"
        pos = other.target
    holder = next((m for m in mentions if m.start == pos), None)
    names = [holder.name] if holder is not None else [m.name for m in mentions if m.start in listed_after(scan, pos, mentions)]
    if not names:
        return [], []
    return names, [p.model_copy(update={"status": "former"}) if status == "former" else p for p in ch.positions]


_OWNER = re.compile(r"[ \t]+của[ \t]+")


def _owner_after(scan: ArticleScan, end: int) -> str | None:
    """The body printed after "của" right after a name ("người phát ngôn Ngô Khiêm của Bộ Quốc phòng Trung
    Quốc"): the office the title before the name holds in it."""
    m = _OWNER.match(scan.text, end)
    return scan.body_at[m.end()][1] if m is not None and m.end() in scan.body_at else None


def _default_bodies(scan: ArticleScan, name: str, positions: list[Position]) -> list[Position]:
    """A title printed without a body names its default one for a Vietnamese name ("Thủ tướng
    Phạm Minh Chính" = Thủ tướng Chính phủ); a foreign holder keeps none."""
    first = name.split()[0] if name.split() else ""
    if fold(first) not in scan.rules.surnames:
        return abroad_defaults(scan, name, positions)
    out = [
        Position(title=p.title, body=scan.rules.default_bodies[fold(p.title)], status=p.status)
        if p.body is None and fold(p.title) in scan.rules.default_bodies
        and (name, fold(p.title)) not in scan.abroad else p
        for p in positions
    ]
    bare = [i for i, p in enumerate(out) if p.body is None and (rule := scan.rules.titles.get(fold(p.title)))
            is not None and rule.article_ministry and (name, fold(p.title)) not in scan.abroad]
    if bare and (ministry := _article_ministry(scan)) is not None:
        for i in bare:
            out[i] = out[i].model_copy(update={"body": ministry})
    for i, p in enumerate(out):  # "thẩm phán A" in an article on a trial at "TAND tỉnh X"
        rule = scan.rules.titles.get(fold(p.title))
        if p.body is None and rule is not None and rule.article_body and (name, fold(p.title)) not in scan.storied \
                and (body := article_body(scan, rule.default_body)):
            out[i] = p.model_copy(update={"body": body})
    return out


def _article_ministry(scan: ArticleScan) -> str | None:
    """The ministry the article is about: printed at least three times, more than twice as often as any other."""
    counts = Counter(fold(kb) for _s, _e, kb in scan.bodies if fold(kb) in scan.rules.ministries)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and 2 * ranked[1][1] >= ranked[0][1]):
        return None
    return scan.rules.ministries[ranked[0][0]]


def _canonical_bodies(scan: ArticleScan, positions: list[Position]) -> list[Position]:
    """A short or informal body after a title -> the body of the office ("Ủy viên Trung ương Đảng" is a
    member of the Ban Chấp hành Trung ương Đảng), from data/position_bodies.tsv; a body printed with a
    short head -> its full name ("Ủy ban tỉnh X" = Ủy ban nhân dân tỉnh X; person_context.tsv body_prefix)."""
    canon = scan.rules.position_bodies
    out = []
    for p in positions:
        if p.body and (term := _TERM_AFTER_BODY.search(p.body)) is not None and term.start() > 0:
            p = p.model_copy(update={"body": p.body[: term.start()]})  # "... Trung ương Đảng khóa X"
        if p.body and fold(p.body) in canon:
            p = p.model_copy(update={"body": canon[fold(p.body)]})
        elif p.body:
            body = fold(p.body)
            for short, full in scan.rules.body_prefixes:  # "Ủy ban tỉnh Lâm Đồng"
                rest = p.body[len(short) + 1 :]
                if body.startswith(short + " ") and not rest[:1].islower():  # "Ủy ban Xã hội" is no commune
                    p = p.model_copy(update={"body": f"{full} {rest}"})
                    break
        out.append(p)
    return out


_TERM_AFTER_BODY = re.compile(r"[ \t]+khóa[ \t]+(?:[IVXLC]+|\d+)$", re.IGNORECASE)


def _office_key(item: ChainItem) -> tuple[str, str | None]:
    return fold(item.hit.rule.title), fold(item.body) if item.body else None


def _bare_committees(scan: ArticleScan, positions: list[Position]) -> list[Position]:
    """"nguyên bí thư Đảng ủy, trưởng ban quản lý ..." beside "bí thư Đảng ủy, trưởng Ban Quản lý X": a bare
    party committee is the one the same title names in full elsewhere (its status kept where former)."""
    full = {}
    for p in positions:
        if p.body and fold(p.body) not in scan.rules.party_committees:
            full.setdefault((fold(p.title), fold(p.body).split()[0]), []).append(p)
    out, former = [], set()
    for p in positions:
        b = fold(p.body) if p.body else ""
        if b in scan.rules.party_committees and (same := [q for q in full.get((fold(p.title), b.split()[0]), [])
                                                           if fold(q.body).startswith(b + " ")]):
            if len(same) == 1 and p.status == "former":
                former.add(id(same[0]))
            continue
        out.append(p)
    return [p.model_copy(update={"status": "former"}) if id(p) in former else p for p in out]


def _dedupe_positions(positions: list[Position]) -> list[Position]:
    """One entry per (title, body); a title with no body is dropped where the same title has one. An office
    printed once as former ("cựu Thứ trưởng Bộ Công Thương Đỗ Thắng Hải") and once bare ("Thứ trưởng Hải")
    is the former one."""
    seen: dict[tuple[str, str | None], Position] = {}
    for p in positions:
        key = (fold(p.title), fold(p.body) if p.body else None)
        if key not in seen or (p.status == "former" and seen[key].status == "current"):
            seen[key] = p
    with_body = {t for t, b in seen if b is not None}
    # "bà A từng giữ chức phó hiệu trưởng" beside "phó hiệu trưởng Trường X": the one office, former
    former_bare = {t for (t, b), p in seen.items() if b is None and p.status == "former" and t in with_body}
    for (t, b), p in list(seen.items()):
        if b is not None and t in former_bare and p.status == "current" and \
                sum(1 for t2, b2 in seen if t2 == t and b2 is not None) == 1:
            seen[(t, b)] = p.model_copy(update={"status": "former"})
    kept = [p for (t, b), p in seen.items() if b is not None or t not in with_body]
    # "Chủ tịch Quốc hội" beside "Chủ tịch Quốc hội Campuchia" (a foreign chair named again without his country)
    kept = [p for p in kept if not (p.body and any(o.body and fold(o.title) == fold(p.title) and o.status == p.status
                                                   and fold(o.body).startswith(fold(p.body) + " ") for o in kept))]
    # "Phó Thủ tướng" beside "Phó Thủ tướng Thường trực" of the same body: the short form of one office
    keys = [(fold(p.title), fold(p.body) if p.body else None) for p in kept]
    return [
        p for p, (t, b) in zip(kept, keys)
        if not any(t2.startswith(t + " ") and (b is None or b == b2) for t2, b2 in keys)
    ]
