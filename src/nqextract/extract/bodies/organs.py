"""A foreign state's organ named at length, its country printed last: a capitalized head (``organ_head``), one to
six words that no stop word (``organ_stop``), clause word, verb or punctuation interrupts, then the country, which no
capitalized word follows; a head opening a sentence needs a capitalized word after it (a common noun or a verb is
capitalized there too) ("Lực lượng Vệ binh Cách mạng Hồi giáo Iran", "Văn phòng truyền thông tổng thống
Philippines", "Hội đồng hành chính quốc gia Myanmar"). The country must be printed there: no country is inferred;
a capitalized word after it ("chính phủ Mỹ Latin", "Israel Hayom", "Anh – Việt") makes it part of another name, none; nor is a
movement's force an organ ("Lực lượng Houthi Yemen": bodies.tsv kind movement)."""

from __future__ import annotations

from ...nlp import CLAUSE_TAGS
from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_MAX_WORDS = 6


def foreign_organs(t: Text, rules: BodyRules, tags: dict[int, str] | None) -> list[BodyMatch]:
    organs = rules.organs
    if organs is None or rules.countries is None or tags is None:
        return []
    out = []
    for m in organs.heads.finditer(t.low):
        start = m.start()
        if not t.raw[start].isupper() or (organs.not_after and organs.not_after.search(t.low, max(0, start - 16), start)):
            continue
        if _opens_sentence(t, start) and t.raw[m.end() : m.end() + 1].islower():
            continue  # "Lực lượng cứu hộ Thái Lan ...", "Tổ chức lễ hội văn hóa Nhật Bản ...": a common noun or a verb
        end = _country_end(t, m.end(), rules, tags)
        if end is None:
            continue
        name = " ".join(t.tones[start:end].split())
        if any(f" {fold(mv)} " in f" {fold(name)} " for mv in rules.movements):
            continue  # "Lực lượng Houthi Yemen": a movement and its country, no state organ
        out.append(BodyMatch(start, end, name, "organ"))
    return out


def _opens_sentence(t: Text, start: int) -> bool:
    """The word at ``start`` opens a sentence or a line (its capital says nothing of a name)."""
    before = t.raw[max(0, start - 3) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n…"


def _country_end(t: Text, pos: int, rules: BodyRules, tags: dict[int, str]) -> int | None:
    """End of the country closing the run of words from ``pos`` (None: no such country). Lower-case words are the
    organ's description: no stop word, no clause word and no verb ("Hội đồng quản trị quyết định đầu tư Lào", "Tổ
    chức Du lịch quảng bá ẩm thực Nhật Bản" are clauses)."""
    organs = rules.organs
    assert organs is not None and rules.countries is not None
    words = 0
    prev = pos
    for ws, we in t.words_after(pos):
        if (ws != pos if not words else t.raw[prev:ws] != " ") or not t.raw[ws].isalnum():
            return None  # punctuation between the words or as one: the run ends without a country
        if words and (cm := rules.countries.match(t.tones, prev)):
            after = cm.end()
            if after < len(t.raw) and (t.raw[after].isalnum() or t.raw[after : after + 2].strip()[:1].isupper()
                                       or t.raw[after] in "-–" and t.raw[after + 1 : after + 2].isalpha()
                                       or t.raw[after : after + 3] in (" - ", " – ")
                                       and t.raw[after + 3 : after + 4].isupper()):
                return None  # "Mỹ Latin", "Israel Hayom", "Nga-Ukraine", "Anh – Việt": another name
            return after
        if t.raw[ws].islower():
            low = fold(t.raw[ws:we])
            nxt = t.word_end(we + 1) if t.raw[we : we + 1] == " " else None
            if low in organs.stops or (nxt and f"{low} {fold(t.raw[we + 1 : nxt])}" in organs.stops):
                return None
            if (tag := tags.get(ws, "N")[:1]) in CLAUSE_TAGS or tag == "V":
                return None
        words += 1
        if words > _MAX_WORDS:
            return None
        prev = we
    return None
