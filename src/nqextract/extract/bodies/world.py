"""Foreign bodies named by the word printed before them, known or not: an outlet after a lower-case descriptor
("theo tờ Daily Sample", "hãng tin ABX cho biết": ``foreign_outlet_word``) and an armed group or movement after its
cue ("phong trào Xyzar", "các tay súng Xyzar": ``group_cue``), and a foreign firm after its lower-case descriptor
("hãng xe Zentra", "nhà sản xuất chip Nordex Mỹ": ``firm_word``), all in body_patterns.tsv. The name is Latin
(plain ASCII) capitalized words, never a country's name."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules, norm_key
from ..persons.scan import looks_vietnamese
from .scan import BodyMatch, Text, opens_sentence

_LATIN = re.compile(r"[A-Z][A-Za-z0-9&'-]+\Z")
_GROUP = re.compile(r"[A-Z][a-z]{3,}\Z")
_MAX_WORDS = 4


def foreign_outlets(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """Outlets printed after a lower-case descriptor: the run of Latin capitalized words after it."""
    if rules.foreign_outlet_words is None:
        return []
    out = []
    for m in rules.foreign_outlet_words.finditer(t.low):
        if not t.raw[m.start()].islower() and not (
                rules.checks.flags.get(fold(m.group(0).strip())) == "start" and opens_sentence(t.raw, m.start())):
            continue  # "Hãng tin X", "Đài X": printed as a name, the other phases read it ("Tờ X ..." opening a sentence)
        before = t.low[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1] in rules.outlet_not_after:
            continue  # "cảnh báo X", "khán đài X": another word
        cited = rules.checks.flags.get(fold(m.group(0).strip())) == "cited"
        after_cue = cited and bool(before) and fold(before[-1]) in rules.checks.cited_after
        if cited and not (after_cue or _opens_clause(t.raw, m.start(), rules.credit_before)):
            continue  # "phải báo X về sự cố": the verb; "theo báo X", "Tuần trước, báo X đưa tin": the press
        words = _latin_run(t, m.end(), _LATIN, _MAX_WORDS)
        if words is None:
            continue
        name = t.raw[words[0][0] : words[-1][1]]
        if cited and not _cited_paper(t, words, name, after_cue, rules):
            continue  # "Khi bị lừa, báo Zalo ngay", "Trên báo Long An": the verb before an app, a province's paper
        if fold(name) in rules.country_keys or fold(t.raw[words[0][0] : words[0][1]]) in rules.country_keys:
            continue  # "báo Israel", "báo Israel Hayom": the country's press, or a name this rule cannot tell
        if _product(t, words, rules):
            continue  # "trang tin Xyz Shop": a brand's product
        if t.raw[m.start()].isupper() and not _opening_outlet(t, words, name, rules):
            continue  # "Tờ A4 ghi ...", "Tờ Visa bị từ chối": a sheet or a thing, no outlet citing
        out.append(BodyMatch(words[0][0], words[-1][1], rules.lookup.get(norm_key(name), name), "outlet"))
    return out


def named_agencies(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """A news agency printed by its capitalized descriptor flagged ``named`` and its Latin name, maybe a country or a
    few lower-case qualifiers between ("Hãng thông tấn Xyz", "Hãng thông tấn Nga Xyz", "Hãng thông tấn bán chính thức
    Xyz"): one mention named by the descriptor and the Latin name alone ("Hãng thông tấn Xyz")."""
    if rules.foreign_outlet_words is None or "named" not in rules.checks.flags.values():
        return []
    out = []
    for m in rules.foreign_outlet_words.finditer(t.low):
        if rules.checks.flags.get(fold(m.group(0).strip())) != "named" or not t.raw[m.start()].isupper():
            continue
        words = _latin_run(t, _past_qualifiers(t, m.end(), rules), _LATIN, _MAX_WORDS)
        while words and len(words) > 1 and fold(t.raw[words[-1][0] : words[-1][1]]) in rules.country_keys:
            words = words[:-1]  # "Hãng thông tấn Xyz Nga": the country after the name is none of it
        if words is None:
            continue
        name = t.raw[words[0][0] : words[-1][1]]
        if fold(name) in rules.country_keys or fold(t.raw[words[0][0] : words[0][1]]) in rules.country_keys:
            continue
        if is_place(name, rules) or fold(t.raw[words[0][0] : words[0][1]]) in rules.surnames and len(words) > 1:
            continue  # "Hãng thông tấn Moscow": a city; a Vietnamese person's name
        out.append(BodyMatch(m.start(), words[-1][1], t.raw[m.start() : m.end()].strip() + " " + name, "outlet"))
    return out


def _past_qualifiers(t: Text, pos: int, rules: BodyRules) -> int:
    """Where the name starts after a country's name or an ``agency_qualifier`` printed from ``pos`` ("Nga ", "bán
    chính thức "); ``pos`` itself when neither is printed there (any other lower-case word: no name follows)."""
    words = t.words_after(pos)[:4]
    for n in (2, 1):  # a country of one or two words
        if len(words) > n and t.raw[pos].isupper() and fold(t.raw[words[0][0] : words[n - 1][1]]) in rules.country_keys:
            return words[n][0]
    for q in rules.checks.agency_qualifiers:  # "bán chính thức": a closed list, never "này cho biết", "dẫn lời ông"
        if t.raw[pos : pos + 1].islower() and t.low.startswith(q + " ", pos):
            return pos + len(q) + 1
    return pos


def is_place(name: str, rules: BodyRules) -> bool:
    """Whether ``name`` is wholly a place of the data: a province, a place of person_places.txt or a host city."""
    low = name.lower()
    return fold(name) in rules.checks.host_cities or _wholly_place(low, 0, len(low), rules)


def _product(t: Text, words: list[tuple[int, int]], rules: BodyRules) -> bool:
    """The Latin run ends with a product's word of a brand ("Xyz Shop", "Xyz Maps"): no outlet."""
    return len(words) > 1 and fold(t.raw[words[-1][0] : words[-1][1]]) in rules.checks.outlet_products


_CODE = re.compile(r"[A-Z]{1,4}\Z")
_LOWER = "a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
_CAP_WORD = rf"(?=[^\W\d_])(?![{_LOWER}])[^\W\d_]*"  # a capitalized word, any capital: "Úc", "Ấn", "Ý"
_NEXT_CAPITAL = re.compile(rf"[ \t]+{_CAP_WORD}")  # a capitalized word after a blank
_START_GAP = re.compile(rf"(?:\s*\([^()]{{1,40}}\)|\s+của\s+{_CAP_WORD}(?:\s+{_CAP_WORD})?)?"
                        r"(?:\s+(?:hôm|ngày)\s+[\w/-]+)?(?:\s+(?:cũng|đã|vừa|mới đây))?\s+")


def _cited_paper(t: Text, words: list[tuple[int, int]], name: str, after_cue: bool, rules: BodyRules) -> bool:
    """Whether the Latin name after a `cited` descriptor ("báo") is a paper: never a place of the data ("trên báo Long
    An": a province's paper the other phases name); a reporting verb after it (``outlet_start_verb``) where "báo"
    opens a clause or the name is a platform or an app (``outlet_platform``, its whole name: "Zalo", "Facebook"; not
    "Apple Daily"), which "báo" before it makes the verb "report to" ("Khi bị lừa, báo Zalo ngay", "Xảy ra va chạm,
    báo CSGT"; "Tuần trước, báo Xyz Post cho biết ...": the paper)."""
    if is_place(name, rules):
        return False
    if after_cue and fold(name) not in rules.checks.platforms:
        return True
    return _verb_after(t, words[-1][1], rules)


def _verb_after(t: Text, end: int, rules: BodyRules) -> bool:
    """An ``outlet_start_verb`` after an outlet's name ending at ``end``, maybe a parenthesis, its country after
    "của", a day or an adverb between ("Xyz (Nga) đánh giá", "Xyz của Nga dẫn lời", "Xyz hôm 3-4 đưa tin")."""
    gap = _START_GAP.match(t.raw, end)
    at = gap.end() if gap else end
    return any(t.low.startswith(v, at) and not t.low[at + len(v) : at + len(v) + 1].isalnum()
               for v in rules.checks.start_verbs)


def _opening_outlet(t: Text, words: list[tuple[int, int]], name: str, rules: BodyRules) -> bool:
    """A foreign outlet after its capitalized descriptor opening a sentence ("Tờ Xyz Times ..."): an outlet bodies.tsv
    knows, or a name with no digit and no short code of capitals ("Tờ A4", "Tờ USD 100") and a reporting verb after it
    (``outlet_start_verb``; a parenthesis, its country after "của" or a day between: "Tờ Xyz (Nga) đánh giá", "Tờ Xyz
    của Nga dẫn lời", "Tờ Xyz hôm 3-4 đưa tin")."""
    if rules.lookup.get(norm_key(name)) in rules.press:
        return True
    if any(ch.isdigit() for ch in name) or _CODE.match(t.raw[words[0][0] : words[0][1]]):
        return False
    return _verb_after(t, words[-1][1], rules)


_FIRM_FIELD_TAGS = ("N", "A")  # the tagger's nouns and adjectives: "hãng [xe điện]", "nhà sản xuất [chip lớn]"
_FIRM_FIELD_MOST = 3


def foreign_firms(t: Text, rules: BodyRules, tags: dict[int, str] | None) -> list[BodyMatch]:
    """Firms printed after a lower-case descriptor (``firm_word``: "hãng", "tập đoàn", "nhà sản xuất"), up to three
    lower-case words of its field between (the tagger's nouns and adjectives, none a ``firm_not`` word) and a
    country maybe: the run of Latin capitalized words after them, unless it is a country, a legal form printed in
    capitals ("công ty TNHH") or all words Vietnamese could spell ("công ty Minh Long": a Vietnamese firm printed
    short, which the other phases name with its head), or a firm the article also prints with its firm word
    capitalized ("Tập đoàn Korvex": that name is the body, the other phases read it)."""
    if rules.firms.words is None or tags is None:
        return []
    out = []
    for m in rules.firms.words.finditer(t.low):
        word = fold(m.group().strip())
        if not t.raw[m.start()].islower() and not (word in rules.firms.opening and _firm_opens(t.raw, m.start())):
            continue  # "Tập đoàn X", "Công ty X": printed as a name, the other phases read it
        before = t.low[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1] in rules.firms.not_after:
            continue  # "tổng công ty X": another head
        field = _firm_field_end(t, m.end(), rules, tags)
        if field is None or word in rules.firms.fielded and field == m.end():
            continue  # "do nhà sản xuất Christopher Nolan thực hiện": bare, a film's or a song's producer
        words = _firm_words(t, _latin_run(t, field, _LATIN, _MAX_WORDS), rules)
        if not words:
            continue
        printed = [t.raw[s:e] for s, e in words]
        name = t.raw[words[0][0] : words[-1][1]]
        if fold(name) in rules.country_keys or fold(printed[0]) in rules.country_keys \
                or any(fold(w) in rules.firms.stop for w in printed) or all(looks_vietnamese(w) for w in printed) \
                or _a_place(t, words[0][0], words[-1][1], rules):
            continue
        if _named_in_full(t, name, words[0][0], rules):
            continue  # "tập đoàn Changshin" where the article prints "Tập đoàn Changshin": the other phases name it
        out.append(BodyMatch(words[0][0], words[-1][1], rules.lookup.get(norm_key(name), name), "outlet"))
    return out


def _firm_opens(raw: str, pos: int) -> bool:
    """A capitalized firm word at ``pos`` opens a sentence, a line or a quote ("Hãng X cho biết", ": “Hãng X")."""
    if pos and raw[pos - 1] in "\"“‘(":
        pos -= 1
    before = raw[max(0, pos - 8) : pos].rstrip(" \t").rstrip("\"”’)")
    return opens_sentence(raw, pos) or before.endswith(":")


def _firm_words(t: Text, words: list[tuple[int, int]] | None, rules: BodyRules) -> list[tuple[int, int]] | None:
    """The firm's words of a Latin run: up to a word holding a digit, a product's model ("BMW X5", "Airbus A321");
    its first word alone when that is a known body and the run is not, or the article prints it alone elsewhere
    ("Toyota Camry", "Ferrari Charles Leclerc": a brand, then its product or its driver)."""
    if not words:
        return None
    cut = next((k for k, (s, e) in enumerate(words) if any(c.isdigit() for c in t.raw[s:e])), len(words))
    words = words[:cut]
    first = t.raw[words[0][0] : words[0][1]]
    if len(words) > 1 and norm_key(t.raw[words[0][0] : words[-1][1]]) not in rules.lookup \
            and (norm_key(first) in rules.lookup or _printed_alone(t, first, t.raw[words[1][0] : words[1][1]])):
        words = words[:1]
    return words or None


def _printed_alone(t: Text, first: str, second: str) -> bool:
    """``first`` is printed somewhere in the article as a word alone, no capitalized word after it ("Zentra" and
    "hãng xe Zentra Vora": the brand, then its model; not "New York" beside "hãng giày New Balance")."""
    return any(not t.raw.startswith(" " + second, m.end()) and not _NEXT_CAPITAL.match(t.raw, m.end())
               for m in re.finditer(r"(?<![\w-])" + re.escape(first) + r"(?![\w-])", t.raw))


def _a_place(t: Text, start: int, end: int, rules: BodyRules) -> bool:
    """``t.raw[start:end]`` is a place of the place lists (body_places.tsv, person_places.txt): "hãng phim Texas"."""
    return _wholly_place(t.low, start, end, rules)


def _wholly_place(low: str, start: int, end: int, rules: BodyRules) -> bool:
    """``low[start:end]`` (lower-cased text) is wholly one place of the place lists."""
    return any(rx is not None and (m := rx.match(low, start)) is not None and m.end() == end
               for rx in (rules.places, rules.name_places))


def _named_in_full(t: Text, name: str, at: int, rules: BodyRules) -> str | None:
    """The firm's name printed with its firm word capitalized elsewhere in the article than at ``at`` ("Tập đoàn
    Changshin" in an article printing "tập đoàn Changshin"), or None."""
    for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", t.raw):
        if m.start() == at:
            continue
        head = rules.firms.words.search(t.low, max(0, m.start() - 20), m.start()) if rules.firms.words else None
        if head is not None and head.end() == m.start() and t.raw[head.start()].isupper():
            return t.raw[head.start() : m.end()]
    return None


def _firm_field_end(t: Text, pos: int, rules: BodyRules, tags: dict[int, str]) -> int | None:
    """Where the name starts after a firm's descriptor: past its field's lower-case nouns and adjectives and a
    country of one or two words printed after them; None when another word comes first."""
    words = t.words_after(pos)
    for k, (ws, we) in enumerate(words[: _FIRM_FIELD_MOST + 1]):
        word = t.raw[ws:we]
        if k and "\n" in t.raw[words[k - 1][1] : ws]:
            return None  # "hãng xe\nZentra": a new line, no name
        if word[:1].isupper():
            for n in (2, 1):  # "nhà sản xuất chip Hàn Quốc X": the country is no part of the name
                if k + n < len(words) and fold(t.raw[ws : words[k + n - 1][1]]) in rules.country_keys:
                    return words[k + n][0]
            return ws
        tag = tags.get(ws)  # None: a later syllable of the tagger's word ("hàng [không]"), read with the first
        if _firm_not_at(t, ws, rules) or (tag is None and k == 0) or tag is not None and not tag.startswith(_FIRM_FIELD_TAGS):
            return None
    return None


def _firm_not_at(t: Text, pos: int, rules: BodyRules) -> bool:
    """A firm_not word or phrase ("của", "thông tấn") is printed at ``pos`` as whole words."""
    return any(t.low.startswith(p, pos) and not t.low[pos + len(p) : pos + len(p) + 1].isalnum() for p in rules.firms.stop)


def outlet_descriptors(t: Text, rules: BodyRules, outlets: list[BodyMatch]) -> set[int]:
    """Where the lower-case descriptor of each outlet of :func:`foreign_outlets` starts ("[tờ] Washington Post"): a
    name read before it ends there ("Tạp chí Time và [tờ Washington Post]")."""
    if rules.foreign_outlet_words is None or not outlets:
        return set()
    starts = {m.start for m in outlets if m.source == "outlet"}
    return {d.start() for d in rules.foreign_outlet_words.finditer(t.low)
            if d.end() in starts and t.raw[d.start()].islower()}


def armed_groups(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """Groups and movements printed after their cue: one Latin capitalized word, no capitalized word after it."""
    if rules.group_cues is None:
        return []
    out = []
    for m in rules.group_cues.finditer(t.low):
        if not t.raw[m.start()].islower():
            continue
        words = _latin_run(t, m.end(), _GROUP, 1)
        if words is None or fold(t.raw[words[0][0] : words[0][1]]) in rules.country_keys:
            continue
        name = t.raw[words[0][0] : words[0][1]]
        out.append(BodyMatch(words[0][0], words[0][1], rules.lookup.get(norm_key(name), name), "group"))
    return out


_PAIR = re.compile(r"([^\W\d_]+(?: [^\W\d_]+)?) (?:và|-|–) ")


def paired_groups(t: Text, rules: BodyRules) -> list[BodyMatch]:
    """A conflict's two sides after their opener, a country then a group ("giao tranh giữa Israel và Xyzar"): the
    group is one Latin capitalized word with no capitalized word after it, in a sentence holding a word of armed
    conflict (``group_pair_context``)."""
    if rules.group_pair_openers is None or rules.group_pair_context is None:
        return []
    out = []
    for m in rules.group_pair_openers.finditer(t.low):
        start = max(t.low.rfind(".", 0, m.start()), t.low.rfind("\n", 0, m.start())) + 1
        end = min(x for x in (t.low.find(".", m.end()), t.low.find("\n", m.end()), len(t.low)) if x >= 0)
        if rules.group_pair_context.search(t.low, start, end) is None:  # a pair names a group only in a conflict
            continue
        pair = _PAIR.match(t.raw, m.end())
        if pair is None or not t.raw[m.end()].isupper() or fold(pair.group(1)) not in rules.country_keys:
            continue
        words = _latin_run(t, pair.end(), _GROUP, 1)
        if words is None or fold(t.raw[words[0][0] : words[0][1]]) in rules.country_keys:
            continue
        name = t.raw[words[0][0] : words[0][1]]
        out.append(BodyMatch(words[0][0], words[0][1], rules.lookup.get(norm_key(name), name), "group"))
    return out


def _opens_clause(raw: str, pos: int, credits: list[str] | tuple[str, ...] = ()) -> bool:
    """Nothing but blanks between ``pos`` and the text's start, a line's start or a mark ending a sentence or a clause
    or a colon closing no ``credits`` label (credit_before rows: "Ông nói: báo X đưa tin"; never "Ảnh: báo X", a credit, nor a
    parenthesis or a quote: "(báo X)", "nhắn “báo X”", the verb)."""
    i = pos
    while i > 0 and raw[i - 1] in " \t\u00a0":
        i -= 1
    if i > 0 and raw[i - 1] == ":":
        return not any(raw.endswith(c, 0, i) for c in credits if c.endswith(":"))
    return i == 0 or raw[i - 1] in ".!?;,\n"


def _latin_run(t: Text, pos: int, shape: re.Pattern[str], most: int) -> list[tuple[int, int]] | None:
    """The Latin capitalized words from ``pos`` on, one blank apart (None: none, or more than ``most``, or a
    capitalized non-Latin word right after them: a Vietnamese name; or an apostrophe: the run is cut)."""
    words: list[tuple[int, int]] = []
    end = pos
    for ws, we in t.words_after(pos):
        if ws != end and (not words or t.raw[end:ws] != " "):
            break
        word = t.raw[ws:we]
        if not shape.match(word):
            if word[:1].isupper():
                return None
            break
        words.append((ws, we))
        end = we
        if len(words) > most:
            return None
    if words and t.raw[end : end + 1] in ("'", "\u2019", "-"):
        return None  # "L’ Humanité": a name the run only starts
    return words or None
