"""position_changes, when: the effective date of a change and the term it is for."""

from __future__ import annotations

import re

from .scan import ChangeScan

_TERM_RANGE = re.compile(r"^(\d{4})/(\d{4})$")


def change_dates(scan: ChangeScan, lo: int, hi: int, cue_start: int) -> tuple[str | None, str | None, str | None]:
    """(effective, term start, term end) from the dates of the sentence; the term printed after the cue
    (one before it is the term of an earlier post: "ông A, Chủ tịch UBND huyện nhiệm kỳ 2021-2026, được
    điều động ...")."""
    effective = start = end = None
    points = []
    years: list[tuple[int, str]] = []
    dated = False
    for a, b, value, gran in scan.dates:
        if not (lo <= a and b <= hi):
            continue
        dated = dated or gran != "range"
        lead = scan.key[max(lo, a - 14):a]
        if gran == "range":
            if a < cue_start:
                continue
            m = _TERM_RANGE.match(value)
            if m and (scan.rules.term_rx is None or scan.rules.term_rx.search(scan.key, max(lo, a - 12), b)):
                start, end = m[1], m[2]
            continue
        if gran == "year":
            # "Năm 2018, ông A được bổ nhiệm ...": the year of the change when no day or month is printed;
            # after the cue only as "năm 2020" ("được bổ nhiệm làm Giám đốc Sở X năm 2020")
            if (a < cue_start or lead.endswith("năm ") or scan.key.startswith("năm ", a)) \
                    and not (scan.rules.born_rx is not None and scan.rules.born_rx.search(lead)):
                years.append((a, value))
            continue
        since = scan.rules.since_rx is not None and bool(scan.rules.since_rx.search(lead))
        points.append((not since, a, value))
    if points:
        effective = min(points)[2]
    elif years:
        effective = years[-1][1]
    elif not dated and (soon := _shortly_after(scan, lo)) is not None:
        effective = soon
    elif not dated and (valid := _validity(scan, lo)) is not None:
        effective = valid
    elif scan.datelines and not dated and not (
            scan.rules.earlier_rx is not None and scan.rules.earlier_rx.search(scan.key, lo, cue_start)):
        # no date in the sentence: the day the article's report is dated ("Chiều 28/6, ... lễ công bố
        # quyết định"), the nearest one before the sentence, else the first one after it
        before = [v for at, v in scan.datelines if at <= lo]
        effective = before[-1] if before else scan.datelines[0][1]
    return effective, start, end


def date_windows(scan: ChangeScan, cues: list, lo: int, hi: int) -> list[tuple[int, int]]:
    """The part of the sentence each cue reads its dates from. A cue led by a date of its own ("..., tháng
    8/2021 được bổ nhiệm ...") reads from that date on; the cues before it read up to that date only
    (a career in one sentence: each step its own date). Without such dates every cue reads the sentence."""
    leads: list[int | None] = []
    prev = lo
    for c in cues:
        lead = None
        for a, b, _value, gran in scan.dates:
            if prev <= a and b <= c.start and gran != "range" and c.start - b <= 30 \
                    and scan.rules.date_lead_rx.fullmatch(scan.key[b:c.start] + " ") and _opens_clause(scan, prev, a):
                lead = a
        leads.append(lead)
        prev = c.end
    out = []
    for i in range(len(cues)):
        start = leads[i] if leads[i] is not None and any(x is not None for x in leads[:i]) else lo
        if i and leads[i] is None:
            # "giữ chức X kể từ ngày 2-12-2024, giới thiệu bầu ...": that date is the earlier change's
            start = max([start] + [b for a, b, _v, gran in scan.dates if cues[i - 1].end <= a and b <= cues[i].start
                                   and gran != "range" and _after_since(scan, lo, a)])
        end = next((x for x in leads[i + 1:] if x is not None), hi)
        out.append((start, end))
    return out


def _after_since(scan: ChangeScan, lo: int, a: int) -> bool:
    since = scan.rules.since_rx
    return since is not None and since.search(scan.key, max(lo, a - 14), a) is not None


def _opens_clause(scan: ChangeScan, lo: int, a: int) -> bool:
    """The date opens its clause ("..., tháng 8/2021 được bổ nhiệm"): one after "từ ngày", "kể từ" is the
    date of what comes before it ("giữ chức X kể từ ngày 2-12-2024, giới thiệu bầu ...")."""
    return scan.rules.date_opener_rx.search(scan.key[lo:a]) is not None


_SHORTLY_AFTER = re.compile(r"\s*[\"'“]?(?:chưa (?:tròn|đầy|đến) |chỉ |khoảng |vài |ít |mấy )?(?:một|1|hai|2|vài|ít|mấy)?\s*"
                            r"(?:ngày|tuần|hôm)(?: lễ)? sau\s*,")


def _shortly_after(scan: ChangeScan, lo: int) -> str | None:
    """"Chưa tròn một tuần sau, ông lại có quyết định bổ nhiệm ...": days after the last date the sentence
    before prints, so that date's month (or year), when it prints one."""
    if _SHORTLY_AFTER.match(scan.key, lo) is None:
        return None
    before = [(a, value, gran) for a, b, value, gran in scan.dates if b <= lo and gran in ("day", "month", "year")]
    if not before:
        return None
    a, value, gran = before[-1]
    prev = scan.key.rfind(".", 0, max(0, scan.key.rfind(".", 0, lo)))
    if a < prev:
        return None  # not in the sentence right before
    return value[:7] if gran == "day" else value


def _validity(scan: ChangeScan, at: int) -> str | None:
    """The day a sentence next to the change's own dates the decision by ("... giữ chức vụ phó trưởng ban.
    Thời hạn bổ nhiệm 5 năm kể từ ngày 2-12-2024.", "Quyết định có hiệu lực từ ngày 1/9/2025. Theo đó,
    ..."): the first day printed after a since word in a sentence opening with validity words."""
    rx, since = scan.rules.validity_rx, scan.rules.since_rx
    if rx is None or since is None:
        return None
    k = next((i for i, (lo, hi) in enumerate(scan.sentences) if lo <= at < hi), None)
    if k is None:
        return None
    for j in (k + 1, k - 1):
        if not 0 <= j < len(scan.sentences):
            continue
        lo, hi = scan.sentences[j]
        opening = rx.match(scan.key, lo + len(scan.key[lo:hi]) - len(scan.key[lo:hi].lstrip(" \n\"'“”")))
        if opening is None:
            continue
        for a, _b, value, gran in scan.dates:
            if lo <= a < hi and gran == "day" and since.search(scan.key, max(lo, a - 14), a) is not None:
                return value
    return None
