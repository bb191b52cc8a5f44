"""persons: a foreign holder's office printed with its country before the name ("Thủ tướng Israel X" = Chính
phủ Israel; titles.tsv abroad_body) or set off after it ("X, cựu thủ tướng Hà Lan,"), or printed bare ("Thủ tướng
Anwar Ibrahim") in an article about one foreign country, is that country's office ("Chính phủ Malaysia"; titles.tsv
flag abroad_default); a bare premier or minister in an article naming no one country, that of the one country the
article prints after his title alone, no other holder of it named ("Thủ tướng Campuchia bác bỏ ...")."""

from __future__ import annotations

import re
from collections.abc import Collection

from ...models import Position
from ...textnorm import fold, is_cap
from ..view import view
from .qualifiers import qualifier_end
from .records import Chain, TitleHit
from .scan import SENTENCE_PUNCT, ArticleScan, is_foreign_word

_WORD_BEFORE = re.compile(r"(\w+)[ \t]*$")
_WORD = re.compile(r"\w+")


def article_country(scan: ArticleScan) -> str | None:
    """The only foreign country the article names (body_patterns.tsv country rows, Việt Nam aside), else None:
    one named far more often than another is not enough, the holder may be of the other ("cựu thủ tướng
    Campuchia Hun Sen" in an article about Thái Lan). A country word that is part of a name is no country."""
    if scan.rules.country_re is None:
        return None
    found: dict[str, str] = {}
    for s, e in scan.finditer(scan.rules.country_re):
        if not _in_name(scan, s):
            found.setdefault(fold(scan.text[s:e]), scan.text[s:e])
    return next(iter(found.values())) if len(found) == 1 else None


def _in_name(scan: ArticleScan, start: int) -> bool:
    return name_word_before(scan.text, start, scan.rules.honorifics)


def name_word_before(text: str, start: int, honorifics: Collection[str]) -> bool:
    """The word at ``start`` of ``text`` ends a name: after an honorific (folded, of ``honorifics``: "bà Nga") or
    after a capitalized word that does not open a sentence ("Lê Thị Nga", "Nguyễn Thúy Anh"; not "Đoàn Malaysia"
    at a sentence's start)."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return False
    if fold(before.group(1)) in honorifics:
        return True
    if not before.group(1)[:1].isupper():
        return False
    prev = text[: before.start(1)].rstrip(" \t")
    return bool(prev) and prev[-1] not in SENTENCE_PUNCT + "\n\"'“(:-–"


_OF = re.compile(r"[ \t]+(?:của[ \t]+)?")
_OWNER = re.compile(r"của[ \t]+")


def country_office(scan: ArticleScan, start: int, end: int) -> bool:
    """A title flagged abroad_only, printed at ``start:end``, names an office only with a foreign country
    printed right after it, "của" maybe between ("lãnh đạo tối cao Iran", "lãnh đạo tối cao của Iran"), and
    not after the head of a body's name, whose name it then is part of ("Hội đồng lãnh đạo tối cao X")."""
    gap = _OF.match(scan.text, end)
    country = scan.rules.country_re.match(scan.text, gap.end()) if gap is not None and scan.rules.country_re else None
    if country is None:
        return False
    return not any(scan.words_before(start, n) in scan.rules.body_head_words for n in (1, 2))


_SET_OFF_END = re.compile(r"[ \t]*(?:[,;)]|[-–][ \t]|\.(?!\w)|$)")


def country_office_after(scan: ArticleScan, hit: TitleHit, pos: int) -> tuple[str, int] | None:
    """A head of state's or government's title set off after a name with a foreign country right after it, the
    country closing the aside ("ông Mark Rutte, cựu thủ tướng Hà Lan, được xem là ...", "bà A (thủ tướng Ý)"):
    that country's office, as when printed between the title and the name ("Chính phủ Hà Lan"; a head of state's
    "Bulgaria"); (body, country's end). None for another title, no country there, a name after the country, or
    a title not set off ("cuộc bầu cử tổng thống Mỹ, ông A ...": an election, no office of A's)."""
    rule = hit.rule
    if not rule.abroad_default or "{place}" in rule.abroad_body or not (rule.default_body or rule.abroad_body):
        return None
    end = scan.place_at.get(pos)
    rx = scan.rules.country_re
    if end is None or rx is None or rx.fullmatch(scan.key, pos, end) is None or not _SET_OFF_END.match(scan.text, end):
        return None
    if not _set_off_before(scan, hit.start):
        return None
    country = scan.text[pos:end]
    if not rule.abroad_body:
        return f"{rule.default_body} {country}", end
    body = rule.abroad_body.format(country=country)
    return (body if fold(body) in scan.low else country), end


def _set_off_before(scan: ArticleScan, start: int) -> bool:
    """The title at ``start``, a status word maybe before it (person_context.tsv former/acting: "cựu"), opens an
    aside after a name: a chain separator (person_context.tsv chain_sep: ", ", " - ") or " (" right before."""
    prev = scan.prev_word(start)
    if prev is not None and scan.skip_spaces(prev[1]) == start and fold(scan.text[prev[0] : prev[1]]) in scan.rules.status_words:
        start = prev[0]
    before = scan.text[max(0, start - 20) : start]
    return any(before.endswith(sep) for sep in (*scan.rules.chain_seps, " ("))


def past_country_owner(scan: ArticleScan, pos: int) -> int:
    """Past the "của" at ``pos`` when a foreign country follows it ("lãnh tụ tối cao của Iran, ông X"): the
    country is the office's, as if printed right after the title; else ``pos``."""
    owner = _OWNER.match(scan.text, pos)
    if owner is None or scan.rules.country_re is None or scan.rules.country_re.match(scan.text, owner.end()) is None:
        return pos
    return owner.end() if owner.end() in scan.place_at else pos


_OF_BEFORE = re.compile(r"(?<!\w)của$", re.IGNORECASE)
_CAP_WORDS = re.compile(r"(?:[ \t]+\w[\w-]*)*")


def after_person_noun(scan: ArticleScan, lead: int) -> bool:
    """The chain of offices starting at ``lead`` is printed after a person noun, "của" maybe between: a
    title, its body maybe printed ("Bộ trưởng Quốc phòng của Tổng thống Mỹ"; with no "của" only a bare title:
    "Cố vấn Tổng thống Nga", not "Tổng thống Mỹ Tổng thống Pháp"), a kin noun (person_honorifics.tsv flag kin)
    or an aide's or rival's noun (person_context.tsv principal_of: "Trợ lý Tổng thống Nga", "Người phát ngôn
    của Ngoại trưởng Mỹ", "Đối thủ của Tổng thống X") not counted as many (principal_plural: "Các luật sư của
    Tổng thống A", "hàng nghìn người ủng hộ"). The name set off after the chain is that person's, not the office
    holder's ("Vợ của Tổng thống Pháp, bà A,")."""
    pos = scan.skip_spaces_back(lead)
    of = _OF_BEFORE.search(scan.text, max(0, pos - 8), pos)
    if of is not None:
        pos = scan.skip_spaces_back(of.start())
    nouns = scan.rules.principal_of | scan.rules.kin_honorifics
    for n in range(1, 7):
        w = scan.words_before(pos, n)
        if w and w in nouns and scan.preceded_by(pos, {w}, longest=n):
            return not _counted_as_many(scan, pos, len(w.split()))
    if of is None:  # "Cố vấn Tổng thống Nga": a bare title right before
        return any(h.end == pos and h.start < lead for h in scan.hits)
    if any(c.end == pos for c in scan.chains):  # "Bộ trưởng Quốc phòng của Tổng thống Mỹ"
        return True
    for h in scan.hits:  # a title, its body's capitalized words maybe after it
        if h.end <= pos and h.start < lead and pos - h.end < 60:
            gap = _CAP_WORDS.match(scan.text, h.end, pos)
            if gap is not None and gap.end() == pos and all(is_cap(w) for w in gap.group().split()):
                return True
    return False


_NUMBER = re.compile(r"\d[\d.,]*")


def _counted_as_many(scan: ArticleScan, pos: int, n: int) -> bool:
    """The ``n``-word person noun ending at ``pos`` follows a word counting many (principal_plural: "các",
    "những", "hàng nghìn") or a number in digits: a group, no one person named after the title; a word ending
    the sentence before counts none ("cách đây 40 năm. Phu nhân Chủ tịch nước, bà A,")."""
    at = scan.back_words(pos, n)
    if at is None:
        return False
    prev = scan.prev_word(at)
    if prev is None or any(c in SENTENCE_PUNCT for c in scan.text[prev[1] : at]):
        return False
    word = fold(scan.text[prev[0] : prev[1]])
    return word in scan.rules.principal_plural or _NUMBER.fullmatch(word) is not None


def abroad_defaults(scan: ArticleScan, name: str, positions: list[Position]) -> list[Position]:
    """A foreign name's office printed with no body and no country whose title is flagged abroad_default
    names the default body of the article's one foreign country ("Thủ tướng Hun Manet" in an article naming
    only Campuchia = Thủ tướng Chính phủ Campuchia), or for a head of state with no default body, the country
    as its abroad_body prints it, where the article prints such a title with that country ("Tổng thống
    Ferdinand Marcos" beside "Phó tổng thống Philippines" = "Philippines"). Where article_country finds no one
    country (none or several), an office with a default body takes the one
    country the article prints after such a title alone, with _office_alone's guards ("Thủ tướng Campuchia
    bác bỏ ..."); else it keeps none."""
    bare = [i for i, p in enumerate(positions) if p.body is None and (rule := scan.rules.titles.get(fold(p.title)))
            is not None and rule.abroad_default and (rule.default_body or _country_body(rule.abroad_body))
            and (name, fold(p.title)) not in scan.abroad]
    if not bare:
        return positions
    country = article_country(scan)
    out = list(positions)
    for i in bare:
        rule = scan.rules.titles[fold(out[i].title)]
        if country is None:
            if rule.default_body and (alone := _office_alone(scan, name, rule.default_body)) is not None:
                # "Thủ tướng Hun Manet ..." where the article says "Thủ tướng Campuchia bác bỏ ...", Thái Lan named too
                out[i] = out[i].model_copy(update={"body": f"{rule.default_body} {alone}"})
            continue
        if rule.default_body:
            body = f"{rule.default_body} {country}"
        elif _country_office_printed(scan, country):
            # "Tổng thống Ferdinand Marcos" where "Phó tổng thống Philippines" is printed = of "Philippines"
            body = rule.abroad_body.format(country=country)
            if fold(body) not in scan.low:
                body = country
        else:
            continue
        out[i] = out[i].model_copy(update={"body": body})
    return out


def _office_alone(scan: ArticleScan, name: str, default_body: str) -> str | None:
    """The one foreign country the article prints right after a title of a state office whose default body is
    ``default_body`` ("Thủ tướng", "Phó Thủ tướng": Chính phủ) with no name after it, the holder meant by the
    title alone ("Thủ tướng Campuchia bác bỏ ...", "vai trò Thủ tướng Anh ngày 20.7"), else None. None too where
    the article names another foreign holder of such a title, with or without a country ("Thủ tướng A và Thủ
    tướng B ...", "Thủ tướng Campuchia Hun Manet", "ông C, Ngoại trưởng,"), where ``name`` is printed with
    another foreign country or his sentences name one ("Thủ tướng D bác bỏ đề xuất của Mỹ. Thủ tướng Anh ...").
    A country in a list is no evidence ("Thủ tướng Anh và Pháp", "Thủ tướng Lào và Thủ tướng E"), nor a group,
    a former holder, an office or a later holder ("các thủ tướng Lào", "cựu Thủ tướng Nhật Bản", "Văn phòng Thủ
    tướng Lào", "Thủ tướng Thái Lan mới": person_context.tsv alone_office_not_before/_after)."""
    rx = scan.rules.country_re
    if rx is None:
        return None
    own = set(fold(name).split())
    found: dict[str, str] = {}
    for hit in scan.hits:
        rule = hit.rule
        if not rule.abroad_default or rule.default_body != default_body:
            continue
        pos = scan.skip_spaces(hit.end)
        country = rx.match(scan.text, pos)
        key = fold(country.group(0)) if country is not None else None
        if key in scan.rules.home_countries:
            continue
        after = scan.skip_spaces(country.end()) if country is not None else pos
        holder = _capitalized_run(scan, after) or (_name_set_off_before(scan, hit.start) if country is None else "")
        if holder:
            if not own & set(fold(holder).split()) and fold(holder.split()[0]) not in scan.rules.surnames:
                return None  # another foreign holder of the title named
            continue
        if country is None or not _alone_holder(scan, hit.start, country.end()):
            continue
        found.setdefault(key, country.group(0))
    if len(found) != 1:
        return None
    alone = next(iter(found.values()))
    return None if _other_country_of(scan, name, fold(alone)) else alone


def _capitalized_run(scan: ArticleScan, pos: int) -> str:
    """The capitalized words printed from ``pos`` on, a name's ("Hun Manet cho biết" -> "Hun Manet")."""
    words = []
    while (w := _WORD.match(scan.text, pos)) is not None and w.group(0)[:1].isupper():
        words.append(w.group(0))
        pos = scan.skip_spaces(w.end())
        if pos == w.end():
            break
    return " ".join(words)


def _name_set_off_before(scan: ArticleScan, start: int) -> str:
    """The capitalized words before a comma right before the title at ``start`` ("ông Marco Rubio, Ngoại trưởng,")."""
    before = scan.text[max(0, start - 40) : start].rstrip(" \t")
    if not before.endswith(","):
        return ""
    words = before[:-1].split()
    run: list[str] = []
    while words and words[-1][:1].isupper() and words[-1].isalpha():
        run.insert(0, words.pop())
    return " ".join(run)


_JOINERS = ("và", "cùng", "hoặc", "hay", "với")  # a list's conjunctions: "Thủ tướng Anh và Pháp"
_JOINT_END = re.compile(r"(?:,|(?<!\w)(?:" + "|".join(_JOINERS) + r"))[ \t]*$")


def _alone_holder(scan: ArticleScan, start: int, end: int) -> bool:
    """The title at ``start`` and the country ending at ``end`` name one sitting holder: no group, former holder
    or office before it, no later holder's word after it, and not in a list ("Thủ tướng Anh và Pháp")."""
    rules = scan.rules
    nots = rules.alone_not_before | rules.plural | rules.former | rules.principal_plural
    if any(scan.words_before(start, n) in nots for n in (1, 2)):
        return False
    if any(scan.words_before(scan.back_words(start, 1) or start, n) in nots for n in (1, 2)
           if scan.words_before(start, 1) in rules.former):
        return False  # "các cựu thủ tướng Lào"
    window = scan.text[max(0, start - 60) : start]
    joint = _JOINT_END.search(window)
    if joint is not None and any(m.end() == len(window[: joint.start()].rstrip())
                                 for m in rules.country_re.finditer(window[: joint.start()].rstrip())):
        return False  # "Thủ tướng Lào và Thủ tướng Campuchia": the second of a list
    nxt = _WORD.match(scan.text, scan.skip_spaces(end))
    if nxt is None or not nxt.group(0)[:1].islower():
        return False
    words = fold(scan.text[nxt.start() : nxt.start() + 30]).split()
    if any(" ".join(words[:n]) in rules.alone_not_after for n in (1, 2)):
        return False
    if words[0] not in _JOINERS:
        return True
    pos = scan.skip_spaces(nxt.end())  # a list only with another country or holder after the conjunction
    if rules.country_re.match(scan.text, pos) is not None:
        return False
    title = next((h for h in scan.hits if h.start == pos), None)
    return title is None or not _capitalized_run(scan, scan.skip_spaces(title.end))


def _other_country_of(scan: ArticleScan, name: str, alone: str) -> bool:
    """The sentences printing ``name``, or its last word, name a foreign country other than ``alone`` and never
    ``alone`` ("Thủ tướng D bác bỏ đề xuất của Mỹ. Thủ tướng Anh ...": D may be of either); a sentence naming
    ``alone`` too ("... vai trò của Mỹ trong thỏa thuận giữa Israel và ...") keeps the reading."""
    rx = scan.rules.country_re
    last = name.split()[-1] if name.split() else name
    named: set[str] = set()
    sentences = view(scan.doc)
    for m in re.finditer(r"(?<!\w)" + re.escape(last) + r"(?!\w)", scan.text):
        i = sentences.sentence_of(m.start())
        s, e = sentences.sentences[i] if i is not None else (0, len(scan.text))
        named |= {fold(c.group(0)) for c in rx.finditer(scan.text, s, e) if not _in_name(scan, c.start())
                  or c.start() in {scan.skip_spaces(h.end) for h in scan.hits}}
    named -= scan.rules.home_countries
    return bool(named) and alone not in named


def _country_office_printed(scan: ArticleScan, country: str) -> bool:
    """The article prints a head of state's title with the country right after it ("phó tổng thống
    Philippines"): a story about that country's state, not a foreign head visiting it ("Tổng thống Joe Biden
    sẽ thăm Brazil")."""
    key = fold(country)
    return any(f"{title} {key}" in scan.low for title, rule in scan.rules.titles.items()
               if rule.abroad_default and not rule.default_body and _country_body(rule.abroad_body))


def _country_body(abroad_body: str) -> bool:
    """The office's body printed abroad is the country itself, or a state form of it ("{country}", "Vương
    quốc {country}"), not an envoy's mission ("{place}")."""
    return "{country}" in abroad_body and "{place}" not in abroad_body


def abroad_positions(scan: ArticleScan, ch: Chain, name_end: int | None = None) -> list[Position]:
    """A chain with a country between it and the name ("Thủ tướng Israel Benjamin Netanyahu"): an office
    whose default body is printed without one is that body of the country ("Chính phủ Israel"). A state form
    the title's abroad_body puts before the country ("Vương quốc {country}") is kept only where the article
    prints that form itself; else the body is the country as printed ("Quốc vương Campuchia X" = "Campuchia")."""
    between = scan.skip_spaces(ch.end)
    qualified = qualifier_end(scan, between)
    if qualified is not None:
        between = qualified  # "Tổng thống mới Argentina X": the country after the office's qualifier
    between = past_country_owner(scan, between)
    name_at = _past_state_form(scan, between)
    country = scan.text[between : scan.place_at[name_at]] if name_at in scan.place_at else None
    out = ch.positions
    last = ch.items[-1]
    rule = last.hit.rule
    if qualified is not None and not country and last.body is None and rule.abroad_default \
            and _foreign_at(scan, ch.target):
        return out[:-1]  # "Thủ tướng mới Mark Carney": whose office, no country printed with it says
    end = scan.place_at.get(name_at)
    if end is not None and (after := qualifier_end(scan, scan.skip_spaces(end))) is not None:
        end = scan.skip_spaces_back(after)  # "Tổng thống Mỹ đương nhiệm A": the qualifier after the country
    if not country or last.body is not None or not _next_to_name(scan, end, ch.target, name_end):
        return out
    if "{place}" not in rule.abroad_body and (rule.abroad_body or rule.default_body):
        if name_at != between and rule.abroad_body:
            body = country  # "Tổng thống Cộng hòa Bulgaria X": the country as printed, its state form with it
        else:
            body = rule.abroad_body.format(country=country) if rule.abroad_body else f"{rule.default_body} {country}"
        if rule.abroad_body and fold(body) not in scan.low:
            body = country
        out[-1] = out[-1].model_copy(update={"body": body})
    return out


def _foreign_at(scan: ArticleScan, pos: int | None) -> bool:
    """A word spelled foreign at ``pos`` (no Vietnamese syllable)."""
    w = scan.word_at(pos) if pos is not None else None
    return w is not None and is_foreign_word(scan.text[w[0] : w[1]])


_DASH = re.compile(r"[ \t]*[-–][ \t]*")
_COMMA = re.compile(r",[ \t]*")
_ASIDE_CLOSE = re.compile(r",|[ \t]+[-–][ \t]|[ \t]*\)")


def _next_to_name(scan: ArticleScan, end: int, target: int, name_end: int | None = None) -> bool:
    """The country ending at ``end`` is printed right before the name at ``target``, or before a dash and an
    honorific opening it ("thủ tướng Thái Lan - bà Paetongtarn Shinawatra"), or before a comma, a foreign name
    (its honorifics and styles maybe first) and a comma, a dash or a bracket closing it ("Ngoại trưởng Iran, ông
    Abbas Araghchi, cho biết", "lãnh tụ tối cao Iran, Đại giáo chủ Ayatollah X, ra lệnh", "Ngoại trưởng Mỹ,
    Antony Blinken, nói"): an aside naming the holder.
    A name the aside does not close is the subject of the clause after it ("Sau khi gặp Tổng thống Nga, ông A
    cho biết"), and so is a Vietnamese name ("Tiếp Thủ tướng Nhật Bản, bà Lê Thị B, phụ trách ...")."""
    if end == scan.skip_spaces_back(target):
        return True
    dash = _DASH.match(scan.text, end)
    if dash is not None:
        return any(hs == dash.end() and scan.skip_spaces(he) == target for hs, he in scan.honorific_spans)
    comma = _COMMA.match(scan.text, end)
    if comma is None or name_end is None or _ASIDE_CLOSE.match(scan.text, name_end) is None:
        return False
    styles = dict(scan.honorific_spans)
    pos = comma.end()
    while pos in styles:  # "ông Ayatollah Ali Khamenei": past every style
        pos = scan.skip_spaces(styles[pos])
    w = scan.word_at(target)
    return pos == target and w is not None and fold(scan.text[w[0] : w[1]]) not in scan.rules.surnames


def _past_state_form(scan: ArticleScan, pos: int) -> int:
    """Where the country's name starts when a state form is printed before it at ``pos`` ("Cộng hòa Bulgaria",
    "nước Cộng hòa Cuba"; state_form rows of body_patterns.tsv), else ``pos``."""
    form = scan.rules.state_form_re.match(scan.text, pos) if scan.rules.state_form_re else None
    return form.end() if form is not None and form.end() in scan.place_at else pos


def host_positions(scan: ArticleScan, ch: Chain, name: str) -> list[Position]:
    """A foreign name's head-of-state or head-of-government title printed bare right before it, in a sentence
    that named one host country before the title ("... G20 tại Brazil, cùng Tổng thống Luiz Inácio Lula da
    Silva"; "Tiếp đó tại Cộng hòa Dominica, Thủ tướng A và Tổng thống B"; person_context.tsv host_cue), is
    that country's office, as if printed between title and name. A Vietnamese name, two host countries, a
    country printed without the cue ("Tổng thống X sẽ thăm Brazil") keep the title bare."""
    out = ch.positions
    if not _bare_foreign_head(scan, ch) or not scan.rules.host_cues:
        return out
    start = max(scan.text.rfind(p, 0, ch.start) for p in SENTENCE_PUNCT) + 1
    ends = [e for p in SENTENCE_PUNCT if (e := scan.text.find(p, ch.end)) >= 0]
    end = min(ends, default=len(scan.text))
    if any(other is not ch and start <= other.start < end and _bare_foreign_head(scan, other) for other in scan.chains):
        return out  # "Tại Malaysia, ... tiếp Thủ tướng Anwar Ibrahim và Tổng thống Joko Widodo": whose is which?
    rule = ch.items[-1].hit.rule
    countries = {s: e for s, e in scan.finditer(scan.rules.country_re) if start <= s < ch.start and not _in_name(scan, s)}
    hosts: dict[str, str] = {}
    for m in _WORD.finditer(scan.text, start, ch.start):
        if fold(m.group(0)) not in scan.rules.host_cues:
            continue
        at = scan.skip_spaces(m.end())
        low = fold(scan.text[at : at + 40])
        form = next((f for f in scan.rules.state_forms if low.startswith(f + " ")), None)
        name_at = scan.skip_spaces(at + len(form)) if form is not None else at
        if name_at in countries:
            stop = countries[name_at]
        elif form is not None and (w := _WORD.match(scan.text, name_at)) and w.group(0)[:1].isupper():
            stop = w.end()  # "tại Cộng hòa Dominica": a state form and one capitalized word name a country
        else:
            continue
        hosts.setdefault(fold(scan.text[at:stop]), scan.text[at:stop])
    if len(hosts) != 1:
        return out
    country = next(iter(hosts.values()))
    if rule.abroad_body and "{place}" not in rule.abroad_body:
        body = rule.abroad_body.format(country=country)
        if fold(body) not in scan.low:
            body = country
    else:
        body = f"{rule.default_body} {country}"
    return [*out[:-1], out[-1].model_copy(update={"body": body})]


def _bare_foreign_head(scan: ArticleScan, ch: Chain) -> bool:
    """The chain ends with a head of state's or government's title printed bare right before a foreign name."""
    last = ch.items[-1]
    rule = last.hit.rule
    if last.body is not None or ch.plural or ch.target is None or ch.target != scan.skip_spaces(ch.end):
        return False
    if not (rule.abroad_default and rule.default_body) and not (rule.abroad_body and "{place}" not in rule.abroad_body):
        return False
    w = scan.word_at(ch.target)
    return w is not None and fold(scan.text[w[0] : w[1]]) not in scan.rules.surnames
