"""Vietnamese text normalization: NFC, one tone-mark placement, comparison keys.

Article text is only ever NFC-normalized (offsets index it); the tone-placement rewrite
(``hoà`` -> ``hòa``, ``thuỷ`` -> ``thủy``, ``Uỷ`` -> ``Ủy``) is used for comparison keys and
canonical names, never to rewrite the text itself.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SYLLABLE = re.compile(r"\w+", re.UNICODE)
# oa, oe, uy at the end of a syllable carry the tone on the first vowel in the form
# underthesea and most current outlets print ("hòa", "khỏe", "thủy").
_MOVABLE = ("oa", "oe", "uy")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _split_tone(ch: str) -> tuple[str, str]:
    """A character as (base with non-tone marks, tone mark or '')."""
    decomposed = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in decomposed if c in TONE_MARKS)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    return base, tone


@lru_cache(maxsize=1 << 16)
def _canonical_syllable(syl: str) -> str:
    """One syllable with canonical tone placement (cached: a few thousand syllables make up Vietnamese)."""
    if len(syl) < 2 or syl.isascii():
        return syl
    parts = [_split_tone(c) for c in syl]
    bases = "".join(b for b, _ in parts).lower()
    tones = [t for _, t in parts]
    if not any(tones):
        return syl
    for pair in _MOVABLE:
        if bases.endswith(pair) and tones[-1] and not tones[-2]:
            i = len(syl) - 2
            if pair == "uy" and i > 0 and bases[i - 1] == "q":
                return syl
            if pair in ("oa", "oe") and i > 0 and bases[i - 1] == "q":
                # "quả", "quẻ": u belongs to the onset, the tone stays on a/e
                return syl
            chars = [b for b, _ in parts]
            chars[i] = unicodedata.normalize("NFC", chars[i] + tones[-1])
            return "".join(chars[:-1]) + chars[-1]
    return syl


# The only syllables _canonical_syllable changes end in a plain o/u and a toned a/e/y ("hoà", "thuỷ"):
# the scan finds those endings and hands only their syllables to it, instead of every syllable.
_MOVABLE_END = re.compile(r"(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\w)", re.UNICODE)
_WORD_CHAR = re.compile(r"\w", re.UNICODE)


def canonical_tones(text: str) -> str:
    """NFC text with one tone placement (``hoà`` -> ``hòa``); same length as NFC input."""
    text = nfc(text)
    if text.isascii():
        return text
    parts: list[str] = []
    pos = 0
    for m in _MOVABLE_END.finditer(text):
        start = m.start()
        while start > pos and _WORD_CHAR.match(text, start - 1):
            start -= 1
        parts.append(text[pos:start])
        parts.append(_canonical_syllable(text[start:m.end()]))
        pos = m.end()
    if not parts:
        return text
    parts.append(text[pos:])
    return "".join(parts)


def _canonical_match(m: re.Match[str]) -> str:
    return _canonical_syllable(m.group(0))


# only syllables ending in oa/oe/uy with a tone mark on the last vowel change under canonical_tones
_MOVABLE_TONE = re.compile(r"\w*[oOuU][áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ](?!\w)")


def fast_tones(text: str) -> str:
    """``canonical_tones`` applied only where it can change something (same result, much faster)."""
    text = nfc(text)
    return _MOVABLE_TONE.sub(lambda m: canonical_tones(m.group(0)), text)


def lower_same_length(text: str) -> str:
    """Lower case without changing the length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text) and "Σ" not in text:  # str.lower() maps per character except final sigma
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def fold(text: str) -> str:
    """Comparison key: NFC, canonical tone placement, lower case, single spaces."""
    if len(text) <= _FOLD_CACHED_CHARS:  # words and short names: looked up again and again by the rules
        return _fold_short(text)
    return " ".join(canonical_tones(text).lower().split())


_FOLD_CACHED_CHARS = 40


def folded_spelled_out(name: str, forms) -> str:
    """``name`` folded, each of ``forms`` (pairs of a pattern on folded text and what it spells out: a company's
    legal form, "tnhh" -> "trách nhiệm hữu hạn") spelled out: one key for a name printed either way."""
    key = fold(name)
    for rx, expansion in forms:
        key = rx.sub(expansion, key)
    return key


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return " ".join(canonical_tones(text).lower().split())


def is_cap(word: str) -> bool:
    """The word begins with a capital letter ("Luật", "Đề án"; not "luật", "", "57")."""
    return word[:1].isupper()


def strip_diacritics(text: str) -> str:
    """ASCII-ish key ("Đồng chí" -> "dong chi"): for typo-tolerant lookups only."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
