"""persons, phase 4d: the career lines of a biography ("Tóm tắt tiểu sử" of an obituary, "Tiểu sử ông A"
printed with a new appointee): a line opened by a period or a point of time and a colon ("Tháng 8/1950 -
3/1955: Đồng chí làm X, Y; Z", "Từ tháng 6/2020 đến nay: Giám đốc Sở ...", "Năm 2021: được bầu làm ...") gives
the biography's subject every office printed in it. The subject is the person named last before the line
outside the career lines (the heading or the opening paragraph), so a second biography in the article, after
its own heading, gets its own offices. An office of a period that ended before the article's year is former;
one of a period "đến nay", of a term still running, or of the last point of time of the career, current.
Dated lines are a career only after a biography's cue (a heading "Tiểu sử", "Quá trình công tác", a birth or
a death: "sinh năm", "từ trần"): a news article's "Năm 2023: ..." lines are no one's career. The words of the
cue and of the line's opening are person_timeline.tsv rows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ... import resources
from ...models import Position
from ...textnorm import fold, is_cap
from .records import Chain, ChainItem, NameMention
from .scan import ArticleScan

# a point of time this many years before the article, the last of a career, is no longer held
HELD_YEARS = 10
MIN_LINES = 2  # a biography prints its career in two dated lines at least


@dataclass(frozen=True)
class TimelineRules:
    line_re: re.Pattern[str]
    context_re: re.Pattern[str] | None  # a biography's cue: the career lines are read after it (None: no cue rows)
    cut_not: frozenset[str]
    acting: str  # the word before an acting office's title, kept when the office is former
    now: tuple[tuple[str, ...], ...]  # the open end of a period ("nay", "hiện nay"), as folded words


@lru_cache(maxsize=8)
def timeline_rules(rules_dir: resources.RulesDir) -> TimelineRules:
    rows: dict[str, list[str]] = {}
    for row in resources.load_tsv("person_timeline.tsv", rules_dir):
        rows.setdefault(row["kind"], []).append(fold(row["phrase"]))

    def alt(kind: str) -> str:
        return "|".join(re.escape(p) for p in sorted(rows.get(kind, []), key=len, reverse=True)) or "(?!)"

    unit = rf"(?:(?:{alt('unit')})[ \t]*)"
    # "tháng 02/1955", "08/1950", "T8/1950", "năm 2021", "ngày 5/3/2010", "tháng 8 năm 1950"
    date = rf"{unit}?(?:\d{{1,2}}[ \t]*(?:[/.-]|[ \t](?:{alt('unit')}))[ \t]*){{0,2}}(?:{unit})?"
    line = (rf"^[ \t]*(?:(?:{alt('bullet')})[ \t]*)?(?:(?:{alt('opener')})[ \t]+)?{date}(?P<from>\d{{4}})"
            rf"(?:[ \t]*(?:{alt('to')})[ \t]*(?:(?P<now>{alt('now')})|{date}(?P<to>\d{{4}})))?[ \t]*:")
    context = re.compile(rf"(?<!\w)(?:{alt('context')})(?!\w)") if rows.get("context") else None
    return TimelineRules(re.compile(line), context, frozenset(rows.get("cut_not", [])),
                         (rows.get("acting") or ["quyền"])[0], tuple(tuple(p.split()) for p in rows.get("now", [])))


@dataclass
class CareerLine:
    start: int  # where the line's offices start (after its colon)
    end: int
    status: str | None  # None: a point of time, settled once the biography's lines are known
    year: int


def career_lines(scan: ArticleScan) -> list[CareerLine]:
    """The dated career lines of the article, in order."""
    rules = timeline_rules(scan.rules.rules_dir)
    published = scan.doc._.published
    out: list[CareerLine] = []
    cue_start = 0  # no context rows in the data: no cue needed
    if rules.context_re is not None:
        if (cue := rules.context_re.search(scan.low)) is None:
            return out  # no biography: dated lines are a schedule, a chronicle, a plan
        cue_start = cue.start()
    pos = 0
    for raw in scan.low.split("\n"):
        m = rules.line_re.match(raw)
        if m is not None:
            first = int(m.group("from"))
            end = int(m.group("to")) if m.group("to") else None
            if m.group("now"):
                status = "current"
            elif end is None:
                status = None
            elif end < first:
                status = "skip"  # not a period of a career
            else:
                status = "former" if published is None or end < published.year else "current"
            if status != "skip" and pos >= cue_start:
                out.append(CareerLine(pos + m.end(), pos + len(raw), status, end or first))
        pos += len(raw) + 1
    return out


def timeline_positions(scan: ArticleScan, mentions: list[NameMention],
                       pronouns: list[NameMention]) -> dict[str, list[Position]]:
    """The offices of a biography's career lines, by the biography's subject."""
    lines = career_lines(scan)
    if len(lines) < MIN_LINES:
        return {}
    published = scan.doc._.published
    named = sorted((m for m in mentions if m.kind != "pronoun"), key=lambda m: m.start)
    name_starts = {m.start for m in named}
    out: dict[str, list[Position]] = {}
    subject: str | None = None
    prev_end = 0
    for i, line in enumerate(lines):
        # the person named last before the line, outside the career lines (a line names others in passing)
        outside = [m for m in named if prev_end <= m.start < _line_start(scan, line)]
        if outside:
            subject = outside[-1].name
        prev_end = line.end
        if subject is None:
            continue
        if any(p.name != subject for p in pronouns if line.start <= p.start < line.end):
            continue  # "Đồng chí" of the line stands for another person
        status = line.status
        if status is None:  # a point of time: held until the career's next line
            later = i + 1 < len(lines)
            stale = published is not None and line.year < published.year - HELD_YEARS
            status = "former" if later or stale else "current"
        lst = out.setdefault(subject, [])
        spans = [(line.start, line.end)]
        if i + 1 < len(lines) and not any(line.end <= m.start < lines[i + 1].start for m in named):
            # a line between two career lines told of the subject ("Tại Đại hội ..., Đồng chí được bầu làm X")
            spans.extend((p.end, _line_end(scan, p.end)) for p in pronouns
                         if p.name == subject and line.end < p.start < _line_start(scan, lines[i + 1]))
        for lo, hi in spans:
            for ch in scan.chains:
                if lo <= ch.lead < hi and _own(scan, ch, name_starts):
                    scan.attached.add(ch.start)
                    for it in ch.items:
                        p = _position(scan, ch, it, status)
                        if p is not None and p not in lst:
                            lst.append(p)
    return {k: v for k, v in out.items() if v}


def _line_start(scan: ArticleScan, line: CareerLine) -> int:
    return scan.text.rfind("\n", 0, line.start) + 1


def _line_end(scan: ArticleScan, pos: int) -> int:
    end = scan.text.find("\n", pos)
    return end if end >= 0 else len(scan.text)


def _own(scan: ArticleScan, ch: Chain, name_starts: set[int]) -> bool:
    """A chain the line gives its subject: not another person's ("Thủ tướng Phạm Minh Chính"), not a group's,
    not given to a person already."""
    return not ch.plural and ch.target not in name_starts and ch.start not in scan.attached


def _position(scan: ArticleScan, ch: Chain, it: ChainItem, status: str) -> Position | None:
    """The office of one link, None where the link was misread: a title cut out of a longer one ("Chi ủy
    viên", "Bí thư Chi bộ", "Hội đồng Bộ trưởng" read as "Ủy viên", "Bí thư", "Bộ trưởng"), a body filled in
    from a bare head ("Hội đồng" read as a council the article names elsewhere), a body cut inside a longer
    name; a link sharing its body with a later one is read with that one's."""
    body = it.body or _head_body(ch, it)
    if body is None:
        if _glued_before(scan, ch, it) or (_capital_after(scan, it.hit.end) and
                                           scan.skip_spaces(it.hit.end) not in scan.place_at):
            return None
    else:
        printer = next((o for o in ch.items[ch.items.index(it):] if o.body == body and
                        scan.skip_spaces(o.hit.end) < o.end), None)
        if printer is None or _misread(scan, printer):
            return None
        body = _completed(scan, it, body)
    title = it.hit.rule.title
    if it.status == "acting" and status == "former":  # "quyền Liên đoàn trưởng" of a period that ended
        return Position(title=f"{timeline_rules(scan.rules.rules_dir).acting} {title}", body=body, status="former")
    return Position(title=title, body=body, status=status if it.status == "current" else it.status)


def _head_body(ch: Chain, it: ChainItem) -> str | None:
    """"Phó Liên đoàn trưởng, quyền Liên đoàn trưởng Liên đoàn X": a deputy printed before the head of one
    unit, a status word between them, is of the head's body."""
    i = ch.items.index(it)
    nxt = ch.items[i + 1] if i + 1 < len(ch.items) else None
    title = fold(it.hit.rule.title)
    if nxt is None or nxt.body is None or nxt.status == it.status or not title.startswith("phó "):
        return None
    return nxt.body if fold(nxt.hit.rule.title) == title[len("phó ") :] else None


def _misread(scan: ArticleScan, it: ChainItem) -> bool:
    """The body of a link is longer than printed (unless the line names the printed bare head in full before it, as
    :func:`_completed` reads it), or ends where the printed name goes on."""
    start = scan.skip_spaces(it.hit.end)
    printed = fold(scan.text[start : it.end])
    body = fold(it.body or "")
    if len(body) > len(printed) and body.startswith(printed):
        # "Hội đồng" -> "Hội đồng Quốc phòng và An ninh"; not "Tổng cục Địa chất, Bí thư Ban cán sự đảng Tổng cục"
        return fold(_completed(scan, it, scan.text[start : it.end])) != body
    if len(printed) > len(body) and printed.startswith(body) and scan.low.startswith(body, start):
        return _cut(scan, start + len(body)) or _capital_after(scan, start + len(body))
    return _cut(scan, it.end) or _capital_after(scan, it.end)


def _glued_before(scan: ArticleScan, ch: Chain, it: ChainItem) -> bool:
    """A word right before a title, with no separator, that is capitalized or ends the link before: the
    title is the tail of a longer one ("Chi ủy viên", "Hội đồng Bộ trưởng")."""
    prev = scan.prev_word(it.hit.start)
    if prev is None or scan.text[prev[1] : it.hit.start].strip(" \t") != "":
        return False
    return is_cap(scan.text[prev[0] : prev[1]]) or any(o.end == prev[1] for c in scan.chains for o in c.items)


def _capital_after(scan: ArticleScan, pos: int) -> bool:
    at = scan.skip_spaces(pos)
    w = scan.word_at(at)
    return at > pos and w is not None and w[0] == at and is_cap(scan.text[w[0] : w[1]])


def _cut(scan: ArticleScan, end: int) -> bool:
    """The body ends and the name goes on: a lower-case word, then a capitalized one ("Ban Chấp hành Tổng
    Công | đoàn Việt Nam", "Ủy ban Khoa học và Kỹ thuật | của Quốc hội")."""
    at = scan.skip_spaces(end)
    w = scan.word_at(at)
    if at == end or w is None or w[0] != at or is_cap(scan.text[w[0] : w[1]]):
        return False
    if fold(scan.text[w[0] : w[1]]) in timeline_rules(scan.rules.rules_dir).cut_not:
        return False
    return _capital_after(scan, w[1])


def _completed(scan: ArticleScan, it: ChainItem, body: str) -> str:
    """A body ending in a bare head the line names in full before it ("Liên đoàn Bản đồ địa chất; Bí thư Đảng
    ủy Liên đoàn" = Đảng ủy Liên đoàn Bản đồ địa chất; "Tổng cục Địa chất, Bí thư Ban cán sự đảng Tổng cục")."""
    words = body.split()
    line_start = scan.text.rfind("\n", 0, it.hit.start) + 1
    earlier = [kb for s, _e, kb in scan.bodies if line_start <= s < it.hit.start and kb]
    for k in (3, 2, 1):
        if len(words) <= k:
            continue
        head = fold(" ".join(words[-k:]))
        full = next((b for b in reversed(earlier) if fold(b).startswith(head + " ")), None)
        if full is not None and all(is_cap(w) for w in words[-k:][:1]):
            return " ".join(words[:-k] + [full])
    return body
