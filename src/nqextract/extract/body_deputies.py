"""The bodies' rules about a deputy printed with his province in parentheses ("đại biểu Nguyễn Văn A (Đoàn ĐBQH
tỉnh X)"): the deputy_title, deputy_context, deputy_paren_word and deputy_paren_level rows of body_patterns.tsv."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .body_phrases import key

if TYPE_CHECKING:
    from .body_rules import BodyRules


def _spaced(form: str) -> str:  # a lower-cased, tone-canonical phrase, its spaces any run of white space
    return r"\s+".join(re.escape(w) for w in key(form).split())


def compile_deputies(rules: BodyRules, by_kind: dict[str, list[tuple[str, str]]]) -> None:
    """A deputy printed with his province in parentheses (deputy_* rows of body_patterns.tsv)."""
    if titles := sorted(by_kind["deputy_title"], key=lambda fv: len(fv[0]), reverse=True):
        rules.deputy_delegations = {" ".join(key(f).split()): v for f, v in titles}
        rules.deputy_before = re.compile(r"(?<!\w)(?P<title>" + "|".join(_spaced(f) for f, _ in titles)
                                         + r")\s+(?P<name>(?:\S+\s+){1,3}\S+)\s*$")
    rules.deputy_contexts = tuple(key(f) for f, _ in by_kind["deputy_context"])
    rules.deputy_paren = re.compile(r"\((?:(?:" + ("|".join(_spaced(f) for f, _ in by_kind["deputy_paren_word"]) or "(?!)") + r")\s+)?")
    levels = sorted((key(f) for f, _ in by_kind["deputy_paren_level"]), key=len, reverse=True)
    rules.deputy_level = re.compile(r"(?:" + "|".join(re.escape(f) for f in levels) + r")\s*") if levels else None
