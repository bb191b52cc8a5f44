"""The bodies' rules about what follows a head: a unit printed with its field in lower case before its parent body
("Phòng cảnh sát kinh tế Công an tỉnh X"; the lower_unit rows of body_patterns.tsv, form = the unit's head and the
first word of its field, value = the head of the parent body that must follow the field), the words after a body or
a head that make it something else ("Chính phủ số"; the not_followed_by rows), and a head coordinated with another
body ("Đảng và Nhà nước Cuba"; the coordinated_after rows), and a bare party coordinated with a national organ ("Đảng,
Chính phủ"; the bare_party and party_partner rows). In the coordinated_after and not_followed_by rows the value is the words after the head,
"|" between alternatives; several rows of one head join; a not_followed_by phrase "<Name>" stands for any capitalized
word (a named body never read before one: "Cục Thuế Vũng Tàu" is the province's)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..textnorm import canonical_tones, fold
from .body_phrases import key, phrase_regex

if TYPE_CHECKING:
    from .body_rules import BodyRules

NAME_AFTER = "<Name>"  # a not_followed_by phrase: any capitalized word ("Cục Thuế Vũng Tàu": a province's, no bare body)


@dataclass(frozen=True)
class PartyPartners:
    """The bare party words and the bodies they name (the bare_party rows: "Đảng" -> "Đảng Cộng sản Việt Nam",
    "Trung ương Đảng" -> "Ban Chấp hành Trung ương Đảng"), read only right before ", " or " và " and a national organ
    (the party_partner rows: "Chính phủ", "Bộ Chính trị")."""

    pattern: re.Pattern[str]  # on the tone-canonical text, as printed: the party's word is group "party"
    names: dict[str, str]  # the party's word as printed (tone-canonical) -> the body it names
    not_after: re.Pattern[str] | None = None  # words ending a longer name before it ("Trung ương Đảng"), lower-cased
    leads: dict[str, frozenset[str]] | None = None  # party word -> the lower-case words (folded) alone allowed before it
    foreign_after: re.Pattern[str] | None = None  # on the lower-cased text, right after the organ: "nước bạn"


def compile_lower_units(rules: BodyRules, by_kind: dict[str, list[tuple[str, str]]]) -> None:
    """(the head and field on the lower-cased text, the field's start as group 1; the parent's printed head)."""
    for form, parent in by_kind["lower_unit"]:
        head, _, field = key(form).partition(" ")
        if not field or not parent.strip():
            continue
        rx = re.compile(r"(?<!\w)" + re.escape(head) + r"[ \t]+(" + r"[ \t]+".join(map(re.escape, field.split()))
                        + r")(?!\w)")
        rules.lower_units.append((rx, parent.strip()))


def compile_units(rules: BodyRules, by_kind: dict[str, list[tuple[str, str]]]) -> None:
    """The rules of this module's rows into ``rules``."""
    compile_lower_units(rules, by_kind)
    rules.member_units = {canonical_tones(f): v.strip() for f, v in by_kind["member_unit"] if v.strip()}
    rules.not_followed = followed_by(by_kind["not_followed_by"])
    rules.not_before_name = {fold(f) for f, v in by_kind["not_followed_by"] if NAME_AFTER in v.split("|")}
    rules.coordinated = followed_by(by_kind["coordinated_after"])
    partners = sorted({canonical_tones(f) for f, _ in by_kind["party_partner"]}, key=lambda f: (-len(f), f))
    nots, foreign = by_kind["bare_party_not_after"], by_kind["bare_party_foreign_after"]
    names = {canonical_tones(f): v.strip() for f, v in by_kind["bare_party"] if v.strip()}
    if partners and names:  # the longest party word first ("Trung ương Đảng" before "Đảng")
        rules.party_partners = PartyPartners(re.compile(
            r"(?<!\w)(?P<party>" + "|".join(map(re.escape, sorted(names, key=lambda f: (-len(f), f))))
            + r")(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)(?:" + "|".join(map(re.escape, partners)) + r")(?!\w)"), names,
            re.compile(r"(?<!\w)(?:" + "|".join(phrase_regex(f, False) for f, _ in nots) + r")[ \t]+$") if nots else None,
            {canonical_tones(f): frozenset(fold(w) for w in v.split("|") if w.strip()) for f, v in by_kind["bare_party_lead"]},
            re.compile(r"[ \t]+(?:" + "|".join(phrase_regex(f, False) for f, _ in foreign) + r")(?!\w)") if foreign else None)


def followed_by(rows: list[tuple[str, str]]) -> dict[str, re.Pattern[str]]:
    """head (folded) -> the words after it, on the lower-cased text: every row's phrases of one head joined."""
    phrases: dict[str, list[str]] = {}
    for f, v in rows:
        phrases.setdefault(fold(f), []).extend(w for w in v.split("|") if w.strip() and w != NAME_AFTER)
    return {h: re.compile(r"\s+(?:" + "|".join(phrase_regex(w, False) for w in ws) + r")(?!\w)")
            for h, ws in phrases.items() if ws}
