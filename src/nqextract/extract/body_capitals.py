"""One body, one name: a department printed in lower case after its head ("Phòng quản lý hoạt động thương mại
điện tử", "Cục quản lý giá") is named with the word after the head capitalized, as the heads of
``body_capitals.tsv`` are written ("Phòng Quản lý hoạt động thương mại điện tử", "Cục Quản lý giá"). Read by the
``nq_spellings`` component on every field naming a body."""

from __future__ import annotations

from collections.abc import Iterable

# each head's words -> the lower-case words that, right after it, make the name another thing's
Capitals = tuple[tuple[tuple[str, ...], frozenset[str]], ...]


def capital_table(rows: Iterable[dict[str, str]]) -> Capitals:
    """The heads of ``body_capitals.tsv``, longest first, each with its ``not_before`` words."""
    table = [(tuple(r["head"].split()), frozenset(w.strip().lower() for w in (r.get("not_before") or "").split("|")
                                                 if w.strip()))
             for r in rows if (r.get("head") or "").strip()]
    return tuple(sorted(table, key=lambda t: len(t[0]), reverse=True))


def capitalized(name: str, table: Capitals) -> str:
    """``name`` with the word right after its opening head capitalized, when that word is printed in lower case
    and is none of the head's ``not_before`` words; any other name as printed."""
    words = name.split(" ")
    for head, not_before in table:
        n = len(head)
        if tuple(words[:n]) != head:
            continue
        if len(words) <= n or not words[n][:1].islower() or words[n].lower() in not_before:
            return name
        return " ".join([*head, words[n][:1].upper() + words[n][1:], *words[n + 1 :]])
    return name
