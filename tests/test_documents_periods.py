"""Documents: the words of a period ('giai đoạn', 'thời kỳ') are data (document_types.tsv, kind period), read by
the three places a period attaches to a plan's name: its tail, brackets after it, a comma after its place."""

from __future__ import annotations

from importlib import resources as ir

import pytest

from conftest import document_pairs
from nqextract.extract.document_rules import TYPES_FILE, load_rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tỉnh triển khai Chương trình mục tiêu quốc gia xây dựng nông thôn mới (giai đoạn 2010-2015) trên địa bàn.",
         [("Chương trình", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới (giai đoạn 2010-2015)")]),
        ("Do quy hoạch sử dụng đất của huyện Tuy Phước, thời kỳ 2021 - 2030 chưa được phê duyệt nên dự án dừng lại.",
         [("Quy hoạch", "Quy hoạch sử dụng đất của huyện Tuy Phước, thời kỳ 2021 - 2030")]),
    ],
)
def test_a_period_belongs_to_a_plans_name(extractor, text, expected) -> None:
    assert document_pairs(extractor, text) == expected


def test_a_lower_case_plan_followed_by_its_period_only_names_none(extractor) -> None:
    assert document_pairs(extractor, "Ông cho biết chương trình giai đoạn 2021-2025 đã hoàn thành.") == []


def test_period_words_are_read_from_the_rules_folder(tmp_path) -> None:
    packaged = ir.files("nqextract.data").joinpath(TYPES_FILE).read_text(encoding="utf-8")
    (tmp_path / TYPES_FILE).write_text(packaged + "period\tchặng\n", encoding="utf-8")
    rules = load_rules(tmp_path)
    assert rules.bracket_period_re.match(" (chặng 2021-2025)")
    assert rules.place_period_re.match(", chặng 2021 - 2030")
    assert rules.year_tail_re.match("chặng 2021-2025")
    assert not load_rules().bracket_period_re.match(" (chặng 2021-2025)")
    assert load_rules().bracket_period_re.match(" (thời kỳ 2021 - 2030)")
