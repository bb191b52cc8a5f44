"""Where a company's name ends at its sentence's predicate: after the firm's own name, a word the tagger reads as
a proper noun ("Công ty Cà phê Tân Nguyên", "Tổng công ty Phân bón Dầu khí Cà Mau"), the predicate may open with a
lower-case adjective or adverb the tagger glued to no noun ("[chủ yếu] xuất khẩu", "[cơ bản] đáp ứng", "[chuyên] kinh
doanh") or the name may be coordinated with a common noun ("[và chính quyền] địa phương"): neither is the name's.
The lines of business the press prints in title case and the regions after them ("Tổng công ty Điện Lực miền
Nam", "Công ty Lọc Hóa dầu Bình Sơn") are nouns of the tagger's and go on; only the heads of a company's name read
with its lines (``brand_line_head`` rows of body_patterns.tsv: "Công ty", "Tổng công ty") are ended so."""

from __future__ import annotations

from ...textnorm import fold
from ..body_rules import BodyRules
from ..persons.scan import looks_vietnamese
from .scan import Text

_OWN_WORDS = 4  # the capitalized words a firm's own name opening with a surname's word may hold
OWN_NAME_TAGS = frozenset({"Np"})  # the tagger's proper noun: the firm's own name
PREDICATE_OPENERS = frozenset({"A", "R"})  # an adjective or adverb of the tagger's opening the predicate
PREDICATE_NEXT = frozenset({"V", "R", "E"})  # ... before a verb, an adverb or a preposition


def _tag_before(q: int, tags: dict[int, str]) -> str | None:
    """The tag of the tagger's word that ends before ``q`` (the last word of the name read so far)."""
    return next((tags[s] for s in range(q - 1, max(-1, q - 40), -1) if s in tags), None)


def _next_tag(t: Text, q: int, tags: dict[int, str]) -> str | None:
    """The tag of the tagger's word after the one starting at ``q``."""
    return next((tags[s] for s in range(q + 1, min(len(t.raw), q + 40)) if s in tags), None)


def own_name_before(q: int, tags: dict[int, str] | None) -> bool:
    """The name read up to ``q`` ends with a word the tagger reads as a proper noun."""
    return tags is not None and _tag_before(q, tags) in OWN_NAME_TAGS


def predicate_at(t: Text, q: int, tags: dict[int, str] | None) -> bool:
    """The lower-case word of the tagger's own at ``q``, after the firm's own name, opens the sentence's predicate:
    an adjective or an adverb before a verb, an adverb or a preposition ("Công ty Cà phê Tân Nguyên [chủ yếu] xuất
    khẩu")."""
    if tags is None or q not in tags or not t.raw[q : q + 1].islower() or tags[q] not in PREDICATE_OPENERS:
        return False
    return own_name_before(q, tags) and _next_tag(t, q, tags) in PREDICATE_NEXT


def _level_at(t: Text, q: int, rules: BodyRules) -> bool:
    """A place's level word opens at ``q`` ("[Thành phố] Hồ Chí Minh", "[Tỉnh] Cà Mau"): the place after a name."""
    return any(t.low.startswith(w, q) and not t.low[q + len(w) : q + len(w) + 1].isalnum() for w in rules.level_words)


def _tail_named(t: Text, q: int, rules: BodyRules, tags: dict[int, str] | None) -> bool:
    """The lower-case word at ``q`` goes on the name with a capitalized word after it ("Lương Thực [miền] Nam"):
    a noun of the tagger's (without tags, any word but a conjunction) before a capitalized word."""
    we = t.word_end(q)
    if not we or not t.raw[q : q + 1].islower() or t.raw[we : we + 1] != " " or not t.raw[we + 1 : we + 2].isupper():
        return False
    if tags is not None:
        return tags.get(q, "").startswith("N")
    return fold(t.raw[q:we]) not in rules.checks.grammar.conjunctions


def surname_name_end(t: Text, pos: int, head: str, rules: BodyRules, blocked: set[int],
                     tags: dict[int, str] | None = None) -> int | None:
    """End of a firm's or a hospital's own name printed right after its head (``pos``: the head's end) and opening
    with a surname's word ("Tập đoàn [Vạn Thịnh Phát]", "Bệnh viện [Từ Dũ]"; body_patterns.tsv's surname_name_head
    rows): two to four capitalized Vietnamese words whose second is no middle name; with a middle name second they
    are a person's name after the body ("Giám đốc Công ty Nguyễn Mạnh Toán"). The name ends before a later surname
    opening a person's name (a surname and another capitalized word: "Tập đoàn X Y [Trần Văn Z]") and before a
    place's level word ("Bệnh viện X Y [Thành phố] ..."). A run of capitalized words longer than four, a foreign word
    in it ("Công ty X Y Samsung") or a lower-case tail the name goes on with ("... [miền Nam]") is refused: None."""
    if fold(head) not in rules.firms.surname_heads:
        return None
    ends: list[int] = []
    words: list[str] = []
    end, at_level = pos, False
    while len(words) <= _OWN_WORDS + 1 and t.raw[end : end + 1] == " " and end + 1 not in blocked and (
            we := t.word_end(end + 1)) and t.raw[end + 1].isupper() and t.raw[end + 1 : we].isalpha():
        if len(words) >= 2 and _level_at(t, end + 1, rules):
            at_level = True
            break
        words.append(fold(t.raw[end + 1 : we]))
        ends.append(we)
        end = we
    n = next((i for i in range(2, len(words) - 1) if words[i] in rules.surnames), len(words))
    if not 2 <= n <= _OWN_WORDS or words[0] not in rules.surnames or words[1] in rules.middle_names:
        return None
    if not all(looks_vietnamese(w) for w in words[:n]):
        return None
    if n == len(words) and not at_level and t.raw[ends[-1] : ends[-1] + 1] == " " and _tail_named(
            t, ends[-1] + 1, rules, tags):
        return None
    return ends[n - 1]
