"""The organs of a village or a residential group, printed with the unit they belong to ("Chi bộ thôn Nà Lừ", "Chi
hội Phụ nữ ấp Bình Lợi", "Ban Công tác Mặt trận tổ dân phố 23"): the organ printed capitalized, a unit word, and the
unit's number ("23", "số 20") or its name: the capitalized words up to where a person's name starts (a surname before a
middle name, or opening the run's last three or four words: "Chi bộ thôn Đoài [Nguyễn Văn An]"; "Chi bộ khu phố Long
Bình Tân A" whole) and a number right after them ("Tổ dân phố Hòa Bình 2"). A number before a count word is a count, no
unit's ("Chi đoàn thôn 2 lần ..."). The unit word is kept as printed ("Chi bộ Thôn Hạ"), or spelled as its row's value
says ("tổ dân phố" -> "Tổ dân phố"). A chain after a comma shares the unit: "Bí thư Chi bộ, Trưởng ban Công tác Mặt
trận tổ dân phố 23" names "Chi bộ Tổ dân phố 23" and "Ban Công tác Mặt trận Tổ dân phố 23"; "Bí thư Chi bộ, Trưởng
thôn X" names "Chi bộ thôn X". No organ, no body ("tại thôn X", "người dân tổ dân phố 5"), nor a unit word before a
lower-case word ("Chi hội Phụ nữ thôn đều ...", "Chi bộ thôn, bản"). The words are data (body_villages.py); the matches
replace any other reading of their span."""

from __future__ import annotations

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

MOST_PERSON_WORDS = 4  # a person's name ending the run: a surname and one to three more words


def village_organs(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``matches`` with the organs of villages and residential groups (see the module) in place of what overlaps them."""
    words = rules.name_words.villages
    if words.chain is None:
        return matches
    added = []
    for m in words.chain.finditer(t.low):
        if not t.raw[m.start()].isupper():
            continue  # "các chi bộ thôn X": a class of organs
        end = _name_end(t, m.end(), rules)
        if end is None:
            continue
        printed = " ".join(t.tones[m.start("unit") : m.end("unit")].split())
        unit = words.units.get(" ".join(m.group("unit").split())) or printed  # "Thôn Hạ" kept, "Tổ dân phố" raised
        named = f"{unit} {t.tones[m.end() : end]}"
        organ = words.organs.get(" ".join(m.group("organ").split()), t.tones[m.start("organ") : m.end("organ")])
        if m.group("title") is None:
            added.append(BodyMatch(m.start(), end, f"{organ} {named}", "composite"))
            continue
        added.append(BodyMatch(m.start(), m.end("organ"), f"{organ} {named}", "composite"))
        if m.group("organ2") is not None:
            second = words.organs.get(" ".join(m.group("organ2").split()), m.group("organ2"))
            added.append(BodyMatch(m.start("organ2"), end, f"{second} {named}", "composite"))
    if not added:
        return matches
    spans = [(a.start, a.end) for a in added]
    kept = [m for m in matches if not any(m.start < e and s < m.end for s, e in spans)]
    return sorted(kept + added, key=lambda m: m.start)


def _name_end(t: Text, pos: int, rules: BodyRules) -> int | None:
    """The end of the unit's number or name printed from ``pos``; None where none is printed there."""
    words = t.words_after(pos)
    if not words or words[0][0] != pos:
        return None
    s, e = words[0]
    if t.raw[s].isdigit():
        return None if _counted(t, e, rules) else e
    if t.low[s:e] == "số" and len(words) > 1 and words[1][0] == e + 1 and t.raw[words[1][0]].isdigit():
        return None if _counted(t, words[1][1], rules) else words[1][1]  # "tổ dân phố số 20"
    n = 0
    while n < len(words) and (n == 0 or t.raw[words[n - 1][1] : words[n][0]] == " "):
        ws, we = words[n]
        if not t.raw[ws].isupper() or we - ws > 1 and t.raw[ws:we].isupper():
            break  # a lower-case word or an acronym ends the name
        n += 1
    n = next((i for i in range(1, n) if _person_starts(t, words, i, n, rules)), n)
    if n == 0:
        return None
    end = words[n - 1][1]
    if n < len(words) and words[n][0] == end + 1 and t.raw[end] == " " and t.raw[words[n][0]].isdigit() \
            and not _counted(t, words[n][1], rules):
        return words[n][1]  # "Tổ dân phố Hòa Bình 2"
    return end


def _person_starts(t: Text, words: list[tuple[int, int]], i: int, n: int, rules: BodyRules) -> bool:
    """A person's name starts at word ``i`` of a run of ``n`` capitalized words: a surname before a middle name, or
    a surname opening the run's last three or four words ("thôn Đoài [Nguyễn Văn An]", "thôn Cao [Nguyễn Thị Hà]")."""
    if fold(t.raw[slice(*words[i])]) not in rules.surnames:
        return False
    middle = i + 1 < n and fold(t.raw[slice(*words[i + 1])]) in rules.middle_names
    return middle or 3 <= n - i <= MOST_PERSON_WORDS


def _counted(t: Text, pos: int, rules: BodyRules) -> bool:
    """A count word right after the number ending at ``pos`` ("thôn 2 lần"): the number is a count."""
    count = rules.name_words.villages.count
    return count is not None and count.match(t.low, pos) is not None
