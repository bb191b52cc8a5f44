"""underthesea's POS, chunking and NER CRF models with a faster, output-identical featurizer.

``underthesea.ner(sentence)`` runs word segmentation, then three CRF taggers (POS, chunk, NER),
each building its features in Python: per token and per feature template it re-parses the
template with a regex and rebuilds every column of the whole sentence, so featurization is
quadratic in the sentence length and dominates the run time. Here the templates are parsed once
and each sentence's columns once; the feature strings are exactly underthesea's, and the shipped
models (``underthesea_core.CRFTagger``) tag them, so the tags are identical (tests compare them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from os.path import dirname, join

_SYNTAX = re.compile(
    r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?"
)

POS_TEMPLATE = [
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[0].istitle", "T[-1].istitle", "T[1].istitle",
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]",
    "T[-3][1]", "T[-2][1]", "T[-1][1]",
    "T[-3,-2][1]", "T[-2,-1][1]",
]
CHUNK_TEMPLATE = [
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[0].istitle", "T[-1].istitle", "T[1].istitle",
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]",
    "T[-2][1]", "T[-1][1]", "T[0][1]", "T[1][1]", "T[2][1]",
    "T[-2,-1][1]", "T[-1,0][1]", "T[0,1][1]", "T[1,2][1]",
    "T[-3][2]", "T[-2][2]", "T[-1][2]",
]
NER_TEMPLATE = [
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[0].istitle", "T[-1].istitle", "T[1].istitle", "T[-2].istitle", "T[2].istitle",
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]",
    "T[-2][1]", "T[-1][1]", "T[0][1]", "T[1][1]", "T[2][1]",
    "T[-2,-1][1]", "T[-1,0][1]", "T[0,1][1]", "T[1,2][1]",
    "T[-3][3]", "T[-2][3]", "T[-1][3]",
]


@lru_cache(maxsize=1)
def _lower_words() -> frozenset[str]:
    from underthesea.corpus import DictionaryLoader

    return frozenset(w.lower() for w in DictionaryLoader("Viet74K.txt").words)


def _istitle(word: str) -> bool:
    if len(word) == 0:
        return False
    try:
        return all(token[0].istitle() for token in (s[0] for s in word.split(" ")))
    except Exception:  # noqa: BLE001 - underthesea's own behaviour: empty pieces are "False"
        return False


def _isallcap(word: str) -> bool:
    return all(letter.istitle() for letter in word)


FUNCTIONS: dict[str, Callable[[str], object]] = {
    "lower": str.lower,
    "istitle": _istitle,
    "isallcap": _isallcap,
    "isdigit": lambda w: str(w.isdigit()),
    "is_in_dict": lambda w: str(w.lower() in _lower_words()),
}


@dataclass(frozen=True)
class _Feature:
    prefix: str
    index1: int
    index2: int | None
    column: int
    function: Callable[[str], object] | None


def _compile(template: Sequence[str]) -> list[_Feature]:
    out = []
    for syntax in template:
        m = _SYNTAX.match(syntax)
        assert m is not None, syntax
        col = m.group("column")
        i2 = m.group("index2")
        fn = m.group("function")
        out.append(_Feature(f"{syntax}=", int(m.group("index1")), int(i2) if i2 else None,
                            int(col) if col else 0, FUNCTIONS[fn] if fn else None))
    return out


_FEATURE_CACHE: dict[str, dict[str, str]] = {}
_FEATURE_CACHE_MAX = 200_000


class Featurizer:
    """Exactly underthesea's ``word2features`` for a template, in linear time.

    Column-wise: each feature's values are computed once per sentence position (a list
    comprehension), then shifted by the feature's offset, with BOS/EOS where it falls outside.
    """

    def __init__(self, template: Sequence[str]) -> None:
        self.features = _compile(template)

    def __call__(self, sent: Sequence[Sequence[str]]) -> list[list[str]]:
        n = len(sent)
        if not n:
            return []
        columns = [list(c) for c in zip(*sent, strict=True)]
        shifted = [self._column(f, columns, n) for f in self.features]
        return [list(row) for row in zip(*shifted, strict=True)]

    @staticmethod
    def _column(f: _Feature, columns: list[list[str]], n: int) -> list[str]:
        col = columns[f.column]
        if f.index2 is not None:  # "T[a,b]": the words a..b joined; EOS once b runs past the end
            span = f.index2 - f.index1 + 1
            col = [" ".join(col[j:j + span]) for j in range(n - span + 1)]
        prefix, fn = f.prefix, f.function
        if fn is None:
            vals = [prefix + w for w in col]
        else:  # words repeat: each distinct word's feature string is built once per process
            cache = _FEATURE_CACHE.setdefault(prefix, {})
            if len(cache) > _FEATURE_CACHE_MAX:
                cache.clear()
            vals = [cache.get(w) or cache.setdefault(w, f"{prefix}{fn(w)}") for w in col]
        k, m = f.index1, len(vals)
        lo = min(n, max(0, -k))  # positions before lo look before the start: BOS
        hi = max(lo, min(n, m - k))  # positions from hi on look past the end: EOS
        return [prefix + "BOS"] * lo + vals[lo + k:hi + k] + [prefix + "EOS"] * (n - hi)


def _load(relative: str):
    import underthesea
    from underthesea_core import CRFTagger

    model = CRFTagger()
    model.load(join(dirname(underthesea.__file__), "pipeline", relative))
    return model


class FastNER:
    """``underthesea.ner`` with linear-time featurization: same words, same tags."""

    def __init__(self) -> None:
        from underthesea import word_tokenize

        self._word_tokenize = word_tokenize
        self._pos = _load("pos_tag/pos_crf_2017_10_11.bin")
        self._chunk = _load("chunking/chunk_crf_2017_10_12.bin")
        self._ner = _load("ner/ner_crf_2017_10_12.bin")
        self._pos_features = Featurizer(POS_TEMPLATE)
        self._chunk_features = Featurizer(CHUNK_TEMPLATE)
        self._ner_features = Featurizer(NER_TEMPLATE)

    def __call__(self, sentence: str) -> list[tuple[str, str, str, str]]:
        words = self._word_tokenize(sentence)
        if not words:
            return []
        pos = self._pos.tag(self._pos_features([(w, "X") for w in words]))
        chunk = self._chunk.tag(self._chunk_features([(w, p, "X") for w, p in zip(words, pos)]))
        ner = self._ner.tag(self._ner_features([(w, p, c, "X") for w, p, c in zip(words, pos, chunk)]))
        return list(zip(words, pos, chunk, ner))
