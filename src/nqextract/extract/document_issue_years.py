"""documents, a short number followed by the year its document was issued ("Nghị định số 52 năm 2012", "Kế hoạch
số 12 năm 2024 của UBND huyện", "nghị định 08 năm 2019 về ..."): the document is numbered by the number, and the
year is no part of a name. A plan over a span of years ("Kế hoạch 5 năm 2021-2025", "kế hoạch 5 năm 2016 - 2020")
is none: a range of years after it, or a one-digit count without the number word, keeps it a count.

The words ("số", "năm") are the rules' data (``number_word``, ``year_word`` links of document_types.tsv)."""

from __future__ import annotations

import re

from .document_rules import DocumentRules

_DIGITS = re.compile(r"\d{1,5}")
# "... năm 2016 - 2020", "... năm 2021–2025": the year opens a range
_RANGE_AFTER = re.compile(r"[ \t]*[-–][ \t]*(?:19|20)?\d\d(?!\d)")


def issue_year_end(text: str, pos: int, rules: DocumentRules, counted: bool) -> int | None:
    """The end of "<number> năm <year>" right after ``pos`` (after the number when ``counted`` is False, after the
    type word when True: a number of one digit only after the number word); None when no issue year follows, or
    when the year opens a range."""
    if counted:
        lead = rules.number_next_re.match(text, pos)  # " số 1", " 1"
        if lead is None:
            return None
        digits = _DIGITS.match(text, lead.end() - 1)
        if digits is None or len(digits.group(0)) == 1 and not text[pos : lead.end() - 1].strip():
            return None  # "Kế hoạch 5 năm 2026": a count of years without the number word
        pos = digits.end()
    year = rules.number_year_re.match(text, pos)
    if year is None or _RANGE_AFTER.match(text, year.end()):
        return None
    return year.end()


def numbered_with_year(text: str, pos: int, rules: DocumentRules) -> bool:
    """After a type word: a number and the year it was issued ("Nghị định số 52 năm 2012"), no name."""
    return issue_year_end(text, pos, rules, counted=True) is not None
