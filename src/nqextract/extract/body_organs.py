"""The bodies' rules about a foreign state's organ named at length with its country printed last ("Lực lượng Vệ
binh Cách mạng Hồi giáo Iran", "Văn phòng truyền thông tổng thống Philippines", "Cục Thuế tiêu thụ đặc biệt Thái
Lan"): the capitalized heads that open such a name (organ_head rows of body_patterns.tsv), the words that end the
run before any country (organ_stop: prepositions, verbs taking a country as object, "của", "ở", "cáo buộc", the
descriptors of a common noun, "chức năng", "phi chính phủ", and a title's "trưởng"), the state words one of which a
run printed wholly in lower case must hold (organ_state_word: "tổng thống", "quốc gia", "vũ trang"), and the words
before a head that make it part of another name (organ_not_after: "căn cứ Không quân ..."); the lower-case heads of a
foreign armed force or government named by its country alone where it opens a clause (force_head: "quân đội", "lực
lượng không quân", "chính phủ"; flagged whole: the country's whole armed force, "quân đội", "lực lượng phòng vệ"), and
the conjunctions and verbs that may open that clause (force_subject_after: "khi", "theo", "cho thấy";
bodies/forces.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..textnorm import fold

if TYPE_CHECKING:
    from .body_rules import BodyRules

ORGAN_KINDS = frozenset({"organ_head", "organ_stop", "organ_not_after", "organ_state_word", "force_head",
                         "force_subject_after"})


@dataclass(frozen=True)
class OrganRules:
    heads: re.Pattern[str]  # on the lower-cased text: a head and the blank after it
    stops: frozenset[str]  # folded words (one to three syllables) that end the run
    not_after: re.Pattern[str] | None  # on the lower-cased text, ending right before the head
    state_words: tuple[str, ...] = ()  # folded; a run wholly in lower case holds one of them ("tổng thống")
    force_heads: re.Pattern[str] | None = None  # on the lower-cased text: a force's head ("quân đội"), no blank after
    force_after: dict[str, str] | None = None  # folded conjunction before such a force -> "opening" or ""
    force_whole: frozenset[str] = frozenset()  # folded force heads naming a country's whole armed force ("quân đội")

    def has_state_word(self, folded: str) -> bool:
        """``folded`` (folded words joined by blanks) holds a state word as whole words."""
        padded = f" {folded} "
        return any(f" {w} " in padded for w in self.state_words)


def _alternation(forms: list[str], tail: str) -> re.Pattern[str] | None:
    alts = sorted(sorted({re.escape(fold(f)) for f in forms if f.strip()}), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")" + tail) if alts else None


def compile_organs(rules: BodyRules, by_kind: dict[str, list[tuple[str, str]]]) -> None:
    heads = _alternation([f for f, _ in by_kind["organ_head"]], r"[ \t]+")
    if heads is None:
        return
    rules.organs = OrganRules(heads, frozenset(" ".join(fold(f).split()) for f, _ in by_kind["organ_stop"]),
                              _alternation([f for f, _ in by_kind["organ_not_after"]], r"[ \t]+$"),
                              tuple(" ".join(fold(f).split()) for f, _ in by_kind["organ_state_word"]),
                              _alternation([f for f, _ in by_kind["force_head"]], ""),
                              {" ".join(fold(f).split()): v.strip() for f, v in by_kind["force_subject_after"]},
                              frozenset(" ".join(fold(f).split()) for f, v in by_kind["force_head"] if v.strip() == "whole"))
