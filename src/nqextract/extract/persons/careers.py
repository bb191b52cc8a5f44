"""persons, phase 4c: a career told as dated appointments ("Tháng 6-2016, ông được bầu làm X. Tháng 12-2019,
ông được bổ nhiệm giữ chức Y."): each office taken at a dated point is the person's until a later dated
appointment of his in the article; the ones so superseded are former."""

from __future__ import annotations

from ...models import Position
from ...textnorm import fold
from .records import Chain
from .scan import SENTENCE_PUNCT, ArticleScan


def appointment_year(scan: ArticleScan, ch: Chain) -> int | None:
    """The year of the point of time that opens the sentence of a chain after a holder cue, not after the
    article's year; None if the sentence opens otherwise."""
    published = scan.doc._.published
    if published is None:
        return None
    start = max(scan.text.rfind(p, 0, ch.lead) for p in SENTENCE_PUNCT) + 1
    # one point of time and a comma ("Tháng 6-2016,", "Đến ngày 24/11/2023,", "Đầu năm 2025,": the point_*
    # words of person_context.tsv); a period ("Từ 2017 đến 2022,") is read by chains._closed_period
    m = scan.rules.point_date_re.match(fold(scan.key[start : ch.lead]).strip())
    if m is None or int(m.group(1)) > published.year:
        return None
    return int(m.group(1))


# an office taken this many years before the article (two terms of five) is no longer held
HELD_YEARS = 10


def supersede(out: dict[str, list[Position]], dated: list[tuple[str, int, int, list[Position]]],
              published_year: int | None) -> None:
    """``dated``: (holder, chain start, year, offices the chain added): every office a holder took before
    his last dated appointment, in an earlier year, is former (in place in ``out``); so is the last one when
    taken more than HELD_YEARS before the article ("Đến tháng 2-1978, ông được bổ nhiệm làm ...")."""
    by_holder: dict[str, list[tuple[int, int, list[Position]]]] = {}
    for holder, start, year, added in dated:
        by_holder.setdefault(holder, []).append((start, year, added))
    for holder, entries in by_holder.items():
        entries.sort(key=lambda e: e[0])
        last_year = entries[-1][1]
        stale = published_year is not None and last_year < published_year - HELD_YEARS
        old = [p for _s, year, added in entries if year < last_year or stale for p in added if p.status == "current"]
        lst = out[holder]
        for i, p in enumerate(lst):
            if any(p is q for q in old):
                lst[i] = p.model_copy(update={"status": "former"})
