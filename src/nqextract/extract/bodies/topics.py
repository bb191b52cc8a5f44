"""Phase 3: bodies named by their topic after a head ("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng
..."), ended by the clause structure; short forms resolved to the article's full name."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from ..body_rules import key as rule_key
from .places import place_at
from .proper_edges import republic_of_end
from .scan import BodyMatch, Text, is_word

# a topic may open with a determiner (topic_plural: "Ban Chỉ đạo các công trình ..."); with fewer than
# _PLURAL_MIN words it is a class of bodies ("Ban Chỉ đạo các cấp")
_PLURAL_MIN = 4
_DOC_NUMBER = re.compile(r"\d+(?:[-/.][\w]+)*(?![\w])")


def topics(t: Text, rules: BodyRules) -> list[BodyMatch]:
    out = []
    for rx, head, mode in rules.topic_heads:
        for m in rx.finditer(t.low):
            if not t.capital_at(m.start()):
                continue
            if rules.checks.grammar.plural_before(t.low, m.start(), 12):
                continue  # "hai Ban Chỉ đạo", "các Hội đồng": a class, not a name
            end, strong, n_words = _topic_tail(t, m.end(), rules)
            owner = next(((om, v) for orx, v in rules.owner_suffixes if (om := orx.match(t.low, end))), None)
            if owner is not None:  # "Tổ công tác của Thủ tướng"
                printed = t.tones[m.start() : end]
                name = " ".join((head + printed[len(head) :]).split()) + " " + owner[1]
                out.append(BodyMatch(m.start(), owner[0].end(), name, "topic", head=head))
                continue
            if (defined := _to_definition(t, end, head)) > end:
                end, strong = defined, True
            if (rep := republic_of_end(t, m.end(), end, rules)) > end:
                end, strong = rep, True  # "Hội đồng Nhà nước nước Cộng hòa Cuba": a foreign state's council
            if mode == "about" and not strong:
                continue
            if n_words == 1 and rules.checks.grammar.about_next_rx.match(t.low[m.end() : end]):
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


# lower-case words of one clause, then "(<short form>)": "... vướng mắc các dự án tồn đọng (Ban chỉ đạo 751)"
_BEFORE_DEFINITION = re.compile(r"[ \t]+[^\W\d_][^()\n.;:!?\"“”]{0,150}?(?=[ \t]*\(([^()\n]{1,40})\))")


def _to_definition(t: Text, end: int, head: str) -> int:
    """The end of a name that runs on, in lower-case words of its clause, to the short form it defines
    ("Ban Chỉ đạo về giải quyết các vấn đề khó khăn, vướng mắc các dự án tồn đọng (Ban chỉ đạo 751)": the
    parenthesis names the body by its head, so everything before it is the name); else ``end``."""
    d = _BEFORE_DEFINITION.match(t.raw, end)
    if d is None or any(c.isupper() or c.isdigit() for c in d.group(0)):
        return end
    short = fold(d.group(1))
    return d.end() if short == fold(head) or short.startswith(fold(head) + " ") else end


def _topic_tail(t: Text, pos: int, rules: BodyRules) -> tuple[int, bool, int]:
    """End of a topic name starting at ``pos``; (end, has "về" or qualifier, number of topic words)."""
    strong = False
    numbered = False  # the last qualifier is a number: "Ban Chỉ đạo 751"
    end = pos
    p = pos
    # qualifiers and numbers glued to the head: "Trung ương", "quốc gia", "389"
    while True:
        q = re.match(r"\s+", t.low[p:])
        if not q:
            break
        p2 = p + q.end()
        hit = next((w for w in rules.qualifiers if t.low.startswith(w, p2) and not is_word(t.low, p2 + len(w))), None)
        if hit is None and (d := re.match(r"\d+(?!\w)", t.low[p2:])):
            hit = d.group(0)
        if hit is None:
            break
        numbered = hit[0].isdigit()
        p = end = p2 + len(hit)
        strong = True
    g = rules.checks.grammar
    m = g.about_rx.match(t.low[p:])
    if numbered and m is None:
        return end, strong, 0  # "Ban Chỉ đạo 751 [trước ngày ...]": the number names the body; a clause goes on
    bare = m is None and p == pos  # the topic starts right after the head
    if m:
        p += m.end() - 1
        strong = True
    words = 0
    plural = False
    while True:
        m = g.topic_sep_rx.match(t.low[p:])
        if not m:
            break
        sep = m.group(0)
        q = p + m.end()
        we = t.word_end(q)
        if we and t.raw[q].isdigit() and words and sep.strip() == "":
            # a document number after "số" or a document type: "... tổng kết Nghị quyết số 18-NQ/TW"
            prev_words = t.low[max(0, q - 14) : q].split()
            if prev_words and (prev_words[-1] in g.number_words or " ".join(prev_words[-2:]) in rules.topic_doc_words):
                num = _DOC_NUMBER.match(t.raw, q)
                if num:
                    p = end = num.end()
                    words += 1
                    continue
        if not we or not t.raw[q].isalpha():
            break
        word_low = t.low[q:we]
        nxt = t.word_end(we + 1) if t.raw[we : we + 1] == " " else None
        nxt_low = t.low[we + 1 : nxt] if nxt else ""
        pair = f"{word_low} {nxt_low}" if nxt else ""
        prev = t.low[max(0, q - 12) : q].split()[-1:]
        kept = pair in rules.topic_keep or (prev and f"{prev[0]} {word_low}" in rules.topic_keep)
        if words == 0 and bare and g.topic_plural and word_low == g.topic_plural and sep == " " and nxt and nxt_low[:1].isalpha() \
                and t.raw[we + 1].islower() and nxt_low not in rules.level_words:
            plural = True  # "Ban Chỉ đạo các công trình trọng điểm, dự án quan trọng quốc gia ..."
            p = end = we
            words += 1
            continue
        if not kept and (word_low in rules.topic_stops or pair in rules.topic_stop_pairs):
            break
        if plural and word_low in g.about:
            break  # a topic listed after "các" has no "về" part: "... lĩnh vực đường bộ về tiến độ ..."
        if t.raw[q].isupper() and words == 0 and bare and sep == " " and _title_case_topic(t, q, we, rules):
            p = end = we  # "Ban Chỉ đạo Phòng chống thiên tai và ...": the topic's first word capitalized
            words += 1
            continue
        if t.raw[q].isupper():
            cap = next((c for c in rules.capital_ok if t.tones.startswith(c, q)), None)
            if cap is None:
                # a level word then a place ends the name: "... tỉnh Nghệ An"
                if _is_level(t.low[end - 10 : end], rules) and (pl := place_at(t, q, rules, False)):
                    end = pl[0]
                break
            p = end = q + len(cap)
            words += 1
            continue
        if ("," in sep or any(c in sep for c in g.conjunctions)) and words == 0:
            break
        p = end = we
        words += 1
        if words > 30:
            break
    if plural and words < _PLURAL_MIN:
        return pos, False, 0
    return end, strong, words


def _title_case_topic(t: Text, start: int, end: int, rules: BodyRules) -> bool:
    """A capitalized first topic word that opens a lower-case topic ("Phòng chống thiên tai"), not a
    person ("Nguyễn Văn A"), a place or a listed capitalized word."""
    word = t.low[start:end]
    if word in rules.surnames or any(t.tones.startswith(c, start) for c in rules.capital_ok):
        return False
    if rules.places is not None and rules.places.match(t.low, start):
        return False
    if t.raw[end : end + 1] != " ":
        return False
    nxt = t.word_end(end + 1)
    return bool(nxt) and t.raw[end + 1 : nxt][:1].islower() and t.low[end + 1 : nxt] not in rules.topic_stops


def _is_level(before: str, rules: BodyRules) -> bool:
    tail = before.split()[-1:] if before.split() else []
    return bool(tail) and any(lrx.fullmatch(tail[0]) for lrx, _ in rules.levels)


def _capital_doc_types(rest: str, rules: BodyRules) -> str:
    """A document type printed in lower case before its number takes its capital ("nghị quyết 18")."""
    for cap in rules.capital_ok:
        if rule_key(cap) in rules.topic_doc_words:
            rx = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, cap.split())) + r"(?=\s+(?:(?:"
                            + rules.checks.grammar.number_alt + r")\s+)?\d)", re.I)
            rest = rx.sub(cap, rest)
    return rest


def resolve_topics(matches: list[BodyMatch], aliases: dict[str, str]) -> list[BodyMatch]:
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
