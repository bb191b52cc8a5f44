"""Phase 4, a name's edges: where a name read after a head ends once its words are read (its acronym, its
country, a level word with no place, a mission's host), how it is spelled, and whether it names one body."""

from __future__ import annotations

import re

from ...textnorm import fold
from ..body_rules import BodyRules, key, norm_key
from ..persons.scan import looks_vietnamese
from .scan import Text, is_word

# words between a defined head's name and its acronym end the name ("Đảng Tổ chức [thống nhất dân tộc Mã Lai] (UMNO)",
# "Diễn đàn ... [châu Á - Thái Bình Dương] (APEC)"); a clause (acronym_clause_word rows), a comma or a news credit
# ("(AFP)", news_credit rows) does not
_DEFINED_REST = re.compile(r"((?: (?:[^\W\d_]+|[-–])){1,8}) ?\(([A-ZĐ][A-ZĐ&-]{1,9})(?: \d{1,3})?\)")


def defined_end(t: Text, end: int, rules: BodyRules) -> int:
    """The end of a defined head's name reaching its acronym across the lower-case words the tail stopped at."""
    m = _DEFINED_REST.match(t.raw, end)
    if m is None or m.group(2) in rules.news_credits:
        return end
    words = m.group(1).split()
    pairs = list(zip(words, words[1:] + [""]))
    conjunctions = rules.checks.grammar.conjunctions
    joined = any(w in conjunctions and nxt[:1].islower() for w, nxt in pairs)  # "vì bao dung và hòa bình": the name's
    if any(w in rules.acronym_clause_words and not (w in conjunctions and nxt[:1].islower()) for w, nxt in pairs):
        return end
    # more words reach it only through a proper noun before it or "và"; else a clause ("phát lệnh bắt giữ (ICC)")
    if (len(words) > 2 or not all(w.islower() for w in words)) and not (joined or words[-1][:1].isupper()):
        return end
    return len(t.raw[: m.start(2) - 1].rstrip())


def capitalized_in(raw: str, start: int, end: int) -> bool:
    """Whether a word between start and end is capitalized (an acronym too): a name after its head, not only
    lower-case common nouns ("Cơ quan Năng lượng quốc tế", not "Cơ quan thuế")."""
    return any(w[:1].isupper() for w in raw[start:end].split())


def bare_level_end(t: Text, start: int, end: int, rules: BodyRules) -> int:
    """A name ending with a level word and no place: "... đô thị TP" ends before the level word (the city is
    not named); a capitalized "Thành phố"/"Tỉnh" stays, for the article's place to resolve."""
    words = t.raw[start:end].split()
    for n in (2, 1):
        last = words[-n:]
        if len(words) > n and fold(" ".join(last)).rstrip(".") in rules.level_words:
            if last[0][:1].isupper() and not fold(last[0]).startswith("tp"):
                return end
            cut = t.raw.rindex(last[0], start, end)
            return len(t.raw[:cut].rstrip())
    return end


def level_class_end(t: Text, start: int, end: int, rules: BodyRules) -> int | None:
    """The end of the level word after a name ending with "cấp" ("... cấp huyện"), else None."""
    if not any(end - start >= len(w) and t.low[end - len(w) : end] == w for w in rules.checks.grammar.level_classes):
        return None
    return next((lm.end() for lrx, _ in rules.levels if (lm := lrx.match(t.low, end + 1))), None)


def spelled_place(t: Text, pos: int, end: int, name: str, rules: BodyRules) -> str:
    """A city printed with its abbreviated level at the end of a name takes its full form: "Ban Quản lý Khu
    công nghệ cao TP.HCM" -> "... Thành phố Hồ Chí Minh"; any other city printed with the level glued to its name
    takes the level's word (abbreviations.tsv "TP"): "Hiệp hội X TP.Đà Nẵng" -> "Hiệp hội X thành phố Đà Nẵng";
    a firm's name keeps it as printed ("Công ty TNHH X TP.Vinh": a legal form, a public_name_not word or a
    brand_line_head in it), as does a name in capitals after it ("TP.HCM", "TP.HUẾ")."""
    if rules.places is None:
        return name
    for pm in rules.places.finditer(t.low, pos, end):
        if pm.end() != end or not t.capital_at(pm.start()) or is_word(t.raw, pm.start() - 1):
            continue
        printed = t.raw[pm.start() : end]
        place = rules.place_by_key.get(norm_key(printed).replace(" ", ""))
        if place is None or not fold(printed).startswith("tp"):
            continue
        return " ".join(name.split()[: len(name.split()) - len(printed.split())] + [f"{place.level} {place.name}"])
    if "TP" not in rules.word_abbr or _firm(name, rules):
        return name
    return _GLUED_CITY.sub(lambda m: f"{rules.word_abbr['TP']} {m.group(1)}" if _named(m.group(1)) else m.group(0),
                           name)


# a city's level printed short and glued to the word after it ("TP.Vinh", "TP.Hà Nội", "TP.Ô Môn")
_GLUED_CITY = re.compile(r"(?<!\S)TP\.([^\W\d_][\w-]*)")


def _named(word: str) -> bool:
    """A city's own name, capitalized with lower-case letters, accented or not ("Vinh", "Ô", "Đà"; not "HCM", "HUẾ")."""
    return word[:1].isupper() and any(c.islower() for c in word)


def _firm(name: str, rules: BodyRules) -> bool:
    """A firm's or a private business's name: a legal form, a public_name_not word ("Công ty", "Tập đoàn",
    "Ngân hàng") or a brand_line_head in it."""
    low = fold(name)
    words = rules.name_words
    return bool(rules.legal_forms and rules.legal_forms.search(low) or words.public_not and words.public_not.search(low)
                or words.head_of(name))


def public_name(name: str, rules: BodyRules) -> bool:
    """A public body's name, its public_word abbreviations spelled out: a public_head opens it (its first word
    spelled out: "GHPGVN tỉnh X", "ĐH Quốc gia X"), no firm's word, no legal form in it, and no Latin brand word
    ends it ("Vụ BHYT", "Trường ĐH X"; not "Tập đoàn ĐH Holdings", "Ngân hàng TMCP ĐH Bank", "Trường ĐH Smart")."""
    words = name.split()
    if not words or is_brand_word(words[-1]):
        return False
    if rules.legal_forms and rules.legal_forms.search(fold(name)):
        return False
    first = rules.public_word_abbr.get(words[0], words[0])
    return rules.name_words.public_name(" ".join([first, *words[1:]]))


def is_brand_word(word: str) -> bool:
    """A Latin brand word: capitalized with lower-case letters, no Vietnamese letter and no syllable Vietnamese
    spells ("Holdings", "Bank", "Group"; not "Long", "An", nor an acronym, "RMIT")."""
    return (word[:1].isupper() and word.isascii() and word.isalpha() and not word.isupper()
            and not looks_vietnamese(word))


def expand_words(name: str, rules: BodyRules) -> str:
    """Word abbreviations spelled out: "Cục CSGT" -> "Cục Cảnh sát giao thông"; a department's field after the
    head in its canonical spelling, as the department's own name has it ("Phòng Tài nguyên - Môi trường huyện
    X" -> "Phòng Tài nguyên và Môi trường huyện X")."""
    # "Ban Kinh tế - Ngân sách HĐND": a council's committee, the council spelled out
    heads = rules.head_expansions
    words = rules.word_abbr | rules.public_word_abbr if public_name(name, rules) else rules.word_abbr
    name = " ".join(words.get(w) or (heads.get(w, w) if i else w) for i, w in enumerate(name.split()))
    head, _, rest = name.partition(" ")
    low = fold(rest)
    for printed, spelled in rules.field_spellings.items():  # longest first
        if low.startswith(printed) and (len(low) == len(printed) or low[len(printed)] == " "):
            return f"{head} {spelled}{rest[len(printed):]}"
    return name


def cut_after_country(t: Text, start: int, end: int, rules: BodyRules) -> int:
    """A foreign body's name ends with its country: "Bộ Nông nghiệp Cộng hòa Dominica [Limber Cruz]", "Đảng Cộng sản
    Pháp [và nhiều tổ chức]" (a conjunction and lower-case words alone after it)."""
    if rules.countries is None:
        return end
    for cm in rules.country_in_name.finditer(t.tones, start, end):
        if rules.level_before and rules.level_before.search(t.low[max(0, cm.start() - 12) : cm.start()]):
            continue  # "thị xã Mỹ Hào": a place named like a country
        rest = t.tones[cm.end() : end].split()
        if rest and rest[0][:1].isupper() and not rules.countries.match(" " + " ".join(rest)):
            return cm.end()
        if (len(rest) > 1 and key(rest[0]) in rules.checks.grammar.conjunctions and rest[1][:1].islower()
                and not any(w[:1].isupper() for w in rest[2:])):
            return cm.end()  # not "Viện Nghiên cứu Nhật Bản và khu vực Đông Bắc Á": the name runs on
    return end


def republic_of_end(t: Text, start: int, end: int, rules: BodyRules) -> int:
    """A name goes on over its country printed as "nước Cộng hòa X", whether the name read so far stops before
    the noun or took it ("Chính phủ | nước Cộng hòa Cuba", "Hội đồng Nhà nước nước | Cộng hòa Cuba")."""
    if rules.republic_of is None:
        return end
    sp = t.tones.rfind(" ", start, end)
    rm = rules.republic_of.match(t.tones, end) or (rules.republic_of.match(t.tones, sp) if sp >= start else None)
    return max(end, rm.end()) if rm else end


def abroad_end(t: Text, start: int, end: int, rules: BodyRules) -> int:
    """A Vietnamese body abroad names its country: "Thương vụ Việt Nam tại Anh", "Hiệp hội ... Việt Nam tại
    Vương quốc Anh"; a country's mission names its host: "Đại sứ quán Cuba tại Việt Nam"."""
    if rules.countries is None:
        return end
    home = rules.checks.grammar.home
    if t.tones.startswith(rules.mission_heads, start) and rules.mission_host is not None and (
            (cm := rules.countries.search(t.tones, start, end)) or home and t.tones.endswith(home, 0, end)):
        hm = rules.mission_host.match(t.tones, end) or _host_city(t, end, cm, rules)
        return hm.end() if hm else end
    if not home or not t.tones.endswith(home, 0, end):
        return end
    m = rules.country_abroad.match(t.tones, end)
    return m.end() if m else end


def _host_city(t: Text, end: int, cm: re.Match[str] | None, rules: BodyRules) -> re.Match[str] | None:
    """A foreign country's mission printed with its host city ("Đại sứ quán Xyz tại Bangkok", "... tại Hà Nội"),
    when the article prints that country's mission with no country host anywhere ("Đại sứ quán Xyz tại Thái Lan"
    names it); the city is a ``host_city`` of body_patterns.tsv (foreign cities, Hà Nội and TP.HCM, a ``host_city_level``
    word, "Thành phố", maybe printed before it: "tại Thành phố Hồ Chí Minh"), with no
    capitalized word or number after it ("tại Lotte Center", "tại Expo 2025", "tại Huế": a venue, no host)."""
    if cm is None or rules.mission_host is None or rules.checks.host_city_rx is None or not (
            city := rules.checks.host_city_rx.match(t.tones, end)):
        return None
    if fold(" ".join(city.group(1).split())) not in rules.checks.host_cities:
        return None
    country = cm.group(0).strip()
    host = re.compile(re.escape(country) + rules.mission_host.pattern)
    return None if host.search(t.tones) else city


def brand_acronym_before(t: Text, p: int, rules: BodyRules) -> bool:
    """The word ending at ``p`` is an acronym of capitals the data knows as no head, word, body or legal form
    ("BOG", "SCB"): a name's own acronym, which a lower-case word after it does not go on ("Quỹ BOG [thu] từ ...";
    "Sở GTVT [tỉnh] X", "Công ty TNHH [sản xuất]" go on)."""
    word = t.raw[t.raw.rfind(" ", 0, p) + 1 : p]
    if len(word) < 2 or not word.isalpha() or not word.isupper():
        return False
    if word in rules.head_expansions or word in rules.word_abbr or word in rules.public_word_abbr or norm_key(word) in rules.lookup and rules.lookup[norm_key(word)] not in rules.press:
        return False
    return not (rules.legal_forms and rules.legal_forms.fullmatch(fold(word)))


_WORDS_AHEAD = re.compile(r"(?:,?[ \t]+[^\W_][\w.-]*){1,10}")


def country_ahead(t: Text, start: int, end: int, rules: BodyRules) -> bool:
    """A foreign head at ``start``-``end`` is a head: a country is printed in the words after it ("Quân đội [Hoàng gia
    Campuchia]", "Bộ [Thương mại, Đầu tư và Công nghiệp Malaysia]"), or it follows a joint ("Hạ viện Nhật Bản và
    [Thượng viện]": it names no body, but ends the name before it); else it is a word of another name ("Trường Sĩ
    quan Lục quân 1")."""
    m = _WORDS_AHEAD.match(t.tones, end)
    if m and rules.country_in_name and rules.country_in_name.search(m.group(0)):
        return True
    return bool(rules.checks.grammar.joint_before_rx.search(t.raw, max(0, start - 8), start))


def foreign_name(name: str, rules: BodyRules) -> bool:
    """Whether ``name`` ends with a country ("... Mỹ", "... Cộng hòa Dominica")."""
    if any(r in name for r in rules.republics):
        return True
    return bool(rules.country_final and rules.country_final.search(name))


_PAIR = re.compile(r"\s+[-–]\s*$")


def paired_countries(name: str, rules: BodyRules) -> bool:
    """Whether ``name`` ends with two countries joined by a dash ("... Việt Nam - Bulgaria"): the two sides of a
    meeting a head that needs its country names ("Diễn đàn doanh nghiệp Việt Nam - X"), no one state's body."""
    if rules.country_final is None or not (m := rules.country_final.search(name)):
        return False
    before = name[: m.start()]
    dash = _PAIR.search(before)
    if dash is None:
        return False
    first = before[: dash.start()]
    return bool(rules.country_final.search(first)) or bool(rules.checks.grammar.home) and fold(first).endswith(
        " " + fold(rules.checks.grammar.home))


# the words after its head that name a centre by its function at length ("Trung tâm Nghiên cứu Kiến trúc"): a body
# without its place; a shorter name ("Trung tâm Y tế") is a class of units every place has, named by its place
_AT_LENGTH = 4


def named_at_length(name: str, head: str) -> bool:
    """``name`` holds at least _AT_LENGTH words after ``head`` (a placed head's name that needs no place)."""
    return len(name.split()) - len(head.split()) >= _AT_LENGTH


def stop_pair_at(t: Text, q: int, we: int, rules: BodyRules) -> bool:
    """The syllable at ``q`` (ending at ``we``) and the next one are a two-word stop ("trực thuộc"), though the tagger
    glued them to the capitalized word before ("Việt - Hàn trực thuộc")."""
    if t.raw[we : we + 1] != " ":
        return False
    nxt = t.word_end(we + 1)
    return bool(nxt) and f"{t.low[q:we]} {t.low[we + 1 : nxt]}" in rules.topic_stop_pairs


def placed_name(name: str, rules: BodyRules) -> bool:
    """Whether ``name`` ends with a place ("... tỉnh Quảng Ninh", "... TP.HCM") or names a national body."""
    key = fold(name)
    if key.endswith(rules.checks.grammar.national_ends):
        return True
    words = key.split()
    # a level word, then a name: "... thành phố hưng yên", "... thị xã ninh hòa"
    if any(words[i - 1] in rules.level_words or " ".join(words[max(0, i - 2) : i]) in rules.level_words
           for i in range(2, len(words))):
        return True
    return bool(rules.places is not None and any(rules.places.fullmatch(" ".join(words[i:])) for i in range(2, len(words))))


def has_own_name(name: str, rules: BodyRules) -> bool:
    """Whether a capitalized word or a number follows the (stacked) head words of ``name``; a foreign head after the
    first is a word of the name ("Báo [Quân đội] nhân dân")."""
    rest = name
    foreign = rules.foreign_head_keys
    while True:
        key = fold(rest)
        head = next((u for u in sorted(rules.unnamed, key=len, reverse=True) if key.startswith(u + " ")
                     and not (u in foreign and rest != name)), None)
        if head is None:
            break
        rest = rest[len(head) + 1 :]
    words = rest.split()
    if fold(rest) in rules.unnamed:
        words = []
    return any(w[:1].isupper() or w[:1].isdigit() for w in words)


def unnamed(key: str, rules: BodyRules) -> bool:
    """Heads alone, possibly stacked: "Ban Thường vụ", "Ban Thường vụ Tỉnh ủy" (no place named)."""
    if key in rules.unnamed:
        return True
    for level in rules.level_words:
        if key.endswith(" " + level) and unnamed(key[: -len(level) - 1], rules):
            return True  # "Ban Chấp hành Đảng bộ TP": the city is not named
    return any(key.startswith(u + " ") and unnamed(key[len(u) + 1 :], rules) for u in rules.unnamed)
