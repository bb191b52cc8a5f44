"""documents, international documents (treaties, agreements, declarations, memoranda): a treaty named in lower
case by its kind and parties or to its abbreviation ("Hiệp định thương mại tự do Việt Nam - EU (EVFTA)"), an
accord titled by its subject ("Hiệp định về thị thực", "Tuyên bố chung về nâng cấp quan hệ ...", "Bản ghi nhớ về
việc thành lập ...") or by its parties ("Bản ghi nhớ hợp tác giữa Học viện A và Học viện B"), a treaty named by its
owner and subject ("Công ước khung của Liên Hiệp Quốc về biến đổi khí hậu"), and the accords of a
list named by a few lower-case words ("4 hiệp định gồm: Hiệp định thương mại tự do; Hiệp định khuyến khích và bảo
hộ đầu tư; ...")."""

from __future__ import annotations

import re

from ..textnorm import fold, is_cap
from .document_forms import line_start, look_back
from .document_links import LAW_TYPES, DocMention
from .document_merges import ABBREVIATION
from .document_names import NameReader
from .document_rules import DocumentRules

# "Hiệp định thương mại tự do Việt Nam - MERCOSUR", "... Mỹ - Mexico - Canada": lower-case words, then the parties
_PARTY = r"[A-ZĐ][^\W\d_]*(?:[ \t]+[A-ZĐ][^\W\d_]*){0,3}"
PARTIES = re.compile(rf"(?P<words>(?:[ \t]+[^\W\d_]+){{1,5}}?)[ \t]+{_PARTY}(?:[ \t]*[-–][ \t]*{_PARTY}){{1,3}}(?![\w\-])")
ABBREVIATED_TREATY = re.compile(r"(?P<words>(?:[ \t]+[^\W\dA-ZĐ_][^\W\d_]*){2,10}(?:[ \t]+[A-ZĐ][^\W\d_]*[a-zđ][^\W\d_]*){0,4})"
                                r"(?:[ \t]*\([ \t]*(?P<abbr>[A-ZĐ]{2,8})[ \t]*\)|[ \t]+(?P<bare>[A-ZĐ]{3,8}))(?![\w\-])")
WORD = re.compile(r"(?<!\w)[^\W\d_]+")
ACCORD_ABOUT = re.compile(r"[ \t]+(?=về[ \t]+[^\W\d_])")  # "Hiệp định về thị thực", "Bản ghi nhớ về việc ..."
# "Bản ghi nhớ hợp tác giữa Học viện A và Học viện B": a few lower-case words, then the parties
ACCORD_BETWEEN = re.compile(r"(?P<words>(?:[ \t]+[^\W\dA-ZĐ_][^\W\d_]*){1,4}?)[ \t]+giữa[ \t]+(?=[A-ZĐ])")
# "Hiệp định thương mại tự do; Hiệp định ...": a few lower-case words, then the list's separator and its next item
ACCORD_ITEM = re.compile(r"(?P<words>(?:[ \t]+[^\W\dA-ZĐ_][^\W\d_]*){1,8}?)[ \t]*[;,][ \t]*(?:và[ \t]+)?(?=[^\W\d_])")


def treaties_by_parties(text: str, rules: DocumentRules, type_hits: list[re.Match[str]]) -> list[DocMention]:
    """A treaty named in lower case by its kind and then its parties joined by dashes ("Hiệp định thương mại tự do
    Việt Nam - MERCOSUR", "Hiệp định thương mại tự do Mỹ - Mexico - Canada"): named to its last party, and to its
    abbreviation in brackets after it ("... Việt Nam - EU (EVFTA)"); or in lower case to its abbreviation
    ("Hiệp định thương mại tự do song phương UKVFTA", "Hiệp định đối tác ... xuyên Thái Bình Dương (CPTPP)"),
    over no stop word (``treaty_word`` exempts "tự do"). The type words are those flagged proper that are no laws
    (treaties); their capitalized names are read as laws are."""
    out: list[DocMention] = []
    for m in type_hits:
        tw = rules.words.get(fold(m["tw"]))
        if tw is None or not tw.proper or tw.type in LAW_TYPES or not is_cap(m["tw"]):
            continue
        p = PARTIES.match(text, m.end())
        if p is not None and all(w.islower() for w in p["words"].split()):
            end, name = p.end(), " ".join(text[m.start() : p.end()].split())
            if abbr := ABBREVIATION.match(text, end):  # "... Việt Nam - EU (EVFTA)"
                end, name = abbr.end(), f"{name} ({abbr['abbr']})"
            out.append(DocMention(m.start(), end, tw.type, name, "name"))
            continue
        # "Hiệp định đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)", "Hiệp định thương mại tự do song
        # phương UKVFTA": lower-case words (a proper name may close them), then the treaty's abbreviation
        a = ABBREVIATED_TREATY.match(text, m.end())
        if a is None or _stopped(text, rules, m.end(), a.end("words")):
            continue
        name = " ".join(text[m.start() : a.end("words")].split())
        out.append(DocMention(m.start(), a.end(), tw.type, f"{name} ({a['abbr']})" if a["abbr"] else f"{name} {a['bare']}",
                              "name"))
    return out


# a name that ends with its parties joined by a dash: "... Việt Nam - EU", "... Việt Nam - Liên minh châu Âu"
_PARTIES_END = re.compile(rf"[ \t](?P<first>{_PARTY})[ \t]*[-–][ \t]*(?P<last>[A-ZĐ][^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,5}})$")


def _party(words: str, rules: DocumentRules) -> bool:
    """A party's name: capitalized words, lower-case ones only inside it between capitalized ones ("Liên minh châu
    Âu", "Liên minh Kinh tế Á Âu") or those a place or union's name may end with ("Liên hợp quốc": ``party_word``
    rows); "Mốc son lịch sử", "Khúc ca hòa bình" (an exhibition's, a play's title) are none."""
    split = words.split()
    return is_cap(split[-1]) or all(is_cap(w) or w in rules.party_words for w in split)


def treaty_abbreviation(abbr: str, parties: list[str], rules: DocumentRules) -> bool:
    """The abbreviation in brackets after a treaty's parties is the treaty's: none that is a body's, a country's or an
    outlet's ("(EU)", "(TQ)", "(AFP)", "(UNFPA)": ``party_abbreviations``); one that ends with a treaty kind's acronym
    ("EVIPA", "VCUFTA"), a party's initials or not; else one that is no party's initials ("Nga - Triều Tiên (TT)")."""
    if abbr in rules.party_abbreviations:
        return False
    if rules.treaty_acronym_re.search(abbr, 1):  # a letter or more, then the kind's acronym
        return True
    return abbr not in {"".join(w[0] for w in p.split()).upper() for p in parties}


def bracketed_parties(text: str, rules: DocumentRules, found: list[DocMention]) -> list[DocMention]:
    """A treaty whose name (capitalized words too) ends with its parties joined by a dash is named to its abbreviation
    in brackets right after it ("Hiệp định Bảo hộ đầu tư Việt Nam - Liên minh châu Âu (EVIPA)"), as the one named in
    lower case is (``treaties_by_parties``); a name without parties keeps its bracket out ("Hiệp định Đối tác Toàn
    diện và Tiến bộ xuyên Thái Bình Dương (CPTPP)" is that name). The treaty's other mentions (its name printed
    again, "Hiệp định VIFTA" read as that name) take the name with the abbreviation."""
    treaties = {w.type for w in rules.words.values() if w.proper and w.type not in LAW_TYPES}
    named: dict[tuple[str, str], str] = {}
    out = []
    for d in found:
        if d.type in treaties and d.form == "name" and d.number.startswith(d.type + " ") and (
                p := _PARTIES_END.search(d.number)) and _party(p["last"], rules) and (
                a := ABBREVIATION.match(text, d.end)) and treaty_abbreviation(a["abbr"], [p["first"], p["last"]], rules):
            named.setdefault((d.type, d.number), f"{d.number} ({a['abbr']})")
            d = DocMention(d.start, a.end(), d.type, named[(d.type, d.number)], d.form, issuer=d.issuer, date=d.date,
                           name_has_body=d.name_has_body)
        out.append(d)
    return [DocMention(d.start, d.end, d.type, named[(d.type, d.number)], d.form, issuer=d.issuer, date=d.date,
                       name_has_body=d.name_has_body) if (d.type, d.number) in named else d for d in out]


def accords(text: str, rules: DocumentRules, names: NameReader, type_hits: list[re.Match[str]]) -> list[DocMention]:
    """An international document (type words flagged accord) titled by its subject ("Hiệp định về hợp tác văn hóa,
    giáo dục, đào tạo", "Tuyên bố chung về nâng cấp quan hệ Đối tác chiến lược toàn diện Việt Nam - Malaysia",
    "Bản ghi nhớ về việc thành lập Ủy ban Hỗn hợp ... giữa hai nước") or by its parties ("Bản ghi nhớ hợp tác giữa
    Học viện A và Học viện B"): named to the clause end (``NameReader.subject_end``: a bracket, "và" before another
    document). An item of a list of accords of one kind named by a few lower-case words ("Hiệp định thương mại tự
    do; Hiệp định khuyến khích và bảo hộ đầu tư; ..."), the next item the same kind: named by those words. Only a
    capitalized type word inside a sentence (a sentence opened by "Tuyên bố" is the verb). A treaty (flagged proper)
    named by a capitalized owner printed in full after 'của' and its subject ("Công ước của Liên Hợp Quốc về Luật
    Biển năm 1982"; an abbreviated owner is none, "Công ước khung của LHQ về ..."):
    the owner's bracketed abbreviation, and a year, a date or a place after the subject, left out."""
    out: list[DocMention] = []
    for m in type_hits:
        tw = rules.words.get(fold(m["tw"]))
        if tw is None or not tw.accord or not is_cap(m["tw"]):
            continue
        before = text[line_start(text, m.start()) : m.start()].rstrip()
        if not before or before[-1] in ".!?\"“”'(–-•*":
            continue
        line0 = look_back(text, m.start())
        if rules.org_blocker_re.search(text, line0, m.start()) or rules.plural_blocker_re.search(text, line0, m.start()):
            continue
        end = None
        if tw.proper and (o := rules.accord_owned_re.match(text, m.end())) and not o["org"].isupper() and (
                end := names.subject_end(o.end())):  # the owner printed in full ("của LHQ" is left as printed)
            if after := rules.owned_end_re.search(text, o.start("subject"), end):
                end = after.start("name") if after["name"] else after.start()  # "... về Luật Biển năm 1982, tôn trọng ...": the year it was signed ends it
            owner = " ".join(((o["frame"] or "") + " " + o["link"] + " " + o["org"]).split())  # as printed, its abbreviation left out
            out.append(DocMention(m.start(), end, tw.type, " ".join(f"{tw.type} {owner} {text[o.end() : end]}".split()),
                                  "name"))
            continue
        if a := ACCORD_ABOUT.match(text, m.end()):
            end = names.subject_end(a.end())
        elif (b := ACCORD_BETWEEN.match(text, m.end())) and not _stopped(text, rules, m.end(), b.end("words")):
            end = names.subject_end(b.end("words"))
        elif (i := ACCORD_ITEM.match(text, m.end())) and not _stopped(text, rules, m.end(), i.end("words")):
            nxt = rules.type_word_re.match(text, i.end())
            if nxt and nxt.group(0) == m["tw"]:
                end = i.end("words")
        if end is not None and end > m.end():
            out.append(DocMention(m.start(), end, tw.type, tw.type + " " + " ".join(text[m.end() : end].split()), "name"))
    return out


def _stopped(text: str, rules: DocumentRules, start: int, end: int) -> bool:
    """A stop word between ``start`` and ``end`` (a clause, no name), but for the words of a treaty's name."""
    return any(rules.stop_re.match(text, w.start()) and not rules.treaty_word_re.search(text, max(0, w.start() - 12), w.end())
               for w in WORD.finditer(text, start, end))
