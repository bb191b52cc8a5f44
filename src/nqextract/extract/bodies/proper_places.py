"""Phase 4, where a proper name ends at a place: the country printed after its lower-case words ("Tổng công ty
khí Việt Nam", "Hội Bảo vệ người tiêu dùng Việt Nam"), a place after a level word or a known place ("Trung tâm
Kiểm soát bệnh tật tỉnh Quảng Nam", "Ban Quản lý dịch vụ công ích TP Nha Trang")."""

from __future__ import annotations

from ...nlp import CLAUSE_TAGS
from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import Text, is_word

COMMON_NOUN_TAGS = {"N", "Nc", "Nu"}  # a common noun, a classifier, a unit: no name, no description
_PLACED_WORDS = 6  # the lower-case words a body's name read past a head's place may hold before its own place


def national_end(t: Text, pos: int, rules: BodyRules, limit: int = 3) -> int | None:
    """End of a ``national_suffix`` ("Việt Nam") printed after at most ``limit`` lower-case words from
    ``pos`` that are no clause words ("... Bảo vệ người tiêu dùng Việt Nam"), else None."""
    p = pos
    for _ in range(limit):
        we = t.word_end(p)
        if not we or not t.raw[p:we][:1].islower():
            return None
        low = t.low[p:we]
        if low in rules.topic_stops or low in rules.checks.grammar.conjunctions:
            return None
        if t.raw[we : we + 1] != " ":
            return None
        p = we + 1
        for suffix in rules.national_suffixes:
            if t.tones.startswith(suffix, p) and not is_word(t.raw, p + len(suffix)):
                return p + len(suffix)
    return None


def noun_national_end(t: Text, pos: int, rules: BodyRules, tags: dict[int, str]) -> int | None:
    """End of a national name printed in lower-case common nouns after its head ("Tổng công ty [khí] Việt Nam");
    an adjective or a verb there is a description ("Tập đoàn lớn nhất Việt Nam"), none."""
    end = national_end(t, pos, rules, limit=2)
    if end is None:
        return None
    suffix = next(sx for sx in rules.national_suffixes if t.tones.startswith(sx, end - len(sx)))
    words = [p for p in tags if pos <= p < end - len(suffix) - 1]  # the words before the national_suffix
    return end if words and all(tags[p] in COMMON_NOUN_TAGS for p in words) else None


def placed_end(t: Text, pos: int, rules: BodyRules, tags: dict[int, str], limit: int = 4) -> int | None:
    """End of a place printed after at most ``limit`` lower-case words from ``pos`` that are no clause words:
    "Viện Nghiên cứu [phát triển] TP.HCM", "Trung tâm Kiểm soát [bệnh tật] tỉnh Quảng Nam"."""
    if rules.places is None:
        return None
    p = pos
    for _ in range(limit):
        we = t.word_end(p)
        if we and p > pos and t.raw[p:we].isupper() and t.low[p:we] in rules.level_words and t.raw[we : we + 1] == " ":
            return named_place_end(t, we + 1, rules)  # "Ban Quản lý [dịch vụ công ích] TP Nha Trang"
        if not we or not t.raw[p:we][:1].islower() or t.raw[we : we + 1] != " ":
            return None
        low = t.low[p:we]
        if low in rules.topic_stops or low in rules.checks.grammar.conjunctions or tags.get(p, "N")[:1] in CLAUSE_TAGS:
            return None  # "Viện Nghiên cứu phát triển mạnh [ở] TP.HCM": a preposition, an adverb: a clause
        p = we + 1
        pm = rules.places.match(t.low, p)
        level = t.low[max(0, pos - 1) : p].split()  # the place's level word printed before it ("thành phố")
        after_level = level[-1] in rules.level_words or " ".join(level[-2:]) in rules.level_words
        if pm and t.capital_at(p) and not is_word(t.raw, pm.end()):
            if fold(t.raw[p:pm.end()]).startswith("tp") or after_level:
                return pm.end()
        if after_level and len(level) > 1 and (named := named_place_end(t, p, rules)) is not None:
            return named  # "Ban Quản lý [dịch vụ công ích] thành phố Nha Trang": a city no gazetteer row names
    return None


def named_place_end(t: Text, p: int, rules: BodyRules, limit: int = 3) -> int | None:
    """End of a place's name printed after its level word: one to ``limit`` capitalized syllables of letters
    ("Nha Trang", "Kỳ Anh") that no capitalized word follows (a person's name would: "huyện Ba Vì Lê Hoa");
    None otherwise, or where a surname and a middle name open three of them ("tỉnh Nguyễn Văn Giang": a person)."""
    first = t.word_end(p)
    second = t.word_end(first + 1) if first and t.raw[first : first + 1] == " " else None
    third = t.word_end(second + 1) if second and t.raw[second : second + 1] == " " else None
    if third and t.capital_at(second + 1) and fold(t.raw[p:first]) in rules.surnames and \
            fold(t.raw[first + 1 : second]) in rules.middle_names:
        return None
    end = None
    for count in range(limit + 1):
        we = t.word_end(p)
        if not we or not t.raw[p:we].isalpha() or not t.raw[p].isupper() or t.raw[p:we].isupper():
            break
        if end is not None and count == limit:
            return None  # more capitalized words than a place's name holds
        end = we
        if t.raw[we : we + 1] != " ":
            break
        p = we + 1
    return end


def head_place(t: Text, end: int, head: str, rules: BodyRules, tags: dict[int, str] | None) -> bool:
    """The head ending at ``end`` opens a known place's name printed whole ("Hội An", "Trường Sa", "Đài Bắc"): its
    words capitalized, no capitalized word after them, and no body's name going on in lower-case words to a place
    after its level word ("Hội An toàn thực phẩm tỉnh X" is a body)."""
    rx = rules.head_places.get(fold(head))
    pm = rx.match(t.low, end) if rx else None
    if pm is None or not all(w[:1].isupper() for w in t.raw[end : pm.end()].split()):
        return False
    if t.raw[pm.end() : pm.end() + 1] != " " or not is_word(t.raw, pm.end() + 1):
        return True
    if t.capital_at(pm.end() + 1):
        return False  # more capitalized words: another name ("Trường Sa Hoàng ...")
    nxt = t.low[pm.end() + 1 : pm.end() + 20].split()[:2]
    if nxt[0] in rules.level_words or " ".join(nxt) in rules.level_words:
        return True  # "Hội An, tỉnh Quảng Nam": the place and its province
    return placed_end(t, pm.end() + 1, rules, tags or {}, limit=_PLACED_WORDS) is None
