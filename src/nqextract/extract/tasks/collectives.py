"""A list of collective assignees written once for one action: "yêu cầu các phòng ban và 8 phường liên quan
...", "đề nghị các cấp ủy, chính quyền địa phương ..." -> a task per listed collective (the ledger gold writes
one task each).

Every item must stand as an assignee of its own: lower case with no capital (named bodies and places are
:func:`.coassignees.listed_bodies`' business; "huyện A, tỉnh B" is one place in another), no title
(``joint_head``), opened (after a plural determiner or a number) by an agent head (``agent``, ``cue_agent``),
of two syllables at least without a determiner, and no generic noun (``list_bare``: "cơ quan", "đơn vị",
"ngành" ..., bare or with a ``list_bare_modifier``: "đơn vị có liên quan") once its determiner is set aside;
one item at least opened by a plural determiner or a number.
"các sở, ban, ngành", "các cơ quan, đơn vị", "học sinh, sinh viên" name one group, "các cơ quan chức năng,
chuyên môn ..." shares its head, and a last item with a modifier that may scope over all (``list_shared_tail``:
"... trên địa bàn thành phố") keeps the list whole: one assignee.
"""

from __future__ import annotations

import re

from .words import lower_text

_ITEM_SEP = re.compile(r",\s*(?:và\s+)?|\s+và\s+")


def _determined(item: str, plurals: tuple[str, ...]) -> bool:
    """An item opened by a plural determiner or a number ("các phòng ban", "8 phường liên quan")."""
    low = " ".join(lower_text(item).split())
    return item[:1].isdigit() or any(low.startswith(p + " ") for p in plurals)


def collective_items(assignee: str, plurals: tuple[str, ...], bare: frozenset[str],
                     titles: list[str], heads: list[str], shared_tail: re.Pattern[str],
                     bare_modified: frozenset[str] = frozenset()) -> list[str]:
    """The items of a list of collectives, or [] when the phrase is one assignee (``shared_tail``: a modifier
    of the last item that may scope over the whole list, ``list_shared_tail`` rows; ``bare_modified``: a
    generic noun with a ``list_bare_modifier`` after it, "đơn vị có liên quan")."""
    if "(" in assignee or ":" in assignee:
        return []
    items = [x.strip() for x in _ITEM_SEP.split(assignee) if x.strip()]
    if len(items) < 2:
        return []
    if shared_tail.search(items[-1]):
        return []  # "các cơ quan hành chính, đơn vị sự nghiệp công lập trên địa bàn thành phố": one scope for all
    if not any(_determined(x, plurals) for x in items):
        return []  # "học sinh, sinh viên", "cán bộ, công chức": a pair naming one group
    for item in items:
        if any(c.isupper() for c in item) or not item[:1].isalpha() and not item[:1].isdigit():
            return []  # a named body or place ("huyện A, tỉnh B": one place in another)
        low = " ".join(lower_text(item).split())
        if any(low == t or low.startswith(t + " ") for t in titles):
            return []
        det = next((p for p in plurals if low.startswith(p + " ")), None)
        rest = low[len(det) + 1:] if det else low
        if rest in bare or rest in bare_modified or (det is None and len(rest.split()) < 2):
            return []  # a generic noun, bare or with its modifier ("các phòng ban, đơn vị có liên quan"): one group
        rest = re.sub(r"^\d+\s+", "", rest)  # "8 phường liên quan"
        if not any(rest == h or rest.startswith(h + " ") for h in heads):
            return []  # "các cơ quan chức năng, chuyên môn ...": a modifier sharing the head before it
    return items
