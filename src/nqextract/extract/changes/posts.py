"""position_changes, the post: the title and body a change concerns, and whether it is an acting one."""

from __future__ import annotations

import re

from ...textnorm import fold
from .ministries import ministry
from .scan import ChangeScan, Cue, PersonRef, SpanRef


def post(scan: ChangeScan, cue: Cue, person: PersonRef, clause_end: int, first: PersonRef | None = None,
         prev: PersonRef | None = None) -> tuple[str | None, str | None, bool]:
    """(title, body, acting) of the post concerned; ``first`` is the first of the persons a cue lists
    (a post printed between the cue and it is every listed person's)."""
    titles = scan.titles
    rx = scan.rules.post_rx
    first = first or person
    # 1. a title between the cue and the person ("miễn nhiệm chức vụ Bộ trưởng ... đối với ông A"); one
    # right before the name ("đối với Phó Thủ tướng Hồ Đức Phớc") names the person, not the post, when
    # a post is printed before it; a listed person's own post after the one before it is that
    # person's ("... đối với ông A và chức vụ Bộ trưởng Bộ Y tế đối với ông B")
    # (up to the next cue: persons shared with it stand after it, "miễn nhiệm chức vụ X, thôi làm ... đối với")
    between = [t for t in titles if cue.start <= t.start and cue.end <= t.end and t.end <= min(first.start,
                                                                                               clause_end)]
    loose = [t for t in between if scan.key[t.end:first.start].strip() != ""]
    between = loose or between
    if prev is not None and rx is not None:
        own = [t for t in titles if prev.end <= t.start and t.end <= person.start
               and scan.key[t.end:person.start].strip() != "" and rx.search(scan.key, prev.end, t.start)]
        between = own or between
    # 2. a title the post word introduces after the person ("ông A giữ chức Thứ trưởng")
    after = [t for t in titles if person.end <= t.start < clause_end]
    # for a subject before the cue, the post word after the cue ("ông A được X bầu làm ..., sau đó được
    # Y bầu giữ chức ...": the second cue's post is the one after it)
    anchor = cue.start if person.end <= cue.start else person.end  # the cue may hold it ("thôi giữ chức")
    # persons joined to this one after the cue share the post word after the last of them ("bầu ông A làm Bí
    # thư, ông B và ông C làm Phó Bí thư": B's post is C's)
    holder = person if person.end <= cue.start else joined(scan, person, clause_end)[-1]
    since = anchor if holder is person else holder.end
    introduced = None
    for t in after:
        if t.start < since:
            continue
        if person.end <= cue.start and cue.end <= t.start and not scan.key[cue.end:t.start].strip():
            introduced = t  # the title right after a subject's cue ("ông A trúng cử Chủ tịch Hội X")
            break
        lead = scan.key[since:t.start]
        if rx is not None and rx.search(lead) and not scan.persons_between(since, t.start) \
                and _introduces(scan, cue, since, t):
            introduced = t
            break
    # 3. the appositive ("ông A, Phó Bí thư Tỉnh ủy"; in brackets, "ông A (Thứ trưởng Bộ X)"), 4. the title
    # printed before the name
    status = scan.rules.status
    # in brackets only for a post left or sanctioned: a taking change's bracket may be the new post or the old
    opens = scan.rules.gap_words("apposition_open") if cue.rule.change not in TAKING else ()
    apposed = next((t for t in after if apposition_gap(scan.key[person.end:t.start], opens)
                    in ("", *status["former"], *status["acting"], *status["new"])), None)
    before = next((t for t in reversed(titles) if t.end <= person.start
                   and scan.key[t.end:person.start].strip() == "" or
                   (t.end <= person.start and _body_between(scan, t.end, person.start))), None)
    if cue.rule.change in TAKING:
        if person.end <= cue.start:
            # "ông A, Giám đốc Sở X, được điều động ...": the post printed beside the subject is the one
            # left, not the one taken; a new one ("Tân Chủ tịch UBND tỉnh X Trần Văn A được bầu ...") is
            # the one taken
            apposed = apposed if apposed is not None and _is_new(scan, apposed) else None
            before = before if before is not None and _is_new(scan, before) else None
        order = (introduced, between[-1] if between else None, apposed, before)
    else:
        order = (between[-1] if between else None, introduced, apposed, before)
    if between and person is first and any(w in scan.key[between[-1].end:person.start]
                                                    for w in scan.rules.gap_words("own_post")):
        # "bổ nhiệm chức vụ X đối với ông A và chức vụ Y đối với ông B": X is A's, Y after A is B's
        order = (between[-1],)
    chosen = next((t for t in order if t is not None), None)
    if introduced is None and cue.rule.change == "transferred" \
            and (dest := destination(scan, max(person.end, cue.end), clause_end)) is not None:
        return None, dest, False  # "điều động ông A, Phó Bí thư Huyện ủy X, đến nhận công tác tại Ban Y"
    if chosen is None:
        return None, None, False
    status_rx = scan.rules.status_rx
    prefix = status_rx.search(scan.key[max(0, chosen.start - 8):chosen.start]) if status_rx is not None else None
    acting = bool(prefix and prefix.group(0).strip() in status["acting"]) \
        or any(chosen.label.lower().startswith(w) for w in status["acting"])
    title = chosen.label
    if prefix and prefix.group(0).strip() in status["former"] and cue.rule.change == "disciplined":
        title = f"{prefix.group(0).strip()} {title}"
    # a post shared by joined persons is read as the article names it for the last of them, who stands by it
    owner = holder if chosen is introduced else person
    return title, body_of(scan, chosen, owner), acting


def joined(scan: ChangeScan, person: PersonRef, limit: int) -> list[PersonRef]:
    """``person`` and the persons joined to it after it by a comma or "và" and nothing else (an honorific
    aside) before ``limit``: A and B of "ông A và ông B làm ..."."""
    out = [person]
    for q in scan.persons:
        if q.start < out[-1].end:
            continue
        if q.start >= limit or scan.rules.co_persons_rx.fullmatch(scan.key[out[-1].end:q.start]) is None:
            break
        out.append(q)
    return out


# changes that take a post (a move takes one too): the post printed beside a subject before its cue is the one
# left, and a bracket after the name never holds the post taken
TAKING = ("appointed", "elected", "nominated", "reappointed", "acting", "approved", "transferred")
_APPOSITION_MARKS = " ,-–—"


def apposition_gap(gap: str, opens: tuple[str, ...]) -> str:
    """The words between a name and its appositive title, its marks and one opening word of ``opens`` (a
    bracket, "(") aside: "" for "ông A, Phó Bí thư" and "ông A (Thứ trưởng"; an opening is a word printed
    first, not a set of characters."""
    gap = gap.strip(_APPOSITION_MARKS)
    opening = next((w for w in opens if gap.startswith(w)), None)
    return gap.removeprefix(opening).strip(_APPOSITION_MARKS) if opening else gap
_DESTINATION_GAP = 160  # characters from the person (or the cue) to the destination words


def destination(scan: ChangeScan, a: int, clause_end: int) -> str | None:
    """The body a move sends its person to, printed without a title ("điều động ông A, Bí thư Tỉnh ủy
    X, đến công tác tại Ban Tổ chức Trung ương", "được luân chuyển về nhận công tác tại Sở Y tế"): the
    body right after the destination words, no person and no clause end between."""
    rx = scan.rules.destination_rx
    m = rx.search(scan.key, a, min(clause_end, a + _DESTINATION_GAP)) if rx is not None else None
    if m is None or scan.persons_between(a, m.start()) or ";" in scan.key[a:m.start()]:
        return None
    at = m.end()
    while at < clause_end and scan.text[at] == " ":
        at += 1
    body = next((b for b in scan.bodies if b.start == at), None)
    return body.label if body is not None else _unmarked_body(scan, m.end())


def _is_new(scan: ChangeScan, title: SpanRef) -> bool:
    """A title printed after "tân" ("tân Giám đốc Sở X"): the post just taken."""
    rx = scan.rules.new_rx
    return rx is not None and rx.search(scan.key, max(0, title.start - 6), title.start) is not None


def fixed_post(scan: ChangeScan, cue: Cue, person: PersonRef, clause_end: int) -> tuple[str, str | None]:
    """The post a cue prints inside it ("cho thôi làm nhiệm vụ đại biểu Quốc hội"): the rule's title, and
    for body the body printed after the person whose name begins with the rule's body ("ông A thuộc Đoàn
    đại biểu Quốc hội tỉnh X"), else the rule's body."""
    head = fold(cue.rule.body or "")
    if not head:  # the body right after the cue ("giao phụ trách, điều hành UBND huyện X"), else none
        first = next((b for b in scan.bodies if cue.end <= b.start < clause_end
                      and scan.rules.charge_gap_rx.fullmatch(scan.key[cue.end:b.start])), None)
        return cue.rule.title or "", first.label if first is not None else _unmarked_body(scan, cue.end)
    for b in scan.bodies:
        if person.end <= b.start < clause_end and head and head in fold(b.label) \
                and not fold(b.label).startswith(head) \
                and fold(b.label) != head and not scan.persons_between(person.end, b.start):
            return cue.rule.title or "", b.label
    return cue.rule.title or "", cue.rule.body


def _introduces(scan: ChangeScan, cue: Cue, since: int, title: SpanRef) -> bool:
    """A post word before the title introduces it: one of its own outside the cue, or the cue's own ("từ
    chức", "thôi giữ chức") with the title right after it; "ông A từ chức sau khi Giám đốc Sở Y tế B bị bắt",
    "ông A từ chức vì lý do sức khỏe, Bộ trưởng Bộ Nội vụ cho biết": the title is another clause's."""
    rx = scan.rules.post_rx
    gap = scan.key[cue.end:title.start].strip(" \n:")
    if rx is None or not cue.start <= since < cue.end or not gap:
        return True  # "thôi giữ các chức vụ: Ủy viên ..."
    if fold(" ".join(gap.split())) in scan.rules.post_slots:
        return True  # "từ chức khỏi vị trí Tổng Giám đốc ...", "xin từ chức ghế Chủ tịch ..."
    return any(m.start() >= cue.end for m in rx.finditer(scan.key, since, title.start))


def _body_between(scan: ChangeScan, a: int, b: int) -> bool:
    """Only a body printed between a title and the name ("Bộ trưởng Bộ Y tế Đào Hồng Lan")."""
    return any(s.start - a <= 1 and b - s.end <= 1 for s in scan.bodies if a <= s.start and s.end <= b)

def body_of(scan: ChangeScan, title: SpanRef, person: PersonRef) -> str | None:
    for b in scan.bodies:
        if title.end <= b.start <= title.end + 1:
            return b.label
    if (levelled := _levelled_body(scan, title)) is not None:
        return levelled
    if (here := _this_place(scan, title)) is not None:
        return here
    for pos in scan.positions.get(person.name, []):
        if fold(pos.title) == fold(title.label) and pos.body:
            return pos.body
    printed = scan.text[title.start:title.end].split()
    if len(printed) > 1 and printed[-1][:1].isupper() and not printed[-2][:1].isupper():
        # "trưởng Phòng tác chiến Mặt trận B3": the title ran over the head of its body
        at = title.end - len(printed[-1])
        if scan.rules.body_head_rx is not None and scan.rules.body_head_rx.match(scan.text, at):
            # what follows is the rest of that body's name (three words at least: "Phòng Tổ" of "Phòng Tổ
            # chức" is no name), or none
            ran_over = _unmarked_body(scan, at - 1)
            return ran_over if ran_over is not None and len(ran_over.split()) >= 3 else None
    return (ministry(scan, title) or _unmarked_body(scan, title.end)
            or _bare_party_committee(scan, title.end))


def _levelled_body(scan: ChangeScan, title: SpanRef) -> str | None:
    """A levelled title the persons component read as its bare office ("Trưởng" of "Trưởng Công an phường X": it
    decided once that a local force of a levelled level follows): the body that starts on the title's shared head,
    "<shared head> <level> <Place>" ("Công an phường X")."""
    span = f" {fold(scan.text[title.start:title.end])}"  # "chức Trưởng Công an": the post word may lead it
    printed = next((v for form, v in scan.rules.levelled.items() if span.endswith(f" {form}")), None)
    if printed is None or fold(title.label) != printed[0]:
        return None  # no levelled title, or read as its printed form ("Trưởng Công an", no local force)
    head = printed[1]
    for b in scan.bodies:
        if title.start < b.start < title.end and fold(scan.text[b.start:title.end]) == head:
            words = fold(b.label)
            if any(words.startswith(f"{head} {level} ") for level in scan.rules.levelled_levels):
                return b.label
    return None


def _this_place(scan: ChangeScan, title: SpanRef) -> str | None:
    """"chủ tịch UBND huyện này": the people's committee of the district the nearest body before it names
    ("Huyện ủy Hoài Ân" -> "Ủy ban nhân dân huyện Hoài Ân")."""
    rx = scan.rules.this_place_rx
    m = rx.match(scan.text, title.end) if rx is not None else None
    if m is None:
        return None
    head, level = m.group(1), m.group(2).lower()
    committee = "|".join(re.escape(w) for w in scan.rules.gap_words("committee_tail")) or "(?!)"
    place = re.compile(rf"(?:^|\s){re.escape(level)}(?: (?:{committee}))?\s+(\w.*)$", re.IGNORECASE)
    for b in sorted((b for b in scan.bodies if b.end <= title.start), key=lambda b: -b.start):
        if (n := place.search(b.label)) is not None and n.group(1)[:1].isupper():
            name = f"{head} {level} {n.group(1)}"
            canon = scan.rules.canonical_body(name) if scan.rules.canonical_body is not None else None
            return canon or name
    return None


_BARE_COMMITTEE = re.compile(r"\s+Đảng ủy(?=\s*[,;.:)]|\s+[a-zđ])")
_PARTY_UNIT = re.compile(r"Đảng (?:bộ|ủy) ((?:[Cc]ơ quan )?)")


def _bare_party_committee(scan: ChangeScan, at: int) -> str | None:
    """"được bầu làm Bí thư Đảng ủy;" in an article on one party unit's congress: the committee of the
    unit the article names most often as "Đảng bộ/Đảng ủy (cơ quan) X", X a body it marked ("Đảng ủy cơ
    quan Tạp chí Cộng sản")."""
    if _BARE_COMMITTEE.match(scan.text, at) is None:
        return None
    counts: dict[str, int] = {}
    for m in _PARTY_UNIT.finditer(scan.text):
        unit = next((b for b in scan.bodies if b.start == m.end()), None)
        label = unit.label if unit is not None else ""
        whole = next((b for b in scan.bodies if b.start == m.start()), None)
        if unit is None and whole is not None and (pm := _PARTY_UNIT.match(whole.label)) and pm.group(1):
            label = whole.label[pm.end() :]  # the bodies component marked "Đảng bộ cơ quan X" whole
        if not label or fold(label).startswith("đảng"):
            continue
        name = (m.group(1).lower() + label).strip()
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: (counts[k], len(k)))
    return f"Đảng ủy {best}"


_BODY_END = re.compile(r"[,;:()“”\"\n]|\.(?!\w)")  # a period inside a name ("TP.HCM") is no end
_MAX_BODY_WORDS = 10


def _unmarked_body(scan: ChangeScan, at: int) -> str | None:
    """A body name the bodies component did not mark, printed right after the title: a capitalized body
    head ("Đài", "Bệnh viện", "Trường") and the words after it, up to a punctuation mark, a date, a
    person, or a rules' word that follows a post ("kể từ", "nhiệm kỳ", "thay"); its last word
    capitalized ("Đài Phát thanh và Truyền hình Bình Định")."""
    rx = scan.rules.body_head_rx
    start = at + 1
    if rx is None or scan.text[at:start] != " " or rx.match(scan.text, start) is None:
        return None
    end = len(scan.text)
    if m := _BODY_END.search(scan.text, start):
        end = m.start()
    for x in (d[0] for d in scan.dates):
        if start < x < end:
            end = x
    for word_rx in (scan.rules.since_rx, scan.rules.term_rx, scan.rules.stop_rx, scan.rules.post_rx):
        at = start
        while word_rx is not None and (w := word_rx.search(scan.key, at, end)) is not None and w.start() > start:
            if any(scan.key[max(start, w.start() - len(x) - 1):w.start()] == f"{x} "
                   for x in scan.rules.gap_words("name_before_post")):
                at = w.end()  # "chức" of "Ban Tổ chức" is part of the name, no post word
                continue
            end = w.start()
            break
    if scan.persons_between(start, end):
        return None  # a name inside: no telling where the body ends
    words = scan.text[start:end].split()
    while words and not words[-1][:1].isupper() and not words[-1][:1].isdigit() \
            and not (words[-1] in scan.rules.gap_words("committee_tail") and len(words) > 1
                     and words[-2][:1].isupper()):  # "Tỉnh ủy"
        words.pop()
    if len(words) < 2 or len(words) > _MAX_BODY_WORDS:
        return None
    return " ".join(words)


def concurrent(scan: ChangeScan, cue: Cue, person: PersonRef, clause_end: int,
               title: str) -> list[tuple[str, str | None]]:
    """Posts the same change gives "kiêm" after its post ``title`` ("bổ nhiệm ông A giữ chức Phó Hiệu
    trưởng, kiêm Chánh Văn phòng Trường X"): (title, body printed after it, else None). A "kiêm" in the
    person's appositive before the post ("bổ nhiệm ông A, Phó Giám đốc kiêm Chánh Văn phòng Sở, giữ chức
    Giám đốc") is the office held, no change."""
    out = []
    start = max(person.end, cue.end)
    main = [t.start for t in scan.titles if start <= t.start < clause_end and fold(t.label) == fold(title)]
    if not main:
        return []
    first = max(main)
    for t in scan.titles:
        if first < t.start < clause_end and scan.rules.concurrent_rx.search(scan.key[max(first, t.start - 30):t.start]):
            body = next((b.label for b in scan.bodies if t.end <= b.start <= t.end + 1), None)
            out.append((t.label, body or _unmarked_body(scan, t.end)))
    if "," in scan.key[start:min(main)]:
        return out  # the post in an appositive ("miễn nhiệm ông A, Phó Chủ tịch ..., Ủy viên ..."): no list
    # posts listed after the post word ("thôi giữ các chức vụ: Ủy viên Bộ Chính trị, Ủy viên Ban Chấp hành
    # Trung ương Đảng"): each title right after the one before it and its body, a comma or "và" between
    at = _post_end(scan, next(t for t in scan.titles if t.start == min(main)))
    for t in sorted((t for t in scan.titles if at <= t.start < clause_end), key=lambda t: t.start):
        if scan.rules.listed_rx.fullmatch(scan.key[at:t.start]) is None or scan.persons_between(at, t.start):
            break
        body = b.label if (b := _listed_body(scan, t)) is not None else None
        if (t.label, body) not in out:
            out.append((t.label, body))
        at = _post_end(scan, t)
    return out


def _listed_body(scan: ChangeScan, title: SpanRef) -> SpanRef | None:
    """The body printed right after a title, or one the title's span runs into ("Trưởng Đoàn đại biểu Quốc
    hội" of "Đoàn đại biểu Quốc hội tỉnh X")."""
    return next((b for b in scan.bodies if title.start < b.start <= title.end + 1
                 or (b.start == title.start and b.end > title.end)), None)


def _post_end(scan: ChangeScan, title: SpanRef) -> int:
    """The end of a title and the body printed right after it, a bare party committee's word too ("giữ chức vụ
    Bí thư Đảng ủy, Chủ tịch HĐND xã X": the second post starts after "Đảng ủy")."""
    body = _listed_body(scan, title)
    if body is None and (bare := _BARE_COMMITTEE.match(scan.text, title.end)) is not None:
        return bare.end()
    return max(body.end, title.end) if body is not None else title.end
