"""factored(): an alternation written by first letter matches exactly what the plain one matches."""

import re

import pytest

from nqextract.extract.phrases import alternation, factored

TEXT = ("Thủ tướng Chính phủ và thủ trưởng các bộ, THỦ TƯỚNG; Tỉnh ủy tỉnh Bắc Ninh, thành phố Hà Nội, "
        "Thành ủy, xã Tân An, Xã Tân Bình, ban thường vụ, Ban Bí thư, Đảng ủy, đảng viên, ab abc a")


def _matches(pattern: str, flags: int, text: str = TEXT) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text, flags)]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("phrases", [
    ["Thủ tướng", "thủ trưởng", "Thành ủy", "thành phố", "Tỉnh ủy", "tỉnh"],
    ["xã", "Xã Tân", "ban thường vụ", "Ban Bí thư", "Đảng ủy", "đảng viên", "Đảng"],
    ["a", "ab", "abc"],  # a shorter branch first: it still wins where it matches first
    ["abc", "ab", "a"],
])
def test_same_matches_as_the_plain_alternation(phrases, flags):
    plain = alternation(phrases)
    grouped = alternation(phrases, factor=flags)
    assert grouped != plain
    for wrap in (r"(?<!\w){}(?!\w)", r"{}", r"(?P<tw>{})\s"):
        assert _matches(wrap.format(grouped), flags) == _matches(wrap.format(plain), flags)


def test_case_blind_letters_share_one_group():
    grouped = factored(["Tỉnh", "thành", "tổ"], re.IGNORECASE)
    assert grouped == "(?:T(?:ỉnh|hành|ổ))"
    assert factored(["Tỉnh", "thành"], 0) == "(?:Tỉnh|thành)"  # case-sensitive: two letters


def test_letters_that_match_each_other_case_blind_leave_it_plain():
    # "s" and the long s "ſ" match each other under IGNORECASE without being each other's lower case
    assert factored(["sa", "ſb", "sc"], re.IGNORECASE) == "(?:sa|ſb|sc)"
    assert factored(["sa", "ſb", "sc"], 0) == "(?:s(?:a|c)|ſb)"


@pytest.mark.parametrize("branches", [[r"\(a", "ab"], ["a*b", "ac"], ["a+", "ab"], ["a?b", "ac"], ["a{2}", "ab"],
                                      [r"\s+x", "ab"]])
def test_a_branch_not_led_by_a_plain_letter_leaves_it_plain(branches):
    assert factored(branches) == "(?:" + "|".join(branches) + ")"


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in rx.finditer(text)]


@pytest.mark.parametrize("branches", [
    [r"(?P<h0>sở\s+y\s+tế)", r"(?P<h1>ban\s+quản\s+lý)", r"(?P<h2>sở)", r"(?P<h3>ban)", r"(?P<h4>bộ)"],
    [r"(?P<a>ab)", r"(?P<b>a)", r"(?P<c>abc)", r"(?P<d>x)"],  # a shorter branch first still wins where it matches
    [r"(?P<a>Xã)", r"(?P<b>xã\s+tân)", r"(?P<c>xã)"],  # case-sensitive: "X" and "x" are two characters
])
def test_letter_grouped_finds_the_same_matches_and_groups(branches):
    from nqextract.extract.phrases import bounded, letter_grouped

    text = "sở y tế, Sở Y tế, ban quản lý bộ, ban, bộ; ab abc a x; Xã xã tân xã; sởở"
    grouped = letter_grouped(branches)
    assert grouped != "(?:" + "|".join(branches) + ")"
    for wrap in (bounded, lambda rx: rx):
        assert _spans(re.compile(wrap(grouped)), text) == _spans(re.compile(wrap("(?:" + "|".join(branches) + ")")), text)


def test_letter_grouped_leaves_branches_without_one_first_character_as_they_are():
    from nqextract.extract.phrases import letter_grouped

    for branches in ([r"(?P<a>\w+\s+an)", r"(?P<b>bộ)"], [r"(?P<a>[sS]ở)", r"(?P<b>bộ)"], [r"(?P<a>x?bộ)", "a"]):
        assert letter_grouped(branches) == "(?:" + "|".join(branches) + ")"


def test_the_packaged_local_heads_match_as_their_plain_alternation():
    from nqextract.extract.body_rules import load_rules

    rules = load_rules(None)
    text = ("Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An, sở y tế tp hồ chí minh, UBND tỉnh Bắc Ninh, "
            "Ủy ban MTTQ Việt Nam tỉnh Lào Cai, ủy ban nhân dân huyện Mê Linh, Công an tỉnh Thái Bình, "
            "Thành ủy Hà Nội, tỉnh ủy Quảng Ninh, Đoàn ĐBQH tỉnh Bình Định, hội đồng nhân dân xã Tân An")
    for rx, _exact in rules.local_heads:
        # the same branches, in their order, joined plainly
        branches = re.findall(r"\(\?P<h\d+>(?:[^()]|\([^()]*\))*\)", rx.pattern)
        assert branches and len(branches) == rx.pattern.count("(?P<h")
        flat = re.compile(r"(?<![\w&])(?:" + "|".join(branches) + r")(?![\w&])")
        for sample in (text, text.lower()):
            assert _spans(rx, sample) == _spans(flat, sample)
