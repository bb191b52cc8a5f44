"""documents, merging mentions that name one document: a law's name printed again by its abbreviation
("Luật BHXH" after "Luật Bảo hiểm xã hội (BHXH)"), bare numbers listed before a số hiệu that share its year and
code ("Nghị định 151 và 226/2025/NĐ-CP"), a name printed right before its own số hiệu ("Luật Đất đai số
31/2024/QH15")."""

from __future__ import annotations

import re

from ..textnorm import fold
from .document_links import LAW_TYPES, DocMention
from .document_rules import DocumentRules

UNTYPED = "?"  # a số hiệu whose form names no type (a QH number): typed by the name printed before it
ISS = r"[A-ZĐÂĂÊÔƠƯ][A-ZĐÂĂÊÔƠƯa-zđ0-9]{0,15}"  # an issuer code of a số hiệu ("QH15", "NĐ-CP"'s parts)
# the last number of a list printed with its year and code, shared by the bare numbers before it
_SHARED_SUFFIX = re.compile(
    rf"[ \t]*(?:(?:,|và)[ \t]*(?:số[ \t]+)?\d{{1,5}}[ \t]*)*?(?:,|và)[ \t]*(?:số[ \t]+)?\d{{1,5}}"
    rf"(?P<tail>/(?:19|20)\d\d/(?P<code>{ISS})(?:-(?P<iss>{ISS}))?)(?![\w/])"
)
_DIGITS = re.compile(r"\d{1,5}")
_NUMBER_AFTER_NAME = re.compile(r"[ \t]+(?:số[ \t]+)?$")
NAMED_NUMBER_TYPES = ("Luật", "Bộ luật", "Pháp lệnh")  # types printed by name before their number
ABBREVIATION = re.compile(r"[ \t]*\([ \t]*(?P<abbr>[A-ZĐ]{2,8})[ \t]*\)")  # "Luật Bảo hiểm xã hội (BHXH)"
_OWN_ABBREVIATION = re.compile(r" \((?P<abbr>[A-ZĐ]{2,8})\)$")  # a treaty named with its abbreviation


def abbreviated_laws(text: str, laws: list[DocMention]) -> list[DocMention]:
    """A law's name abbreviated where it is first printed ("Luật Bảo hiểm xã hội (BHXH)") names the same
    law when printed again with the abbreviation ("Luật BHXH", "Luật BHXH năm 2024"); so does a treaty's
    ("Hiệp định Bảo hộ đầu tư Việt Nam - Liên minh châu Âu (EVIPA)" ... "Hiệp định EVIPA")."""
    full: dict[tuple[str, str], str] = {}
    for d in laws:
        if d.type not in LAW_TYPES and d.number and (own := _OWN_ABBREVIATION.search(d.number)):
            full.setdefault((d.type, own["abbr"]), d.number[len(d.type) :].strip())  # "Hiệp định ... (EVIPA)"
            continue
        a = ABBREVIATION.match(text, d.end)
        rest = d.number[len(d.type) :].split() if d.number and d.number.startswith(d.type + " ") else []
        # a law's abbreviation is its initials; a treaty's is often its English one ("... (EVIPA)")
        initials = fold("".join(w[0] for w in rest)) == fold(a["abbr"]) if a else False
        if a and len(rest) >= 2 and (initials or d.type not in LAW_TYPES):
            full.setdefault((d.type, a["abbr"]), " ".join(rest))
    if not full:
        return laws
    out = []
    for d in laws:
        words = (d.number or "")[len(d.type) :].split()
        long = full.get((d.type, words[0])) if words and d.number.startswith(d.type + " ") else None
        out.append(DocMention(d.start, d.end, d.type, " ".join([d.type, long, *words[1:]]), d.form,
                              issuer=d.issuer) if long else d)
    return out


def shared_tails(text: str, rules: DocumentRules, start: int, n_start: int, end: int, typ: str) -> list[DocMention]:
    """Bare numbers listed before a số hiệu share its year and code ("Nghị định 151 và 226/2025/NĐ-CP",
    "Nghị định số 01, 02 và 03/2024/NĐ-CP"): one full mention for each but the last (a số hiệu of its own,
    ``full_numbers``); the first starts at the type word (``start``), its number at ``n_start``, a short reference
    ends at ``end``. Empty when no such list follows."""
    shared = _SHARED_SUFFIX.match(text, end)
    if shared is None:
        return []
    issuer = rules.issuer_of_code(shared["iss"] or shared["code"])
    return [DocMention(start if i == 0 else n.start(), n.end(), typ, rules.canonical_number(n.group(0) + shared["tail"]),
                       "full", issuer=issuer)
            for i, n in enumerate(_DIGITS.finditer(text, n_start, shared.start("tail"))) if n.end() < shared.start("tail")]


def named_numbers(text: str, found: list[DocMention]) -> list[DocMention]:
    """A name printed right before a số hiệu ("Luật Đất đai số 31/2024/QH15", "Luật sửa đổi, bổ sung ...
    số 61/2024/QH15") is one document: the number with the printed type. A QH number nothing types is
    dropped (laws and resolutions share its form)."""
    names = {d.end: d for d in found if d.form == "name" and d.type in NAMED_NUMBER_TYPES}
    out: list[DocMention] = []
    merged: list[DocMention] = []
    out_merged: list[DocMention] = []
    for d in found:
        if d.form != "full":
            continue
        gap = _NUMBER_AFTER_NAME.search(text, max(0, d.start - 8), d.start)
        before = names.get(gap.start()) if gap else None
        if before is not None and d.type in (UNTYPED, before.type):
            merged.append(before)
            out_merged.append(DocMention(before.start, d.end, before.type, d.number, "full", issuer=d.issuer))
            out.append(out_merged[-1])
        elif d.type != UNTYPED:
            out.append(d)
    numbered = {(m.type, fold(m.number)): d for m, d in zip(merged, out_merged, strict=True)}
    for d in found:
        if d.form == "full" or any(d is m for m in merged):
            continue
        # the same name printed again is the same document: "... Luật Đất đai có hiệu lực"
        hit = numbered.get((d.type, fold(d.number))) if d.form == "name" else None
        out.append(DocMention(d.start, d.end, hit.type, hit.number, "full", issuer=hit.issuer) if hit else d)
    return out
