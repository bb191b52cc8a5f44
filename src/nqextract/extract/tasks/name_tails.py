"""Two repairs of an assignee printed as a named body's (or a person's) mention.

An assignee that ran on past the name into the action's first words ("yêu cầu Đảng bộ TP.Hà Nội kiến tạo
một mô hình | quản trị ...", "buộc UBND tỉnh X cấp giấy | chứng nhận ...", "giao cho Phòng Y trực tiếp |
liên hệ ...") ends where the mention the bodies (or persons) stage found ends, when the lower-case words after
it open an action (a ``directive`` or ``name_tail_opener`` phrase); those words go back to the action. A body's
name ends where its mention is printed ("Sở Xây dựng TP.HCM", its full name's last word "Minh" unprinted), a
person's at the full name's last word. Words that go on naming ("Sở Y tế cùng các địa phương", "Công an huyện
và chính quyền địa phương") stay.

An assignee printed as exactly one body's mention whose name holds a city written short ("Cảnh sát PCCC TP
HCM", "Tổng công ty Điện lực TPHCM", "Đảng bộ TP.Hà Nội"; a ``city_short`` phrase) is named by the body's
full name, as the gold writes it ("Cảnh sát Phòng cháy chữa cháy Thành phố Hồ Chí Minh")."""

from __future__ import annotations

import re
from collections.abc import Collection

from ...models import Task
from .full_names import mention_name
from .words import phrase_words

MAX_TAIL_WORDS = 6  # the action's words an assignee ran on over, at most
_TAIL = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")  # lower-case words only, one space apart (checked below)


def _opens(tail: str, openers: Collection[tuple[str, ...]], adverbs: Collection[tuple[str, ...]] = ()) -> bool:
    """``tail`` opens with one of ``openers`` (phrases as :func:`.words.phrase_words` gives them), after one
    of ``adverbs`` at most ("cùng | phối hợp ...")."""
    words = phrase_words(tail)
    skip = next((len(a) for a in adverbs if words[:len(a)] == a), 0)
    return any(words[skip:skip + len(p)] == p for p in openers)


def _prints(name: str, phrases: Collection[tuple[str, ...]]) -> bool:
    """``name`` prints one of ``phrases`` (as :func:`.words.phrase_words` gives them) as whole words."""
    words = phrase_words(name)
    if any(words[i:i + len(p)] == p for p in phrases for i in range(len(words) - len(p) + 1)):
        return True
    # a phrase ending with "." matches the word glued to it too ("tp." in "TP.Hà Nội", "TP.HCM")
    return any(p[-1] == "." and words[i:i + len(p) - 2] == p[:-2] and words[i + len(p) - 2].startswith(p[-2] + ".")
               for p in phrases if len(p) >= 2 for i in range(len(words) - len(p) + 2))


def _name_end(f, text: str, at: int, end: int) -> int:
    """Where the name of a person's mention ``f`` ends inside the assignee printed at ``text[at:end]`` (its
    full name's last word, printed within the mention: a mention's span may take in a glued word after the
    name, "Lê Thị B sửa"), else -1."""
    words = f.kb.split()
    if not words:
        return -1
    last = words[-1].lower()
    stop = min(f.end, end)
    for m in reversed(list(re.finditer(r"\w+", text[max(f.start, at):stop]))):
        if m.group(0).lower() == last:
            return max(f.start, at) + m.end()
    return -1


def tail_to_action(t: Task, printed: list, names: list, text: str, openers: Collection[tuple[str, ...]],
                   adverbs: Collection[tuple[str, ...]] = ()) -> Task:
    """``t`` with the action's opening words its assignee ran on over given back to the action; else ``t``.
    ``printed``: the bodies' mentions as printed (a name ends at the mention's end); ``names``: the persons'
    mentions (a name ends at its full name's last word); ``openers``: phrases opening an action, after one of
    ``adverbs`` at most."""
    name = t.assignee
    at = text.find(name, t.start, t.end) if name else -1
    if at < 0:
        return t
    end = at + len(name)
    ends = [f.end for f in printed if at <= f.start < f.end <= end]
    ends += [_name_end(f, text, at, end) for f in names if f.start < end and f.end > at]
    cut = max(ends, default=-1)
    if cut < 0:
        return t
    tail = text[cut:end].strip()
    if not tail or not _TAIL.fullmatch(tail) or tail != tail.lower() or len(tail.split()) > MAX_TAIL_WORDS:
        return t
    if not text[end:t.end].lstrip().startswith(t.action[:20]):
        return t  # the action is not printed right after the assignee
    if not _opens(f"{tail} {t.action}", openers, adverbs):  # "cụ thể | hóa ...": the tagger's cut inside a verb
        return t
    begin, stop = text.find(tail, cut, end), text.find(t.action, end, t.end)
    action = text[begin:stop + len(t.action)] if stop >= 0 else f"{tail} {t.action}"  # as printed
    return t.model_copy(update={"assignee": text[at:cut].strip(), "action": action})


def city_spelled(t: Task, bodies: list, text: str, city_shorts: Collection[tuple[str, ...]]) -> Task:
    """``t`` with its assignee named by the body's full name when the assignee is exactly one body's mention
    (``bodies``: the mentions as printed) printing a city short (one of ``city_shorts``); else ``t``."""
    name = t.assignee
    if not name:
        return t
    if not _prints(name, city_shorts):
        return t
    full = mention_name(t, bodies, text)
    if not full or full == name or _prints(full, city_shorts):
        return t
    return t.model_copy(update={"assignee": full})
