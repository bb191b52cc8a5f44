"""The bodies' rules about a unit printed with its field in lower case before its parent body ("Phòng cảnh sát
kinh tế Công an tỉnh X"): the lower_unit rows of body_patterns.tsv (form = the unit's head and the first word of
its field, value = the head of the parent body that must follow the field)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .body_phrases import key

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
