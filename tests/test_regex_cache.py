"""Compiled regexes kept between processes: the same pattern objects as ``re.compile``'s, and a
missing, corrupt or disabled cache changes nothing."""

from __future__ import annotations

import re

import pytest

from nqextract import regex_cache

PATTERNS = [
    (r"(?<![\w&])(?P<g0>ngân\s+hàng\s+nhà\s+nước)(?![\w&])|(?P<g1>bộ\s+tài\s+chính)", 0),
    (r"(?i)thủ\s+tướng(?:\s+chính\s+phủ)?", 0),
    (r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\b", re.ASCII),
    (r"^[^\n]+$", re.MULTILINE),
    (rb"\x00+(?P<tail>[a-z]*)", 0),
    (r"(a)(b)?(?(2)c|d)", re.IGNORECASE),
]
TEXTS = ["Ngân hàng Nhà nước và Bộ Tài chính", "thủ tướng chính phủ, THỦ TƯỚNG", "ngày 4/3/2025 và 12/10",
         "dòng một\ndòng hai", "abc ad ABC", "bộ  tài   chính ngân hàng nhà nước"]


def behaviour(rx: re.Pattern) -> tuple:
    texts = [t.encode() + b"\x00\x00xyz" for t in TEXTS] if isinstance(rx.pattern, bytes) else TEXTS
    found = tuple((m.span(), m.groups(), m.groupdict()) for t in texts for m in rx.finditer(t))
    return rx.pattern, rx.flags, rx.groups, dict(rx.groupindex), found


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("NQEXTRACT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("NQEXTRACT_NO_REGEX_CACHE", raising=False)
    return tmp_path


def compile_all() -> list[re.Pattern]:
    re.purge()  # re's own in-process cache would answer before the compiler is asked
    with regex_cache.cached():
        return [re.compile(p, f) for p, f in PATTERNS]


def test_patterns_from_the_cache_behave_as_fresh_ones(cache_dir):
    want = [behaviour(re.compile(p, f)) for p, f in PATTERNS]
    first = compile_all()
    assert regex_cache.cache_file().is_file()
    second = compile_all()  # this time from the file
    assert [behaviour(r) for r in first] == want == [behaviour(r) for r in second]
    assert re._compiler.compile is regex_cache._compiler.compile  # the compiler is restored
    assert re._compiler.compile.__module__ == "re._compiler"


def test_a_corrupt_or_damaged_cache_is_ignored(cache_dir):
    path = regex_cache.cache_file()
    path.write_bytes(b"\x00not marshal data")
    assert [behaviour(r) for r in compile_all()] == [behaviour(re.compile(p, f)) for p, f in PATTERNS]
    import marshal

    entries = marshal.loads(path.read_bytes())
    marshal.dump({key: (0, b"\x01\x02", 0, {}, ()) for key in entries}, path.open("wb"))  # code the engine refuses
    assert [behaviour(r) for r in compile_all()] == [behaviour(re.compile(p, f)) for p, f in PATTERNS]


def test_turned_off_no_file_is_written(cache_dir, monkeypatch):
    monkeypatch.setenv("NQEXTRACT_NO_REGEX_CACHE", "1")
    compile_all()
    assert not regex_cache.cache_file().exists()
