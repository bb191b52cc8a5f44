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


def mixed_items(assignee: str, plurals: tuple[str, ...], bare: frozenset[str], titles: list[str],
                heads: list[str], shared_tail: re.Pattern[str], bare_modified: frozenset[str] = frozenset()) -> list[str]:
    """The items of a list joining named bodies and collectives ("các bộ phận nghiệp vụ, Thanh tra Sở Y tế",
    "các tỉnh, các Chủ đầu tư, Ban Quản lý dự án, nhà thầu thi công"), or [] when the phrase is one assignee.

    One item at least is a name (capitalized, two words at least, no title) and one at least a collective
    opened by a plural determiner; every lower-case item is a collective opened by an agent head (``heads``),
    capitalized at most right after its determiner ("các Chủ đầu tư", never a generic "các Bộ"); a generic noun (``bare``) stands as
    an item only after a determiner ("các tỉnh", never a bare "ngành" of "các bộ, ngành"), and then only
    before a named or determined item ("các bộ, cơ quan ngang bộ" is one group). A modifier of the
    last item that may scope over the whole list (``shared_tail``) keeps it one assignee. A capitalized piece
    joined by "và" to the capitalized piece before it is part of that name ("Bộ Giáo dục và Đào tạo")."""
    if any(c in assignee for c in "():/;"):
        return []
    items = _named_runs(assignee)
    if len(items) < 2 or shared_tail.search(items[-1]):
        return []
    named = collective = 0
    shared = False  # the item before is a generic noun after a determiner ("các bộ")
    for item in items:
        low = " ".join(lower_text(item).split())
        if any(low == t or low.startswith(t + " ") for t in titles):
            return []  # offices of several levels: :func:`.coassignees.distribute`'s business
        if item[:1].isupper():
            if len(item.split()) < 2:
                return []  # "Chính phủ, Bộ, ngành": a bare capitalized head
            named += 1
            shared = False
            continue
        det = next((p for p in plurals if low.startswith(p + " ")), None)
        rest = item.split(None, len(det.split()))[-1] if det else item
        if any(c.isupper() for c in rest[1:]) or not rest[:1].isalpha():
            return []  # "các cấp ủy Đảng ...": a name inside a collective
        rest_low = " ".join(lower_text(rest).split())
        generic = rest_low in bare or rest_low in bare_modified  # "bộ", "đơn vị có liên quan"
        if det is None and (shared or generic or len(rest_low.split()) < 2):
            return []  # "cơ quan", "ngành", "các bộ, cơ quan ngang bộ": one group, its determiner shared
        if generic and rest[:1].isupper():
            return []  # "các Bộ và Văn phòng Chính phủ": the ministries addressed with an office, one group
        if not any(rest_low == h or rest_low.startswith(h + " ") for h in heads):
            return []
        collective += det is not None
        shared = det is not None and generic
    if shared:
        return []  # "Chính phủ và các bộ": a generic collective last, the list one group
    return items if named and collective else []


_AND = re.compile(r"\s+và\s+")


def _named_runs(assignee: str) -> list[str]:
    """The list's items; "X và Y" with both capitalized stays one ("Sở Tài nguyên và Môi trường")."""
    items: list[str] = []
    for part in re.split(r",\s*(?:và\s+)?", assignee):
        pieces = [x.strip() for x in _AND.split(part) if x.strip()]
        for i, piece in enumerate(pieces):
            if i and piece[:1].isupper() and items[-1][:1].isupper():
                items[-1] += " và " + piece
            else:
                items.append(piece)
    return [x for x in items if x]
