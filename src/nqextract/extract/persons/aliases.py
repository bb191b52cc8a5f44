"""persons, phase 3b: one canonical name per person: a shorter name that is part of a longer one, a short
form of a long foreign name, a foreign spelling and a stage name printed in brackets become aliases of the
full name."""

from __future__ import annotations

from ...textnorm import fold, nfc
from .kin import kin_cue
from .scan import ArticleScan, is_foreign_word, looks_vietnamese


def canonical_names(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> tuple[dict[str, str], list[str]]:
    """One canonical printed name per person ({folded: name}) and the names in order of first
    mention; a shorter name that is part of a longer one becomes its alias."""
    names: dict[str, str] = {}  # folded -> canonical printed name
    order: list[str] = []
    for s in sorted(found):
        e, _why = found[s]
        printed = " ".join(scan.text[s:e].split())
        k = fold(printed)
        if k not in names:
            names[k] = nfc(printed)
            order.append(names[k])
    # a shorter found name that is the tail of a longer one is the same person
    # ("PGS Vũ Trung" after "PGS.TS Nguyễn Vũ Trung"): printed mentions of the longer one
    for k in list(names):
        tails = [kk for kk in names if kk != k and kk.endswith(" " + k)]
        if len(tails) > 1 and " " not in k and is_foreign_word(names[k]) and not looks_vietnamese(names[k]):
            # "ông X" beside "Paul X" and his wife "Margaret X": the one of his sex printed first before it
            tails = _same_sex_before(scan, found, k, tails)
            if not tails:
                order.remove(names[k])  # no one person fits: the bare name is no person of its own
                continue
        longer = [names[kk] for kk in tails]
        if not longer and (" " in k or is_foreign_word(names[k])):
            # "Fidel" after "Fidel Castro Ruz"; "Ngô Xuân" cut from "Ngô Xuân Lịch"
            longer = [n for kk, n in names.items() if kk != k and kk.startswith(k + " ")]
            longest = max(longer, key=len, default="")
            if len(longer) > 1 and all(fold(longest).startswith(fold(n)) for n in longer):
                longer = [longest]  # "Fidel" beside "Fidel Castro" and "Fidel Castro Ruz": one person
        if not longer:
            longer = _foreign_long_forms(names, k)
        if not longer and " " not in k and is_foreign_word(names[k]) and not looks_vietnamese(names[k]):
            # "ông Borrell" beside "Josep Borrell Fontelles": a family name printed before a second one
            longer = [n for kk, n in names.items() if k in kk.split()[1:-1]]
        if len(longer) == 1:
            scan.aliases[k] = longer[0]
            order.remove(names[k])
    for k in list(names):
        glued = k.replace(". ", ".")  # "G. Uyn-xơn" beside "G.Uyn-xơn": one name, its initial printed apart
        if glued != k and glued in names and k not in scan.aliases and names[k] in order:
            scan.aliases[k] = scan.aliases.get(glued, names[glued])
            order.remove(names[k])
    for k, outer in _bracketed_spellings(scan, found):
        if k in names and k not in scan.aliases and outer in names and outer != k and names[k] in order:
            scan.aliases[k] = scan.aliases.get(outer, names[outer])
            order.remove(names[k])
    return names, order


def _same_sex_before(scan: ArticleScan, found: dict[int, tuple[int, str]], k: str, tails: list[str]) -> list[str]:
    """Of the full names ``tails`` ending in the bare family name ``k``, the one the bare name's honorific
    fits ("ông" a man, "bà" a woman; kin.py): of those whose sex its kin noun or honorific tells, else of those
    of unknown sex, the one printed first before the bare name's first mention (the family's principal, whom
    the news names short: "Ông X" after "Tỷ phú A X" and his sons "B X, C X"); [] when the bare name's
    mentions disagree or no one fits."""
    starts = {kk: sorted(s for s, (e, _w) in found.items() if fold(" ".join(scan.text[s:e].split())) == kk)
              for kk in [k, *tails]}
    first = starts[k][0]
    sexes = {kin_cue(scan, s) for s in starts[k]} - {None, "any"}
    if len(sexes) != 1:
        return []
    told = {kk: {kin_cue(scan, s) for s in starts[kk]} - {None, "any"} for kk in tails}
    fits = [kk for kk in tails if told[kk] == sexes] or [kk for kk in tails if not told[kk]]
    before = [(starts[kk][0], kk) for kk in fits if starts[kk][0] < first]
    return [min(before)[1]] if before else []


def _foreign_long_forms(names: dict[str, str], k: str) -> list[str]:
    """A foreign name printed short, its first word and some later words of one longer name, in order
    ('Luis Abinader' of 'Luis Rodolfo Abinader Corona', 'Luiz Lula' of 'Luiz Inácio Lula da Silva'), with at
    least one later word no Vietnamese syllable spells: the longer names it fits."""
    words = k.split()
    if len(words) < 2 or not any(is_foreign_word(w) and not looks_vietnamese(w) for w in names[k].split()[1:]):
        return []
    fits = []
    for kk, n in names.items():
        longer = kk.split()
        if len(longer) <= len(words) or longer[0] != words[0]:
            continue
        rest = iter(longer[1:])
        if all(w in rest for w in words[1:]):
            fits.append(n)
    return fits


def _bracketed_spellings(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[str, str]]:
    """A foreign name printed in brackets right after a name in Vietnamese spelling ('Thủ tướng Hoàng
    Tuần Tài (Lawrence Wong)'): the same person's other spelling, (bracketed, outer) folded."""
    out = []
    for s, (e, _why) in found.items():
        at = scan.skip_spaces(e)
        if not scan.text.startswith("(", at):
            continue
        close = scan.text.find(")", at, at + 60)
        if close < 0:
            continue
        outer, bracketed = " ".join(scan.text[s:e].split()), " ".join(scan.text[at + 1 : close].split())
        if 2 <= len(bracketed.split()) <= 4 and all(is_foreign_word(w) for w in bracketed.split()) and not any(
            is_foreign_word(w) for w in outer.split()
        ):
            out.append((fold(bracketed), fold(outer)))
        elif len(outer.split()) >= 3 and all(looks_vietnamese(w) for w in outer.split()) and (
                inner := _stage_name_inside(scan, found, at + 1, close)) is not None:
            out.append((inner, fold(outer)))
    return out


def _stage_name_inside(scan: ArticleScan, found: dict[int, tuple[int, str]], start: int, close: int) -> str | None:
    """A stage name alone in brackets after an artist's honorific ('Nguyễn Trung Hiếu (ca sĩ Chi Dân)'): the
    same person's other name, folded; else None."""
    for hs, he in scan.honorific_spans:
        if hs != start or scan.rules.honorifics.get(fold(scan.text[hs:he])) != "stage":
            continue
        s = scan.skip_spaces(he)
        if s in found and found[s][0] == close:
            return fold(" ".join(scan.text[s:close].split()))
    return None
