"""position_changes, the component: the spaCy factory ``nq_changes``, stateless; one :class:`ChangeScan`
per Doc runs the phases and is dropped with the result."""

from __future__ import annotations

import re
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from ...models import PositionChange
from ...nlp import sentence_index
from ...textnorm import fold
from .. import resources
from .cues import cues
from .decider import decided_by, document
from .lists import counted_cue, dated_report, items, list_start
from .members import MEMBER_TITLE, memberships, seat
from .people import (
    clause_subject,
    decided_subject,
    discipline_context,
    passive_led,
    shared_targets,
    shares_subject,
    targets,
    unreal,
)
from .posts import TAKING, concurrent, fixed_post, post
from .results import planned, results
from .rules import BODY_HEADS, DEFAULT_RULES, HONORIFICS, ChangeRules
from .scan import ChangeScan, Cue, PersonRef
from .when import change_dates, date_windows


def scan_changes(scan: ChangeScan) -> list[PositionChange]:
    """Every sentence's cues resolved into PositionChange records."""
    out: list[PositionChange] = []
    seen: set[tuple] = set()
    sentences = [(lo, hi, cues(scan, lo, hi)) for lo, hi in sentence_index(scan.doc)]
    for k, (lo, hi, found) in enumerate(sentences):
        _counted_list(scan, sentences, k, out, seen)
        if not found:
            continue
        prev_end = lo
        sentence_start = len(out)
        last: tuple[Cue, list[PersonRef]] | None = None
        last_by: str | None = None
        windows = date_windows(scan, found, lo, hi)
        for i, cue in enumerate(found):
            nxt = found[i + 1].start if i + 1 < len(found) else hi
            persons = decided_subject(scan, cue, prev_end) or targets(scan, cue, lo, nxt, prev_end)
            if not persons and i + 1 < len(found) and cue.rule.voice == "active":
                persons = shared_targets(scan, cue, found[i + 1], lo,
                                         found[i + 2].start if i + 2 < len(found) else hi)
            persons = [p for p in persons if not unreal(scan, lo, min(cue.start, p.start), cue.start)]
            if fold(cue.rule.phrase) in scan.rules.picks and scan.rules.post_rx is not None \
                    and (m := scan.rules.post_rx.search(scan.key, cue.end, nxt)) is not None:
                # "chọn ông A làm X sau khi bà B từ chối": a pick picks only the persons before its post word
                persons = [p for p in persons if p.start < m.start()]
            boards = memberships(scan, cue, _clause_end(scan, cue.end, hi),
                                 persons[-1].end if persons and persons[-1].start >= cue.end else None)
            named = cue.rule.change
            if not persons and last is not None and shares_subject(scan, last[0], last[1], cue):
                persons = last[1]  # "ông A thôi tham gia Ban Thường vụ và thôi giữ chức Phó Bí thư"
            elif not persons and last is not None and last[1] and cue.rule.voice == "active" \
                    and passive_led(scan, cue, last[0].end) and not scan.persons_between(last[0].end, cue.start):
                persons = last[1]  # "ông A được X bầu làm ..., sau đó được Y bầu giữ chức ..."
            elif not persons and cue.rule.change == "nominated" and last is not None and last[1] \
                    and last[1][-1].end <= last[0].start and not scan.persons_between(last[0].end, cue.start):
                persons = last[1]  # "ông A ... luân chuyển và giữ chức X, giới thiệu bầu bổ sung chức danh Y"
            elif not persons and (subject := clause_subject(scan, cue, lo)):
                persons = subject  # "Ông A từng giữ ...; năm 2015 được bổ nhiệm ..."
            elif not persons and boards and last is not None and last[1] \
                    and not scan.persons_between(last[0].end, cue.start):
                # "ông A luân chuyển đến Huyện ủy X, chỉ định tham gia Ban Chấp hành ... và giữ chức
                # Phó Bí thư": the same person, the same move
                persons = last[1]
                if last[0].rule.change in _MOVING_IN:
                    named = last[0].rule.change
            last = (cue, persons)
            prev_end = cue.end
            if persons and persons[-1].end > prev_end:
                prev_end = persons[-1].end
            own_post = not (boards and _ends_with_member(scan, cue))
            first_of_cue = len(out)
            for n, p in enumerate(persons):
                effective, t_start, t_end = change_dates(scan, *windows[i], cue.start)
                # the decider before this cue, not a post of the cue before it ("HĐND tỉnh miễn nhiệm chức vụ
                # Chủ tịch UBND tỉnh X, bãi nhiệm đại biểu ... đối với ông A": HĐND tỉnh decided both)
                by = decided_by(scan, cue, max(lo, found[i - 1].end) if i else lo, p, after_cue=i > 0)
                if by is None and i and p.start >= cue.end:
                    by = last_by
                for title, body in boards:
                    _add(out, seen, PositionChange(
                        person=p.name, change="dismissed" if cue.rule.change == "dismissed" else "appointed",
                        title=title, body=body, decided_by=by,
                        document=document(scan, lo, hi, cue), effective=effective, start=t_start, end=t_end,
                        span_start=cue.start, span_end=cue.end))
                if not own_post:
                    continue
                title, body, acting = post(scan, cue, p, nxt, persons[0], persons[n - 1] if n else None)
                if title is None and body is None and cue.rule.change == "elected" \
                        and (board := seat(scan, cue, _clause_end(scan, cue.end, nxt))) is not None:
                    title, body = MEMBER_TITLE, board  # "được bầu vào Bộ Chính trị"
                if cue.rule.title:
                    title, body = fixed_post(scan, cue, p, _clause_end(scan, p.end, nxt))
                    if body is None:
                        continue  # "phân công phụ trách quản lý, điều hành ...": no post named
                if (title is None or body is None) and fold(cue.rule.phrase) in scan.rules.picks \
                        and (title is None or fold(title) not in scan.rules.pick_offices):
                    continue  # "chọn ông A làm cố vấn": a pick names no office but with its title and body
                change = named
                if acting and change in ("appointed", "transferred"):
                    change = "acting"
                discipline = cue.discipline or cue.rule.discipline
                if change == "removed" and discipline_context(scan, lo, cue.start):
                    change = "disciplined"
                rec = PositionChange(
                    person=p.name, change=change, title=title, body=body,
                    decided_by=by, document=document(scan, lo, hi, cue),
                    effective=effective, start=t_start, end=t_end,
                    discipline=discipline if change in ("disciplined",) else None,
                    span_start=cue.start, span_end=cue.end,
                )
                _add(out, seen, rec)
                last_by = by
                chain = title is not None and not planned(scan, lo, cue.start)  # "sẽ được chỉ định ...": a plan
                for also, also_body in concurrent(scan, cue, p, _clause_end(scan, p.end, nxt), title) if chain else ():
                    # "giữ chức Phó Hiệu trưởng, kiêm Chánh Văn phòng Trường X": one body for both when
                    # one of them prints it
                    if rec.body is None and also_body is not None:
                        rec.body = also_body
                    _add(out, seen, PositionChange(
                        person=p.name, change=change, title=also, body=also_body or rec.body,
                        decided_by=rec.decided_by, document=rec.document, effective=effective, start=t_start,
                        end=t_end, span_start=cue.start, span_end=cue.end))
            _share_post(scan, out, first_of_cue, persons)
        for rec in results(scan, sentences, k):  # "bầu các chức danh:" / "✅ Ông A giữ chức vụ ..."
            _add(out, seen, rec)
        _ending_post(out[sentence_start:], seen)
        _deputy_body(out[sentence_start:])
    # a change printed again without its post ("quyết định điều động ông Thắng") is the one with it; an office
    # taken with no office read ("được bầu với 98% số phiếu", "đề cử bà A") is no change of a post
    titled = {(c.person, c.change) for c in out if c.title}
    return [c for c in out if (c.title or (c.person, c.change) not in titled)
            and (c.title or c.body or c.change not in _OFFICE_REQUIRED)]


def _counted_list(scan: ChangeScan, sentences: list, k: int, out: list[PositionChange], seen: set[tuple]) -> None:
    """"Danh sách 11 cán bộ gồm: ông A - Chủ tịch UBND xã X; ..." after "... nghỉ hưu đối với 11 người":
    the earlier cue's change for every listed person, the post each item prints."""
    lo, hi, own = sentences[k]
    mark = list_start(scan, lo, hi)
    if mark is None or any(c.start < mark for c in own):
        return  # no list, or the list of a cue of its own sentence
    cue = counted_cue(scan, sentences, k)
    if cue is None or cue.rule.change not in _ENDING:
        return
    listed = items(scan, mark, min([c.start for c in own] + [hi]))
    if len(listed) < 2:
        return
    clo, chi = next((a, b) for a, b, _ in sentences if a <= cue.start < b)
    dlo, dhi, dated = dated_report(scan, sentences, cue, k) or (clo, chi, cue)
    effective, t_start, t_end = change_dates(scan, dlo, dhi, dated.start)
    at = Cue(mark - 1, mark, cue.rule, cue.discipline)
    for i, p in enumerate(listed):
        title, body, _acting = post(scan, at, p, hi, listed[0], listed[i - 1] if i else None)
        _add(out, seen, PositionChange(
            person=p.name, change=cue.rule.change, title=title, body=body, decided_by=None,
            document=document(scan, clo, chi, cue), effective=effective, start=t_start, end=t_end,
            discipline=(cue.discipline or cue.rule.discipline) if cue.rule.change == "disciplined" else None,
            span_start=p.start, span_end=p.end))


_MOVING_IN = ("transferred", "appointed", "elected", "reappointed", "acting")
# changes that take an office, reported only with the office: a move takes one too (posts.TAKING) but is kept
# without it, deliberately, since a move is news even when the article names no office ("điều động ông A"),
# and an ending may name none either
_OFFICE_REQUIRED = tuple(c for c in TAKING if c != "transferred")
# changes that end a post: the post a listed item prints beside its person is the one concerned
_ENDING = ("retired", "dismissed", "removed", "resigned", "disciplined")


def _add(out: list[PositionChange], seen: set[tuple], rec: PositionChange) -> None:
    """A change once; printed again with the date it takes effect ("quyết định bổ nhiệm lại ông A ...
    có hiệu lực từ ngày 9-12"), the first printing takes that date. The same post taken again in another
    year is another change (a career's re-elections by successive congresses: "tháng 6/1991 ... tiếp tục
    được bầu làm Ủy viên Ban Chấp hành Trung ương", "tháng 4/2001 ... tiếp tục được bầu vào ...")."""
    key = (rec.person, rec.change, rec.title and fold(rec.title), rec.body and fold(rec.body))
    if key in seen and rec.effective and all(
            c.effective and c.effective[:4] != rec.effective[:4] for c in out
            if (c.person, c.change, c.title and fold(c.title), c.body and fold(c.body)) == key):
        key = (*key, rec.effective[:4])
        if key in seen:
            return
    if key not in seen:
        seen.add(key)
        out.append(rec)
    elif rec.effective:
        first = next(c for c in out if (c.person, c.change, c.title and fold(c.title),
                                        c.body and fold(c.body)) == key)
        if first.effective is None:
            first.effective = rec.effective


def _share_post(scan: ChangeScan, out: list[PositionChange], since: int, persons: list[PersonRef]) -> None:
    """"bổ nhiệm ông A và bà B giữ chức Phó Giám đốc Sở X": persons joined by "và" or a comma, nothing else
    between, share the post printed after the last of them: a change of the cue without a post takes the
    post of the next person's."""
    recs = out[since:]
    for k in range(len(persons) - 2, -1, -1):
        p, q = persons[k], persons[k + 1]
        if scan.rules.co_persons_rx.fullmatch(scan.key[p.end:q.start]) is None:
            continue
        mine = [r for r in recs if r.person == p.name and r.title is None]
        theirs = next((r for r in recs if r.person == q.name and r.title is not None), None)
        if theirs is None or not mine or any(r.person == p.name and r.title for r in recs):
            continue
        for r in mine:
            if r.change == theirs.change:
                r.title, r.body = theirs.title, theirs.body


def _ending_post(recs: list[PositionChange], seen: set[tuple]) -> None:
    """"ông A có đơn xin thôi giữ chức Chủ tịch UBND huyện X và đã được HĐND huyện miễn nhiệm": a change
    ending a post printed without its post, after one of the same sentence that ends a post of the same
    person, ends that post."""
    for k, r in enumerate(recs):
        if r.title is not None or r.change not in _ENDING:
            continue
        before = [q for q in recs[:k] if q.person == r.person and q.title is not None and q.change in _ENDING
                  and q.span_start != r.span_start]
        if len(before) != 1:
            continue
        key = (r.person, r.change, fold(before[0].title or ""), before[0].body and fold(before[0].body))
        if key not in seen:  # else printed with its post already: the post-less one is dropped at the end
            seen.add(key)
            r.title, r.body = before[0].title, before[0].body


_DEPUTY = re.compile(r"^phó\s+")


def _deputy_body(recs: list[PositionChange]) -> None:
    """"bầu ông A làm Bí thư Đảng ủy xã X, ông B và ông C làm Phó Bí thư": a post printed without its body
    beside the same office's head or deputy with one (the nearest before it, else after it), by the same change
    in the same sentence, is in that body ("A được chỉ định giữ chức Bí thư; B giữ chức Phó Bí thư Đảng ủy X")."""
    for k, r in enumerate(recs):
        if r.title is None or r.body is not None:
            continue
        base = _DEPUTY.sub("", fold(r.title))
        peers = [q for q in (*reversed(recs[:k]), *recs[k + 1:]) if q.body is not None and q.title is not None
                 and q.change == r.change and q.person != r.person and _DEPUTY.sub("", fold(q.title)) == base]
        if peers:
            r.body = peers[0].body


def _clause_end(scan: ChangeScan, a: int, hi: int) -> int:
    semi = scan.key.find(";", a, hi)
    return semi if semi >= 0 else hi


def _ends_with_member(scan: ChangeScan, cue: Cue) -> bool:
    """"thôi tham gia": the cue names only the boards after it, no post of its own."""
    rx = scan.rules.member_rx
    m = rx.search(scan.key, max(cue.start, cue.end - 12), cue.end) if rx is not None else None
    return m is not None and m.end() == cue.end


class PositionChangeRecognizer:
    """The ``nq_changes`` component: rules loaded once (from ``rules_dir`` when it holds the file);
    stateless: each document is read by its own :class:`ChangeScan`."""

    def __init__(self, nlp: Language, name: str = "nq_changes", rules: str = DEFAULT_RULES,
                 rules_dir: str | None = None) -> None:
        self.name = name
        from ..bodies import canonical_body
        from ..body_rules import load_rules as load_body_rules

        honorific_rows = resources.load_tsv(HONORIFICS, rules_dir)
        honorifics = [r["honorific"] for r in honorific_rows if "shared_post" in (r.get("flags") or "").split(",")]
        body_rules = load_body_rules(rules_dir)
        self.rules = ChangeRules(resources.load_tsv(rules, rules_dir), resources.load_lines(BODY_HEADS, rules_dir),
                                 honorifics, [r["honorific"] for r in honorific_rows],
                                 place_anaphor=body_rules.checks.place_anaphor_rx)
        self.rules.canonical_body = partial(canonical_body, rules=body_rules)
        self.rules.countries, self.rules.home_country = body_rules.countries, body_rules.checks.grammar.home
        self.rules.levelled = {fold(r["variant"]): (fold(r["title"]), fold(r["shared_head"]))
                               for r in resources.load_tsv("titles.tsv", rules_dir)
                               if "levelled" in (r.get("flags") or "").split(",") and r.get("shared_head")}
        self.rules.levelled_levels = sorted({fold(r["phrase"]) for r in resources.load_tsv("person_context.tsv", rules_dir)
                                             if r.get("kind") == "levelled_level"}, key=len, reverse=True)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[PositionChange]:
        return scan_changes(ChangeScan(doc, self.rules))

    def prepare(self) -> None:
        """Compile now the regexes the rules compile on first read (before worker processes fork)."""
        self.rules.compile_all()

    def set_annotations(self, doc: Doc, changes: list[PositionChange]) -> Doc:
        doc._.position_changes = changes
        spans = []
        for c in changes:
            span = doc.char_span(c.span_start, c.span_end, label=c.change.upper(), kb_id=c.person,
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["position_changes"] = spans
        return doc


@Language.factory("nq_changes", default_config={"rules": DEFAULT_RULES, "rules_dir": None})
def make_changes(nlp: Language, name: str, rules: str, rules_dir: str | None) -> PositionChangeRecognizer:
    """Rules read once, here, from ``rules_dir`` where it holds the file (as the other components)."""
    return PositionChangeRecognizer(nlp, name, rules, rules_dir)
