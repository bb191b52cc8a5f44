"""Phase 4: proper names after a head ("Cục Cảnh sát giao thông", "Tổng cục Biển và Hải đảo Việt Nam"),
ended by a verb, a person's name, a number or a country."""

from __future__ import annotations

import re
from functools import lru_cache

from ...textnorm import fold
from ..body_rules import BodyRules, key
from ..persons.scan import looks_vietnamese
from .border_posts import border_posts
from .firm_ends import own_name_before, predicate_at, surname_name_end
from .lines import brand_end
from .proper_boards import board_end
from .proper_closers import tail_closed_end
from .proper_edges import (
    abroad_end,
    bare_level_end,
    brand_acronym_before,
    capitalized_in,
    country_ahead,
    cut_after_country,
    defined_end,
    expand_words,
    foreign_name,
    has_own_name,
    level_class_end,
    named_at_length,
    paired_countries,
    placed_name,
    republic_of_end,
    spelled_place,
    stop_pair_at,
    unnamed,
)
from .proper_places import COMMON_NOUN_TAGS, head_place, national_end, noun_national_end, placed_end
from .scan import UNNAMED, BodyMatch, Text, brand_run, foreign_word, is_word
from .schools import counted_levels, joined_level_end, levels_so_far, spell_school

_ACRONYM_AFTER = re.compile(r" ?\((?:[A-ZĐ][A-ZĐ&-]{1,9})(?: [A-Z]{2,4}| \d{1,3})?\)")  # "(ICC)", "(IPTP 11)"
_NUMBER_END = re.compile(r" (?:số )?\d{1,3}$")  # "... rừng số 2", "Đoàn địa chất 20"
NOUN_TAGS = {"N", "Np", "Nc", "Nu", "Ny", "Nb", "A"}


@lru_cache(maxsize=4096)
def _first_word(phrase: str) -> str:
    """The letters a head's regex (``body_rules.phrase_regex``: the lower-cased, tone-canonical
    phrase, its letters literal) begins with; "" (always tried) when it begins otherwise."""
    m = re.match(r"\w+", key(phrase))
    return m.group(0) if m else ""


def proper_names(t: Text, rules: BodyRules, tags: dict[int, str] | None, blocked: set[int]) -> list[BodyMatch]:
    """Proper names after a head: "Cục Cảnh sát giao thông", "Tổng cục Biển và Hải đảo Việt Nam"."""
    out = []
    # another head starts another body: "Trường đại học X và Trường đại học Y"
    low = t.low  # a head's regex is tried only where its first word is printed (most heads are rare)
    found = [(m, head) for rx, head in rules.proper_heads if _first_word(head) in low
             for m in rx.finditer(low) if t.capital_at(m.start()) and not _inside_name(t, m.start(), rules)
             and not ((nf := rules.not_followed.get(fold(head))) and nf.match(low, m.end()))  # "Báo chí"
             and not head_place(t, m.end(), head, rules, tags)  # "Hội An", "Trường Sa": a place
             and (head not in rules.foreign_heads or country_ahead(t, m.start(), m.end(), rules))]  # "Lục quân [1]"
    # a head coordinated with another body ("Đảng và Nhà nước Cuba") names none, and ends the name before it
    co = {m.start() for m, head in found if (c := rules.coordinated.get(fold(head))) and c.match(low, m.end())}
    found = [(m, head) for m, head in found if m.start() not in co]
    heads = {m.start() for m, _ in found} | co
    heads -= blocked
    blocked = blocked | heads
    listed = blocked - heads
    # a legal form ends no firm's name: a head right after it opens the firm's own name ("Công ty cổ phần [Tập đoàn
    # X]", "Công ty CP [Bệnh viện Y]"), read with it, and names no body of its own; only after a plain space, the
    # one the firm's head is read across (after another space the inner head names its body alone); a school's too
    owned = {m.end() + 1 for m, head in found
             if m.end() + 1 in heads and t.raw[m.end() : m.end() + 1] == " " and _legal_head(head, rules)}
    owned |= _school_fields(t, found, heads, blocked, rules, tags)
    for m, head in found:
        if m.end() >= len(t.raw) or t.raw[m.end()] != " " or m.start() in owned:
            continue
        if rules.level_before and rules.level_before.search(t.low[max(0, m.start() - 12) : m.start()]):
            continue  # "thành phố Hội An"
        if m.start() in listed or rules.countries and rules.countries.match(" " + t.tones[m.start() : m.start() + 30]):
            continue  # a listed body, local body or topic name starts here; a country's name ("Đài Loan")
        if (posts := border_posts(t, m.start(), m.end(), head, rules)) is not None:
            out += posts  # "Đồn Biên phòng X": a border guard post named by its place alone
            continue
        defined = head in rules.defined_heads
        numbered = head in rules.numbered_heads
        end = proper_tail(t, m.end(), rules, tags, blocked - {m.end() + 1} if m.end() + 1 in owned else blocked,
                           head in rules.lower_heads or defined or numbered, rules.name_words.head_of(head))
        if numbered and tags is not None and not _NUMBER_END.search(t.raw, m.end(), end):
            # "Đội Kiểm lâm cơ động [và ...] số 2": a word the tagger calls a verb inside a unit's name its number ends
            whole = proper_tail(t, m.end(), rules, None, blocked, True)
            end = whole if _NUMBER_END.search(t.raw, m.end(), whole) else end
        if tags is not None and rules.name_words.head_of(head):  # "Công ty cổ phần Đầu tư [phát triển ... Thủ Đức]"
            end = brand_end(t, m.end(), end, rules, tags, blocked) or end
        if tags is not None:  # "Ban Quản lý [các công trình công cộng huyện X]": a board named at length to its place
            end = board_end(t, m.start(), end, rules, tags) or end
        reached = False  # the name reached the acronym it defines across lower-case words the tail stopped at
        if not _ACRONYM_AFTER.match(t.raw, end):
            acronym_end = defined_end(t, end, rules)
            # "Trung tâm chứng nhận Halal quốc gia Việt Nam (HALCERT)"; not a head the tagger glued to the next
            # syllable ("... Kiểm soát và Phòng ngừa Dịch bệnh Mỹ (CDC)": "Phòng ngừa" is a verb)
            # a capitalized word after the head: "Trung tâm thương mại (TTTM)", "Quỹ đầu tư (QĐT)" are common nouns
            reached = not defined and acronym_end > end and capitalized_in(t.raw, m.end(), acronym_end) and (
                tags is None or m.end() + 1 in tags)
            end = acronym_end if defined or reached else end
        need_country = defined and not _ACRONYM_AFTER.match(t.raw, end)  # else "Đảng Nhân dân Campuchia" only
        if need_country and not (rules.country_final and rules.country_final.search(t.tones[m.start() : end])) and (
                party_end := _party_end(t, m.end(), end, rules)):
            end, need_country = party_end, False  # "Đảng Cộng hòa", "Đảng Dân chủ": a party's own name, as printed
        if end == m.end() and head in rules.lower_placed_heads and tags is not None:
            end = placed_end(t, m.end() + 1, rules, tags, limit=7) or end  # "Hội đồng thẩm định giá đất tỉnh X"
        if end == m.end() and tags is not None and not (
                defined or numbered or rules.checks.grammar.plural_before(t.low, m.start(), 12)):
            end = noun_national_end(t, m.end() + 1, rules, tags) or end  # "Tổng công ty khí Việt Nam"
        end = (surname_name_end(t, m.end(), head, rules, blocked, tags) or end) if end == m.end() else end  # "Tập đoàn Vạn ..."
        if end == m.end():
            continue
        end = _comma_list_end(t, end, rules, tags, blocked)
        if rules.republic and (sp := t.tones.rfind(" ", m.end(), end)) >= 0 and (rm := rules.republic.match(t.tones, sp)):
            end = max(end, rm.end())  # "Học viện Ngoại giao Cộng [hòa Dominica]": the state form goes on
        else:
            end = republic_of_end(t, m.end(), end, rules)
        end = cut_after_country(t, m.end(), end, rules)
        end = bare_level_end(t, m.end(), end, rules)
        end = abroad_end(t, m.start(), end, rules)
        if (level_end := level_class_end(t, m.end(), end, rules)) is not None:
            # "Ban QLDA khu vực cấp huyện", "Phòng Tư pháp cấp huyện": a class of bodies at a level, no one body
            out.append(BodyMatch(m.start(), level_end, "", UNNAMED))
            continue
        name = " ".join(t.tones[m.start() : end].split())
        key = fold(name)
        if head in rules.foreign_heads and not foreign_name(name, rules) or need_country and (
                not (rules.country_final and rules.country_final.search(name)) or key.endswith("việt nam")
                or fold(head) in rules.checks.paired_meeting_heads and paired_countries(name, rules)):
            continue  # "Bộ Luật Hình sự" is a code; "Bộ Nông nghiệp Cộng hòa Dominica" a ministry; "Diễn đàn
            # doanh nghiệp Việt Nam - X" a meeting of the two sides
        if numbered and not (_NUMBER_END.search(name) and len(name.split()) > 2):
            continue  # "Đội tuyển Việt Nam", "đoàn công tác của tỉnh": no unit's number
        if head in rules.placed_heads and not reached and not placed_name(name, rules) and not (
                named_at_length(name, head) and not rules.name_words.project_before(t.low, m.start())):
            continue  # "Trung tâm Báo chí Kỳ họp" is a facility; "Trung tâm Y tế thành phố Hưng Yên" a body
        if head in rules.named_defined_heads and not capitalized_in(t.raw, m.end(), end):
            continue  # "Cơ quan thuế (CQT)", "Cơ quan chức năng": a unit every place has, no agency's name
        school_field = m.end() + 1 in owned and fold(head) in rules.checks.field_owner_heads  # "Học viện Ngân hàng"
        if not school_field and (unnamed(key, rules) or any(key == h or key.startswith(h + " ")
                                                              for h in rules.topic_head_keys)):
            continue
        if not (defined and not need_country or reached or school_field or has_own_name(name, rules)):
            continue  # "Ban Thường vụ Đảng ủy cơ quan": common nouns only (an acronym names "Nghị viện quốc tế")
        if counted_levels(t, m.start(), name, rules):
            continue  # "Tỉnh có 12 Trường TH & THCS", "các Trường THCS-THPT": a class of schools
        name = spell_school(expand_words(spelled_place(t, m.end(), end, name, rules), rules), rules)
        out.append(BodyMatch(m.start(), end, name, "proper", head=head))
    return out


def _school_fields(t: Text, found: list, heads: set[int], blocked: set[int], rules: BodyRules,
                   tags: dict[int, str] | None) -> set[int]:
    """Starts of the heads a school's field opens with (``field_owner_head``) where the school's name read across
    one is its own: its own capitalized words or number after it ("Học viện Hải quân Mỹ"), or it ends the name whole,
    no field verb it heads after it ("Học viện Ngân hàng"; not "Trường Đại học Phòng [cháy chữa cháy]"), never a
    firm's head with its legal form ("Trường Đại học Công ty [cổ phần X]": the firm is a body of its own)."""
    longest: dict[int, tuple[int, str]] = {}  # the longest head at each start ("Công ty cổ phần", not "Công ty")
    for m, h in found:
        longest[m.start()] = max(longest.get(m.start(), (0, "")), (m.end(), h))
    out = set()
    for m, head in found:
        inner = m.end() + 1
        inner_end, inner_head = longest.get(inner, (0, ""))
        if inner not in heads or t.raw[m.end() : inner] != " " or fold(head) not in rules.checks.field_owner_heads \
                or not inner_end or _legal_head(inner_head, rules):
            continue
        end = proper_tail(t, m.end(), rules, tags, blocked - {inner}, head in rules.lower_heads,
                           rules.name_words.head_of(head))
        nxt = t.word_end(end + 1) if end == inner_end and t.raw[end : end + 1] == " " else None
        if any(w[:1].isupper() or w[:1].isdigit() for w in t.raw[inner_end:end].split()) if end > inner_end else (
                end == inner_end and not (nxt and fold(t.raw[inner:nxt]) in rules.checks.unit_field_verbs)):
            out.add(inner)
    return out


def _legal_head(head: str, rules: BodyRules) -> bool:
    """``head`` (as matched) is a company's head ending with its legal form ("Công ty cổ phần", "Công ty TNHH")."""
    h = fold(head)
    return rules.name_words.head_of(head) and bool(rules.legal_forms) and any(
        rules.legal_forms.fullmatch(h, i + 1) for i in range(len(h)) if h[i] == " ")  # type: ignore[union-attr]


def _party_end(t: Text, pos: int, end: int, rules: BodyRules) -> int | None:
    """End of a party's own name printed after its head ("Đảng [Cộng hòa]", "Đảng [Dân chủ]"; party_name rows):
    the listed words alone before a lower-case word or a stop."""
    if not any(t.low.endswith(h, max(0, pos - len(h)), pos) for h in rules.party_heads):
        return None
    for n in (2, 1):
        q = pos
        for _ in range(n):
            q = t.word_end(q + 1) or end
        if q <= end and fold(t.raw[pos:q]).strip() in rules.party_names and not t.raw[q : q + 1].isalnum():
            # a capitalized word after them may go on the name ("Đảng Dân chủ [Tự do]") or be a person's: none
            return None if t.raw[q + 1 : q + 2].isupper() else q
    return None


def _school_so_far(t: Text, pos: int, p: int, rules: BodyRules) -> bool:
    """The name so far is a school's head and level ("Trường Trung học cơ sở"): a person's name after it is the
    school's own name."""
    start = t.raw.rfind("Trường", max(0, pos - 50), pos)
    return start >= 0 and fold(" ".join(t.raw[start:p].split())) in rules.school_levels or levels_so_far(t, pos, p, rules)


def _inside_name(t: Text, pos: int, rules: BodyRules) -> bool:
    """A head word inside a capitalized name ("Tây Ban Nha", "Hải Phòng"): no head; a function word opening the
    sentence (``sentence_opener``: "Theo Đài X", "Tại Bệnh viện Bạch Mai") is no name, nor a one-word title
    (``head_title``: "Trưởng Đoàn Kiểm tra số 05") before a head printed capitalized (not one a title glued to it:
    "Trưởng ban Điện tử"), nor a prefix's abbreviation ("BTV Công đoàn X": the board of "Công đoàn X")."""
    w = (t.raw[max(0, pos - 12) : pos].split() or [""])[-1]
    titled = fold(w) in rules.head_titles and t.printed[pos].isupper() or w.isupper() and fold(w) in rules.unnamed
    return (w[:1].isupper() and w[-1:].isalpha() and t.raw[pos - 1 : pos] == " "
            and fold(w) not in rules.sentence_openers and not titled)


_RANGE_AFTER = re.compile(r"[ \t]*[-–][ \t]*\d")
_FRACTION_AFTER = re.compile(r"[/.,]\d")


def proper_tail(
    t: Text, pos: int, rules: BodyRules, tags: dict[int, str] | None, blocked: set[int], lower_ok: bool = False,
    firm: bool = False,
) -> int:
    end = pos
    count = 0
    p = pos
    lows: list[str] = []  # the name's words so far, lower-cased
    in_place = False  # the name has reached its place ("... tỉnh Quảng Ninh", "... TP.HCM") or the person a
    # school is named after: the next lower-case word ends it
    while count < 20:  # "Ủy ban Thường vụ Đại hội đại biểu nhân dân Khu tự trị dân tộc Choang Quảng Tây"
        if count and (pair_end := _comma_pair_end(t, p, rules)):
            # "Viện Chiến lược, Chính sách tài nguyên ...": two fields joined by a comma, one name
            lows += t.low[p + 1 : pair_end].split()
            p = end = pair_end
            count += 1
            continue
        if (level_end := joined_level_end(t, pos, p, rules)):
            lows += t.low[p:level_end].split()  # "Trường TH [& THCS] X": a school's levels joined by a sign or "và"
            p = end = level_end
            count += 1
            continue
        m = re.match(r" và | [-–] |[ \u00a0]|-", t.raw[p : p + 5])
        if not m:
            break
        if firm and count and m.group(0) == " và " and t.raw[p + 4 : p + 5].islower() and (
                partners := rules.name_words.partners_end(t.low, p, lows)):
            end = partners  # "Công ty Luật X [và cộng sự]": a law or audit firm's name ends with its partners
            break
        q = p + m.end()
        we = t.word_end(q)
        if not we or not t.raw[q].isalnum() or q in blocked:
            break
        word = t.raw[q:we]
        glued = _glued_sentence(word)
        if glued is not None:  # "... Việt Nam.Bộ Tài nguyên": a sentence printed without its space
            word = word[:glued]
        low = t.low[q : q + len(word)]
        joined = "và" in m.group(0) or len(m.group(0)) == 3
        kept_and = m.group(0) == " và " and bool(lows) and f"{lows[-1]} và {low}" in rules.topic_keep  # "nhỏ và vừa"
        if (count == 0 and not lower_ok or joined) and not (word[0].isupper() or word[0].isdigit()):
            if not (m.group(0) == " và " and count and not in_place and not (firm and own_name_before(p, tags)) and (
                    _lower_conjunct(t, q, low, rules) or kept_and)):  # "Công ty Minh Phát [và chính quyền]": no conjunct
                break  # "Trung tâm Quan trắc tài nguyên và môi trường": a lower-case pair of nouns goes on
        if count and word[0].islower() and tags is not None and tags.get(q) not in COMMON_NOUN_TAGS and \
                brand_acronym_before(t, p, rules):
            break  # "Quỹ BOG [thu] từ người tiêu dùng": no noun goes on a name's own acronym (the tagger glues them)
        level = _after_level(lows, rules)
        if count and word[0].islower() and any(t.tones.endswith(sx, 0, p) for sx in rules.national_suffixes):
            break  # "Hiệp hội ... Việt Nam [kiến nghị]": a national name ends with the country
        if count == 0 and (low in rules.topic_stops or low == "về") and not _kept_pair(t, we, low, rules) \
                and not (t.capital_at(q) and rules.places and rules.places.match(t.low, q)):
            break  # "Ủy ban Về các vấn đề ...", "Hội Các ...": a function word, not a name ("Bệnh viện Giao thông
            # vận tải": a word of two syllables kept in names goes on; "Báo Cần Thơ": a place, no modal "cần")
        if word[0].isdigit():
            if m.group(0) == " và ":
                break  # "Hiệp hội Doanh nghiệp Pháp [và 16] CEO": a count after "và" is no unit's number
            nxt_tag = tags.get(we + 1) if tags is not None else None
            if _RANGE_AFTER.match(t.raw, we) or _FRACTION_AFTER.match(t.raw, we):
                break  # "Ban Thường vụ 9 - 11 người", "Vụ X 08/08 nhiệm vụ": a range, a ratio or a date is no unit's number
            if nxt_tag not in COMMON_NOUN_TAGS or _after_level(lows, rules):
                # "Quân khu 7", "Binh đoàn 20", "... quận 10": a number ends the name ("Hội Phụ nữ 2 đơn vị" is
                # a quantity)
                end = we
            break
        if count and word[0].isupper() and low in rules.sentence_openers:
            break  # "Cục Quản lý THADS [Như] PLO đã đưa tin": a heading printed without its full stop
        if word[0].isupper():
            nxt = t.word_end(we + 1)
            third = t.word_end(nxt + 1) if nxt else None
            # a surname and a capitalized given name; one-letter surnames ("Y") need two more names
            person = nxt and t.raw[we + 1].isupper() and (len(word) > 1 or (third is not None
                                                                             and t.raw[nxt + 1].isupper()))
            if level and person and third is not None and t.raw[nxt + 1 : nxt + 2].isupper() \
                    and fold(word) in rules.surnames and fold(t.raw[we + 1 : nxt]) in rules.middle_names \
                    and not (rules.places is not None and rules.places.match(t.low, q)):
                break  # "Ủy ban Kiểm tra tỉnh [Nguyễn Văn An]": a person's name after the level word, not its place
            if level or _city_word(t, q, word, rules):
                in_place = True  # "thị xã Ninh Hòa", "TP.HCM": a place, not a person's name
                if not level and (pm := rules.places.match(t.low, q)) and pm.end() > we:  # type: ignore[union-attr]
                    word = t.raw[q : pm.end()]  # "TP. Hồ Chí Minh": the abbreviated level's dot is inside the place
            elif person and _school_so_far(t, pos, p, rules):
                in_place = True  # "Trường Tiểu học Lê Văn Tám [đạt giải]": the person's name ends the school's
            elif fold(word) in rules.surnames and person:
                spelled = rules.name_places.match(t.low, q) if rules.name_places is not None else None
                field = rules.name_fields.match(t.low, q) if rules.name_fields is not None else None
                # a one-letter "surname" before a place is a field ("Trường Đại học Y Hà Nội")
                field_at = len(word) == 1 and rules.places is not None and bool(rules.places.match(t.low, we + 1))
                if not (rules.places is not None and rules.places.match(t.low, q)) and not spelled and not (
                        field or field_at) and not (count and brand_run(t, q)):
                    break  # a person's name follows the body
                if field and field.end() > we:
                    word = t.raw[q : field.end()]  # "Bệnh viện Đại học Y Dược [TP.HCM]"
                if spelled and spelled.end() > we:
                    word = t.raw[q : spelled.end()]  # "Bạch Mai [Đào Xuân Cơ]": the place is one word of the name
                    in_place = True  # "Bệnh viện Bạch Mai [về] sai phạm": a lower-case word after it ends the name
        elif in_place and not level:
            break  # "Bệnh viện Ung bướu TP.HCM [ngang tầm]": the name ends with its place
        elif level and not (tags is not None and q not in tags and m.group(0) == " "):
            break  # "... đô thị Thành phố [khẩn trương]": a level word with no place after it ends the name
            # ("Khoa học xã hội": a level syllable opening a longer word is no level)
        elif firm and predicate_at(t, q, tags):
            break  # "Công ty Cà phê Tân Nguyên [chủ yếu] xuất khẩu": the predicate opens after the firm's own name
        elif tags is not None and q not in tags and m.group(0) == " " and _glued_to_name(t, pos, q, tags) \
                and not national_end(t, q, rules, limit=2):
            break  # "Tập đoàn Vingroup [tính] đến": the tagger glued the next verb to the proper name (a name going
            # on to its country is one: "Công ty Samsung điện tử Việt Nam")
        elif tags is not None and q not in tags and m.group(0) == " " and not stop_pair_at(t, q, we, rules):
            pass  # a syllable inside a multi-syllable word ("Ngoại giao"): the word goes on
        elif m.group(0) == " " and (run := _name_run(t, q, lows, rules)):
            word, low = t.raw[q:run], t.low[q:run]  # "Ban Quản lý dự án [đầu tư xây dựng] tỉnh Quảng Trị"
        else:
            nxt = t.word_end(we + 1) if t.raw[we : we + 1] == " " else None
            pair = f"{low} {t.low[we + 1 : nxt]}" if nxt else ""
            prev = t.low[max(0, q - 12) : q].split()[-1:]
            kept = kept_and or pair in rules.topic_keep or _kept_triple(t, nxt, pair, rules) or bool(prev) and (
                f"{prev[0]} {low}" in rules.topic_keep or f"{prev[0]} {pair}" in rules.topic_keep) or _pair_opens(
                t, q, rules)
            if low == "và" or not kept and (low in rules.topic_stops or pair in rules.topic_stop_pairs):
                break
            lead = lower_ok and not any(c.isupper() or c.isdigit() for c in t.raw[pos:q])
            conjunct = m.group(0) == " và " and tags is not None and _word_ends_clause(t, q, tags)
            if not kept and not lead and not conjunct and tags is not None and q in tags and tags[q] not in NOUN_TAGS:
                # (the lower-case words that open a company's name go on: "Công ty cổ phần đầu tư Ánh Việt")
                # "Tổng công ty Quản lý bay Việt Nam": a national name ends the words a tagger calls verbs
                end = national_end(t, q, rules, limit=2) or placed_end(t, q, rules, tags) or tail_closed_end(
                    t, q, rules, tags, blocked, pos) or end  # "... quản lý đất đai [trực thuộc Tổng cục X]"
                break
        p = end = q + len(word)
        lows.append(low)
        count += 1
        if glued is not None:
            break
    return end


def _name_run(t: Text, q: int, lows: list[str], rules: BodyRules) -> int | None:
    """The end of a lower-case run a board's name carries at ``q`` after the words it follows ("dự án [đầu tư xây
    dựng]"), when a capitalized word or a level word comes next; else None (a clause: "đầu tư xây dựng nhà")."""
    read = " ".join(lows)
    for run, after in rules.name_runs:
        e = q + len(run)
        if read.endswith(after) and t.low.startswith(run, q) and t.raw[e : e + 1] == " ":
            nxt = t.word_end(e + 1)
            if nxt and (t.raw[e + 1].isupper() or fold(t.raw[e + 1 : nxt]) in rules.level_words):
                return e
    return None


def _comma_pair_end(t: Text, p: int, rules: BodyRules) -> int | None:
    """The end of a comma pair's second field printed at ``p`` (", bồi dưỡng") after its first field, which ends the
    name read so far ("Trường Đào tạo"); None if there is none."""
    if t.raw[p : p + 2] != ", ":
        return None
    for first, second in rules.comma_pairs:
        b = p + 2 + len(second)
        if t.low.startswith(second, p + 2) and not is_word(t.raw, b) and t.low.endswith(first, 0, p) and not (
                p > len(first) and is_word(t.raw, p - len(first) - 1)):
            return b
    return None


def _pair_opens(t: Text, q: int, rules: BodyRules) -> bool:
    """A comma pair's first field is printed at ``q``, its second after the comma ("khiếu nại, tố cáo")."""
    return any(t.low.startswith(first, q) and _comma_pair_end(t, q + len(first), rules) for first, _ in rules.comma_pairs)


def _kept_pair(t: Text, we: int, low: str, rules: BodyRules) -> bool:
    """The word ending at ``we`` and the next one make a two-syllable word kept in names ("giao thông", "dự án")."""
    if t.raw[we : we + 1] != " ":
        return False
    nxt = t.word_end(we + 1)
    return bool(nxt) and f"{low} {t.low[we + 1 : nxt]}" in rules.topic_keep


def _kept_triple(t: Text, nxt: int | None, pair: str, rules: BodyRules) -> bool:
    """``pair`` and the next syllable: a phrase kept in names ("Thị trường [bất động sản]"), verbs of the tagger's."""
    if not nxt or t.raw[nxt : nxt + 1] != " ":
        return False
    third = t.word_end(nxt + 1)
    return bool(third) and f"{pair} {t.low[nxt + 1 : third]}" in rules.topic_keep


def _word_ends_clause(t: Text, q: int, tags: dict[int, str]) -> bool:
    """The tagger's word at ``q`` ends at a comma, a period or a parenthesis: after "và" it is the last noun of a
    name ("Chi cục Biển và hải đảo, ..."), whatever its tag; a verb would go on with its object."""
    p = q
    for _ in range(4):
        we = t.word_end(p)
        if not we:
            return False
        nxt = t.raw[we : we + 1]
        if nxt in {",", ".", ";", ":", ")", ""}:
            return True
        if nxt != " " or (we + 1) in tags:
            return False
        p = we + 1
    return False


def _glued_to_name(t: Text, pos: int, q: int, tags: dict[int, str]) -> bool:
    """The lower-case syllable at ``q`` shares a tagger word with the proper name before it: several
    capitalized syllables ("Ánh Dương tính toán") or one foreign word ("Vingroup tính", "Ukraine tố": no Vietnamese
    syllable). A body's own word has one capitalized syllable, Vietnamese ("Ngoại giao", "Chứng khoán")."""
    start = next((s for s in range(q - 1, pos - 1, -1) if s in tags and (s == 0 or t.raw[s - 1] == " ")), None)
    if start is None:
        return False
    words = t.raw[start:q].split()
    if not words or not all(w[:1].isupper() and any(c.islower() for c in w) for w in words):
        return False  # (an abbreviation in the word: "MTV Lâm nghiệp" is the company's own words)
    return len(words) > 1 or foreign_word(words[0]) or not looks_vietnamese(words[0])


def _after_level(lows: list[str], rules: BodyRules) -> bool:
    """The name's last words are an administrative level ("tỉnh", "thị xã"): a place name follows."""
    return bool(lows) and (lows[-1] in rules.level_words or " ".join(lows[-2:]) in rules.level_words)


def _city_word(t: Text, q: int, word: str, rules: BodyRules) -> bool:
    """A city printed with its abbreviated level as one word ("TP.HCM")."""
    return fold(word).startswith("tp") and rules.places is not None and bool(rules.places.match(t.low, q))


def _lower_conjunct(t: Text, q: int, low: str, rules: BodyRules) -> bool:
    """A lower-case noun after "và" inside a name: no clause word, no head of another body."""
    if low in rules.topic_stops or low == "và":
        return False
    if _pair_opens(t, q, rules):
        return True  # "... và phòng cháy, chữa cháy rừng": fields joined by a comma, no other body's head
    nxt = t.word_end(q + len(low) + 1) if t.raw[q + len(low) : q + len(low) + 1] == " " else None
    pair = f"{low} {t.low[q + len(low) + 1 : nxt]}" if nxt else low
    return not any(h == low or h == pair or h.startswith(pair + " ") for h in rules.unnamed) and pair not in rules.topic_stop_pairs


def _glued_sentence(word: str) -> int | None:
    """Where a next sentence starts inside a dotted word ("Nam.Bộ", "lấp.Kinh"; not "TP.HCM")."""
    i = word.find(".")
    if i > 1 and any(c.islower() for c in word[:i]) and word[i + 1 : i + 2].isupper() and word[i + 2 : i + 3].islower():
        return i
    return None


def _comma_list_end(t: Text, end: int, rules: BodyRules, tags: dict[int, str] | None, blocked: set[int]) -> int:
    """A name holding a list of its fields, the last joined by "và": "Bộ Thương mại, Đầu tư và Công nghiệp
    Malaysia", "Viện Chiến lược, Chính sách Nông nghiệp và Môi trường". No part may start another body, a
    head, a place or a person ("Bộ Tài chính, Bộ Công Thương và Bộ Xây dựng" is three bodies)."""
    p = end
    for _ in range(4):
        if t.raw[p : p + 2] != ", " or not _field_starts(t, p + 2, rules, blocked):
            return end
        e = proper_tail(t, p + 1, rules, tags, blocked)
        if e <= p + 2:
            return end
        part = t.raw[p + 2 : e]
        if " và " in part:
            q = p + 2 + part.index(" và ") + 4
            return e if _field_starts(t, q, rules, blocked) else end
        p = e
    return end


def _field_starts(t: Text, q: int, rules: BodyRules, blocked: set[int]) -> bool:
    """A capitalized common word starts at ``q``: no body, head, place or person."""
    if q in blocked or not t.raw[q : q + 1].isupper():
        return False
    words = t.low[q : q + 40].split()
    if any(" ".join(words[:n]).strip(",.") in rules.unnamed for n in (1, 2, 3)):
        return False
    if rules.places is not None and rules.places.match(t.low, q):
        return False
    if rules.countries is not None and rules.countries.match(t.tones, q - 1):
        return False
    return not (words and fold(words[0]) in rules.surnames)
