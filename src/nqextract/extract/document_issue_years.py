"""documents, a short number followed by the year its document was issued ("Nghị định số 52 năm 2012", "Kế hoạch
số 12 năm 2024 của UBND huyện", "Nghị định 147 năm 2014 về ..."): the document is numbered by the number, and the
year is no part of a name. A plan over a span of years is none: a span word after the year ("Kế hoạch 10 năm 2021
đến 2030", "kế hoạch 5 năm 2016 - 2020", "... năm 2026 và tầm nhìn đến năm 2050") keeps the number a count of
years. Without the number word the type word must be capitalized and the number must be one no count of years or
anniversary is printed as: three digits or more, or a leading zero ("Nghị định 08 năm 2019"; "Chương trình 30 năm
2025" is thirty years; "kế hoạch 10 năm 2026" a count).

The words ("số", "năm", the span words) are the rules' data (``number_word``, ``year_word``, ``span_word`` links of
document_types.tsv; ``number_year_re`` matches no year a span word follows)."""

from __future__ import annotations

import re

from .document_rules import DocumentRules

_DIGITS = re.compile(r"\d{1,5}")


def bare_issue_number(number: str, cap: bool) -> bool:
    """Whether a number printed without the number word, after a type word capitalized (``cap``) or not, may be
    numbered by an issue year after it: never a count of years ("Kế hoạch 10 năm 2026", "kế hoạch 27 năm 2023")."""
    return cap and (len(number) >= 3 or len(number) >= 2 and number.startswith("0"))


def issue_year_end(text: str, pos: int, rules: DocumentRules, number: str | None = None, cap: bool = True) -> int | None:
    """The end of "<number> năm <year>" right after ``pos``: after the type word when ``number`` is None, else after
    that number (``cap``: its type word capitalized); None when no issue year follows, when the year opens a span,
    or when a number without the number word may be a count of years (:func:`bare_issue_number`)."""
    if number is None:
        lead = rules.number_next_re.match(text, pos)  # " số 1", " 1"
        if lead is None:
            return None
        digits = _DIGITS.match(text, lead.end() - 1)
        if digits is None:
            return None
        if not text[pos : lead.end() - 1].strip() and not bare_issue_number(digits.group(0), cap):
            return None  # "Kế hoạch 5 năm 2026", "Chương trình 30 năm 2025": a count of years, no number word
        pos = digits.end()
    year = rules.number_year_re.match(text, pos)
    return None if year is None else year.end()


def numbered_with_year(text: str, pos: int, rules: DocumentRules, cap: bool) -> bool:
    """After a type word (``cap``: capitalized): a number and the year it was issued ("Nghị định số 52 năm 2012"),
    no name."""
    return issue_year_end(text, pos, rules, cap=cap) is not None
