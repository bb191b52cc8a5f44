"""The cues of one sentence: where a cue stands (plain, request, punctuated, a body's compulsion, an
opinion before an agent and a modal, a cue glued to an office's head), who speaks it, and its
directive (the assignee and action after it, or the addressee of a document sent, an adverbial's
assignee, the speaker's last assignee), with the later clauses that have an agent of their own.
"""

from __future__ import annotations

from ...models import Task
from . import carried
from .actions import action_end, bracket_end, emit, starts_action
from .advice import advice_directive, advised, marked_cue
from .askers import UNCHANGED, corrected_asker
from .assignees import (
    after_consequence,
    assignee_text,
    canonical_assignee,
    court_plea,
    directive,
    inline_list,
    is_agent,
    listed,
    named_assignee,
    person_after_pronoun,
)
from .deadlines import deadline_at
from .duties import open_list
from .first_person import first_person_cue, first_person_speaker
from .orders import court_before, court_order, order_giver
from .role_askers import authority_asks, role_asker
from .role_objects import role_directive, role_head
from .rules import (
    CLAUSE_PUNCT,
    LOOKBACK_CHARS,
    MAX_ADVERBIAL_WORDS,
    PASSAGE_SENTENCES,
    QUOTES,
    SPEAKER_GAP_WORDS,
)
from .scan import Directive, Opening, State, TaskScan
from .speakers import find_speaker, nearest_agent
from .words import Words

CUE_KINDS = ("cue", "cue_verb", "cue_request", "cue_punct", "cue_body", "cue_modal", "cue_court",
             "cue_prescribe", "cue_person", "cue_advice", "cue_dispatch")  # every kind cue_at reads at its word


def cue_at(sc: TaskScan, words: Words, k: int) -> tuple[int, int, bool]:
    """(length, length if only a punctuated cue, whether a body is compelled by name) of a cue at
    ``words[k]``; (0, x, False) when none."""
    r = sc.rules
    n = r.match(words, k, "cue") or r.match(words, k, "cue_verb") or glued_cue(sc, words, k)
    if not n and k > 0 and not words[k - 1].punct and (m := r.match(words, k, "cue_request")):
        return m, 0, False  # "Sở Tài chính kiến nghị UBND tỉnh ..."
    if not n and k > 0 and not words[k - 1].punct and (m := r.match(words, k, "cue_person")) \
            and asked_by(sc, words, k) and person_named(sc, words, k + m):
        return m, 0, False  # "bà A liên lạc nhờ ông B giúp đỡ ...": a favour asked of a person, never "nhờ đó"
    if not n and not words[k].inner and (m := r.match(words, k, "cue_dispatch")) \
            and not r.ends(words, k, "dispatch_not_after") and dispatched(sc, words, k + m) \
            and not any(r.match(words, x, "passive") for x in range(max(0, k - 2), k)):
        return m, 0, False  # "bà A cử nhân viên đến gặp ...": staff sent on an errand, never "cử tri", "bầu cử"
    if not n and k > 0 and (m := r.match(words, k, "cue_body")) and any(
            f.start < words[k - 1].end <= f.end <= words[k].start + 1 for f in sc.bodies):
        return m, 0, False  # "Tòa án nhân dân tỉnh X buộc UBND huyện Y ...": a body compels, a circumstance never
    if not n and (m := ordered_body(sc, words, k)):
        return m, 0, True  # "..., buộc UBND tỉnh Quảng Nam phải cấp ...": a body compelled, by name
    if not n and (m := court_order(sc, words, k)):
        return m, 0, True  # "Tòa bác ... . Chấp nhận ..., buộc bà A phải hoàn trả ...": a court's order to a party
    if not n and (m := r.match(words, k, "cue_court")) and court_plea(sc, words, k + m) is not None:
        return m, 0, False  # "bị cáo xin hội đồng xét xử xem xét ...": a plea to the court, never "xin ý kiến"
    if not n and (m := advised(sc, words, k)):
        return m, 0, False  # "Sở Y tế khuyến cáo, người dân hạn chế ...": advice to the public
    if not n and (m := prescribed(sc, words, k)):
        return m, 0, False  # "dự thảo Luật X quy định Bộ A và Bộ B chủ trì ...": a text prescribing a lead body
    n_punct = 0 if n else r.match(words, k, "cue_punct")
    if n_punct and k + n_punct < len(words) and words[k + n_punct].text in {",", ":"}:
        n = n_punct
    elif n_punct and not words[k].upper and directive(sc, words, k + n_punct, cue=False, need_modal=True):
        n = n_punct  # "Bộ trưởng nhấn mạnh Giám đốc Công an các tỉnh cần ...": an agent and a modal
    elif not n and not n_punct:
        n = n_punct = opinion_cue(sc, words, k)
    return n, n_punct, False


def asked_by(sc: TaskScan, words: Words, k: int) -> bool:
    """The one asking a favour: a person, a body or an agent whose mention ends right before the
    ``cue_person`` word at ``words[k]``, with only ``cue_person_lead`` words between (a verb of contacting,
    an adverb: "bà A liên lạc nhờ ...", "ông A đã nhiều lần nhờ ..."); after a predicate "nhờ" gives a cause
    ("gia đình ông A thoát nghèo nhờ bà B hướng dẫn ...", "ông A cho biết nhờ bà B ...")."""
    r = sc.rules
    q = k
    while q > 0 and (n := r.ending(words, q, "cue_person_lead")):
        q -= n
    if q == 0 or words[q - 1].punct:
        return False
    end = words[q - 1].end  # a mention may hold the cue too, where the tagger glued it to the name's last syllable
    return any(f.start < end <= f.end for f in (*sc.persons, *sc.ner_persons, *sc.bodies)) or r.ends(words, q, "agent")


def person_named(sc: TaskScan, words: Words, j: int) -> bool:
    """A person's name (the persons stage's span or the tagger's) opens at ``words[j]``, after one
    ``pronoun`` ("ông", "bà") at most, and an action right after it: the one a ``cue_person`` word asks
    ("nhờ ông B giúp đỡ ..."); a body, a policy or a pronoun alone ("nhờ ngân hàng hỗ trợ", "nhờ đó") is
    a cause, no request."""
    if j < len(words) and (n := sc.rules.match(words, j, "pronoun")):  # "nhờ ông B", "nhờ Ông B"
        j += n
    end = next((f.end for f in sc.persons + sc.ner_persons if j < len(words) and f.start == words[j].start), None)
    if end is None:
        return False
    a = next((q for q in range(j, len(words)) if words[q].start >= end), len(words))
    return starts_action(sc, words, a)  # "nhờ ông B giúp đỡ ...", never "nhờ ông B khi đó là ..."


def dispatched(sc: TaskScan, words: Words, j: int) -> bool:
    """A ``dispatch_staff`` head (after a ``determiner`` at most) opens at ``words[j]`` with an action after
    it: the staff a ``cue_dispatch`` word sends ("cử nhân viên đến gặp ...", "cử cán bộ túc trực ..."); before
    anything else, or before a ``dispatch_not_action`` word ("cử cán bộ có năng lực"), the word is no order
    ("cử đại diện tham dự", "cử người trực")."""
    r = sc.rules
    j += r.match(words, j, "determiner")
    h = r.match(words, j, "dispatch_staff")
    if h and (m := r.match(words, j + h, "dispatch_appoint")) and j + h + m < len(words) and (
            words[j + h + m].upper or r.match(words, j + h + m, "dispatch_appoint_title")):
        return False  # "cử cán bộ làm Bí thư Huyện ủy", "làm tổ trưởng ...": an appointment, no errand
    return bool(h) and starts_action(sc, words, j + h) and not r.match(words, j + h, "dispatch_not_action")


def ordered_body(sc: TaskScan, words: Words, k: int) -> int:
    """"Tòa ... tuyên ông A thắng kiện, buộc UBND tỉnh X cấp ...", "Đồng thời buộc UBND tỉnh X phải cấp ...": a
    ``cue_body`` word opening a clause (after punctuation, a continuation or a conjunction) right before a
    body's name (the bodies stage's span) whose action opens with a verb (after a modal) compels that body
    when a court is printed before it (:func:`.orders.court_before`); its length, else 0."""
    r = sc.rules
    m = r.match(words, k, "cue_body")
    if not m or k + m >= len(words) or words[k].upper or r.ends(words, k, "order_not_after"):
        return 0  # "đề nghị tòa ... tuyên buộc UBND huyện X ...": what a plea asks the court to order
    if not any(f.start == words[k + m].start for f in sc.bodies):
        return 0
    if k > 0 and not (words[k - 1].punct or r.ends(words, k, "continuation") or r.ends(words, k, "conjunction")):
        return 0  # "chiến sự kéo dài buộc Nhà Trắng phải ...": a circumstance forces, no one orders
    d = directive(sc, words, k + m, cue=True)
    # "Giá vàng tăng mạnh, buộc Ngân hàng Nhà nước phải ...": without a court before it a circumstance forces
    return m if d is not None and starts_action(sc, words, d.action_start) and court_before(sc, words, k) else 0


def _pleads(sc: TaskScan, words: Words, j: int) -> bool:
    """A plea to a trial panel or a court printed bare opens at ``words[j]`` (after a comma or a colon)."""
    while j < len(words) and words[j].text in {",", ":"}:
        j += 1
    return court_plea(sc, words, j) is not None


def prescribed(sc: TaskScan, words: Words, k: int) -> int:
    """"Dự thảo quy định Bộ Giáo dục và Đào tạo chủ trì ...", "thông tư cho phép Cục Đường bộ Việt Nam, UBND
    các tỉnh chủ trì, phối hợp ...": a verb of prescribing or allowing (``cue_prescribe``) directs the
    body named right after it only when a lead duty (``prescribed_duty``) opens the action; its length, else 0."""
    r = sc.rules
    m = r.match(words, k, "cue_prescribe")
    if not m or words[k].upper or k + m >= len(words) or not words[k + m].upper:
        return 0
    if not any(f.start == words[k + m].start for f in sc.bodies):
        return 0  # "luật cho phép Chủ tịch UBND tỉnh chủ trì cuộc họp": a person presides, no body leads
    d = directive(sc, words, k + m, cue=True)
    return m if d is not None and r.match(words, d.action_start, "prescribed_duty") else 0


def opinion_cue(sc: TaskScan, words: Words, k: int) -> int:
    """"Ông cho rằng Bộ X cần ...", "Bộ trưởng cho biết, các bộ, ngành phải ...": a verb of saying or
    opinion (``cue_modal``) speaks a duty only when an agent and a modal follow it; its length, else 0."""
    m = sc.rules.match(words, k, "cue_modal")
    if not m or words[k].upper:
        return 0
    j = k + m + (k + m < len(words) and words[k + m].text == ",")
    if (n_adv := sc.rules.match(words, j, "adverbial")):
        # "ông A cho hay từ nay đến hết năm 2025, các địa phương phải ...": an adverbial before the agent
        comma = next((q for q in range(j + n_adv, min(len(words), j + MAX_ADVERBIAL_WORDS))
                      if words[q].text in {","} | CLAUSE_PUNCT), None)
        j = comma + 1 if comma is not None and words[comma].text == "," else j
    return m if j < len(words) and directive(sc, words, j, cue=False, need_modal=True) is not None else 0


def glued_cue(sc: TaskScan, words: Words, k: int) -> int:
    """"Chủ tịch UBND huyện giao phòng Kinh tế ...": the tagger glued the cue to the head of an office
    ("giao phòng" as one word); with a capitalized name after that head the text reads cue + office."""
    r = sc.rules
    hits = words.hits if words.hits is not None else r.hits(words)
    for n in sorted(hits.get(("cue", k), ()), reverse=True):
        e = k + n
        if e >= len(words) or not words[e - 1].glued or words[k].inner:
            continue
        m = r.match(words, e, "agent_named")
        if m and e + m < len(words) and words[e + m].upper and not words[e + m].punct:
            return n
    return 0


def cues(sc: TaskScan, words: Words, op: Opening, s: int, para: int, state: State, out: list[Task]) -> None:
    """Every cue of the sentence with its speaker and directive; the tasks go to ``out``."""
    r = sc.rules
    i = op.i
    sentence_speaker: str | None = None
    candidates = r.starts(words, CUE_KINDS)  # cue_at finds nothing elsewhere
    k = i
    while k < len(words):
        if k not in candidates:
            k += 1
            continue
        n, n_punct, by_name = cue_at(sc, words, k)
        if not n or (words[k].upper and k > i) or sc.in_name(words, k, n) \
                or (r.ends(words, k, "cue_not_after") and not r.ends(words, k, "cue_after_body")) or (r.ends(words, k, "passive") and not words[k - 1].upper) \
                or r.ends(words, k, "cue_negation") or r.term_at(words, k):  # "ông A không chỉ đạo ...": none
            k += 1
            continue
        if any(a <= words[k].start < b for a, b in state.ranges):
            k += n
            continue
        if out and k > 0 and words[k - 1].text == ";" and not r.match(words, k, "cue"):
            k += n  # "...; chỉ đạo các đơn vị ...": the assignee's next action, not a new speaker's
            continue
        ordered = False
        limit = None  # a first-person request's action ends at its closing quote or attribution
        if sentence_speaker and out and (words[k - 1].text == "," or r.ends(words, k, "continuation")):
            speaker = sentence_speaker  # "đề nghị A khắc phục, đồng thời đề nghị B ...": the same speaker
        else:
            speaker = find_speaker(sc, words, i, k, sentence_speaker, state) or request_name(sc, words, i, k)
            # "..., buộc UBND tỉnh X ...", "Luật sư bào chữa đề nghị hội đồng xét xử xem xét ...": an order or a
            # plea to a court is a task whoever prints it, a speaker the rules know or not
            ordered = speaker is None and (by_name or _pleads(sc, words, k + n))
            if speaker is None and not ordered and first_person_cue(sc, words, i, k):
                # "“Tôi đề nghị nhà trường ...”": the person quoted asks, named or not; narration asks nothing
                if (quoted := first_person_speaker(sc, words, k, state)) is not None:
                    speaker, ordered, limit = quoted.speaker, True, quoted.limit
            elif ordered:
                speaker = nearest_agent(sc, max(0, words[k].start - LOOKBACK_CHARS), words[k].start, state)
            elif speaker is not None and (asker := corrected_asker(sc, words, i, k, speaker)) is not UNCHANGED:
                # "Luật Giao thông đường bộ yêu cầu ...", "Đoàn kiểm tra liên ngành yêu cầu ...": the document or
                # the name as printed asks (None: none printed), the same task either way
                speaker, ordered = asker, asker is None
        if speaker is None and not ordered:
            k += n
            continue
        sentence_speaker = speaker
        if speaker is not None and not relays(sc, state, para, speaker):
            state.speaker = speaker
        state.directive_para = para
        state.directive_sent = state.sent
        j = k + n
        while j < len(words) and (words[j].text in {",", ":"} or words[j].text in QUOTES):
            j += 1
        named = person_after_pronoun(sc, words, j)
        # "đề nghị ông Nguyễn Lộc An giúp ...": the person is the assignee, the name its whole extent
        if r.match(words, k, "cue_advice"):
            d = advice_directive(sc, words, j, marked=marked_cue(sc, words, k))  # "khuyến cáo người dân nên ..."
            if d is not None and role_head(sc, words, d.np_start) is not None and not authority_asks(sc, words, i, k):
                k = j  # "bà A khuyến cáo tài xế nên ...": no authority asks
                continue
        elif named <= j and (h := role_head(sc, words, j)) is not None:
            # "Lực lượng chức năng yêu cầu chủ tiệm bánh mì | tạm ngưng ...": people named by their role, asked
            # by an authority only, never in a question or a condition, nor by "bà A", "đối tượng giả danh ..."
            asker = role_asker(sc, words, i, k, speaker)
            d = role_directive(sc, words, j, h) if asker else None
            if d is None:
                k = j
                continue
            if state.speaker == speaker:
                state.speaker = asker
            speaker = sentence_speaker = asker
        else:
            d = named_assignee(sc, words, named) if named > j else directive(sc, words, j, cue=True)
        if d is not None and n_punct and r.match(words, d.action_start, "cue"):
            # "Công điện nêu rõ, Thủ tướng yêu cầu Bộ X ...": reported speech, its own cue follows
            k = j
            continue
        adverbial_deadline = None
        if d is None:
            d, adverbial_deadline = cue_directive(sc, words, op, k, j, speaker, state)
            if d is not None and d.np_start < k:  # "A có văn bản gửi B đề nghị ...": A speaks, B is addressed
                speaker = find_speaker(sc, words, i, max(i, d.np_start - 1), None, state) or speaker
                sentence_speaker = state.speaker = speaker
        if d is None:
            d = inline_list(sc, words, j)
        if d is None:
            listed(sc, words, j, speaker, state)
            open_list(words, j, speaker, state)
            k = j
            continue
        if limit is not None and d.action_end > limit:
            d.action_end = limit
        d.action_end = bracket_end(words, d.np_start, d.action_end)
        if by_name:  # "HĐXX chấp nhận yêu cầu ..., buộc bà A ...": the court or authority orders, no one else
            speaker = order_giver(sc, words, k, speaker, d.assignee)
        emitted = emit(sc, words, d, speaker, s, para, state)
        for t in emitted:
            t.deadline = t.deadline or adverbial_deadline
        out += emitted
        k = later_clauses(sc, words, d, max(d.action_end, j), speaker, s, para, state, out)


def relays(sc: TaskScan, state: State, para: int, speaker: str) -> bool:
    """"Phó Thủ tướng yêu cầu ... / Ủy ban nhân dân các tỉnh yêu cầu các Ban Quản lý dự án ...": a body
    directing inside a person's directive passage relays that person's orders; the passage stays his."""
    persons = {p.kb for p in sc.persons + sc.ner_persons}
    return bool(state.speaker) and state.speaker in persons and speaker not in persons \
        and para - state.directive_para <= 1 and state.sent - state.directive_sent <= PASSAGE_SENTENCES


def request_name(sc: TaskScan, words: Words, i: int, k: int) -> str | None:
    """"Phòng TN&MT đề xuất UBND thị xã ...": a request cue right after a capitalized name the rules
    know no body for; that name speaks."""
    if not sc.rules.match(words, k, "cue_request"):
        return None
    q = k
    while q > i and (words[q - 1].upper or words[q - 1].text == "&"):
        q -= 1
    if k - q < 2 or not words[q].upper:
        return None
    return sc.text[words[q].start:words[k - 1].end]


def cue_directive(sc: TaskScan, words: Words, op: Opening, k: int, j: int, speaker: str,
                  state: State) -> tuple[Directive | None, str | None]:
    """The directive of a cue at ``words[k]`` whose words from ``j`` are no plain ``ASSIGNEE ACTION``:
    the intro's assignee, a reason then the directive, a name then an untagged verb, an adverbial
    (with its deadline) before the assignee, or the speaker's last assignee before a modal."""
    r = sc.rules
    punctuated = j > 0 and words[j - 1].text in {",", ":"}
    if op.intro_agent and starts_action(sc, words, j):
        return Directive(op.intro_agent, j, action_end(sc, words, j), j), None
    if punctuated and k > op.i and (d := after_consequence(sc, words, j)) is not None:
        return d, None
    if (d := named_assignee(sc, words, j)) is not None:
        return d, None
    adverbial_deadline = None
    if (n_adv := r.match(words, j, "adverbial")):
        # "đề nghị ngay sau cuộc làm việc ..., Chính phủ, các bộ, ngành tập trung ...": an adverbial
        # between the cue and its assignee
        comma = next((q for q in range(j + n_adv, min(len(words), j + MAX_ADVERBIAL_WORDS))
                      if words[q].text in {","} | CLAUSE_PUNCT), None)
        if comma is not None and words[comma].text == ",":
            adverbial_deadline = next((x for q in range(j, comma) if (x := deadline_at(sc, words, q))), None)
            if (d := directive(sc, words, comma + 1, cue=True)) is not None:
                return d, adverbial_deadline
        if (d := after_listing_adverbial(sc, words, j + n_adv)) is not None:
            return d, None
    if (d := sent_to(sc, words, k, j)) is not None:
        return d, adverbial_deadline
    if (m := r.match(words, j, "modal")) and state.last is not None \
            and state.sent - state.last.sent <= 2 and state.last.task.assigner == speaker \
            and starts_action(sc, words, j + m):
        # "Phó Chủ tịch lưu ý, cần giải quyết ngay ...": the speaker's last assignee goes on
        return Directive(state.last.task.assignee, j + m, action_end(sc, words, j + m), j), adverbial_deadline
    return carried.speakers_last(sc, words, k, j, speaker, state), adverbial_deadline


ADDRESSEE_LIST_WORDS = 16  # the words a list of addressees may run between "gửi" and the cue


def sent_to(sc: TaskScan, words: Words, k: int, j: int) -> Directive | None:
    """"Bộ Nội vụ đã có văn bản gửi Bộ Công an đề nghị phối hợp ...": a cue naming no assignee after a
    document sent to an agent; the addressee is the assignee."""
    r = sc.rules
    if not starts_action(sc, words, j):
        return None
    for q in range(k - 1, max(-1, k - ADDRESSEE_LIST_WORDS - 2), -1):
        if words[q].punct and words[q].text != ",":
            return None  # a comma may list the addressees ("gửi các sở ngành, quận huyện và TP Thủ Đức")
        if q < k - SPEAKER_GAP_WORDS - 1 and not any(words[x].text == "," for x in range(q, k)):
            return None
        if not (n := r.match(words, q, "addressee")):
            continue
        # "gửi Bộ Công an", "gửi văn bản tới các bệnh viện", "gửi công văn cho Sở Y tế"
        to = next((x for x in range(q + n, min(k, q + n + 4)) if r.match(words, x, "addressee_to")), None)
        a = q + n if to is None else to + r.match(words, to, "addressee_to")
        # "gửi văn bản lên UBND huyện X, đề nghị ...": a comma may close the addressee before the cue
        end = k - 1 if words[k - 1].text == "," else k
        if a < end and is_agent(sc, words, a, cue=True) and all(
                is_agent(sc, words, x + 1, cue=True) for x in range(a, end) if words[x].text == ","):
            # each word after a comma opens an addressee of the list, never a clause ("..., đồng thời")
            assignee = canonical_assignee(sc, assignee_text(sc, words, a, end))
            assignee = body_named(sc, words, a, assignee)
            return Directive(assignee, j, action_end(sc, words, j), a) if assignee else None
        return None
    return None


def body_named(sc: TaskScan, words: Words, a: int, assignee: str) -> str:
    """"gửi đơn lên UBND TP Huế ...": an addressee printed as exactly one body's name is named by that body
    ("Ủy ban nhân dân thành phố Huế"), as the gold writes it; else as printed."""
    return next((f.kb for f in sc.bodies if f.kb and f.start == words[a].start
                 and f.end == words[a].start + len(assignee)), assignee)


def after_listing_adverbial(sc: TaskScan, words: Words, a: int) -> Directive | None:
    """"yêu cầu đối với 3 hầm: Thần Vũ, Cù Mông, Núi Vung, các ban quản lý dự án ... phối hợp ...": an
    adverbial that lists names (commas, a colon) before the assignee; the assignee is the first agent
    word after one of its commas."""
    r = sc.rules
    for q in range(a, min(len(words) - 1, a + MAX_ADVERBIAL_WORDS)):
        if words[q].text in CLAUSE_PUNCT - {":"}:
            return None
        if words[q].text == "," and not words[q + 1].upper and (
                r.match(words, q + 1, "determiner") or r.match(words, q + 1, "agent")):
            return directive(sc, words, q + 1, cue=True)
    return None


def later_clauses(sc: TaskScan, words: Words, d: Directive, k: int, speaker: str, s: int, para: int,
                  state: State, out: list[Task]) -> int:
    """"...; Bộ Tài chính bố trí kinh phí", "..., đồng thời Ban quản lý cần ...": clauses after a
    directive with their own agent. Returns the word to go on from."""
    r = sc.rules
    for q in range(d.action_end, len(words)):
        if words[q].text in CLAUSE_PUNCT - {";"}:
            break
        start = None
        if words[q].text == ";":
            start = q + 1
        elif words[q].text == "," and (m := r.match(words, q + 1, "continuation")):
            start = q + 1 + m
        if start is None:
            continue
        nd = directive(sc, words, start, cue=False)
        if nd is not None and not any(a <= words[nd.np_start].start < b for a, b in state.ranges):
            out += emit(sc, words, nd, speaker, s, para, state)
            k = max(k, nd.action_end)
    return k
