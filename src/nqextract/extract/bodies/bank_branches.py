"""A bank's branch printed right after the bank ("Ngân hàng X (ABC) Chi nhánh Y", "VietinBank chi nhánh Y", "Ngân
hàng X - chi nhánh Y"): one body, named with its bank (the ledger's gold names every such branch so), its acronym in
brackets left out and a dash kept as printed; a bank printed short of its canonical name's last words keeps its
printed name there ("Ngân hàng Nhà nước chi nhánh Y"). The branch is a place or a proper name (capitalized words, as a local
body's place is read); the "Chi nhánh Y" the proper names read there is no body of its own. A branch word printed
with no bank right before it is left alone ("mở thêm chi nhánh", "Phó Giám đốc Chi nhánh"); so is one after a comma
("Ngân hàng X, chi nhánh Y" may list two). A branch named by its region is read as a unit's region is ("Chi nhánh
Khu vực 8", "Chi nhánh Khu vực Tây Nguyên"); one capitalized word running straight on into a lower-case word is a
name not read ("Chi nhánh Khu công nghiệp X"): no join rather than a cut."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from .places import place_at, region_at
from .scan import BodyMatch, Text

# between the bank and its branch word: its acronym in brackets maybe, then a blank or a dash between blanks
_GAP = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]+([-–])[ \t]+|[ \t]+)")


def bank_branches(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``matches`` with each bank that a branch follows named with it (see the module)."""
    checks = rules.checks
    if not checks.bank_branches or not (checks.bank_heads or checks.bank_suffixes):
        return matches
    out: list[BodyMatch] = []
    covered_to = -1
    for m in matches:
        if m.start < covered_to:
            continue  # the branch's own words, now inside its bank's name
        grown = _with_branch(t, m, rules) if _is_bank(m.name, rules) else None
        if grown is not None:
            covered_to = grown.end
            out.append(grown)
        else:
            out.append(m)
    return out


def _is_bank(name: str, rules: BodyRules) -> bool:
    words = fold(name).split()
    return bool(words) and (any(" ".join(words).startswith(h + " ") for h in rules.checks.bank_heads)
                            or any(words[-1].endswith(s) for s in rules.checks.bank_suffixes))


def _with_branch(t: Text, m: BodyMatch, rules: BodyRules) -> BodyMatch | None:
    """The bank ``m`` named with the branch printed right after it, else None."""
    gap = _GAP.match(t.raw, m.end)
    if gap is None:
        return None
    p = gap.end()
    word = next((w for w in rules.checks.bank_branches if fold(t.raw[p : p + len(w)]) == w
                 and t.raw[p + len(w) : p + len(w) + 1] == " "), None)
    if word is None:
        return None
    found = _region(t, p + len(word), rules) or place_at(t, p + len(word) + 1, rules, need_known=False)
    if found is None:
        return None
    end, printed, place = found
    if place is None and " " not in printed and re.match(r" [^\W\d_]", t.raw[end : end + 2]) and t.raw[end + 1].islower():
        return None  # "Chi nhánh Khu vực ..." unread: a word of one name runs on in lower case; refuse, never cut
    joiner = f" {gap.group(1)} " if gap.group(1) else " "
    bank = " ".join(t.printed[m.start : m.end].split())
    # the bank as printed when its canonical name only adds words after it ("Ngân hàng Nhà nước [Việt Nam]")
    bank = bank if fold(m.name).startswith(fold(bank) + " ") else m.name
    return replace(m, end=end, name=f"{bank}{joiner}{t.raw[p : p + len(word)]} {printed}")


def _region(t: Text, pos: int, rules: BodyRules) -> tuple[int, str, None] | None:
    """A branch named by its region right after ``pos`` (region_word and regional_name rows: "Chi nhánh Khu vực 8",
    "Chi nhánh Khu vực Tây Nguyên"): (end, printed, None), else None."""
    end = region_at(t, pos, rules)
    named = rules.name_words.regions.named
    if end is None and named is not None and (nm := named.match(t.low, pos)):
        end = nm.end()
    return (end, " ".join(t.raw[pos:end].split()), None) if end is not None else None
