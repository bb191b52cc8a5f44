"""persons: a judge's or a prosecutor's court (titles.tsv flag article_body): the one printed beside the name ("Thẩm
phán A (TAND tỉnh X)"), else the one the article names most, unless the office is only told ("từng làm thẩm phán")."""

from __future__ import annotations

import re
from collections import Counter

from ...textnorm import fold
from .records import Chain
from .rules import TitleRule
from .scan import ArticleScan

_CLAUSE_BREAK = re.compile(r"[,.;:!?()\"“”\n–-]")


def mark_storied(scan: ArticleScan, ch: Chain, name: str) -> None:
    """A title flagged article_body printed in lower case after a cue of a job once held, played or told in its
    clause (person_context.tsv article_body_not: "từng làm thẩm phán", "bộ phim kể về nữ thẩm phán A"): the
    office is no court's the article names."""
    cue = scan.rules.article_body_not
    for it in ch.items:
        start = it.hit.start
        if cue is None or not it.hit.rule.article_body or not scan.text[start].islower():
            continue
        clause = _CLAUSE_BREAK.split(scan.text[max(0, start - 80) : start])[-1]
        if cue.search(fold(" ".join(clause.split()[-3:]))):
            scan.storied.add((name, fold(it.hit.rule.title)))


_ASIDE_OPEN = re.compile(r"[ \t]*\([ \t]*|,[ \t]*")
_ASIDE_SHUT = {"(": re.compile(r"[ \t]*\)"), ",": re.compile(r"[ \t]*(?:[,;:.)]|[-–][ \t])|$")}


def court_after(scan: ArticleScan, rule: TitleRule, end: int) -> str | None:
    """A title flagged article_body: the body of its kind printed right after the holder's name in brackets or as
    a comma aside ("Thẩm phán A (TAND tỉnh X)", "Thẩm phán A, TAND tỉnh X, trình bày"), before any the article
    names more often."""
    if not rule.article_body or not rule.default_body or (body := body_beside(scan, end)) is None:
        return None
    return body if fold(body).startswith(fold(rule.default_body) + " ") else None


def body_beside(scan: ArticleScan, end: int) -> str | None:
    """The body printed right after a name ending at ``end``, in brackets or as a comma aside that it closes ("A
    (TAND tỉnh X)", "A, Văn phòng Chính phủ, cho biết"), else None."""
    if (m := _ASIDE_OPEN.match(scan.text, end)) is None or (body := scan.body_at.get(m.end())) is None or not body[1]:
        return None
    return body[1] if _ASIDE_SHUT[m.group().strip()].match(scan.text, body[0]) else None


def article_body(scan: ArticleScan, kind: str) -> str | None:
    """The body of ``kind`` ("Tòa án nhân dân") the article names, more than twice as often as any other."""
    key = fold(kind) + " "
    counts = Counter(kb for _s, _e, kb in scan.bodies if kb and fold(kb).startswith(key))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and 2 * ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]
