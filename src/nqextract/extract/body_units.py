"""The bodies' rules about what follows a head: a unit printed with its field in lower case before its parent body
("Phòng cảnh sát kinh tế Công an tỉnh X"; the lower_unit rows of body_patterns.tsv, form = the unit's head and the
first word of its field, value = the head of the parent body that must follow the field), and a head coordinated
with another body ("Đảng và Nhà nước Cuba"; the coordinated_after rows, value = the words after the head)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..textnorm import fold
from .body_phrases import key, phrase_regex

if TYPE_CHECKING:
    from .body_rules import BodyRules


def compile_lower_units(rules: BodyRules, by_kind: dict[str, list[tuple[str, str]]]) -> None:
    """(the head and field on the lower-cased text, the field's start as group 1; the parent's printed head)."""
    for form, parent in by_kind["lower_unit"]:
        head, _, field = key(form).partition(" ")
        if not field or not parent.strip():
            continue
        rx = re.compile(r"(?<!\w)" + re.escape(head) + r"[ \t]+(" + r"[ \t]+".join(map(re.escape, field.split()))
                        + r")(?!\w)")
        rules.lower_units.append((rx, parent.strip()))


def compile_coordinated(rules: BodyRules, by_kind: dict[str, list[tuple[str, str]]]) -> None:
    """head (folded) -> the words after it that coordinate it with another body, on the lower-cased text."""
    rules.coordinated = {
        fold(f): re.compile(r"\s+(?:" + "|".join(phrase_regex(w, False) for w in v.split("|")) + r")(?!\w)")
        for f, v in by_kind["coordinated_after"]
    }
