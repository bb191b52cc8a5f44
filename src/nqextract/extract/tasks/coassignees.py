"""Several assignees for one action, written once: a task per assignee where the printed phrase
distributes a shared part over a list (the way an analyst, and the gold, write them):

* a head over several places: "Ủy ban nhân dân các tỉnh, thành phố Đà Nẵng, Quảng Ngãi" ->
  "Ủy ban nhân dân thành phố Đà Nẵng", "Ủy ban nhân dân tỉnh Quảng Ngãi" (the level of each place from
  ``body_places.tsv``);
* offices sharing the place printed after the last one: "Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh
  Quảng Ngãi" -> "Bí thư Tỉnh ủy Quảng Ngãi", "Chủ tịch Ủy ban nhân dân tỉnh Quảng Ngãi";
* numbered units: "các ban quản lý dự án: 6, 85" -> "Ban quản lý dự án 6", "Ban quản lý dự án 85".

A plain list of full names ("Bộ Y tế, Bộ Tài chính", "Tỉnh ủy, Thành ủy") stays one assignee: nothing
is shared, and the gold keeps such lists whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .words import lower_text

_LIST_SEP = re.compile(r",\s+|\s+và\s+")
_NUMBERED = re.compile(r"^(?:các|những)\s+(?P<head>[^:,\d]+?)\s*:?\s+(?P<items>\d+(?:(?:,\s+|\s+và\s+)\d+)+)$")
_PLACE_AFTER_LEVEL = re.compile(r"(?:^|\s)(?:tỉnh|thành phố|Thành phố|TP\.?)\s+[A-ZÀ-ỸĐ]")


@dataclass
class Places:
    """Province-level places: folded name or variant -> (canonical name, level word)."""

    by_name: dict[str, tuple[str, str]] = field(default_factory=dict)
    local_heads: list[str] = field(default_factory=list)  # bodies of a province's level ("sở", "tỉnh ủy")

    def is_local(self, office: str) -> bool:
        """The office belongs to a province-level body, so it can share a printed place."""
        low = f" {lower_text(office)} "
        return any(f" {head} " in low for head in self.local_heads)

    def add(self, name: str, level: str, variants: list[str]) -> None:
        for n in [name, *variants]:
            if n.strip():
                self.by_name[lower_text(" ".join(n.split()))] = (name, level.lower())

    def get(self, printed: str) -> tuple[str, str] | None:
        return self.by_name.get(lower_text(" ".join(printed.split())))


def distribute(assignee: str, places: Places) -> list[str]:
    """The assignees a printed assignee phrase stands for (itself alone when it distributes nothing)."""
    text = " ".join(assignee.split())
    return _numbered(text) or _over_places(text, places) or _shared_place(text, places) or [assignee]


def _numbered(text: str) -> list[str]:
    m = _NUMBERED.match(text)
    if not m:
        return []
    head = m.group("head")
    head = head[:1].upper() + head[1:]
    return [f"{head} {n}" for n in _LIST_SEP.split(m.group("items"))]


def _over_places(text: str, places: Places) -> list[str]:
    """"<head> (các) tỉnh, thành phố P1, P2 (và P3)": one assignee per known place."""
    low = lower_text(text)
    for m in re.finditer(r"\s(?:các\s+)?(?:(?:tỉnh|thành phố)(?:,\s+|\s+))+", low):
        head, rest = text[:m.start()], text[m.end():]
        items = _LIST_SEP.split(rest)
        found = [places.get(p) for p in items]
        if len(items) >= 2 and head.strip() and all(found):
            return [f"{head} {level} {name}" for name, level in found]  # type: ignore[misc]
    return []


def _shared_place(text: str, places: Places) -> list[str]:
    """"<office>, <office> tỉnh P": the earlier offices take the place of the last one."""
    items = re.split(r",\s+", text)
    # "..., Bộ Tài chính và UBND tỉnh X": "và" before a local body's name joins one more item
    # ("Sở Tài nguyên và Môi trường tỉnh X" is one name: "Môi trường ..." names no local body)
    parts = re.split(r"\s+và\s+", items[-1])
    while len(parts) > 1 and places.is_local(parts[-1]):
        items[-1:] = [" và ".join(parts[:-1]), parts[-1]]
        parts = parts[:-1]
    if len(items) < 2 or not all(x[:1].isupper() and places.is_local(x) for x in items):
        return []
    m = re.search(r"\s(tỉnh|thành phố|Thành phố)\s+(.+)$", items[-1])
    found = places.get(m.group(2)) if m else None
    if m is None or found is None:
        return []
    for x in items[:-1]:
        if _PLACE_AFTER_LEVEL.search(x) or any(places.get(w) for w in _tails(x)):
            return []  # an earlier office has its own place: a plain list
    out = []
    for x in items[:-1]:
        if lower_text(x).endswith(("tỉnh ủy", "thành ủy")):
            out.append(f"{x} {m.group(2)}")
        else:
            out.append(f"{x} {m.group(1)} {m.group(2)}")
    return out + [items[-1]]


def _tails(text: str) -> list[str]:
    words = text.split()
    return [" ".join(words[k:]) for k in range(1, len(words))]
