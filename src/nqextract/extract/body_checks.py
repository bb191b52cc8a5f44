"""The closed word lists that make a descriptor or a head name a body only with a known word after it
(body_patterns.tsv): the qualifiers a news agency's capitalized descriptor may carry before its Latin name
(``agency_qualifier``: "Hãng thông tấn bán chính thức X"), the reporting verbs after a foreign outlet opening a
sentence with its capitalized descriptor (``outlet_start_verb``: "Tờ X đưa tin") and the product words that make such
a name a brand's product (``outlet_product_word``: "Tờ X Shop"), the cities a foreign mission is printed with
(``host_city``: "Đại sứ quán X tại Bangkok"), and the universities with member schools and institutes, with the heads
of their members (``member_parent``: "Trường Đại học X, Đại học Huế") and the school levels that make a school none of
them (``member_unit_not``: "Trường THPT X"), and the words before a foreign_outlet_word flagged ``cited`` that make it
the press, not a verb (``outlet_cited_after``: "theo báo X", "trên báo X"; not "phải báo X về sự cố")."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..textnorm import fold

CHECK_KINDS = frozenset({"agency_qualifier", "outlet_start_verb", "outlet_product_word", "host_city", "member_parent",
                         "member_unit_not", "outlet_cited_after"})


@dataclass
class NameChecks:
    flags: dict[str, str] = field(default_factory=dict)  # foreign_outlet_word (folded) -> "start" | "named" | "cited"
    agency_qualifiers: tuple[str, ...] = ()  # folded, longest first
    start_verbs: tuple[str, ...] = ()  # folded, longest first
    outlet_products: frozenset[str] = frozenset()  # folded
    host_cities: frozenset[str] = frozenset()  # folded
    member_parents: dict[str, frozenset[str]] = field(default_factory=dict)  # folded parent -> folded member heads
    member_unit_not: frozenset[str] = frozenset()  # folded
    cited_after: frozenset[str] = frozenset()  # folded: the words before a `cited` descriptor ("theo báo X")


def compile_checks(patterns: list[dict[str, str]]) -> NameChecks:
    """The checks of the ``CHECK_KINDS`` rows of body_patterns.tsv."""
    def forms(kind: str) -> list[str]:
        return [fold(r["form"]) for r in patterns if r["kind"] == kind and r["form"].strip()]

    def longest(kind: str) -> tuple[str, ...]:
        return tuple(sorted(set(forms(kind)), key=len, reverse=True))

    parents = {fold(r["form"]): frozenset(fold(h) for h in (r.get("value") or "").split("|") if h.strip())
               for r in patterns if r["kind"] == "member_parent"}
    flags = {fold(r["form"]): v for r in patterns if r["kind"] == "foreign_outlet_word"
             and (v := (r.get("value") or "").strip())}
    return NameChecks(flags, longest("agency_qualifier"), longest("outlet_start_verb"), frozenset(forms("outlet_product_word")),
                      frozenset(forms("host_city")), parents, frozenset(forms("member_unit_not")),
                      frozenset(forms("outlet_cited_after")))
