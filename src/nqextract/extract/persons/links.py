"""persons, phase 4 (part): an office predicated of the name printed right before it through a link word
("bổ nhiệm ông A làm Bộ trưởng Bộ X", "ông C với vai trò vụ trưởng Vụ Z", "ông C, với vai trò ..."), former when
the sentence dates it to an earlier year ("Từ năm 2011 - 2019, ông D với vai trò trưởng phòng ...")."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..view import view
from .records import Chain, NameMention
from .scan import SENTENCE_PUNCT, ArticleScan
from .timeline import timeline_rules

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_ISSUE_GAP = re.compile(r"[\s,(]*")  # "Quyết định số 12/QĐ-UBND ngày 5/3/2021": the document's issue date
_WORD = re.compile(r"\w+")


def _link(scan: ArticleScan, m: NameMention, ch: Chain) -> tuple[str, ...]:
    """The words between the name and the chain, a comma right after the name left out ("ông C, với vai trò")."""
    words = tuple(fold(scan.text[m.end : ch.lead]).split())
    return words[1:] if words[:1] == (",",) else words


def linked_holder(scan: ArticleScan, ch: Chain, mentions: list[NameMention]) -> NameMention | None:
    """The name printed right before ``ch`` and a link word (person_context.tsv name_link), when every office of
    the chain prints its body, and no body is a bare local one ("ông Minh làm Chủ tịch HĐND xã"); else None. A
    comma may set the link off after the name, not an appointing one ("ông C, làm ..." is a list of deeds)."""
    if any(it.body is None for it in ch.items):
        return None  # "do A làm Trưởng ban": the body is the one before "do" (see positions._led_by)
    if any(fold(it.body).endswith(tuple(" " + w for w in scan.rules.local_body_words)) for it in ch.items if it.body):
        return None
    for m in mentions:
        if m.end < ch.lead and (link := _link(scan, m, ch)) in scan.rules.name_links:
            if link not in scan.rules.appointing_links or scan.text[m.end : ch.lead].lstrip()[:1] != ",":
                return m
    return None


def dated_past(scan: ArticleScan, ch: Chain, m: NameMention) -> bool:
    """A link other than an appointing one (person_context.tsv appointing_link), in a sentence whose dates
    (the dates component's) put a year before the article's ahead of the name ("Từ năm 2011 - 2019, ông D với
    vai trò ...", "Theo kết luận, từ năm 2012, ông E với vai trò là ..."): the office was held then. A date of a
    document (a law's edition, "Luật X 2013"; an issue date after its number) dates no office, and a period
    left open after the last date ("Từ năm 2020 đến nay", person_timeline.tsv now rows) is still running."""
    published = scan.doc._.published
    if published is None or _link(scan, m, ch) in scan.rules.appointing_links:
        return False
    start = max(scan.text.rfind(p, 0, m.start) for p in SENTENCE_PUNCT) + 1
    shared = view(scan.doc)
    documents = [(f.start, f.end) for f in shared.facts("documents")]
    years: list[int] = []
    last = start
    for f in shared.facts("dates"):
        if f.start < start or f.end > m.start:
            continue
        if any(s <= f.start < e or (e <= f.start and _ISSUE_GAP.fullmatch(scan.text, e, f.start)) for s, e in documents):
            continue
        years.extend(int(y) for y in _YEAR.findall(f.kb))
        last = max(last, f.end)
    if not years:
        return False
    after = tuple(_WORD.findall(fold(scan.text[last : m.start])))
    now = timeline_rules(scan.rules.rules_dir).now
    if any(after[i : i + len(w)] == w for w in now for i in range(len(after))):
        return False  # "Từ năm 2020 đến nay, ông A với vai trò ...": held still
    return max(years) < published.year
