"""documents: resolutions, regulations, decrees, laws and named plans, one record per document.

Mentions found on the raw text (word segmentation splits số hiệu), rules in data files:

- số hiệu: Party ``57-NQ/TW`` (also ``57- NQ/TW``), State ``13/2023/NĐ-CP``, ``123/QĐ-TTg``,
  National Assembly ``193/2025/NQ-QH15`` and ``193/2025/QH15``; the type is the printed type word
  before the number, else the type code (``document_types.tsv``: QĐ is Quy định in a Party number,
  Quyết định in a State one);
- short references ``Nghị quyết 57``, ``Nghị quyết số 52``, ``Đề án 06`` (lists ``Nghị quyết 57,
  59 và 68``): linked to the số hiệu when the article prints it anywhere (then one document);
- named documents: laws (``Luật Đất đai``, ``Luật ... (sửa đổi)``, a list of law names as data,
  else a capitalized name), ``Hiến pháp``, ``Nghị quyết Đại hội XIII``, and plans, programmes,
  schemes and strategies with a name (``Quy hoạch điện VIII``, ``Chương trình công tác năm 2025``,
  ``Đề án chuyển đổi số trong các cơ quan Đảng``): the name is the document's number.

Generic mentions (``các nghị quyết``, ``Đề án`` alone, ``03 đề án``, ``kế hoạch hành động``) are
not documents. Issuer: ``của <body>`` after the mention or ``<body> ban hành`` before it, as the
bodies component canonicalized it (``doc.spans["bodies"]``), else ``document_issuers.tsv``; a
State số hiệu names its issuer by code (``NĐ-CP`` -> Chính phủ). Date: ``ngày ...`` right after
the mention, as the dates component normalized it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ExtractError
from ..models import Document, Mention
from ..nlp import doc_text
from ..textnorm import fold
from . import resources

TYPES_FILE = "document_types.tsv"
ISSUERS_FILE = "document_issuers.tsv"
DATE_WORDS_FILE = "date_words.json"
LABEL = "DOCUMENT"

_UP = "A-ZĐÂĂÊÔƠƯ"
_CODE = rf"[{_UP}][{_UP}a-zđ]{{0,6}}"
_ISS = rf"[{_UP}][{_UP}a-zđ0-9]{{0,15}}"
_PARTY_NUMBER = re.compile(
    rf"(?<![\w/.\-])(?P<n>\d{{1,5}})\s*-\s*(?P<code>{_CODE})\s*/\s*(?P<iss>{_ISS}(?:-{_ISS})?)(?![\w/])"
)
_STATE_NUMBER = re.compile(
    rf"(?<![\w/.\-])(?P<n>\d{{1,5}})\s*/\s*(?:(?P<y>(?:19|20)\d\d)\s*/\s*)?(?P<code>{_ISS})"
    rf"(?:\s*-\s*(?P<iss>{_ISS}(?:\s*-\s*{_ISS})*))?(?![\w/])"
)
_DATE_LEAD = re.compile(r"[ \t]*,?[ \t]*(?:(?:ban hành|ký)[ \t]+)?(?=ngày\s)", re.I)
_ISSUER_LEAD = re.compile(r"[ \t]*,?[ \t]*(?:của|do)[ \t]+")
_ISSUING_VERB = re.compile(
    r"(?:đã|vừa|mới)?[ \t]*(?:ký[ \t]+)?(?:ban hành|thông qua|phê duyệt)[ \t]+(?:các[ \t]+)?$")
_STANDARD_NUMBER = r"\d{1,5}(?:-\d{1,3})*(?::(?:19|20)\d\d)?(?:/[A-ZĐ][A-ZĐa-z]{0,9})?(?![\w/:\-])"
_GIVES = re.compile(r"[ \t]+giao[ \t]+[A-ZĐ]")
_NUMBER_NEXT = re.compile(r"[ \t]+(?:số[ \t]+)?\d")
_CLAUSE_OPENER = re.compile(r"(?:trong đó|đồng thời|qua đó|theo đó|từ đó|nhất là|đặc biệt)(?!\w)")
_AMENDING = re.compile(r"(?<!\w)Luật\s+sửa\s+đổi\s*,\s*bổ\s+sung(?:\s+một\s+số\s+điều)?\s+của\s+(?:các\s+)?(?=Luật\s)")
_DRAFT_BEFORE = re.compile(r"(?<!\w)dự thảo[ \t]+$", re.I)
_ASSEMBLY = re.compile(r"^(?:UBTVQH|QH)\d*$")
_SHORT_NUMBER = r"\d{1,5}(?:/(?:19|20)\d\d)?"
_YEAR_TAIL = re.compile(
    r"(?:(?:giai đoạn|thời kỳ|nhiệm kỳ|\d+\s+năm|năm)\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"(?:\s*,?\s*(?:và\s+)?(?:định hướng|tầm nhìn)\s+(?:đến\s+)?(?:năm\s+)?(?:19|20)\d\d)?(?!\w)"
    r"|(?:đến|tới)\s+năm\s+(?:19|20)\d\d(?:\s*,?\s*(?:và\s+)?(?:định hướng|tầm nhìn)\s+(?:đến\s+)?(?:năm\s+)?"
    r"(?:19|20)\d\d)?(?!\w)",
    re.I,
)
_AMENDED = re.compile(r"\s*\(\s*sửa đổi(?:\s*,\s*bổ sung)?\s*\)|\s+sửa đổi(?:\s*,\s*bổ sung)?(?!\s+\w)", re.I)
_ROMAN = re.compile(r"[IVXLC]{1,6}(?!\w)")
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"[ \t\u00a0]*")
# "Nghị quyết Đại hội XIII", "... Đại hội đại biểu toàn quốc lần thứ XIV", "... Trung ương 4 khóa XII"
_RESOLUTION_NAME = re.compile(
    r"(?:Đại hội|Hội nghị|Trung ương|[Kk]ỳ họp)(?:(?!Nghị quyết|của\s)[^\n,.;:()“”\"]){0,60}?"
    r"\s(?:(?:khóa|khoá|lần thứ|thứ)\s+)?(?:[IVXLC]{1,5}|\d{1,2})(?!\w)"
    r"(?:\s*,?\s*(?:Ban Chấp hành Trung ương(?:\s+Đảng)?\s+)?(?:khóa|khoá)\s+[IVXLC]{1,5}(?!\w))?"
)


# --------------------------------------------------------------------------- rules


def _alt(words: Iterable[str], flags: str = "") -> str:
    pats = sorted({r"\s+".join(re.escape(p) for p in w.split()) for w in words if w.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(pats) + ")" if pats else "(?!)"


@dataclass(frozen=True)
class TypeWord:
    key: str
    type: str
    number: bool
    name: bool
    lower: bool


class DocumentRules:
    """Everything the recognizer needs from the data files, compiled once."""

    def __init__(self, types: list[dict[str, str]], issuers: list[dict[str, str]], date_words: dict) -> None:
        self.words: dict[str, TypeWord] = {}
        self.codes: dict[tuple[str, str], str] = {}
        self.synonyms: dict[str, str] = {}
        self.laws: list[tuple[str, str]] = []
        stops: list[str] = []
        context: list[str] = []
        org_blockers: list[str] = []
        plural_blockers: list[str] = []
        generic: list[str] = []
        trailing: list[str] = []
        for row in types:
            kind, key, scope, typ = row["kind"], row["key"], row.get("scope", "*"), row.get("type", "")
            if kind == "word":
                flags = row.get("flags", "").split()
                self.words[fold(key)] = TypeWord(key, typ, "number" in flags, "name" in flags, "lower" in flags)
            elif kind == "code":
                self.codes[(key, scope or "*")] = typ
            elif kind == "synonym":
                self.synonyms[fold(key)] = fold(typ)
            elif kind == "law":
                self.laws.append((key, typ))
            elif kind == "stop":
                stops.append(key)
            elif kind == "context":
                context.append(key)
            elif kind == "blocker":
                (org_blockers if scope == "org" else plural_blockers).append(key)
            elif kind == "generic":
                generic.append(key)
            elif kind == "trailing":
                trailing.append(key)
        standards = [code for (code, scope) in self.codes if scope == "standard"]
        self.standard_re = re.compile(
            r"(?<![\w/])(?P<code>" + _alt(standards) + rf")\s+(?P<n>{_STANDARD_NUMBER})") if standards else None
        self.issuer_codes: dict[str, str] = {}
        self.issuer_spellings: dict[str, str] = {}
        issuer_names: dict[str, str] = {}
        for row in issuers:
            if row["kind"] == "code":
                self.issuer_codes[row["key"]] = row["issuer"]
            elif row["kind"] == "name":
                issuer_names[row["key"]] = row["issuer"]
            elif row["kind"] == "spelling":
                self.issuer_spellings[row["key"]] = row["issuer"]
        self.issuer_names = issuer_names
        self.issuer_name_re = re.compile(_alt(issuer_names) + r"(?!\w)")
        self.type_word_re = re.compile(r"(?<!\w)(?P<tw>" + _alt(w.key for w in self.words.values()) + r")(?!\w)", re.I)
        self.type_before_re = re.compile(
            r"(?<!\w)(?P<tw>" + _alt(w.key for w in self.words.values()) + r")\s+(?:số\s+)?$", re.I)
        self.short_re = re.compile(
            r"(?<!\w)(?P<tw>" + _alt(w.key for w in self.words.values() if w.number) + r")\s+(?P<so>số\s+)?"
            rf"(?P<n>{_SHORT_NUMBER})(?![\w/]|-\w|[.,]\d)", re.I)
        self.list_more_re = re.compile(rf"\s*(?:,|và|;)\s*(?:số\s+)?(?P<n>{_SHORT_NUMBER})(?![\w/]|-\w|[.,]\d)")
        self.law_re = re.compile(r"(?<!\w)(?:" + _alt(name for name, _ in self.laws) + r")(?!\w)", re.I)
        self.law_types = {fold(name): typ for name, typ in self.laws}
        self.law_names = {fold(name): name for name, _ in self.laws}
        self.stop_re = re.compile(_alt(stops) + r"(?!\w)")
        self.context_re = re.compile(r"(?<!\w)" + _alt(context) + r"[ \t]*[,:]?[ \t]+$", re.I)
        self.org_blocker_re = re.compile(r"(?<!\w)" + _alt(org_blockers) + r"[ \t]+$")
        self.plural_blocker_re = re.compile(r"(?:(?<!\w)" + _alt(plural_blockers) + r"|\d+)[ \t]+$", re.I)
        self.generic_re = re.compile(_alt(generic) + r"(?!\w)", re.I)
        self.trailing_re = re.compile(r"[ \t]+" + _alt(trailing) + r"$")
        units = date_words.get("not_date_after", {})
        units = units.get("words", []) if isinstance(units, dict) else units
        # a count after a number ("Kế hoạch 5 năm", "Quyết định 3 lần"), unless a date follows:
        # "Nghị quyết 57 ngày 22/12/2024"
        self.unit_re = re.compile(r"\s*(?!ngày\s+\d)" + _alt(units) + r"(?!\w)", re.I)

    def canonical_number(self, printed: str) -> str:
        """'57- NQ/TƯ' -> '57-NQ/TW': no spaces, issuer spellings as in document_issuers.tsv."""
        parts = re.split(r"([/-])", re.sub(r"\s+", "", printed))
        return "".join(self.issuer_spellings.get(p, p) for p in parts)

    def type_of_code(self, code: str, scope: str) -> str | None:
        return self.codes.get((code, scope)) or self.codes.get((code, "*"))

    def issuer_of_code(self, code: str | None) -> str | None:
        if not code:
            return None
        first = re.split(r"\s*-\s*", code)[0]
        return self.issuer_codes.get(first) or self.issuer_codes.get(re.sub(r"\d+$", "", first))

    def name_key(self, name: str) -> str:
        key = fold(name)
        for a, b in self.synonyms.items():
            key = re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", b, key)
        return re.sub(r"\s+", " ", key)


@lru_cache(maxsize=4)
def _rules_for(types_raw: str, issuers_raw: str, dates_raw: str) -> DocumentRules:
    try:
        return DocumentRules(resources.load_tsv(TYPES_FILE), resources.load_tsv(ISSUERS_FILE), json.loads(dates_raw))
    except (ValueError, KeyError, TypeError, AttributeError, re.error) as exc:
        files = f"{TYPES_FILE}, {ISSUERS_FILE} or {DATE_WORDS_FILE}"
        raise ExtractError(f"rules files {files} are invalid: {type(exc).__name__}: {exc}") from exc


def rules() -> DocumentRules:
    return _rules_for(resources.read_text(TYPES_FILE), resources.read_text(ISSUERS_FILE),
                      resources.read_text(DATE_WORDS_FILE))


# --------------------------------------------------------------------------- matches


@dataclass
class DocMention:
    """One printed mention: ``text[start:end]``; ``number`` is a số hiệu, a short number or a name."""

    start: int
    end: int
    type: str
    number: str
    form: str  # "full", "short", "name"
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


def _is_cap(s: str) -> bool:
    return bool(s) and s[0].isupper()


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _look_back(text: str, pos: int, width: int = 40) -> int:
    """Where to start looking for the words before ``pos``: at most ``width`` chars, same line."""
    return max(_line_start(text, pos), pos - width)


def _sentence_start(text: str, pos: int) -> bool:
    """Nothing but punctuation that ends a sentence (or the line start) before ``pos``."""
    before = text[_line_start(text, pos) : pos].rstrip()
    return not before or before[-1] in ".!?:;\"“”'(–-•*"


class Scanner:
    """Finds the document mentions of one text."""

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
        self.bodies_ending = {e: (s, name) for s, e, name in body_spans}

    # ----------------------------------------------------------------- helpers

    def _type_before(self, pos: int) -> tuple[int, TypeWord] | None:
        """A type word (and 'số') directly before ``pos``: (its start, the word)."""
        window = self.text[max(0, pos - 40) : pos]
        m = self.r.type_before_re.search(window)
        if not m:
            return None
        tw = self.r.words.get(fold(m["tw"]))
        return (pos - len(window) + m.start(), tw) if tw else None

    def _body_at(self, pos: int) -> tuple[int, str] | None:
        """A body printed at ``pos`` (bodies component first, then the issuer names)."""
        if pos in self.bodies_at:
            return self.bodies_at[pos]
        m = self.r.issuer_name_re.match(self.text, pos)
        if m:
            return m.end(), self.r.issuer_names[" ".join(m.group(0).split())]
        return None

    # ----------------------------------------------------------------- forms

    def full_numbers(self) -> list[DocMention]:
        out: list[DocMention] = []
        for scope, pattern in (("party", _PARTY_NUMBER), ("state", _STATE_NUMBER)):
            for m in pattern.finditer(self.text):
                code, iss = m["code"], m["iss"]
                before = self._type_before(m.start())
                start = before[0] if before else m.start()
                typ = before[1].type if before else None
                issuer = None
                if scope == "state":
                    if _ASSEMBLY.match(code) and not iss:
                        if not m["y"]:
                            continue
                        issuer = self.r.issuer_of_code(code)
                        typ = typ or "Nghị quyết"
                    else:
                        if not (m["y"] or iss):
                            continue
                        typ = typ or self.r.type_of_code(code, scope)
                        issuer = self.r.issuer_of_code(iss) or (
                            self.r.issuer_of_code(code) if not self.r.type_of_code(code, scope) else None)
                else:
                    typ = typ or self.r.type_of_code(code, scope)
                if not typ:
                    continue
                number = self.r.canonical_number(m.group(0))
                out.append(DocMention(start, m.end(), typ, number, "full", issuer=issuer))
        if self.r.standard_re is not None:  # "QCVN 8-2:2011/BYT": a national standard
            for m in self.r.standard_re.finditer(self.text):
                typ = self.r.type_of_code(m["code"], "standard")
                if typ:
                    out.append(DocMention(m.start(), m.end(), typ, f"{m['code']} {m['n']}", "full",
                                          issuer=self.r.issuer_of_code(m["n"].rpartition("/")[2] or None)))
        return out

    def short_refs(self) -> list[DocMention]:
        out: list[DocMention] = []
        for m in self.r.short_re.finditer(self.text):
            tw = self.r.words[fold(m["tw"])]
            if not _is_cap(m["tw"]) and not (tw.lower or m["so"] or "/" in m["n"]):
                continue  # "kết luận 91/2024": a number with its year names a document in lower case too
            if self.r.org_blocker_re.search(self.text, _look_back(self.text, m.start()), m.start()):
                continue
            if self.r.unit_re.match(self.text, m.end()):
                continue
            out.append(DocMention(m.start(), m.end(), tw.type, m["n"], "short"))
            pos = m.end()
            while True:
                more = self.r.list_more_re.match(self.text, pos)
                if not more or self.r.unit_re.match(self.text, more.end()):
                    break
                out.append(DocMention(more.start("n"), more.end(), tw.type, more["n"], "short"))
                pos = more.end()
        return out

    def laws(self) -> list[DocMention]:
        out: list[DocMention] = []
        lowered = self.text.lower()
        if "luật" not in lowered and "hiến pháp" not in lowered:
            return out
        for m in self.r.law_re.finditer(self.text):
            if self.r.org_blocker_re.search(self.text, _look_back(self.text, m.start()), m.start()):
                continue
            canonical = self.r.law_names.get(fold(m.group(0)), m.group(0))
            end, name = self._law_tail(m.end(), canonical)
            out.append(DocMention(m.start(), end, self.r.law_types[fold(canonical)], name, "name"))
        # laws missing from the list: "Luật" + a capitalized name
        for m in re.finditer(r"(?<!\w)(?P<tw>Luật|Bộ luật|Pháp lệnh)\s+(?=[" + _UP + r"])", self.text):
            if any(o.start <= m.start() < o.end for o in out):
                continue
            if self.r.org_blocker_re.search(self.text, _look_back(self.text, m.start()), m.start()):
                continue
            end = self._extend_name(m.end(), max_words=8, allow_body=False, comma_words=2)[0]
            if end <= m.end() or not _is_cap(self.text[m.end() : end]):
                continue
            name_end, name = self._law_tail(end, self.text[m.start() : end])
            typ = self.r.words[fold(m["tw"])].type
            out.append(DocMention(m.start(), name_end, typ, name, "name"))
        # "Luật sửa đổi, bổ sung một số điều của Luật Đất đai": the amending law, named with the law it amends
        for m in _AMENDING.finditer(self.text):
            inner = next((o for o in out if o.start == m.end() and o.type == "Luật"), None)
            if inner is None:
                continue
            name = " ".join(self.text[m.start() : m.end()].split()) + " " + inner.number
            out = [o for o in out if o is not inner]
            out.append(DocMention(m.start(), inner.end, "Luật", name, "name"))
        for m in re.finditer(r"(?<!\w)Hiến pháp(?:\s+(?:năm\s+)?(?:19|20)\d\d)?(?!\w)", self.text):
            out.append(DocMention(m.start(), m.end(), "Hiến pháp", " ".join(m.group(0).split()), "name"))
        return out

    def _law_tail(self, end: int, name: str) -> tuple[int, str]:
        """'(sửa đổi)' and 'năm 2024' printed after a law's name belong to it."""
        name = " ".join(name.split())
        a = _AMENDED.match(self.text, end)
        if a:
            end = a.end()
            name += " (sửa đổi)"
        y = re.compile(r"\s+(?:năm\s+)?(?:19|20)\d\d(?![\w/\-])").match(self.text, end)
        if y:
            end = y.end()
            name += " " + " ".join(y.group(0).split())
        return end, name

    def resolutions(self) -> list[DocMention]:
        out: list[DocMention] = []
        for m in re.finditer(r"(?<!\w)(?P<tw>Nghị quyết|nghị quyết)\s+", self.text):
            n = _RESOLUTION_NAME.match(self.text, m.end())
            if n:
                name = "Nghị quyết " + " ".join(n.group(0).split())
                out.append(DocMention(m.start(), n.end(), "Nghị quyết", name, "name"))
        return out

    def named_plans(self) -> list[DocMention]:
        out: list[DocMention] = []
        for m in self.r.type_word_re.finditer(self.text):
            tw = self.r.words.get(fold(m["tw"]))
            if tw is None or not tw.name or tw.type in ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"):
                continue
            cap = _is_cap(m["tw"])
            if not cap and not tw.lower:
                continue
            line0 = _look_back(self.text, m.start())
            if self.r.org_blocker_re.search(self.text, line0, m.start()) or self.r.plural_blocker_re.search(
                self.text, line0, m.start()
            ):
                continue
            name_start = m.end()
            if _GIVES.match(self.text, name_start):
                continue  # "Chính phủ ban hành Nghị quyết giao Bộ Xây dựng chủ trì": a verb and its agent
            draft = bool(_DRAFT_BEFORE.search(self.text, line0, m.start()))
            owner = self._draft_owner(name_start) if draft else None
            if owner is not None:
                # "dự thảo nghị quyết của Quốc hội về giảm thuế giá trị gia tăng": named by its subject
                about, issuer = owner
                end = self._extend_name(about, max_words=40, enum=True)[0]
                if end > about:
                    name = tw.type + " " + " ".join(self.text[about:end].split())
                    out.append(DocMention(m.start(), end, tw.type, name, "name", issuer=issuer))
                continue
            end, has_year, has_roman, with_body = self._extend_name(name_start, enum=draft)
            if end <= name_start:
                continue
            in_context = bool(self.r.context_re.search(self.text, line0, m.start()))
            if not cap and not in_context:
                continue  # "tổng duyệt chương trình lễ khai mạc ... 2024", "đưa ra kế hoạch chia cổ tức năm 2026"
            issued_about = (not cap and tw.type == "Nghị quyết" and _ISSUING_VERB.search(self.text, line0, m.start())
                            and re.match(r"[ \t]+về[ \t]", self.text[name_start : name_start + 5]))
            if issued_about:  # "Quốc hội biểu quyết thông qua nghị quyết về thí điểm xử lý vật chứng, tài sản ..."
                end, has_year, has_roman, with_body = self._extend_name(name_start, max_words=40, enum=True)
                printed = " ".join(self.text[m.start() : end].split())
                out.append(DocMention(m.start(), end, tw.type, tw.type + printed[len(m["tw"]) :], "name",
                                      name_has_body=with_body))
                continue
            if not (has_year or has_roman):
                if not cap or not in_context or _sentence_start(self.text, m.start()):
                    continue
                if self.r.generic_re.match(self.text, _SPACE.match(self.text, name_start).end()):
                    continue
            if not (has_year or has_roman) and _NUMBER_NEXT.match(self.text, end):
                continue  # "Kế hoạch thực hiện chương trình hành động số 86-CTr/TU": named by what it implements
            printed = " ".join(self.text[m.start() : end].split())
            number = tw.type + printed[len(m["tw"]) :]
            out.append(DocMention(m.start(), end, tw.type, number, "name", name_has_body=with_body))
        return out

    def _extend_name(
        self, pos: int, max_words: int = 25, allow_body: bool = True, comma_words: int = 0, enum: bool = False
    ) -> tuple[int, bool, bool, bool]:
        """The end of a document name starting at ``pos``: (end, has_year, has_roman, body included).

        ``comma_words``: a comma after at most that many words continues the name when a
        lower-case word follows ("Luật Phòng, chống tác hại thuốc lá", "Luật Cán bộ, công chức").
        ``enum``: a comma followed by a lower-case item that opens no clause continues it too (the
        enumerated title of a draft: "dự thảo Nghị định quản lý lao động, tiền lương, thù lao, ...").
        """
        text = self.text
        end = pos
        words = 0
        since_comma = 0
        p = pos
        while words < max_words:
            q = _SPACE.match(text, p).end()
            if q >= len(text) or text[q] == "\n":
                break
            y = _YEAR_TAIL.match(text, q)
            if y:
                a = _AMENDED.match(text, y.end())
                return (a.end() if a else y.end()), True, False, False
            if self.r.stop_re.match(text, q) and not text[q].isupper():
                if text.startswith("của", q) and allow_body and words:
                    body = self._body_at(_SPACE.match(text, q + 3).end())
                    if body:
                        return body[0], False, False, True
                break
            if words and _ROMAN.match(text, q) and text[q - 1] == " ":
                r = _ROMAN.match(text, q)
                assert r is not None
                a = _AMENDED.match(text, r.end())
                return (a.end() if a else r.end()), False, True, False
            tok = _TOKEN.match(text, q)
            if tok is None:
                break
            t = tok.group(0)
            if t == "và" and words and (tw := self.r.type_word_re.match(text, _SPACE.match(text, tok.end()).end())) \
                    and tw.group(0)[:1].isupper():
                break  # "nghị quyết về ... vụ án hình sự và Luật Phòng, chống mua bán người": another document
            if t == "-" and words and re.match(r"[ \t]+-[ \t]+[^\W\d_]", text[p : q + 3]):
                p = tok.end()  # "kinh tế - xã hội"
                continue
            if t == "," and (0 < words <= comma_words or enum and since_comma > 0 and self._enum_goes_on(q + 1)) \
                    and re.match(r",[ \t]+[^\W\d_A-ZĐ]", text[q : q + 3]):
                p = tok.end()
                since_comma = 0
                continue
            if not t[0].isalpha():
                break
            words += 1
            since_comma += 1
            end = p = tok.end()
        while True:  # a name does not end with a preposition or conjunction
            t = self.r.trailing_re.search(text, pos, end)
            if not t or t.start() <= pos:
                break
            end = t.start()
        return end, False, False, False

    def _draft_owner(self, pos: int) -> tuple[int, str] | None:
        """After a drafted type word: "của <body> về ..." -> (start of "về ...", the body)."""
        c = re.match(r"[ \t]+của[ \t]+", self.text[pos : pos + 8])
        if c is None:
            return None
        body = self._body_at(pos + c.end())
        if body is None:
            return None
        v = re.match(r"[ \t]+(?=về[ \t])", self.text[body[0] : body[0] + 6])
        return (body[0] + v.end(), body[1]) if v else None

    def _enum_goes_on(self, pos: int) -> bool:
        """After a comma inside an enumerated title: the next item is no clause word ("trong đó", "để")."""
        q = _SPACE.match(self.text, pos).end()
        return not (self.r.stop_re.match(self.text, q) or _CLAUSE_OPENER.match(self.text, q))

    def scan(self) -> list[DocMention]:
        found = self.full_numbers()
        found += self.resolutions()
        found += self.laws()
        found += self.short_refs()
        found += self.named_plans()
        chosen: list[DocMention] = []
        rank = {"full": 0, "name": 1, "short": 2}
        for d in sorted(found, key=lambda d: (rank[d.form], -(d.end - d.start), d.start)):
            if all(d.end <= c.start or c.end <= d.start for c in chosen):
                chosen.append(d)
        chosen.sort(key=lambda d: d.start)
        for d in chosen:
            self._attach_issuer_and_date(d)
        return chosen

    # ----------------------------------------------------------------- issuer, date

    def _date_at(self, pos: int) -> tuple[str, int] | None:
        """'(, ban hành) ngày 22/12/2024' at ``pos``: (normalized day, end)."""
        m = _DATE_LEAD.match(self.text, pos)
        hit = self.dates_at.get(m.end()) if m else None
        return (hit[0], hit[2]) if hit and hit[1] == "day" else None

    def _issuer_after(self, pos: int) -> tuple[str, int] | None:
        """'(,) của <body>' at ``pos``: (canonical body, end)."""
        m = _ISSUER_LEAD.match(self.text, pos)
        body = self._body_at(m.end()) if m else None
        return (body[1], body[0]) if body else None

    def _issuer_before(self, start: int) -> str | None:
        """'<body> (đã) ban hành' right before ``start``."""
        text = self.text
        bm = _ISSUING_VERB.search(text, max(0, start - 40), start)
        if not bm:
            return None
        k = bm.start()
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        hit = self.bodies_ending.get(k)
        if hit:
            return hit[1]
        for name, canonical in sorted(self.r.issuer_names.items(), key=lambda kv: -len(kv[0])):
            if text.endswith(name, 0, k):
                return canonical
        return None

    def _attach_issuer_and_date(self, d: DocMention) -> None:
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


# --------------------------------------------------------------------------- grouping


def group(mentions: list[DocMention], rules: DocumentRules) -> list[DocumentMatch]:
    """One document per distinct document: short numbers join the số hiệu they abbreviate."""
    docs: dict[tuple[str, str], DocumentMatch] = {}
    full_by_lead: dict[tuple[str, int], tuple[str, str]] = {}
    for form in ("full", "short"):  # a số hiệu, else a short number with its year ("18/2017")
        for d in mentions:
            if d.form == form and (form == "full" or "/" in d.number) and (lm := re.match(r"\d+", d.number)):
                full_by_lead.setdefault((d.type, int(lm.group(0))), (d.type, d.number))
    named_keys: dict[str, tuple[str, str]] = {}
    for d in mentions:
        if d.form == "name":
            named_keys.setdefault(rules.name_key(d.number), (d.type, d.number))
    # a law printed once in full and once cut short ("Luật Trật tự, an toàn giao thông [đường bộ]"): one law,
    # unless the short name is a law of its own (the list: "Luật Đầu tư" is not "Luật Đầu tư công")
    for k, (typ, num) in list(named_keys.items()):
        if typ != "Luật" or fold(num) in rules.law_names:
            continue
        longer = [v for kk, v in named_keys.items() if v[0] == typ and kk.startswith(k + " ")]
        if len(longer) == 1:
            named_keys[k] = longer[0]
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
        else:
            key = named_keys[rules.name_key(d.number)]
            base = re.sub(r"\s+(?:năm\s+)?(?:19|20)\d\d$", "", key[1])
            if base == key[1]:
                longer = [k for k in named_keys.values() if k[0] == key[0] and k[1] != key[1]
                          and re.sub(r"\s+(?:năm\s+)?(?:19|20)\d\d$", "", k[1]) == key[1]]
                if len(longer) == 1:
                    key = longer[0]
        doc = docs.setdefault(key, DocumentMatch(key[0], key[1]))
        doc.mentions.append(d)
        doc.issuer = doc.issuer or d.issuer
        doc.date = doc.date or d.date
    return list(docs.values())


# --------------------------------------------------------------------------- component


def _body_spans(doc: Doc) -> list[tuple[int, int, str]]:
    if "bodies" not in doc.spans:
        return []
    out = []
    for span in doc.spans["bodies"]:
        out.append((span.start_char, span.end_char, span.kb_id_ or span.text))
    return out


def find_documents(doc: Doc) -> list[DocumentMatch]:
    dates_at = {d.start: (d.value, d.granularity, d.end) for d in (doc._.dates or [])}
    scanner = Scanner(doc_text(doc), rules(), _body_spans(doc), dates_at)
    return group(scanner.scan(), scanner.r)


class DocumentRecognizer:
    def __init__(self, nlp: Language, name: str = "nq_documents") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[DocumentMatch]:
        return find_documents(doc)

    def set_annotations(self, doc: Doc, matches: list[DocumentMatch]) -> Doc:
        records: list[Document] = []
        spans = []
        for m in matches:
            mentions = [Mention(start=x.start, end=x.end, text=doc_text(doc)[x.start : x.end]) for x in m.mentions]
            records.append(Document(type=m.type, number=m.number, issuer=m.issuer, date=m.date, mentions=mentions))
            for x in m.mentions:
                span = doc.char_span(x.start, x.end, label=LABEL, kb_id=f"{m.type}|{m.number}",
                                     alignment_mode="expand")
                if span is not None:
                    spans.append(span)
        doc._.documents = records
        doc.spans["documents"] = spans
        return doc


@Language.factory("nq_documents")
def make_documents(nlp: Language, name: str) -> DocumentRecognizer:
    return DocumentRecognizer(nlp, name)
