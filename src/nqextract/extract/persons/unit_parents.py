"""persons: a unit's body read after a title and printed right before the institution it belongs to, a plain space
between them ("trưởng Phòng Thẩm định Quỹ Phát triển nhà ở tỉnh X", "trưởng Ban Thanh tra - Pháp chế Đại học Y"),
is the unit named with its institution ("Phòng Thẩm định Quỹ Phát triển nhà ở tỉnh X"), as the ledger gold writes
such units. person_context.tsv unit_before_parent rows name the units' heads ("Phòng", "Ban"),
unit_parent_head rows the institutions' heads ("Quỹ", "Đại học", "Viện", "Bệnh viện", "Công ty"). A ministry, a
province's department or a local body after a unit is the bodies stage's (body_patterns.tsv unit_head); a comma, a
dash or a bracket between the two, a lower-case word after the unit, or an institution of the unit's own head
("Ban X Ban Y") leaves the body as read; so do an honorific or a verb in the institution's span and a list of
persons after it ("Viện Y, bà B và ông C"); a span running into the next person ("Viện Y và ông B") ends before
"và". Such a unit's head printed capitalized as the title's last word, before a body the bodies stage read without
it, opens the body ("trưởng Ban | Thanh tra Trường Y" = "Ban Thanh tra Trường Y")."""

from __future__ import annotations

from ...textnorm import canonical_tones, fold
from .records import TitleHit
from .scan import ArticleScan, is_cap
from .titles import trim_stop_words


def with_institution(scan: ArticleScan, hit: TitleHit, body: str | None, end: int) -> tuple[str | None, int]:
    """(body, end) of a title's body, with the institution printed right after a unit's name taken into it."""
    rules = scan.rules
    if body is None or not rules.unit_parent_units:
        return body, end
    body = _with_printed_head(scan, hit, body, end)
    if scan.text[end : end + 1] != " ":
        return body, end
    unit = _head(fold(body), rules.unit_parent_units)
    after = scan.body_at.get(end + 1)
    if unit is None or after is None or not scan.text[end + 1 : end + 2].isupper():
        return body, end
    parent_end, parent = after
    cut = trim_stop_words(scan, end + 1, parent_end)
    if cut != parent_end:  # "Viện X và ông": the span ran into the next person's honorific; the institution only
        parent_end, parent = cut, canonical_tones(scan.text[end + 1 : cut])
    head = _head(fold(parent), rules.unit_parent_heads)
    if head is None or head == unit or _holds_stop_word(scan, end + 1, parent_end) or _list_after(scan, parent_end):
        return body, end
    return f"{body} {parent}", parent_end


def _with_printed_head(scan: ArticleScan, hit: TitleHit, body: str, end: int) -> str:
    """A unit's head the title shares, printed capitalized before a body the bodies stage read without it
    ("trưởng Ban | Thanh tra Trường X"), opens the body: "Ban Thanh tra Trường X"; else the body as read."""
    head = hit.rule.shared_head
    if not head or fold(head) not in scan.rules.unit_parent_units or fold(body).startswith(fold(head) + " "):
        return body
    printed, pos = scan.text[hit.end - len(head) : hit.end], scan.skip_spaces(hit.end)
    if fold(printed) != fold(head) or not is_cap(printed) or pos not in scan.body_at or end > scan.body_at[pos][0]:
        return body
    return f"{head} {body}"


def _holds_stop_word(scan: ArticleScan, begin: int, end: int) -> bool:
    """Whether a lower-case word no name holds (an honorific, a verb: lower_name_stop, not unit_word's "và" of
    "Viện Khoa học và Công nghệ") is printed in the span."""
    rules = scan.rules
    return any(begin <= s and e <= end and not is_cap(w := scan.text[s:e]) and fold(w) in rules.lower_name_stop
               and fold(w) not in rules.unit_words for s, e in scan.words)


def _head(name: str, heads: list[str]) -> str | None:
    """The longest of ``heads`` (folded) opening the folded ``name`` before more words, else None."""
    return next((h for h in heads if name.startswith(h + " ")), None)


def _list_after(scan: ArticleScan, end: int) -> bool:
    """Whether a comma and an honorific follow the institution ("Viện X, bà B và ông C"): a list of persons, whose
    first name the chain would read as the unit's holder; the unit is left as read."""
    rx, text = scan.rules.honorific_re, scan.text
    comma = scan.skip_spaces(end)
    return rx is not None and text[comma : comma + 1] == "," and rx.match(text, scan.skip_spaces(comma + 1)) is not None
