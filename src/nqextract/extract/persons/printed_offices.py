"""persons: a minister's or a spokesperson's title printed bare before a name ("Bộ trưởng Nguyễn Kim Sơn") takes
the ministry the article prints with that same title where no name follows it ("chủ trương vừa được Bộ trưởng Bộ
Giáo dục và Đào tạo đưa ra"): the office the article names without its holder and the holder it names without the
office (titles.tsv unnamed_ministry)."""

from __future__ import annotations

from ...models import Position
from ...textnorm import fold
from .courts import body_beside
from .records import Chain
from .scan import ArticleScan


def fill_unnamed_ministries(scan: ArticleScan, result: dict[str, list[Position]]) -> None:
    """In place: a Vietnamese holder's bare office of a title flagged unnamed_ministry (titles.tsv) takes
    the one ministry the article prints after that title with no name after it and no one else holds with
    it; a foreign holder, or several such bodies, keep none."""
    for name, positions in result.items():
        first = name.split()[0] if name.split() else ""
        if fold(first) not in scan.rules.surnames:
            continue
        for i, p in enumerate(positions):
            rule = scan.rules.titles.get(fold(p.title))
            if p.body is not None or rule is None or not rule.unnamed_ministry or (name, fold(p.title)) in scan.abroad:
                continue
            held = {fold(q.body) for other, qs in result.items() if other != name
                    for q in qs if q.body and fold(q.title) == fold(p.title)}
            ministry = unnamed_ministry(scan, p.title, held)
            if ministry is not None:
                positions[i] = p.model_copy(update={"body": ministry})


def unnamed_ministry(scan: ArticleScan, title: str, held: set[str]) -> str | None:
    """The one ministry (bodies.tsv flag ministry) printed right after ``title`` with no name after it and
    not in ``held`` (folded bodies others hold with that title), when no other body, a ministry or not, is so
    printed ("người phát ngôn Sở Y tế cho biết": whose spokesperson the bare one is, the text does not say); None
    otherwise."""
    want = fold(title)
    unnamed: set[str] = set()
    named: set[str] = set()
    for s, e, kb in scan.bodies:
        if not kb:
            continue
        ministry = scan.rules.ministries.get(fold(kb)) or kb
        before = scan.skip_spaces_back(s)
        if before == s or before < len(want) or fold(scan.key[before - len(want) : before]) != want:
            continue
        if before - len(want) > 0 and scan.key[before - len(want) - 1].isalnum():
            continue  # "Phó Thủ tướng" ends with no "Thủ tướng" of its own
        if scan.words_before(before - len(want), 1) in scan.rules.status_words:
            continue  # "nguyên Bộ trưởng Bộ X": a former minister's office is no one's today
        (named if scan.starts_name(scan.skip_spaces(e)) else unnamed).add(ministry)
    for ch in scan.chains:  # "người phát ngôn Sở Y tế cho biết": a body the bodies component did not mark
        last = ch.items[-1]
        if fold(last.hit.rule.title) == want and last.body and last.status == "current" and \
                fold(last.body) not in scan.rules.ministries and (ch.target is None or not scan.starts_name(ch.target)):
            unnamed.add(last.body)
    left = {m for m in unnamed - named if fold(m) not in held}
    one = next(iter(left)) if len(left) == 1 else None
    return one if one is not None and fold(one) in scan.rules.ministries else None


def set_off_office(scan: ArticleScan, ch: Chain, end: int) -> str | None:
    """The body set off right after the name ending at ``end`` for a chain's last title flagged unnamed_ministry
    printed bare ("Người phát ngôn A, Văn phòng Chính phủ, cho biết"; "Thứ trưởng B (Bộ Y tế)"): the office's,
    before any ministry the article prints elsewhere."""
    last = ch.items[-1]
    return body_beside(scan, end) if last.body is None and last.hit.rule.unnamed_ministry else None
