"""The phases in order over one text: every body mention, non-overlapping, with its canonical name."""

from __future__ import annotations

import re
from dataclasses import replace

from ...errors import ExtractError
from ...textnorm import fold
from ..body_rules import BodyRules, load_rules, norm_key
from ..body_spellings import respelled
from .aliases import (
    alias_mentions,
    anaphors,
    country_forms,
    definitions,
    headed_short_forms,
    legal_form_printings,
    placeless_repeats,
)
from .anaphoric import anaphoric_countries
from .bank_branches import bank_branches
from .bare_parents import bare_parents
from .bloc_modifiers import bloc_modifiers, event_acronyms
from .chamber_committees import chamber_committees
from .clubs import clubs
from .composites import composites, inner_mentions, kept, listed_prefixes, units
from .departments import departments
from .districts import district_departments
from .federation_offices import federation_offices
from .forces import lower_forces
from .gazetteer import (
    brand_owners,
    chambers,
    deputies,
    foreign,
    gazetteer,
    listed_missions,
    ministry_lists,
    shared_republics,
    title_bodies,
    title_ministries,
)
from .implicit import implicit_places
from .initials import dotted_initials
from .lines import shortened_lines
from .members import member_parents
from .ministers import foreign_holders, foreign_minister_ministries
from .mission_repeats import mission_repeats
from .numbered_regions import numbered_regions
from .office_lists import office_lists
from .organ_parents import organ_parents, organ_starts
from .organs import foreign_organs
from .outlet_names import bare_outlet_names
from .party_partners import party_partners
from .places import local_bodies, regional_places
from .posted import posted_missions
from .prefix_cuts import prefix_cuts
from .press import cited_outlets, cued_outlets
from .press_subjects import subject_outlets
from .proper import proper_names
from .regions import regional_units
from .scan import UNNAMED, BodyMatch, Text, brand_run, select
from .school_units import school_units
from .seats import seat_mentions
from .secretaries import unit_committees
from .shared_heads import shared_heads
from .topics import resolve_topics, topics
from .unit_fields import unit_fields, unjoined_fields
from .village_organs import village_organs
from .world import (
    armed_groups,
    foreign_firms,
    foreign_outlets,
    named_agencies,
    outlet_descriptors,
    paired_groups,
)


def find_bodies(text: str, tags: dict[int, str] | None = None, rules: BodyRules | None = None) -> list[BodyMatch]:
    """Every body mention in ``text`` (non-overlapping, in text order), with canonical names.

    ``tags`` (optional) maps the start offset of each word to its POS tag (underthesea's N, V, ...);
    with it, proper names ("Cục Cảnh sát giao thông") stop before verbs. ``rules`` default to those of
    the current data files.
    """
    if not isinstance(text, str):
        raise ExtractError(f"find_bodies: expected the article text as str, got {type(text).__name__}")
    return scan(Text(text), tags, rules if rules is not None else load_rules())


def _chosen(t: Text, base: list[BodyMatch], rules: BodyRules) -> list[BodyMatch]:
    """The bodies chosen among ``base``: aliases defined and resolved, composites and units named with their parents."""
    first = select(base)
    aliases, defined = definitions(t, first, rules)
    named = defined + alias_mentions(t, aliases, rules)
    # an acronym the article defines names its body so, whatever body abbreviations.tsv expands it to; a name printed
    # short of its acronym's expansion ("Liên đoàn Bóng đá (VFF)") is named by the expansion
    spans = {(m.start, m.end) for m in named}
    respelled = {(m.start, m.end) for m in named if m.source == "respelled"}
    base = [m for m in base if not m.weak and not (m.source == "abbreviation" and (m.start, m.end) in spans)
            and (m.start, m.end) not in respelled] + named
    chosen = select(base)
    chosen = resolve_topics(chosen, aliases)
    chosen = brand_owners(select(chosen + anaphors(t, chosen, rules)), rules)
    # bare topic heads that nothing resolved are unnamed ("Trưởng Ban" with no Ban named)
    chosen = [m for m in chosen if not (m.source == "topic" and fold(m.name) == fold(m.head))]
    composed = composites(t, chosen, rules)
    return units(t, inner_mentions(composed, select([foreign(t, m, rules) for m in composed]), rules), rules)


def scan(t: Text, tags: dict[int, str] | None, rules: BodyRules) -> list[BodyMatch]:
    """The phases in order over one scan object (see :func:`find_bodies`)."""
    t, guarded = joined_heads(t, rules)
    # a field printed in lower case is read only with the tagger's words (the proper phase stops it at a verb)
    t, raised = lower_units(t, rules) if tags is not None else (t, {})
    # "Hãng thông tấn Nga X" -> "Hãng thông tấn X": first, so it wins over the same span cited as printed
    base = named_agencies(t, rules) + gazetteer(t, rules) + local_bodies(t, rules) + topics(t, rules)
    base += title_ministries(t, rules)
    base += foreign_minister_ministries(t, rules)
    base += title_bodies(t, rules) + listed_missions(t, rules) + deputies(t, rules) + cited_outlets(t, rules)
    base += cued_outlets(t, rules) + subject_outlets(t, rules)
    outlets = foreign_outlets(t, rules)
    base += outlets + armed_groups(t, rules) + paired_groups(t, rules) + foreign_organs(t, rules, tags, base)
    base += foreign_firms(t, rules, tags) + posted_missions(t, rules) + lower_forces(t, rules)
    base += ministry_lists(t, rules, base) + seat_mentions(t, rules)
    base = event_acronyms(t, base, rules)  # "Ban Tổ chức AFF Cup 2024": the tournament's board, not the federation's
    # a brand ("Vingroup") does not end the name a head before it opens ("Tập đoàn Vingroup"), nor does a foreign
    # organ's country ("Hội đồng Doanh nghiệp Anh – Việt"): the longer wins; an outlet's lower-case descriptor does
    # ("Tạp chí Time và [tờ Washington Post]")
    blocked = {m.start for m in base if m.source not in (UNNAMED, "organ")
               and not (m.source == "gazetteer" and m.name in rules.brands)}
    organs = organ_starts(t, base, rules)  # "Hội đồng ĐHQG TP.HCM": the council's name runs on over the university
    base += proper_names(t, rules, tags, (blocked - organs) | outlet_descriptors(t, rules, outlets))
    fields = unit_fields(t, rules, tags)
    chosen = _chosen(t, base + fields, rules)  # after the proper names: a longer one of those wins
    while dropped := unjoined_fields(chosen, fields, base):
        # a unit at length counts only named with its force: read again without it, whatever it overlapped restored
        fields = [m for m in fields if (m.start, m.end, m.name) not in dropped]
        chosen = _chosen(t, base + fields, rules)
    chosen = organ_parents(t, chosen, base, organs, rules)
    chosen = foreign_holders(t, chosen, rules)  # "Bộ trưởng Quốc phòng Lloyd Austin": no Vietnamese ministry
    chosen = anaphoric_countries(t, chosen, rules)  # "Quốc hội nước này" after Iran: Quốc hội Iran
    chosen = regional_units(t, regional_places(t, chosen, rules), rules)  # "Kiểm toán nhà nước khu vực VII"
    chosen = numbered_regions(t, chosen, rules)  # "Bộ Tư lệnh Vùng 4 Hải quân"
    chosen = chambers(t, shared_republics(t, chosen, rules), rules)
    chosen = legal_form_printings(implicit_places(t, chosen, rules), rules)  # "Công ty TNHH X" = "... trách nhiệm ..."
    chosen = country_forms(placeless_repeats(chosen, rules), rules)
    chosen = mission_repeats(t, chosen, rules)  # "Đại sứ quán Mỹ" after "Đại sứ quán Mỹ tại Kiev": the hosted one
    chosen = headed_short_forms(t, chosen)
    chosen = shortened_lines(chosen, rules, t, tags)
    chosen = bare_parents(t, chosen, rules, tags)  # "Công đoàn Bộ" after "Bộ Nội vụ": Công đoàn Bộ Nội vụ
    chosen = district_departments(t, listed_prefixes(t, chosen, rules), rules)
    chosen = unit_committees(t, chosen, rules)  # "Bí thư Đảng ủy, Giám đốc Sở X": Đảng ủy Sở X
    chosen = village_organs(t, chosen, rules)  # "Bí thư Chi bộ, Trưởng thôn X": Chi bộ thôn X
    chosen = departments(t, chosen, rules, tags)  # "trưởng khoa nhiễm Bệnh viện X": Khoa Nhiễm Bệnh viện X
    chosen = school_units(t, chosen, rules)  # "giảng viên khoa X, Trường Đại học Y": Khoa X, Trường Đại học Y
    chosen = shared_heads(t, chosen, rules, tags)  # "các bệnh viện A, B": Bệnh viện A, Bệnh viện B
    # a unit whose field was read capitalized counts only named with its parent ("Phòng Cảnh sát kinh tế Công an tỉnh
    # X", whatever phase named it), never cut short before it ("Phòng cảnh sát hình sự [đã báo cáo] Công an tỉnh X")
    chosen = [m for m in chosen if m.start not in raised or m.end > raised[m.start]]
    # a head raised after a title names its body only whole: with its parent or place when so flagged ("phòng"), and
    # never cut short right before another body ("phó tổng biên tập báo Điện tử [Chính phủ]")
    chosen = [m for m in chosen if m.start not in guarded or not (
        guarded[m.start] == "parent" and _parentless(m, rules) or _cut(t, m, chosen))]
    chosen = party_partners(t, chosen, rules)  # "Đảng, Chính phủ": the ruling party
    # "Hãng tin Reuters": a foreign outlet is named by its own name, the descriptor a common noun
    named = bare_outlet_names([m for m in chosen if m.source != UNNAMED and kept(t, m, rules)
                               and not _form_only(m, rules)], rules)
    named = chamber_committees(t, named, rules)  # "Ủy ban Đạo đức Hạ viện X": one body, the chamber too
    named = member_parents(t, named, rules)  # "Ủy ban Xã hội của Quốc hội": "Quốc hội" too, one name for the committee
    named = office_lists(t, named, rules)  # "Ban Chấp hành, Tổ trưởng và Tổ phó": offices listed, no body
    named = bank_branches(t, named, rules)  # "Ngân hàng X (ABC) Chi nhánh Y": one body, named with its bank
    named = prefix_cuts(t, named, rules)  # "Ban Xây dựng [Đảng]": a name cut inside a prefix row, none
    named = bloc_modifiers(t, named, rules)  # "khu vực ASEAN", "giải AFF", "FIFA Day": a region or an event, none
    named = federation_offices(t, named, rules)  # "Ban Kỷ luật VFF": Ban Kỷ luật Liên đoàn Bóng đá Việt Nam
    named = clubs(t, named, rules)  # "CLB Inter Miami": Câu lạc bộ Inter Miami
    named = dotted_initials(t, named)  # "Công ty TNHH T. (TP.HCM)": a withheld name's initial keeps its dot
    # one body, one name: "Văn phòng Liên Hiệp Quốc ở Geneva" -> "Văn phòng Liên hợp quốc ở Geneva"
    return [m if (n := respelled(m.name, rules.spellings)) == m.name else replace(m, name=n) for m in named]


def _form_only(m: BodyMatch, rules: BodyRules) -> bool:
    """A company named by its head and its legal form alone ("Công ty TNHH một thành viên", a brand_line_head and
    legal_form words): its own name was cut off, no body."""
    if rules.legal_forms is None:
        return False
    low = " ".join(m.name.lower().split())
    rest = " ".join(rules.legal_forms.sub(" ", low).split())
    return rest != low and fold(rest) in rules.name_words.heads


def joined_heads(t: Text, rules: BodyRules) -> tuple[Text, dict[int, str]]:
    """The scan object with a head printed in lower case after a title ("Trưởng ban Tuyên giáo ...",
    ``joined_head``) capitalized, so the phases read the body named there ("Ban Tuyên giáo ..."); a person's
    name ("Trưởng ban Trần Văn A", "phó phòng Thắng" after "ông Phan Tất Thắng"), another body's head ("Trưởng
    phòng Ban X") or the head printed again ("phó trưởng ban Ban Tổ chức") is left alone. Also where each head so
    raised starts with its ``joined_head`` value when it has one (``parent``: its body counts only named with its
    parent or place, "phòng"; ``whole``: only not cut before another body, "báo")."""
    if rules.joined_head is None:
        return t, {}
    raw = None
    guarded: dict[int, str] = {}
    given: set[str] | None = None
    for m in rules.joined_head.finditer(t.low):
        at, nxt = m.start(1), m.end()
        word_end = t.word_end(nxt) or nxt
        if not t.raw[nxt].isupper() or t.low[nxt:word_end] == m.group(1) or t.raw[at].isupper():
            continue
        if fold(t.raw[nxt:word_end]) in rules.surnames and brand_run(t, nxt) is False:
            continue  # "Trưởng ban Trần Lưu Quang": the person, no body
        if any(rx.match(t.low, nxt) for rx, _ in rules.proper_heads):
            continue  # "Trưởng phòng Ban Chính sách ...": the head is the title's, the body is the next one
        if _alone(t, word_end):
            given = _given_names(t, rules) if given is None else given
            if fold(t.raw[nxt:word_end]) in given:
                continue  # "phó phòng Thắng" after "ông Phan Tất Thắng": the person named again
        raw = (raw if raw is not None else t.raw)
        raw = raw[:at] + raw[at].upper() + raw[at + 1 :]
        if m.group(1) in rules.joined_values:
            guarded[at] = rules.joined_values[m.group(1)]
    if raw is None:
        return t, guarded
    out = t.recased(raw)
    return out, guarded


def _alone(t: Text, end: int) -> bool:
    """The capitalized word ending at ``end`` is the only one: no capitalized word printed right after it."""
    after = t.words_after(end)[:1]
    return not (after and t.raw[end : after[0][0]] == " " and t.raw[after[0][0]].isupper())


def _given_names(t: Text, rules: BodyRules) -> set[str]:
    """The last words (folded) of the persons' names the article prints: a run of capitalized words (the view's
    words, one space apart) where a surname opens a name of three or four words ending the run ("ông Phan Tất Thắng"
    -> "thắng"; not "văn" of "Nguyễn Văn Hùng", nor "nội" of "Hà Nội")."""
    out: set[str] = set()
    run: list[str] = []
    last = -1
    for s, e in [*t.words, (len(t.raw), len(t.raw))]:
        w = t.raw[s:e]
        if run and s - last == 1 and t.raw[last] == " " and w[:1].isupper() and w.isalpha():
            run.append(w)
            last = e
            continue
        if any(fold(x) in rules.surnames for x in run[-4:-2]):
            out.add(fold(run[-1]))
        run = [w] if w[:1].isupper() and w.isalpha() else []
        last = e
    return out


def _cut(t: Text, m: BodyMatch, chosen: list[BodyMatch]) -> bool:
    """Another body is named right after ``m``, one space between: ``m``'s name was cut short before it ("báo Điện
    tử" before "Chính phủ" of "phó tổng biên tập báo Điện tử Chính phủ")."""
    return t.raw[m.end : m.end + 1] == " " and any(x.start == m.end + 1 for x in chosen)


def _parentless(m: BodyMatch, rules: BodyRules) -> bool:
    """A department raised after a title (``joined_parented``) named without its parent body or place: the
    gazetteer's name ("Phòng Thương mại và Công nghiệp Việt Nam"), the unit with its parent ("Phòng Cảnh sát hình sự
    Công an tỉnh X") and a field before a place, printed or the one the article gives ("Phòng Kinh tế huyện X") count;
    not "phòng Thương mại Mỹ tại ...", "phòng Kinh doanh Công ty X" (no composite of the two) nor "phòng Hà Nội của
    ..." (no field)."""
    if m.source in ("composite", "gazetteer"):
        return False
    words = m.name.split()[2:]  # a place after the head and a field word
    return not any(fold(" ".join(words[i : i + n])) == w and i + n < len(words) and words[i + n][:1].isupper()
                   for w in rules.level_words for n in (len(w.split()),) for i in range(len(words)))


_NEXT_WORD = re.compile(r",?[ \t]+([^\W_][\w-]*)")


def lower_units(t: Text, rules: BodyRules) -> tuple[Text, dict[int, int]]:
    """The scan object with a unit's field printed in lower case right before its parent body (``lower_unit``:
    "Phòng cảnh sát kinh tế Công an tỉnh X") capitalized, so the phases read the unit named with its parent
    ("Phòng Cảnh sát kinh tế Công an tỉnh X"); with no parent right after the lower-case run ("Phòng cảnh sát hình
    sự đã ...", "..., Công an tỉnh X", "phòng cảnh sát" in lower case) it is left alone. Also where each unit so read
    starts -> where its parent starts."""
    raw = None
    raised: dict[int, int] = {}
    for rx, parent in rules.lower_units:
        for m in rx.finditer(t.low):
            at = m.start(1)
            if t.raw[m.start()].isupper() and t.raw[at].islower() and (
                    (p := _parent_after(t.raw, m.end(), parent)) is not None):
                raw = (raw if raw is not None else t.raw)
                raw = raw[:at] + raw[at].upper() + raw[at + 1 :]
                raised[m.start()] = p
    if raw is None:
        return t, raised
    out = t.recased(raw)
    return out, raised


def _parent_after(raw: str, p: int, parent: str) -> int | None:
    """Where the parent's capitalized head starts, printed right after lower-case words (a comma maybe between) from
    ``p``, within 16 words (after a comma the parent is the bodies' own: "Phòng cảnh sát kinh tế, Công an tỉnh X");
    else None."""
    for _ in range(16):
        e = p + 1 + len(parent)
        if raw.startswith(" " + parent, p) and not raw[e : e + 1].isalnum():
            return p + 1
        w = _NEXT_WORD.match(raw, p)
        if not w or not w.group(1)[0].islower():
            return None
        p = w.end()
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
