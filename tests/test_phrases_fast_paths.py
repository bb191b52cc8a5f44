"""The fast paths of extract.phrases find exactly what the plain regexes and scans find."""

from __future__ import annotations

import re

import pytest

from nqextract.extract.body_rules import load_rules
from nqextract.extract.phrases import BranchIndex, WordIndex, bounded, first_chars, guarded, literal_led

TEXTS = [
    "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam, UBND TP Đà Nẵng và Bộ Công an đã họp.",
    "ủy ban nhân dân các tỉnh, thành phố; Ban Quản lý dự án 85 (Bộ GTVT) và tổng công ty ACV",
    "Thủ tướng giao Bộ Tài chính, Bộ Kế hoạch và Đầu tư phối hợp với Ngân hàng Nhà nước Việt Nam.",
    "",
    "R&D, Sở GD&ĐT, Sở LĐ-TB&XH, Hội đồng nhân dân, Đảng ủy khối, Ủy ban MTTQ Việt Nam tỉnh",
]


@pytest.mark.parametrize("pattern, flags, chars", [
    (r"(?<!\w)(?:bộ|ban|sở)(?!\w)", 0, "bs"),
    (r"(?:ab|c)+d", 0, "ac"),
    (r"[a-c\d]x", 0, r"a-c\d"),
    (r"x?y", 0, None),  # may start with y or x
    (r"[^a]b", 0, None),  # a negated set: unknown
    (r"(?i:a)b", 0, None),  # a scoped flag: unknown
    (r"", 0, None),
])
def test_first_chars_names_what_a_match_can_start_with(pattern, flags, chars):
    assert first_chars(pattern, flags) == chars


@pytest.mark.parametrize("pattern, flags", [
    (r"(?<![\w&])(?:sở\s+nông\s+nghiệp|ủy\s+ban|ban\s+quản\s+lý|bộ)(?![\w&])", 0),
    (r"(?<!\w)(?:Sở|UBND|Bộ\s+[A-ZĐ]\w+)(?!\w)", 0),
    (r"(?<!\w)(?:sở|ubnd|bộ)(?!\w)", re.IGNORECASE),
    (r"\d+/\d+", 0),
])
def test_a_guarded_regex_finds_the_same_matches(pattern, flags):
    rx = re.compile(pattern, flags)
    fast = guarded(rx)
    for text in TEXTS + [t.lower() for t in TEXTS] + [t.upper() for t in TEXTS]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_a_branch_index_matches_as_the_whole_alternation_with_its_group_names():
    branches = [r"(?P<g0>sở\s+nông\s+nghiệp)", r"(?P<g1>ban\s+quản\s+lý)", r"(?P<g2>\w+\s+công\s+an)",
                r"(?P<g3>sở)", r"(?P<g4>bộ\s+công\s+an)", r"(?P<g5>bộ)"]
    index = BranchIndex(branches, bounded)
    whole = re.compile(bounded("(?:" + "|".join(branches) + ")"))
    for text in [t.lower() for t in TEXTS]:
        for pos in range(len(text) + 1):
            a, b = index.match(text, pos), whole.match(text, pos)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), (text, pos)


def test_the_packaged_local_heads_and_ministries_are_guarded_without_changing_matches():
    rules = load_rules()
    for rx, _exact in rules.local_heads:
        assert rx.pattern.startswith("(?=[")
        plain = re.compile(rx.pattern[rx.pattern.index("])(?:") + 5:-1], rx.flags)
        for text in TEXTS + [t.lower() for t in TEXTS]:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_word_index_finds_every_occurrence_with_per_first_word_lengths():
    index = WordIndex()
    index.add("cue", [("giao",), ("giao", "cho"), ("yêu", "cầu")])
    index.add("agent", [("bộ",), ("bộ", "công", "an"), ("giao", "cho")])
    words = ["thủ", "tướng", "giao", "cho", "bộ", "công", "an", "yêu", "cầu"]
    assert list(index.find(words)) == [
        ("cue", 2, 3), ("cue", 2, 4), ("agent", 2, 4), ("agent", 4, 5), ("agent", 4, 7), ("cue", 7, 9),
    ]
    assert list(index.find(["yêu"])) == []


@pytest.mark.parametrize("pattern, flags, led", [
    (r"(?<![\w&])ngân\s+hàng(?![\w&])", 0, True),
    (r"(?<!\w)thủ\s+tướng(?!\w)", re.IGNORECASE, True),
    (r"(?<![\w&/-])UBND(?![\w&/-])", 0, True),
    (r"(?<![\w&])(?:bộ|sở)(?![\w&])", 0, False),  # no literal first: unchanged
    (r"(?<!\w)a?b", 0, False),  # the first letter is optional: unchanged
])
def test_a_literal_led_regex_finds_the_same_matches(pattern, flags, led):
    rx = re.compile(pattern, flags)
    fast = literal_led(rx)
    assert (fast is not rx) == led
    texts = TEXTS + ["ngân hàng", "xngân hàng", "&ngân hàng", "-UBND UBND/UBND", "Thủ tướng,thủ tướng THỦ TƯỚNG"]
    for text in texts + [t.lower() for t in texts]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in fast.finditer(text, 1)] == [m.span() for m in rx.finditer(text, 1)]


def test_a_pattern_given_as_text_is_compiled_once_with_the_same_matches():
    # guarded and literal_led given the text compile only the pattern they return
    for pattern, flags in [(r"(?<!\w)(?:bộ|ban|sở)(?!\w)", 0), (r"(?<!\w)thủ\s+tướng(?!\w)", re.IGNORECASE),
                           (r"x?y", 0)]:
        for fast in (guarded(pattern, flags), literal_led(pattern, flags)):
            plain = re.compile(pattern, flags)
            assert fast.flags == plain.flags
            for text in TEXTS + [t.lower() for t in TEXTS] + ["xy y THỦ TƯỚNG"]:
                assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_packaged_abbreviations_compiled_on_first_use_match_as_their_plain_regexes():
    from nqextract.extract import resources
    from nqextract.extract.body_rules import abbreviation_regex
    from nqextract.textnorm import canonical_tones

    rules = load_rules()
    names = [r["abbr"] for r in resources.load_tsv("abbreviations.tsv") if r["kind"] == "name"]
    assert len(rules.abbreviations) == len(names) > 0
    texts = [*TEXTS, "UBND, HĐND và MTTQ tỉnh; NQ-QH15, 37/2004/QH, Ảnh: X/TTXVN, BCH TW, BCHTW, -UBND"]
    for (pattern, _expansion, _literal), abbr in zip(rules.abbreviations, names, strict=True):
        rx = abbreviation_regex(pattern)
        assert rx is abbreviation_regex(pattern)  # compiled once
        plain = re.compile(r"(?<![\w&/-])" + re.escape(canonical_tones(abbr)).replace(r"\ ", r"\s+") + r"(?![\w&/-])")
        for text in [*texts, f"{abbr} và {abbr}/x, x{abbr} {abbr}"]:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_packaged_law_names_are_guarded_without_changing_matches():
    from nqextract.extract.document_rules import load_rules as document_rules

    rx = document_rules().law_re
    assert rx.pattern.startswith("(?=[")
    plain = re.compile(rx.pattern[rx.pattern.index("])(?:") + 5:-1], rx.flags)
    texts = ["Luật Đất đai 2024 và luật Đầu tư công, Bộ luật Hình sự, Hiến pháp năm 2013.",
             "Theo LUẬT ĐẤT ĐAI, bộ luật dân sự; xLuật Đất đai", *TEXTS]
    for text in texts:
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("text", ["Hoà", "  THUỶ   lợi ", "Ủy ban nhân dân tỉnh Khánh Hoà " * 3, "", "R&D"])
def test_fold_of_short_and_long_texts_is_the_comparison_key(text):
    from nqextract.textnorm import canonical_tones, fold

    assert fold(text) == " ".join(canonical_tones(text).lower().split())
    assert fold(text) == fold(text)  # the cached path answers the same again


def test_without_the_private_regex_parser_every_fast_path_is_the_plain_pattern(monkeypatch):
    """``re._parser`` is private: on a Python without it, guards and indexes fall back to plain regexes."""
    from nqextract.extract import phrases

    monkeypatch.setattr(phrases, "_sre_parse", None)
    rx = re.compile(r"(?<!\w)(?:bộ|ban|sở)(?!\w)")
    assert first_chars(rx.pattern) is None
    assert guarded(rx) is rx
    branches = [r"Bộ \w+", r"Ban \w+", r"\d+"]
    index = BranchIndex(branches, bounded)
    plain = re.compile(bounded("(?:" + "|".join(branches) + ")"))
    for text in TEXTS:
        for pos in range(len(text)):
            a, b = index.match(text, pos), plain.match(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_a_branch_index_compiled_ahead_matches_as_one_compiled_on_demand():
    branches = [r"(?P<g0>sở\s+nông\s+nghiệp)", r"(?P<g1>ban\s+quản\s+lý)", r"(?P<g2>\w+\s+công\s+an)",
                r"(?P<g3>sở)", r"(?P<g4>bộ\s+công\s+an)", r"(?P<g5>bộ)"]
    ahead, lazy = BranchIndex(branches, bounded), BranchIndex(branches, bounded)
    ahead.compile_all()
    assert {"s", "b", ""} <= set(ahead._compiled)
    for text in [t.lower() for t in TEXTS]:
        for pos in range(len(text) + 1):
            a, b = ahead.match(text, pos), lazy.match(text, pos)
            assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), (text, pos)
