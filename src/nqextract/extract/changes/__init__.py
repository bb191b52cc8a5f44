"""position_changes: appointments, elections, dismissals, transfers, retirements and discipline.

A change is a cue phrase (``position_changes.tsv``: "bổ nhiệm", "được bầu", "miễn nhiệm", "thi hành kỷ
luật", "nghỉ hưu", ...) plus the persons it concerns, found among the persons the ``nq_persons``
component marked (``doc.spans["persons"]``). The post, the decider, the decision, the date come from
what the earlier components found in the same sentence: titles (``doc.spans["titles"]``, with the
persons' positions for their bodies), bodies (``doc.spans["bodies"]``), documents and dates. Nothing
is parsed again here.

Which persons a cue concerns (in one sentence, between this cue and the next):

* active cues ("bổ nhiệm", "bầu", "miễn nhiệm", "kỷ luật"): the persons after the cue, up to a stop
  word ("thay ông B"); else the person before it when a passive word ("được", "bị") precedes the cue;
* subject cues ("nghỉ hưu", "từ chức"): the person before the cue; else the one after "đối với".

Adjacent cues joined by a comma or "và" are one change, named by the first ("điều động, bổ nhiệm" is
a transfer); a discipline form after "kỷ luật" ("bằng hình thức cảnh cáo") is that cue's discipline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc

from ...models import Position, PositionChange
from ...nlp import doc_text, sentence_index
from ...textnorm import canonical_tones, fold
from .. import resources

DEFAULT_RULES = "position_changes.tsv"
_MAX_TARGET_GAP = 120  # characters from a cue to its first person after it
_MAX_SUBJECT_GAP = 140  # characters from a person to a cue after it
_KINDS = ("cue", "ignore", "form", "passive", "stop", "post", "link", "since", "term", "unreal", "lead",
          "dateline", "proposal", "earlier", "born")
_UNREAL_WINDOW = 40  # characters before a cue (or its person) read for "kêu gọi", "tin đồn", ...
_WORD = re.compile(r"\w+", re.UNICODE)
_YEAR = re.compile(r"\d{4}")
_TERM_RANGE = re.compile(r"^(\d{4})/(\d{4})$")
_FORMER = re.compile(r"(?:nguyên|cựu|quyền)\s+$", re.IGNORECASE)


def _phrase_regex(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alts = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


@dataclass(frozen=True)
class CueRule:
    phrase: str
    kind: str  # cue | ignore | form
    change: str
    voice: str
    discipline: str | None


class ChangeRules:
    """The vocabulary of one rules file, compiled once per component."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        words: dict[str, list[str]] = {k: [] for k in _KINDS}
        self.cues: dict[str, CueRule] = {}
        for row in rows:
            kind, phrase = row.get("kind", ""), row.get("phrase", "")
            if kind not in _KINDS or not phrase:
                raise ValueError(f"position_changes rules: bad row {row!r} (kind one of {', '.join(_KINDS)})")
            words[kind].append(phrase)
            if kind in ("cue", "ignore", "form"):
                self.cues[fold(phrase)] = CueRule(phrase, kind, row.get("change", ""), row.get("voice", ""),
                                                  row.get("discipline") or None)
        self.cue_rx = _phrase_regex(words["cue"] + words["ignore"] + words["form"])
        self.passive = {fold(w) for w in words["passive"]}
        self.stop_rx = _phrase_regex(words["stop"])
        self.post_rx = _phrase_regex(words["post"])
        self.link_rx = _phrase_regex(words["link"])
        self.since_rx = _phrase_regex(words["since"])
        self.term_rx = _phrase_regex(words["term"])
        self.unreal_rx = _phrase_regex(words["unreal"])
        self.dateline_rx = _phrase_regex(words["dateline"])
        self.proposal_rx = _phrase_regex(words["proposal"])
        self.earlier_rx = _phrase_regex(words["earlier"])
        self.born_rx = _phrase_regex(words["born"])
        # every word that may stand between a cue and its person (or a person and its cue)
        self.glue_rx = _phrase_regex(words["link"] + words["post"] + words["passive"] + words["lead"])


@dataclass
class Cue:
    start: int
    end: int
    rule: CueRule
    discipline: str | None = None


@dataclass(frozen=True)
class PersonRef:
    start: int
    end: int
    name: str


@dataclass(frozen=True)
class SpanRef:
    start: int
    end: int
    label: str  # canonical title or body name


class _Scan:
    """One document's scan: every sentence's cues resolved into PositionChange records."""

    def __init__(self, doc: Doc, rules: ChangeRules) -> None:
        self.doc = doc
        self.rules = rules
        self.text = doc_text(doc)
        # the key text: same length as the text (tone placement and case only), so offsets carry over
        key = canonical_tones(self.text).lower()
        self.key = key if len(key) == len(self.text) else self.text.lower()
        self.positions: dict[str, list[Position]] = {p.name: p.positions for p in (doc._.persons or [])}

    # ------------------------------------------------------------ what earlier components found

    @cached_property
    def persons(self) -> list[PersonRef]:
        """Name mentions (not title-only or pronoun ones) of the persons found."""
        out = []
        for sp in self.doc.spans["persons"] if "persons" in self.doc.spans else []:
            name = sp.kb_id_
            printed = fold(self.text[sp.start_char:sp.end_char])
            if name and printed and printed.split()[-1] == fold(name).split()[-1]:
                out.append(PersonRef(sp.start_char, sp.end_char, name))
        return sorted(out, key=lambda p: p.start)

    def _spans(self, key: str) -> list[SpanRef]:
        if key not in self.doc.spans:
            return []
        return sorted((SpanRef(s.start_char, s.end_char, s.kb_id_ or s.text) for s in self.doc.spans[key]),
                      key=lambda s: s.start)

    @cached_property
    def titles(self) -> list[SpanRef]:
        return self._spans("titles")

    @cached_property
    def bodies(self) -> list[SpanRef]:
        return self._spans("bodies")

    # ------------------------------------------------------------ cues

    def cues(self, lo: int, hi: int) -> list[Cue]:
        if self.rules.cue_rx is None:
            return []
        found = [Cue(m.start(), m.end(), self.rules.cues[" ".join(m.group(0).split())])
                 for m in self.rules.cue_rx.finditer(self.key, lo, hi)]
        found = [c for c in found if not self._inside_span(c)]
        out: list[Cue] = []
        for c in found:
            if c.rule.kind == "ignore":
                out.append(c)  # kept only to separate the cues around it
                continue
            prev = next((p for p in reversed(out) if p.rule.kind != "ignore"), None)
            if c.rule.kind == "form" or c.rule.discipline:
                # "kỷ luật ... bằng hình thức cảnh cáo": the form names the discipline of the cue before
                if prev is not None and prev.rule.change == "disciplined" and prev.discipline is None \
                        and not self._persons_between(prev.end, c.start):
                    prev.discipline = c.rule.discipline
                    prev.end = max(prev.end, c.end)
                    continue
            if prev is not None and prev.rule.change == "approved" and c.rule.kind == "cue" \
                    and self._approval_of(prev.end, c.start):
                # "phê chuẩn đề nghị của Thủ tướng về việc bổ nhiệm ...": the approval of that proposal;
                # an approved dismissal is a dismissal ("phê chuẩn miễn nhiệm")
                if c.rule.change == "dismissed":
                    prev.rule = c.rule
                prev.end = c.end
                continue
            if prev is not None and self._joined(prev.end, c.start):
                prev.end = c.end  # "điều động, bổ nhiệm": one change, named by the first cue
                continue
            out.append(c)
        return [c for c in out if c.rule.kind != "ignore"]

    def _inside_span(self, cue: Cue) -> bool:
        """A cue word inside a title or body name ("Ban Bầu cử") is no cue; one that ends a body span is
        (the body ran over the verb: "HĐND tỉnh Quảng Bình bầu")."""
        return any(s.start <= cue.start and cue.end < s.end for s in (*self.bodies, *self.titles))

    def _joined(self, a: int, b: int) -> bool:
        gap = self.key[a:b]
        return fold(gap.replace(",", " ")) in ("", "và", "hoặc", "để") and len(gap) <= 6

    def _approval_of(self, a: int, b: int) -> bool:
        """Only the proposal and its author between an approval and the cue it approves ("đề nghị của Thủ
        tướng Phạm Minh Chính về việc")."""
        if self.rules.proposal_rx is None:
            return False
        gap = self._blank(a, b, persons=True)
        if self.rules.link_rx is not None:
            gap = self.rules.link_rx.sub(" ", gap)
        gap = re.sub(r"[\s,]+", " ", gap).strip()
        return self.rules.proposal_rx.fullmatch(gap) is not None

    def _persons_between(self, a: int, b: int) -> bool:
        return any(a <= p.start < b for p in self.persons)

    # ------------------------------------------------------------ targets

    def targets(self, cue: Cue, lo: int, hi: int, prev_end: int) -> list[PersonRef]:
        """The persons a cue concerns: ``lo``/``hi`` bound the sentence, ``prev_end`` the previous cue.

        Only words of the rules may stand between a cue and its person (titles, bodies, dates and
        documents aside): a person further in the sentence, past other words, is not concerned."""
        after_end = hi
        if self.rules.stop_rx is not None and (m := self.rules.stop_rx.search(self.key, cue.end, hi)):
            after_end = m.start()
        semi = self.key.find(";", cue.end, after_end)
        after_end = semi if semi >= 0 else after_end
        after = [p for p in self.persons if cue.end <= p.start and p.end <= after_end]
        if after and (after[0].start - cue.end > _MAX_TARGET_GAP or not self._only_glue(cue.end, after[0].start)):
            after = []
        before = [p for p in self.persons if prev_end <= p.start and p.end <= cue.start
                  and cue.start - p.end <= _MAX_SUBJECT_GAP]
        subject = before[-1] if before and self._only_glue(before[-1].end, cue.start) else None
        if cue.rule.voice == "subject":
            if subject is not None:
                return [subject]
            lead = fold(self.text[cue.end:after[0].start]) if after else ""
            return after[:1] if after and (lead.startswith("đối với") or lead.startswith("cho")) else []
        if subject is not None and (cue.rule.phrase.split()[0].lower() in self.rules.passive
                                    or self._passive_before(cue.start, subject.end)):
            return [subject]  # "ông A, Chủ tịch UBND tỉnh, được bầu ...; ông B được bầu ..."
        return after

    def _only_glue(self, a: int, b: int) -> bool:
        """Only titles, bodies, dates, documents, parenthesized asides and the rules' words in [a, b); a
        capitalized name after a title is a body the bodies component did not mark ("Phó Giám đốc Bệnh
        viện Trung ương Quân đội 108")."""
        gap = self._blank(a, b, persons=False)
        gap = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), gap)
        if self.rules.glue_rx is not None:
            gap = self.rules.glue_rx.sub(lambda m: " " * len(m.group(0)), gap)
        first_title = min((t.end for t in self.titles if a <= t.start < b), default=None)
        in_name, last = False, 0
        for m in _WORD.finditer(gap):
            if re.search(r"[,;:()\-–]", gap[last:m.start()]):
                in_name = False  # a name runs to the next punctuation mark ("Huyện ủy", "Sở Kế hoạch và Đầu tư")
            last = m.end()
            if m.group(0).isdigit():
                continue
            at = a + m.start()
            if in_name or (first_title is not None and at >= first_title and self.text[at].isupper()):
                in_name = True
                continue
            return False
        return True

    def _blank(self, a: int, b: int, *, persons: bool) -> str:
        """key[a:b] with the spans earlier components found blanked out."""
        chars = list(self.key[a:b])
        spans = [(s.start, s.end) for s in (*self.titles, *self.bodies)]
        spans += self._doc_mentions() + self._date_spans()
        if persons:
            spans += [(q.start, q.end) for q in self.persons]
        for x, y in spans:
            if x < b and y > a:
                for i in range(max(x, a), min(y, b)):
                    chars[i - a] = " "
        return "".join(chars)

    def _passive_before(self, cue_start: int, since: int) -> bool:
        words = _WORD.findall(self.key[since:cue_start])
        return any(w in self.rules.passive for w in words[-6:]) or \
            any(" ".join(words[i:i + 2]) in self.rules.passive for i in range(max(0, len(words) - 6), len(words)))

    # ------------------------------------------------------------ the post

    def post(self, cue: Cue, person: PersonRef, clause_end: int, first: PersonRef | None = None,
             prev: PersonRef | None = None) -> tuple[str | None, str | None, bool]:
        """(title, body, acting) of the post concerned; ``first`` is the first of the persons a cue lists
        (a post printed between the cue and it is every listed person's)."""
        titles = self.titles
        rx = self.rules.post_rx
        first = first or person
        # 1. a title between the cue and the person ("miễn nhiệm chức vụ Bộ trưởng ... đối với ông A"); one
        # right before the name ("đối với Phó Thủ tướng Hồ Đức Phớc") names the person, not the post, when
        # a post is printed before it; a listed person's own post after the one before it is that
        # person's ("... đối với ông A và chức vụ Bộ trưởng Bộ Y tế đối với ông B")
        between = [t for t in titles if cue.start <= t.start and cue.end <= t.end and t.end <= first.start]
        loose = [t for t in between if self.key[t.end:first.start].strip() != ""]
        between = loose or between
        if prev is not None and rx is not None:
            own = [t for t in titles if prev.end <= t.start and t.end <= person.start
                   and self.key[t.end:person.start].strip() != "" and rx.search(self.key, prev.end, t.start)]
            between = own or between
        # 2. a title the post word introduces after the person ("ông A giữ chức Thứ trưởng")
        after = [t for t in titles if person.end <= t.start < clause_end]
        introduced = None
        for t in after:
            lead = self.key[person.end:t.start]
            if rx is not None and rx.search(lead) and not self._persons_between(person.end, t.start):
                introduced = t
                break
        # 3. the appositive ("ông A, Phó Bí thư Tỉnh ủy"), 4. the title printed before the name
        apposed = next((t for t in after if self.key[person.end:t.start].strip(" ,-–—") in ("", "nguyên", "cựu",
                                                                                          "quyền")), None)
        before = next((t for t in reversed(titles) if t.end <= person.start
                       and self.key[t.end:person.start].strip() == "" or
                       (t.end <= person.start and self._body_between(t.end, person.start))), None)
        if cue.rule.change == "transferred" or cue.rule.change in ("appointed", "elected", "nominated",
                                                                   "reappointed", "acting", "approved"):
            order = (introduced, between[-1] if between else None, apposed, before)
        else:
            order = (between[-1] if between else None, introduced, apposed, before)
        chosen = next((t for t in order if t is not None), None)
        if chosen is None:
            return None, None, False
        prefix = _FORMER.search(self.key[max(0, chosen.start - 8):chosen.start])
        acting = bool(prefix and prefix.group(0).strip() == "quyền") or chosen.label.lower().startswith("quyền")
        title = chosen.label
        if prefix and prefix.group(0).strip() in ("nguyên", "cựu") and cue.rule.change == "disciplined":
            title = f"{prefix.group(0).strip()} {title}"
        return title, self.body_of(chosen, person), acting

    def _body_between(self, a: int, b: int) -> bool:
        """Only a body printed between a title and the name ("Bộ trưởng Bộ Y tế Đào Hồng Lan")."""
        return any(s.start - a <= 1 and b - s.end <= 1 for s in self.bodies if a <= s.start and s.end <= b)

    def body_of(self, title: SpanRef, person: PersonRef) -> str | None:
        for b in self.bodies:
            if title.end <= b.start <= title.end + 1:
                return b.label
        for pos in self.positions.get(person.name, []):
            if fold(pos.title) == fold(title.label) and pos.body:
                return pos.body
        return None

    # ------------------------------------------------------------ decider, document, dates

    def decided_by(self, cue: Cue, lo: int, target: PersonRef) -> str | None:
        """The body or office right before the cue with only link words between ("Thủ tướng đã ký quyết
        định bổ nhiệm"); for a person before the cue, the one between "được" and the cue ("ông A được
        HĐND tỉnh bầu") or the one before the person ("Thủ tướng cho ông A nghỉ hưu")."""
        spans = (*self.bodies, *self.titles)
        if target.end <= cue.start:
            regions = [(lo, target.start)]
            marks = [m for m in re.finditer(r"\w+", self.key[target.end:cue.start]) if m.group(0) in self.rules.passive]
            if marks:  # "ông A, Chủ tịch UBND tỉnh, được Ban Bí thư điều động": the decider follows "được"
                regions.insert(0, (target.end + marks[-1].end(), cue.start))
        else:
            regions = [(lo, cue.start)]
        for a, b in regions:
            cands = [s for s in spans if a <= s.start and s.end <= b]
            for s in sorted(cands, key=lambda s: (-s.end, s.start)):
                if self._only_links(s.end, b):
                    return self._office(s)
        return None

    def _only_links(self, a: int, b: int) -> bool:
        gap = self._blank(a, b, persons=True)
        if self.rules.link_rx is not None:
            gap = self.rules.link_rx.sub(" ", gap)
        gap = re.sub(r"[\s,:;\-–]+", " ", gap)
        return gap.strip() in ("", "được", "của")

    def _office(self, s: SpanRef) -> str:
        """A title with its body ("Thủ tướng Chính phủ"); a body right after a title is that office."""
        if s in self.bodies:
            title = next((t for t in self.titles if s.start - 1 <= t.end <= s.start), None)
            return f"{title.label} {s.label}" if title is not None else s.label
        body = next((b.label for b in self.bodies if s.end <= b.start <= s.end + 1), None)
        if body is None:
            holder = next((p for p in self.persons if s.end <= p.start <= s.end + 1), None)
            if holder is not None:
                body = next((q.body for q in self.positions.get(holder.name, [])
                             if fold(q.title) == fold(s.label) and q.body), None)
        return f"{s.label} {body}" if body else s.label

    @cached_property
    def _documents(self) -> list[tuple[int, int, str]]:
        out = []
        for d in self.doc._.documents or []:
            for m in d.mentions:
                out.append((m.start, m.end, m.text))
        return sorted(out)

    def _doc_mentions(self) -> list[tuple[int, int]]:
        return [(a, b) for a, b, _ in self._documents]

    @cached_property
    def _dates(self) -> list[tuple[int, int, str, str]]:
        return sorted((d.start, d.end, d.value, d.granularity) for d in self.doc._.dates or [])

    def _date_spans(self) -> list[tuple[int, int]]:
        return [(a, b) for a, b, _, _ in self._dates]

    def document(self, lo: int, hi: int, cue: Cue) -> str | None:
        inside = [d for d in self._documents if lo <= d[0] and d[1] <= hi]
        if not inside:
            return None
        return min(inside, key=lambda d: abs(d[0] - cue.start))[2]

    def dates(self, lo: int, hi: int, cue_start: int) -> tuple[str | None, str | None, str | None]:
        """(effective, term start, term end) from the dates of the sentence; the term printed after the cue
        (one before it is the term of an earlier post: "ông A, Chủ tịch UBND huyện nhiệm kỳ 2021-2026, được
        điều động ...")."""
        effective = start = end = None
        points = []
        years: list[tuple[int, str]] = []
        dated = False
        for a, b, value, gran in self._dates:
            if not (lo <= a and b <= hi):
                continue
            dated = dated or gran != "range"
            lead = self.key[max(lo, a - 14):a]
            if gran == "range":
                if a < cue_start:
                    continue
                m = _TERM_RANGE.match(value)
                if m and (self.rules.term_rx is None or self.rules.term_rx.search(self.key, max(lo, a - 12), b)):
                    start, end = m[1], m[2]
                continue
            if gran == "year":
                # "Năm 2018, ông A được bổ nhiệm ...": the year of the change when no day or month is printed
                if a < cue_start and not (self.rules.born_rx is not None and self.rules.born_rx.search(lead)):
                    years.append((a, value))
                continue
            since = self.rules.since_rx is not None and bool(self.rules.since_rx.search(lead))
            points.append((not since, a, value))
        if points:
            effective = min(points)[2]
        elif years:
            effective = years[-1][1]
        elif self.datelines and not dated and not (
                self.rules.earlier_rx is not None and self.rules.earlier_rx.search(self.key, lo, cue_start)):
            # no date in the sentence: the day the article's report is dated ("Chiều 28/6, ... lễ công bố
            # quyết định"), the nearest one before the sentence, else the first one after it
            before = [v for at, v in self.datelines if at <= lo]
            effective = before[-1] if before else self.datelines[0][1]
        return effective, start, end

    @cached_property
    def datelines(self) -> list[tuple[int, str]]:
        """(sentence start, day) of the sentences that open with a day date printed without its year
        ("Ngày 28/6, ...", "Chiều 25-11, ..."): the day of the event the article reports ("Ngày 1/3/2022,
        ông được điều động ..." is a step of a career, no dateline)."""
        out = []
        rx = self.rules.dateline_rx
        for lo, hi in sentence_index(self.doc):
            for a, _b, value, gran in self._dates:
                if not lo <= a < hi or gran != "day":
                    continue
                lead = self.key[lo:a]
                if rx is not None:
                    lead = rx.sub(" ", lead)
                if lead.strip(" \n\"'“”") == "" and not _YEAR.search(self.text, a, _b):
                    out.append((lo, value))
                break
        return out

    # ------------------------------------------------------------ the scan

    def run(self) -> list[PositionChange]:
        out: list[PositionChange] = []
        seen: set[tuple] = set()
        for lo, hi in sentence_index(self.doc):
            cues = self.cues(lo, hi)
            prev_end = lo
            last: tuple[Cue, list[PersonRef]] | None = None
            for i, cue in enumerate(cues):
                nxt = cues[i + 1].start if i + 1 < len(cues) else hi
                persons = self.targets(cue, lo, nxt, prev_end)
                persons = [p for p in persons if not self._unreal(lo, min(cue.start, p.start))]
                if not persons and last is not None and self._shares_subject(last[0], last[1], cue):
                    persons = last[1]  # "ông A thôi tham gia Ban Thường vụ và thôi giữ chức Phó Bí thư"
                last = (cue, persons)
                prev_end = cue.end
                if persons and persons[-1].end > prev_end:
                    prev_end = persons[-1].end
                for k, p in enumerate(persons):
                    title, body, acting = self.post(cue, p, nxt, persons[0], persons[k - 1] if k else None)
                    change = cue.rule.change
                    if acting and change in ("appointed", "transferred"):
                        change = "acting"
                    effective, t_start, t_end = self.dates(lo, hi, cue.start)
                    discipline = cue.discipline or cue.rule.discipline
                    if change == "removed" and self._discipline_context(lo, cue.start):
                        change = "disciplined"
                    rec = PositionChange(
                        person=p.name, change=change, title=title, body=body,
                        decided_by=self.decided_by(cue, lo, p), document=self.document(lo, hi, cue),
                        effective=effective, start=t_start, end=t_end,
                        discipline=discipline if change in ("disciplined",) else None,
                        span_start=cue.start, span_end=cue.end,
                    )
                    key = (rec.person, rec.change, rec.title and fold(rec.title), rec.body and fold(rec.body))
                    if key not in seen:
                        seen.add(key)
                        out.append(rec)
        # a change printed again without its post ("quyết định điều động ông Thắng") is the one with it
        titled = {(c.person, c.change) for c in out if c.title}
        return [c for c in out if c.title or (c.person, c.change) not in titled]

    def _shares_subject(self, prev: Cue, persons: list[PersonRef], cue: Cue) -> bool:
        """A subject cue after another one whose subject precedes it, joined by "và" or a comma with no
        person between, has that subject."""
        if cue.rule.voice != "subject" or prev.rule.voice != "subject" or len(persons) != 1:
            return False
        if persons[0].end > prev.start or self._persons_between(prev.end, cue.start):
            return False
        return re.search(r"(?:,|\bvà)\s*$", self.key[prev.end:cue.start]) is not None

    def _unreal(self, lo: int, at: int) -> bool:
        rx = self.rules.unreal_rx
        return rx is not None and rx.search(self.key, max(lo, at - _UNREAL_WINDOW), at) is not None

    def _discipline_context(self, lo: int, at: int) -> bool:
        return "kỷ luật" in self.key[lo:at]


class PositionChangeRecognizer:
    def __init__(self, nlp: Language, name: str = "nq_changes", rules: str = DEFAULT_RULES,
                 rules_dir: str | None = None) -> None:
        self.name = name
        self.rules = ChangeRules(resources.load_tsv(rules, rules_dir))

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[PositionChange]:
        return _Scan(doc, self.rules).run()

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
