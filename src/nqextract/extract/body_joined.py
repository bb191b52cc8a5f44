"""The bodies' rules about a body's head printed in lower case right after a title, the two glued ("Trưởng ban
Tuyên giáo ...", "phó tổng biên tập báo X"): the title_joined, officer_joined and joined_head rows of
body_patterns.tsv. Only title_joined rows let a defined short form or an anaphor head printed in lower case after
them name their body (``BodyRules.title_joined``, read by ``bodies/aliases.py``); officer_joined rows glue a head
only ("Chủ tịch ủy ban ..." is no reference to the article's committee)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..textnorm import lower_same_length
from .body_phrases import phrase_regex

if TYPE_CHECKING:
    from .body_rules import BodyRules

JOINED_KINDS = {"title_joined", "officer_joined", "joined_head"}


def compile_joined(rules: BodyRules, by_kind: dict[str, list[tuple[str, str]]]) -> None:
    """A title then a lower-case head (``joined_head``, group 1 its start, on the lower text), the titles before a
    lower-case alias (``title_joined``) and each head's value (``joined_values``: "parent", named only with its parent,
    ``joined_parented``; "whole", never cut before another body)."""
    aliased = [f for f, _ in by_kind["title_joined"]]
    titles = aliased + [f for f, _ in by_kind["officer_joined"]]
    rules.title_joined = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, aliased)) + r")\s+$")
    rules.joined_values = {f: v for f, v in by_kind["joined_head"] if v}
    rules.joined_parented = frozenset(f for f, v in rules.joined_values.items() if v == "parent")
    if heads := [f for f, _ in by_kind["joined_head"]]:  # "trưởng ban " / "phó trưởng ban "
        rules.joined_head = re.compile(
            r"(?<!\w)(?:" + "|".join(phrase_regex(lower_same_length(f), macros=False) for f in titles)
            + r")\s+(" + "|".join(map(re.escape, heads)) + r")[ \t]+(?=\w)")
