"""documents, the extent of a name: where a document's name, printed after its type word, ends
("Đề án chuyển đổi số trong các cơ quan Đảng", "Luật Trật tự, an toàn giao thông đường bộ")."""

from __future__ import annotations

import re

from .document_links import Linker
from .document_rules import DocumentRules
from .view import DOC_TOKENS

INNER_PERIOD = re.compile(r"[A-ZĐ]\.[A-ZĐ]")  # "TP.HCM", "TP.Hà Nội"
ROMAN = re.compile(r"[IVXLC]{1,6}(?!\w)")
SPACE = re.compile(r"[ \t\u00a0]*")
PAIRED_STOP = re.compile(r"với(?!\w)")
NUMBER_AFTER = re.compile(r"[ \t]*\d")  # a number after "số": "số 15" (the word of a number, no name's last word)
# an ordinal inside a name: "Kỳ họp thứ 9", "Hội nghị lần thứ 11"; a meeting's body after it, with its term:
# "Kỳ họp thứ 9, Quốc hội khóa XV"
QUOTED = re.compile(r"[ \t]*(?:“[^”\n]{3,200}”|\"[^\"\n]{3,200}\")")
ORDINAL_NUMBER = re.compile(r"\d{1,3}(?![\w/.,-]\w)")


PLACE_WORD = re.compile(r"[ \t]*(?:\.[ \t]*)?(?P<w>[^\W\d_]+)")
WORD = re.compile(r"[^\W\d_]\w*")
WORD_SEP = re.compile(r"[ \t]*-[ \t]*|[ \t]+|\.(?=\w)")
LIST_SEP = re.compile(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+")
CLAUSE_END = re.compile(r"[ \t]*(?:[.;:!?)\n]|$)")
PERCENT = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?[ \t]?%")  # a rate: "2%", "1,5 %"


def law_tail(text: str, end: int, name: str, rules: DocumentRules) -> tuple[int, str]:
    """'(sửa đổi)' and 'năm 2024' printed after a law's name (ending at ``end``) belong to it: (end, name). 'sửa
    đổi' printed without brackets ('Luật Dược sửa đổi.') stays so in an article that brackets it nowhere; where it
    brackets it once, every amended law is written its way ('dự Luật Việc làm sửa đổi, Luật Thuế ... (sửa đổi)')."""
    name = " ".join(name.split())
    a = rules.amended_re.match(text, end)
    if a:
        end = a.end()
        name += _amended(text, a, rules)
    y = rules.law_year_re.match(text, end)
    if y:
        end = y.end()
        name += " " + " ".join(y.group(0).split())
        if not a and (a := rules.amended_re.match(text, end)):  # "Hiến pháp năm 2013 (sửa đổi)"
            end = a.end()
            name += _amended(text, a, rules)
    return end, name


def _amended(text: str, a: re.Match[str], rules: DocumentRules) -> str:
    """The amended mark as the article prints it: in brackets, or bare where it brackets none."""
    bracketed = "(" in a.group(0) or rules.bracketed_amended_re.search(text)
    return rules.amended_bracketed if bracketed else rules.amended_bare


class NameReader:
    """Reads how far a name runs in one article's text (the scanner's helper for laws and named plans)."""

    def __init__(self, text: str, rules: DocumentRules, links: Linker) -> None:
        self.text = text
        self.r = rules
        self.links = links

    def year_only(self, start: int, end: int) -> bool:
        """Nothing but a year or a period between ``start`` and ``end`` ("năm 2017", "giai đoạn 2021-2025"): a
        lower-case type word followed by its period names no document ("kế hoạch năm 2017")."""
        y = self.r.year_tail_re.match(self.text, SPACE.match(self.text, start).end())
        return bool(y) and not self.text[y.end() : end].strip()

    def extend_name(
        self, pos: int, max_words: int = 25, allow_body: bool = True, comma_words: int = 0, enum: bool = False,
        treaty: bool = False,
    ) -> tuple[int, bool, bool, bool]:
        """The end of a document name starting at ``pos``: (end, has_year, has_roman, body included).

        ``comma_words``: a comma after at most that many words continues the name when a
        lower-case word follows ("Luật Phòng, chống tác hại thuốc lá", "Luật Cán bộ, công chức").
        ``enum``: a comma followed by a lower-case item that opens no clause continues it too (the
        enumerated title of a draft: "dự thảo Nghị định quản lý lao động, tiền lương, thù lao, ...").
        ``treaty``: the words of a treaty's name are no stop words ("Hiệp định Thương mại tự do ...": ``treaty_word``).
        """
        text = self.text
        end = pos
        words = 0
        since_comma = 0
        p = pos
        while words < max_words:
            q = SPACE.match(text, p).end()
            if q >= len(text) or text[q] == "\n":
                break
            y = self.r.year_tail_re.match(text, q)
            if y:
                a = self.r.amended_re.match(text, y.end())
                return (a.end() if a else y.end()), True, False, False
            # "đối với" goes on in a title named by its subject ("mức hỗ trợ đối với cán bộ ...")
            paired = enum and words and PAIRED_STOP.match(text, q) and text[max(0, q - 6) : q].endswith(" đối ")
            if (a := self.r.addressed_re.match(text, q)) and text[a.end()].isupper() and self.links.body_at(a.end()):
                break  # "Đề án ... trình Chính phủ": the verb and the body it goes to; right after the type word it
                # names nothing ("dự thảo Nghị quyết trình Quốc hội xem xét": the draft submitted)
            if words and (phrase := self.r.name_phrase_re.match(text, q)):
                words += len(phrase.group(0).split())
                end = p = phrase.end()  # "... quyền sử dụng đất do Nhà nước quản lý"
                continue
            treaty_word = treaty and (w := DOC_TOKENS.match(text, q)) and self.r.treaty_word_re.search(
                text, max(0, q - 12), w.end())
            if self.r.stop_re.match(text, q) and not text[q].isupper() and not paired and not treaty_word:
                if enum and words and (places := self.place_list_end(q)):
                    return places, False, False, False  # "... cấp tỉnh gồm TPHCM, tỉnh Bình Dương và tỉnh ..."
                if text.startswith("của", q) and allow_body and words:
                    body = self.links.body_at(SPACE.match(text, q + 3).end())
                    if body:
                        return body[0], False, False, True
                if text.startswith("của", q) and words and (owned := self.owned_period(q + 3)):
                    return owned, True, False, False
                break
            if words and ROMAN.match(text, q) and text[q - 1] == " ":
                r = ROMAN.match(text, q)
                assert r is not None
                a = self.r.amended_re.match(text, r.end())
                return (a.end() if a else r.end()), False, True, False
            if words and self.r.ordinal_re.search(text, pos, q) and (o := ORDINAL_NUMBER.match(text, q)):
                end = p = o.end()
                words += 1
                if term := self.r.meeting_term_re.match(text, end):
                    return term.end(), False, True, False
                continue
            if words and (pct := PERCENT.match(text, q)):
                end = p = pct.end()  # "nghị quyết về giảm 2% thuế giá trị gia tăng": a rate inside a subject
                words += 1
                continue
            if words and (levels := self.r.levels_re.match(text, q)):
                end = p = levels.end()  # "mô hình chính quyền địa phương 2 cấp": its levels, no number
                words += 2
                continue
            if not words and self.r.conjunction_re.match(text, q):
                break  # "ban hành Nghị quyết và cho rằng ...": the type word alone, no name
            tok = DOC_TOKENS.match(text, q)
            if tok is None:
                break
            t = tok.group(0)
            if t == "và" and words and self.document_next(tok.end()):
                break  # "nghị quyết về ... vụ án hình sự và Luật Phòng, chống mua bán người": another document
            if t == "-" and words and (re.match(r"[ \t]+-[ \t]+[^\W\d_]", text[p : q + 3])
                                       or p == q and re.match(r"-[^\W\d_]", text[q : q + 2])):
                p = tok.end()  # "kinh tế - xã hội", "Hiệp định Việt-Pháp"
                continue
            if t == "." and words and p == q and INNER_PERIOD.match(text, q - 1):
                p = tok.end()  # "TP.HCM": a period inside an abbreviation does not end the name
                continue
            if t == "," and (0 < words <= comma_words or enum and since_comma > 0) and self.enum_goes_on(q + 1) \
                    and re.match(r",[ \t]+[^\W\d_A-ZĐ]", text[q : q + 3]):
                p = tok.end()
                since_comma = 0
                continue
            if not t[0].isalpha():
                break
            words += 1
            since_comma += 1
            end = p = tok.end()
        return self.without_trailing(pos, end), False, False, False

    def owned_period(self, pos: int, max_words: int = 12) -> int | None:
        """After 'của' at ``pos``: lower-case words naming what a plan is of, then its period or horizon ("đề án
        phát triển giá trị đa dụng của hệ sinh thái rừng đến năm 2030, tầm nhìn đến năm 2050"): the end of that
        period, else None (a body, a place, a capital, a stop word or a comma first: the owner, no part of it)."""
        text, p, words = self.text, pos, 0
        while words <= max_words:
            q = SPACE.match(text, p).end()
            if words and (y := self.r.year_tail_re.match(text, q)):
                return y.end()
            tok = DOC_TOKENS.match(text, q)
            if tok is None or not tok.group(0)[0].isalpha() or not tok.group(0)[0].islower():
                return None
            if self.r.stop_re.match(text, q) or (not words and self.r.place_unit_re.match(text, q)):
                return None
            words += 1
            p = tok.end()
        return None

    def document_next(self, pos: int) -> bool:
        """After "và" at ``pos``: another document begins, a capitalized type word, a draft's word before it or not
        ("... và Luật Đất đai", "Luật Thuế VAT và dự thảo Luật Quản lý thuế")."""
        q = SPACE.match(self.text, pos).end()
        if draft := self.r.draft_next_re.match(self.text, q):
            q = draft.end()
        tw = self.r.type_word_re.match(self.text, q)
        return bool(tw) and tw.group(0)[:1].isupper()

    def place_tail(self, end: int) -> int | None:
        """'của' and a place after a plan's name ending at ``end`` ("... năm 2016 của TP Nha Trang", "... của huyện Bình
        Sơn, thời kỳ 2021 - 2030"): the end of the place's capitalized name (and of a period after a comma), else
        None."""
        m = self.r.place_of_re.match(self.text, end)
        if m is None:
            return None
        last, p = None, m.start() + len(m.group(0).rstrip(" \t."))
        for _ in range(4):
            w = PLACE_WORD.match(self.text, p)
            if w is None or not w["w"][0].isupper():
                break
            last = p = w.end()
        if last is None:
            return None
        period = self.r.place_period_re.match(self.text, last)
        return period.end() if period else last

    def place_list_end(self, pos: int) -> int | None:
        """'gồm' and a list of two or more places that ends the clause ("gồm TPHCM, tỉnh Bình Dương và tỉnh Bà Rịa -
        Vũng Tàu."): the end of the last place, else None."""
        text = self.text
        lead = self.r.place_list_re.match(text, pos)
        if lead is None:
            return None
        p, items, last = lead.end(), 0, None
        while True:
            unit = self.r.place_unit_re.match(text, p)
            run = self._capitalized_run(unit.end() if unit else p)
            if run is None:
                return None
            items, last = items + 1, run
            sep = LIST_SEP.match(text, run)
            if sep is None:
                break
            p = sep.end()
        return last if items >= 2 and CLAUSE_END.match(text, last) else None

    def _capitalized_run(self, q: int) -> int | None:
        """The end of the capitalized words starting at ``q`` ("Bà Rịa - Vũng Tàu", "TP.HCM"), else None."""
        end = None
        w = WORD.match(self.text, q)
        while w and w.group(0)[0].isupper():
            end = w.end()
            sep = WORD_SEP.match(self.text, end)
            if sep is None:
                break
            w = WORD.match(self.text, sep.end())
        return end

    def issued_after(self, end: int) -> bool:
        """'(đã) được <body> thông qua / ban hành' right after a name ending at ``end`` ("nghị quyết về dự toán ngân
        sách nhà nước năm 2025 được Quốc hội thông qua"): the name is an issued document's."""
        lead = self.r.passive_lead_re.match(self.text, end)
        body = self.links.body_at(lead.end()) if lead else None
        return bool(body) and bool(self.r.passive_verb_re.match(self.text, body[0]))

    def quoted_tail(self, start: int, end: int) -> int:
        """A quoted title after a name that ends with a title lead ("Nghị quyết về giám sát chuyên đề “Việc thực
        hiện ...”", "Đề án về chủ đề “...”") belongs to it: the end past its closing quote, else ``end``."""
        if not self.r.title_lead_re.search(self.text, start, end):
            return end
        q = QUOTED.match(self.text, end)
        return q.end() if q else end

    def subject_end(self, pos: int, max_words: int = 60) -> int | None:
        """The end of a subject a document is named by, starting at ``pos`` ("về thí điểm một số cơ chế,
        chính sách đặc thù phát triển nhà ở xã hội"): it runs to the clause end, i.e. to ". ; : ( \\n", a
        quote, a comma before a capitalized word or a clause opener, a word that begins a predicate
        (``subject_end``) or "và" before another capitalized type word. A "(sửa đổi)" after it is part
        of it. None when no clause end comes within ``max_words`` words (where it ends is unclear)."""
        text = self.text
        end = p = pos
        words = 0
        while words <= max_words:
            q = SPACE.match(text, p).end()
            if q >= len(text) or text[q] in ".;:!?\n\"“”…[]":
                break
            if text[q] == "(":
                a = self.r.amended_re.match(text, end)
                if a and words:
                    end = a.end()
                break
            if words and (self.r.subject_end_re.match(text, q) or self.r.clause_opener_re.match(text, q)):
                break
            if words and text[q].isupper() and (w := DOC_TOKENS.match(text, q)) and (
                    self.r.stop_re.fullmatch(w.group(0).lower()) or self.r.trailing_re.search(" " + w.group(0).lower())):
                break  # "... giá trị gia tăng Các đại biểu ...": a new sentence glued on (a caption)
            if text[q] == ",":
                nxt = SPACE.match(text, q + 1).end()
                if nxt >= len(text) or not text[nxt].isalpha() or text[nxt].isupper() or not self.enum_goes_on(q + 1):
                    break
                p = q + 1
                continue
            tok = DOC_TOKENS.match(text, q)
            if tok is None:
                break
            if tok.group(0) == "và" and self.document_next(tok.end()):
                break  # "... nhà ở xã hội và Luật Đất đai": another document
            words += 1
            end = p = tok.end()
        else:
            return None
        return self.without_trailing(pos, end) if words else None

    def without_trailing(self, pos: int, end: int) -> int:
        """The end of the name in [pos, end) without the prepositions and conjunctions it would end with ("... về
        việc của"); a noun's last word stays ("... sang đất ở"), and so does "số" before no number, the last word
        of a word ("chuyển đổi số", "dân tộc thiểu số")."""
        text = self.text
        while True:
            t = self.r.trailing_re.search(text, pos, end)
            if not t or t.start() <= pos or self.r.noun_end_re.search(text, pos, end):
                return end
            if t.group(0).strip() in self.r.number_words and not NUMBER_AFTER.match(text, end, end + 4):
                return end
            end = t.start()

    def draft_owner(self, pos: int) -> tuple[int, str] | None:
        """After a drafted type word: "của <body> về ..." -> (start of "về ...", the body)."""
        c = re.match(r"[ \t]+của[ \t]+", self.text[pos : pos + 8])
        if c is None:
            return None
        body = self.links.body_at(pos + c.end())
        if body is None:
            return None
        v = re.match(r"[ \t]+(?=về[ \t])", self.text[body[0] : body[0] + 6])
        return (body[0] + v.end(), body[1]) if v else None

    def enum_goes_on(self, pos: int) -> bool:
        """After a comma inside an enumerated title: the next item is no clause word ("trong đó", "để")."""
        q = SPACE.match(self.text, pos).end()
        return not (self.r.stop_re.match(self.text, q) or self.r.clause_opener_re.match(self.text, q)
                    or self.r.comma_stop_re.match(self.text, q))
