"""A foreign state's organ named at length, its country printed last: a capitalized head (``organ_head``), one to
six words that no stop word (``organ_stop``), clause word, verb or punctuation interrupts, then the country, which no
capitalized word follows; a head opening a sentence, a list item or a clause after ";" needs a capitalized word after
it (a common noun or a verb is capitalized there too) ("Lực lượng Vệ binh Cách mạng Hồi giáo Iran", "Văn phòng
truyền thông tổng thống Philippines", "Hội đồng hành chính quốc gia Myanmar"). Words printed wholly in lower case
name an organ only with a state word among them (``organ_state_word``: "tổng thống", "quốc gia"; not "Cảnh sát địa
phương Ấn Độ", "Hội đồng giám khảo Hàn Quốc"); capitalized words before the country that open with a surname are a
person's name ("Cảnh sát khu vực Nguyễn Minh Đức"). The country must be printed there: no country is inferred; a
capitalized word after it ("chính phủ Mỹ Latin", "Israel Hayom", "Anh – Việt") makes it part of another name, none;
nor is a movement's force an organ ("Lực lượng Houthi Yemen": bodies.tsv kind movement). A state word the tagger
reads as a verb goes on ("Lực lượng tên lửa chiến lược Nga"); "của" may stand before the country when every word of
the run is lower case, left out of the name ("Cơ quan tình báo của Ukraine" -> "Cơ quan tình báo Ukraine"; not
"Cơ quan tình báo Mossad của Israel"); a head opening a sentence with a lower-case word after it names an organ only
with a state word in the run ("Văn phòng tổng thống X cho biết"; not "Lực lượng cứu hộ X đã có mặt"). Words an
earlier phase already reads, the run or the run before "của", keep that reading ("Văn phòng quốc hội của X": the
listed "Văn phòng Quốc hội", named with X later, not "Văn phòng quốc hội X")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...nlp import CLAUSE_TAGS
from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text

_MAX_WORDS = 6
_OWNER = "của"  # printed before the country, it is left out of the name
_MAX_STOP = 4  # syllables of the longest stop ("phi chính phủ") or state word ("bảo vệ bờ biển")
# a list item's marker before the head on its line: "a)", "1.", "2)", "-", "+", "•"
_LIST_MARKER = re.compile(r"[ \t]*(?:[-+•–*]|\(?(?:\d{1,2}|[a-zđ])[.)])[ \t]*[\"'“‘(]*")


def foreign_organs(t: Text, rules: BodyRules, tags: dict[int, str] | None, read: Sequence[BodyMatch] = ()
                   ) -> list[BodyMatch]:
    """The organs of ``t``; ``read``: the mentions earlier phases found, whose reading of the same words is kept."""
    organs = rules.organs
    if organs is None or rules.countries is None or tags is None:
        return []
    spans = {(m.start, m.end) for m in read}
    out = []
    for m in organs.heads.finditer(t.low):
        start = m.start()
        if not t.raw[start].isupper() or (organs.not_after and organs.not_after.search(t.low, max(0, start - 16), start)):
            continue
        opening = _opens_sentence(t, start) and t.raw[m.end() : m.end() + 1].islower()
        found = _country_end(t, m.end(), rules, tags, fold(m.group().strip()))
        if found is None:
            continue
        end, owner = found
        if (start, end) in spans or owner is not None and (start, owner[0]) in spans:
            continue  # "Văn phòng quốc hội của X": an earlier phase's reading ("Văn phòng Quốc hội" of X) is kept
        if opening and not organs.has_state_word(fold(t.raw[m.end() : end])):
            continue  # "Lực lượng cứu hộ Thái Lan ...", "Tổ chức lễ hội văn hóa Nhật Bản ...": a common noun or a verb
        # "Lực lượng tên lửa chiến lược của Nga" -> "Lực lượng tên lửa chiến lược Nga"
        name = " ".join((t.tones[start:end] if owner is None else t.tones[start : owner[0]] + t.tones[owner[1] : end]).split())
        if any(f" {fold(mv)} " in f" {fold(name)} " for mv in rules.movements):
            continue  # "Lực lượng Houthi Yemen": a movement and its country, no state organ
        out.append(BodyMatch(start, end, name, "organ"))
    return out


def _opens_sentence(t: Text, start: int) -> bool:
    """The word at ``start`` opens a sentence, a line, a list item ("a) ", "- ", "1. ") or a clause after ";" (its
    capital says nothing of a name)."""
    before = t.raw[max(0, start - 3) : start].rstrip(" \t\"'“‘(")
    if not before or before[-1] in ".!?:;\n…":
        return True
    line = t.raw.rfind("\n", 0, start) + 1
    return start - line <= 8 and _LIST_MARKER.fullmatch(t.raw, line, start) is not None


def _country_end(t: Text, pos: int, rules: BodyRules, tags: dict[int, str], head: str = ""
                 ) -> tuple[int, tuple[int, int] | None] | None:
    """End of the country closing the run of words from ``pos`` (None: no such country). Lower-case words are the
    organ's description: no stop word, no clause word and no verb ("Hội đồng quản trị quyết định đầu tư Lào", "Tổ
    chức Du lịch quảng bá ẩm thực Nhật Bản" are clauses)."""
    organs = rules.organs
    assert organs is not None and rules.countries is not None
    run: list[tuple[int, int]] = []
    prev, owner = pos, None
    following = t.words_after(pos)
    for i, (ws, we) in enumerate(following):
        if (ws != pos if not run else t.raw[prev:ws] != " ") or not t.raw[ws].isalnum():
            return None  # punctuation between the words or as one: the run ends without a country
        if run and owner is None and t.low[ws:we] == _OWNER and all(t.raw[s].islower() for s, _ in run) and (
                rules.countries.match(t.tones, we)):
            owner, prev = (ws - 1, we), we  # "Lực lượng tên lửa chiến lược của Nga": lower-case words only
            continue  # (not "Cơ quan tình báo Mossad của Israel", the organ's own name)
        if run and (cm := rules.countries.match(t.tones, prev)):
            after = cm.end()
            if after < len(t.raw) and (t.raw[after].isalnum() or t.raw[after : after + 2].strip()[:1].isupper()
                                       or t.raw[after] in "-–" and t.raw[after + 1 : after + 2].isalpha()
                                       or t.raw[after : after + 3] in (" - ", " – ")
                                       and t.raw[after + 3 : after + 4].isupper()):
                return None  # "Mỹ Latin", "Israel Hayom", "Nga-Ukraine", "Anh – Việt": another name
            return (after, owner) if _names_an_organ(t, run, rules, head) else None
        if t.raw[ws].islower():
            if _stop_at(t, following[i : i + _MAX_STOP], organs.stops):
                return None
            if ((tag := tags.get(ws, "N")[:1]) in CLAUSE_TAGS or tag == "V") and not _stop_at(
                    t, following[i : i + _MAX_STOP], frozenset(organs.state_words)):
                return None  # a verb ends the run; a state word the tagger calls one does not ("tên lửa")
        run.append((ws, we))
        if len(run) > _MAX_WORDS:
            return None
        prev = we
    return None


def _stop_at(t: Text, words: list[tuple[int, int]], stops: frozenset[str]) -> bool:
    """A stop (or state) word of one to four syllables opens ``words`` (blank-separated words only)."""
    key = ""
    for j, (ws, we) in enumerate(words):
        if j and t.raw[words[j - 1][1] : ws] != " ":
            break
        key = f"{key} {fold(t.raw[ws:we])}" if key else fold(t.raw[ws:we])
        if key in stops:
            return True
    return False


def _names_an_organ(t: Text, run: list[tuple[int, int]], rules: BodyRules, head: str = "") -> bool:
    """The words between the head and the country describe a state organ: in lower case only, a state word among
    them or a head that is one ("văn phòng tổng thống", "Cục hải quan"; not "cảnh sát địa phương"); the capitalized words right before the country no
    person's name opening with a surname ("khu vực Nguyễn Minh [Đức]"), unless they spell a state word ("Vũ Trang")."""
    organs = rules.organs
    assert organs is not None
    folded = [fold(t.raw[ws:we]) for ws, we in run]
    if all(t.raw[ws].islower() for ws, _ in run) and not organs.has_state_word(" ".join([head, *folded])):
        return False
    i = len(run)
    while i and t.raw[run[i - 1][0]].isupper():
        i -= 1
    if i < len(run) and folded[i] in rules.surnames:
        return any(" ".join(folded[i : i + len(w.split())]) == w for w in organs.state_words)
    return True
