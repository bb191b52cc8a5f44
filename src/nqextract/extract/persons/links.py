"""persons, phase 4 (part): an office predicated of the name printed right before it through a link word
("bổ nhiệm ông A làm Bộ trưởng Bộ X", "ông C với vai trò vụ trưởng Vụ Z"), former when the sentence dates it to an
earlier year ("Từ năm 2014 - 2021, ông D với vai trò đại sứ ...")."""

from __future__ import annotations

import re

from ...textnorm import fold
from .records import Chain, NameMention
from .scan import SENTENCE_PUNCT, ArticleScan

# the link that states an appointment ("bổ nhiệm ông A làm X") tells a new office, never a past one
_APPOINTING = ("làm",)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def linked_holder(scan: ArticleScan, ch: Chain, mentions: list[NameMention]) -> NameMention | None:
    """The name printed right before ``ch`` and a link word (person_context.tsv name_link), when every office of
    the chain prints its body, and no body is a bare local one ("ông Minh làm Chủ tịch HĐND xã"); else None."""
    if any(it.body is None for it in ch.items):
        return None  # "do A làm Trưởng ban": the body is the one before "do" (see positions._led_by)
    if any(fold(it.body).endswith(tuple(" " + w for w in scan.rules.local_body_words)) for it in ch.items if it.body):
        return None
    for m in mentions:
        if m.end < ch.lead and tuple(fold(scan.text[m.end : ch.lead]).split()) in scan.rules.name_links:
            return m
    return None


def dated_past(scan: ArticleScan, ch: Chain, m: NameMention) -> bool:
    """A link other than an appointing one, in a sentence that prints a year before the article's ahead of the
    name ("Từ năm 2014 - 2021, ông D với vai trò ...", "Theo cáo trạng, từ năm 2014, ông E với vai trò là ..."): the
    office was held then."""
    published = scan.doc._.published
    if published is None or fold(scan.text[m.end : ch.lead]).split() in ([w] for w in _APPOINTING):
        return False
    start = max(scan.text.rfind(p, 0, m.start) for p in SENTENCE_PUNCT) + 1
    years = [int(y) for y in _YEAR.findall(scan.text, start, m.start)]
    return bool(years) and max(years) < published.year
