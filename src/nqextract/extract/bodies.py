"""bodies: named Party, State and mass organizations, with canonical full names.

Sources of a mention, all driven by data files in ``src/nqextract/data``:

- ``bodies.tsv``: gazetteer of named bodies and their printed variants (old and new ministry names);
- ``abbreviations.tsv``: UBND, HĐND, MTTQ, BCH TW, ... (case-sensitive whole words);
- ``body_places.tsv`` + ``body_patterns.tsv`` ``local_head``/``party_local_head``: local bodies
  ("UBND tỉnh Nghệ An" -> "Ủy ban nhân dân tỉnh Nghệ An", "Thành ủy TP.HCM");
- ``topic_head``: long names ended by the clause structure ("Ban Chỉ đạo Trung ương về phát triển
  khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (Ban Chỉ đạo) đã tổ chức ...");
- ``prefix``: a head glued to a body ("Đảng ủy" + "Quốc hội", "Thường trực" + "Ban Chỉ đạo");
- definitions "<name> (<short form>)" and bare heads ("Ủy ban", "Ban Chỉ đạo") resolved in the article;
- ``ministry_title``: "Bộ trưởng Công an" -> "Bộ Công an".

A body printed inside another body's name ("Quốc hội" in "Đảng ủy Quốc hội") is not a mention of
its own; a body inside a person's title ("Ủy viên Bộ Chính trị") is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ExtractError
from ..models import Body, Mention
from ..textnorm import fold, strip_diacritics
from .body_rules import (
    BodyRules,
    Place,
    bounded,
    fast_tones,
    load_rules,
    lower_same_length,
    norm_key,
    phrase_regex,
)
from .body_rules import (
    key as rule_key,
)
from .view import set_spans, view

LABEL = "BODY"
UNNAMED = "unnamed"  # source of a head printed without its name: hides what it covers, never output
_WORD = re.compile(r"[^\W_]+(?:[.&][^\W_]+)*|[^\w\s]", re.UNICODE)
_TERM = re.compile(r"\s+(khóa|đại hội)\s+([ivxlc]+|\d+)(?!\w)")
_DOC_NUMBER = re.compile(r"\d+(?:[-/.][\w]+)*(?![\w])")
_VIETNAM = re.compile(r" việt nam(?!\w)")
_DEFINITION = re.compile(
    r"\s*\(\s*(?:(?:sau đây )?gọi tắt là\s+|sau đây gọi là\s+)?([^\W\d_][^()\n]{0,70}?)\s*\)"
)


@dataclass(frozen=True)
class BodyMatch:
    """One printed mention of a body: ``text[start:end]`` names the body ``name``."""

    start: int
    end: int
    name: str
    source: str
    head: str = ""  # for topic names: the head ("Ban Chỉ đạo"); "" otherwise
    weak: bool = False  # topic name without "về" or qualifier (may be a verb phrase)
    province: str = ""  # for local bodies of a province: "tỉnh Nghệ An"; for unnamed heads: the head


# --------------------------------------------------------------------------- matching a text


class _Text:
    """The text three ways: as printed, tone-canonical (same length) and lower-cased (same length)."""

    def __init__(self, text: str) -> None:
        self.raw = text
        self.tones = fast_tones(text)
        if len(self.tones) != len(text):  # pragma: no cover - canonical_tones keeps the length
            self.tones = text
        self.low = lower_same_length(self.tones)

    def capital_at(self, i: int) -> bool:
        return i < len(self.raw) and (self.raw[i].isupper() or self.raw[i].isdigit())

    def words_after(self, pos: int) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in _WORD.finditer(self.raw, pos, min(len(self.raw), pos + 400))]


def _gazetteer(t: _Text, rules: BodyRules) -> list[BodyMatch]:
    out = []
    last_end = 0
    for first in rules.gazetteer_starts.finditer(t.low) if rules.gazetteer and rules.gazetteer_starts else ():
        if first.start() < last_end or not (m := rules.gazetteer.match(t.low, first.start())):
            continue
        name, term = rules.gazetteer_groups[m.lastgroup or ""]
        start, end = m.start(), m.end()
        last_end = end
        if not t.capital_at(start):
            continue
        blocker = rules.not_followed.get(fold(name))
        if blocker and blocker.match(t.low, end):
            continue
        canonical = name
        if term and (tm := _TERM.match(t.low, end)):
            end = tm.end()
            canonical = f"{name} {'khóa' if tm.group(1) == 'khóa' else 'Đại hội'} {tm.group(2).upper()}"
        out.append(BodyMatch(start, end, canonical, "gazetteer"))
    for rx, expansion, literal in rules.abbreviations:
        if literal not in t.tones:
            continue
        for m in rx.finditer(t.tones):
            out.append(BodyMatch(m.start(), m.end(), expansion, "abbreviation"))
    return out


def _place_at(t: _Text, pos: int, rules: BodyRules, need_known: bool) -> tuple[int, str, Place | None] | None:
    """A place name starting at ``pos`` (after spaces): (end, printed, known place or None)."""
    while pos < len(t.raw) and t.raw[pos] == " ":
        pos += 1
    if rules.places is not None and t.capital_at(pos) and (m := rules.places.match(t.low, pos)):
        place = rules.place_by_key.get(norm_key(t.raw[m.start() : m.end()]).replace(" ", ""))
        if place is not None:
            return m.end(), t.raw[pos : m.end()], place
    if need_known:
        return None
    end = pos
    count = 0
    for ws, we in t.words_after(pos):
        if ws != end and (count == 0 or t.raw[end:ws] != " "):
            break
        word = t.raw[ws:we]
        if not (word[0].isupper() or word.isdigit()) or not word[0].isalnum():
            break
        if count >= 2 and fold(word) in rules.surnames:
            break
        end = we
        count += 1
        if count == 4:
            break
    if count == 0:
        return None
    if count >= 3 and fold(t.raw[pos:end].split()[0]) in rules.surnames:
        return None  # "UBND TP Bùi Xuân Cường": a person's name, not a place
    if fold(t.raw[pos:end]).rstrip(".") in rules.level_words:
        return None  # "Thành ủy TP...": the level word alone names no place
    return end, t.raw[pos:end], None


def _local(t: _Text, rules: BodyRules) -> list[BodyMatch]:
    out = []
    for rx, exact in rules.local_heads:
        for m in rx.finditer(t.tones if exact else t.low):
            head, glued = rules.local_groups[m.lastgroup or ""]
            lower = not t.capital_at(m.start())
            if lower and fold(head) not in rules.lower_local_heads:
                continue
            pos = m.end()
            if ab := _PAREN_ACRONYM.match(t.raw, pos):  # "đoàn đại biểu Quốc hội (ĐBQH) TP Đà Nẵng"
                pos = ab.end()
            if pos >= len(t.raw) or t.raw[pos] not in " \u00a0":
                out.append(BodyMatch(m.start(), m.end(), "", UNNAMED, province=head))
                continue
            if glued:
                found = _place_at(t, pos, rules, need_known=True)
                if found is None:  # "Thành ủy TP Hà Nội": a level word may come before the place
                    lm = next((lm for lrx, _ in rules.levels if (lm := lrx.match(t.low, pos + 1))), None)
                    found = _place_at(t, lm.end() if lm else pos, rules, need_known=False)
                if found is None:
                    out.append(BodyMatch(m.start(), m.end(), "", UNNAMED, province=head))
                    continue
                end, printed, place = found
                where = place.display if place else printed
                province = f"{place.level} {place.name}" if place else ""
                out.append(BodyMatch(m.start(), end, f"{head} {where}", "local", province=province))
                continue
            level = None
            p = pos + 1
            found = _place_at(t, p, rules, need_known=True)  # "TP.HCM" before the level word "TP"
            if found is None:
                for lrx, lvalue in rules.levels:
                    if lm := lrx.match(t.low, p):
                        level, p = lvalue, lm.end()
                        break
                found = _place_at(t, p, rules, need_known=level is None)
            if found is None or (lower and found[2] is None):
                # no place: an unnamed local body ("Ủy ban Mặt trận Tổ quốc các cấp"); it still hides
                # the bodies printed inside its head ("Mặt trận Tổ quốc")
                out.append(BodyMatch(m.start(), m.end(), "", UNNAMED, province="" if lower else head))
                continue
            end, printed, place = found
            province = ""
            if place is not None and (level is None or fold(level) in ("tỉnh", "thành phố")):
                where = province = f"{place.level} {place.name}"
            elif place is not None:
                where = f"{level} {place.name}"
            else:
                where = f"{level} {printed}"
            out.append(BodyMatch(m.start(), end, f"{head} {where}", "local", province=province))
    return out


def _topic_tail(t: _Text, pos: int, rules: BodyRules) -> tuple[int, bool, int]:
    """End of a topic name starting at ``pos``; (end, has "về" or qualifier, number of topic words)."""
    strong = False
    end = pos
    p = pos
    # qualifiers and numbers glued to the head: "Trung ương", "quốc gia", "389"
    while True:
        q = re.match(r"\s+", t.low[p:])
        if not q:
            break
        p2 = p + q.end()
        hit = next((w for w in rules.qualifiers if t.low.startswith(w, p2) and not _is_word(t.low, p2 + len(w))), None)
        if hit is None and (d := re.match(r"\d+(?!\w)", t.low[p2:])):
            hit = d.group(0)
        if hit is None:
            break
        p = end = p2 + len(hit)
        strong = True
    m = re.match(r"\s+về\s+", t.low[p:])
    bare = m is None and p == pos  # the topic starts right after the head
    if m:
        p += m.end() - 1
        strong = True
    words = 0
    while True:
        m = re.match(r"(\s*[,]\s*|\s+và\s+|\s*[-–]\s*|\s+)", t.low[p:])
        if not m:
            break
        sep = m.group(0)
        q = p + m.end()
        wm = _WORD.match(t.raw, q)
        if wm and wm.group(0)[0].isdigit() and words and sep.strip() == "":
            # a document number after "số" or a document type: "... tổng kết Nghị quyết số 18-NQ/TW"
            prev_words = t.low[max(0, q - 14) : q].split()
            if prev_words and (prev_words[-1] == "số" or " ".join(prev_words[-2:]) in rules.topic_doc_words):
                num = _DOC_NUMBER.match(t.raw, q)
                if num:
                    p = end = num.end()
                    words += 1
                    continue
        if not wm or not wm.group(0)[0].isalpha():
            break
        word_low = t.low[q : wm.end()]
        nxt = _WORD.match(t.low, wm.end() + 1) if t.raw[wm.end() : wm.end() + 1] == " " else None
        pair = f"{word_low} {nxt.group(0)}" if nxt else ""
        prev = t.low[max(0, q - 12) : q].split()[-1:]
        kept = pair in rules.topic_keep or (prev and f"{prev[0]} {word_low}" in rules.topic_keep)
        if not kept and (word_low in rules.topic_stops or pair in rules.topic_stop_pairs):
            break
        if t.raw[q].isupper() and words == 0 and bare and _title_case_topic(t, q, wm.end(), rules):
            p = end = wm.end()  # "Ban Chỉ đạo Phòng chống thiên tai và ...": the topic's first word capitalized
            words += 1
            continue
        if t.raw[q].isupper():
            cap = next((c for c in rules.capital_ok if t.tones.startswith(c, q)), None)
            if cap is None:
                # a level word then a place ends the name: "... tỉnh Nghệ An"
                if _is_level(t.low[end - 10 : end], rules) and (pl := _place_at(t, q, rules, False)):
                    end = pl[0]
                break
            p = end = q + len(cap)
            words += 1
            continue
        if ("," in sep or "và" in sep) and words == 0:
            break
        p = end = wm.end()
        words += 1
        if words > 30:
            break
    return end, strong, words


def _title_case_topic(t: _Text, start: int, end: int, rules: BodyRules) -> bool:
    """A capitalized first topic word that opens a lower-case topic ("Phòng chống thiên tai"), not a
    person ("Nguyễn Văn A"), a place or a listed capitalized word."""
    word = t.low[start:end]
    if word in rules.surnames or any(t.tones.startswith(c, start) for c in rules.capital_ok):
        return False
    if rules.places is not None and rules.places.match(t.low, start):
        return False
    if t.raw[end : end + 1] != " ":
        return False
    nxt = _WORD.match(t.raw, end + 1)
    return bool(nxt) and nxt.group(0)[:1].islower() and t.low[nxt.start() : nxt.end()] not in rules.topic_stops


def _is_word(text: str, i: int) -> bool:
    return i < len(text) and text[i].isalnum()


def _is_level(before: str, rules: BodyRules) -> bool:
    tail = before.split()[-1:] if before.split() else []
    return bool(tail) and any(lrx.fullmatch(tail[0]) for lrx, _ in rules.levels)


def _topics(t: _Text, rules: BodyRules) -> list[BodyMatch]:
    out = []
    for rx, head, mode in rules.topic_heads:
        for m in rx.finditer(t.low):
            if not t.capital_at(m.start()):
                continue
            if _PLURAL_BEFORE.search(t.low, max(0, m.start() - 12), m.start()):
                continue  # "hai Ban Chỉ đạo", "các Hội đồng": a class, not a name
            end, strong, n_words = _topic_tail(t, m.end(), rules)
            owner = next(((om, v) for orx, v in rules.owner_suffixes if (om := orx.match(t.low, end))), None)
            if owner is not None:  # "Tổ công tác của Thủ tướng"
                printed = t.tones[m.start() : end]
                name = " ".join((head + printed[len(head) :]).split()) + " " + owner[1]
                out.append(BodyMatch(m.start(), owner[0].end(), name, "topic", head=head))
                continue
            if mode == "about" and not strong:
                continue
            if n_words == 1 and re.match(r"\s+về\s", t.low[m.end() : end]):
                continue  # "của Ủy ban về thực [hiện chính sách]": a verb phrase cut after one syllable
            if end == m.end():
                continue
            printed = t.tones[m.start() : end]
            # without "về" or a qualifier, only an enumeration ("phòng, chống ...") or a place makes a name
            rest = printed[len(head) :]
            # a document number ("... tổng kết nghị quyết 18") names the body as a capital or "về" would
            weak = not strong and "," not in printed and not any(c.isupper() or c.isdigit() for c in rest)
            name = " ".join((head + _capital_doc_types(rest, rules)).split())
            out.append(BodyMatch(m.start(), end, name, "topic", head=head, weak=weak))
    return out


def _capital_doc_types(rest: str, rules: BodyRules) -> str:
    """A document type printed in lower case before its number takes its capital ("nghị quyết 18")."""
    for cap in rules.capital_ok:
        if rule_key(cap) in rules.topic_doc_words:
            rx = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, cap.split())) + r"(?=\s+(?:số\s+)?\d)", re.I)
            rest = rx.sub(cap, rest)
    return rest


NOUN_TAGS = {"N", "Np", "Nc", "Nu", "Ny", "Nb", "A"}


def _proper(t: _Text, rules: BodyRules, tags: dict[int, str] | None, blocked: set[int]) -> list[BodyMatch]:
    """Proper names after a head: "Cục Cảnh sát giao thông", "Tổng cục Biển và Hải đảo Việt Nam"."""
    out = []
    # another head starts another body: "Trường đại học X và Trường đại học Y"
    found = [(m, head) for rx, head in rules.proper_heads for m in rx.finditer(t.low) if t.capital_at(m.start())]
    heads = {m.start() for m, _ in found}
    heads -= blocked
    blocked = blocked | heads
    listed = blocked - heads
    for m, head in found:
        if m.end() >= len(t.raw) or t.raw[m.end()] != " ":
            continue
        before = t.raw[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
            continue  # "Tây Ban Nha"
        if rules.level_before and rules.level_before.search(t.low[max(0, m.start() - 12) : m.start()]):
            continue  # "thành phố Hội An"
        if m.start() in listed:
            continue  # a listed body, local body or topic name starts here
        end = _proper_tail(t, m.end(), rules, tags, blocked, head in rules.lower_heads)
        if end == m.end():
            continue
        end = _cut_after_country(t, m.end(), end, rules)
        last = t.raw[m.end() : end].split()[-1:]
        if last and fold(last[0]).rstrip(".") in rules.level_words:
            end = t.raw.rindex(last[0], m.end(), end)  # "... đô thị TP": the city is not named
            end = len(t.raw[:end].rstrip())
        name = " ".join(t.tones[m.start() : end].split())
        key = fold(name)
        if head in rules.foreign_heads and not _foreign_name(name, rules):
            continue  # "Bộ Luật Hình sự" is a code; "Bộ Nông nghiệp Cộng hòa Dominica" a ministry
        if _unnamed(key, rules) or any(key == h or key.startswith(h + " ") for h in rules.topic_head_keys):
            continue
        if not _has_own_name(name, rules):
            continue  # "Ban Thường vụ Đảng ủy cơ quan": heads and common nouns only
        out.append(BodyMatch(m.start(), end, _expand_words(name, rules), "proper", head=head))
    return out


def _expand_words(name: str, rules: BodyRules) -> str:
    """Word abbreviations spelled out: "Cục CSGT" -> "Cục Cảnh sát giao thông"."""
    return " ".join(rules.word_abbr.get(w, w) for w in name.split())


def _cut_after_country(t: _Text, start: int, end: int, rules: BodyRules) -> int:
    """A foreign body's name ends with its country: "Bộ Nông nghiệp Cộng hòa Dominica [Limber Cruz]"."""
    if rules.countries is None:
        return end
    country = re.compile(r"(?:\s+Cộng hòa)?" + rules.countries.pattern[3:] + r"|\s+Cộng hòa\s+[^\W\d_]+")
    for cm in country.finditer(t.tones, start, end):
        rest = t.tones[cm.end() : end].split()
        if rest and rest[0][:1].isupper() and not rules.countries.match(" " + " ".join(rest)):
            return cm.end()
    return end


def _foreign_name(name: str, rules: BodyRules) -> bool:
    """Whether ``name`` ends with a country ("... Mỹ", "... Cộng hòa Dominica")."""
    if "Cộng hòa" in name:
        return True
    return bool(rules.countries and re.search(rules.countries.pattern + "$", name))


def _has_own_name(name: str, rules: BodyRules) -> bool:
    """Whether a capitalized word or a number follows the (stacked) head words of ``name``."""
    rest = name
    while True:
        key = fold(rest)
        head = next((u for u in sorted(rules.unnamed, key=len, reverse=True) if key.startswith(u + " ")), None)
        if head is None:
            break
        rest = rest[len(head) + 1 :]
    words = rest.split()
    if fold(rest) in rules.unnamed:
        words = []
    return any(w[:1].isupper() or w[:1].isdigit() for w in words)


def _unnamed(key: str, rules: BodyRules) -> bool:
    """Heads alone, possibly stacked: "Ban Thường vụ", "Ban Thường vụ Tỉnh ủy" (no place named)."""
    if key in rules.unnamed:
        return True
    for level in rules.level_words:
        if key.endswith(" " + level) and _unnamed(key[: -len(level) - 1], rules):
            return True  # "Ban Chấp hành Đảng bộ TP": the city is not named
    return any(key.startswith(u + " ") and _unnamed(key[len(u) + 1 :], rules) for u in rules.unnamed)


def _proper_tail(
    t: _Text, pos: int, rules: BodyRules, tags: dict[int, str] | None, blocked: set[int], lower_ok: bool = False
) -> int:
    end = pos
    count = 0
    p = pos
    while count < 20:  # "Ủy ban Thường vụ Đại hội đại biểu nhân dân Khu tự trị dân tộc Choang Quảng Tây"
        m = re.match(r" và | [-–] |[ \u00a0]|-", t.raw[p : p + 5])
        if not m:
            break
        q = p + m.end()
        wm = _WORD.match(t.raw, q)
        if not wm or not wm.group(0)[0].isalnum() or q in blocked:
            break
        word = wm.group(0)
        glued = _glued_sentence(word)
        if glued is not None:  # "... Việt Nam.Bộ Tài nguyên": a sentence printed without its space
            word = word[:glued]
        low = t.low[q : q + len(word)]
        joined = "và" in m.group(0) or len(m.group(0)) == 3
        if (count == 0 and not lower_ok or joined) and not (word[0].isupper() or word[0].isdigit()):
            break
        if count and word[0].islower() and any(t.tones.endswith(sx, 0, p) for sx in rules.national_suffixes):
            break  # "Hiệp hội ... Việt Nam [kiến nghị]": a national name ends with the country
        if count == 0 and (low in rules.topic_stops or low == "về"):
            break  # "Ủy ban Về các vấn đề ...", "Hội Các ...": a function word, not a name
        if word[0].isdigit():
            nxt_tag = tags.get(wm.end() + 1) if tags is not None else None
            if nxt_tag not in ("N", "Nc", "Nu"):  # "Hội Phụ nữ 2 đơn vị": a quantity, not a number in the name
                end = wm.end()  # "Quân khu 7", "Binh đoàn 20": a number ends the name
            break
        if word[0].isupper():
            nxt = _WORD.match(t.raw, wm.end() + 1)
            third = _WORD.match(t.raw, nxt.end() + 1) if nxt else None
            # a surname and a capitalized given name; one-letter surnames ("Y") need two more names
            person = nxt and nxt.group(0)[0].isupper() and (
                len(word) > 1 or (third is not None and third.group(0)[0].isupper())
            )
            if fold(word) in rules.surnames and person:
                if not (rules.places is not None and rules.places.match(t.low, q)) and not (
                        rules.name_places is not None and rules.name_places.match(t.low, q)):
                    break  # a person's name follows the body
        elif tags is not None and q not in tags and m.group(0) == " ":
            pass  # a syllable inside a multi-syllable word ("Ngoại giao"): the word goes on
        else:
            nxt = _WORD.match(t.low, wm.end() + 1) if t.raw[wm.end() : wm.end() + 1] == " " else None
            pair = f"{low} {nxt.group(0)}" if nxt else ""
            prev = t.low[max(0, q - 12) : q].split()[-1:]
            kept = pair in rules.topic_keep or (prev and f"{prev[0]} {low}" in rules.topic_keep)
            if low == "và" or not kept and (low in rules.topic_stops or pair in rules.topic_stop_pairs):
                break
            if tags is not None and q in tags and tags[q] not in NOUN_TAGS:
                # "Tổng công ty Quản lý bay Việt Nam": a national name ends the words a tagger calls verbs
                end = _national_end(t, q, rules) or end
                break
        p = end = q + len(word)
        count += 1
        if glued is not None:
            break
    return end


def _glued_sentence(word: str) -> int | None:
    """Where a next sentence starts inside a dotted word ("Nam.Bộ", "lấp.Kinh"; not "TP.HCM")."""
    i = word.find(".")
    if i > 1 and any(c.islower() for c in word[:i]) and word[i + 1 : i + 2].isupper() and word[i + 2 : i + 3].islower():
        return i
    return None


def _national_end(t: _Text, pos: int, rules: BodyRules, limit: int = 3) -> int | None:
    """End of a ``national_suffix`` ("Việt Nam") printed after at most ``limit`` lower-case words from
    ``pos`` that are no clause words ("... Bảo vệ người tiêu dùng Việt Nam"), else None."""
    p = pos
    for _ in range(limit):
        wm = _WORD.match(t.raw, p)
        if not wm or not wm.group(0)[:1].islower():
            return None
        low = t.low[p : wm.end()]
        if low in rules.topic_stops or low == "và":
            return None
        if t.raw[wm.end() : wm.end() + 1] != " ":
            return None
        p = wm.end() + 1
        for suffix in rules.national_suffixes:
            if t.tones.startswith(suffix, p) and not _is_word(t.raw, p + len(suffix)):
                return p + len(suffix)
    return None


_PAREN_ACRONYM = re.compile(r"[ \t]*\([A-ZĐ&]{2,8}\)(?=[ \t])")
_LIST_CUE = re.compile(r"(?<!\w)(?:các|hai|ba|bốn|năm|\d+)[ \t]+bộ[ \t]*:?[ \t]*")
_LIST_SEP = re.compile(r"[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+")
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|hai|ba|bốn|năm|\d+)[ \t]+$")


def _ministry_lists(t: _Text, rules: BodyRules, found: list[BodyMatch]) -> list[BodyMatch]:
    """Ministries listed after a plural "Bộ" without repeating it: "các Bộ: Kế hoạch và Đầu tư, Tài chính",
    "các Bộ Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn"."""
    names = {fold(n) for n, _ in rules.ministries}
    starts: list[int] = [m.end() for m in _LIST_CUE.finditer(t.low)]
    starts += [m.end for m in found if fold(m.name) in names and _PLURAL_BEFORE.search(t.low, 0, m.start)]
    out: list[BodyMatch] = []
    for pos in starts:
        first = pos not in {m.end for m in found}
        while True:
            q = pos
            if not first:
                sep = _LIST_SEP.match(t.low, pos)
                if sep is None:
                    break
                q = sep.end()
            hit = None
            if t.capital_at(q):
                for name, rx in rules.ministries:
                    mm = rx.match(t.low, q)
                    if mm and not _is_word(t.raw, mm.end()) and (hit is None or mm.end() > hit[1]):
                        hit = (name, mm.end())
            if hit is None:
                break
            out.append(BodyMatch(q, hit[1], hit[0], "title"))
            pos, first = hit[1], False
    return out


def _title_ministries(t: _Text, rules: BodyRules) -> list[BodyMatch]:
    out = []
    titles = rules.ministry_titles
    for name, rx in rules.ministries:
        for m in rx.finditer(t.low):
            if titles is None or not t.capital_at(m.start()) or not titles.search(t.tones[max(0, m.start() - 20) : m.start()]):
                continue
            out.append(BodyMatch(m.start(), m.end(), name, "title"))
    return out


def _select(matches: list[BodyMatch]) -> list[BodyMatch]:
    """Non-overlapping matches: earliest first, then longest; nested and overlapping ones dropped."""
    chosen: list[BodyMatch] = []
    last_end = -1
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start), m.source == UNNAMED)):
        if m.start >= last_end:
            chosen.append(m)
            last_end = m.end
    return chosen


def _definitions(t: _Text, matches: list[BodyMatch], rules: BodyRules) -> tuple[dict[str, str], list[BodyMatch]]:
    """"<name> (<short form>)": the short form names the body in this article."""
    aliases: dict[str, str] = {}
    extra = []
    for m in matches:
        d = _DEFINITION.match(t.raw, m.end)
        if not d:
            continue
        short = d.group(1)
        if not _is_short_form(short, m.name):
            continue
        aliases.setdefault(fold(short), m.name)
        extra.append(BodyMatch(d.start(1), d.end(1), m.name, "definition"))
    return aliases, extra


def _is_short_form(short: str, name: str) -> bool:
    """An acronym ("UBTVQH") or words taken from the name ("Ban Chỉ đạo"); not a place or a note."""
    if not short[0].isupper() or "," in short or fold(short) == fold(name) or len(short) >= len(name):
        return False
    if " " not in short and sum(c.isupper() for c in short) >= 2:
        # an acronym starts with the name's initial: "UBTVQH" for "Ủy ban Thường vụ Quốc hội", not "EVIPA"
        return strip_diacritics(short[0]).upper() == strip_diacritics(name[0]).upper()
    name_words = set(fold(name).split())
    # words of the name, and numbers ("Ban Chỉ đạo 389" for the national anti-smuggling steering committee)
    return all(w in name_words or w.isdigit() for w in fold(short).split())


def _alias_mentions(t: _Text, aliases: dict[str, str], rules: BodyRules) -> list[BodyMatch]:
    out = []
    for short, name in aliases.items():
        rx = re.compile(bounded(phrase_regex(short, macros=False)))
        for m in rx.finditer(t.low):
            before = t.tones[max(0, m.start() - 12) : m.start()]
            if not t.capital_at(m.start()) and not (rules.title_joined and rules.title_joined.search(before)):
                continue
            out.append(BodyMatch(m.start(), m.end(), name, "alias"))
    return out


def _resolve_topics(matches: list[BodyMatch], aliases: dict[str, str]) -> list[BodyMatch]:
    """Topic names that are a short form of a longer one in the article take its name."""
    full = sorted({m.name for m in matches if m.source in ("topic", "gazetteer")}, key=len, reverse=True)
    out = []
    for m in matches:
        if m.source == "topic":
            key = fold(m.name)
            if key in aliases:
                m = replace(m, name=aliases[key])
            else:
                longer = [n for n in full if fold(n).startswith(key + " ") and n.startswith(m.head)]
                if len(longer) >= 1 and len({fold(n) for n in longer}) == 1:
                    m = replace(m, name=longer[0])
        out.append(m)
    return out


def _anaphors(t: _Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """Bare heads ("Ủy ban đã ...") refer to the latest body of that head mentioned before."""
    taken = sorted(matches, key=lambda m: m.start)
    out = []
    for head in rules.anaphor_heads:
        rx = re.compile(bounded(phrase_regex(head, macros=False)))
        for m in rx.finditer(t.low):
            before = t.tones[max(0, m.start() - 12) : m.start()]
            if not t.capital_at(m.start()) and not (rules.title_joined and rules.title_joined.search(before)):
                continue
            if any(x.start <= m.start() < x.end for x in taken):
                continue
            nxt = t.low[m.end() : m.end() + 30]
            word = nxt.split()[0] if nxt.split() else ""
            pair = " ".join(nxt.split()[:2])
            person = _person_at(t, m.end() + 1, rules)
            if nxt and not (
                not nxt[0].isspace()
                or person
                or word in rules.topic_stops
                or pair in rules.topic_stop_pairs
                or not word[:1].isalnum()
            ):
                continue
            prior = [x for x in taken if x.end <= m.start() and fold(x.name).startswith(fold(head) + " ")]
            if not prior:
                continue
            out.append(BodyMatch(m.start(), m.end(), prior[-1].name, "anaphor"))
    return out


def _person_at(t: _Text, pos: int, rules: BodyRules) -> bool:
    """A surname then a capitalized word starts at ``pos``: a person's name ("Ủy ban Nguyễn Hoàng Mai")."""
    first = _WORD.match(t.raw, pos)
    second = _WORD.match(t.raw, first.end() + 1) if first else None
    return bool(first and second and fold(first.group(0)) in rules.surnames and second.group(0)[0].isupper())


def _composites(t: _Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """Prefix heads glued to a body: "Đảng ủy Quốc hội", "Thường trực Ban Chỉ đạo"."""
    out = []
    for m in matches:
        current = m
        while current.source != UNNAMED:
            window = t.low[max(0, current.start - 40) : current.start]
            hit = None
            for rx, value in rules.prefixes:
                pm = rx.search(window)
                if pm:
                    hit = (current.start - (len(window) - pm.start()), value)
                    break
            if hit is None:
                break
            start, value = hit
            if not t.capital_at(start):
                break
            if fold(value) == "thường trực":
                before = t.low[max(0, start - 30) : start]
                if fold(current.name) in rules.standing_inner_title or (
                    rules.standing_title_before and rules.standing_title_before.search(before)
                ):
                    break
            current = BodyMatch(start, current.end, f"{value} {current.name}", "composite")
        out.append(current)
    return out


def _kept(t: _Text, m: BodyMatch, rules: BodyRules) -> bool:
    """False for venues ("trụ sở Chính phủ") and news agencies in credits ("Ảnh: X/TTXVN")."""
    before = t.low[max(0, m.start - 20) : m.start]
    if rules.venue_before and rules.venue_before.search(before):
        return False
    if m.name in rules.press:
        lead = t.raw[max(0, m.start - 12) : m.start].rstrip()
        if any(lead.endswith(c) for c in rules.credit_before):
            return False
    return True


def _foreign(t: _Text, m: BodyMatch, rules: BodyRules) -> BodyMatch:
    """A country after a state body: that country's body ("Quốc hội Lào"); "Việt Nam" joins the name."""
    if m.source in ("gazetteer", "title") and rules.countries is not None:
        if cm := rules.countries.match(t.tones, m.end):
            return BodyMatch(m.start, cm.end(), f"{m.name} {cm.group(1)}", m.source)
        if not fold(m.name).endswith("việt nam") and (vn := _VIETNAM.match(t.low, m.end)):
            return replace(m, end=vn.end())
    return m


def find_bodies(text: str, tags: dict[int, str] | None = None, rules: BodyRules | None = None) -> list[BodyMatch]:
    """Every body mention in ``text`` (non-overlapping, in text order), with canonical names.

    ``tags`` (optional) maps the start offset of each word to its POS tag (underthesea's N, V, ...);
    with it, proper names ("Cục Cảnh sát giao thông") stop before verbs.
    """
    if not isinstance(text, str):
        raise ExtractError(f"find_bodies: expected the article text as str, got {type(text).__name__}")
    rules = rules if rules is not None else load_rules()
    t = _Text(text)
    base = _gazetteer(t, rules) + _local(t, rules) + _topics(t, rules) + _title_ministries(t, rules)
    base += _ministry_lists(t, rules, base)
    base += _proper(t, rules, tags, {m.start for m in base if m.source != UNNAMED})
    first = _select(base)
    aliases, defined = _definitions(t, first, rules)
    base += defined + _alias_mentions(t, aliases, rules)
    base = [m for m in base if not m.weak]
    chosen = _select(base)
    chosen = _resolve_topics(chosen, aliases)
    chosen = _select(chosen + _anaphors(t, chosen, rules))
    # bare topic heads that nothing resolved are unnamed ("Trưởng Ban" with no Ban named)
    chosen = [m for m in chosen if not (m.source == "topic" and fold(m.name) == fold(m.head))]
    chosen = _select([_foreign(t, m, rules) for m in _composites(t, chosen, rules)])
    chosen = _implicit_places(t, chosen, rules)
    return [m for m in chosen if m.source != UNNAMED and _kept(t, m, rules)]


def _implicit_places(t: _Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """A department printed without its place ("Sở Xây dựng chủ trì") in an article about exactly one
    province is that province's department; elsewhere it names no body."""
    provinces = {fold(m.province): m.province for m in matches if m.source != UNNAMED and m.province}
    if not provinces:
        provinces = _places_named(t, rules)
    if len(provinces) != 1:
        return matches
    province = next(iter(provinces.values()))
    out = []
    for m in matches:
        head = m.province if m.source == UNNAMED else ""
        if head and any(head.startswith(h) for h in rules.implicit_place_heads):
            if not _generic_at(t, m.start, m.end, rules):
                m = BodyMatch(m.start, m.end, f"{head} {province}", "implicit")
        elif head and (glued := rules.party_levels.get(fold(head))) and fold(province).startswith(glued + " "):
            # "Ban Thường vụ Tỉnh ủy" in an article about one province: that province's committee
            if not _generic_at(t, m.start, m.end, rules):
                start, name = m.start, f"{head} {_party_place(province)}"
                for prx, pvalue in rules.prefixes:
                    pm = prx.search(t.low, max(0, m.start - 30), m.start)
                    if pm and t.capital_at(pm.start()):
                        start, name = pm.start(), f"{pvalue} {name}"
                        break
                m = BodyMatch(start, m.end, name, "implicit")
        elif (head or m.source == "proper") and (level_end := _bare_level(t, m.end, province, rules)):
            # "Phó Chủ tịch UBND tỉnh", "Ban Quản lý đường sắt đô thị TP": the level word of the one
            # province the article is about stands for it
            if not _generic_at(t, m.start, level_end, rules):
                start, name = m.start, f"{head or m.name} {province}"
                for prx, pvalue in rules.prefixes:  # "Văn phòng UBND tỉnh"
                    pm = prx.search(t.low, max(0, m.start - 30), m.start)
                    if head and pm and t.capital_at(pm.start()):
                        start, name = pm.start(), f"{pvalue} {name}"
                        break
                m = BodyMatch(start, level_end, name, "implicit")
        out.append(m)
    return _placed_forms(out, province)


def _placed_forms(matches: list[BodyMatch], province: str) -> list[BodyMatch]:
    """A proper name printed without its place ("Ban Quản lý đường sắt đô thị sẽ chủ trì") where the article
    also names it with the place is that body."""
    placed = {fold(m.name): m.name for m in matches if m.name.endswith(" " + province)}
    out = []
    for m in matches:
        full = placed.get(fold(m.name + " " + province)) if m.source in ("proper", "topic") else None
        out.append(replace(m, name=full) if full else m)
    return out


_NOT_A_PLACE_BEFORE = re.compile(r"(?<!\w)(?:đường|tuyến|chủ tịch|bác|tư tưởng|lăng|thời|nhà)\s+$")


def _places_named(t: _Text, rules: BodyRules) -> dict[str, str]:
    """Provinces the text names as places ("Tại điểm cầu Bắc Ninh", "Bắc Ninh tập trung ...") when no body
    names one: level + name of each printed at least twice (a road or a person named after a place aside)."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    if rules.places is None:
        return {}
    for m in rules.places.finditer(t.low):
        if not t.capital_at(m.start()) or (m.start() and _is_word(t.raw, m.start() - 1)):
            continue
        if _NOT_A_PLACE_BEFORE.search(t.low, max(0, m.start() - 12), m.start()):
            continue
        place = rules.place_by_key.get(norm_key(t.raw[m.start() : m.end()]).replace(" ", ""))
        if place is None:
            continue
        where = f"{place.level} {place.name}"
        counts[fold(where)] = counts.get(fold(where), 0) + 1
        names[fold(where)] = where
    return {k: names[k] for k, n in counts.items() if n >= 2} if len(counts) == 1 else {}


def _party_place(province: str) -> str:
    """The place as printed after a party committee: "tỉnh Bắc Giang" -> "Bắc Giang"."""
    return province[len("tỉnh ") :] if fold(province).startswith("tỉnh ") else province


def _generic_at(t: _Text, start: int, end: int, rules: BodyRules) -> bool:
    """A class of bodies, not one: "các Sở Y tế", "Sở Y tế địa phương", "UBND tỉnh, thành phố"."""
    before = t.low[max(0, start - 8) : start].split()[-1:]
    after = t.low[end : end + 20].split()[:2]
    if re.match(r"\s*[,/]\s*(?:thành phố|tp|tỉnh|thành ủy|tỉnh ủy)(?!\w)", t.low[end : end + 16]):
        return True
    return bool((before and before[0] in rules.generic_before) or (
        after and (after[0] in rules.generic_before - {"cùng"} or " ".join(after) in rules.generic_after)
    ))  # "UBND tỉnh cùng các Sở": "cùng" after a body joins another one


def _bare_level(t: _Text, pos: int, province: str, rules: BodyRules) -> int | None:
    """End of a level word right after ``pos`` ("tỉnh", "TP") that is the level of ``province`` and names
    no place of its own."""
    if t.raw[pos : pos + 1] not in (" ", "\u00a0"):
        return None
    for lrx, level in rules.levels:
        lm = lrx.match(t.low, pos + 1)
        if lm is None:
            continue
        if not fold(province).startswith(fold(level) + " "):
            return None
        if _place_at(t, lm.end(), rules, need_known=True):
            return None  # "UBND tỉnh Nghệ An" was read as another body already
        return lm.end()
    return None


def canonical_body(name: str, rules: BodyRules | None = None) -> str | None:
    """The canonical name of a body printed as ``name`` (tone- and case-folded), else None."""
    if not isinstance(name, str):
        raise ExtractError(f"canonical_body: expected a body name as str, got {type(name).__name__}")
    rules = rules if rules is not None else load_rules()
    key = norm_key(name)
    if not key:
        return None
    if key in rules.lookup:
        return rules.lookup[key]
    text = " ".join(name.split())
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    found = find_bodies(text, rules=rules)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0].name
    return None


def to_records(text: str, matches: list[BodyMatch]) -> list[Body]:
    """One :class:`Body` per canonical name, in order of first mention."""
    groups: dict[str, list[BodyMatch]] = {}
    names: dict[str, str] = {}
    for m in matches:
        k = fold(m.name)
        groups.setdefault(k, []).append(m)
        names.setdefault(k, m.name)
    out = []
    for k, ms in groups.items():
        aliases: list[str] = []
        seen = {k}
        for m in ms:
            printed = " ".join(text[m.start : m.end].split())
            if fold(printed) not in seen:
                seen.add(fold(printed))
                aliases.append(printed)
        mentions = [Mention(start=m.start, end=m.end, text=text[m.start : m.end]) for m in ms]
        out.append(Body(name=names[k], aliases=aliases, mentions=mentions))
    return out


# --------------------------------------------------------------------------- the spaCy component


class BodyRecognizer:
    """The ``nq_bodies`` component: its rules are compiled once, from ``rules_dir`` when given."""

    def __init__(self, nlp: Language, name: str = "nq_bodies", rules_dir: str | None = None) -> None:
        self.name = name
        self.rules = load_rules(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[BodyMatch]:
        v = view(doc)
        return find_bodies(v.text, v.tags, self.rules)

    def set_annotations(self, doc: Doc, matches: list[BodyMatch]) -> Doc:
        set_spans(doc, "bodies", LABEL, ((m.start, m.end, m.name) for m in matches))
        doc._.bodies = to_records(view(doc).text, matches)
        return doc


@Language.factory("nq_bodies", default_config={"rules_dir": None})
def make_bodies(nlp: Language, name: str, rules_dir: str | None) -> BodyRecognizer:
    return BodyRecognizer(nlp, name, rules_dir)
