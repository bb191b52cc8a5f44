"""Photo captions in scraped text: a caption's photo credit, and the captions kept in the text because they
name a person (chrome_captions.tsv person rows: "Phó Thủ tướng A phát biểu - Ảnh: VGP/B" keeps "Phó Thủ tướng A
phát biểu"; the ledger gold lists the persons a caption names)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..resources import load_lines, load_tsv
from ..textnorm import fold

_CREDIT = re.compile(r"[\s_(\-–]*\b(?:Ảnh|ảnh|Nguồn|Photo|Video|Clip|Đồ họa|Đồ hoạ|Infographic)[^:]{0,20}:")


_ENDED = re.compile(r"[.!?…]$")


class CaptionLine(Protocol):
    text: str
    drop: bool
    reason: str


def caption_head(line: str) -> str:
    """The caption before its photo credit ('Ảnh: ...')."""
    return _CREDIT.split(line, maxsplit=1)[0].strip()


def caption_sized(line: str) -> bool:
    """A caption with its credit: at most two sentences and 60 words before 'Ảnh:'."""
    head = caption_head(line)
    return len(head.split()) <= 60 and len(re.findall(r"[.!?…](?:\s|$)", head)) <= 2


def starts_with_any(key: str, prefixes: tuple[str, ...]) -> bool:
    return any(key == p or key.startswith(p + " ") for p in prefixes)


def ends_with_action(key: str, actions: tuple[str, ...]) -> bool:
    """The line closes with a caption verb phrase, optionally followed by 'tại/với/cùng ...'."""
    head = re.split(r"\s(?:tại|với|cùng|trong|ở)\s", key, maxsplit=1)[0]
    return any(head == a or head.endswith(" " + a) for a in actions)


@dataclass(frozen=True)
class PersonCaptionRules:
    """What keeps a caption naming a person: its opening titles and honorifics (chrome_captions.tsv ``person``),
    the doings right after the name (``deed``), the task cues it must not hold (task_verbs.tsv cue rows) and the
    family names a person's name opens with (person_surnames.txt), the words that make the name after them a
    body's (``namers``: body heads of person_body_heads.txt but the qualifiers of body_patterns.tsv, "Công ty",
    "Trường"; its level words, "phường", "xã"; legal forms, "Cổ phần"; school levels, "THPT") and the known bodies'
    printed names (bodies.tsv: "Bộ Công an" before a name is the minister's); all folded."""

    persons: tuple[str, ...]
    deeds: tuple[str, ...]
    cues: tuple[str, ...]
    surnames: frozenset[str]
    namers: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()

    @classmethod
    def build(cls, captions: list[dict[str, str]], rules_dir: Path | None) -> PersonCaptionRules:
        def rows(kind: str) -> tuple[str, ...]:
            return tuple(sorted((fold(r["text"]) for r in captions if r["kind"] == kind), key=len, reverse=True))

        cues = {fold(r["phrase"]) for r in load_tsv("task_verbs.tsv", rules_dir) if r["kind"] in _CUE_KINDS}
        patterns = load_tsv("body_patterns.tsv", rules_dir)
        qualifiers = {fold(r["form"]) for r in patterns if r["kind"] == "qualifier"}
        namers = {fold(h) for h in load_lines("person_body_heads.txt", rules_dir)} - qualifiers
        namers |= {fold(r["form"]) for r in patterns if r["kind"] in ("level", "legal_form")}
        namers |= {fold(r["form"]).split(" ", 1)[1] for r in patterns if r["kind"] == "school_level"}
        bodies = {fold(v) for r in load_tsv("bodies.tsv", rules_dir)
                  for v in [r["name"], *(r.get("variants") or "").split("|")] if v}
        return cls(persons=rows("person"), deeds=rows("deed"), cues=tuple(sorted(cues)),
                   surnames=frozenset(fold(s) for s in load_lines("person_surnames.txt", rules_dir)),
                   namers=frozenset(namers), bodies=frozenset(bodies))

    def names_body(self, before: str) -> bool:
        """The folded words ``before`` a name end with a word making it a body's name ("công ty", "phường",
        "cổ phần", "thpt"), and with no known body's name ("bộ công an")."""
        words = before.split()
        tails = {" ".join(words[i:]) for i in range(max(0, len(words) - 8), len(words))}
        return bool(tails & self.namers) and not tails & self.bodies


_CUE_KINDS = ("cue", "cue_verb", "cue_punct", "cue_request")


def _person_name(words: list[str], surnames: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of the first person's name among ``words``: two to four capitalized words, the first a
    listed family name, closing a run of capitalized words (a body's name maybe before it in the run)."""
    i = 0
    while i < len(words):
        if not _name_word(words[i]):
            i += 1
            continue
        j = i
        while j < len(words) and _name_word(words[j]):
            j += 1
            if words[j - 1].endswith(","):
                break
        for k in range(max(i, j - 4), j - 1):
            if fold(words[k]) in surnames:
                return k, j
        i = j
    return None


def _name_word(word: str) -> bool:
    """A capitalized word of letters: "Nguyễn", not "UBND" nor "ông"."""
    w = word.rstrip(",")
    return len(w) > 1 and w.isalpha() and w[0].isupper() and w[1:].islower()


def _holds(key: str, phrases: tuple[str, ...]) -> bool:
    return any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", key) for p in phrases)


_LIST_ITEM = re.compile(r"^\s*(?:[-–•+*]|\d{1,2}[.)]|[a-zđ]\))\s")


def _in_list(lines: list[CaptionLine], i: int) -> bool:
    """The line ``i`` stands inside a list: the previous non-empty line ends with ":" or it or the next one is a
    list's item ("- ...", "• ...", "1. ...", "a) ...")."""
    prev = next((ln.text.strip() for ln in reversed(lines[:i]) if ln.text.strip()), "")
    nxt = next((ln.text.strip() for ln in lines[i + 1:] if ln.text.strip()), "")
    return prev.endswith(":") or bool(_LIST_ITEM.match(prev)) or bool(_LIST_ITEM.match(nxt))


def keep_person_captions(lines: list[CaptionLine], rules: PersonCaptionRules) -> None:
    """A line dropped as a caption that opens with a person's title or honorific (``rules.persons``), prints a
    person's name no kept line prints, its offices maybe set off after it by commas, and right after them what he
    does (``rules.deeds``: "... phát biểu", "... điều hành Phiên họp") is kept as a sentence of its own, its photo
    credit cut off: the person it names counts. A caption holding a task cue ("... yêu cầu các bộ ...") stays
    chrome, and so do a group's ("A cùng các đại biểu ..."), a bare label of a name and its offices and a title
    before a body's name and no person's ("Giám đốc Sở Y tế phát biểu", "Giám đốc Công ty Hoàng Long phát biểu",
    "Chủ tịch UBND phường Trần Phú phát biểu"). A caption inside a list or right after a line ending with ":"
    stays chrome (kept, it would break the list of duties), and a person's second caption too."""
    kept = fold(" ".join(ln.text for ln in lines if not ln.drop))
    for i, ln in enumerate(lines):
        if not (ln.drop and ln.reason in ("caption", "credit")) or _in_list(lines, i):
            continue
        head = caption_head(ln.text)
        key = fold(head).rstrip(".")
        subject = next((p for p in rules.persons if key.startswith(p + " ")), None)
        if subject is None or _holds(key, rules.cues) or _holds(key, ("cùng",)):
            continue
        words = head.rstrip(".").split()[len(subject.split()):]
        span = _person_name(words, rules.surnames)
        if span is None:
            continue
        name = fold(" ".join(words[span[0]:span[1]]).rstrip(","))
        if rules.names_body(fold(" ".join([subject, *words[:span[0]]]))):
            continue
        rest = fold(" ".join(words[span[1]:]))
        if words[span[1] - 1].endswith(","):  # offices set off after the name: the doing follows the last one
            rest = rest.rsplit(",", 1)[-1].strip()
            rest = next((rest[m.start():] for m in re.finditer(r"(?:^|(?<=\s))\S", rest)
                         if starts_with_any(rest[m.start():], rules.deeds)), "")
        if not starts_with_any(rest, rules.deeds) or re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", kept):
            continue
        ln.text, ln.drop, ln.reason = head if _ENDED.search(head) else head + ".", False, "person-caption"
        kept += " " + name
