"""Start-up: regexes made from opcodes recorded at install behave exactly as ``re`` compiles them, and
anything amiss (no file, another interpreter, a damaged file, a nested window) leaves ``re`` as it is."""

from __future__ import annotations

import marshal
import re
from array import array
from re import _compiler

import pytest

from nqextract import regex_codes
from nqextract.regex_codes import record, serving

PATTERNS = [
    (r"(?<!\w)(?:Bộ\s+Y\s+tế|Sở\s+Giáo\s+dục(?:\s+và\s+Đào\s+tạo)?)(?!\w)", 0),
    (r"(?P<day>\d{1,2})[/-](?P<month>\d{1,2})(?:[/-](?P<year>\d{4}))?", 0),
    (r"(?:phó\s+)?chủ\s+tịch\s+(?:ủy\s+ban\s+nhân\s+dân|hội\s+đồng)", int(re.IGNORECASE)),
    (r"^[ \t]*(?:[-+•*][ \t]*)?(\w+)$", int(re.MULTILINE)),
    (r"(?=[tT])(?:t(?:ỉnh|hành\s+phố))\b", 0),
]
TEXT = "Hôm 5-11/2025 tám giờ, Sở Giáo dục và Đào tạo mời Bộ Y tế bàn lịch.\nPhó Chủ tịch Hội đồng tỉnh\n- thành phố\n"


def _build() -> None:
    for pattern, flags in PATTERNS:
        re.compile(pattern, flags)


def _behaviour(rx: re.Pattern[str]) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(TEXT)]


@pytest.fixture
def recorded(tmp_path):
    path = tmp_path / "codes.bin"
    assert record(_build, path) == len(PATTERNS)
    return path


def test_served_patterns_equal_what_re_compiles_and_match_alike(recorded):
    stdlib = _compiler.compile
    with serving(recorded) as count:
        assert count == len(PATTERNS)
        assert _compiler.compile is not stdlib
        served = [_compiler.compile(p, f) for p, f in PATTERNS]
    assert _compiler.compile is stdlib  # the window closed: re as it was
    for rx, (pattern, flags) in zip(served, PATTERNS, strict=True):
        plain = stdlib(pattern, flags)
        assert rx == plain and rx.flags == plain.flags and rx.groups == plain.groups
        assert dict(rx.groupindex) == dict(plain.groupindex)
        assert _behaviour(rx) == _behaviour(plain)


def test_a_pattern_not_recorded_is_compiled_as_always(recorded):
    with serving(recorded):
        rx = _compiler.compile(r"(?P<x>Quốc\s+hội)\s+khóa\s+([XVI]+)", 0)
    assert rx == _compiler.compile(r"(?P<x>Quốc\s+hội)\s+khóa\s+([XVI]+)", 0)
    assert rx.search("Quốc hội khóa XV").group("x") == "Quốc hội"


def test_no_file_serves_nothing(tmp_path):
    stdlib = _compiler.compile
    with serving(tmp_path / "absent.bin") as count:
        assert count == 0 and _compiler.compile is stdlib


def test_a_file_of_another_interpreter_or_damaged_is_not_read(recorded, tmp_path):
    key, canary, table = regex_codes.unpack(recorded.read_bytes())
    other = tmp_path / "other.bin"
    other.write_bytes(regex_codes.pack(key[:1] + ("2.7.18 another build",) + key[2:], canary, table))
    assert regex_codes.load(other) == {}
    cut = tmp_path / "cut.bin"
    cut.write_bytes(recorded.read_bytes()[:1000])
    assert regex_codes.load(cut) == {}
    wrong = tmp_path / "canary.bin"  # the canary made from another pattern's opcodes: not the same regex
    wrong.write_bytes(regex_codes.pack(key, next(iter(table.values())), table))
    assert regex_codes.load(wrong) == {}
    assert len(regex_codes.load(recorded)) == len(PATTERNS)


@pytest.mark.parametrize("bit", [0, 3, 7])
def test_a_file_with_one_byte_changed_inside_an_opcode_array_is_not_read(recorded, tmp_path, bit):
    data = recorded.read_bytes()
    key, canary, table = regex_codes.unpack(data)
    pattern, flags = PATTERNS[2]
    code = table[(pattern, flags)][1]
    literal = array(regex_codes._CODE_TYPE, [ord("t")]).tobytes()  # the "t" of "tịch", an opcode's operand
    at = data.index(code) + code.index(literal)
    damaged = bytearray(data)
    damaged[at] ^= 1 << bit  # still marshal data of the same shape: only the checksum tells
    key2, crc, body = marshal.loads(bytes(damaged))
    assert key2 == key and type(body) is bytes and len(body) == len(marshal.loads(data)[2])
    path = tmp_path / "flipped.bin"
    path.write_bytes(bytes(damaged))
    assert regex_codes.load(path) == {}
    stdlib = _compiler.compile
    with serving(path) as count:
        assert count == 0 and _compiler.compile is stdlib


def test_an_entry_sre_refuses_falls_back_to_compiling(recorded, tmp_path):
    key, canary, table = regex_codes.unpack(recorded.read_bytes())
    pattern, flags = PATTERNS[1]
    final, code, groups, groupindex, indexgroup = table[(pattern, flags)]
    table[(pattern, flags)] = (final, array(regex_codes._CODE_TYPE, [999_999]).tobytes() + code, groups,
                               groupindex, indexgroup)
    broken = tmp_path / "broken.bin"
    broken.write_bytes(regex_codes.pack(key, canary, table))
    with serving(broken) as count:
        assert count == len(PATTERNS)
        rx = _compiler.compile(pattern, flags)
    assert rx == _compiler.compile(pattern, flags)


def test_a_window_inside_another_serves_nothing_of_its_own(recorded):
    stdlib = _compiler.compile
    with serving(recorded) as outer:
        hook = _compiler.compile
        with serving(recorded) as inner:
            assert outer and inner == 0 and _compiler.compile is hook
        assert _compiler.compile is hook  # the inner window leaves the outer one in place
    assert _compiler.compile is stdlib


def test_recording_writes_atomically_and_only_where_asked(tmp_path):
    path = tmp_path / "sub" / "codes.bin"
    assert record(_build, path) == len(PATTERNS)
    assert sorted(p.name for p in path.parent.iterdir()) == ["codes.bin"]  # no partial file left


EXTRACT_SCRIPT = r"""
import json, sys
from pathlib import Path
from re import _compiler
from nqextract import regex_codes
regex_codes.cache_path = lambda: Path(sys.argv[1])
stdlib, misses = regex_codes._STDLIB_COMPILE, []

def counting(pattern, flags=0):
    if _compiler.compile is not counting:  # a window is open: a pattern it did not serve
        misses.append(pattern)
    return stdlib(pattern, flags)

regex_codes._STDLIB_COMPILE = _compiler.compile = counting  # what the windows fall back to
from nqextract.engines.base import loaded_extractor
from nqextract.models import RawArticle
from nqextract.settings import Settings
extractor = loaded_extractor(Settings(workers=1))
built = len(misses)
text = ("Sáng 7-12, Phó Thủ tướng Lê Văn B trao Quyết định 45/QĐ-TTg cho bà Trần Thị C làm Thứ trưởng "
        "Bộ Tài chính. Sở Xây dựng tỉnh Hà Giang lập kế hoạch, gửi Ủy ban nhân dân tỉnh trước ngày 20-12.\n")
article = extractor.process(RawArticle(source="t.txt", text=text))
print(built)
print(article.model_dump_json())
"""


@pytest.mark.slow
def test_a_process_built_from_recorded_codes_extracts_the_same(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "codes.bin"
    recorded = subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; "
                               "from nqextract.prepare import _build; from nqextract.regex_codes import record; "
                               "print(record(_build, Path(sys.argv[1])))", str(path)],
                              capture_output=True, text=True, timeout=300)
    assert recorded.returncode == 0, recorded.stderr
    assert int(recorded.stdout) > 500
    runs = []
    for codes in (path, tmp_path / "absent.bin"):
        out = subprocess.run([sys.executable, "-c", EXTRACT_SCRIPT, str(codes)], capture_output=True, text=True,
                             timeout=300)
        assert out.returncode == 0, out.stderr
        compiled, article = out.stdout.splitlines()
        runs.append((int(compiled), article))
    (missed, with_codes), (no_window, without) = runs
    assert missed < 10  # of the 500 and more patterns the build compiles, nearly all made from their opcodes
    assert no_window == 0  # without the file no window opens: re compiles every pattern as always
    assert with_codes == without


def test_extracting_never_writes_the_file(tmp_path, monkeypatch):
    from nqextract.engines.base import loaded_extractor
    from nqextract.settings import Settings

    path = tmp_path / "codes.bin"
    monkeypatch.setattr(regex_codes, "cache_path", lambda: path)
    from nqextract.models import RawArticle

    extractor = loaded_extractor(Settings(workers=1))
    extractor.process(RawArticle(source="t.txt", text="Chiều 4/3, Bộ Chính trị họp.\n"))
    assert not path.exists() and not list(tmp_path.iterdir())


RECORD_SCRIPT = r"""
import hashlib, sys
from pathlib import Path
from nqextract import regex_codes
from nqextract.regex_codes import record
from nqextract.prepare import _build
path = Path(sys.argv[1])
record(_build, path)
table = regex_codes.load(path)
print(hashlib.sha256(repr(sorted(table)).encode("utf-8", "surrogatepass")).hexdigest())
"""


@pytest.mark.slow
def test_every_process_builds_the_same_patterns_whatever_its_hash_seed(tmp_path):
    import os
    import subprocess
    import sys

    digests = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", RECORD_SCRIPT, str(tmp_path / f"{seed}.bin")], env=env,
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        digests.add(out.stdout.strip())
    assert len(digests) == 1
