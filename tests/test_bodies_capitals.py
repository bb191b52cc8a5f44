"""One body, one name: a department printed in lower case after its head (body_capitals.tsv: Phòng, Cục, Vụ, Chi
cục, Tổng cục) is named with the word after the head capitalized, in the bodies and in a position's body; a clinic,
a case, a field or a name already capitalized keeps its words."""

from __future__ import annotations

import pytest

from nqextract.extract.body_capitals import capital_table, capitalized
from nqextract.pipeline import extract
from nqextract.resources import load_tsv


@pytest.fixture(scope="module")
def table():
    return capital_table(load_tsv("body_capitals.tsv"))


@pytest.mark.parametrize("printed, named", [
    ("Phòng kế hoạch tài vụ", "Phòng Kế hoạch tài vụ"),
    ("Phòng tổ chức cán bộ Sở Nội vụ tỉnh Kelora", "Phòng Tổ chức cán bộ Sở Nội vụ tỉnh Kelora"),
    ("Cục quản lý thị trường số", "Cục Quản lý thị trường số"),
    ("Vụ hợp tác quốc tế", "Vụ Hợp tác quốc tế"),
    ("Chi cục thủy lợi Kelora", "Chi cục Thủy lợi Kelora"),
    ("Tổng cục đường bộ", "Tổng cục Đường bộ"),
])
def test_the_word_after_a_department_head_is_capitalized(table, printed, named) -> None:
    assert capitalized(printed, table) == named


@pytest.mark.parametrize("name", [
    "Phòng khám đa khoa Kelora",  # a clinic, named as printed
    "Phòng chống thiên tai",  # a field
    "Vụ án Sông Mây",  # a case
    "Cục trưởng Cục Hàng không",  # a title before its body (a task's assignee)
    "Vụ phó Vụ Pháp chế",
    "Chi cục trưởng Chi cục Thủy sản",
    "Phòng Cảnh sát giao thông",  # already capitalized
    "Cục Thuế",
    "Công ty cổ phần quản lý Kelora",  # no department head opens it
    "Sở Nội vụ",
    "Phòng",
    "Cục 2",
])
def test_other_names_keep_their_letters(table, name) -> None:
    assert capitalized(name, table) == name


def test_an_empty_table_changes_nothing() -> None:
    assert capitalized("Phòng kế hoạch", capital_table([])) == "Phòng kế hoạch"


@pytest.mark.parametrize("text, held", [
    ("Danh sách 3 người bị đề xuất kỷ luật gồm: Lê Văn Tám - trưởng phòng kế hoạch tài vụ, Phạm Thị Lan - phó "
     "trưởng phòng tổ chức cán bộ.",
     {("Lê Văn Tám", "Trưởng phòng", "Phòng Kế hoạch tài vụ"),
      ("Phạm Thị Lan", "Phó Trưởng phòng", "Phòng Tổ chức cán bộ")}),
    ("Hôm qua ông Đỗ Minh Quân (phó cục trưởng Cục kiểm định hàng hóa Bộ Công Thương) đã ký văn bản này.",
     {("Đỗ Minh Quân", "Phó Cục trưởng", "Cục Kiểm định hàng hóa")}),
])
def test_a_departments_head_in_the_extraction(text, held) -> None:
    article = extract(text, published="2025-01-01")
    assert held <= {(p.name, q.title, q.body) for p in article.persons for q in p.positions}
