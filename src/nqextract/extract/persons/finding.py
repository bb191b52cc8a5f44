"""persons, phase 3: finding the persons of an article: names after a chain of titles or an
honorific, lists after a plural honorific, names before an appositive chain, bare names."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...models import Position
from ...textnorm import canonical_tones, fold
from ..phrases import LIST_SEP, LIST_SEP_CHARS
from .abroad import after_person_noun, past_country_owner
from .bare_names import bare_names, foreign_appositives, given_names_alone, placed_foreign_names
from .called import called_names
from .chains import build_chains, local_body_placed, name_target
from .experts import firm_end, kept_honorifics
from .fields import with_fields
from .foreign_lists import listed_foreign_names
from .groups import after_list_word
from .initials import initials_names
from .local_units import resolved_levelled
from .long_forms import long_forms, relatives
from .names import (
    cap_run,
    ends_in_place,
    institution_before,
    name_starts_at,
    person_named_place,
    read_name,
    read_name_back,
    read_stage_name,
    stage_list,
    with_initials,
)
from .records import Chain
from .scan import ArticleScan, is_foreign_word, opens_sentence, sentence_end, spelled_foreign
from .set_off import set_off_name
from .short_bodies import resolve_short
from .single_names import mark_single_name, place_after_level, printed_as_place, single_foreign_name
from .spouses import cleared_for_person_noun
from .titles import title_hits
from .units import with_units


def prepare(scan: ArticleScan) -> None:
    """Honorifics, titles and chains of positions: what the names are read around."""
    rules = scan.rules
    scan.honorific_spans = scan.finditer(rules.honorific_re)
    # a levelled title decided once: the chains and the titles spans (read by the position changes) agree
    scan.hits = resolved_levelled(scan, with_units(scan, with_fields(scan, title_hits(scan))))
    scan.title_starts = {h.start for h in scan.hits}
    scan.body_ends = {e for _, e, _ in scan.bodies}
    scan.honorific_spans = kept_honorifics(scan)  # none on a title or a body, none before a firm
    scan.chains = build_chains(scan, scan.hits)


def find_names(scan: ArticleScan) -> tuple[dict[int, tuple[int, str]], dict[int, list[Position]]]:
    """Names after chains, after honorifics, before appositive chains, and with no context:
    {start: (end, rule)} and the positions a group gives to the members of its list."""
    rules = scan.rules
    chains = scan.chains
    found: dict[int, tuple[int, str]] = {}  # start -> (end, rule)
    group_positions: dict[int, list[Position]] = {}
    colon_groups: list[tuple[int, int, Chain, set[int]]] = []

    def add(span: tuple[int, int] | None, why: str) -> tuple[int, int] | None:
        if span is None:
            return None
        s, e = with_initials(scan, span)
        if ends_in_place(scan, s, e):
            return None  # "Đoàn Chèo Hải Phòng": an organization named after a place
        if any(bs <= s < be for bs, be, _ in scan.bodies) or (why != "honorific" and printed_as_place(scan, s, e)):
            return None  # a body; "Thủ tướng X" where the article prints "đảo X": a place ("ông X" is a person)
        if scan.in_place(s, e) and not (why in ("title", "honorific") and person_named_place(scan, s, e)):
            return None  # "Thái Lan"; but "Chủ tịch Hồ Chí Minh" is a person
        if s not in found or found[s][0] < e:
            found[s] = (e, why)
        return span

    # 1. names after a chain of titles
    for ch in chains:
        cleared = cleared_for_person_noun(scan, ch)  # "Vợ của Thủ tướng Úc, bà A,": no name read for it
        span = read_name(scan, ch.target, foreign=True) if ch.target is not None else None
        if span is not None and scan.in_place(*span) and not person_named_place(scan, *span):
            span = None  # "thủ tướng Thái Lan - bà A": a country, the name further on
        if span is None and ch.target is not None and ch.target != scan.skip_spaces(ch.end):
            span = read_name(scan, scan.skip_spaces(ch.end), foreign=False)
            if span is not None:
                ch.target = span[0]
        if span is None and not cleared:
            span = _name_after_long_body(scan, ch)
        if span is None and not ch.plural and not cleared:
            span = _name_after_level(scan, ch)
        if span is None and not ch.plural and not cleared:
            span = _apposed_name(scan, ch)
            if span is not None:
                ch.target = span[0]
        if span is None and not cleared:
            span = set_off_name(scan, ch)  # "Chủ tịch UBND tỉnh X - Nguyễn Văn A"
        single = span is None and ch.target is not None and not ch.plural and ch.items[-1].hit.rule.abroad_default
        span = single_foreign_name(scan, ch.target) if single else span  # "Tổng thống Biden", tagged no person
        if add(span, "title") is not None and single:
            mark_single_name(scan, span)
        if ch.plural and not ch.former:
            # "các đồng chí Ủy viên Bộ Chính trị: A, ...; B, ..." (or with no colon): the group's
            # positions go to every member of the list
            colon = scan.skip_spaces(ch.end)
            start = colon + 1 if scan.text.startswith(":", colon) else (span[0] if span else after_list_word(scan, colon))
            members = _list_names(scan, start) if start is not None else []
            for s in members:
                group_positions.setdefault(s, []).extend(ch.positions)
                if s not in found:
                    add(read_name(scan, s, foreign=False), "list")
            if start is not None and start == colon + 1:
                colon_groups.append((start, _group_end(scan, start), ch, set(members)))

    # 2. names after honorifics
    honorific_starts = {hs for hs, _ in scan.honorific_spans}
    for hs, he in scan.honorific_spans:
        kind = rules.honorifics.get(fold(scan.key[hs:he]), "surname")
        kin = fold(scan.key[hs:he]) in rules.kin_honorifics
        if kin and scan.text[hs].isupper() and not opens_sentence(scan.text, hs):
            continue  # "Concert Anh Trai X": a kin noun capitalized inside a sentence names a show, no person
        he = firm_end(scan, hs, he)  # "nhà kinh tế Oxford Economics Gareth Leather": the firm's expert
        he = _past_role_field(scan, he)  # "Thiếu tướng cảnh sát Thawat Wongsanga"
        pos = scan.skip_spaces(he)
        plural = scan.preceded_by(hs, rules.plural)
        if plural and kind == "stage":
            for span in stage_list(scan, pos):  # "các nghệ sĩ như Quốc Đại, NSƯT Thục An và Hoàng Bách"
                add(span, "list")
            continue
        if plural:
            if scan.text.startswith(":", pos):
                for s in _list_names(scan, pos + 1):
                    add(read_name(scan, s, foreign=False), "list")
            else:
                for s in _list_names(scan, pos):
                    add(read_name(scan, s, foreign=False), "list")
            continue
        if pos in scan.title_starts or pos in honorific_starts:
            continue  # "Tan Sri Dato' A", "Dato' Seri Dr. B": the last of a chain of styles reads the name
        target = name_target(scan, he)  # past a country: "nhà lãnh đạo Triều Tiên Kim Jong Un"
        strong = kind in ("strong", "stage")
        span = read_name(scan, target, foreign=strong) if target != pos else None
        # after a foreign style ("Dato'", "Tan Sri", "Samdech") a long foreign name may follow
        styled = strong and is_foreign_word(scan.text[hs:he].split()[0])
        if span is None and (target == pos or name_starts_at(scan, pos)):
            # past a country only a Vietnamese name opens at the country's word ("Hà Nam Ninh"): not
            # "lãnh tụ Cuba Fidel"
            span = read_name(scan, pos, foreign=strong, styled=styled)
        if span is None and kind == "stage":
            span = read_stage_name(scan, pos)  # "ca sĩ Cẩm Vân"
        if span is not None and kind == "stage":
            # "ca sĩ Cẩm Vân - Khắc Triệu, Anh Bằng, Quốc Đại": the artists listed after the first
            for item in stage_list(scan, span[1], more=True):
                add(item, "list")
        if span is None and not strong:
            # "cô Holly Bowles": a foreign name after a weak honorific needs underthesea's PER
            span = read_name(scan, pos, foreign=True)
            if span is not None and not scan.is_per(*span):
                span = None
        single = span is None and fold(scan.key[hs:he]) in rules.single_name_intros
        span = single_foreign_name(scan, pos) if single else span  # "ông Zelensky", tagged no person
        if kin and span is not None and _a_body(scan, span):
            span = None  # "Con trai X" of a company X: its heir, no name
        if add(span, "honorific") is not None and single:
            mark_single_name(scan, span)

    # 3. names before an appositive chain ("Phạm Minh Chính, Ủy viên Bộ Chính trị"), its status word
    # included ("Nguyễn Khoa Điềm, nguyên Ủy viên Bộ Chính trị")
    for ch in chains:
        before = min(ch.start, ch.lead)
        for sep in rules.chain_seps:
            if scan.text[:before].endswith(sep):
                add(read_name_back(scan, before - len(sep)), "appositive")
                break
        before = scan.skip_spaces_back(min(ch.start, ch.lead))
        if scan.text[:before].endswith("("):
            add(read_name_back(scan, scan.skip_spaces_back(before - 1)), "appositive")

    # 4. names with no context: surname + middle name + given name, or a bare name before "(NN tuổi"
    for s, e in bare_names(scan, found):
        add((s, e), "bare")
    for s, e in [*foreign_appositives(scan, found), *placed_foreign_names(scan, found)]:  # "A B, 12 tuổi"
        add((s, e), "bare")
    for s, e in [*_list_mates(scan, found), *listed_foreign_names(scan, found)]:  # "là A B, C D và E F"
        add((s, e), "bare")
    kin_names = relatives(scan, found)  # "Vợ ông, Margaret X" beside "Paul X"
    for s, e in [*long_forms(scan, found), *kin_names]:  # "Mohammed Deif, lãnh đạo ..." beside "ông Deif"
        add((s, e), "kin" if (s, e) in kin_names else "bare")
    # "ông Hùng đề nghị ..." and no longer name ending in Hùng; "bà N.T.H. (35 tuổi)"; "đối tượng tên X"
    for s, e in [*given_names_alone(scan, found), *initials_names(scan, found), *called_names(scan, found)]:
        add((s, e), "honorific")
    # every name of a colon group's first part has its office ("các đồng chí Ủy viên Bộ Chính trị: A, B; ...")
    for start, end, ch, members in colon_groups:
        for s in found:
            if start <= s < end and s not in members:
                group_positions.setdefault(s, []).extend(ch.positions)
    return found, group_positions


def _a_body(scan: ArticleScan, span: tuple[int, int]) -> bool:
    """``span`` overlaps a body, or a body the article prints ends with its words ("Tập đoàn X ... con trai X")."""
    if any(bs < span[1] and span[0] < be for bs, be, _ in scan.bodies):
        return True
    name = " " + fold(scan.text[span[0] : span[1]])
    return any(fold(scan.text[bs:be]).endswith(name) for bs, be, _ in scan.bodies)


def _past_role_field(scan: ArticleScan, end: int) -> int:
    """The end of a lower-case field word printed between a rank or role and a capitalized word ("Thiếu
    tướng | cảnh sát | Thawat Wongsanga", "biên tập viên | tin tức | Rizaik Farook"), else ``end``."""
    pos = scan.skip_spaces(end)
    m = scan.rules.role_field_re.match(scan.key, pos) if scan.rules.role_field_re and pos - end == 1 else None
    if m is None:
        return end
    after = scan.skip_spaces(m.end())
    return m.end() if after - m.end() == 1 and scan.starts_name(after) else end


def _name_after_level(scan: ArticleScan, ch: Chain) -> tuple[int, int] | None:
    """"Phó chủ tịch thành phố Nguyễn Doãn Toản", "Chủ tịch tỉnh Lê Đức Tiến": a title, a bare level word
    printed in lower case and a Vietnamese name of three words or more that is no known place ("Chủ tịch
    thành phố Hồ Chí Minh" names no person); a level and name the article also prints after no title
    ("UBND huyện Trần Văn Thời") is a place named after a person."""
    if ch.target is None or ch.items[-1].body is not None:
        return None
    pos = ch.target
    level = next((w for w in scan.rules.local_body_words_longest
                  if scan.text.startswith(w, pos) and scan.text[pos + len(w) : pos + len(w) + 1] == " "), None)
    if level is None:
        return None
    at = pos + len(level) + 1
    if not name_starts_at(scan, at):
        return None
    span = read_name(scan, at, foreign=False)
    if span is None or len(scan.text[span[0] : span[1]].split()) < 3:
        return None
    if span[0] in scan.place_at or scan.in_place(*span) or scan.is_loc(*span):
        return None
    targets = {c.target for c in scan.chains}
    printed = scan.text[pos : span[1]]
    if any(o not in targets and o + len(level) + 1 not in targets for o in _occurrences(scan.text, printed)):
        return None
    unit = scan.rules.level_titles.get(fold(scan.text[ch.items[-1].hit.start : ch.items[-1].hit.end]))
    if unit is not None:
        ch.items[-1].body = local_body_placed(scan, f"{unit} {level}", ch.items[-1].hit.start)
    ch.target = span[0]
    return span


def _occurrences(text: str, printed: str) -> list[int]:
    """Where ``printed`` starts in ``text``, as a whole word."""
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(printed)}(?!\w)", text)]


_CLOSED = re.compile(r"\s*[,;:.)]")


def _apposed_name(scan: ArticleScan, ch: Chain) -> tuple[int, int] | None:
    """"Bộ trưởng Công nghiệp Canada, Melanie Joly, cho biết": the name set off by commas after a chain
    (foreign or Vietnamese), closed by a punctuation mark; none after a person noun ("Trợ lý Tổng thống Nga,
    ông A,": the aide's name, not the president's)."""
    end = ch.end
    if after_person_noun(scan, ch.lead):
        return None
    place = past_country_owner(scan, scan.skip_spaces(end))  # "lãnh tụ tối cao của Iran, Ayatollah A,"
    if place > end and place in scan.place_at:
        end = scan.place_at[place]  # "Ngoại trưởng Mỹ, Antony Blinken,"
    if not scan.text.startswith(", ", end):
        return None
    at = scan.skip_spaces(end + 1)
    styles = dict(scan.honorific_spans)
    while at in styles:  # "Quốc vương X, Sheikh A bin B al-C,": past the style
        at = scan.skip_spaces(styles[at])
    span = read_name(scan, at, foreign=True)
    if span is None or _CLOSED.match(scan.text, span[1]) is None:
        return None
    return span


def _group_end(scan: ArticleScan, pos: int) -> int:
    """Where the part of a list after a group's colon ends: its first ";" or the sentence end."""
    end = scan.text.find(";", pos)
    return min(len(scan.text) if end < 0 else end, sentence_end(scan.text, pos))


def _name_after_long_body(scan: ArticleScan, ch: Chain) -> tuple[int, int] | None:
    """A body read too short ("Phó giám đốc Sở Kế hoạch [đầu tư] Nguyễn Thị Thu Hoa"): a name
    a few words on, with nothing but body words in between, ends the body."""
    item = ch.items[-1]
    if item.hit.start in scan.body_opening:
        return None
    honorific_after = _honorific_name_after(scan, ch.end, 6)
    if honorific_after is not None:
        ch.target = honorific_after[0]
        return honorific_after
    if item.body is None and not scan.starts_name(scan.skip_spaces(ch.end)):
        return None
    i = bisect_left(scan.word_starts, ch.end)
    prev_end = ch.end
    for _ in range(6):
        if i >= len(scan.words):
            return None
        s, e = scan.words[i]
        w = scan.text[s:e]
        if scan.text[prev_end:s] not in (" ", "\u00a0") or fold(w) in scan.rules.body_end or \
                (w[:1].islower() and fold(w) in scan.rules.list_words) or s in scan.title_starts:
            return None  # "Chủ tịch K&N Group [và Tổng giám đốc] B": another office opens, not the body's words
        two = scan.words[i + 1][1] if i + 1 < len(scan.words) else e
        if fold(scan.text[s:e]) in scan.rules.honorifics or fold(scan.text[s:two]) in scan.rules.honorifics:
            # "Chủ tịch UBND xã X và ông B", "Bộ trưởng Công an bổ nhiệm đại tá B": the honorific (a rank)
            # introduces another person
            return None
        span = None
        if scan.in_place(s, e):
            pass
        elif name_starts_at(scan, s):
            span = read_name(scan, s, foreign=False)
            if span is None:
                return None
        elif s > ch.end + 1 and is_foreign_word(scan.text[s:e]) and scan.is_per(s, e):
            span = read_name(scan, s, foreign=True)
        if span is not None:
            if prev_end == ch.end or place_after_level(scan, span):
                return None  # "Trưởng ban Công tác Mặt trận phường Yên Hòa": a place
            begin = scan.skip_spaces(item.hit.end)
            printed = (item.hit.rule.shared_head + " " if item.hit.rule.shared else "") + scan.text[begin:prev_end]
            item.body = resolve_short(scan, printed, item.hit.start) or canonical_tones(" ".join(printed.split()))
            item.end = ch.end = prev_end
            ch.target = s
            return span
        prev_end = e
        i += 1
    return None


def _honorific_name_after(scan: ArticleScan, pos: int, limit: int) -> tuple[int, int] | None:
    """'Giám đốc hãng Petro Express - ông Trần Quốc Hiệu': within ``limit`` words with no
    punctuation, a separator, an honorific and a name."""
    i = bisect_left(scan.word_starts, pos)
    prev_end = pos
    for _ in range(limit):
        if i >= len(scan.words):
            return None
        s, e = scan.words[i]
        gap = scan.text[prev_end:s]
        if gap not in (" ", "\u00a0"):
            if gap.strip() not in ("-", "–") or prev_end == pos:
                return None
            for hs, he in scan.honorific_spans:
                if hs == s:
                    kind = scan.rules.honorifics.get(fold(scan.key[hs:he]), "surname")
                    return read_name(scan, scan.skip_spaces(he), foreign=kind in ("strong", "stage"))
            return None
        if fold(scan.text[s:e]) in scan.rules.body_end:
            return None
        prev_end = e
        i += 1
    return None


def _list_names(scan: ArticleScan, pos: int) -> list[int]:
    """Starts of names in a list ("A, Chủ tịch Quốc hội; B, ..." or "A, B và C") from ``pos``."""
    text = scan.text
    end = sentence_end(text, pos)
    segment_sep = ";" if ";" in text[pos:end] else ","
    out = []
    seg_start = pos
    for part in text[pos:end].split(segment_sep):
        s = scan.skip_spaces(seg_start)
        # "và B" as the last item
        w = scan.word_at(s)
        if w is not None and text[w[0] : w[1]] in ("và", "cùng"):
            s = scan.skip_spaces(w[1])
        if name_starts_at(scan, s):
            out.append(s)
            # "A, B và C": the last two names share one part
            run = cap_run(scan, s)
            k = part.find(" và ")
            if segment_sep == "," and run and k >= 0 and run[-1][1] == seg_start + k:
                after = scan.skip_spaces(seg_start + k + len(" và "))
                if name_starts_at(scan, after):
                    out.append(after)
        elif segment_sep == ";":
            break
        seg_start += len(part) + 1
    return out


_ITEM_OPEN = re.compile(r"(?:,|:|\bvà)[ \t]*$")
_ITEM_CLOSE = re.compile(r"[ \t]*(?:,|\bvà\b|[.;]|$)")
_LAST_ITEM = re.compile(r"\bvà[ \t]+$")
_LOWER_AFTER = re.compile(r"[ \t]+[^\W\d_]*[a-zđ]")


def _foreign_item(scan: ArticleScan, run: list[tuple[int, int]]) -> bool:
    """A list item spelled as a foreign name ("Emil Bove"): every word foreign, one no Vietnamese syllable."""
    words = [scan.text[a:b] for a, b in run]
    return spelled_foreign(words)


def _list_mates(scan: ArticleScan, found: dict[int, tuple[int, str]]) -> list[tuple[int, int]]:
    """A list of bare names ('như: Nguyễn Ngọc, Nguyễn Văn Phong, Hồ Lâm, Lê Nguyễn Thanh Danh, ...'):
    a run of 2-4 capitalized words standing alone as an item between list separators is a name when
    a neighbouring item is a name already found; a run opening with a family name needs one such
    neighbour, any other run of 3-4 words two. Linear in the list's length: an item is looked at
    again only when a name is found right beside it."""
    text = scan.text
    spans = {s: e for s, (e, _) in found.items()}
    starts = sorted(spans)
    inside = _inside_spans(scan, spans)
    # a foreign item's mates are foreign names a title or an honorific introduced, or such items
    foreign_spans = {s: e for s, (e, why) in found.items() if why in ("title", "honorific")
                     and all(is_foreign_word(w) or w.islower() for w in text[s:e].split())}
    items: list[tuple[int, int, int]] = []  # (start, end, kind: 1 surname, 2 foreign, 0 other) of candidates
    for s, _e in scan.words:
        if s in spans or not text[s:_e][:1].isupper() or not _ITEM_OPEN.search(text, max(0, s - 6), s):
            continue
        if s in inside:
            continue
        run = cap_run(scan, s, limit=5)
        if not 2 <= len(run) <= 4:
            continue
        e = run[-1][1]
        k = bisect_right(starts, s)
        foreign = _foreign_item(scan, run)
        closed = _ITEM_CLOSE.match(text, e) or foreign and _LAST_ITEM.search(text, max(0, s - 6), s) \
            and _LOWER_AFTER.match(text, e)  # "ông A, Emil Bove và John Sauer vào ...": the list's last item
        if not closed or (k < len(starts) and starts[k] < e):
            continue
        words = [fold(text[a:b]) for a, b in run]
        if any(w in scan.rules.name_stop for w in words[1:]) or words[0] in scan.rules.name_stop:
            continue
        if foreign and any(w in scan.rules.org_words for w in words):
            continue  # "Lockheed Martin Systems": an organization
        if s in scan.place_at or scan.in_place(s, e) or any(bs <= s < be for bs, be, _ in scan.bodies):
            continue
        if institution_before(scan, s):
            continue
        items.append((s, e, 1 if words[0] in scan.rules.surnames else 2 if foreign else 0))
    # each item's neighbours: the start of the item after its separator, the ends a separator before it
    # joins; an item is weighed again when a name starts or ends at one of them
    ends = set(spans.values())
    foreign_ends = set(foreign_spans.values())
    by_next: dict[int, list[int]] = {}
    by_end: dict[int, list[int]] = {}
    nexts: list[int | None] = []
    befores: list[list[int]] = []
    for i, (s, e, _surname) in enumerate(items):
        after = LIST_SEP.match(text, e)
        nexts.append(after.end() if after is not None else None)
        if after is not None:
            by_next.setdefault(after.end(), []).append(i)
        lo = s
        while lo > 0 and text[lo - 1] in LIST_SEP_CHARS:
            lo -= 1
        befores.append([b for b in range(lo, s) if LIST_SEP.fullmatch(text, b, s)])
        for b in befores[-1]:
            by_end.setdefault(b, []).append(i)
    added: set[int] = set()

    def ready(i: int) -> bool:
        s, e, kind = items[i]
        if i in added or s in spans or (not kind and len(text[s:e].split()) < 3):
            return False
        if kind == 2:  # "ông Todd Blanche, Emil Bove và John Sauer": beside a foreign name
            return nexts[i] in foreign_spans or any(b in foreign_ends for b in befores[i])
        mates = int(nexts[i] is not None and nexts[i] in spans)
        mates += int(any(b in ends for b in befores[i]))
        return mates >= (1 if kind else 2)

    todo = [i for i in range(len(items)) if ready(i)]
    while todo:
        i = todo.pop()
        if not ready(i):
            continue
        s, e, kind = items[i]
        spans[s] = e
        ends.add(e)
        if kind == 2:
            foreign_spans[s] = e
            foreign_ends.add(e)
        added.add(i)
        todo.extend(j for j in by_next.get(s, []) + by_end.get(e, []) if ready(j))
    return sorted((items[i][0], items[i][1]) for i in added)


def _inside_spans(scan: ArticleScan, spans: dict[int, int]) -> set[int]:
    """The word starts strictly inside a found name (one sweep over the words and the sorted names)."""
    out: set[int] = set()
    ordered = sorted(spans.items())
    k, reach = 0, -1
    for s, _e in scan.words:
        while k < len(ordered) and ordered[k][0] < s:
            reach = max(reach, ordered[k][1])
            k += 1
        if s < reach:
            out.add(s)
    return out
