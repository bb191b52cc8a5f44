"""underthesea's word segmentation, POS, chunking and NER CRF models, run faster with identical output.

``underthesea.ner(sentence)`` runs word segmentation, then three CRF taggers (POS, chunk, NER).
Per token and per feature template it builds feature strings; the shipped models
(``underthesea_core.CRFTagger``) turn them into tags. Here the same models tag the same feature
strings (tests compare features and tags with underthesea's), built faster:

* :class:`Featurizer` parses each template once and builds each feature column once per sentence
  (underthesea's Python ``word2features`` re-parses the template and rebuilds every column per
  token: quadratic); a word's feature strings (every function, every offset) are built once per
  process and looked up by the word after that (words repeat), so known words cost one look-up.
* Word segmentation is underthesea's own (its regex tokenizer, the same model and features); its
  features, which underthesea builds with ``underthesea_core.CRFFeaturizer``, are built here by the
  same :class:`Featurizer` with that featurizer's functions (:func:`rust_functions`; tests compare
  both), in about 60% of its time. Its model files are read with the C unpickler (joblib's
  pure-Python one took most of the start-up), and the chunk model is not loaded until chunk tags
  are asked for.
* The features POS and NER share (words, lower case, title case, bigrams) are built once, and the
  NER features do not read the chunk column: chunk tags are only computed when asked for
  (:func:`chunk`), since no extraction rule reads them.
* :meth:`FastNER.tag_many` tags a batch of sentences one model at a time (segmentation, then POS, then
  NER over all of them): the same tags, with each model's tables kept in the processor's cache.
* A tagger skips a feature string its model has no weight for (about half of them); the featurizers
  that feed the taggers build :data:`UNKNOWN` (an empty string) in its place, read from the model's
  attribute dictionary (:mod:`nqextract.crf_model`), so there is less to hand over and look up. The
  model's strings are kept per feature and value, so a value's string is looked up, never built.

``underthesea_core.CRFFeaturizer`` is not used: for POS/NER its ``istitle`` is "the first character
equals its upper case", True for digits and punctuation, where the POS/NER models were trained with
Python's ``str.istitle`` (False there), so its features would change the tags; and it is slower than
the shared columns here (every feature string is built and converted into a Python object one by one).

The feature templates and functions follow underthesea 9.5.0's (``underthesea/pipeline/*/tagged_feature.py``,
``underthesea/feature_engineering/feature.py``; https://github.com/undertheseanlp/underthesea), Apache
License 2.0, re-implemented for speed; its shipped models are loaded, not copied.
"""

from __future__ import annotations

import hashlib
import pickle
import re
import sys
import types
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat
from os.path import dirname, isfile, join

from .crf_model import attributes
from .lazy import defer_package

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
WS_MODEL = join("word_tokenize", "models", "ws_crf_vlsp2013_20230727")


# --------------------------------------------------------------------------- feature functions


@lru_cache(maxsize=1)
def _lower_words() -> frozenset[str]:
    from underthesea.corpus import DictionaryLoader

    return frozenset(w.lower() for w in DictionaryLoader("Viet74K.txt").words)


def _istitle(word: str) -> bool:
    """underthesea's ``text_istitle`` (Python): every space-separated piece starts with a title-case letter."""
    if len(word) == 0:
        return False
    try:
        return all(token[0].istitle() for token in (s[0] for s in word.split(" ")))
    except Exception:  # noqa: BLE001 - underthesea's own behaviour: empty pieces are "False"
        return False


def _isallcap(word: str) -> bool:
    return all(letter.istitle() for letter in word)


# underthesea's Python functions (tagged_feature.word2features): what the POS, chunk and NER models saw
PYTHON_FUNCTIONS: dict[str, Callable[[str], object]] = {
    "lower": str.lower,
    "istitle": _istitle,
    "isallcap": _isallcap,
    "isdigit": lambda w: str(w.isdigit()),
    "is_in_dict": lambda w: str(w.lower() in _lower_words()),
}


_I32 = re.compile(r"[+-]?[0-9]+")


def _parses_as_i32(word: str) -> bool:
    """Rust's ``str::parse::<i32>`` succeeds: an optional sign, ASCII digits, in the i32 range."""
    return _I32.fullmatch(word) is not None and -2**31 <= int(word) < 2**31


def _rust_istitle(word: str) -> bool:
    """``CRFFeaturizer``'s istitle: every " "-separated piece's first character is its own upper case
    (so digits and punctuation count as title case)."""
    for piece in word.split(" "):
        first = piece[0]
        if first.upper() != first:
            return False
    return True


def _of_lower(test: Callable[[str], bool]) -> Callable[[str], bool]:
    """``test`` of a word's lower case; a featurizer that has the lower case of the words already
    calls ``test`` on it (``.of_lower``) instead of lowering them again."""

    def function(word: str) -> bool:
        return test(word.lower())

    function.of_lower = test  # type: ignore[attr-defined]
    return function


def rust_functions(dictionary: frozenset[str] | set[str]) -> dict[str, Callable[[str], object]]:
    """``underthesea_core.CRFFeaturizer``'s functions (what the word segmentation model saw)."""
    return {
        "lower": str.lower,
        "isdigit": _parses_as_i32,
        "istitle": _rust_istitle,
        "is_in_dict": _of_lower(dictionary.__contains__),
    }


# --------------------------------------------------------------------------- featurizer


@dataclass(frozen=True)
class _Feature:
    syntax: str
    prefix: str
    index1: int
    index2: int | None
    column: int
    function: str | None  # its name
    key: tuple[int, int, str | None]  # (column, words read, function): the values it shifts
    bos: str
    eos: str
    flags: tuple[str, str]  # its strings of False and True


def _compile(template: Sequence[str]) -> list[_Feature]:
    out = []
    for syntax in template:
        m = _SYNTAX.match(syntax)
        assert m is not None, syntax
        col = int(m.group("column") or 0)
        i1, i2 = int(m.group("index1")), int(m.group("index2")) if m.group("index2") else None
        fn = m.group("function") or None
        prefix = f"{syntax}="
        out.append(_Feature(syntax, prefix, i1, i2, col, fn, (col, 1 if i2 is None else i2 - i1 + 1, fn),
                            prefix + "BOS", prefix + "EOS", (prefix + "False", prefix + "True")))
    return out


# what the tagger gets instead of a feature string its model has no weight for (no model has "" as one):
# it skips both alike, and a short string costs less to hand over and look up than the string itself
UNKNOWN = ""
_FEATURE_CACHE_MAX = 200_000  # the segmentation tokens' normalization cache
# distinct words whose feature strings one group keeps (half as many pairs of words; no longer word
# tuples: most of them are seen once); a full cache is emptied. At most about 60 MB per process.
_STRINGS_CACHE_MAX = 20_000


class _Group:
    """The features of a template that read the same words (same column, same number of words), with
    any function, at any offset: each distinct word (or tuple of words) gets all their strings built once.

    ``lead``/``tail``: how many values of BOS before the first value and of EOS after the last a
    member's strings are padded with, so that each member's column is one slice of them."""

    __slots__ = ("column", "span", "members", "cache", "limit", "lead", "tail", "bos", "eos", "parts")

    def __init__(self, key: tuple[int, int], members: list[tuple[int, _Feature]], cache_size: int) -> None:
        self.column, self.span = key
        self.members = members  # (index in the template, feature)
        self.limit = cache_size if self.span == 1 else cache_size // 2
        self.cache: dict[object, tuple[str, ...]] | None = {} if self.span <= 2 else None
        offsets = [f.index1 for _, f in members]
        self.lead = max(0, -min(offsets))
        self.tail = max(0, max(offsets) + self.span - 1)
        self.bos = [tuple(f.bos for _, f in members)] * self.lead  # one padding value: every member's BOS
        self.eos = [tuple(f.eos for _, f in members)] * self.tail
        # the members another template does not share, by their positions here: a group of their own
        self.parts: dict[tuple[int, ...], _Group] = {}


class Featurizer:
    """Exactly underthesea's ``word2features`` for a template, in linear time.

    Column-wise: the features reading the same values ("T[-2].lower" ... "T[2].lower") form a group;
    per sentence a group looks up each word (or tuple of words for "T[a,b]") once in its cache, which
    holds the word's feature strings for every offset of the group, built once per process (words
    repeat; the function, the join and the string concatenations are skipped for a known word, and
    the taggers receive the same string objects again). Each feature's column is then the group's
    strings for its offset, shifted, with BOS/EOS where it falls outside. ``columns()`` lets two
    templates over the same words share their word columns.

    ``known``: for a featurizer that feeds a tagger, a function giving the feature strings its model
    has weights for (read on first use); every other string is built as :data:`UNKNOWN` (same tags).
    Templates sharing word columns must be given the same set.
    """

    def __init__(self, template: Sequence[str],
                 functions: dict[str, Callable[[str], object]] | None = None,
                 cache_size: int = _STRINGS_CACHE_MAX,
                 known: Callable[[], frozenset[str] | None] | None = None) -> None:
        self.features = _compile(template)
        self._functions = PYTHON_FUNCTIONS if functions is None else functions
        self._cache_size = cache_size
        self._known_source = known
        self._known: frozenset[str] | None = None
        self._known_values: dict[str, dict[str, str]] | None = None  # the same, per feature: value -> string
        self._titles: dict[str, bool] = {}  # a word's _rust_istitle, for those of its pairs and triples
        self._group()

    def _group(self) -> None:
        groups: dict[tuple[int, int], list[tuple[int, _Feature]]] = {}
        for i, f in enumerate(self.features):
            groups.setdefault(f.key[:2], []).append((i, f))
        self._groups = [_Group(key, members, self._cache_size) for key, members in groups.items()]

    def _read_known(self) -> None:
        """Read the model's feature strings (once, before any string is built and cached) and put
        :data:`UNKNOWN` in place of the fixed strings (BOS, EOS, True, False) it has no weight for."""
        source, self._known_source = self._known_source, None
        known = source() if source is not None else None
        if not known or UNKNOWN in known:
            return
        self._known = known
        self._known_values = _values_by_feature(known)

        def kept(s: str) -> str:
            return s if s in known else UNKNOWN

        self.features = [replace(f, bos=kept(f.bos), eos=kept(f.eos), flags=(kept(f.flags[0]), kept(f.flags[1])))
                         for f in self.features]
        self._group()

    def prepare(self) -> None:
        """Read the model's feature strings now (else on the first sentence): e.g. before worker
        processes fork, so that they share them instead of each reading them again."""
        if self._known_source is not None:
            self._read_known()

    def __call__(self, sent: Sequence[Sequence[str]]) -> list[list[str]]:
        n = len(sent)
        if not n:
            return []
        columns = [list(c) for c in zip(*sent, strict=True)]
        return [list(row) for row in rows(self.columns(columns, n))]

    def columns(self, columns: list[list[str]], n: int,
                known: dict[str, list[str]] | None = None) -> list[list[str]]:
        """One list of feature strings per template entry.

        ``known``: columns of word features (column 0) already built for the same words by another
        template, reused (and filled) here; features of the other columns are always built anew.
        """
        if self._known_source is not None:
            self._read_known()
        out: list[list[str]] = [[]] * len(self.features)
        for group in self._groups:
            shared = known if group.column == 0 else None
            missing = list(enumerate(group.members))
            if shared is not None:
                missing = []
                for j, (i, f) in enumerate(group.members):
                    col = shared.get(f.syntax)
                    if col is None:
                        missing.append((j, (i, f)))
                    else:
                        out[i] = col
                if not missing:
                    continue
                if len(missing) < len(group.members):  # only these are built (NER's istitle at -2 and 2)
                    group = self._part(group, tuple(j for j, _ in missing))
                    missing = list(enumerate(group.members))
            padded = self._by_member(group, columns[group.column])
            lead = group.lead
            for j, (i, f) in missing:
                start = lead + f.index1  # position t reads value t + index1: BOS before 0, EOS from the last on
                col = padded[j][start:start + n]
                out[i] = col
                if shared is not None:
                    shared[f.syntax] = col
        return out

    def _part(self, group: _Group, positions: tuple[int, ...]) -> _Group:
        """The group of the members of ``group`` at ``positions`` (built once, its own cache)."""
        part = group.parts.get(positions)
        if part is None:
            part = group.parts[positions] = _Group((group.column, group.span),
                                                   [group.members[j] for j in positions], self._cache_size)
        return part

    def _by_member(self, group: _Group, col: list[str]) -> list[Sequence[str]]:
        """Per member of the group, its feature strings at each position (of the value starting there),
        after ``group.lead`` BOS strings and before ``group.tail`` EOS strings."""
        span = group.span
        if span == 1:
            base: list = col
        elif span == 2:
            base = list(zip(col, col[1:]))
        else:
            base = list(zip(*(col[j:] for j in range(span))))
        cache = group.cache
        if cache is None:
            built = self._build(group, base) if base else [[] for _ in group.members]
            return [[f.bos] * group.lead + strings + [f.eos] * group.tail
                    for (_, f), strings in zip(group.members, built)]
        try:
            found = list(map(cache.__getitem__, base))
        except KeyError:
            if len(cache) > group.limit:
                cache.clear()
            missing = [b for b in dict.fromkeys(base) if b not in cache]
            cache.update(zip(missing, zip(*self._build(group, missing))))
            found = list(map(cache.__getitem__, base))
        return list(zip(*(group.bos + found + group.eos)))

    def _build(self, group: _Group, base: list) -> list[list[str]]:
        """Per member of the group, its feature strings of each value in ``base`` (words or word tuples)."""
        span = group.span
        if span == 1:
            words = base
        elif span == 2:
            words = [a + " " + b for a, b in base]
        else:
            words = [" ".join(b) for b in base]
        values: dict[str | None, list] = {None: words}  # per function, its values of the words
        known, known_values = self._known, self._known_values
        out = []
        for _, f in group.members:
            vals = values.get(f.function)
            if vals is None:
                vals = values[f.function] = self._values(f.function, words, base, span, values)  # type: ignore[arg-type]
            first = vals[0].__class__
            if first is bool:
                out.append(list(map(f.flags.__getitem__, vals)))
                continue
            if first is str:
                if known_values is None:
                    out.append(list(map(f.prefix.__add__, vals)))
                    continue
                # a value the model knows for this feature gets its string (the model's own), any
                # other UNKNOWN, looked up in one pass in C: no string is built (most word pairs'
                # strings have no weight)
                kept = known_values.get(f.syntax)
                out.append(list(map(kept.get, vals, repeat(UNKNOWN))) if kept else [UNKNOWN] * len(vals))
                continue
            strings = [f"{f.prefix}{v}" for v in vals]
            out.append(strings if known is None else [s if s in known else UNKNOWN for s in strings])
        return out


    def _values(self, name: str, words: list[str], base: list, span: int, values: dict) -> list:
        """The function ``name`` of each of ``words`` (the values of ``base`` joined by spaces)."""
        function = self._functions[name]
        of_lower = getattr(function, "of_lower", None)
        if of_lower is not None:  # a test of the lower case: lowered once for both
            lowered = values.get("lower")
            if lowered is None:
                lowered = values["lower"] = list(map(str.lower, words))
            return list(map(of_lower, lowered))
        if function is _rust_istitle and span > 1:
            # every piece of the joined words is a piece of one of them: title case when each word is,
            # and a word's own answer is kept (words repeat far more than their pairs)
            titles = self._titles
            if len(titles) > self._cache_size:
                titles.clear()
            new = {w for b in base for w in b if w not in titles}
            titles.update(zip(new, map(_rust_istitle, new)))
            get = titles.__getitem__
            if span == 2:
                return [get(a) and get(b) for a, b in base]
            return [all(map(get, b)) for b in base]
        return list(map(function, words))


@lru_cache(maxsize=4)  # POS and NER share one set of known strings
def _values_by_feature(known: frozenset[str]) -> dict[str, dict[str, str]]:
    """The known feature strings ("T[0,1].lower=bộ trưởng") by feature and value
    (``{"T[0,1].lower": {"bộ trưởng": "T[0,1].lower=bộ trưởng", ...}}``): a feature's syntax holds no
    "=", so a string is its feature's prefix plus the value exactly when its text before the first
    "=" is that syntax."""
    found: dict[str, dict[str, str]] = {}
    for s in known:
        syntax, sep, value = s.partition("=")
        if sep:
            values = found.get(syntax)
            if values is None:
                values = found[syntax] = {}
            values[value] = s
    return found


def rows(columns: list[list[str]]) -> list[tuple[str, ...]]:
    """Feature columns -> one row of features per token (``CRFTagger.tag`` takes tuples)."""
    return list(zip(*columns))


# --------------------------------------------------------------------------- models


_NORMALIZER = "underthesea.pipeline.text_normalize.text_normalizer"


def _defer_underthesea() -> None:
    """Import only the underthesea modules the tagger calls (see :mod:`nqextract.lazy`): the package
    unexecuted, and its text normalizer module as the same two maps read with the C unpickler."""
    package = defer_package("underthesea")
    if package is not None and _NORMALIZER not in sys.modules and isfile(_rule_path(package.__path__[0])):
        sys.modules[_NORMALIZER] = _normalizer_module(package.__path__[0])
    # another underthesea release (rule file renamed): its own normalizer module loads when imported


class _TextNormalizer:
    """underthesea's ``TextNormalizer``: its rule file holds plain dicts, read by the C unpickler."""

    def __init__(self, binary_file: str) -> None:
        data = _unpickle(binary_file)
        self.character_map = data["character"]
        self.token_map = data["token"]


_RULE_FILE = "tn_rules_2023_07_14.bin"


def _rule_path(root: str) -> str:
    return join(root, "pipeline", "text_normalize", _RULE_FILE)


def _normalizer_module(root: str) -> types.ModuleType:
    module = types.ModuleType(_NORMALIZER)
    module.rule_file = _RULE_FILE  # type: ignore[attr-defined]
    module.TextNormalizer = _TextNormalizer  # type: ignore[attr-defined]
    normalizer = _TextNormalizer(_rule_path(root))
    module.text_normalizer = normalizer  # type: ignore[attr-defined]
    module.character_map = normalizer.character_map  # type: ignore[attr-defined]
    module.token_map = normalizer.token_map  # type: ignore[attr-defined]
    return module


def _model_path(relative: str) -> str:
    _defer_underthesea()
    import underthesea

    return join(dirname(underthesea.__file__), "pipeline", relative)


def _load(relative: str):
    from underthesea_core import CRFTagger

    model = CRFTagger()
    model.load(_model_path(relative))
    return model


def _unpickle(path: str):
    """A joblib file holding plain Python objects (no arrays): the C unpickler reads it 4x faster."""
    with open(path, "rb") as fh:
        return pickle.load(fh)  # noqa: S301 - underthesea's own model file, as underthesea loads it


# underthesea 9.5.0's tokenizer regex (``regex_tokenize.patterns``), read for :func:`_splits_at_spaces`
_TOKENIZER_SHA256 = "ed7f6df4bba1133b1fd2baf02d612b7ef6912f0460f7a8166bd6b4aa8f072d25"
_PIECE = re.compile(r"\S+\s*")  # text up to the next whitespace, with that whitespace
_TOKEN_OVER_SPACE = re.compile(r"Th\s[Ss]")  # its branch "Th.S" (an unescaped dot) matches "Th S"


def _splits_at_spaces(pattern: re.Pattern[str]) -> bool:
    """The tokenizer regex is the one read for this (else a sentence is tokenized whole): none of its
    branches starts at or consumes whitespace but "Th.S"/"Th.s" (:data:`_TOKEN_OVER_SPACE`); its
    look-behinds read one character ("(?<!@)", "\\b", a word boundary, alike after whitespace and at
    the start of a piece), its look-aheads one character or the end ("(?=\\s)", "(?!$)", "(?=$)"), read
    alike in a piece kept with its whitespace; "$" before a final newline: sentences with one are
    tokenized whole."""
    return pattern.flags == re.VERBOSE | re.UNICODE and \
        hashlib.sha256(pattern.pattern.encode("utf-8")).hexdigest() == _TOKENIZER_SHA256


class WordSegmenter:
    """``underthesea.word_tokenize(sentence)``: the same tokenizer, model and features, faster."""

    def __init__(self) -> None:
        _defer_underthesea()
        from underthesea.pipeline.text_normalize.character_normalize import normalize_characters_in_text
        from underthesea.pipeline.text_normalize.token_normalize import token_normalize
        from underthesea.pipeline.word_tokenize import regex_tokenize

        base = _model_path(WS_MODEL)
        self._regex_tokenize = regex_tokenize
        self._normalize_text = normalize_characters_in_text
        self._normalize_token = token_normalize
        self._normalized: dict[str, str] = {}  # token -> token_normalize(token): tokens repeat
        # text between whitespace -> its normalized tokens; only for the tokenizer regex read for it, and
        # only while it is still the one in use (``tokenize(fixed_words=...)`` replaces it for good)
        self._checked = regex_tokenize.patterns
        self._pieces: dict[str, list[str]] | None = {} if _splits_at_spaces(self._checked) else None
        self._model = _load(join(WS_MODEL, "models.bin"))
        self.template: list[str] = _unpickle(join(base, "features.bin"))
        self.dictionary: set[str] = _unpickle(join(base, "dictionary.bin"))
        # underthesea runs underthesea_core.CRFFeaturizer on these; the same features, column-wise
        self._features = Featurizer(self.template, rust_functions(self.dictionary))
        # what the model is given: the same, with the strings it has no weight for as UNKNOWN
        self._tagging = Featurizer(self.template, rust_functions(self.dictionary),
                                   known=lambda: attributes(join(base, "models.bin")))

    def features(self, tokens: list[str]) -> list[tuple[str, ...]]:
        """The model's feature rows of a tokenized sentence (``CRFFeaturizer.process`` of it)."""
        return rows(self._features.columns([tokens], len(tokens)))

    def _tokenize(self, sentence: str) -> list[str]:
        """underthesea's ``regex_tokenize.tokenize(sentence, use_token_normalize=True, fixed_words=[])``.

        Its tokens are the matches of one alternation whose every branch is one named group, so a
        token is the whole match (underthesea finds the group in ``groupdict()`` per token); each
        distinct token is normalized once per process. No token of that regex holds whitespace (see
        :func:`_splits_at_spaces`), so a sentence's tokens are those of its pieces between whitespace,
        each piece tokenized once per process with the whitespace after it (what its look-aheads read).
        """
        text = self._normalize_text(sentence)
        pieces = self._pieces
        if (pieces is None or self._regex_tokenize.patterns is not self._checked or "\n" in text
                or _TOKEN_OVER_SPACE.search(text) is not None):
            return self._tokens_of(text)
        try:
            return [t for piece in _PIECE.findall(text) for t in pieces[piece]]
        except KeyError:
            pass
        if len(pieces) > _FEATURE_CACHE_MAX:
            pieces.clear()
        out: list[str] = []
        for piece in _PIECE.findall(text):
            found = pieces.get(piece)
            if found is None:
                found = pieces[piece] = self._tokens_of(piece)
            out += found
        return out

    def _tokens_of(self, text: str) -> list[str]:
        """The normalized tokens of ``text`` (already character-normalized), by the regex itself."""
        tokens = list(map(re.Match.group, self._regex_tokenize.patterns.finditer(text)))
        cache = self._normalized
        try:
            return list(map(cache.__getitem__, tokens))
        except KeyError:
            pass
        if len(cache) > _FEATURE_CACHE_MAX:
            cache.clear()
        for token in tokens:
            if token not in cache:
                cache[token] = self._normalize_token(token, use_character_normalize=True)
        return list(map(cache.__getitem__, tokens))

    def __call__(self, sentence: str) -> list[str]:
        return self.many([sentence])[0]

    def many(self, sentences: Sequence[str]) -> list[list[str]]:
        """The words of each sentence, as ``self(sentence)`` gives them; each step runs over all the
        sentences before the next (tokens, features, the model's tags), so that the model's tables
        stay in the processor's cache while it tags."""
        tokenized = [self._tokenize(sentence) for sentence in sentences]
        featurizer = self._tagging
        features = [rows(featurizer.columns([tokens], len(tokens))) for tokens in tokenized if tokens]
        tag = self._model.tag
        tagged = iter([tag(f) for f in features])
        out: list[list[str]] = []
        for tokens in tokenized:
            output: list[str] = []
            if tokens:
                for i, (label, token) in enumerate(zip(next(tagged), tokens)):
                    if label == "I-W" and i > 0:
                        output[-1] = output[-1] + " " + token
                    else:
                        output.append(token)
            out.append(output)
        return out


class Chunker:
    """underthesea's chunking model over (word, POS) sentences."""

    def __init__(self) -> None:
        self._model = _load("chunking/chunk_crf_2017_10_12.bin")
        self._features = Featurizer(CHUNK_TEMPLATE)

    def __call__(self, words: Sequence[str], pos: Sequence[str]) -> list[str]:
        if not words:
            return []
        x = ["X"] * len(words)
        return self._model.tag(rows(self._features.columns([list(words), list(pos), x], len(words))))


_chunker: Chunker | None = None


def chunk(words: Sequence[str], pos: Sequence[str]) -> list[str]:
    """underthesea's chunk tags (B-NP, I-VP, ...) of a tagged sentence; the model loads on first use."""
    global _chunker
    if _chunker is None:
        _chunker = Chunker()
    return _chunker(words, pos)


POS_MODEL = "pos_tag/pos_crf_2017_10_11.bin"
NER_MODEL = "ner/ner_crf_2017_10_12.bin"


@lru_cache(maxsize=1)
def _pos_ner_attributes() -> frozenset[str] | None:
    """The feature strings the POS model or the NER model has weights for (None: unreadable)."""
    pos, ner = attributes(_model_path(POS_MODEL)), attributes(_model_path(NER_MODEL))
    return pos | ner if pos is not None and ner is not None else None


class FastNER:
    """``underthesea.ner``: same words, same tags; :meth:`tag` leaves out the chunk tags."""

    def __init__(self) -> None:
        self._word_tokenize = WordSegmenter()
        self._pos = _load(POS_MODEL)
        self._ner = _load(NER_MODEL)
        # POS and NER share word columns, so both leave out only what neither model knows
        self._pos_features = Featurizer(POS_TEMPLATE, known=_pos_ner_attributes)
        self._ner_features = Featurizer(NER_TEMPLATE, known=_pos_ner_attributes)

    def prepare(self) -> None:
        """Read now what the first sentence would read: the feature strings each tagger's model knows."""
        for featurizer in (self._word_tokenize._tagging, self._pos_features, self._ner_features):
            featurizer.prepare()

    def tag(self, sentence: str) -> list[tuple[str, str, str]]:
        """(word, POS, NER) per word."""
        return self.tag_many([sentence])[0]

    def tag_many(self, sentences: Sequence[str]) -> list[list[tuple[str, str, str]]]:
        """:meth:`tag` of each sentence, one model after the other over all of them (segmentation, then
        POS, then NER), so that each model's tables stay in the processor's cache while it tags."""
        segmented = self._word_tokenize.many(sentences)
        words_of = [words for words in segmented if words]
        xs = [["X"] * len(words) for words in words_of]
        knowns: list[dict[str, list[str]]] = [{} for _ in words_of]  # per sentence, the word columns POS and NER share
        pos_features, ner_features = self._pos_features, self._ner_features
        pos_rows = [rows(pos_features.columns([words, x], len(words), known))
                    for words, x, known in zip(words_of, xs, knowns)]
        pos_tag = self._pos.tag
        pos_of = [pos_tag(r) for r in pos_rows]
        del pos_rows
        # the NER template reads words (0), POS (1) and the "X" label column (3), not chunks (2)
        ner_rows = [rows(ner_features.columns([words, pos, x, x], len(words), known))
                    for words, pos, x, known in zip(words_of, pos_of, xs, knowns)]
        ner_tag = self._ner.tag
        tagged = iter([list(zip(words, pos, ner_tag(r))) for words, pos, r in zip(words_of, pos_of, ner_rows)])
        return [next(tagged) if words else [] for words in segmented]

    def __call__(self, sentence: str) -> list[tuple[str, str, str, str]]:
        """Exactly ``underthesea.ner(sentence)``: (word, POS, chunk, NER) per word."""
        tagged = self.tag(sentence)
        chunks = chunk([w for w, _, _ in tagged], [p for _, p, _ in tagged])
        return [(w, p, c, e) for (w, p, e), c in zip(tagged, chunks)]
