"""Phase 6: prefix heads glued to a body ("Đảng ủy Quốc hội", "Thường trực Ban Chỉ đạo"), and the
mentions that are no body (venues, news agencies in photo credits)."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import UNNAMED, BodyMatch, Text, is_word, opens_sentence, unit_code
from .world import is_place


def composites(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """Prefix heads glued to a body: "Đảng ủy Quốc hội", "Thường trực Ban Chỉ đạo" (the inner body then no
    mention of its own, but after an investigating agency: "Cơ quan Cảnh sát điều tra Công an tỉnh Hà Nam")."""
    out = []
    for m in matches:
        current = m
        inner = None
        while current.source != UNNAMED:
            window = t.low[max(0, current.start - 40) : current.start]
            hit = None
            for rx, value in rules.prefixes:
                pm = rx.search(window)
                if pm:
                    hit = (current.start - (len(window) - pm.start()), value)
                    break
            if hit is None:
                hit = _central(t, current, window, rules) or _branch(t, current, rules) or _agency_apart(
                    t, current, window, rules)
            if hit is None:
                break
            start, value = hit
            if not t.capital_at(start) and fold(value) not in rules.lower_prefixes:
                break  # ("phó chủ tịch hội đồng trường Trường đại học Kinh Bắc": a school's council in lower case)
            before = t.low[max(0, start - 30) : start]
            if (word := rules.checks.grammar.standing) and fold(value).endswith(word):
                # the title read up to "Thường trực": "Phó Trưởng ban Thường trực Ban X" is a deputy head of Ban X
                standing = start + t.low[start : current.start].rfind(word)
                if fold(current.name) in rules.standing_inner_title or (rules.standing_title_before and (
                        rules.standing_title_before.search(t.low[max(0, standing - 30) : standing]))):
                    break
            elif fold(printed := " ".join(t.raw[start : current.start].split())) != fold(value) and not _abbreviated(printed) and (
                    rules.standing_title_before and rules.standing_title_before.search(before)):
                break  # "Ủy viên Thường vụ Hội X": a title; "Thường vụ Thành ủy đã bàn" is the standing committee (as is
                # its abbreviation, "Ủy viên BTV Đảng ủy"; not a headline in capitals, "ỦY VIÊN THƯỜNG VỤ TỈNH ỦY")
            if fold(value) in rules.inner_kept and inner is None:
                inner = current  # "Cơ quan An ninh điều tra Bộ Công an": the ministry is named too
            current = BodyMatch(start, current.end, f"{value} {current.name}", "composite")
        out.append(current)
        if inner is not None:
            out.append(inner)
    return out


def _central(t: Text, m: BodyMatch, window: str, rules: BodyRules) -> tuple[int, str] | None:
    """The central committee of a mass organization printed "Trung ương" + its name ("Trung ương Hội Sinh viên Việt
    Nam"; ``central_prefix``): the inner body's head then a capitalized word ("Hội Đông y", not "Hội đồng")."""
    for rx, value, head in rules.central_prefixes:
        rest = m.name[len(head) + 1 :] if m.name.startswith(head + " ") else ""
        if rest[:1].isupper() and (pm := rx.search(window)):
            return m.start - (len(window) - pm.start()), value
    return None


_APART = re.compile(r"\s*(?:,|[-–])\s*$")


def _agency_apart(t: Text, m: BodyMatch, window: str, rules: BodyRules) -> tuple[int, str] | None:
    """An investigating agency (an inner_kept prefix) set apart from its police ``m`` by a comma or a dash ("Cơ quan an
    ninh điều tra, Công an tỉnh X", "Cơ quan cảnh sát điều tra - Bộ Công an"): one body with the police, as when
    printed right before it; the police a unit_field_parent, not going on with a list ("Cơ quan điều tra, Công an tỉnh
    X và Viện kiểm sát ..."), the agency no source after a ``credit_before`` source word ("Theo Cơ quan điều tra, Công
    an huyện X đã ...": the agency, then the clause's subject)."""
    sep = _APART.search(window)
    if sep is None or not m.name.startswith(rules.checks.unit_field_parents) or _LIST_GOES_ON.match(t.raw, m.end):
        return None
    before = window[: sep.start()] + " "
    for rx, value in rules.prefixes:
        if fold(value) in rules.inner_kept and (pm := rx.search(before)):
            start = m.start - (len(window) - pm.start())
            return None if _source_before(t, start, rules) else (start, value)
    return None


def _source_before(t: Text, start: int, rules: BodyRules) -> bool:
    """A source word of body_patterns.tsv's credit_before rows (valued source: "Theo", "Nguồn:") printed right before
    ``start``, a whole word."""
    before = t.low[max(0, start - 12) : start].rstrip()
    return any(before.endswith(w) and (len(before) == len(w) or not is_word(before, len(before) - len(w) - 1))
               for w in {c.lower() for c in rules.outlet_source_credit})


def _branch(t: Text, m: BodyMatch, rules: BodyRules) -> tuple[int, str] | None:
    """A mass organization's or the party's branch in the body ``m``, its head printed capitalized right before it, a
    whole word ("Hội Phụ nữ Công an tỉnh X", "Chi bộ Trung tâm Y"; body_patterns.tsv ``branch_head``)."""
    for head in rules.checks.branch_heads:
        start = m.start - len(head) - 1
        if start >= 0 and t.raw.startswith(head + " ", start) and (start == 0 or not is_word(t.raw, start - 1)):
            return start, head
    return None


def inner_mentions(composed: list[BodyMatch], chosen: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """``chosen`` with the inner bodies :func:`composites` kept after an investigating agency, which the
    selection of non-overlapping mentions dropped."""
    outer = {(m.end, fold(m.name)) for m in chosen if m.source == "composite"}
    if not outer:
        return chosen
    extra = [m for m in composed if m.source != "composite" and any(
        (m.end, fold(f"{value} {m.name}")) in outer for value in rules.inner_kept) and m not in chosen]
    return sorted(chosen + extra, key=lambda m: m.start) if extra else chosen


def units(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """A unit's proper name printed right before its body takes it: "Vụ Thị trường trong nước" + "Bộ Công
    Thương", "Phòng Cảnh sát kinh tế" + "Công an tỉnh Quảng Ninh" (the body is then not counted on its own,
    unless a comma sets it apart, "Phòng Cảnh sát cơ động, Công an tỉnh Đắk Lắk", or it is a police force after a
    unit printed as a proper name, "Công an tỉnh Quảng Ninh" counted too: :func:`_named_force`); a police unit's code
    in parentheses may stand between them, the force then counted too ("Phòng Cảnh sát hình sự (PC02) Công an TP.HCM":
    :func:`_coded_unit`), the code printed again naming the unit with its force;
    an armed force ends the name of its school ("Trường đại học Kỹ thuật - Hậu cần Công an nhân dân")."""
    out: list[BodyMatch] = []
    coded: dict[str, str] = {}  # a unit read with its code and force -> that composite's name
    for m in matches:
        prev = out[-1] if out else None
        if (prev is not None and prev.source == "proper" and (prev.head in rules.unit_heads or m.name in rules.forces)
                and m.name.startswith(rules.unit_parents.get(prev.head, "")) and m.source != UNNAMED and m.source != "proper" and (t.raw[prev.end : m.start] == " " or (
                    prev.head in rules.comma_unit_heads and m.source == "local" and (t.raw[prev.end : m.start] == ", "
                                                                                     or _bracketed(t, prev, m, rules))))):
            # "Phòng X (Công an tỉnh Y)": the mention takes the closing parenthesis, never an unclosed one
            end = m.end + 1 if t.raw[prev.end : m.start] == " (" else m.end
            out[-1] = BodyMatch(prev.start, end, f"{prev.name} {m.name}", "composite")
            if t.raw[prev.end : m.start] != " " or (t.printed[prev.start] != t.raw[prev.start]
                                                    and prev.head.lower() in rules.joined_parented):
                # "Phòng X, Công an tỉnh Y", "Phòng X (Công an tỉnh Y)": the body after the comma or in parentheses is
                # printed on its own; so is the parent of a head raised after a title ("trưởng phòng X Công an tỉnh
                # Y": the bodies read as printed)
                out.append(m)
            elif _named_force(t, prev, m, rules):
                # the force of a police unit printed as a proper name is named on its own too, relabelled: no longer a
                # "local" body, it is not the parent that names the unit's bare form (bodies/aliases.py reads local
                # and implicit ones only: "Phòng X" printed alone keeps its own reading)
                out.append(replace(m, source="unit_force"))
            continue
        if prev is not None and (at := _coded_unit(t, out, m, rules)) is not None:
            # "Phòng Cảnh sát hình sự (PC02) Công an tỉnh X": the unit with its force, the force named on its own too
            unit = out[at]
            del out[at:]
            out += [BodyMatch(unit.start, m.end, f"{unit.name} {m.name}", "composite"), m]
            coded[unit.name] = out[-2].name
            continue
        if prev is not None and _listed_police_unit(t, prev, m, rules):
            out[-1] = BodyMatch(prev.start, m.end, f"{prev.name} {m.name}", "composite")
            out.append(m)  # "Cục Cảnh sát điều tra tội phạm về ma túy Bộ Công an": the ministry is named on its own too
            continue
        if prev is not None and member_unit(t, prev, m, rules):
            out[-1] = BodyMatch(prev.start, m.end, f"{prev.name}, {m.name}", "composite")
            out.append(m)  # "Trường Đại học X, Đại học Quốc gia Y": the university is named on its own too
            continue
        if prev is not None and _titled_unit(t, prev, m, rules):
            out[-1] = BodyMatch(prev.start, m.end, f"{prev.name}, {m.name}", "composite")
            out.append(m)  # "Cục trưởng Cục Quản trị, Văn phòng Trung ương Đảng": the body is named on its own too
            continue
        out.append(m)
    # the code printed again on its own ("Theo PC02, ...") names the unit with its force, as the code was defined
    return [replace(m, name=coded[m.name]) if m.source == "alias" and m.name in coded else m for m in out]


def _named_force(t: Text, prev: BodyMatch, m: BodyMatch, rules: BodyRules) -> bool:
    """A police force printed right after its unit, the unit's field printed capitalized ("Phòng Cảnh sát giao thông
    Công an thành phố X": the ledger's gold names the force on its own too; not "Phòng cảnh sát giao thông Công an X",
    where it names the unit alone as often as not)."""
    words = t.words_after(prev.start)
    field = len((prev.head or "").split())  # the field's first word comes right after the head's words
    return (prev.head in rules.unit_heads and m.name not in rules.forces and m.name.startswith(rules.checks.unit_field_parents)
            and len(words) > field and words[field][0] < prev.end
            and t.printed[words[0][0]].isupper() and t.printed[words[field][0]].isupper())


def _coded_unit(t: Text, out: list[BodyMatch], m: BodyMatch, rules: BodyRules) -> int | None:
    """Where in ``out`` a police unit read as a proper name stands (-1, or -2 before the definition of its code as its
    short form) when its code in parentheses and a space are all that is printed between it and its force ``m`` ("Phòng
    Cảnh sát hình sự (PC02) Công an TP.HCM", "Phòng Cảnh sát giao thông (CSGT) Công an tỉnh X": the unit is named
    with the force, and the force on its own too); the unit's field a unit_field_police one printed
    capitalized ("Phòng Tư pháp (PTP) Công an X" names none; "Phòng cảnh sát kinh tế (PC03) Công an X" is named as the
    article prints it elsewhere as often as not), the force a unit_field_parent; else None."""
    if m.source in (UNNAMED, "proper") or not m.name.startswith(rules.checks.unit_field_parents):
        return None
    at = -2 if len(out) > 1 and out[-1].source == "definition" and out[-1].name == out[-2].name else -1
    unit = out[at]
    end = unit_code(t.raw, unit.end)
    field = unit.start + len(unit.head) + 1
    if (unit.source != "proper" or unit.head not in rules.unit_heads or end is None or t.raw[end : m.start] != " "
            or not t.printed[field : field + 1].isupper()
            or not fold(unit.name[len(unit.head) :].strip()).startswith(rules.checks.unit_field_police)):
        return None
    return at


def _listed_police_unit(t: Text, prev: BodyMatch, m: BodyMatch, rules: BodyRules) -> bool:
    """A unit the gazetteer names whole ("Cục Cảnh sát quản lý hành chính về trật tự xã hội") printed right before a
    police parent (body_patterns.tsv's unit_field_parent rows: "Bộ Công an") takes it, as a unit read as a proper
    name does ("Cục Cảnh sát hình sự Bộ Công an")."""
    return (prev.source == "gazetteer" and m.source not in (UNNAMED, "proper") and t.raw[prev.end : m.start] == " "
            and any(prev.name.startswith(head + " ") for head in rules.unit_heads)
            and m.name.startswith(rules.checks.unit_field_parents))


def _bracketed(t: Text, prev: BodyMatch, m: BodyMatch, rules: BodyRules) -> bool:
    """A local force printed in parentheses right after its unit, alone in them ("Phòng Cảnh sát hình sự (Công an
    tỉnh X)"; body_patterns.tsv's unit_field_parent rows flagged "comma": the ledger's gold names the unit with it), a
    police unit only, its field one of unit_field_police ("Phòng Tư pháp (Công an tỉnh X)" names none)."""
    return (t.raw[prev.end : m.start] == " (" and t.raw[m.end : m.end + 1] == ")"
            and m.name.startswith(rules.checks.unit_field_comma_parents)
            and fold(prev.name[len(prev.head) :].strip()).startswith(rules.checks.unit_field_police))


_LIST_GOES_ON = re.compile(r"(?:,|\s+và)\s+[A-ZĐ]")


def _titled_unit(t: Text, prev: BodyMatch, m: BodyMatch, rules: BodyRules) -> bool:
    """A unit printed after its head's title, a comma and its body ("Cục trưởng Cục Quản trị, Văn phòng Trung ương
    Đảng"), the body ending the list ("Vụ Pháp chế, Bộ Tài chính và Bộ Tư pháp" is a list)."""
    title = rules.unit_titles.get(prev.head or "")
    return (title is not None and prev.source == "proper" and m.source not in (UNNAMED, "proper")
            and t.raw[prev.end : m.start] == ", " and bool(title.search(t.low, max(0, prev.start - 30), prev.start))
            and not _LIST_GOES_ON.match(t.raw, m.end))


_LISTED_BEFORE = re.compile(r"(?:,|:|\svà|\s-|(?<!\w)giữa|(?<!\w)gồm)\s*$")


def member_unit(t: Text, prev: BodyMatch, m: BodyMatch, rules: BodyRules, chained: bool = False) -> bool:
    """A member school or institute printed before a comma or a dash and its university (member_unit rows: "Trường
    Đại học X, Đại học Quốc gia Y", "Viện X - Đại học Y"): the university a ``member_parent`` whose members take the
    unit's head, the unit no school of a ``member_unit_not`` level ("Trường THPT X") nor named with a place at its
    end ("Trường Đại học Y Bình Lâm": a university of its own), neither inside a list ("Bệnh viện A, Viện X, Đại học
    Y", "Viện X, Đại học Y và ...", "gồm: ...", "giữa ..."). ``chained``: the school closes a chain of its units
    (school_units.py: "khoa X, Trường Đại học Y, Đại học Z"), the comma before it no list's."""
    parent = rules.member_units.get(prev.head or "")
    if parent is None or prev.source != "proper" or m.source == UNNAMED or not m.name.startswith(parent + " "):
        return False
    heads = rules.checks.member_parents.get(fold(m.name), rules.checks.member_parents.get(fold(t.raw[m.start : m.end])))
    unit = fold(prev.name)
    head = max((h for h in map(fold, rules.member_units) if unit.startswith(h + " ")), key=len, default=None)
    if heads is None or head not in heads or unit[len(head) + 1 :].startswith(tuple(
            w + " " for w in rules.checks.member_unit_not)):
        return False
    words = prev.name.split()
    if any(is_place(" ".join(words[-n:]), rules) for n in range(1, min(4, len(words) - 2) + 1)):
        return False  # "Trường Đại học Y Hà Nội", "Viện Pasteur TP.HCM": a body of its own place
    return (t.raw[prev.end : m.start] in (", ", " - ") and not _LIST_GOES_ON.match(t.raw, m.end)
            and (chained or not _LISTED_BEFORE.search(t.raw, max(0, prev.start - 8), prev.start)))


def listed_prefixes(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """Prefix heads listed before one body share it ("Ban Chấp hành, Ban Thường vụ Tỉnh ủy Quảng Bình"); the
    executive committee of a party committee is that of its organization ("Ban Chấp hành Đảng bộ tỉnh ...")."""
    out, joined = [], rules.checks.grammar.conjunction_alt
    for m in matches:
        value = next((v for _, v in rules.prefixes if m.source != UNNAMED and m.name.startswith(v + " ")), None)
        if value is not None and len(t.raw[m.start : m.end].split()) <= len(value.split()):
            value = None  # "Công đoàn, Đoàn Thanh niên": a mass organization printed by its short name shares nothing
        if value is not None and m.start > 0:
            inner = m.name[len(value) + 1 :]
            window = t.low[max(0, m.start - 40) : m.start]
            for rx, other in rules.prefixes:
                lm = re.search("(" + rx.pattern[: -len(r"\s+$")] + r")\s*(?:,|" + joined + r")\s*$", window)
                if lm and other != value:
                    start = m.start - (len(window) - lm.start(1))
                    if t.capital_at(start):
                        out.append(BodyMatch(start, start + len(lm.group(1)), f"{other} {inner}", "composite"))
                    break
        out.append(m)
    return [_organization(m, rules) for m in out]


def _organization(m: BodyMatch, rules: BodyRules) -> BodyMatch:
    """"Ban Chấp hành Tỉnh ủy Quảng Bình" is "Ban Chấp hành Đảng bộ tỉnh Quảng Bình"."""
    executive = rules.checks.grammar.executive
    if not executive or not m.name.startswith(executive + " "):
        return m
    rest = m.name[len(executive) + 1 :]
    for committee, organization in rules.party_organizations.items():
        if fold(rest).startswith(committee + " "):
            place = rest[len(committee) + 1 :]
            level = organization.split(" ", 2)[2:] if organization.count(" ") > 1 else []
            if level and any(fold(place).startswith(lv + " ") for lv in rules.level_words):
                organization = " ".join(organization.split()[:2])  # the place already says its level
            return replace(m, name=f"{executive} {organization} {place}")
    return m


def _foreign_state_body(m: BodyMatch, rules: BodyRules) -> bool:
    """A foreign state organ named with its country last ("Bộ Quốc phòng X", "Quốc hội X"; its head a
    ``venue_state_head`` of body_patterns.tsv): after a venue word still the body ("trụ sở Bộ Quốc phòng X bị tấn
    công"), as the ledger's gold lists it; never a firm, a school or a society ("trụ sở Tập đoàn X Hàn Quốc"), nor a
    name holding the home country anywhere ("Đại sứ quán Việt Nam tại X": Vietnam's own mission, a venue)."""
    key, home = fold(m.name), fold(rules.checks.grammar.home or "")
    if not key.startswith(tuple(h + " " for h in rules.checks.venue_state_heads)) or home and home in key:
        return False
    return bool(rules.country_final and rules.country_final.search(m.name))


def kept(t: Text, m: BodyMatch, rules: BodyRules) -> bool:
    """False for venues ("trụ sở Chính phủ"; not a foreign state body named with its country), news agencies in credits ("Ảnh: X/TTXVN"; a foreign outlet's Latin
    name after a source word is the outlet, "Nguồn: Reuters") and bodies ending a law's title ("Luật Tổ chức Chính
    phủ")."""
    if _in_law_title(t, m.start, rules):
        return False
    before = t.low[max(0, m.start - 20) : m.start]
    if rules.venue_before and rules.venue_before.search(before) and not _foreign_state_body(m, rules):
        return False
    if m.name in rules.forces and rules.class_before and rules.class_before.search(before):
        return False  # "trong lực lượng Công an nhân dân": a class of people
    if _system_part(t, m, rules):
        return False
    if m.name in rules.press or m.head in rules.press_heads:
        if _in_source_tag(t, m.start, rules):
            return False  # "(Theo Bloomberg, The Guardian)", "(Ảnh minh họa: Reuters)"
        if t.raw[m.start : m.end].isascii() and (
                _source_line(t, m) or _name_tail(t, m.start, rules) or _not_outlet(t, m, rules)):
            return False  # a line "Reuters" closing the article; "tỉ phú Michael R. Bloomberg"; "xét nghiệm AFP"
        lead = t.raw[max(0, m.start - 20) : m.start].rstrip()
        if _source_in_sentence(t, m, lead):
            return True  # "Theo TTXVN, đoàn đại biểu ...": the agency named as a sentence's source
        if any(lead.endswith(c) for c in rules.credit_before):
            # a foreign outlet's Latin name (press and brand) after a source word outside parentheses is the outlet
            # the article cites ("Nguồn: Reuters", "Trước đó theo Reuters, ..."); a photo credit names none
            return m.name in rules.brands and _outlet_source(t, m, lead, rules)
    return True


_CLAUSE_MARKS = ".!?;,\n"


def _outlet_source(t: Text, m: BodyMatch, lead: str, rules: BodyRules) -> bool:
    """A foreign outlet's Latin name after a source word ("Nguồn: Reuters.", "Trước đó theo Reuters, ...", a closing
    line "Theo Sky News"): the word whole and opening a clause, or after an opener that does ("Cũng theo CNN, ...");
    the name ending there, at a mark, a line's end or a lower-case word ("theo Reuters cho biết"; never "Theo CNN
    Business", "theo Reuters/Ipsos", "làm theo CNN"); on no line a photo's credit opens ("Ảnh chụp màn hình, theo
    CNN")."""
    credit = next((c for c in rules.outlet_source_credit if lead.endswith(c)), None)
    if credit is None:
        return False
    start = m.start - (len(t.raw[max(0, m.start - 20) : m.start]) - len(lead)) - len(credit)
    line = t.raw[t.raw.rfind("\n", 0, m.start) + 1 : m.start].lstrip()
    if any(line.startswith(w) for w in rules.outlet_source_line_not):
        return False
    if start > 0 and t.raw[start - 1].isalnum():
        return False  # part of a longer word
    if not opens_sentence(t.raw, start, _CLAUSE_MARKS):
        words = t.words_before(start, 2)
        opener = next((n for n in (1, 2) if len(words) >= n and fold(
            t.raw[words[-n][0] : words[-n][1]] if n == 1 else t.raw[words[-2][0] : words[-1][1]])
            in rules.outlet_source_openers), None)
        if opener is None or not opens_sentence(t.raw, words[-opener][0], _CLAUSE_MARKS):
            return False  # "làm theo CNN", "Ảnh: theo Reuters": a verb's object, a credit
    after = t.raw[m.end : m.end + 2]
    if not after or after[0] in _CLAUSE_MARKS:
        return after[:1] != "." or not after[1:].isalnum()  # not "Reuters.com"
    return after[0] in " \t" and (after[1:].islower() or after[1:] == "\n")



def _in_source_tag(t: Text, start: int, rules: BodyRules) -> bool:
    """``start`` inside a parenthesis opened by a credit word ("(Theo Bloomberg, The Guardian)", "(Ảnh: AFP)")."""
    line_start = t.raw.rfind("\n", 0, start) + 1
    opened = t.raw.rfind("(", line_start, start)
    if opened < 0 or ")" in t.raw[opened:start]:
        return False
    inside = t.raw[opened + 1 : start].lstrip()
    return any(inside.startswith(c) for c in rules.credit_before if c[:1].isalpha())


def _source_line(t: Text, m: BodyMatch) -> bool:
    """A Latin outlet printed alone on its line (a closing "Reuters", "- AFP"): the article's source line, no mention
    (asked of Latin names only: a Vietnamese outlet's name alone on a line is printed as a body)."""
    line_start = t.raw.rfind("\n", 0, m.start) + 1
    line_end = t.raw.find("\n", m.end)
    line_end = len(t.raw) if line_end < 0 else line_end
    return not t.raw[line_start : m.start].strip(" \t-–—(") and not t.raw[m.end : line_end].strip(" \t.)")


def _not_outlet(t: Text, m: BodyMatch, rules: BodyRules) -> bool:
    """A bare Latin outlet's name after an honorific or a title ("ông Bloomberg", "cựu thị trưởng Bloomberg": the
    person) or after a bare_outlet_not_after word ("xét nghiệm AFP", "mô hình CNN", "bộ phim The Guardian")."""
    window = max(0, m.start - 40)
    if rules.person_before and rules.person_before.search(t.low, window, m.start):
        return True
    return any(rx.search(t.low, window, m.start) for name, rx in rules.bare_outlet_not_after.items()
               if not name or name == m.name)


_INITIAL = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \t]*)+$")


def _name_tail(t: Text, start: int, rules: BodyRules) -> bool:
    """An outlet's Latin name printed right after another capitalized Latin word that is no credit word, initials
    maybe between: the end of a person's name ("Michael Bloomberg", "Michael R. Bloomberg"), not the outlet (asked
    of Latin names only)."""
    if (im := _INITIAL.search(t.raw, max(0, start - 12), start)) is not None:
        start = im.start()
    if start < 2 or t.raw[start - 1] != " ":
        return False
    begin = start - 1
    while begin > 0 and t.raw[begin - 1].isalpha():
        begin -= 1
    word = t.raw[begin : start - 1]
    return (len(word) > 1 and word.isascii() and word[0].isupper() and word[1:].islower()
            and word not in rules.credit_before)


def _source_in_sentence(t: Text, m: BodyMatch, lead: str) -> bool:
    """A news agency after a capitalized "Theo" (a sentence's opening) and followed by its comma ("Theo TTXVN,
    ..."), or after a comma and "theo" closing a sentence ("..., theo TTXVN.") or a clause ("Ngày 2, theo báo X,
    ..."), or an outlet the cited outlets' reader found there, its name ending before a comma or what runs on to one
    ("Theo báo X ngày 5-6, ..."); not a source tag ("Theo TTXVN" closing an article, "(theo TTXVN)", "Ảnh: X/TTXVN")."""
    opens = lead.endswith("Theo") and (len(lead) == 4 or not is_word(lead, len(lead) - 5))
    if lead.endswith(", theo") and t.raw[m.end : m.end + 1] in (".", ","):
        return True
    if m.source == "outlet" and (opens or lead.endswith(", theo")):
        return True  # "Theo báo X số ra sáng nay, ...": the cited outlet's reader found where its name ends
    return opens and t.raw[m.end : m.end + 1] == ","


def _system_part(t: Text, m: BodyMatch, rules: BodyRules) -> bool:
    """The Front or a mass organization printed short and followed by the rest of the political system ("cấp
    ủy, chính quyền, Mặt trận Tổ quốc và đoàn thể các cấp", "Thường trực Mặt trận Tổ quốc cấp xã"): a part of
    the system at every level, not one body. Printed whole ("Mặt trận Tổ quốc Việt Nam") it stays a body."""
    if rules.system_after is None or not rules.system_after.match(t.low, m.end):
        return False
    printed = fold(t.raw[m.start : m.end])
    return any(m.name.endswith(o) and not printed.endswith(fold(o)) for o in rules.organizations)


def _in_law_title(t: Text, start: int, rules: BodyRules) -> bool:
    """The body at ``start`` ends a law's title: "Luật Tổ chức Quốc hội", "Luật Sĩ quan Quân đội nhân dân Việt
    Nam", "Luật Công an nhân dân": a law type, then at most two words of the title, the first capitalized, none a
    clause word ("Luật Phòng không nhân dân [được] Quốc hội thông qua", "dự thảo Luật [giao] Chính phủ"; "Luật Nhà
    giáo quy định Bộ Giáo dục và Đào tạo": a longer title and a verb)."""
    if not rules.law_types:
        return False
    words = t.raw[max(0, start - 60) : start].split(" ")
    if not words or words[-1] != "":
        return False
    words = words[:-1]
    for n in range(0, 3):
        if len(words) < n + 1:
            return False
        typ = words[-n - 1]
        if typ in rules.law_types or " ".join(words[-n - 2 : -n - 1] + [typ]) in rules.law_types:
            title = words[len(words) - n :]
            return all(w.isalpha() for w in title) and (not title or title[0][:1].isupper()) and not any(
                fold(w) in rules.topic_stops or fold(w) in rules.checks.grammar.conjunctions for w in title)
        if not words[-n - 1].isalpha():
            return False
    return False


def _abbreviated(printed: str) -> bool:
    """A prefix printed as its capitals' abbreviation, one word ("BTV" = "Ban Thường vụ"): the whole prefix, no short
    form; a headline in capitals ("THƯỜNG VỤ TỈNH ỦY") prints the words themselves."""
    return printed.isupper() and " " not in printed
