"""position_changes, the people: which persons a cue concerns.

* active cues ("bổ nhiệm", "bầu", "miễn nhiệm", "kỷ luật"): the persons after the cue, up to a stop
  word ("thay ông B"); else the person before it when a passive word ("được", "bị") precedes the cue;
* subject cues ("nghỉ hưu", "từ chức"): the person before the cue; else the one after "đối với".
"""

from __future__ import annotations

import re

from ...textnorm import fold
from .descriptors import described_nominee
from .lists import items, list_marker
from .posts import joined
from .scan import ChangeScan, Cue, PersonRef

_MAX_TARGET_GAP = 120  # characters from a cue to its first person after it
_MAX_SUBJECT_GAP = 140  # characters from a person to a cue after it
_LAST_WORD = re.compile(r"(?<!\w)(\w+)\s+$")
_UNREAL_WINDOW = 40  # characters before a cue (or its person) read for "kêu gọi", "tin đồn", ...
_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTE_CLOSED = re.compile(r"[\"”]\s*,")  # a quotation closed before its speaker ("...”, ông B nói")


def targets(scan: ChangeScan, cue: Cue, lo: int, hi: int, prev_end: int) -> list[PersonRef]:
    """The persons a cue concerns: ``lo``/``hi`` bound the sentence, ``prev_end`` the previous cue.

    Only words of the rules may stand between a cue and its person (titles, bodies, dates and
    documents aside): a person further in the sentence, past other words, is not concerned."""
    after_end = hi
    if scan.rules.stop_rx is not None and (m := scan.rules.stop_rx.search(scan.key, cue.end, hi)):
        after_end = m.start()
    mark = list_marker(scan, cue.end, min(after_end, cue.end + _MAX_TARGET_GAP))
    if mark is not None and _only_glue(scan, cue.end, mark[0]):
        listed = items(scan, mark[1], after_end)  # "bổ nhiệm 3 cán bộ gồm: ông A ...; ông B ..."
        if len(listed) > 1:
            return listed
    if (m := _QUOTE_CLOSED.search(scan.key, cue.end, after_end)) is not None:
        after_end = m.start()  # "“Tôi chọn ông A làm X vì ...”, ông B nói": the speaker is not concerned
    semi = scan.key.find(";", cue.end, after_end)
    bound, after_end = after_end, (semi if semi >= 0 else after_end)
    after = [p for p in scan.persons if cue.end <= p.start and p.end <= after_end]
    # "chọn ông A làm X, còn bà B được chọn làm Y": a person right before a passive word ending the span is the
    # subject of the cue after it
    after = [p for p in after if " ".join(scan.key[p.end:hi].split()) not in scan.rules.agent_words]
    if after and (after[0].start - cue.end > _MAX_TARGET_GAP or not _only_glue(scan, cue.end, _named_at(
            scan, cue.end, after[0].start))) and not (cue.rule.voice == "active" and described_nominee(
                scan, cue.end, after[0], after_end)):
        after = []  # but "đề cử chính trị gia kỳ cựu A làm X": the person his descriptor introduces
    if after and semi >= 0:
        after += _post_items(scan, semi, bound)
    before = [p for p in (*scan.persons, *scan.pronouns) if prev_end <= p.start and p.end <= cue.start
              and cue.start - p.end <= _MAX_SUBJECT_GAP]
    before.sort(key=lambda p: p.start)
    subject = before[-1] if before and (_only_glue(scan, before[-1].end, cue.start)
                                        or _dash_appositive(scan, before[-1].end, cue.start)
                                        or (cue.rule.voice == "subject"
                                            and scan.rules.let_by_rx.fullmatch(scan.key, before[-1].end, cue.start))) else None
    if cue.rule.voice == "subject":
        if subject is not None:
            return _co_subjects(scan, subject, prev_end)
        lead = _without_terms(scan, fold(scan.text[cue.end:after[0].start])).strip() if after else ""
        return after[:1] if after and lead.startswith(scan.rules.gap_words("subject_after")) else []
    passive = _passive_right_before(scan, lo, cue.start)
    if subject is not None and not after and _agent(scan, subject, lo):
        # "... - người được ông B bổ nhiệm": B decided; the one concerned is before, named only as the head of
        # that relative clause ("ông A - người được ông B chọn làm X")
        head = _relative_head(scan, cue, lo, prev_end)
        return [head] if head is not None else []
    if subject is not None and (cue.rule.phrase.split()[0].lower() in scan.rules.passive or passive
                                or _passive_before(scan, cue.start, subject.end)):
        # "ông A, Chủ tịch UBND tỉnh, được bầu ...; ông B được bầu ...", "ông A và bà B được bổ nhiệm ..."; the
        # persons heading the semicolon items after it with their own post share the decision ("đồng chí A được
        # chỉ định giữ chức Bí thư; đồng chí B giữ chức Phó Bí thư")
        return _co_subjects(scan, subject, prev_end) + (_post_items(scan, semi, bound, worded=True) if semi >= 0
                                                        else [])
    if passive:
        return []  # "bà được bổ nhiệm giữ chức X”, ông B nói": B is not concerned
    if not after and subject is not None and scan.rules.receive_rx is not None \
            and scan.rules.receive_rx.search(scan.key[subject.end:cue.start]) and _post_follows(scan, cue.end, hi):
        # "ông lại có quyết định bổ nhiệm làm trưởng Phòng tác chiến", "ông A nhận quyết định bổ nhiệm giữ
        # chức X": the decision is his
        return [subject]
    if not after and subject is not None and subject in scan.persons and _post_follows(scan, cue.end, hi) \
            and fold(cue.rule.phrase) not in scan.rules.picks:
        # "Ông A - giám đốc Sở X - luân chuyển và giữ chức Bí thư Huyện ủy Y": the subject is moved (not so
        # one who picks: "ông B chọn làm X ...")
        return [subject]
    if not after and cue.rule.voice == "active" and (head := _relative_head(scan, cue, lo, prev_end)) is not None:
        return [head]  # "ông A - người được ông B chọn làm X"
    return after


_CHAIN_GAP = re.compile(r"\s*(?:[^\W\d_][\w.&]*\s*){0,8},?\s*")  # a body's words after a title, then a comma
_CHAIN_WORDS = 8


def title_chain_start(scan: ChangeScan, p: PersonRef, lo: int) -> int:
    """Where the titles printed before ``p`` start, with the bodies after them whether marked or not ("Chủ
    tịch UBND tỉnh B", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh B"): stepping back title by title over at most a
    few words and a comma, never over a passive word or a cue; ``p.start`` when no title is printed right before him."""
    pos = p.start
    stop = scan.rules.passive_words
    for t in reversed(scan.titles):
        if t.end > pos or t.start < lo:
            continue
        gap = scan.key[t.end:pos]
        if _CHAIN_GAP.fullmatch(gap) is None or stop & set(_WORD.findall(gap)) \
                or (scan.rules.cue_rx is not None and scan.rules.cue_rx.search(gap)):
            break  # "được Bộ trưởng bổ nhiệm ông B": a cue between the title and B, the title is no chain of his
        pos = t.start
    return pos


def _relative_head(scan: ChangeScan, cue: Cue, lo: int, since: int) -> PersonRef | None:
    """The person a relative clause "người được <decider> <cue>" describes, printed right before it ("ông A -
    người được ông B chọn làm X": A); none when the clause follows no person."""
    rx = scan.rules.relative_rx
    head = next((p for p in reversed(scan.persons) if max(lo, since) <= p.start and p.end <= cue.start), None)
    if head is None or rx is None:
        return None
    # the decider may be a person too ("được ông B"): the head is the person before him
    while head is not None and rx.fullmatch(scan.key, head.end, cue.start) is None:
        head = next((p for p in reversed(scan.persons) if max(lo, since) <= p.start and p.end <= head.start), None)
    return head


def _agent(scan: ChangeScan, p: PersonRef, lo: int) -> bool:
    """``p`` follows a passive word flagged agent ("được", "bị"), an honorific and his title chain aside ("được
    Thủ tướng B bổ nhiệm", "được ông B đề cử", "được Chủ tịch UBND tỉnh B ký quyết định"): the one who decides a
    passive cue, not the one it concerns."""
    rx = scan.rules.agent_rx
    start = title_chain_start(scan, p, lo)
    return rx is not None and rx.search(scan.key, max(lo, start - 40), start) is not None


def _named_at(scan: ChangeScan, a: int, b: int) -> int:
    """Where the word naming the persons after a cue's post begins ("bầu bổ sung 2 Phó Chủ tịch UBND tỉnh là
    ông A"), else ``b``: the words before it are read as the gap between the cue and its persons."""
    rx = scan.rules.named_rx
    m = rx.search(scan.key, a, b) if rx is not None else None
    return m.start() if m is not None and any(a <= t.start < m.start() for t in scan.titles) else b


def _co_subjects(scan: ChangeScan, subject: PersonRef, since: int) -> list[PersonRef]:
    """The subject and the persons joined to it before by "và" or a comma, nothing else between ("Ông A
    và ông B được bổ nhiệm làm Phó Giám đốc Sở X")."""
    out = [subject]
    for q in reversed([q for q in scan.persons if since <= q.start and q.end <= subject.start]):
        if scan.rules.co_persons_rx.fullmatch(scan.key[q.end:out[0].start]) is None \
                and not _apposed_and(scan, q.end, out[0].start):
            break
        out.insert(0, q)
    return out


_APPOSITION_OPEN = re.compile(r"\s*(?:,|\(|[-–]\s)")


def _apposed_and(scan: ChangeScan, a: int, b: int) -> bool:
    """Between two persons only the first one's appositive, then "và" ("Ông A, Giám đốc Sở X và ông B, Giám đốc
    Sở Y được điều động ...", "Ông A (Giám đốc Sở X) và ông B (...)"): an appositive holding a title and nothing
    but the rules' words."""
    join = scan.rules.co_persons_rx.search(scan.key, a, b)
    if join is None or not any(w in join.group(0) for w in scan.rules.gap_words("conjunction")) or not _APPOSITION_OPEN.match(scan.key, a, join.start()):
        return False
    if not any(a <= t.start < join.start() for t in scan.titles):
        return False
    return _only_glue(scan, a, join.start())


def _post_items(scan: ChangeScan, semi: int, bound: int, worded: bool = False) -> list[PersonRef]:
    """"bổ nhiệm ông A giữ chức X; ông B giữ chức Y; bà C làm Z": each clause after a semicolon that opens
    with a person (honorifics and ranks aside) followed by the post word, or by nothing but a post, is one
    more person of the cue."""
    out: list[PersonRef] = []
    rx = scan.rules.post_rx
    while semi >= 0 and rx is not None:
        end = scan.key.find(";", semi + 1, bound)
        end = end if end >= 0 else bound
        p = next((q for q in scan.persons if semi < q.start and q.end <= end), None)
        if p is None:
            break
        lead = scan.key[semi:p.start]
        if scan.rules.glue_rx is not None:
            lead = scan.rules.glue_rx.sub(" ", lead)
        item = joined(scan, p, end)  # "; ông B và ông C giữ chức Y": both take Y
        word = rx.search(scan.key, item[-1].end, end)
        # the post word, or only the post itself ("miễn nhiệm ông A, Phó Chủ tịch ...; bà B, Ủy viên ...")
        upto = word.start() if word is not None else end
        # ``worded``: the post word itself (an item of a person and his post alone is the next cue's subject)
        titled = word is not None or not worded and any(item[-1].end <= t.start < end for t in scan.titles)
        if scan.rules.item_lead_rx.fullmatch(lead) is None or not titled or not _only_glue(scan, item[-1].end, upto):
            break
        if worded and _described(scan, item[-1].end, upto, end):
            break
        out += item
        semi = end if end < bound else -1
    return out


def _described(scan: ChangeScan, a: int, word: int, end: int) -> bool:
    """An item that describes a post held, not one the decision gives: a not_hold word before its post word
    ("; bà B hiện giữ chức X", "vẫn giữ chức"), or a time of the past printed after it ("giữ chức X từ năm
    2018", "từ tháng 3/2019", a day of an earlier year than the article's)."""
    rx = scan.rules.not_hold_rx
    if rx is not None and rx.search(scan.key, a, word) is not None:
        return True
    published = scan.doc._.published
    for x, _y, value, gran in scan.dates:
        if not word <= x < end:
            continue
        if gran in ("year", "month") or gran == "day" and published is not None and value[:4].isdigit() \
                and int(value[:4]) < published.year:
            return True
    return False


def _passive_right_before(scan: ChangeScan, lo: int, at: int) -> bool:
    """A passive word flagged agent ("được", "bị") right before the cue: its person comes before it, never after."""
    lead = scan.key[max(lo, at - 12):at].rstrip()
    return any(lead == w or lead.endswith(" " + w) for w in scan.rules.agents)


def _post_follows(scan: ChangeScan, a: int, hi: int) -> bool:
    """The cue is followed by the post word ("và giữ chức", "làm") or a move ("đến nhận công tác",
    "về"), not by a person: its subject is the person before it."""
    m = scan.rules.post_lead_rx.match(scan.key[a:hi])
    at = a + (m.end() if m else 0)
    if scan.rules.move_rx.match(scan.key[at:hi]):
        return True
    rx = scan.rules.post_rx
    return rx is not None and (p := rx.match(scan.key, at, hi)) is not None and p.start() == at


def _without_terms(scan: ChangeScan, text: str, blank: bool = False) -> str:
    """``text`` without the legislatures' terms it prints ("khóa XV"), each left out or, with ``blank``,
    blanked (offsets kept)."""
    rx = scan.rules.legislature_rx
    if rx is None:
        return text
    return rx.sub(lambda m: " " * len(m.group(0)), text) if blank else rx.sub("", text)


def _only_glue(scan: ChangeScan, a: int, b: int) -> bool:
    """Only titles, bodies, dates, documents, parenthesized asides and the rules' words in [a, b); a
    capitalized name after a title is a body the bodies component did not mark ("Phó Giám đốc Bệnh
    viện Trung ương Quân đội 108")."""
    gap = scan.blank(a, b, persons=False)
    if scan.rules.glue_rx is not None:  # rules' words that hold a title ("tỉnh ủy viên")
        for m in scan.rules.glue_rx.finditer(scan.key, a, b):
            gap = gap[:m.start() - a] + " " * (m.end() - m.start()) + gap[m.end() - a:]
    gap = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), gap)
    gap = _without_terms(scan, gap, blank=True)  # "đại biểu Quốc hội khóa XV đối với ông A"
    if scan.rules.glue_rx is not None:
        gap = scan.rules.glue_rx.sub(lambda m: " " * len(m.group(0)), gap)
    first_title = min((t.end for t in scan.titles if a <= t.start < b), default=None)
    in_name, last = False, 0
    for m in _WORD.finditer(gap):
        if re.search(r"[,;:()\-–]", gap[last:m.start()]):
            in_name = False  # a name runs to the next punctuation mark ("Huyện ủy", "Sở Kế hoạch và Đầu tư")
        last = m.end()
        if m.group(0).isdigit():
            continue
        at = a + m.start()
        if in_name or (first_title is not None and at >= first_title and scan.text[at].isupper()):
            in_name = True
            continue
        return False
    return True


def _passive_before(scan: ChangeScan, cue_start: int, since: int) -> bool:
    """A passive word among the last words before the cue, the decider's name aside ("ông A được Ban
    Chấp hành Đảng bộ tỉnh Hưng Yên bầu")."""
    words = _WORD.findall(scan.blank(since, cue_start, persons=True))
    return any(w in scan.rules.passive for w in words[-6:]) or \
        any(" ".join(words[i:i + 2]) in scan.rules.passive for i in range(max(0, len(words) - 6), len(words)))


# the changes a body decides that end a post (the component's _ENDING also holds the person's own: retired,
# resigned)
_DECIDED_ENDINGS = ("dismissed", "removed", "disciplined")


def shared_targets(scan: ChangeScan, cue: Cue, nxt: Cue, lo: int, hi: int) -> list[PersonRef]:
    """"miễn nhiệm chức vụ Chủ tịch Quốc hội, thôi làm nhiệm vụ đại biểu Quốc hội đối với ông A": an
    active cue with its post and no person, joined to the next cue by a comma or "và", concerns the
    persons the next cue leads to with "đối với"."""
    if cue.rule.change not in _DECIDED_ENDINGS or nxt.rule.change not in _DECIDED_ENDINGS:
        return []
    gap = scan.blank(cue.end, nxt.start, persons=False)
    if scan.rules.post_rx is not None:
        gap = scan.rules.post_rx.sub(" ", gap)
    if scan.persons_between(cue.end, nxt.start) or scan.rules.joiner_rx.sub("", gap) \
            or not scan.rules.joined_end_rx.search(scan.key[cue.end:nxt.start]):
        return []
    persons = targets(scan, nxt, lo, hi, nxt.end)
    if not persons or persons[0].start < nxt.end or not any(w in scan.key[nxt.end:persons[0].start]
                                                             for w in scan.rules.gap_words("own_post")):
        return []
    return persons


def shares_subject(scan: ChangeScan, prev: Cue, persons: list[PersonRef], cue: Cue) -> bool:
    """A subject cue after another one whose subject precedes it, joined by "và" or a comma with no
    person between, has that subject."""
    if cue.rule.voice != "subject" or prev.rule.voice != "subject" or len(persons) != 1:
        return False
    if persons[0].end > prev.start or scan.persons_between(prev.end, cue.start):
        return False
    return scan.rules.joined_end_rx.search(scan.key[prev.end:cue.start]) is not None


def unreal(scan: ChangeScan, lo: int, at: int, cue_at: int | None = None) -> bool:
    """A cue (or its person) after "kêu gọi", "tin đồn", "đề xuất", ... is no change; "theo đề xuất", "xét đề
    nghị" (the proposal a decision followed: source words) is no such word; nor a question's word before it
    (its asking word before the cue at ``cue_at``, "liệu ông A có được bổ nhiệm")."""
    rx = scan.rules.unreal_rx
    if rx is None:
        return False
    a = max(lo, at - _UNREAL_WINDOW)
    if _question(scan, a, at, at if cue_at is None else cue_at):
        return True
    # "Theo đề xuất của Sở Nội vụ, UBND tỉnh bổ nhiệm ...": the proposal a decision followed is no plan
    src = scan.rules.source_rx
    return any(src is None or src.search(scan.key[max(lo, m.start() - 20):m.start()]) is None
               for m in rx.finditer(scan.key, a, at))


def _question(scan: ChangeScan, a: int, at: int, cue_at: int) -> bool:
    """"Liệu ông A có được bổ nhiệm": a question's word and its asking word before the cue; "liệu" as a noun's second
    syllable ("Theo số liệu báo cáo, ông A được bổ nhiệm") is none."""
    rx = scan.rules.question_rx
    if rx is None:
        return False
    compounds = scan.rules.question_compounds
    for m in rx.finditer(scan.key, a, max(at, cue_at)):
        if m.start() >= at:
            break
        before = _LAST_WORD.search(scan.key, max(0, m.start() - 20), m.start())
        if before is None or before.group(1) not in compounds:
            return True
    return False


def discipline_context(scan: ChangeScan, lo: int, at: int) -> bool:
    return any(w in scan.key[lo:at] for w in scan.rules.gap_words("discipline"))


def passive_led(scan: ChangeScan, cue: Cue, since: int) -> bool:
    """The cue is passive ("được bầu", "sau đó được HĐND tỉnh bầu"): its person comes before it."""
    return cue.rule.phrase.split()[0].lower() in scan.rules.passive or _passive_before(scan, cue.start, since)


def clause_subject(scan: ChangeScan, cue: Cue, lo: int) -> list[PersonRef]:
    """A career told in one sentence ("Ông A từng giữ các chức vụ ...; năm 2015 được bổ nhiệm giữ chức
    X; tháng 3/2020 được điều động ..."): a passive cue opening a clause of its own (after a comma or a
    semicolon, past a date) with nobody before it in the clause concerns the person the sentence opens
    with, when no other person is named in between."""
    if not passive_led(scan, cue, max(lo, cue.start - 20)):
        return []
    cut = max(scan.key.rfind(",", lo, cue.start), scan.key.rfind(";", lo, cue.start))
    if cut < 0:
        return []
    gap = scan.blank(cut, cue.start, persons=False)
    lead_rx = scan.rules.clause_lead_rx
    if lead_rx.fullmatch(gap) is None and lead_rx.fullmatch(gap + " ") is None:
        return []
    first = next((p for p in scan.persons if lo <= p.start < cue.start), None)
    if first is None or scan.rules.subject_lead_rx.fullmatch(scan.key[lo:first.start]) is None:
        return []
    if any(first.end <= p.start < cue.start and p.name != first.name for p in (*scan.persons, *scan.pronouns)):
        return []
    return [first]


# the decider's appositive between him and the decision words ("ông B - phó chủ tịch hội đồng trường - ký ...")
_APPOSITIVE = re.compile(r"\s*[-–]\s[^-–;]{1,120}?\s[-–]\s*|\s*\([^()]{1,120}\)\s*|\s*,[^,;]{1,120},\s*")


def decided_subject(scan: ChangeScan, cue: Cue, prev_end: int) -> list[PersonRef]:
    """"bà A được bà B - phó chủ tịch hội đồng trường - ký quyết định bổ nhiệm ...", "ông A, Thứ trưởng Bộ X, được
    Thủ tướng B bổ nhiệm lại", "ông A - người được ông B đề cử làm ...", "ông A được Chủ tịch UBND tỉnh B ký quyết
    định ...": the person after a passive word flagged agent (past his title chain) decided, the one before it is
    concerned."""
    before = [p for p in scan.persons if prev_end <= p.start and p.end <= cue.start]
    if len(before) < 2:
        return []
    subject, decider = before[-2], before[-1]
    start = title_chain_start(scan, decider, subject.end)  # "được Chủ tịch UBND tỉnh B": the title's body unmarked
    gap = scan.blank(subject.end, start, persons=False)
    agent = scan.rules.agent_rx.search(gap) if scan.rules.agent_rx is not None else None
    if agent is None or scan.rules.by_person_rx.fullmatch(gap, 0, agent.start()) is None:
        return []
    m = _APPOSITIVE.match(scan.key, decider.end, cue.start)
    rest = m.end() if m else decider.end
    return [subject] if scan.rules.decision_gap_rx.fullmatch(scan.key[rest:cue.start]) else []


_DASHED = re.compile(r"\s*[-–]\s[^-–;:\n]{1,160}?\s[-–]\s*")


def _dash_appositive(scan: ChangeScan, a: int, b: int) -> bool:
    """Only an appositive closed by dashes ("Bà A - phó trưởng phòng Phòng nghiệp vụ I, cơ quan Ủy ban Kiểm
    tra Tỉnh ủy - giữ chức ..."), then the rules' words, between a person and the cue: whatever the
    appositive holds, the person is the subject."""
    m = _DASHED.match(scan.key, a, b)
    return m is not None and not scan.persons_between(a, b) and _only_glue(scan, m.end(), b)
