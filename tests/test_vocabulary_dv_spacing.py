"""The document and date words read from data match exactly what the code they replaced matched, on any
blanks: a phrase written with one space matches one space only (as the old literal did), a gap the old code
wrote as ``\\s+`` still takes any run of blanks, and look-ups keyed by the printed match do not fail."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from nqextract.extract import resources
from nqextract.extract.date_relative import RelativeDates
from nqextract.extract.date_shapes import shape_patterns
from nqextract.extract.document_rules import load_rules
from nqextract.extract.phrases import printed
from nqextract.models import CleanArticle

# the patterns as the code wrote them before their words were data rows
OLD = {
    "regulating_re": re.compile(r"[ \t]+quy định[ \t]+[^\W\d_]", re.I),
    "titled_re": re.compile(r"[ \t]+Quy định[ \t]+(?=[^\W\d_])"),
    "link_after_re": re.compile(r"[ \t]+(?:của|về|ban hành|ngày|năm[ \t]+(?:19|20)\d\d)(?!\w)|[ \t]*[,.;)](?!\d)"),
    "congress_document_re": re.compile(r"(?<!\w)(?P<tw>Nghị quyết|nghị quyết|Văn kiện)\s+"),
    "constitution_re": re.compile(r"(?<!\w)Hiến pháp(?!\w)"),
    "party_tail_re": re.compile(
        r"\s+của\s+Đảng(?:\s+Cộng\s+sản\s+Việt\s+Nam)?(?!\w)(?![ \t]+(?:bộ|ủy|uỷ|viên|đoàn)(?!\w))"),
    "session_name_re": re.compile(
        r"(?:Đại hội|Hội nghị|Trung ương|[Kk]ỳ họp)(?:(?!Nghị quyết|của\s)[^\n,.;:()“”\"]){0,60}?"
        r"\s(?:(?:khóa|khoá|lần thứ|thứ)\s+)?(?:[IVXLC]{1,5}|\d{1,2})(?!\w)"
        r"(?:\s*,?\s*(?:Ban Chấp hành Trung ương(?:\s+Đảng)?\s+)?(?:khóa|khoá)\s+[IVXLC]{1,5}(?!\w))?"),
}
OLD_NATIONAL_TARGET = re.compile(r"[ \t]+mục tiêu quốc gia[ \t]+(?=[^\W\d_])", re.I)
BLANKS = (" ", "  ", "\t", "\n", " \n ")


def _variants(*texts: str) -> list[str]:
    """Each text with every single space in turn (and all at once) printed as each run of blanks."""
    out = []
    for text in texts:
        for blank in BLANKS:
            out.append(text.replace(" ", blank))
            out += [text[:i] + blank + text[i + 1 :] for i, c in enumerate(text) if c == " "]
    return out


SAMPLES = {
    "regulating_re": _variants(" quy định mức thu", " Quy định chính sách"),
    "titled_re": _variants(" Quy định chính sách"),
    "link_after_re": _variants(" ban hành kèm theo", " của Sở", " năm 2014 của", " về việc", ", ngày"),
    "congress_document_re": _variants("Nghị quyết Đại hội", "nghị quyết Hội nghị", "Văn kiện Đại hội"),
    "constitution_re": _variants("theo Hiến pháp năm 2013"),
    "party_tail_re": _variants(" của Đảng Cộng sản Việt Nam.", " của Đảng bộ tỉnh", " của Đảng."),
    "session_name_re": _variants(
        "Đại hội đại biểu toàn quốc lần thứ XIII", "Hội nghị Trung ương 8 khóa XIII", "kỳ họp thứ 9",
        "Hội nghị lần thứ 10, Ban Chấp hành Trung ương Đảng khóa XII", "Hội nghị của Tỉnh ủy lần 2",
        "Kỳ họp Nghị quyết 5", "Hội nghị của\tHuyện ủy 3"),
}


def _found(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


@pytest.mark.parametrize("name", sorted(OLD))
def test_document_words_match_as_the_old_patterns_on_any_blanks(name):
    new = getattr(load_rules(), name)
    for text in SAMPLES[name]:
        for pos in range(len(text)):
            assert _found(new.match(text, pos)) == _found(OLD[name].match(text, pos)), (name, text, pos)


def test_national_target_matches_as_the_old_pattern_on_any_blanks():
    new = load_rules().national_targets["Chương trình"]
    for text in _variants(" mục tiêu quốc gia giảm nghèo", " Mục tiêu quốc gia phát triển rừng"):
        assert _found(new.match(text)) == _found(OLD_NATIONAL_TARGET.match(text)), text


def test_a_congress_head_printed_with_a_tab_is_no_session():
    rules = load_rules()
    assert not rules.session_name_re.match("Đại\thội XIII") and rules.session_name_re.match("Đại hội XIII")
    assert rules.session_name_re.match("Đại hội XIII").group(0).startswith(rules.party_congress)


@pytest.mark.parametrize("blank", ["  ", "\t", "\n"])
def test_a_constitution_printed_with_other_blanks_does_not_crash(extractor, blank):
    text = f"Theo Luật Đất đai và Hiến{blank}pháp năm 2013, người dân được giao đất ở ổn định."
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 3, 4)))
    assert all(d.type != "Hiến pháp" for d in article.documents)


def test_printed_words_keep_one_space_unless_given_a_gap():
    assert printed(["kể từ", "từ"]) == r"(?:kể\ từ|từ)" and printed([]) == "(?:(?!))"
    assert printed(["rạng sáng"], r"\s+") == r"(?:rạng\s+sáng)"


def test_date_words_match_as_the_old_patterns_on_any_blanks():
    data = json.loads(resources.read_text("date_words.json"))
    shapes = dict(shape_patterns(data))
    for blank in BLANKS:  # base: ',?\s*rạng\s+sáng' between the two days; '(?:từ|kể từ)\s+' before a year
        assert shapes["daylist"].match(f"đêm 27 rạng{blank}sáng 28/6")
        assert bool(shapes["fromyear"].match(f"kể{blank}từ 2004 đến 2014")) == (blank == " ")
    assert shapes["daylist"].match("đêm 27 rạng\n sáng 28/6").group(0) == "đêm 27 rạng\n sáng 28/6"
    relative = RelativeDates(data)
    old_after = re.compile(r"\s*[,(]?\s*(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}")
    for text in _variants(" ngày 28/11", " (28/11)"):
        assert _found(relative.date_after.match(text)) == _found(old_after.match(text)), text


@pytest.mark.parametrize("blank", [" ", "  ", "\t"])
def test_a_night_into_dawn_keeps_both_days_on_any_blanks(extractor, blank):
    text = f"Đội cứu hộ làm việc suốt đêm 14 rạng{blank}sáng 15/8 ở bờ kè."
    article = extractor.extract_clean(CleanArticle(source="<test>", text=text, published=dt.date(2025, 3, 4)))
    assert [d.value for d in article.dates] == ["2025-08-14", "2025-08-15"]
