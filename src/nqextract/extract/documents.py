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
  ``Đề án chuyển đổi số trong các cơ quan Đảng``; a capitalized scheme opened by its action needs no context word:
  ``... trình Chính phủ Đề án phát triển đô thị ...``): the name is the document's number.

Generic mentions (``các nghị quyết``, ``Đề án`` alone, ``03 đề án``, ``kế hoạch hành động``) are
not documents. Issuer: ``của <body>`` after the mention or ``<body> ban hành`` before it, as the
bodies component canonicalized it (``doc.spans["bodies"]``), else ``document_issuers.tsv``; a
State số hiệu names its issuer by code (``NĐ-CP`` -> Chính phủ). Date: ``ngày ...`` right after
the mention, as the dates component normalized it.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Document, Mention
from ..textnorm import fold, is_cap
from .document_decisions import announced_decisions
from .document_decrees import decreed_subjects
from .document_forms import (
    AMENDING,
    AMENDING_COUNTED,
    AMENDING_NUMBERED,
    COUNTED_TAIL,
    about_matters,
    amending_titles,
    detailing_titles,
    editions,
    listed_laws,
    look_back,
    owned_subjects,
    quoted_titles,
    unnamed_acts,
)
from .document_issue_years import bare_issue_number, issue_year_end, numbered_with_year
from .document_issued import issued_subjects
from .document_links import LAW_TYPES, DocMention, DocumentMatch, Linker, group
from .document_merges import (
    ABBREVIATION,
    ISS,
    UNTYPED,
    abbreviated_laws,
    named_numbers,
    shared_tails,
)
from .document_names import SPACE, NameReader, law_tail
from .document_rules import DocumentRules, TypeWord, load_rules
from .document_shorts import listed, listed_law, no_number, sentence_start
from .document_treaties import accords, bracketed_parties, treaties_by_parties
from .phrases import LIST_SEP
from .view import set_spans, view

LABEL = "DOCUMENT"

_UP = "A-ZĐÂĂÊÔƠƯ"
_CODE = rf"[{_UP}][{_UP}a-zđ]{{0,6}}"
_PARTY_NUMBER = re.compile(
    rf"(?<![\w/.\-])(?P<n>\d{{1,5}})\s*-\s*(?P<code>{_CODE})\s*/\s*(?P<iss>{ISS}(?:-{ISS})?)(?![\w/])"
)
_STATE_NUMBER = re.compile(
    rf"(?<![\w/.\-])(?P<n>\d{{1,5}}(?:\.\d{{1,2}})?)\s*/\s*(?:(?P<y>(?:19|20)\d\d)\s*/\s*)?(?P<code>{ISS})"
    rf"(?:\s*-\s*(?P<iss>{ISS}(?:\s*-\s*{ISS})*))?(?![\w/])"
)
_TREATY_YEAR = re.compile(r"(?<!\S)(?P<w>[^\W\d_]\S*)[ \t]+(?P<y>(?:1[89]|20)\d\d)$")  # "... Geneva 1954"
_LOWER_WORD = re.compile(r"(?<![\w\-])[^\W\d_A-ZĐ][^\W\d_]*")  # a word printed in lower case
_ABBREVIATED_NAME = re.compile(r"[A-ZĐ]{2,10}(?![\w\-])")
_ASSEMBLY = re.compile(r"^(?:UBTVQH|QH)\d*$")


# --------------------------------------------------------------------------- finding mentions

def _place_named(name: str) -> bool:
    """A treaty's name of up to three capitalized words, no acronym ("EVFTA") and no pair of sides joined by a
    dash: a place ("Geneva", "Bắc Hà"), so the year printed after it is the year the treaty was signed there."""
    words = name.split()
    return 0 < len(words) <= 3 and all(w.isalpha() and w[0].isupper() and not w[1:].isupper() for w in words)


def _law_title(text: str, start: int, end: int, typ: str) -> str:
    """An amending law's name printed from ``start`` ("luật sửa đổi, bổ sung ..." in lower case too) as its title:
    its type word ``typ`` ("Luật") capitalized, its words one space apart."""
    return typ + " " + " ".join(text[start + len(typ) : end].split())


class Scanner:
    """Finds the document mentions of one text."""

    def __init__(self, text: str, rules: DocumentRules, links: Linker) -> None:
        self.text = text
        self.r = rules
        self.links = links  # the article's bodies, dates and issuers by offset
        self.names = NameReader(text, rules, links)  # how far a name runs
        self.type_hits = list(rules.type_word_re.finditer(text))  # the type words, found once per text

    # ----------------------------------------------------------------- helpers

    def _type_before(self, pos: int) -> tuple[int, TypeWord] | None:
        """A type word (and 'số') directly before ``pos``: (its start, the word)."""
        window = self.text[max(0, pos - 40) : pos]
        m = self.r.type_before_re.search(window)
        if not m:
            return None
        tw = self.r.words.get(fold(m["tw"]))
        return (pos - len(window) + m.start(), tw) if tw else None

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
                        # laws and resolutions share the QH form: only a printed type word types it
                        # ("Luật số 47/2024/QH15", "Luật Đất đai số 31/2024/QH15"); see named_numbers
                        typ = typ or UNTYPED
                    else:
                        if not (m["y"] or iss) and not (code in self.r.bare_codes and before
                                                         and before[1].type == self.r.type_of_code(code, scope)):
                            continue  # "Sắc lệnh số 14/SL" (bare_ok) after its own type word only; not "... số 15/QĐ"
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
                before, after = self._type_before(m.start()), self.r.type_after_re.match(self.text, m.end())
                if before or after:  # the type printed beside it: "QCVN 40:2011/BTNMT quy chuẩn kỹ thuật quốc gia"
                    typ = before[1].type if before else self.r.words[fold(after["tw"])].type
                if typ:
                    out.append(DocMention(m.start(), m.end(), typ, f"{m['code']} {m['n']}", "full",
                                          issuer=self.r.issuer_of_code(m["n"].rpartition("/")[2] or None)))
        return out

    def short_refs(self) -> list[DocMention]:
        out: list[DocMention] = []
        for m in self.r.short_re.finditer(self.text):
            tw = self.r.words[fold(m["tw"])]
            if not is_cap(m["tw"]) and not (tw.lower or m["so"] or "/" in m["n"]) and not (
                    len(m["n"]) >= 2 and self.r.link_after_re.match(self.text, m.end())):
                continue  # "kết luận 91/2024": a number with its year names a document in lower case too, and so
                # does a number of two digits or more before its issuer, subject or the clause end ("hủy quyết định
                # 1743 của UBND huyện", "quy định 368 của Bộ Chính trị"); else the verb and a count
                # ("quyết định 5 dự án")
            if no_number(tw, m):
                continue
            if self.r.org_blocker_re.search(self.text, look_back(self.text, m.start()), m.start()):
                continue
            end = m.end()
            if (m["so"] or bare_issue_number(m["n"], is_cap(m["tw"]))) and (
                    year := issue_year_end(self.text, end, self.r, m["n"])):
                end = year  # "quyết định số 994 năm 2014 của Thủ tướng", "Nghị định 08 năm 2019": the year it was issued
            elif self.r.unit_re.match(self.text, end):
                continue
            if "/" not in m["n"] and (listed := shared_tails(self.text, self.r, m.start(), m.start("n"), end, tw.type)):
                out += listed
                continue
            out.append(DocMention(m.start(), end, tw.type, m["n"], "short"))
            pos = end
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
        if not any(w in lowered for w in self.r.law_cues) and not self.r.proper_re.search(self.text):
            return out
        for m in self.r.law_re.finditer(self.text):
            if self.r.org_blocker_re.search(self.text, look_back(self.text, m.start()), m.start()):
                continue
            canonical = self.r.law_names.get(fold(m.group(0)), m.group(0))
            end, name = law_tail(self.text, m.end(), canonical, self.r)
            typ = self.r.law_types.get(fold(canonical)) or self.r.law_types[fold(canonical.replace(",", " "))]
            out.append(listed_law(self.text, m.start(), end, typ, name))
        # laws missing from the list: "Luật" + a capitalized name; a foreign "Đạo luật", a treaty
        # ("Hiệp định Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương") too: the type words flagged proper
        for m in self.r.proper_re.finditer(self.text):
            if any(o.start <= m.start() < o.end for o in out):
                continue
            if self.r.org_blocker_re.search(self.text, look_back(self.text, m.start()), m.start()):
                continue
            typ, accord = self.r.words[fold(m["tw"])].type, self.r.words[fold(m["tw"])].accord
            longest = 8 if typ in self.r.short_named else 14  # a treaty's name runs longer
            end = self.names.extend_name(m.end(), max_words=longest, allow_body=False, comma_words=2, treaty=accord)[0]
            if abbr := _ABBREVIATED_NAME.match(self.text, m.end()):
                end = abbr.end()  # "Hiệp định CPTPP tạo ra ...", "dự thảo Luật TMĐT chồng chéo ...": an abbreviation
                # is the whole name
            if end <= m.end() or not is_cap(self.text[m.end() : end]):
                continue
            if self.r.words[fold(m["tw"])].titled and (low := _LOWER_WORD.search(self.text, m.end(), end)):
                end = len(self.text[: low.start()].rstrip(" \t,"))  # "Hiến chương Liên Hợp Quốc trong quan hệ ..."
            name_end, name = law_tail(self.text, end, self.text[m.start() : end], self.r)
            year = None
            if accord and (signed := _TREATY_YEAR.search(name)) and signed["w"][0].isupper():
                name = name[: signed.end("w")]  # the year printed after the name is no part of it
                if _place_named(name[m.end() - m.start() :]):  # "Hiệp định Geneva 1954", not "... Việt Nam - EU 2020"
                    year = signed["y"]
            out.append(DocMention(m.start(), name_end, typ, name, "name", date=year))
        out = listed_laws(self.text, self.r, out)
        # "Luật sửa đổi, bổ sung một số điều của Luật Đất đai": the amending law, named with the law(s) it
        # amends ("... của Bộ luật Hình sự, Luật Thi hành án hình sự và Luật ..."): one document
        for m in AMENDING.finditer(self.text):
            inner = next((o for o in out if o.start == m.end() and o.type in LAW_TYPES), None)
            if inner is None or AMENDING_NUMBERED.match(self.text, m.start()) or self.r.plural_blocker_re.search(
                    self.text, look_back(self.text, m.start()), m.start()):  # "các luật sửa đổi ...": the laws each
                continue  # "... của Bộ luật Hình sự số 100/2015/QH13": the number is the amended law's
            parts, name, end = [inner], inner.number, inner.end
            while (sep := LIST_SEP.match(self.text, end)) and (
                    nxt := next((o for o in out if o.start == sep.end() and o.type in LAW_TYPES), None)) and not (
                    nxt.number.endswith(self.r.amended_suffixes)):  # "..., Luật Điện lực (sửa đổi)": a law of its own, replaced
                name += ("," if "," in sep.group(0) else "") + (" và " if "và" in sep.group(0) else " ") + nxt.number
                parts.append(nxt)
                end = nxt.end
            name = _law_title(self.text, m.start(), m.end(), self.r.amending_type) + " " + " ".join(name.split())
            out = [o for o in out if all(o is not x for x in parts)]
            out.append(DocMention(m.start(), end, self.r.amending_type, name, "name"))
        for m in AMENDING_COUNTED.finditer(self.text):  # "... của 10 luật có liên quan đến an ninh, trật tự"
            end = tail.end() if (tail := COUNTED_TAIL.match(self.text, m.end())) else m.end()
            name = _law_title(self.text, m.start(), end, self.r.amending_type)
            out.append(DocMention(m.start(), end, self.r.amending_type, name, "name"))
        for m in self.r.constitution_re.finditer(self.text):
            end, name = law_tail(self.text, m.end(), m.group(0), self.r)
            out.append(DocMention(m.start(), end, self.r.constitutions[m.group(0)], name, "name"))
        return abbreviated_laws(self.text, out)

    def resolutions(self) -> list[DocMention]:
        out: list[DocMention] = []
        for m in self.r.congress_document_re.finditer(self.text):
            n = self.r.session_name_re.match(self.text, m.end())
            if n:
                end = n.end()
                if n.group(0).startswith(self.r.party_congress) and (party := self.r.party_tail_re.match(self.text, end)):
                    end = party.end()  # "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
                typ = self.r.congress_documents[" ".join(m["tw"].split())]
                out.append(DocMention(m.start(), end, typ, typ + " " + " ".join(self.text[m.end() : end].split()), "name"))
        return out

    def named_plans(self) -> list[DocMention]:
        out: list[DocMention] = []
        reported: list[DocMention] = []  # plans whose progress is reported: no documents, but items of a list
        for m in self.type_hits:
            tw = self.r.words.get(fold(m["tw"]))
            if tw is None or not tw.name or tw.type in self.r.law_named:
                continue
            cap = is_cap(m["tw"])
            line0 = look_back(self.text, m.start())
            draft = bool(self.r.draft_before_re.search(self.text, line0, m.start()))
            drafted = not cap and tw.drafted and draft  # "dự thảo quy chế tuyển sinh ...": named in lower case
            if not cap and not tw.lower and not drafted:
                continue
            if self.r.org_blocker_re.search(self.text, line0, m.start()) or self.r.plural_blocker_re.search(
                self.text, line0, m.start()
            ):
                continue
            name_start = m.end()
            if self.r.unnamed_act_re.match(self.text, m.start()) or numbered_with_year(self.text, name_start, self.r, cap):
                continue  # "Nghị quyết miễn nhiệm ...": a personnel act, no name (unnamed_acts); "Nghị định số 52
                # năm 2012": a number and its year (short_refs)
            if self.r.assigning_re.match(self.text, name_start) or not cap and self.r.business_re.match(self.text, name_start) and not (
                    self.r.business_not_after_re.search(self.text, look_back(self.text, m.start(), 80), m.start())):
                continue  # "ban hành Nghị quyết giao Bộ X chủ trì": a verb; "kế hoạch kinh doanh": a firm's plan
            passed = not (cap or draft) and tw.type == "Nghị quyết" and self.r.issuing_verb_re.search(
                self.text, line0, m.start())  # "Quốc hội thông qua nghị quyết của Quốc hội về ...": named with its body
            owner = self.names.draft_owner(name_start) if draft or passed else None
            if owner is not None and cap:
                continue  # "dự thảo Nghị quyết của Quốc hội về ...": named with its body (``owned_subjects``)
            if owner is not None:
                # "dự thảo nghị quyết của Quốc hội về giảm thuế giá trị gia tăng": named by its subject
                about, issuer = owner
                end = self.names.extend_name(about, max_words=40, enum=True)[0]
                if end > about:
                    name = tw.type + " " + " ".join(self.text[name_start if passed else about : end].split())
                    out.append(DocMention(m.start(), end, tw.type, name, "name", issuer=issuer))
                continue
            if cap and self.r.titled_re.match(self.text, name_start) and not sentence_start(self.text, m.start()) and (
                    end := self.names.subject_end(SPACE.match(self.text, name_start).end())):
                printed = " ".join(self.text[name_start:end].split())
                out.append(DocMention(m.start(), end, tw.type, tw.type + " " + printed, "name"))
                continue
            # a comma inside a named plan goes on before a lower-case item: "Kế hoạch phòng, chống thiên tai năm 2025"
            counted = self.r.counted_name_re.match(self.text, name_start) if cap else None
            words_start = counted.end() if counted else name_start  # "Đề án 1 triệu căn hộ nhà ở xã hội ..."
            end, has_year, has_roman, with_body = self.names.extend_name(words_start, enum=draft or cap)
            if end <= words_start:
                continue
            funds = self.r.funds_re.match(self.text, end) if tw.type in self.r.funded_types and len(
                self.text[words_start:end].split()) <= 4 else None
            if funds:  # "Chương trình tín dụng 120 nghìn tỷ đồng": named by its funds
                end, has_year = funds.end(), True
            if not cap and has_year and (self.names.year_only(name_start, end) or (
                    head := self._bare_head(name_start)) and self.names.year_only(head.end(), end)):
                continue  # "kế hoạch năm 2017", "chương trình giai đoạn 2021-2025": a period, no name (a capital
                # names one: "Kế hoạch 2016-2020"); so is a congress or a field alone before it ("nghị quyết đại hội
                # nhiệm kỳ 2020-2025", "chiến lược phát triển giai đoạn 2021 - 2030")
            end = self.names.quoted_tail(name_start, end)
            if cap and not (has_year or has_roman) and ABBREVIATION.match(self.text, end) and (tw.marked or not any(
                    w[:1].isupper() for w in self.text[name_start:end].split())):
                # "Thỏa thuận khung kinh tế số (DEFA)": a name printed with its abbreviation; a capitalized word in it
                # makes it an organization ("Chương trình phát triển Liên hợp quốc (UNDP)"), not in a type that names
                # nothing else ("Bộ quy tắc ứng xử ở Biển Đông (COC)")
                has_year = True
            if not has_year and (span := self.r.years_span_re.match(self.text, end)):
                end, has_year = span.end(), True  # "kế hoạch tài chính 5 năm;": a plan over a span of years
            placed = False  # "kế hoạch sử dụng đất năm 2016 của TP Nha Trang", "quy hoạch ... của huyện Bình Sơn"
            if not cap and (has_year or tw.placed) and (place := self.names.place_tail(end)):
                end, placed = place, True
            in_context = bool(self.r.context_re.search(self.text, line0, m.start())) or has_year and (listed(
                self.text, m.start(), tw.type, out + reported) or self.names.issued_after(end)) or placed and tw.placed \
                or cap and self._scheme_headed(tw.type, m.start(), name_start)
            if not cap and not in_context and not funds:
                continue  # "tổng duyệt chương trình lễ khai mạc ... 2024", "đưa ra kế hoạch chia cổ tức năm 2026"
            if not cap and has_year and self.r.progress_re.search(self.text, line0, m.start()):
                reported.append(DocMention(m.start(), end, tw.type, "", "unnamed"))  # "tình hình thực hiện kế hoạch
                continue  # ... năm 2024": a report's subject, though an item of a list of plans ("...; kế hoạch ...")
            issued_about = tw.type == "Nghị quyết" and self.r.issuing_verb_re.search(self.text, line0, m.start()) and (
                not cap and self.r.about_re.match(self.text, name_start) or self.r.regulating_re.match(self.text, name_start))
            if issued_about:  # "Quốc hội biểu quyết thông qua nghị quyết về thí điểm xử lý vật chứng, tài sản ...",
                # "HĐND tỉnh thông qua Nghị quyết quy định mức hỗ trợ ...": a resolution named by its subject
                end, has_year, has_roman, with_body = self.names.extend_name(name_start, max_words=40, enum=True)
                end = self.names.quoted_tail(name_start, end)
                printed = " ".join(self.text[m.start() : end].split())
                out.append(DocMention(m.start(), end, tw.type, tw.type + printed[len(m["tw"]) :], "name",
                                      name_has_body=with_body))
                continue
            if (target := self.r.national_targets.get(tw.type)) and (target := target.match(self.text, name_start)):
                if self.r.conjunction_re.match(self.text, target.end()):
                    continue  # "từ Chương trình mục tiêu quốc gia và hỗ trợ nhà ở ...": the class, no programme's name
                has_year = True  # "(C|c)hương trình mục tiêu quốc gia xây dựng nông thôn mới": a national programme
            if period := self.r.bracket_period_re.match(self.text, end):  # "... (giai đoạn 2010-2015)": its period
                end, has_year = period.end(), True
            if not (has_year or has_roman or placed):
                issued = cap and not tw.marked and self.names.issued_after(end)  # "Đề án ... do Thủ tướng phê duyệt"
                if not issued and (tw.marked or not (cap or drafted) or not in_context or sentence_start(
                        self.text, m.start())):
                    continue
                if self.r.generic_re.match(self.text, SPACE.match(self.text, name_start).end()):
                    continue
            if not (has_year or has_roman or placed) and self.r.number_next_re.match(self.text, end):
                continue  # "Kế hoạch thực hiện chương trình hành động số 86-CTr/TU": named by what it implements
            printed = " ".join(self.text[m.start() : end].split())
            number = tw.type + printed[len(m["tw"]) :]
            out.append(DocMention(m.start(), end, tw.type, number, "name", name_has_body=with_body))
        return out

    def _scheme_headed(self, typ: str, start: int, name_start: int) -> bool:
        """A name opened by the action its type schemes and its object ("Đề án phát triển đô thị ...": scheme_head),
        not after an event's head ("Cuộc thi Đề án ...": scheme_event)."""
        head = self.r.scheme_heads.get(typ)
        return head is not None and head.match(self.text, SPACE.match(self.text, name_start).end()) is not None \
            and not self.r.scheme_event_re.search(self.text, max(0, start - 30), start)

    def _bare_head(self, name_start: int) -> re.Match[str] | None:
        """A congress named by no body or a field alone opening a lower-case name at ``name_start``."""
        pos = SPACE.match(self.text, name_start).end()
        return self.r.congress_head_re.match(self.text, pos) or self.r.field_head_re.match(self.text, pos)

    def _org_named(self, d: DocMention) -> bool:
        """An international document's type word after an organization word of its own ('Tổ chức Hiệp ước Bắc Đại
        Tây Dương'): part of the organization's name, no document."""
        tw = self.r.words.get(fold(d.type))
        return (tw is not None and tw.accord and self.text.startswith(d.type, d.start)
                and self.r.accord_blocker_re.search(self.text, look_back(self.text, d.start), d.start) is not None)

    def scan(self) -> list[DocMention]:
        found = self.full_numbers()
        found += self.resolutions()
        found += self.laws()
        found += self.short_refs()
        found += self.named_plans()
        found += owned_subjects(self.text, self.r, self.links, self.names, self.type_hits)
        found += unnamed_acts(self.text, self.r)
        found += quoted_titles(self.text, self.r, self.type_hits)
        found += amending_titles(self.text, self.names)
        found += detailing_titles(self.text, self.r, self.names, found)
        found += treaties_by_parties(self.text, self.r, self.type_hits)
        found += editions(self.text, self.r)
        found = abbreviated_laws(self.text, bracketed_parties(self.text, self.r, found))
        found += about_matters(self.text, self.r, self.names, self.type_hits)
        found += issued_subjects(self.text, self.r, self.names, self.type_hits)
        found += decreed_subjects(self.text, self.r)
        found += announced_decisions(self.text, self.r, self.type_hits)
        found += accords(self.text, self.r, self.names, self.type_hits)
        found = named_numbers(self.text, found)
        found = [d for d in found if not self._org_named(d)]
        chosen: list[DocMention] = []
        rank = {"full": 0, "name": 1, "short": 2, "unnamed": 3}
        for d in sorted(found, key=lambda d: (rank[d.form], -(d.end - d.start), d.start)):
            if all(d.end <= c.start or c.end <= d.start for c in chosen):
                chosen.append(d)
        chosen.sort(key=lambda d: d.start)
        for d in chosen:
            self.links.attach(d)
        return chosen

# --------------------------------------------------------------------------- component


def find_documents(doc: Doc, rules: DocumentRules | None = None) -> list[DocumentMatch]:
    """The documents of a Doc the dates and bodies components have run on."""
    rules = rules or load_rules()
    v = view(doc)
    dates_at = {d.start: (d.value, d.granularity, d.end) for d in (doc._.dates or [])}
    links = Linker(v.text, rules, [(f.start, f.end, f.kb) for f in v.facts("bodies")], dates_at)
    published = doc._.published
    return group(Scanner(v.text, rules, links).scan(), rules, published.year if published else None)


class DocumentRecognizer:
    """The ``nq_documents`` component: its rules are compiled once, from ``rules_dir`` when given."""

    def __init__(self, nlp: Language, name: str = "nq_documents", rules_dir: str | None = None) -> None:
        self.name = name
        self.rules = load_rules(rules_dir)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc) -> list[DocumentMatch]:
        return find_documents(doc, self.rules)

    def set_annotations(self, doc: Doc, matches: list[DocumentMatch]) -> Doc:
        text = view(doc).text
        doc._.documents = [
            Document(type=m.type, number=m.number or None, issuer=m.issuer, date=m.date,
                     mentions=[Mention(start=x.start, end=x.end, text=text[x.start : x.end]) for x in m.mentions])
            for m in matches
        ]
        set_spans(doc, "documents", LABEL, ((x.start, x.end, f"{m.type}|{m.number}") for m in matches for x in m.mentions))
        return doc


@Language.factory("nq_documents", default_config={"rules_dir": None})
def make_documents(nlp: Language, name: str, rules_dir: str | None) -> DocumentRecognizer:
    return DocumentRecognizer(nlp, name, rules_dir)
