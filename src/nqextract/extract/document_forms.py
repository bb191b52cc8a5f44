"""documents, mention forms read around a type word (the scanner's helpers): a document named by its issuer
and subject ("Nghị quyết của Quốc hội về ..."), a personnel resolution printed with neither number nor name
("nghị quyết phê chuẩn ..."), a law named in lower case inside a list of laws ("Luật đấu giá tài sản"), a plan
named by a quoted title ('đề án "chuyển đổi Khu công nghiệp Biên Hòa thành khu đô thị"'), an amending document titled
by the document it amends ("Thông tư sửa đổi, bổ sung một số điều của Quy chế tuyển sinh ...")."""

from __future__ import annotations

import re

from ..textnorm import fold, is_cap
from .document_links import LAW_TYPES, DocMention, Linker
from .document_names import INNER_PERIOD, SPACE, NameReader
from .document_rules import DocumentRules

AMENDING = re.compile(  # printed in lower case after "thông qua", "dự án" too ("thông qua luật sửa đổi, ...")
    r"(?<!\w)[Ll]uật\s+sửa\s+đổi\s*,?\s*bổ\s+sung(?:\s+một\s+số\s+điều)?(?:\s+của)?\s+(?:các\s+)?"
    r"(?=(?:Bộ\s+)?[Ll]uật\s)")
# "Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự", "... của 8 Luật": an amending
# law named by the count of laws it amends (and what they concern)
AMENDING_COUNTED = re.compile(
    r"(?<!\w)[Ll]uật\s+sửa\s+đổi\s*,\s*bổ\s+sung\s+một\s+số\s+điều\s+của\s+\d{1,2}\s+[Ll]uật(?!\w)")
# what the counted laws concern: lower-case words (no "với", no number), and one short item after a comma that ends
# the clause ("... an ninh, trật tự với 89,85% ...", not "..., cơ quan soạn thảo đã ...")
COUNTED_TAIL = re.compile(
    r"(?:[ \t]+(?!với(?!\w))[^\W\d_A-ZĐ][^\W\d_]*){1,10}"
    r"(?:[ \t]*,[ \t]*(?!với(?!\w))[^\W\d_A-ZĐ][^\W\d_]*(?:[ \t]+(?!với(?!\w))[^\W\d_A-ZĐ][^\W\d_]*)?"
    r"(?=[ \t]*[,.;:)\n]|[ \t]+với(?!\w)|[ \t]*$))?")
# "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số 55/2010/QH12 về miễn, giảm thuế ...": an amending
# document whose title names the one document it amends by its number
AMENDING_NUMBERED = re.compile(
    r"(?<!\w)(?P<tw>Luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư)\s+sửa\s+đổi\s*,?\s*bổ\s+sung(?:\s+một\s+số\s+điều)?"
    r"\s+của\s+(?P<inner>(?:Bộ\s+)?[Ll]uật(?:[ \t]+[^\W\d_]+){1,10}?|Pháp lệnh(?:[ \t]+[^\W\d_]+){1,10}?|Nghị quyết"
    r"|Nghị định|Thông tư)\s+số\s+(?P<n>\d[\w.]*(?:/[\w.\-]+)+)")
# "Thông tư sửa đổi, bổ sung một số điều của Quy chế tuyển sinh ...", "dự thảo thông tư sửa đổi, bổ sung ... của quy
# chế ...", "Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013": an amending document whose title names
# the document it amends by name, no number (a lower-case type word only after the draft word)
AMENDING_NAMED = re.compile(
    r"(?<!\w)(?P<tw>Nghị quyết|Nghị định|Thông tư|(?P<low>nghị quyết|nghị định|thông tư))\s+sửa\s+đổi\s*,?\s*bổ\s+sung"
    r"(?:\s+một\s+số\s+điều)?\s+của\s+(?P<inner>Hiến pháp|[Qq]uy chế|[Qq]uy định|Điều lệ"
    r"|(?:[Nn]ghị quyết|[Nn]ghị định|[Tt]hông tư)(?:[ \t]+\d{1,4})?(?=[ \t]+về[ \t]))(?!\w)(?!\s+số(?!\w))")
MATTER_WORD = re.compile(r"[\w%]+")
MATTER_DASH = re.compile(r"[ \t]+[-–][ \t]+(?=[^\W\d_])")
LOWER_ITEM = re.compile(r"((?:[ \t]*[^\W\d_]+){1,6}?)(?=[ \t]*[,;.]|[ \t]+và[ \t]+(?:Bộ[ \t]+)?[Ll]uật[ \t])")
WORD = re.compile(r"(?<!\w)[^\W\d_]+")
QUOTED_TITLE = re.compile(r"[ \t]*[\"“](?P<title>[^\W\d_][^\"“”\n]{2,300}?)[\"”]")
OPENED_CLOSE = re.compile(r"(?P<title>[ \t]+[^\W\d_][^\"“”\n]{2,300}?)[\"”]")
SENTENCE_INSIDE = re.compile(r"[.!?:][ \t]")
LAW_ITEM_SEP = re.compile(r"[ \t]*[,;][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+")


def line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def look_back(text: str, pos: int, width: int = 40) -> int:
    """Where to start looking for the words before ``pos``: at most ``width`` chars, same line."""
    return max(line_start(text, pos), pos - width)


def owned_subjects(text: str, rules: DocumentRules, links: Linker, names: NameReader, type_hits: list[re.Match[str]]) -> list[DocMention]:
    """A document named by its issuer and subject: "Nghị quyết của Quốc hội về thí điểm một số cơ chế, chính
    sách đặc thù phát triển nhà ở xã hội", "Kế hoạch của UBND tỉnh về ...": the printed type word, "của" and a
    body, a subject opener (``subject_lead``), the subject to the clause end. The body is part of the name and
    the issuer. So is a draft printed capitalized ("dự thảo Nghị quyết của Quốc hội quy định về ..."); a draft in lower
    case is named without the body (``named_plans``: "dự thảo nghị quyết của Quốc hội về ...")."""
    out: list[DocMention] = []
    for m in type_hits:
        tw = rules.words.get(fold(m["tw"]))
        if tw is None or not tw.name or not is_cap(m["tw"]) or tw.type in LAW_TYPES:
            continue
        c = rules.owner_link_re.match(text[m.end() : m.end() + 8])
        body = links.body_at(m.end() + c.end()) if c else None
        if body is None or not rules.subject_lead_re.match(text, body[0]):
            continue
        line0 = look_back(text, m.start())
        if any(r.search(text, line0, m.start()) for r in (rules.org_blocker_re, rules.plural_blocker_re)):
            continue
        end = names.subject_end(body[0])
        if end is None:
            continue
        printed = " ".join(text[m.start() : end].split())
        out.append(DocMention(m.start(), end, tw.type, tw.type + printed[len(m["tw"]) :], "name",
                              issuer=body[1], name_has_body=True))
    return out


def unnamed_acts(text: str, rules: DocumentRules) -> list[DocMention]:
    """A document printed with neither number nor name, by the personnel act it performs: "Quốc hội biểu quyết
    thông qua nghị quyết phê chuẩn đề nghị của Thủ tướng về việc bổ nhiệm ...": one document, number null."""
    out: list[DocMention] = []
    for m in rules.unnamed_act_re.finditer(text):
        line0 = look_back(text, m.start())
        if rules.org_blocker_re.search(text, line0, m.start()):
            continue
        out.append(DocMention(m.start(), m.end("tw"), rules.words[fold(m["tw"])].type, "", "unnamed"))
    return out


def listed_laws(text: str, rules: DocumentRules, laws: list[DocMention]) -> list[DocMention]:
    """An item of a list of laws whose name is printed in lower case ("như: Luật về hội, Luật tín ngưỡng, tôn
    giáo, Luật đấu giá tài sản, ..."): "Luật" and at most six lower-case words between list separators, next
    to a law of the same list."""
    for m in rules.listed_law_re.finditer(text):
        if any(o.start <= m.start() < o.end for o in laws) or AMENDING.match(text, m.start()):
            continue
        before = text[line_start(text, m.start()) : m.start()].rstrip()
        if not before or not (before[-1] in ",:;" or before.endswith(" và")):
            continue
        item = LOWER_ITEM.match(text, m.end())
        if item is None or not item.group(1).islower():
            continue
        end = m.end() + len(item.group(1))
        if any(rules.stop_re.match(text, w.start()) for w in WORD.finditer(text, m.end(), end)):
            continue  # "Luật này có hiệu lực": a clause, no name
        sep = LAW_ITEM_SEP.match(text, end)
        neighbour = any(o.type in LAW_TYPES and (
            LAW_ITEM_SEP.fullmatch(text, o.end, m.start()) or (sep and o.start == sep.end())) for o in laws)
        if neighbour:
            name = rules.listed_law + " " + " ".join(item.group(1).split())
            laws.append(DocMention(m.start(), end, rules.listed_law, name, "name"))
    return laws


def quoted_titles(text: str, rules: DocumentRules, type_hits: list[re.Match[str]]) -> list[DocMention]:
    """A plan, scheme or programme named by the quoted title printed right after its type word, in either case:
    'theo đề án "chuyển đổi Khu công nghiệp Biên Hòa thành khu đô thị"' is the Đề án named so (the quotes are
    not part of the name); only after a context word (``context``: a show or a campaign is no document); a title left open (no
    closing quote on the line) names nothing. A type word flagged ``slogan`` in lower case ('chương trình "..."')
    names a campaign or a show, unless an issuing verb precedes it ('phê duyệt chương trình "..."') or a plan's
    marks follow the title (its acronym, a period, a horizon: '... " (OCOP)', '... " giai đoạn 2021-2025')."""
    out: list[DocMention] = []
    for m in type_hits:
        tw = rules.words.get(fold(m["tw"]))
        if tw is None or not tw.name or tw.type in LAW_TYPES or not (is_cap(m["tw"]) or tw.lower):
            continue
        if (opened := _opened_title(text, rules, m)) is not None:
            out.append(DocMention(m.start() - 1, opened + 1, tw.type, " ".join(text[m.start() : opened].split()), "name"))
            continue
        q = QUOTED_TITLE.match(text, m.end())
        if q is None or len(q["title"].split()) > 40:
            continue
        line0 = look_back(text, m.start())
        if tw.slogan and not is_cap(m["tw"]) and not rules.issuing_verb_re.search(text, line0, m.start()) \
                and not rules.plan_mark_re.match(text, q.end()):
            continue  # 'chương trình "..."' in lower case: a campaign or a show, unless issued or marked as a plan
        if rules.org_blocker_re.search(text, line0, m.start()) or rules.plural_blocker_re.search(text, line0, m.start()):
            continue
        if not rules.context_re.search(text, line0, m.start()):
            continue  # 'phát sóng chương trình "Gặp gỡ cuối tuần"': a show; 'theo đề án "..."' names a document
        out.append(DocMention(m.start(), q.end(), tw.type, tw.type + " " + " ".join(q["title"].split()), "name"))
    return out


def _opened_title(text: str, rules: DocumentRules, m: re.Match[str]) -> int | None:
    """A quoted title that opens with its capitalized type word ('trình Trung ương “Đề án sáp nhập một số đơn vị hành
    chính cấp tỉnh, ...”; “Đề án ...”'): the end of the title before its closing quote. The quote must stand inside a
    sentence (after a word or a list's ',' or ';', not after ':' or at a sentence's start: quoted speech), close on
    its line within 40 words and without a sentence end, and the word after the type word must open a name."""
    if m.start() == 0 or text[m.start() - 1] not in "\"“" or not is_cap(m["tw"]):
        return None
    before = text[max(0, m.start() - 3) : m.start() - 1].rstrip(" \t")
    if not before or not (before[-1].isalpha() or before[-1] in ",;"):
        return None
    close = OPENED_CLOSE.match(text, m.end())
    if close is None or len(close["title"].split()) > 40 or SENTENCE_INSIDE.search(close["title"]):
        return None
    first = SPACE.match(text, m.end()).end()
    if rules.stop_re.match(text, first) or rules.generic_re.match(text, first) or not text[first].isalpha():
        return None
    return close.end("title")


def amending_numbered(text: str, names: NameReader) -> list[DocMention]:
    """An amending document whose title names the one document it amends by number ("Luật sửa đổi, bổ sung một số
    điều của Bộ luật Hình sự số 100/2015/QH13", "Nghị quyết sửa đổi, bổ sung một số điều của Nghị quyết số
    55/2010/QH12 về miễn, giảm thuế ..."): named by its whole title, the number and subject included; the number
    is the amended document's, read where it is printed. The mention ends where the amended one begins."""
    out: list[DocMention] = []
    for m in AMENDING_NUMBERED.finditer(text):
        end = m.end()
        # its subject to a stop word; a comma only among its first words ("về miễn, giảm thuế ...")
        if (about := names.r.about_subject_re.match(text, end)) and (subject := names.extend_name(about.end(), 30, comma_words=2)[0]) \
                > about.end():
            end = subject
        name = " ".join(text[m.start() : end].split())
        out.append(DocMention(m.start(), m.start("inner"), m["tw"], name, "name"))
    return out


def amending_titles(text: str, names: NameReader) -> list[DocMention]:
    """Amending documents titled by the document they amend: by its number, then by its name."""
    return amending_numbered(text, names) + amending_named(text, names)


def amending_named(text: str, names: NameReader) -> list[DocMention]:
    """An amending document whose title names the document it amends by name ("Thông tư sửa đổi, bổ sung một số điều
    của Quy chế tuyển sinh trình độ đại học", "Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013"):
    one document, named by its whole title, the amended one's name included (its year after "Hiến pháp"; the
    enumerated words of a name, "..., cao đẳng ngành giáo dục mầm non"). In lower case only as a draft's ("dự thảo
    thông tư sửa đổi, bổ sung ..."): a lower-case 'nghị quyết' elsewhere is the personnel act's or a verb."""
    out: list[DocMention] = []
    for m in AMENDING_NAMED.finditer(text):
        if m["low"] and not names.r.draft_or_bill_re.search(text, look_back(text, m.start()), m.start()):
            continue
        if m["inner"] in names.r.constitutions:
            end = (y.end() if (y := names.r.law_year_re.match(text, m.end())) else m.end())
        else:
            end = names.extend_name(m.end(), max_words=30, enum=True)[0]
            if tail := names.r.day_tail_re.search(text, m.end(), end):
                end = tail.start()
            if end <= m.end():
                continue  # "của quy chế này": no name
        typ = m["tw"][0].upper() + m["tw"][1:]
        out.append(DocMention(m.start(), end, typ, typ + " " + " ".join(text[m.end("tw") : end].split()), "name"))
    return out


def about_matters(text: str, rules: DocumentRules, names: NameReader, type_hits: list[re.Match[str]]) -> list[DocMention]:
    """A capitalized type word followed by 'về việc' and its matter, the way a document's title is set ("ban
    hành Thông báo về việc chấp thuận cho tổ chức ...", "thông qua Nghị quyết về việc kéo dài thời hạn miễn
    thuế ..."): named by its whole title. Not a draft's ("Dự án Nghị quyết về việc ..."), nor a lower-case
    type word (a verb, or a decision the ledger leaves unnamed: "ký quyết định về việc thi hành kỷ luật"); an
    international document's title runs to its clause end instead (``document_treaties.accords``)."""
    out: list[DocMention] = []
    for m in type_hits:
        tw = rules.words.get(fold(m["tw"]))
        if tw is None or tw.type in LAW_TYPES or tw.accord or not is_cap(m["tw"]) or not (
                about := rules.about_matter_re.match(text, m.end())):
            continue
        if rules.draft_or_bill_re.search(text, look_back(text, m.start()), m.start()):
            continue
        if (end := matter_end(text, rules, names, about.end())) is None:
            continue
        out.append(DocMention(m.start(), end, tw.type, " ".join(text[m.start() : end].split()), "name"))
    return out


def matter_end(text: str, rules: DocumentRules, names: NameReader, pos: int, max_words: int = 30) -> int | None:
    """Where the matter of a 'về việc' title starting at ``pos`` ends: at a punctuation mark, at 'và' / 'của' /
    'ngày' (what follows the title) or a predicate (``matter_end``: "... năm 2025 có hiệu lực từ ..."). A comma
    before a lower-case item that opens no clause goes on ("sắp xếp các tỉnh, thành phố trực thuộc trung ương"),
    so do a dash between words ("Bà Rịa - Vũng Tàu") and a period inside an abbreviation ("TP.HCM"). None when
    no end comes within ``max_words`` words, or a sign no title holds comes first."""
    end = p = pos
    words = 0
    while words < max_words:
        q = SPACE.match(text, p).end()
        if q >= len(text) or text[q] in ".;:()\n":
            if text.startswith(".", q) and p == q and INNER_PERIOD.match(text, q - 1):
                p = q + 1  # "TP.HCM"
                continue
            return end if words else None
        if text[q] == ",":
            nxt = SPACE.match(text, q + 1).end()
            if nxt < len(text) and text[nxt].isalpha() and text[nxt].islower() and names.enum_goes_on(q + 1) \
                    and not rules.matter_end_re.match(text, nxt) and not rules.matter_stop_re.match(text, nxt):
                p = q + 1
                continue
            return end
        if words and (dash := MATTER_DASH.match(text, p)):
            p = dash.end()
            continue
        tok = MATTER_WORD.match(text, q)
        if tok is None:
            return None
        if words and (rules.matter_stop_re.match(text, q) or rules.matter_end_re.match(text, q)):
            return end
        words += 1
        end = p = tok.end()
    return None


def detailing_titles(text: str, rules: DocumentRules, names: NameReader, laws: list[DocMention]) -> list[DocMention]:
    """A decree or circular titled by what it details ("Nghị định quy định chi tiết về Quỹ nhà ở quốc gia",
    "dự thảo Nghị định quy định chi tiết một số điều của Luật Thuế thu nhập doanh nghiệp"): a capitalized type
    word, a detailing phrase (``detailing``), then "về" and its subject, or the articles of a law found in
    ``laws``: named by the whole title. A law's mention ends where the law's own begins (the law stays a
    document of its own). Nothing after the phrase ("Nghị định quy định chi tiết và biện pháp thi hành"): no
    name."""
    out: list[DocMention] = []
    for m in rules.detailing_re.finditer(text):
        tw = rules.words.get(fold(m["tw"]))
        if tw is None or tw.type in LAW_TYPES:
            continue
        if rules.org_blocker_re.search(text, look_back(text, m.start()), m.start()):
            continue
        if m["about"]:
            end = names.extend_name(m.end(), max_words=15, enum=True)[0]
            if end > m.end():
                out.append(DocMention(m.start(), end, tw.type, " ".join(text[m.start() : end].split()), "name"))
            continue
        law = next((o for o in laws if o.start == m.end() and o.type in LAW_TYPES and o.form == "name"), None)
        if law is not None:
            name = " ".join(text[m.start() : m.end()].split()) + " " + law.number
            out.append(DocMention(m.start(), m.end(), tw.type, name, "name"))
    return out


def editions(text: str, rules: DocumentRules) -> list[DocMention]:
    """A document named by its field and its edition's bare year, in either case ('chương trình giáo dục phổ thông
    2018'; 'hai chương trình giáo dục phổ thông 2006 và 2018': two editions): the edition rows of the rules."""
    out: list[DocMention] = []
    for m in rules.edition_re.finditer(text):
        typ = rules.editions[fold(" ".join(m["head"].split()))]
        head = typ + " ".join(m["head"].split())[len(typ) :]
        out.append(DocMention(m.start(), m.end("y"), typ, f"{head} {m['y']}", "name"))
        if m["y2"]:
            out.append(DocMention(m.start("y2"), m.end("y2"), typ, f"{head} {m['y2']}", "name"))
    return out

