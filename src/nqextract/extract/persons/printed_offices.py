"""persons: a minister's title printed bare before a name ("Bộ trưởng Nguyễn Kim Sơn") takes the ministry the
article prints with that same title where no name follows it ("chủ trương vừa được Bộ trưởng Bộ Giáo dục và Đào
tạo đưa ra"): the office the article names without its holder and the holder it names without the office."""

from __future__ import annotations

from ...models import Position
from ...textnorm import fold
from .scan import ArticleScan


def fill_unnamed_ministries(scan: ArticleScan, result: dict[str, list[Position]]) -> None:
    """In place: a Vietnamese holder's bare office of a title flagged article_ministry (titles.tsv) takes
    the one ministry the article prints after that title with no name after it and no one else holds with
    it; a foreign holder, or several such ministries, keep none."""
    for name, positions in result.items():
        first = name.split()[0] if name.split() else ""
        if fold(first) not in scan.rules.surnames:
            continue
        for i, p in enumerate(positions):
            rule = scan.rules.titles.get(fold(p.title))
            if p.body is not None or rule is None or not rule.article_ministry or (name, fold(p.title)) in scan.abroad:
                continue
            held = {fold(q.body) for other, qs in result.items() if other != name
                    for q in qs if q.body and fold(q.title) == fold(p.title)}
            ministry = unnamed_ministry(scan, p.title, held)
            if ministry is not None:
                positions[i] = p.model_copy(update={"body": ministry})


def unnamed_ministry(scan: ArticleScan, title: str, held: set[str]) -> str | None:
    """The one ministry (bodies.tsv flag ministry) printed right after ``title`` with no name after it and
    not in ``held`` (folded bodies others hold with that title), when no other ministry is so printed; None
    otherwise."""
    want = fold(title)
    unnamed: set[str] = set()
    named: set[str] = set()
    for s, e, kb in scan.bodies:
        ministry = scan.rules.ministries.get(fold(kb))
        if ministry is None:
            continue
        before = scan.skip_spaces_back(s)
        if before == s or before < len(want) or fold(scan.key[before - len(want) : before]) != want:
            continue
        if before - len(want) > 0 and scan.key[before - len(want) - 1].isalnum():
            continue  # "Phó Thủ tướng" ends with no "Thủ tướng" of its own
        if scan.words_before(before - len(want), 1) in scan.rules.status_words:
            continue  # "nguyên Bộ trưởng Bộ X": a former minister's office is no one's today
        (named if scan.starts_name(scan.skip_spaces(e)) else unnamed).add(ministry)
    left = {m for m in unnamed - named if fold(m) not in held}
    return next(iter(left)) if len(left) == 1 else None
