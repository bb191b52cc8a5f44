"""dates: a year-less day right after a document's noun (a few lower-case words of its kind between them) and before
its issuer or its subject is the day the document was issued, already past ('quyết định đình chỉ ngày 3-5 của cơ quan
điều tra', 'thư khen ngày 26-4 về ...': ``issued_nouns`` of date_words.json). Not so a day to come: a plan or a
deadline before it in its sentence ('Bộ sẽ ban hành thông tư ngày 1-7 về ...', 'Nghị quyết có hiệu lực ngày 15-5',
'yêu cầu gửi báo cáo ngày 15-4 về ...': ``future_before``), a sending verb before the noun with 'về' and a capitalized
name after the day, where the paper goes ('gửi báo cáo ngày 15-4 về UBND tỉnh': ``send_verbs``; 'về việc ...' is its
subject), nor a day its nearest year puts shortly after the article date (within ``narrative_past``'s days) in a
sentence with no word of the past: such a day is the one to come."""

from __future__ import annotations

import re

from .phrases import alternation

_NEXT = re.compile(r"[ \t]+(\w)")


def _words(section: dict, key: str) -> list[str]:
    return [w for w in section.get(key, []) if not w.startswith("_")]


def _capital_next(text: str, pos: int) -> bool:
    """A capitalized word after ``pos``: a body's name after 'về' ('về UBND tỉnh'), not a subject ('về việc ...')."""
    m = _NEXT.match(text, pos)
    return m is not None and m.group(1).isupper()


class IssuedDays:
    """Reads the ``issued_nouns`` section: the nouns, the words never between a noun and its day, the issuer or
    subject words after the day, the plans and deadlines and the sending verbs that make it a day to come."""

    def __init__(self, section: dict, near_days: int) -> None:
        nouns, between_not = _words(section, "words"), _words(section, "between_not")
        self.before = re.compile(
            r"(?<!\w)" + alternation(nouns) + r"(?P<between>(?:[ \t]+(?!" + alternation(between_not) + r"(?!\w))"
            r"[^\W\d_]+){0,3}?)[ \t]+(?:ngày[ \t]+)?$", re.I) if nouns else None
        self.after = re.compile(r"[ \t]*(?P<w>" + alternation(_words(section, "after")) + r")(?!\w)", re.I)
        future = _words(section, "future_before")
        self.future = re.compile(r"(?<!\w)" + alternation(future) + r"(?!\w)", re.I) if future else None
        send = _words(section, "send_verbs")
        self.send = re.compile(r"(?<!\w)" + alternation(send) + r"(?!\w)", re.I) if send else None
        self.near_days = near_days

    def past(self, text: str, start: int, end: int, sentence_start: int, ahead: int, past_word: bool) -> bool:
        """Whether the day ``text[start:end]`` is a document's issue day, past. ``sentence_start``: where its
        sentence opens; ``ahead``: how many days its nearest year puts it after the article date; ``past_word``:
        whether its sentence holds a word of the narrated past."""
        if self.before is None:
            return False
        b = self.before.search(text, max(0, start - 60), start)
        if b is None or (b["between"] and not b["between"].islower()):
            return False
        a = self.after.match(text, end)
        if a is None:
            return False
        lead = max(sentence_start, 0)
        if self.future is not None and self.future.search(text, lead, start):
            return False  # 'Bộ sẽ ban hành thông tư ngày 1-7 về ...': a document to come
        if self.send is not None and a["w"].lower() == "về" and _capital_next(text, a.end()) \
                and self.send.search(text, lead, b.start()):
            return False  # 'gửi báo cáo ngày 15-4 về UBND tỉnh': 'về' and a body is where it goes, the day a deadline
        return not (0 < ahead <= self.near_days and not past_word)  # 'thông báo ... ngày 30-4 của ...' in April
