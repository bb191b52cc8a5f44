"""An assignee printed wholly in abbreviations ("UBND TPHCM", "NHNN", "UNESCO", "UBND TP" in an article about
Hà Nội) is named by the body's full name, the one the bodies stage gave that mention (an analyst, and the
gold, write "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Ngân hàng Nhà nước Việt Nam"). A name with words of
its own beside an abbreviation ("Bộ KHĐT", "Công an TP Thủ Đức") stays as printed. An abbreviation the article
defined in parentheses right after a body's name ("Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam (VEC)",
"Ngân hàng Đầu tư Cơ sở hạ tầng châu Á (AIIB)"), its letters those of a foreign name, is named by that body."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

from ...models import Task

# a word printed in capitals (two letters or more): an abbreviation ("UBND", "TP", "NHNN", "TP.HCM")
_SHORT_WORD = re.compile(r"(?<!\w)[A-ZĐ]{2,}(?:\.[A-ZĐ]+)*(?!\w)")


def mention_name(t: Task, bodies: list, text: str) -> str | None:
    """The name the bodies stage gave the one body mention (``bodies``) printed exactly where ``t``'s
    assignee is printed inside the task's span of ``text``; None when no mention is there."""
    name = t.assignee
    at = text.find(name, t.start, t.end) if name else -1
    if at < 0:
        return None
    end = at + len(name)
    return next((f.kb for f in bodies if f.start == at and f.end == end), None)


def spelled_out(t: Task, bodies: list, text: str) -> Task:
    """``t`` with its assignee spelled out when the assignee, where the task prints it, is exactly one
    body mention written in abbreviations only; else ``t`` as it is."""
    name = t.assignee
    if not name or not all(_SHORT_WORD.fullmatch(w) for w in name.split()):
        return t
    full = mention_name(t, bodies, text)
    if not full or full == name or _SHORT_WORD.search(full):
        return t  # no mention there, or its name is no fuller
    return t.model_copy(update={"assignee": full})


def _initial(syllable: str) -> str:
    letter = unicodedata.normalize("NFD", syllable[:1].lower())[:1]
    return "d" if letter == "đ" else letter


def defined_short_form(t: Task, text: str, determiners: Collection[str] = ()) -> Task:
    """"... các tổ chức tín dụng (TCTD) ... chỉ đạo các TCTD rà soát ...": an assignee printed as an
    abbreviation the article defined earlier in parentheses, with the words its letters stand for (one
    syllable a letter, each opening with that letter), is named by those words; a determiner before it
    (one of ``determiners``, the ``short_form_determiner`` rows) stays."""
    words = (t.assignee or "").split()
    k = 1 if len(words) == 2 and words[0] in determiners else 0
    if len(words) != k + 1 or not _SHORT_WORD.fullmatch(words[k]) or "." in words[k]:
        return t
    short = words[k]
    at = text.find(f"({short})", 0, t.start)
    if at < 0:
        return t
    before = text[max(0, at - 80):at].split()
    n = len(short)
    if len(before) < n:
        return t
    long = before[-n:]
    if any(_initial(w) != _initial(c) or not w.isalpha() for w, c in zip(long, short)):
        return t
    return t.model_copy(update={"assignee": " ".join(words[:k] + long)})


def defined_body(t: Task, bodies: list, text: str) -> Task:
    """"... Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam (VEC) ... yêu cầu VEC phải trả ...": an
    assignee printed as one abbreviation that the article defined, before the task, in parentheses right
    after a body's name (the letters of a foreign name, so no syllable matches them) is named by that body."""
    short = (t.assignee or "").strip()
    if not _SHORT_WORD.fullmatch(short) or "." in short:
        return t
    at = text.find(f"({short})", 0, t.start)
    if at < 0:
        return t
    named = [f for f in bodies if f.end <= at and not text[f.end:at].strip()]
    if not named:
        return t
    full = max(named, key=lambda f: f.end).kb
    if not full or _SHORT_WORD.search(full):
        return t
    return t.model_copy(update={"assignee": full})
