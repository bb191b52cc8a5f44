"""documents, second phase: the issuer and date printed around each mention, then one record per
document (short numbers join the số hiệu they abbreviate, a law cut short joins its full name)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..textnorm import fold
from .document_rules import DocumentRules


@dataclass
class DocMention:
    """One printed mention: ``text[start:end]``; ``number`` is a số hiệu, a short number or a name."""

    start: int
    end: int
    type: str
    number: str
    form: str  # "full", "short", "name", "unnamed" (neither number nor name: ``number`` is "")
    issuer: str | None = None
    date: str | None = None
    name_has_body: bool = False  # "Đề án ... của Quốc hội": the body is part of the name


@dataclass
class DocumentMatch:
    type: str
    number: str
    issuer: str | None = None
    date: str | None = None
    mentions: list[DocMention] = field(default_factory=list)


class Linker:
    """What is printed around a mention: the article's bodies and dates by offset, the issuer names."""

    def __init__(
        self,
        text: str,
        rules: DocumentRules,
        body_spans: list[tuple[int, int, str]],
        dates_at: dict[int, tuple[str, str, int]] | None = None,
    ) -> None:
        self.text = text
        self.r = rules
        self.dates_at = dates_at or {}  # start -> (value, granularity, end) of the article's dates
        self.bodies_at = {s: (e, name) for s, e, name in body_spans}
        # one span per end, the longest: "Ủy ban Xã hội của Quốc hội", not the "Quốc hội" printed inside it
        self.bodies_ending: dict[int, tuple[int, str]] = {}
        for s, e, name in body_spans:
            if e not in self.bodies_ending or s < self.bodies_ending[e][0]:
                self.bodies_ending[e] = (s, name)

    def body_at(self, pos: int) -> tuple[int, str] | None:
        """A body printed at ``pos`` (bodies component first, then the issuer names)."""
        if pos in self.bodies_at:
            return self.bodies_at[pos]
        m = self.r.issuer_name_re.match(self.text, pos)
        if m:
            return m.end(), self.r.issuer_names[" ".join(m.group(0).split())]
        return None


    def _date_at(self, pos: int) -> tuple[str, int] | None:
        """'(, ban hành) ngày 22/12/2024' at ``pos``: (normalized day, end)."""
        m = self.r.date_lead_re.match(self.text, pos)
        hit = self.dates_at.get(m.end()) if m else None
        return (hit[0], hit[2]) if hit and hit[1] == "day" else None

    def _issuer_after(self, pos: int) -> tuple[str, int] | None:
        """'(,) của <body>' at ``pos``: (canonical body, end)."""
        m = self.r.issuer_lead_re.match(self.text, pos)
        body = self.body_at(m.end()) if m else None
        return (body[1], body[0]) if body else None

    def _issuer_before(self, start: int) -> str | None:
        """'<body> (đã) ban hành' right before ``start``; a term between, '<body> khóa XIII ban hành', read with the
        body first ("Ban Chấp hành Trung ương Đảng khóa XIII"), else without it ("Quốc hội")."""
        text = self.text
        bm = self.r.issuing_verb_re.search(text, max(0, start - 40), start)
        if not bm:
            return None
        k = bm.start()
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        hit = self.bodies_ending.get(k)
        if hit:
            return hit[1]
        if term := self.r.issuer_term_re.search(text, max(0, k - 20), k):
            k = term.start()
            if hit := self.bodies_ending.get(k):
                return hit[1]
        for name, canonical in sorted(self.r.issuer_names.items(), key=lambda kv: -len(kv[0])):
            if text.endswith(name, 0, k):
                return canonical
        return None

    def attach(self, d: DocMention) -> None:
        """Date and issuer printed after the mention, in either order; else an issuer before it."""
        pos = d.end
        for _ in range(2):
            date = self._date_at(pos)
            if date and d.date is None:
                d.date, pos = date
                continue
            issuer = None if d.name_has_body else self._issuer_after(pos)
            if issuer:
                d.issuer, pos = issuer  # a printed issuer beats the one a code implies
                continue
            break
        if d.issuer is None and not d.name_has_body:
            d.issuer = self._issuer_before(d.start)


LAW_TYPES = ("Luật", "Bộ luật")  # the types whose documents are named by an edition ("Luật Đất đai năm 2024")
_EDITION = re.compile(r"\s+(?:năm\s+)?((?:19|20)\d\d)$")
EDITION_AGE = 15  # years: an edition older than this when the article appeared is not the law a bare name means


def _one_edition(
    named_keys: dict[str, tuple[str, str]], year: int | None, bare_types: frozenset[str] = frozenset()
) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    """Laws the article prints by their bare name and with one recent year only ("Luật Đất đai năm 2024" ...
    "Luật Đất đai"): one law, named bare, the year its date. Two years ("Luật BHXH năm 2014", "năm 2024") keep
    their editions apart, and so does an old one ("Bộ luật Hình sự năm 1985"), and so does a year printed without
    'năm' as part of the name ("Luật Đất đai 2024", "Bộ luật Hình sự 1999"), but for a type of ``bare_types``
    printed bare too ("Bộ luật Tố tụng hình sự 2015" ... "Bộ luật Tố tụng hình sự"). A type of ``bare_types`` printed
    with one year only and never bare is named bare all the same, however old ("Bộ luật Dân sự năm 2015"),
    but undated: that year may be an amendment's ("Bộ luật Hình sự năm 2009", the 1999 code amended).
    Returns the editions by name and the names so made bare without a date."""
    years: dict[tuple[str, str], set[str]] = {}
    plain: set[tuple[str, str]] = set()  # editions printed with the bare year ("Luật Đất đai 2024")
    for typ, num in set(named_keys.values()):
        if typ in LAW_TYPES and (e := _EDITION.search(num)):
            years.setdefault((typ, num[: e.start()]), set()).add(e.group(1))
            if not e.group(0).split()[0].isalpha():
                plain.add((typ, num[: e.start()]))
    bare = set(named_keys.values())
    out: dict[tuple[str, str], str] = {}
    undated: set[tuple[str, str]] = set()
    for k, ys in years.items():
        if len(ys) != 1:
            continue
        y = next(iter(ys))
        if k in plain and (k not in bare or k[0] not in bare_types):
            continue  # the year printed as part of the name is the name: that edition stays apart
        if k not in bare:
            if k[0] in bare_types:
                out[k] = y
                undated.add(k)
            continue
        if year is None or int(y) >= year - EDITION_AGE:  # no publication year: no edition is too old
            out[k] = y
    return out, undated


_NUMBER_YEAR = re.compile(r"^\d+/((?:19|20)\d\d)/")


def _edition(typ: str, num: str) -> tuple[str, str, str | None]:
    """A law's name as (type, bare name, year): "Luật Đất đai năm 2024" and "Luật Đất đai 2024" are one edition."""
    e = _EDITION.search(num)
    return (typ, num[: e.start()], e.group(1)) if e else (typ, num, None)


def _numbered_names(mentions: list[DocMention]) -> dict[tuple[str, str, str | None], tuple[str, str]]:
    """A law's name printed right before its own số hiệu in parentheses ("Luật Đất đai năm 2024 (Luật số
    31/2024/QH15)"): that edition, however printed, is the numbered law. The year of the name, where printed,
    must be the year of the number."""
    fulls = [d for d in mentions if d.form == "full" and d.type in LAW_TYPES]
    out: dict[tuple[str, str, str | None], tuple[str, str]] = {}
    for d in mentions:
        if d.form != "name" or d.type not in LAW_TYPES:
            continue
        f = next((f for f in fulls if f.type == d.type and 0 < f.start - d.end <= 2), None)
        if f is None:
            continue
        edition, numbered = _edition(d.type, d.number), _NUMBER_YEAR.match(f.number)
        if edition[2] is None or (numbered is not None and numbered.group(1) == edition[2]):
            out.setdefault(edition, (f.type, f.number))
    return out


def group(mentions: list[DocMention], rules: DocumentRules, year: int | None = None) -> list[DocumentMatch]:
    """One document per distinct document: short numbers join the số hiệu they abbreviate; ``year``: the
    article's publication year."""
    docs: dict[tuple[str, str], DocumentMatch] = {}
    full_by_lead: dict[tuple[str, int], tuple[str, str]] = {}
    for form in ("full", "short"):  # a số hiệu, else a short number with its year ("18/2017")
        for d in mentions:
            if d.form == form and (form == "full" or "/" in d.number) and (lm := re.match(r"\d+", d.number)):
                full_by_lead.setdefault((d.type, int(lm.group(0))), (d.type, d.number))
    named_keys: dict[str, tuple[str, str]] = {}
    for d in mentions:
        if d.form == "name":
            k = rules.name_key(d.number)
            # a law printed with and without its commas: named as the list spells it ("Luật Chất lượng sản phẩm,
            # hàng hóa" over "Luật Chất lượng sản phẩm hàng hóa")
            if k not in named_keys or fold(d.number) in rules.law_names and fold(named_keys[k][1]) not in rules.law_names:
                named_keys[k] = (d.type, d.number)
    # a law printed once in full and once cut short ("Luật Trật tự, an toàn giao thông [đường bộ]"): one law,
    # unless the short name is a law of its own (the list: "Luật Đầu tư" is not "Luật Đầu tư công")
    for k, (typ, num) in list(named_keys.items()):
        if typ != "Luật" or fold(num) in rules.law_names:
            continue
        longer = [v for kk, v in named_keys.items() if v[0] == typ and kk.startswith(k + " ")]
        if len(longer) == 1:
            named_keys[k] = longer[0]
    # a law the article names amended ("Luật Quản lý thuế (sửa đổi)") is the one its bare name speaks of ("mục
    # tiêu của sửa đổi Luật Quản lý thuế"): one document
    # ("Luật Dược sửa đổi" printed bare too is the bracketed one)
    for k, (typ, num) in list(named_keys.items()):
        bare = rules.amended_bare
        base = num[: -len(bare)] if num.endswith(bare) else num
        amended = (named_keys.get(rules.name_key(base + rules.amended_bracketed)) or named_keys.get(
            rules.name_key(num + bare))) if typ in LAW_TYPES else None
        if amended is not None and amended[0] == typ:
            named_keys[k] = amended
    # an edition printed both with and without 'năm' ("Luật Báo chí 2016" ... "Luật Báo chí năm 2016"): one
    # law, spelled as first printed
    spelled: dict[tuple[str, str, str], tuple[str, str]] = {}
    for k, (typ, num) in list(named_keys.items()):
        if typ in LAW_TYPES and (e := _EDITION.search(num)):
            named_keys[k] = spelled.setdefault((typ, num[: e.start()], e.group(1)), (typ, num))
    edition_years, undated = _one_edition(named_keys, year, rules.edition_bare_types)
    numbered = _numbered_names(mentions)
    for k, (typ, num) in list(named_keys.items()):
        if (e := _EDITION.search(num)) and (typ, num[: e.start()]) in edition_years:
            named_keys[k] = (typ, num[: e.start()])
    for d in mentions:
        if d.form == "full":
            key = (d.type, d.number)
        elif d.form == "short":
            lead = int(re.match(r"\d+", d.number).group(0))  # type: ignore[union-attr]
            key = full_by_lead.get((d.type, lead)) or (d.type, d.number)
            if key not in docs and "/" not in d.number:
                # "Nghị quyết 18" and "Nghị quyết số 18": one document
                same = next((k for k in docs if k[0] == d.type and k[1].lstrip("0") == d.number.lstrip("0")), None)
                key = same or key
        elif d.form == "unnamed":  # neither number nor name: one document of its type
            key = (d.type, "")
        else:
            key = named_keys[rules.name_key(d.number)]
            if not _EDITION.search(key[1]):
                # the bare name is the latest edition the article prints ("Luật BHXH năm 2024" ... "năm 2014"),
                # unless that edition is old: "Bộ luật Hình sự năm 1985" in a 2024 article is not "Bộ luật Hình sự"
                editions = sorted((int(e.group(1)), k) for k in set(named_keys.values()) if k[0] == key[0]
                                  and (e := _EDITION.search(k[1])) and k[1][: e.start()] == key[1])
                if editions and (year is None or editions[-1][0] >= year - EDITION_AGE):
                    key = editions[-1][1]
            edition = (*key, edition_years[key]) if key in edition_years else _edition(*key)
            key = numbered.get(edition, key)
        date = None if key in undated else edition_years.get(key)
        doc = docs.setdefault(key, DocumentMatch(key[0], key[1], date=date))
        doc.mentions.append(d)
        doc.issuer = doc.issuer or d.issuer
        doc.date = doc.date or d.date
    return list(docs.values())
