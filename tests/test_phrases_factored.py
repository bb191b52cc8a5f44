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
