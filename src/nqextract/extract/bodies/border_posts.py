"""A border guard post ("Đồn Biên phòng Hòa Lộc"): its name is the place or the border gate it guards, printed
capitalized right after the head (a gate's lead words, "cửa khẩu quốc tế", or "số" and a number may come first),
and ends with the place: at the first lower-case word ("... Hòa Lộc [thông tin]", "... Nam Cường [xã] Nam Cường"),
a number, a parenthesis or a person's surname and name after it. The head is spelled as its border_post_head row
says ("Đồn biên phòng" -> "Đồn Biên phòng"). Posts listed after one head ("Đồn Biên phòng A, B và C") are each a
post, named with the head; a list holding a province or another body's head is no list of posts."""

from __future__ import annotations

from ...textnorm import fold
from ..body_rules import BodyRules
from .scan import BodyMatch, Text


def border_posts(t: Text, start: int, pos: int, head: str, rules: BodyRules) -> list[BodyMatch] | None:
    """The posts a border_post_head at ``start`` (its end at ``pos``) names; None for another head, [] for none
    ("Đồn Biên phòng đóng quân trên địa bàn xã X": the head alone names no post)."""
    posts = rules.name_words.posts
    spelling = posts.heads.get(fold(head))
    if spelling is None:
        return None
    if t.raw[pos : pos + 1] != " ":
        return []
    q = pos + 1
    lead = posts.lead.match(t.low, q) if posts.lead is not None else None
    end = _place_end(t, lead.end() if lead else q, rules)
    if end is None:
        return []
    out = [BodyMatch(start, end, " ".join(f"{spelling} {t.tones[q:end]}".split()), "proper", head=head)]
    items, p = [], end  # "Đồn Biên phòng A, B và C": each a post
    while (sep := t.raw[p : p + 4]).startswith(", ") or sep == " và ":
        s = p + (2 if sep.startswith(", ") else 4)
        e = _place_end(t, s, rules)
        if e is None or fold(t.raw[s:e]).split()[0] in {u.split()[0] for u in rules.unnamed if u} or (
                rules.places is not None and rules.places.match(t.low, s)):
            return out  # "Đồn Biên phòng A, Quảng Trị", "... A và Công an huyện B", "... A và Đồn Biên phòng B" (a head's word
            # opens it): no list of posts
        items.append((s, e))
        p = e
        if sep == " và ":
            return out + [BodyMatch(s, e, " ".join(f"{spelling} {t.tones[s:e]}".split()), "proper", head=head)
                          for s, e in items]
    return out


def _place_end(t: Text, q: int, rules: BodyRules) -> int | None:
    """The end of the capitalized place printed from ``q``; None where no capitalized word or number is there."""
    end, count = None, 0
    while (we := t.word_end(q)) is not None and we > q:
        word = t.raw[q:we]
        if not (word[0].isupper() or word[0].isdigit()):
            break
        if count and fold(word) in rules.surnames and t.raw[we : we + 1] == " " and t.capital_at(we + 1):
            break  # "... Hòa Lộc [Nguyễn Văn A]": a person's name after the post's
        end, count = we, count + 1
        if word[0].isdigit() or t.raw[we : we + 1] != " ":
            break
        q = we + 1
    return end
