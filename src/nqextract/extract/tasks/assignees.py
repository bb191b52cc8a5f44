"""Assignees: the agent noun phrase of a directive ("các bộ, ngành", "Bộ trưởng Bộ Tài chính"), where
it ends, and the action that follows it (after a modal such as ``cần``, ``phải``).

The assignee must look like an agent (a body/person/title span or an agent head word such as
``các bộ, ngành``, ``Thủ tướng``); pledges and reports (``sẽ``, ``đã``) and universal subjects
(``tất cả``) are not tasks.
"""

from __future__ import annotations

from .actions import action_end, clause_end, starts_action
from .authority import authority_end, proposed
from .exhorted import exhorted_all
from .listed_nouns import appeal_list_end, listed_noun
from .rules import (
    ACTION_SKIP_WORDS,
    CLAUSE_PUNCT,
    MAX_DUTY_ASSIGNEE_WORDS,
    MAX_NAME_WORDS,
    MAX_NP_WORDS,
    MAX_SUBJECT_NP_WORDS,
    QUOTES,
    TENSE_PEEK_WORDS,
)
from .scan import Directive, State, TaskScan
from .words import Words, lower_text

CLAUSE_OPENERS = frozenset({".", "!", "?"} | QUOTES)  # a word after these opens a clause


def directive(sc: TaskScan, words: Words, i: int, *, cue: bool, need_modal: bool = False) -> Directive | None:
    """Parse ``ASSIGNEE (modal) ACTION`` at ``words[i]``; None when it is not a directive."""
    r = sc.rules
    while (n := r.match(words, i, "agent_prefix") or r.match(words, i, "np_skip")):
        i += n
        if i < len(words) and words[i].text == ",":
            i += 1
    if cue and (court := court_plea(sc, words, i)):
        return court
    everyone = addressed_all(sc, words, i) if cue and i < len(words) else 0
    if i >= len(words) or (universal(sc, words, i) and not everyone):
        return None
    np_end = noun_phrase_end(sc, words, i + everyone, cue=cue)
    if np_end is None or not is_agent(sc, words, i, cue=cue):
        return None
    a = action_start(sc, words, np_end, cue=cue, need_modal=need_modal)
    if a is None or (cue and described_object(sc, words, i, np_end, a)):
        return None
    assignee = canonical_assignee(sc, assignee_text(sc, words, i, np_end))
    if not assignee:
        return None
    return Directive(assignee, a, action_end(sc, words, a), i)


def court_plea(sc: TaskScan, words: Words, i: int) -> Directive | None:
    """A plea to a trial panel or a court printed bare ("xin hội đồng xét xử xem xét cho tôi ...", "đề nghị
    tòa chuyển tội danh ...", "yêu cầu tòa hủy quyết định ..."): the panel is the assignee when a verb of
    review, annulment or leniency follows it, or a ruling or a step of the trial (``court_step``: the
    prosecutor's "đề nghị HĐXX bác kháng cáo ...", "... tạm ngưng phiên tòa"); a sentencing
    proposal ("tuyên phạt bị cáo ...") is none. A step's action ends at a contrast or a purpose
    (``step_end``), and a prison term or a penalty in it (``court_sentence``: "... áp dụng án treo") makes it a
    sentencing proposal; a cue read as a noun (``plea_noun_after``: "bác đề nghị tòa trả hồ sơ ...") pleads
    nothing."""
    r = sc.rules
    n = r.match(words, i, "court_panel")
    if not n:
        return None
    j = i + n
    step = not r.match(words, j, "court_plea") and r.match(words, j, "court_step")
    if not step and not r.match(words, j, "court_plea"):
        return None
    if (c := r.ending(words, i, "cue")) and r.ends(words, i - c, "plea_noun_after"):
        return None  # "Trước đề nghị HĐXX hoãn buổi xử của bị đơn, ...": a request reported
    end = action_end(sc, words, j)
    if step:
        end = next((q for q in range(j + 2, end) if r.match(words, q, "step_end")), end)
        if r.find(words, "court_sentence", j, end) is not None:
            return None
    name = "Tòa án" if n == 1 and lower_text(words[i].text) == "tòa" else "Hội đồng xét xử"
    return Directive(name, j, end, i)


def noun_phrase_end(sc: TaskScan, words: Words, i: int, *, cue: bool) -> int | None:
    """Where the assignee noun phrase starting at ``words[i]`` ends (before its modal or verb)."""
    r = sc.rules
    k = i
    # a sentence's own subject may list offices of several levels at length ("1. Bộ trưởng, Thủ trưởng ...,
    # Chủ tịch Ủy ban nhân dân các tỉnh, ..., Chủ tịch Hội đồng thành viên ... khẩn trương ..."); a cue's
    # object keeps the shorter limit
    limit = MAX_NP_WORDS if cue else MAX_SUBJECT_NP_WORDS
    if cue and (h := appeal_list_end(sc, words, i)) is not None:
        return h  # "kêu gọi các cơ quan, ..., kiều bào đang sống ở nước ngoài | hãy giúp ...": the list ends at "hãy"
    if cue and proposed(sc, words, i):
        return None  # "đề xuất cấp có thẩm quyền ...": a proposal, whatever follows the authority
    if cue and (h := authority_end(sc, words, i)) is not None:
        return h  # "đề nghị cấp có thẩm quyền | kỷ luật ...": the authority's qualifier ends it
    while k < len(words) and k - i < limit:
        w = words[k]
        if w.text == ":" and k > i and k + 1 < len(words) - 1 and (
                (r.ends(words, k, "agent") and words[k + 1].upper)
                or (words[k + 1].text.isdigit() and any(r.match(words, x, "agent") for x in range(i, k)))):
            k += 1  # "Bộ trưởng các bộ: Quốc phòng, Công an, ...", "các ban quản lý dự án: 6, 85": an enumeration
            continue
        if w.text in CLAUSE_PUNCT:
            return None
        if cue and k > i and not w.upper and r.match(words, k, "dispatch_move") and r.ends(words, k, "dispatch_staff") \
                and not r.match(words, k, "dispatch_move_not") and sent_staff(sc, words, i):
            return k  # "cử cán bộ | xuống kiểm tra hiện trường": the staff's errand opens with its movement
        if cue and (h := r.match(words, k, "staff_head")) and (
                q := r.match(words, k + h, "staff_qualifier")
                or (r.match(words, k, "described_head") and r.match(words, k + h, "described_qualifier"))):
            k += h + q  # "yêu cầu (các) nhân viên bảo vệ | canh giữ ...": a staff qualifier stays in the assignee
            continue
        if k > i and r.match(words, k - 1, "determiner") and not (
                words[k - 1].text.isdigit() and (sc.protected_end(words[k - 1].start) is not None
                                                 or not r.match(words, k, "agent"))):
            # (a number ending a name, or one of a list of numbers, is no determiner: "Ban Quản lý dự án 6 |
            # phối hợp ...", "các ban quản lý dự án: 6, 85 | phối hợp ...")
            # the word after "các", "mỗi" is a noun ("các tỉnh ủy"); a cue's object is read whole ("các
            # phòng giáo dục và đào tạo | báo cáo ...", though the tagger reads "giáo dục" as a verb)
            k += max(1, r.match(words, k, "agent") or (cue and cue_head(sc, words, k)))
            continue
        if cue and k == i and (c := cue_head(sc, words, k)) > max(1, r.match(words, k, "agent")) \
                and any(words[x].verb for x in range(k + 1, k + c)):
            k += c  # bare, a cue's object the tagger reads a verb in is read whole too ("yêu cầu phòng quản lý
            continue  # đô thị | xử lý ..."); "bị cáo" (no verb) reads on as before
        if not w.upper and (r.match(words, k, "cue") or r.match(words, k, "cue_punct")):
            break
        if k > i and not w.upper and action_opener(sc, words, k):
            break  # "các đơn vị | thường xuyên quán triệt ...", "Quốc hội | cho giữ ...": the action opens
        pe = sc.protected_end(w.start)
        if pe is not None and pe > w.start:
            # trust a fact span unless it swallows a lower-case directive word
            while k < len(words) and words[k].start < pe:
                if (m := r.match(words, k, "agent")) and m > 1:
                    k += m  # "Ban chỉ đạo": a multi-word agent name
                    continue
                if not words[k].upper and (r.match(words, k, "modal") or r.match(words, k, "directive")):
                    break
                k += 1
            else:
                continue
            if k < len(words) and words[k].start < pe:
                break
            continue
        if k > i and (m := listed_noun(sc, words, k)):
            k += m  # "các cơ quan, tổ chức, các doanh nghiệp ...": a list item, no verb
            continue
        m = r.match(words, k, "agent") or r.match(words, k, "np_part") or r.match(words, k, "determiner")
        if m and k > i and not w.upper and r.match(words, k, "directive") > m:
            break  # "các tỉnh ủy ... lãnh đạo, chỉ đạo tổ chức ...": a directive longer than the head word
        if m == 1 and k > i and (r.match(words, k, "modal") or r.match(words, k, "directive")) and not w.upper:
            m = 0  # a one-word agent head that is also a directive verb starts the action
        if m:
            k += m
            continue
        if w.upper or w.punct:
            k += 1
            continue
        if r.match(words, k, "modal") or r.match(words, k, "block") or r.match(words, k, "directive") or w.verb \
                or r.match(words, k, "adverb_skip"):
            break
        k += 1
    if k >= len(words) or k == i:
        return None
    np_end = k
    # "Ủy ban quốc gia về chuyển đổi số phải": a verb inside a name, the modal follows shortly
    if not (r.match(words, k, "modal") or r.match(words, k, "block") or r.match(words, k, "directive")
            or r.match(words, k, "cue") or r.match(words, k, "cue_punct") or r.match(words, k, "adverb_skip")
            or action_opener(sc, words, k)):
        for q in range(k + 1, min(k + 6, len(words))):
            if words[q].punct or r.match(words, q, "block"):
                break
            if r.match(words, q, "modal") or (cue and q <= k + 3 and r.match(words, q, "directive")):
                np_end = q
                break
    return np_end


def sent_staff(sc: TaskScan, words: Words, i: int) -> bool:
    """The noun phrase at ``words[i]`` is the object of a ``cue_dispatch`` word ("cử (các) cán bộ ..."), a
    ``determiner`` at most between: only there a movement verb opens an errand ("yêu cầu cán bộ đi nước ngoài
    | phải báo cáo ..." keeps it in the assignee)."""
    r = sc.rules
    for j in range(max(0, i - 3), i):
        if (m := r.match(words, j, "cue_dispatch")) and (j + m == i or r.match(words, j + m, "determiner") == i - j - m):
            return True
    return False


def described_object(sc: TaskScan, words: Words, i: int, np_end: int, a: int) -> bool:
    """A ``described_head`` ("đối tượng", "giáo viên") a cue's object whose describing words the tagger left
    to the action: a comma apposition after it, opening with an ``apposition_word`` or a number ("đối tượng A,
    SN 1990, trú tại ...", "đối tượng B, 25 tuổi, ..."); a movement verb a few
    words into the action ("các đối tượng đánh bạc về trụ sở", "cho vay | nặng lãi ra đầu thú"); right after a
    bare head, a ``staff_qualifier`` or ``described_qualifier`` ("giáo viên mầm non ...", "thầy giáo vi phạm ..."), or a
    movement verb after a ``described_head_settled`` one no ``cue_dispatch`` sends ("giáo viên đi dự giờ ..."). No task;
    nor an action opening with a ``requirement_verb`` right after a ``requirement_head`` ("yêu cầu du học sinh có
    chứng chỉ ...": a requirement to meet)."""
    r = sc.rules
    if a < len(words) and r.match(words, a, "requirement_verb") and r.ends(words, np_end, "requirement_head"):
        return True  # "yêu cầu du học sinh có chứng chỉ ...": a requirement to meet, no task
    if not any(r.match(words, x, "described_head") for x in range(i, np_end)):
        return False
    if any(words[x].text == "," and x + 1 < len(words) and (r.match(words, x + 1, "apposition_word")
                                                             or words[x + 1].text.isdigit())
           for x in range(i, min(np_end + 1, len(words)))):
        return True  # never "các nhà trường, các giáo viên | không cung cấp ...": a list
    if any(r.match(words, x, "dispatch_move") for x in range(a + 1, min(a + 4, len(words)))):
        return True
    if not r.ends(words, np_end, "described_head") or a >= len(words):
        return False
    if r.match(words, a, "dispatch_move") and r.ends(words, np_end, "described_head_settled") \
            and not sent_staff(sc, words, i):
        return True  # "yêu cầu giáo viên đi dự giờ | ghi chép ...", never "cử giáo viên đi dự thi"
    return bool(r.match(words, a, "staff_qualifier") or r.match(words, a, "described_qualifier"))


def action_start(sc: TaskScan, words: Words, np_end: int, *, cue: bool, need_modal: bool) -> int | None:
    """Where the action after an assignee ending at ``np_end`` starts (modals and adverbs skipped);
    None when what follows is a report, a pledge or a statement, not a directive."""
    r = sc.rules
    a = np_end
    modal = False
    if sc.state.chain and not cue and r.match(words, a, "future_assigned") and a + 1 < len(words) \
            and r.match(words, a + 1, "directive") and not r.match(words, a + 1, "block"):
        a += 1  # right after a task, "Các sở ngành sẽ có báo cáo ...": the next assignment, not a pledge
    if (m := r.match(words, a, "adverb_skip")) and a + m < len(words) and not tense_at(sc, words, a + m) \
            and (r.match(words, a + m, "modal") or r.match(words, a + m, "directive") or words[a + m].verb):
        a += m  # "Các đơn vị cũng nghiên cứu ...", "Xã này cũng phải ...": an adverb before the action
    while True:
        m = r.match(words, a, "modal")
        if not m:
            break
        modal = True
        a += m
    if a >= len(words):
        return None
    if (m := r.match(words, a, "action_skip")):
        # "theo chức năng, nhiệm vụ được giao chủ động chỉ đạo ...": an adverbial before the verb
        nxt = next((q for q in range(a + m, min(len(words), a + m + ACTION_SKIP_WORDS))
                    if r.match(words, q, "directive") and not words[q].inner), None)
        if nxt is not None and not any(words[q].text in CLAUSE_PUNCT for q in range(a, nxt)):
            a = nxt
    if modal and r.match(words, a, "copula"):
        return None  # "Đây phải là tư tưởng chỉ đạo xuyên suốt": a statement, not an action
    if modal and not cue and a < len(words) and sc.tags.get(words[a].start, "")[:1] == "E" and not any(
            words[q].verb or r.match(words, q, "directive")
            for q in range(a + 1, next((x for x in range(a, len(words)) if words[x].punct), len(words)))):
        # "là thành viên có trách nhiệm trong cộng đồng quốc tế": a quality, no action follows (unlike
        # "cần trong tháng 6 bố trí ...")
        return None
    if r.match(words, a, "not_only"):
        end = clause_end(words, a)
        but = next((q for q in range(a, end) if r.match(words, q, "but")), None)
        if but is None:
            return None
        a = but + 1
        while (m := r.match(words, a, "modal")):
            modal = True
            a += m
    elif (cue or modal) and (r.match(words, a, "negative_directive") or (
            cue and not words[a - 1].punct and (m := r.match(words, a, "negation")) and a + m < len(words)
            and words[a + m].verb
            and not r.match(words, a + m, "block"))):
        pass  # "đề nghị các bệnh viện không để người bệnh nằm ghép", "... không gửi hoa": a prohibition
    elif not modal and (r.match(words, a, "block") or any(
            tense_at(sc, words, q) for q in range(a + 1, min(a + TENSE_PEEK_WORDS, len(words))))):
        return None  # "các cơ quan tố tụng đã chủ động ...": a report, the NP ended too early
    if not cue and not modal and (need_modal or not (r.match(words, a, "directive") or action_opener(sc, words, a))):
        return None
    if not cue and is_cue(sc, words, a):
        return None
    if a >= len(words) or words[a].text in CLAUSE_PUNCT or words[a].punct:
        return None
    return a


def action_opener(sc: TaskScan, words: Words, k: int) -> bool:
    """"thường xuyên rà soát ...", "định kỳ báo cáo ...": how often a duty recurs, then its verb; "cho giữ
    như dự thảo", "cho vay ưu đãi ...": a permission, then its verb; "cùng phối hợp ...": together, then
    its verb; "tự bảo vệ mình": on one's own, then its verb (``routine``, ``permit``, ``jointly`` and
    ``on_own`` phrases)."""
    r = sc.rules
    m = r.match(words, k, "routine") or r.match(words, k, "permit") or r.match(words, k, "jointly") \
        or r.match(words, k, "on_own")
    return bool(m) and k + m < len(words) and sc.protected_end(words[k].start) is None \
        and bool(r.match(words, k + m, "directive") or words[k + m].verb)


def named_assignee(sc: TaskScan, words: Words, j: int) -> Directive | None:
    """"giao Bộ Tài chính xuất cấp (không thu tiền) ...": a cue's assignee printed as a name, then an
    action (after a modal) whose verb the tagger missed; the name's end is the assignee's end."""
    r = sc.rules
    pe = sc.protected_end(words[j].start) if j < len(words) else None
    if pe is None or words[j].start != next(f.start for f in sc.protected if f.start <= words[j].start < f.end):
        return None
    a = next((q for q in range(j, len(words)) if words[q].start >= pe), None)
    name_end = a
    if a is not None and (m := r.match(words, a, "modal")):
        a += m  # "buộc bà A phải hoàn trả ...": the modal stays out of the action
    if a is None or a + 1 >= len(words) or words[a].upper or words[a].punct or any(
            r.match(words, a, kind) for kind in ("agent", "np_part", "determiner", "block", "modal", "np_cut")) \
            or r.match(words, a, "conjunction") or sc.tags.get(words[a].start, "")[:1] not in {"N", "V"} \
            or sc.tags.get(words[a].start, "") in {"Np", "Ny", "Nu"}:
        return None  # "Vụ Thị trường | trong nước": a name the span cut short
    assignee = canonical_assignee(sc, assignee_text(sc, words, j, name_end))
    return Directive(assignee, a, action_end(sc, words, a), j) if assignee else None


def after_consequence(sc: TaskScan, words: Words, j: int) -> Directive | None:
    """"nhấn mạnh, chỉ còn ít ngày nữa ... nên các bộ, ngành tập trung ...": a reason first, the
    directive after its connector, in the same clause."""
    r = sc.rules
    for q in range(j, clause_end(words, j)):
        n = r.match(words, q, "consequence")
        if n and q > j:
            d = directive(sc, words, q + n + (q + n < len(words) and words[q + n].text == ","), cue=True)
            if d is not None:
                return d
    return None


def tense_at(sc: TaskScan, words: Words, q: int) -> bool:
    """A past/future marker at ``q``; "từng" before a noun is "each" ("rà soát từng đầu việc")."""
    r = sc.rules
    if not r.match(words, q, "tense"):
        return False
    return not r.match(words, q, "determiner") or (q + 1 < len(words) and words[q + 1].verb)


def is_cue(sc: TaskScan, words: Words, k: int) -> bool:
    r = sc.rules
    if r.match(words, k, "cue"):
        return True
    n = r.match(words, k, "cue_punct")
    return bool(n) and k + n < len(words) and words[k + n].text in {",", ":"}


def is_agent(sc: TaskScan, words: Words, i: int, *, cue: bool) -> bool:
    r = sc.rules
    j = i
    while not r.match(words, j, "agent") and (n := r.match(words, j, "determiner")):
        j += n
    if j >= len(words):
        return False
    if cue and j == i and (m := addressed_all(sc, words, i)):
        return is_agent(sc, words, i + m, cue=cue)  # "yêu cầu tất cả các bên liên quan ..."
    if universal(sc, words, j) or universal(sc, words, i) or r.match(words, i, "np_preposition") \
            or exhorted_all(sc, words, i):
        return False  # "Bên cạnh mục tiêu ...": a preposition's object; ", cả hệ thống ... phải": an exhortation
    pe = sc.protected_end(words[j].start)
    if pe is not None:
        return True
    if (m := r.match(words, j, "agent") or (cue and cue_head(sc, words, j))):
        if not r.match(words, j, "agent") and r.match(words, j + m, "cue_agent_anaphor"):
            return False  # "yêu cầu nước này chấm dứt ...": a country named before, no one addressed here
        # "Tổ chức triển khai ...": without a determiner, a directive verb longer than the agent
        # head it starts with is the verb ("các tổ chức" is a noun)
        if words[j + m - 1].glued and not r.match(words, j + m, "agent") and (m == 1 or (j == i and not cue)):
            # "tổ hợp môn", "hội nghị": the head is a syllable of another word; a head of several
            # syllables after a determiner, or after a cue, the tagger glued to its qualifier stays one
            # ("các cơ quan hành chính", "yêu cầu lực lượng vũ trang ...")
            return False
        return j > i or r.match(words, j, "directive") <= m
    if (m := r.match(words, j, "agent_named")) and j + m < len(words) and words[j + m].upper \
            and not words[j + m].punct:
        return True  # "phòng Tài nguyên và Môi trường", never "phòng, chống"
    return capitalized_agent(sc, words, j, cue=cue)


def cue_head(sc: TaskScan, words: Words, j: int) -> int:
    """The length of a head naming an assignee only as a cue's object at ``words[j]`` (``cue_agent``: "hộ",
    "các nước"; ``cue_role``: "lái xe", "chủ tiệm", "kiểm lâm viên"), else 0."""
    return sc.rules.match(words, j, "cue_agent") or sc.rules.match(words, j, "cue_role")


def universal(sc: TaskScan, words: Words, i: int) -> bool:
    """A universal subject ("tất cả", "ai") at ``words[i]``; a capitalized one after a lower-case word of its
    clause, with a capitalized word after it, is a name's syllable ("đề nghị Ai Cập hỗ trợ ..."), none (after
    punctuation or a quote it opens a clause: ": “Việc khánh thành ...")."""
    n = sc.rules.match(words, i, "universal")
    if not n or not (i > 0 and words[i].upper and i + n < len(words) and words[i + n].upper):
        return bool(n)
    return words[i - 1].punct or words[i - 1].text in CLAUSE_OPENERS or words[i - 1].upper


def addressed_all(sc: TaskScan, words: Words, i: int) -> int:
    """After a cue, an ``addressed_all`` word before an agent ("kêu gọi tất cả các bên liên quan kiềm chế ...",
    "yêu cầu toàn thể cán bộ ...") addresses every one of them: they are the assignee. The word's length,
    else 0 (a subject "Tất cả các bộ đều ...", or one after the cue's comma, stays an exhortation)."""
    m = sc.rules.match(words, i, "addressed_all")
    if not m or words[i].upper or i + m >= len(words) or sc.rules.match(words, i + m, "universal"):
        return 0
    if i == 0 or words[i - 1].punct:
        return 0  # "Tổng Bí thư lưu ý, tất cả các cơ quan ... cần phải nêu gương": a clause of its own, an exhortation
    return m if is_agent(sc, words, i + m, cue=True) else 0


def capitalized_agent(sc: TaskScan, words: Words, j: int, *, cue: bool) -> bool:
    # "Hà Nội cần ...", "TP.HCM phải ...": a short capitalized name right before a modal is an agent
    if words[j].upper and not sc.rules.match(words, j, "subject_block"):
        q = j
        while q < len(words) and q - j < MAX_NAME_WORDS and words[q].upper and not words[q].punct:
            q += 1
        if q > j and q < len(words) and sc.rules.match(words, q, "modal"):
            return True
    # a capitalized name in mid-sentence ("yêu cầu: Văn phòng ...") is an agent
    if not (cue and words[j].upper and j > 0 and words[j - 1].text not in {".", "!", "?"}):
        return False
    return any(q < len(words) and words[q].upper for q in (j + 1, j + 2)) or any(
        f.start <= words[j].start < f.end for f in sc.ner_entities)


def assignee_text(sc: TaskScan, words: Words, i: int, end: int) -> str:
    r = sc.rules
    stop = end
    for q in range(i + 1, end):
        if r.match(words, q, "np_cut") and sc.protected_end(words[q].start) is None:
            stop = q
            break
    def balanced_close(q: int) -> bool:
        text = "".join(w.text for w in words[i:q + 1])
        return words[q].text == ")" and text.count("(") == text.count(")")

    while stop > i and ((words[stop - 1].punct and not balanced_close(stop - 1)) or r.match(words, stop - 1, "conjunction")):
        stop -= 1
    return sc.text[words[i].start:words[stop - 1].end] if stop > i else ""


def canonical_assignee(sc: TaskScan, text: str) -> str:
    """"Bộ trưởng Công an" -> "Bộ trưởng Bộ Công an" (``title_body`` rows of the rules)."""
    low = lower_text(text)
    for title, body in sc.rules.title_body:
        if low.startswith(title + " ") and not low[len(title) + 1:].startswith(body.lower() + " "):
            rest = text[len(title) + 1:]
            if rest[:1].isupper():
                return f"{text[:len(title)]} {body} {rest}"
    return text


def person_after_pronoun(sc: TaskScan, words: Words, st: int) -> int:
    """"ông Đỗ Thắng Hải được giao ...", "đề nghị ông An giúp ...": the person named after the pronoun is
    the subject or the addressee; so after a ``person_head`` ("đối tượng"): the bare name, as
    the gold prints a named person ("chỉ đạo đối tượng Mai Văn A đốt xe" -> "Mai Văn A")."""
    n = sc.rules.match(words, st, "pronoun") or sc.rules.match(words, st, "person_head")
    if n and st + n < len(words) and words[st + n].upper and sc.protected_end(words[st + n].start) is not None:
        return st + n
    return st


def listed(sc: TaskScan, words: Words, j: int, speaker: str | None, state: State) -> None:
    """"Thủ tướng yêu cầu Chủ tịch UBND các tỉnh, thành phố:": an assignee closing the sentence with a
    colon; the list items that follow are its actions."""
    end = len(words)
    while end > j and words[end - 1].text in QUOTES:
        end -= 1
    if end - j < 2 or words[end - 1].text != ":":
        return
    assignee = colon_assignee(sc, words, j, end - 1)
    if assignee:
        state.listed = (assignee, speaker, state.sent)


def colon_assignee(sc: TaskScan, words: Words, j: int, colon: int) -> str | None:
    """The assignee ``words[j:colon]`` before a colon: an agent noun phrase without verbs."""
    if colon <= j or any(w.text in CLAUSE_PUNCT for w in words[j:colon]):
        return None
    if not is_agent(sc, words, j, cue=True) or any(
            sc.protected_end(w.start) is None and not w.upper and (w.verb or sc.rules.match(words, q, "directive"))
            and not sc.rules.match(words, q, "np_part") and not sc.rules.match(words, q, "agent")
            for q, w in enumerate(words[j:colon], j)):
        return None
    return canonical_assignee(sc, assignee_text(sc, words, j, colon)) or None


def inline_list(sc: TaskScan, words: Words, j: int) -> Directive | None:
    """"yêu cầu các bộ, ngành: rà soát ...; báo cáo ...": the assignee, a colon, then its actions in the
    same sentence."""
    colon = next((q for q in range(j + 1, min(len(words), j + MAX_DUTY_ASSIGNEE_WORDS + 1))
                  if words[q].text == ":" or words[q].text in CLAUSE_PUNCT), None)
    if colon is None or words[colon].text != ":" or not starts_action(sc, words, colon + 1):
        return None
    assignee = colon_assignee(sc, words, j, colon)
    if not assignee:
        return None
    return Directive(assignee, colon + 1, action_end(sc, words, colon + 1), j, colon_list=True)
