"""One body, one name: a university printed "Trường đại học X" is named "Trường Đại học X" (body_spellings.tsv), as
the gold names every university under that head, in the bodies and in a position's body; a school council,
"Hội đồng trường" before "đại học", keeps its words."""

from __future__ import annotations

import pytest

from nqextract.extract.body_rules import load_rules
from nqextract.extract.body_spellings import respelled
from nqextract.pipeline import extract


@pytest.fixture(scope="module")
def table():
    return load_rules(None).spellings


@pytest.mark.parametrize("printed, named", [
    ("Trường đại học Kelora", "Trường Đại học Kelora"),
    ("Trường đại học Y Dược Sông Mây", "Trường Đại học Y Dược Sông Mây"),
    ("Hội đồng trường Trường đại học Kelora", "Hội đồng trường Trường Đại học Kelora"),
    ("Khoa Luật, Trường đại học Kelora", "Khoa Luật, Trường Đại học Kelora"),
    ("Trường Đại học Kelora", "Trường Đại học Kelora"),
])
def test_a_university_is_named_with_its_capitalized_head(table, printed, named) -> None:
    assert respelled(printed, table) == named


@pytest.mark.parametrize("name", [
    "Hội đồng trường đại học Kelora",  # a school council's words, no university's head
    "các trường đại học",  # schools in general (a task's assignee)
    "những trường đại học phía Nam",
    "Trường trung học phổ thông Kelora",
    "Trường cao đẳng nghề Sông Mây",
    "Đại học Quốc gia Kelora",
    "Công ty cổ phần Giáo dục Kelora",
])
def test_other_names_keep_their_words(table, name) -> None:
    assert respelled(name, table) == name


def test_a_rectors_university_in_the_extraction() -> None:
    text = ("Sáng 3-5, ông Phan Văn Khải, Hiệu trưởng Trường đại học Kelora, đã tiếp đoàn công tác "
            "của tỉnh về chương trình đào tạo năm nay.")
    article = extract(text, published="2025-01-01")
    bodies = [b.name for b in article.bodies]
    assert "Trường Đại học Kelora" in bodies
    assert all(not b.startswith("Trường đại học") for b in bodies)
    held = {(q.title, q.body) for p in article.persons for q in p.positions}
    assert ("Hiệu trưởng", "Trường Đại học Kelora") in held
