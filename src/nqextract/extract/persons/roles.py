"""persons: a professional printed with his role before the name and the body he serves in parentheses after it
("luật sư Nguyễn Văn A (Đoàn luật sư TP.HCM)", "chuyên gia B (Ngân hàng Thế giới)") holds that role in that body
(person_context.tsv role_title)."""

from __future__ import annotations

from ...models import Position
from .levels import spelled_place
from .records import NameMention
from .scan import ArticleScan

_LONGEST = 80  # characters: a body's name in parentheses, not an aside


def role_body_after(scan: ArticleScan, m: NameMention) -> list[Position]:
    """The role printed right before the name ``m`` and the body printed in parentheses right after it, or []
    when either is missing or the parentheses hold no body's name."""
    if not scan.text.startswith(" (", m.end):
        return []
    role = next((scan.rules.role_titles[w] for n in (2, 1) if (w := scan.words_before(m.start, n)) in scan.rules.role_titles),
                None)
    if role is None:
        return []
    at = m.end + 2
    close = scan.text.find(")", at, at + _LONGEST)
    if close < 0:
        return []
    marked = scan.body_at.get(at)
    if marked is not None and marked[0] == close:
        return [Position(title=role, body=marked[1])]
    head = scan.rules.body_heads_re.match(scan.key, at) if scan.rules.body_heads_re else None
    if head is None or any(c in scan.text[at:close] for c in ",;(:"):
        return []
    return [Position(title=role, body=spelled_place(scan, at, close))]
