"""Phase 5: definitions "<name> (<short form>)", the short forms they define, and bare heads ("Ủy ban
đã ...") that refer back to the latest body of that head."""

from __future__ import annotations

import re
from dataclasses import replace

from ...textnorm import fold, folded_spelled_out, strip_diacritics
from ..body_rules import BodyRules, bounded, phrase_regex
from ..phrases import literal_led
from .scan import BodyMatch, Text

_DEFINITION = re.compile(
    r"\s*\(\s*(?:(?:sau đây )?gọi tắt là\s+|sau đây gọi là\s+)?([^\W\d_][^()\n]{0,70}?)\s*\)"
)
# an acronym: two or more capitals or digits, "&" or "-" between runs ("PTTH&TTĐT", "BIDV", "PC03"; "VN-Index" is
# not: lower case); no nested quantifier, so a long bracket costs linear time
_ACRONYM = re.compile(r"[A-ZĐ][A-ZĐ0-9]*(?:[&\-][A-ZĐ0-9]+)*")
_ABBREVIATED = re.compile(r"\b[A-ZĐ]{2,}\b")  # an abbreviation left inside a printed name ("Quỹ Nhi đồng LHQ")


def definitions(t: Text, matches: list[BodyMatch], rules: BodyRules) -> tuple[dict[str, str], list[BodyMatch]]:
    """"<name> (<short form>)": the short form names the body in this article. A known acronym after a name the
    article prints short of its expansion ("Liên đoàn Bóng đá (VFF)", "Quỹ Nhi đồng LHQ (UNICEF)") keeps its
    expansion, the printed name named so too (a match of source "respelled" at the name's span)."""
    aliases: dict[str, str] = {}
    extra = []
    known = {(m.start, m.end): m.name for m in matches if m.source in ("gazetteer", "abbreviation")}
    expansions = {fold(e) for _, e, _ in rules.abbreviations}
    for m in matches:
        d = _DEFINITION.match(t.raw, m.end)
        if not d:
            continue
        short = d.group(1)
        expansion = known.get(d.span(1))
        if _is_short_form(short, m.name):
            pass
        elif not _same_head(expansion, m.name):
            continue
        elif fold(m.name) in expansions:
            # "Liên đoàn Bóng đá Đông Nam Á (AFC)": another acronym's body, the bracket its misprint: one body there,
            # the acronym defining nothing elsewhere
            extra.append(BodyMatch(d.start(1), d.end(1), m.name, "definition"))
            continue
        elif _ABBREVIATED.search(m.name) or len(m.name.split()) < len(expansion.split()):
            extra.append(BodyMatch(m.start, m.end, expansion, "respelled"))
            continue
        aliases.setdefault(fold(short), m.name)
        extra.append(BodyMatch(d.start(1), d.end(1), m.name, "definition"))
    return aliases, extra


def _same_head(expansion: str | None, name: str) -> bool:
    """A known body's acronym printed in brackets after a name of the same head ("Liên đoàn Bóng đá thế giới (FIFA)"
    for "Liên đoàn Bóng đá Quốc tế"): the article's own name for that body, the acronym defined by it, unless that
    name is another acronym's expansion, still holds an abbreviation ("Quỹ Nhi đồng LHQ") or is shorter than the
    expansion ("Liên đoàn Bóng đá"): see :func:`definitions`."""
    if expansion is None or fold(expansion) == fold(name):
        return False
    return fold(expansion).split()[:3] == fold(name).split()[:3]


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


def alias_mentions(t: Text, aliases: dict[str, str], rules: BodyRules) -> list[BodyMatch]:
    out = []
    for short, name in aliases.items():
        rx = re.compile(bounded(phrase_regex(short, macros=False)))
        for m in rx.finditer(t.low):
            before = t.tones[max(0, m.start() - 12) : m.start()]
            if not t.capital_at(m.start()) and not (rules.title_joined and rules.title_joined.search(before)):
                continue
            out.append(BodyMatch(m.start(), m.end(), name, "alias"))
    return out


def anaphors(t: Text, matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """Bare heads ("Ủy ban đã ...") refer to the latest body of that head mentioned before."""
    taken = sorted(matches, key=lambda m: m.start)
    out = []
    for head in rules.anaphor_heads:
        rx = literal_led(bounded(phrase_regex(head, macros=False)))  # the same matches, found by their first letter
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


def _person_at(t: Text, pos: int, rules: BodyRules) -> bool:
    """A surname then a capitalized word starts at ``pos``: a person's name ("Ủy ban Nguyễn Hoàng Mai")."""
    first = t.word_end(pos)
    second = t.word_end(first + 1) if first else None
    return bool(first and second and fold(t.raw[pos:first]) in rules.surnames and t.raw[first + 1].isupper())


def placeless_repeats(matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """A proper name printed without its place ("Phòng Tài nguyên và Môi trường") where the article names it
    with one place ("... thị xã Ninh Hòa"), with the country that ends a national body's name (``national_suffix``:
    "Cục Đăng kiểm" where the article names "Cục Đăng kiểm Việt Nam") or with its local parent ("Ban Kinh tế - Ngân sách HĐND thành phố"),
    or a company without its legal form, is that body: one body, one name; so is a national department a province
    has its own of, printed bare ("Cục Thuế") where the article names one province's ("Cục Thuế tỉnh X"); where it
    names two provinces' or more, the bare one is left unread (one of theirs, the national one unlikely)."""
    placed: dict[str, set[str]] = {}
    # a unit named with its local parent ("Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố Hà Nội")
    parents = {fold(m.name) for m in matches if m.source in ("local", "implicit")}
    # a unit's head and the head of the only parent it takes ("Ban X" + "Hội đồng nhân dân ...", "Đội X" + "Công an
    # ..."), that unit's only: "Phòng X Công an tỉnh Y" names no bare "Phòng X" by its force
    parent_heads = {fold(h) + " ": fold(v) + " " for h, v in rules.unit_parents.items()}
    country_ends = {fold(s) for s in rules.national_suffixes}  # "Cục Đăng kiểm [Việt Nam]": the country
    country_named: dict[str, set[str]] = {}  # read only where no place or parent names the bare form
    for m in matches:
        words = m.name.split()
        for i in range(2, len(words)):
            rest = fold(" ".join(words[i:]))
            if _is_place(rest, rules) or rest in parents or any(
                    rest.startswith(v) and fold(m.name).startswith(h) for h, v in parent_heads.items()):
                placed.setdefault(fold(" ".join(words[:i])), set()).add(m.name)
            elif rest in country_ends:
                country_named.setdefault(fold(" ".join(words[:i])), set()).add(m.name)
    for bare, names in country_named.items():  # "Hội Nhà văn Việt Nam ... Hội Nhà văn TP.HCM ... Hội Nhà văn": the local one
        placed.setdefault(bare, names)
    if rules.legal_forms is not None:  # "Công ty TNHH Lọc hóa dầu Nghi Sơn" printed as "Công ty Lọc hóa dầu Nghi Sơn"
        for m in matches:
            bare = " ".join(rules.legal_forms.sub(" ", fold(m.name)).split())
            if bare != fold(m.name) and len(bare.split()) > 2:
                placed.setdefault(bare, set()).add(m.name)
                if brand := _company_brand(m.name, rules):
                    placed.setdefault(brand, set()).add(m.name)
    out = []
    for m in matches:
        national = m.source == "gazetteer" and fold(m.name) in rules.unnamed
        full = placed.get(fold(m.name)) if m.source in ("proper", "topic") or national else None
        if national and full and len(full) > 1:
            continue  # "Cục Thuế X ... Cục Thuế ... Cục Thuế Y": one of the provinces', which one unread
        out.append(BodyMatch(m.start, m.end, next(iter(full)), m.source, m.head, m.weak, m.province)
                   if full and len(full) == 1 else m)
    return out


def _company_brand(name: str, rules: BodyRules) -> str | None:
    """A company's head and the capitalized words its name ends with, folded ("Công ty cổ phần Du lịch Delta" ->
    "công ty delta", "Công ty TNHH MTV Dịch vụ môi trường Ánh Dương" -> "công ty ánh dương"): the short form the
    press names it by after its full name; None when the name after its legal form is that run already."""
    lm = rules.legal_forms.search(fold(name)) if rules.legal_forms is not None else None
    if lm is None or lm.start() == 0:
        return None
    head = name[: lm.start()].split()
    rest = name[lm.end() :].split()
    while rest and rules.legal_forms.fullmatch(fold(rest[0])):
        rest = rest[1:]  # "TNHH MTV": the legal form printed in two parts
    run = []
    for w in reversed(rest):
        if not w[:1].isupper():
            break
        run.insert(0, w)
    if not run or len(run) == len(rest) or len(head) > 3:
        return None
    return fold(" ".join(head + run))


def country_forms(matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """A name ending with a country printed short ("Hiệp hội ... Việt Nam tại Anh") where the article also prints
    it with the state's form ("... tại Vương quốc Anh", "Cộng hòa", "Liên bang": state_form data) is that one body,
    named in full."""
    if rules.country_final is None:
        return matches
    full: dict[str, set[str]] = {}
    for m in matches:
        cm = rules.country_final.search(m.name)
        if cm is None:
            continue
        before = m.name[: cm.start()]
        form = next((f for f in rules.state_forms if before.endswith(" " + f)), None)
        if form is not None:
            full.setdefault(fold(before[: -len(form) - 1] + m.name[cm.start() :]), set()).add(m.name)
    if not full:
        return matches
    out = []
    for m in matches:
        named = full.get(fold(m.name))
        out.append(BodyMatch(m.start, m.end, next(iter(named)), m.source, m.head, m.weak, m.province)
                   if named and len(named) == 1 else m)
    return out


def headed_short_forms(t: Text, matches: list[BodyMatch]) -> list[BodyMatch]:
    """A head then the acronym a body of that head defined ("Cục Phát thanh, Truyền hình và Thông tin điện tử
    (PTTH&TTĐT) ... Cục PTTH&TTĐT") is that body: one body, one name. The acronym is one word of capitals
    ("&", "-" and digits inside); the head printed before it must open the defined name."""
    named: dict[str, dict[str, str]] = {}
    for m in matches:
        d = _DEFINITION.match(t.raw, m.end)
        if d and len(d.group(1)) >= 2 and _ACRONYM.fullmatch(d.group(1)):
            named.setdefault(fold(d.group(1)), {}).setdefault(fold(m.name), m.name)
    # an acronym two bodies define is no one's ("Công ty A (THL) ... Công ty B (THL)")
    defined = {short: next(iter(names.values())) for short, names in named.items() if len(names) == 1}
    if not defined:
        return matches
    out = []
    for m in matches:
        head, _, short = m.name.rpartition(" ")
        full = defined.get(fold(short)) if short and not short.islower() else None
        if full and head and fold(full).startswith(fold(head) + " ") and fold(full) != fold(m.name):
            m = BodyMatch(m.start, m.end, full, m.source, m.head, m.weak, m.province)
        out.append(m)
    return out


def _is_place(rest: str, rules: BodyRules) -> bool:
    """``rest`` (folded) is a level word and a name ("thị xã ninh hòa") or a known place ("hà nội")."""
    for level in rules.level_words:
        if rest.startswith(level + " ") and len(rest) > len(level) + 1:
            return True
    return bool(rules.places is not None and rules.places.fullmatch(rest))


def legal_form_printings(matches: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """A company's legal form is kept as printed ("Công ty TNHH X"); one firm printed both with it and with it spelled
    out ("Công ty trách nhiệm hữu hạn X") is one body, named as the article first prints it."""
    if not rules.printed_forms:
        return matches
    keys = {m.name: folded_spelled_out(m.name, rules.printed_forms) for m in matches}
    first: dict[str, str] = {}
    for m in sorted(matches, key=lambda m: m.start):
        first.setdefault(keys[m.name], m.name)
    return [replace(m, name=named) if fold(named := first[keys[m.name]]) != fold(m.name) else m for m in matches]
