"""persons, phase 4: the head of a body printed "<Body> do <name> làm <title>": a delegation's head ("Đoàn công
tác Báo X do đồng chí A, ..., làm Trưởng đoàn"), a board's ("Ban X do B làm Trưởng ban") or, for a title that heads
a whole body (person_context.tsv led_head), the body's ("Công ty Y do bà C làm giám đốc")."""

from __future__ import annotations

import re

from ...models import Position
from ...textnorm import fold
from .records import Chain, NameMention
from .scan import SENTENCE_PUNCT, ArticleScan


def sentence_break(span: str) -> bool:
    """A sentence ends inside ``span``; the period inside "TP.HCM" or "1.000" does not end one."""
    return any(c in SENTENCE_PUNCT and not (c == "." and i + 1 < len(span) and not span[i + 1].isspace())
               for i, c in enumerate(span))


def led_by(scan: ArticleScan, ch: Chain, mentions: list[NameMention], starts: set[int]) -> tuple[str | None, list[Position]]:
    """"<Body> do đồng chí <title> <Name> làm Trưởng ban": the head of that body is the person."""
    if ch.start in scan.attached or ch.plural or ch.former or ch.target in starts:
        return None, []
    prev = [m for m in mentions if m.end <= ch.start and _led_link(scan, m.end, ch.start)]
    if not prev:
        return None, []
    m = prev[-1]
    dm = re.search(r"(?<!\w)do\s+[^,.;:!?\n]{0,60}$", scan.text[max(0, m.start - 80) : m.start])
    if dm is None:
        return None, []
    do_at = scan.skip_spaces_back(max(0, m.start - 80) + dm.start())
    if (acr := _ACRONYM_BEFORE.search(scan.text, max(0, do_at - 20), do_at)) is not None:
        do_at = acr.start()  # "Đoàn công tác của Thông tấn xã Việt Nam (TTXVN) do ..."
    at = next(((s, kb) for s, e, kb in scan.bodies if e == do_at), None)
    if at is None and all(fold(it.hit.rule.title) in scan.rules.led_heads for it in ch.items):
        at = _body_before_bracket(scan, do_at)  # "Công ty X (trụ sở tại ..., do bà A làm giám đốc)"
    group = _group_before(scan.text, at[0] if at else do_at, scan.rules.delegation_words, scan.rules.delegation_heads)
    delegation = [it for it in ch.items if fold(it.hit.rule.shared_head or "") in scan.rules.delegation_heads]
    if at is None and (group is None or len(delegation) != len(ch.items)):
        if group is None and _team_led(scan, ch, do_at):
            closed = _period_closed_after(scan, ch.end)  # "... làm tổ trưởng giai đoạn 2016-2020": held then
            return m.name, [Position(title=it.hit.rule.title, body=None,
                                     status="former" if closed and it.status == "current" else it.status)
                            for it in ch.items]
        return None, []  # only a delegation's bare noun before "do" ("đoàn đại biểu do A, làm trưởng đoàn")
    body = at[1] if at else None
    out = []
    for it in ch.items:
        b = it.body
        head = it.hit.rule.shared_head
        if b is None and body and head and fold(body).startswith(fold(head) + " "):
            b = body
        elif b is None and body and it in delegation and group is not None:
            noun = re.sub(r"[ \t]+của$", "", group)  # "Đoàn công tác của Báo X" = "Đoàn công tác Báo X"
            b = f"{noun[:1].upper()}{noun[1:]} {body}"  # "Đoàn công tác Báo X do A làm Trưởng đoàn"
        elif b is None and body and fold(it.hit.rule.title) in scan.rules.led_heads:
            b = body  # "Công ty X do bà A làm giám đốc": the head of the body printed before "do"
        status = "former" if it.status == "current" and _period_closed_after(scan, ch.end) else it.status
        out.append(Position(title=it.hit.rule.title, body=b, status=status))
    return m.name, out


_PERIOD_AFTER = re.compile(r"[ \t]*(?:trong[ \t]+)?(?:giai đoạn|thời gian|thời kỳ|từ(?:[ \t]+năm)?)[ \t]+(\d{4})[ \t]*"
                           r"(?:-|–|đến|tới)[ \t]*(?:năm[ \t]+)?(\d{4})(?!\d)")


def _period_closed_after(scan: ArticleScan, pos: int) -> bool:
    """A period printed right after the title that ended in a year before the article's ("do ông A làm giám
    đốc giai đoạn 2010-2015"): the office was held then."""
    published = scan.doc._.published
    m = _PERIOD_AFTER.match(fold(scan.text[pos : pos + 60]))
    return published is not None and m is not None and int(m.group(1)) <= int(m.group(2)) < published.year


def _team_led(scan: ArticleScan, ch: Chain, do_at: int) -> bool:
    """Every title of the chain heads a team (person_context.tsv team_head) and the word right before "do" is a
    common word: "thủy thủ đoàn do A làm trưởng đoàn" (no body), not a name left unread ('tổ tên "X" do B ...')."""
    before = scan.text[max(0, do_at - 40) : do_at].rstrip(" \t,").split()
    after = re.split(r"[,.;:!?\n]", scan.text[ch.end : ch.end + 40], maxsplit=1)[0]
    near = f" {fold(' '.join(before[-3:]))} {fold(after)} "
    if any(f" {w} " in near for w in scan.rules.team_heads_not):
        return False  # "không do A làm tổ trưởng", "dự kiến do B ...", "... làm trưởng đoàn nhưng chưa được duyệt"
    return (bool(before) and bool(ch.items) and all(fold(it.hit.rule.title) in scan.rules.team_heads for it in ch.items)
            and not before[-1][:1].isupper() and not before[-1].endswith(('"', "”", "'", ")")))


def _body_before_bracket(scan: ArticleScan, pos: int) -> tuple[int, str] | None:
    """The body printed right before the bracket still open at ``pos`` in its sentence, else None."""
    start = scan.text.rfind("(", max(0, pos - 160), pos)
    if start < 0 or re.search(r"[)\n]", scan.text[start:pos]) or re.search(r"[.!?;]\s", scan.text[start:pos]):
        return None
    end = scan.skip_spaces_back(start)
    return next(((s, kb) for s, e, kb in scan.bodies if e == end), None)


_ACRONYM_BEFORE = re.compile(r"[ \t]*\([A-ZĐ][A-ZĐ0-9&.-]+\)$")


def _group_before(text: str, pos: int, kinds: set[str], heads: frozenset[str]) -> str | None:
    """A delegation's noun printed right before ``pos`` in lower-case words of its kind (``kinds``) after "Đoàn" (``heads``),
    "của" maybe last ("Đoàn công tác của", "đoàn kiểm tra liên ngành"), else None ("đoàn công tác làm việc với")."""
    words = text[max(0, pos - 60) : pos].split(" ")
    if words and words[-1] == "":
        words.pop()
    for k in range(2, min(len(words), 7) + 1):
        lead, rest = words[-k], words[-k + 1 :]
        if fold(lead) in heads:
            return " ".join(words[-k:]) if all(w.islower() and fold(w) in kinds for w in rest) else None
    return None


def _led_link(scan: ArticleScan, name_end: int, chain_start: int) -> bool:
    """The words between a name and the chain after "do <name>": "làm", or the name's own offices set off by a
    comma before it ("do đồng chí A, Bí thư Đảng ủy, Tổng Giám đốc X làm Trưởng đoàn")."""
    between = scan.text[name_end:chain_start]
    if between.strip() in scan.rules.led_links:
        return True
    if not between.startswith(",") or not scan.rules.led_link_end_re.search(between) or sentence_break(between):
        return False
    aside = scan.rules.led_link_tail_re.sub("", between[1:]).strip()
    if not aside:
        return True  # "do Bí thư Thành ủy A, làm trưởng đoàn"
    at = scan.skip_spaces(name_end + 1)
    return any(c.start == at and scan.text[c.end : chain_start].strip(" \t,") in scan.rules.led_links
               for c in scan.chains)
