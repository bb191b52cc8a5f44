"""Actions: where a task's action ends, and the task records of one directive.

The action is the head clause: up to ``;`` or an ``action_stop`` phrase (after a long enough head), a
closing quote (or the bracket the cue was printed in: :func:`bracket_end`), a new subject's clause or a deadline phrase; a ``; <same verb> ...`` clause or a
``và <directive> ...`` after the cut is a second task, and so is the long second clause of a directive cue's
two duties (:func:`second_duty`).
"""

from __future__ import annotations

from ...models import Task
from .circumstance import speaker_cut
from .deadlines import deadline, deadline_at
from .rules import (
    CLAUSE_PUNCT,
    CLOSE_QUOTES,
    DATED_ITEM_GAP_WORDS,
    MIN_ACTION_WORDS,
    MIN_HEAD_BEFORE_STOP,
    OPEN_QUOTES,
    SECOND_DUTY_TOKENS,
)
from .scan import Directive, Found, State, TaskScan
from .words import Words, lower_text


def clause_end(words: Words, a: int) -> int:
    return next((q for q in range(a, len(words)) if words[q].text in CLAUSE_PUNCT - {":"}), len(words))


def action_end(sc: TaskScan, words: Words, a: int) -> int:
    r = sc.rules
    end = clause_end(words, a)
    if end - a < MIN_ACTION_WORDS and end < len(words) and words[end].text == ";":
        end = clause_end(words, end + 1)  # "thực hiện; báo cáo Thủ tướng kết quả xử lý"
    opened = 0
    ascii_open = sum(1 for w in words[:a] if w.text == '"') % 2 == 1
    inner = False
    skip = a
    for q in range(a + 1, end):
        if q < skip:
            continue  # the words of a date the action runs past
        if words[q].text == '"':
            if inner:
                inner = False  # 'cố gắng "quét" được ...': a word quoted inside the action
            elif ascii_open or (q + 1 < end and words[q + 1].text in ATTRIBUTION_MARKS):
                # the quote the action was printed in ends here; one opened in an earlier sentence of the
                # quotation closes before its attribution ('..., xin X xem xét ..." - ông A nói')
                return q
            else:
                inner = True
        elif words[q].text in OPEN_QUOTES:
            opened += 1
        elif words[q].text in CLOSE_QUOTES:
            if not opened:
                return q  # the quoted directive ends here: "“..., đề nghị X làm Y”, ông A nói"
            opened -= 1
        if words[q].text in ELLIPSES and sentence_after(words, q + 1, end):
            return q  # "... chứng chỉ FSC ở Việt Nam… Để nâng cao thu nhập, huyện ...": the next sentence
        if r.match(words, q, "action_stop") and q - a >= MIN_HEAD_BEFORE_STOP:
            return q  # a short head keeps its "nhất là ..." elaboration
        if r.match(words, q, "action_cut") and q - a >= MIN_ACTION_WORDS:
            return q  # "lập kế hoạch ..., trong đó nêu rõ ...": the details of any head are cut
        if (m := r.match(words, q, "action_cut_agent")) and q - a >= MIN_ACTION_WORDS and agent_after(sc, words, q + m) \
                and not any(r.match(words, x, "passive") for x in range(a, q)):
            return q  # "đến gặp ông B | và được ông B dẫn lên ...", never "được học ... và được ăn bán trú" nor two
            # parallel passives, "dự án được triển khai ... và được Quốc hội giám sát ..."
        if words[q].text == "," and (new_subject_clause(sc, words, q + 1, end) or new_cue_clause(sc, words, q + 1)
                                     or companion_clause(sc, words, q + 1)):
            return q
        if skip > a and words[q].text == "," and r.match(words, q + 1, "continuation"):
            return q  # "... trước ngày 15/10/2025 về chính sách thuế, đồng thời phối hợp ...": the next duty
        d = deadline_at(sc, words, q)
        if d is not None:
            y = after_date(sc, words, q, end)
            if y > q and runs_on(sc, words, y, end):
                skip = y  # "báo cáo Chính phủ trước ngày 15/10/2025 về chính sách thuế ...": not cut here
                continue
            return q
    return end


def agent_after(sc: TaskScan, words: Words, j: int) -> bool:
    """A person's name (after one ``pronoun`` at most) opens at ``words[j]``: the agent of a passive clause "và
    được ông B ..." that ends the action before it; a body's, "và được Bộ X thẩm định", is a result the action
    keeps."""
    if j >= len(words):
        return False
    if sc.rules.match(words, j, "pronoun"):
        return True
    return any(f.start == words[j].start for f in (*sc.persons, *sc.ner_persons))


def bracket_end(words: Words, np_start: int, end: int) -> int:
    """"(Chúng tôi đề nghị Bộ X hướng dẫn cụ thể)": a bracket left open before the assignee closes the action
    (a bracket opened after it, "chỉ đạo A (phó giám đốc, ...) ...", is an apposition the action may follow)."""
    depth = 0
    for q in range(np_start - 1, -1, -1):
        if words[q].text == ")":
            depth += 1
        elif words[q].text == "(":
            if not depth:
                break
            depth -= 1
    else:
        return end
    depth = 0
    for q in range(np_start, end):
        if words[q].text == "(":
            depth += 1
        elif words[q].text == ")":
            if not depth:
                return q
            depth -= 1
    return end


ELLIPSES = {"…", "..."}
ATTRIBUTION_MARKS = {",", "-", "–"}  # after a closing straight quote: the speaker's attribution follows


def sentence_after(words: Words, q: int, end: int) -> bool:
    """A capitalized word opening a clause at ``words[q]`` (the next word not capitalized, so no proper
    name runs on): after an ellipsis, the next sentence the splitter did not cut."""
    return q + 1 < end and words[q].upper and not words[q + 1].upper and not words[q + 1].punct


def starts_action(sc: TaskScan, words: Words, i: int) -> bool:
    """A directive verb, or a verb that neither blocks a task nor is a modal, at ``words[i]``: an action opens."""
    r = sc.rules
    return i < len(words) and (bool(r.match(words, i, "directive")) or (
        words[i].verb and not r.match(words, i, "block") and not r.match(words, i, "modal")))


def modal_action(sc: TaskScan, words: Words, i: int) -> int | None:
    """"cần nghiên cứu giải pháp ...", "phải hoàn thành ...": a clause of a modal and an action with no
    subject of its own; where the action starts (None when ``words[i]`` opens no such clause)."""
    m = sc.rules.match(words, i, "modal")
    if not m or i + m >= len(words) or sc.rules.match(words, i + m, "negation") \
            or sc.rules.match(words, i + m, "negative_directive"):
        return None
    return i + m if starts_action(sc, words, i + m) else None


def continued_duty(sc: TaskScan, words: Words, cut: int, q: int) -> int | None:
    """", đồng thời <verb> ..." after an action that ran past its date: where the next duty starts."""
    r = sc.rules
    if words[cut].text != "," or not (m := r.match(words, cut + 1, "continuation")):
        return None
    a = cut + 1 + m
    if a >= q - 1 or not starts_action(sc, words, a):
        return None
    return a if any(deadline_at(sc, words, x) is not None for x in range(cut)) else None


def runs_on(sc: TaskScan, words: Words, y: int, end: int) -> bool:
    """After the date of a deadline phrase: the action's clause goes on, its words printed after the
    date ("quyết định trước ngày 29 tháng 8 năm 2025 bố trí nguồn kinh phí ...", "mục tiêu trong năm 2025
    bãi bỏ ít nhất 30% ..."), not a separator, a next item or the clause's end."""
    r = sc.rules
    if y >= end or words[y].punct or words[y].upper:
        return False
    return not any(r.match(words, y, kind) for kind in ("conjunction", "continuation", "purpose", "deadline"))


def new_subject_clause(sc: TaskScan, words: Words, q: int, end: int) -> bool:
    """After a comma: a clause with its own modal ("100% các Nghị định ... phải được ban hành"); a modal
    word right after a verb ("tạo nên", "gặp phải") is part of that verb, none."""
    stop = next((x for x in range(q, end) if words[x].text == ","), end)
    return any(sc.rules.match(words, x, "modal") and not (words[x - 1].verb or words[x].inner)
               for x in range(q + 1, stop))


def companion_clause(sc: TaskScan, words: Words, q: int) -> bool:
    """After a comma: a ``party_join`` word, a person's name (after one ``pronoun`` at most) and a verb: what
    that person did with the assignee, a clause of its own ("được giao quản lý kho, | cùng Lê Văn B ký ...");
    "cùng ông B và các đơn vị liên quan" (no verb after the name) stays in the action."""
    r = sc.rules
    j = q + r.match(words, q, "party_join")
    if j == q or j >= len(words):
        return False
    j += r.match(words, j, "pronoun")
    end = next((f.end for f in (*sc.persons, *sc.ner_persons) if j < len(words) and f.start == words[j].start), None)
    k = next((x for x in range(j, len(words)) if words[x].start >= end), len(words)) if end is not None else len(words)
    return k < len(words) and not words[k].upper and (words[k].verb or bool(r.match(words, k, "directive"))
                                                      or bool(r.match(words, k, "modal")))


def new_cue_clause(sc: TaskScan, words: Words, q: int) -> bool:
    """After a comma: "(đồng thời) đề nghị <agent> ...", the speaker's next request to another agent."""
    r = sc.rules
    q += r.match(words, q, "continuation")
    n = r.match(words, q, "cue")
    if not n or (r.ends(words, q, "cue_not_after") and not r.ends(words, q, "cue_after_body")):
        return False
    a = q + n
    while a < len(words) and not r.match(words, a, "agent") and (m := r.match(words, a, "determiner")):
        a += m
    return a < len(words) and (bool(r.match(words, a, "agent")) or sc.protected_end(words[a].start) is not None)


def emit(sc: TaskScan, words: Words, d: Directive, assigner: str | None, s: int, para: int,
         state: State) -> list[Task]:
    """The tasks of directive ``d`` (its head action and coordinated ones); the state remembers them."""
    if any(sc.rules.match(words, q, "sent_subject") for q in range(d.np_start, d.action_start)):
        return []  # "gửi Sở X về việc yêu cầu kiểm tra ...": the subject of a document sent, no assignee "X về việc"
    d.assignee = earlier_named(sc, d.assignee, state)
    state.assignees.append(d.assignee)
    # "kêu gọi X ngừng bắn | khi ông đang thăm Y": the speaker's time, where the pronoun can be his
    d.action_end = speaker_cut(sc, words, d.action_start, d.action_end, assigner, d.assignee, d.np_start)
    # "chỉ đạo ...; chỉ đạo ...": a coordinated top-level directive is a second task
    head = words[d.action_start].low
    q = clause_end(words, d.action_start)
    # "yêu cầu X <duty>; <duty> ..., trước ngày ...": split, the first duty keeps none of the second's dates
    split = q if q < len(words) and words[q].text == ";" and second_duty(sc, words, d, q + 1) else None
    out = [task(sc, words, d, d.action_start, d.action_end, assigner, s, state, split)]
    if d.action_end < q and deadline_at(sc, words, d.action_end) is not None:
        out += dated_items(sc, words, d, q, assigner, s, state)
    elif d.action_end < q and (a := continued_duty(sc, words, d.action_end, q)) is not None:
        out.append(task(sc, words, d, a, action_end(sc, words, a), assigner, s, state))
    elif d.action_end < q:
        # "lập ..., tương tự như ... và xây dựng, ban hành ...": a second directive after the cut
        for x in range(d.action_end, q - 1):
            if sc.rules.match(words, x, "purpose"):
                break  # "... để kịp thời phát hiện và xử lý ...": the purpose's verbs, not a directive
            if sc.rules.match(words, x, "conjunction") and sc.rules.match(words, x + 1, "directive") \
                    and sc.rules.match(words, x + 1, "directive") != len(words) - x - 1:
                out.append(task(sc, words, d, x + 1, action_end(sc, words, x + 1), assigner, s, state))
                break
    prev = d.action_start
    while q < len(words) and words[q].text == ";":
        nxt = q + 1
        if nxt < len(words) and (words[nxt].low == head and sc.rules.match(words, nxt, "directive")
                                 or semicolon_duty(sc, words, prev, nxt, d.colon_list) or q == split):
            out.append(task(sc, words, d, nxt, action_end(sc, words, nxt), assigner, s, state))
        prev, q = nxt, clause_end(words, nxt)
    for t in out:
        state.last = Found(t, para, state.sent)
    state.directive_para = para
    state.directive_sent = state.sent
    return out


def earlier_named(sc: TaskScan, assignee: str, state: State) -> str:
    """"Bộ Xây dựng được giao ... Bộ này phải hoàn thiện ...": a demonstrative assignee (``anaphor``) is the
    last assignee before it named with the same head; without one it stays as printed."""
    low = tuple(lower_text(assignee).split())
    if low not in sc.rules.phrases.get("anaphor", ()):
        return assignee
    head = low[:-1]
    for earlier in reversed(state.assignees):
        words = tuple(lower_text(earlier).split())
        if len(words) > len(head) and words[:len(head)] == head and words[len(head)] != low[-1]:
            return earlier
    return assignee


def semicolon_duty(sc: TaskScan, words: Words, prev: int, a: int, colon_list: bool = False) -> bool:
    """"... bàn giao mặt bằng trước ngày 15/7/2025; tăng cường tuyên truyền ...": after a duty closed by
    its deadline, a clause after ``;`` that opens with a directive verb (no subject of its own, no
    prohibition) is one more duty of the same assignee. Without the deadline the clauses may be the
    duties of whoever the first one directs ("chỉ đạo các cơ quan ... ; nghiên cứu ...; ..."): no task,
    unless the assignee announced its list with a colon ("yêu cầu UBND các tỉnh: chủ động ...; kịp thời
    rà soát ...; gửi danh sách ..."): there every clause is one of its duties."""
    r = sc.rules
    if not colon_list and not any(deadline_at(sc, words, x) is not None for x in range(prev, a - 1)):
        return False
    if colon_list and a < len(words) and (m := r.match(words, a, "routine")):
        a += m  # "; hằng ngày cập nhật kết quả ...": how often, then the duty's verb
    if not bare_duty(sc, words, a):
        return False
    if not (r.match(words, a, "directive") or colon_list and starts_action(sc, words, a)):
        return False
    end = clause_end(words, a)
    return end - a >= MIN_ACTION_WORDS


def bare_duty(sc: TaskScan, words: Words, a: int) -> bool:
    """The clause at ``words[a]`` (after ";") may be one more duty of the same assignee: it opens in lower
    case, with no subject of its own ("; Bộ Tài chính bố trí ...", ``later_clauses``) and no prohibition
    ("; tuyệt đối không để ...")."""
    r = sc.rules
    if a >= len(words) or words[a].upper:
        return False
    if r.match(words, a, "agent") or sc.protected_end(words[a].start) is not None:
        return False
    return not any(r.match(words, x, "negative_directive") or r.match(words, x, "negation")
                   for x in range(a, min(a + 3, len(words))))


def second_duty(sc: TaskScan, words: Words, d: Directive, a: int) -> bool:
    """"<directive cue> Bộ A khẩn trương ban hành ...; nâng cấp hệ thống ... (a long clause)": a sentence of two
    duties a superior's directive cue (``second_duty_cue``: "yêu cầu", "giao", "chỉ đạo"; not a request up or
    across, "đề nghị", "kiến nghị") gives one assignee, the second after ``;`` opening with a directive verb and
    running ``SECOND_DUTY_TOKENS`` at least, is one more task of that assignee. Not split: a short second clause
    ("...; bảo đảm công khai, minh bạch") or a list of three or more; a ";" inside brackets; a reported past
    directive (:func:`reported_past`); a first duty that directs another agent ("chỉ đạo các cơ quan ...;
    nghiên cứu ...": whose duty is the second?); a second clause that is no duty of the assignee's
    (:func:`not_assignee_duty`)."""
    r = sc.rules
    if d.colon_list or not r.ends(words, d.np_start, "second_duty_cue") or r.ends(words, d.action_start, "modal"):
        return False
    if directs_agent(sc, words, d.action_start) or reported_past(sc, words, d.np_start):
        return False
    end = clause_end(words, a)
    if end - a < SECOND_DUTY_TOKENS or any(words[x].text == ";" for x in range(end, len(words))) \
            or any(words[x].text == ";" for x in range(d.action_start, a - 1)):
        return False  # a short clause, or a list of three or more
    if sum((w.text == "(") - (w.text == ")") for w in words[:a]) > 0:
        return False  # "giao Bộ A (cơ quan chủ trì; phối hợp với ...)": a ";" inside brackets
    if not bare_duty(sc, words, a) or not r.match(words, a, "directive"):
        return False
    return not not_assignee_duty(sc, words, d, a, end)


def reported_past(sc: TaskScan, words: Words, np_start: int) -> bool:
    """"UBND tỉnh đã yêu cầu ...", "Trước đó, ... yêu cầu ...", "Năm 2024, ... giao ...": a directive reported
    from the past (``second_duty_past`` right before the cue or opening the sentence, an earlier year than the
    article's before the cue), whose clauses may be its results."""
    r = sc.rules
    cue = np_start - r.ending(words, np_start, "second_duty_cue")
    if any(r.ends(words, k, "second_duty_past") for k in (cue, cue - 1) if k > 0) \
            or r.match(words, 0, "second_duty_past"):
        return True
    published = sc.doc._.published
    return published is not None and any(
        w.text.isdigit() and len(w.text) == 4 and 1945 <= int(w.text) < published.year for w in words[:cue])


def not_assignee_duty(sc: TaskScan, words: Words, d: Directive, a: int, end: int) -> bool:
    """The second clause is the speaker's own stance (``second_duty_stance`` in its first words: "...;
    kiên quyết phản đối ..."), a result or a fact (``second_duty_fact``: "hoàn thành vượt", "tập trung chủ yếu
    ở", "khiến", a later subject "dự án này là", "nêu trên"; an amount in percent), a passive (``second_duty_passive``
    in its first words or before a name or an agent: "tiếp tục được Quốc hội giám sát"), or names the
    assigner's own purse or place (``second_duty_own``: "của tỉnh", "trên địa bàn thành phố") while the
    assignee is no local body."""
    r = sc.rules
    if any(r.match(words, x, "second_duty_stance") for x in range(a, min(a + 3, end))):
        return True
    for x in range(a, end):
        if r.match(words, x, "second_duty_fact") or words[x].text == "%":
            return True
        n = r.match(words, x, "second_duty_passive")
        if n and (x < a + 3 or x + n < end and (words[x + n].upper or r.match(words, x + n, "agent"))):
            return True
    if not any(r.match(words, x, "second_duty_own") for x in range(a, end)):
        return False
    low = lower_text(d.assignee).split()
    return not any(tuple(low[i:i + len(p)]) == p for p in r.phrases.get("local_assignee", ())
                   for i in range(len(low)))


def directs_agent(sc: TaskScan, words: Words, a: int) -> bool:
    """"chỉ đạo các cơ quan ...", "tập trung đôn đốc các bộ ...": a cue and an agent (or a determiner) within
    the first words of an action: the duty directs another agent."""
    r = sc.rules
    for x in range(a, min(a + 3, len(words))):
        n = r.match(words, x, "cue") or r.match(words, x, "cue_verb")
        if n and (r.match(words, x + n, "agent") or r.match(words, x + n, "determiner")):
            return True
    return False


def dated_items(sc: TaskScan, words: Words, d: Directive, q: int, assigner: str | None, s: int,
                state: State) -> list[Task]:
    """"hoàn thành thẩm định trong tháng 7/2025, khởi công trong năm 2025 và lập kế hoạch ... trong năm
    2026": after an action cut by its deadline, each ", <verb> ..." / "và <verb> ..." is one more task of
    the same assignee, with its own deadline."""
    r = sc.rules
    out: list[Task] = []
    cut = d.action_end
    while cut < q:
        # the gap runs from the date's last word: "trong tháng 6 năm 2026, phấn đấu ..." is as short
        # a gap as "trong tháng 7/2025, khởi công ..."
        gap = max(cut + DATED_ITEM_GAP_WORDS, after_date(sc, words, cut, q) + 1)
        sep = next((y for y in range(cut + 1, min(q - 1, gap))
                    if words[y].text == "," or r.match(words, y, "conjunction")), None)
        if sep is None:
            break
        a = sep + 1
        if not starts_action(sc, words, a):
            break
        end = action_end(sc, words, a)
        out.append(task(sc, words, d, a, end, assigner, s, state))
        if deadline_at(sc, words, end) is None:
            break
        cut = end
    return out


def after_date(sc: TaskScan, words: Words, cut: int, q: int) -> int:
    """The first word after the date of the deadline phrase at ``words[cut]`` (``cut`` without one)."""
    n = sc.rules.match(words, cut, "deadline")
    first, near = words[min(cut + n - 1, q - 1)].start, words[min(cut + n + 2, q - 1)].start
    end = next((f.end for f in sc.dates if first <= f.start <= near), None)
    if end is None:
        return cut
    return next((y for y in range(cut + n, q) if words[y].start >= end), q)


def task(sc: TaskScan, words: Words, d: Directive, a: int, end: int, assigner: str | None, s: int,
         state: State, split: int | None = None) -> Task:
    """The task of ``d``'s action ``words[a:end]``; ``split``: the ";" after which the sentence's second duty
    opens (its dates are not this one's deadline)."""
    end = speaker_cut(sc, words, a, end, assigner, d.assignee, d.np_start)
    while end > a + 1 and (words[end - 1].punct and words[end - 1].text not in {"”", ")"}):
        end -= 1
    start_c, end_c = words[a].start, words[end - 1].end
    state.ranges.append((start_c, end_c))
    clause_end_c = words[clause_end(words, a) - 1].end
    document = None
    for f in sc.documents:
        if start_c <= f.start < clause_end_c:
            document = f.kb.split("|", 1)[-1] or None
            break
    return Task(
        assigner=assigner,
        assignee=d.assignee,
        action=sc.text[start_c:end_c],
        deadline=deadline(sc, words, a, state, split),
        start=s,
        end=max(end_c, clause_end_c),
        document=document,
    )
