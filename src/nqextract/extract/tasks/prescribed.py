"""Duties a rule or a document sets: the frame names the text, an agent and an obligation modal
follow ("Theo quy định, thương nhân đầu mối phải mở tài khoản ...", "Theo luật mới, các nền tảng phải
gỡ bỏ ...", "Nghị định 9/2030/NĐ-CP của Chính phủ quy định quỹ xã hội có nghĩa vụ công khai ...",
"Thông tư này yêu cầu ứng dụng phải ..."). A draft prescribes nothing yet (``rule_draft``: "Dự thảo quy định X phải ...").

The frame is what separates a duty from an opinion ("X phải V" alone is read nowhere here):

- ``rule_frame`` opening the sentence before a comma ("Theo quy định,", "Theo luật mới,"), perhaps an
  adverbial after it up to its comma ("Theo đó, trong mọi trường hợp, X phải ...") that names no one;
- ``rule_anchor`` ("Theo đó,") opening it, only when a ``rule_document`` noun (a whole word of the
  tagger's: not "luật sư", not the verb "quyết định"; not a ``rule_anchor_not`` plan unless numbered) or a
  document's name is printed in the sentence or the one before it (a decision, a decree, an internal
  rule), and no ``rule_verdict`` there ("khởi tố", "tuyên án": a fate follows; not after a
  ``rule_verdict_free`` word, "hướng dẫn xét xử", "thẩm quyền xét xử", "kiến nghị khởi tố"), or after a comma in a
  sentence that names the document before it ("... Hiệp ước X, theo đó A phải ...");
- a ``rule_verb`` ("quy định", "yêu cầu", "bắt buộc") whose subject clause holds a ``rule_document``
  word or a document's name ("Nghị định ... quy định | X có nghĩa vụ ...").

After the frame the subject is an agent noun phrase (or a ``rule_party``, one a rule regulates, or a
country a treaty binds; never a person, whom a verdict or a plan's fate names), then a ``rule_modal`` ("phải", "có nghĩa vụ", "sẽ
phải"), then an action verb (not a passive "được"/"bị", not a negated "không phải", no outcome of
``rule_action_not``: "phải chịu mức phạt", "phải nộp phạt", "phải nhập viện"; no offender's, a party
qualified by ``rule_offender`` right after its noun: "doanh nghiệp vi phạm phải ...", not "doanh nghiệp phát
hiện vi phạm"). The action ends before a contrast after a comma (``rule_action_contrast``: ", tuy nhiên ...",
", còn ...", not "song song") and before "và" opening a new subject (an agent or a party with a
``rule_subject_modal`` shortly after it, "và khách hàng có quyền ...", a person's noun of ``rule_subject_head``
before a ``rule_subject_modal_strong``, or before any modal where the action holds no person nor a
``rule_object_lead``, "mặc đồng phục và giáo viên được phép ...", or any noun phrase before a
``rule_subject_modal_any``, "và chỉ các tài khoản đã xác minh mới được ..."; not an object, "và các khoản
phải trả", "thông báo cho khách hàng và người thân được phép ...") or a second duty ("và sẽ phải V ...", a task of its own, refused as the first is). The assigner is the body printed after "của" in the frame ("Nghị định ... của
Chính phủ"), else none. A rule's duty opens no directive passage: the sentences after it are no
continuation of it.
"""

from __future__ import annotations

import re

from ...models import Task
from ...textnorm import fold
from ..view import view
from .actions import action_end, emit, starts_action
from .assignees import assignee_text, canonical_assignee, is_agent, noun_phrase_end
from .rules import CLAUSE_PUNCT, QUOTES
from .scan import Directive, State, TaskScan
from .words import Words, lower_text

FRAME_WORDS = 16  # a frame ("Theo quy định tại Điều 5 Nghị định ...,") ends at a comma this close
DOCUMENT_GAP_WORDS = 14  # a document word this close before a rule verb is its subject
QUALIFIER_WORDS = 5  # a party's qualifier read as a verb ("nền tảng | chia sẻ video") ends this close to the modal
OBJECT_AFTER = {"V", "L", "M"}  # tags before a document word the tagger read as a verb that make it a noun
SUBJECT_WORDS = 8  # "và <noun phrase> có quyền ...": a new subject's modal this close after "và"


def duty(sc: TaskScan, words: Words, s: int, para: int, state: State) -> list[Task]:
    """The duty a rule sets in this sentence (see the module's doc), else nothing."""
    start = next((q for q in range(len(words)) if words[q].text not in QUOTES), len(words))
    for j, assigner in _subjects(sc, words, start):
        d = _duty_at(sc, words, j)
        if d is None:
            continue
        # a rule's duty opens no directive passage: the next sentences are not its continuation
        kept = state.last, state.directive_para, state.directive_sent
        out = emit(sc, words, d, assigner, s, para, state)
        if len(out) == 1 and (a := _next_duty(sc, words, d.action_end)) is not None:
            # "..., và phải thực hiện trích tiền ...": the rule's second duty for the same party
            out += emit(sc, words, Directive(d.assignee, a, _action_end(sc, words, a), d.np_start), assigner,
                        s, para, state)
        state.last, state.directive_para, state.directive_sent = kept
        return [x for t in out for x in _each_party(sc, t)]
    return []


def _each_party(sc: TaskScan, t: Task) -> list[Task]:
    """"quỹ xã hội, quỹ từ thiện": parties listed with their head repeated, each with its own qualifier,
    are one task each (a head printed once, "các nhà máy, doanh nghiệp phát thải", keeps one assignee)."""
    items = [x.strip() for x in re.split(r",|\bvà\b", t.assignee) if x.strip()]
    heads = sorted((" ".join(p) for p in sc.rules.phrases.get("rule_party", ())), key=len, reverse=True)
    found = {next((h for h in heads if lower_text(x).startswith(h + " ")), None) for x in items}
    if len(items) < 2 or len(found) != 1 or None in found:
        return [t]
    return [t.model_copy(update={"assignee": x}) for x in items]


def _action_end(sc: TaskScan, words: Words, a: int) -> int:
    """Where the action opening at ``words[a]`` ends: as any action's, and before a contrast after a comma
    (", tuy nhiên / nhưng / trong khi / còn ..."), a new subject after "và" ("và khách hàng có quyền ...",
    "và chỉ các tài khoản đã xác minh mới được ...") or a second duty ("và (sẽ) phải V ...")."""
    r = sc.rules
    end = action_end(sc, words, a)
    for q in range(a + 1, end):
        if words[q].text == "," and r.match(words, q + 1, "rule_action_contrast"):
            return q
        if not r.match(words, q, "conjunction"):
            continue
        k = q + 1
        k += r.match(words, k, "rule_modal_lead") if r.match(words, k + r.match(words, k, "rule_modal_lead"), "rule_modal") else 0
        if r.match(words, k, "rule_modal"):
            return q  # "... và sẽ phải báo cáo ...": the second duty (``_next_duty``)
        stop = next((p for p in range(k, min(end, k + SUBJECT_WORDS)) if words[p].punct), min(end, k + SUBJECT_WORDS))
        if k >= end or words[k].verb:
            continue
        # a new subject only when an agent or a party opens the noun phrase ("và khách hàng có quyền ..."), a
        # person's noun (``rule_subject_head``) before a strong modal, or before any when the action holds no person
        # nor an object's lead ("mặc đồng phục | và giáo viên được phép ..."; not "thông báo cho khách hàng và người
        # thân được phép ..."), or the modal restricts ("và chỉ các tài khoản đã xác minh mới được ..."); "và các
        # khoản phải trả", "và danh sách ... phải đóng" are the action's objects
        named = is_agent(sc, words, k, cue=True) or bool(_party(sc, words, k))
        person = not named and bool(r.match(words, k + r.match(words, k, "determiner"), "rule_subject_head"))
        weak_ok = person and not any(r.match(words, p, "rule_object_lead") or r.match(words, p, "rule_subject_head")
                                     for p in range(a, q))  # "thông báo cho khách hàng | và người thân được phép"
        if any(r.match(words, p, "rule_subject_modal_any") or named and r.match(words, p, "rule_subject_modal")
               or person and (r.match(words, p, "rule_subject_modal_strong")
                              or weak_ok and r.match(words, p, "rule_subject_modal"))
               for p in range(k + 1, stop)):
            return q
    return end


def _next_duty(sc: TaskScan, words: Words, k: int) -> int | None:
    """Where a second duty of the same party opens right after an action ending at ``words[k]`` ("(,) và
    (cũng) phải V ..."), else None."""
    r = sc.rules
    k += k < len(words) and words[k].text == ","
    if not (n := r.match(words, k, "conjunction")):
        return None
    k += n
    k += r.match(words, k, "rule_modal_lead") if r.match(words, k + r.match(words, k, "rule_modal_lead"), "rule_modal") else 0
    if not (m := r.match(words, k, "rule_modal")) or r.match(words, k + m, "block") \
            or r.match(words, k + m, "negation") or r.match(words, k + m, "rule_action_not") \
            or not starts_action(sc, words, k + m):  # "và phải nộp phạt nếu vi phạm": a penalty, no duty
        return None
    return k + m


def _subjects(sc: TaskScan, words: Words, start: int) -> list[tuple[int, str | None]]:
    """Where a subject a frame governs may start, with the frame's assigner."""
    r = sc.rules
    out: list[tuple[int, str | None]] = []
    n = r.match(words, start, "rule_frame")
    if n and words[start + n - 1].glued:
        n = 0  # "Theo luật sư A, ...": an opinion's source, no rule
    anchored = not n and (n := r.match(words, start, "rule_anchor")) and _document_near(sc, words)
    if n and (not r.match(words, start, "rule_anchor") or anchored):
        comma = next((q for q in range(start + n, min(len(words), start + n + FRAME_WORDS))
                      if words[q].text in CLAUSE_PUNCT | {","}), None)
        if comma is not None and words[comma].text == "," and not _draft(sc, words, start, comma):
            issuer = _issuer(sc, words, start, comma)
            out.append((comma + 1, issuer))
            # "Theo đó, trong mọi trường hợp, người đứng đầu phải ...": an adverbial between the frame and
            # the subject, up to its comma
            nxt = next((q for q in range(comma + 1, min(len(words), comma + 1 + FRAME_WORDS))
                        if words[q].text in CLAUSE_PUNCT | {","}), None)
            if nxt is not None and words[nxt].text == "," and not _named_first(sc, words, comma + 1, nxt):
                out.append((nxt + 1, issuer))
    for k in r.positions(words, "rule_anchor", start + 2, len(words) - 2):
        # "... Hiệp ước X, theo đó “A phải thông báo cho B ...”": a document named before the anchor's comma
        if (n := r.match(words, k, "rule_anchor")) and words[k - 1].text == "," and any(
                _document_word(sc, words, q) or _document_at(sc, words[q].start) for q in range(start, k)) \
                and not _draft(sc, words, start, k) \
                and not any(_verdict(sc, words, q) for q in range(start, k)):  # "tuyên án ..., theo đó"
            j = k + n
            while j < len(words) and words[j].text in QUOTES:
                j += 1
            out.append((j, None))
    for k in r.positions(words, "rule_verb", start + 1, len(words) - 2):
        if not (m := r.match(words, k, "rule_verb")) or not words[k - 1].text.strip():
            continue
        lo = k
        while lo > start and k - lo < DOCUMENT_GAP_WORDS and words[lo - 1].text not in CLAUSE_PUNCT | {","}:
            lo -= 1
        if not any(_document_word(sc, words, q) or _document_at(sc, words[q].start)
                   for q in range(lo, k)) or _draft(sc, words, lo, k):
            continue
        j = k + m
        while j < len(words) and (words[j].text in {":", "“", '"', "«"} or r.match(words, j, "rule_verb_tail")):
            j += 1
        out.append((j, _issuer(sc, words, lo, k)))
    return out


def _named_first(sc: TaskScan, words: Words, lo: int, hi: int) -> bool:
    """``words[lo:hi]`` names someone: an agent, a party or a person ("ông A, Giám đốc Công ty B, phải ...":
    the subject and its apposition, no adverbial)."""
    return is_agent(sc, words, lo, cue=True) or bool(_party(sc, words, lo)) or any(
        words[lo].start <= f.start < words[hi - 1].end for f in sc.persons + sc.ner_persons + sc.bodies)


def _duty_at(sc: TaskScan, words: Words, j: int) -> Directive | None:
    """``AGENT rule_modal ACTION`` at ``words[j]``."""
    r = sc.rules
    if j >= len(words):
        return None
    p = _party(sc, words, j) or _place(sc, words, j)
    if not p and not is_agent(sc, words, j, cue=True):
        return None
    if p and r.match(words, p, "rule_modal") or p and r.match(words, p, "rule_modal_lead"):
        np_end: int | None = p  # "người thuê | phải ..."
    else:  # the tagger may read a party's head as a verb ("thương nhân"): its qualifiers after it
        np_end = (noun_phrase_end(sc, words, p, cue=False) if p else None) \
            or noun_phrase_end(sc, words, j, cue=False) or p or None
    if np_end is None:
        return None
    if not r.match(words, np_end, "rule_modal") and not r.match(words, np_end, "rule_modal_lead"):
        # "các nền tảng | chia sẻ video phải ...": a qualifier the tagger read as a verb, the modal shortly after
        np_end = next((q for q in range(np_end + 1, min(len(words), np_end + QUALIFIER_WORDS))
                       if r.match(words, q, "rule_modal") or words[q].punct or r.match(words, q, "block")), np_end)
    if np_end > j and r.match(words, np_end - 1, "block"):
        return None  # "X không phải nộp ...": exempted, no duty
    if np_end > j and r.match(words, np_end - 1, "rule_modal") > 1:
        np_end -= 1  # "học sinh | bắt buộc phải ...": the tagger read "buộc phải" alone as the modal
    if (lead := r.match(words, np_end, "rule_modal_lead")) and r.match(words, np_end + lead, "rule_modal"):
        m = lead + r.match(words, np_end + lead, "rule_modal")  # "sẽ phải", "cũng phải"
    else:
        m = r.match(words, np_end, "rule_modal")
    a = np_end + m
    if not m or a >= len(words) or r.match(words, a, "block") or r.match(words, a, "negation") \
            or r.match(words, a, "rule_action_not") or not starts_action(sc, words, a):
        return None  # "phải được đăng ký", "không phải nộp", "phải chịu mức phạt ...", "phải nhập viện"
    if any(r.match(words, q, "rule_offender") and not _after_verb(words, j, q) for q in range(j, np_end)):
        # the party's own qualifier ("doanh nghiệp vi phạm", "người tái phạm"); "doanh nghiệp phát hiện vi
        # phạm" names the object of another verb
        return None  # "doanh nghiệp vi phạm phải nộp ...": an offender's penalty, no duty a rule sets
    if _person(sc, words, j, np_end):
        return None  # a rule regulates a class of parties; "Theo đó, ông A phải ..." is a verdict's or a plan's fate
    if any(words[q].text in CLAUSE_PUNCT for q in range(j, np_end)):
        return None
    assignee = canonical_assignee(sc, assignee_text(sc, words, j, np_end))
    if not assignee:
        return None
    return Directive(assignee, a, _action_end(sc, words, a), j)


def _after_verb(words: Words, j: int, q: int) -> bool:
    """The tagged word ending right before ``words[q]`` (after ``words[j]``) is a verb."""
    p = q - 1
    while p > j and words[p].inner:
        p -= 1
    return p >= j and words[p].verb


def _person(sc: TaskScan, words: Words, j: int, np_end: int) -> bool:
    """The subject names a person: a person's name after lower-case words only ("ông A", "bị cáo B",
    "huấn luyện viên C"); after a capitalized word it names a body ("học sinh Trường THCS Lê Văn Tám")."""
    lo, hi = words[j].start, words[np_end - 1].end
    return any(lo <= f.start < hi and not any(w.upper for w in words[j:np_end] if w.start < f.start)
               and fold(sc.text[f.start:f.end]) not in sc.rules.party_places  # the tagger's "Nga" is a country
               for f in sc.persons + sc.ner_persons)


def _place(sc: TaskScan, words: Words, j: int) -> int:
    """A country or a province a treaty or a law binds, printed alone right before the modal ("Na Uy phải
    ..."): the word after its name, else 0."""
    for k in range(j + 1, min(len(words), j + 5)):
        if sc.rules.match(words, k, "rule_modal") or sc.rules.match(words, k, "rule_modal_lead"):
            return k if fold(sc.text[words[j].start:words[k - 1].end]) in sc.rules.party_places else 0
    return 0


def _party(sc: TaskScan, words: Words, j: int) -> int:
    """A party a rule regulates (``rule_party``: "thương nhân", "quỹ", "ứng dụng"), after determiners: the
    word after its head, else 0."""
    r = sc.rules
    while j < len(words) and (n := r.match(words, j, "determiner")):
        j += n
    n = r.match(words, j, "rule_party")
    return j + n if n else 0


def _draft(sc: TaskScan, words: Words, lo: int, hi: int) -> bool:
    """A draft's word in ``words[lo:hi]``: the text prescribes nothing yet."""
    return any(sc.rules.match(words, q, "rule_draft") for q in range(lo, hi))


def _document_near(sc: TaskScan, words: Words) -> bool:
    """A document's name, or a rule_document noun (a whole word of the tagger's, not one that anchors
    nothing: ``rule_anchor_not``), printed in the sentence or the one before it, and no verdict or
    prosecution (``rule_verdict``) there: "Theo đó, X phải bồi thường ..." after "tuyên án" is a fate."""
    r = sc.rules
    if not words:
        return False
    v = view(sc.doc)
    i = v.sentence_of(words[0].start)
    lo = v.sentences[i - 1][0] if i else words[0].start
    near = sc.words(lo, words[-1].end)
    if any(_verdict(sc, near, q) for q in range(len(near))):
        return False
    if any(lo <= f.start < words[-1].end and _rule_named(sc, f.start, f.end) for f in sc.documents):
        return True
    return any(_document_word(sc, near, q) and not r.match(near, q, "rule_anchor_not") for q in range(len(near)))


def _verdict(sc: TaskScan, words: Words, q: int) -> bool:
    """A ``rule_verdict`` word at ``words[q]`` that is a verdict or a prosecution, not the object of a
    ``rule_verdict_free`` word right before it ("hướng dẫn xét xử", "thẩm quyền xét xử", "kiến nghị khởi tố")."""
    r = sc.rules
    return bool(r.match(words, q, "rule_verdict")) and not any(
        r.match(words, p, "rule_verdict_free") == q - p for p in range(max(0, q - 3), q))


def _document_word(sc: TaskScan, words: Words, q: int) -> bool:
    """A ``rule_document`` noun at ``words[q]``, a whole word of the tagger's: not "luật" in "luật sư",
    not the verb "quyết định" ("ông A quyết định bán ..."); one the tagger reads as a verb is a noun as a
    verb's object or after a determiner ("ban hành quyết định", "các quyết định")."""
    n = sc.rules.match(words, q, "rule_document")
    if not n or words[q].inner or words[q + n - 1].glued:
        return False
    if sc.tags.get(words[q].start, "")[:1] == "N":
        return True
    p = q - 1
    while p > 0 and words[p].inner:
        p -= 1
    return p >= 0 and sc.tags.get(words[p].start, "")[:1] in OBJECT_AFTER


def _rule_named(sc: TaskScan, start: int, end: int) -> bool:
    """A document's name that names a rule: a plan only with its number ("Kế hoạch 12/KH-UBND"), not a
    firm's business plan ("kế hoạch kinh doanh năm 2030")."""
    return not sc.rules.match(sc.bare_words(start, end), 0, "rule_anchor_not") or "/" in sc.text[start:end]


def _document_at(sc: TaskScan, pos: int) -> bool:
    return any(f.start <= pos < f.end for f in sc.documents)


def _issuer(sc: TaskScan, words: Words, lo: int, hi: int) -> str | None:
    """The body printed right after "của" inside the frame ("Nghị định ... của Chính phủ")."""
    for q in range(lo, hi - 1):
        if lower_text(words[q].text) == "của":
            at = words[q + 1].start
            body = next((f for f in sc.bodies if f.start == at and f.end <= words[hi - 1].end), None)
            if body is not None:
                return body.kb
    return None
