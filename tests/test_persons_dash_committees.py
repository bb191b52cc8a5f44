"""Persons: a title whose committee or office is named by two fields joined by a dash ("Ban Kinh tế - Ngân
sách", "Ban Văn hóa - Xã hội", "Phòng Tổ chức - Hành chính") still reaches the name printed after it, and
a named body after the committee is its parent."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize("text, name, body", [
    ("Trình bày báo cáo thẩm tra, Phó Trưởng ban Kinh tế - Ngân sách HĐND TP Hà Nội Trần Khánh Hưng đề nghị "
     "UBND TP rà soát.", "Trần Khánh Hưng", "Ban Kinh tế - Ngân sách Hội đồng nhân dân thành phố Hà Nội"),
    ("Trưởng ban Văn hóa – Xã hội HĐND tỉnh Nghệ An Nguyễn Văn Bình cho biết.", "Nguyễn Văn Bình",
     "Ban Văn hóa – Xã hội Hội đồng nhân dân tỉnh Nghệ An"),
    ("Trưởng phòng Tổ chức - Hành chính Sở Y tế Hà Nội Lê Thị Mai cho biết.", "Lê Thị Mai",
     "Phòng Tổ chức - Hành chính Sở Y tế thành phố Hà Nội"),
])
def test_dash_joined_committee_with_parent_body(pipeline, text, name, body):
    found = positions(pipeline, text)
    assert name in found
    assert any(b == body for _t, b, _s in found[name])


def test_dash_joined_committee_without_parent(pipeline):
    found = positions(pipeline, "Phó trưởng ban Kinh tế - Ngân sách HĐND tỉnh Trần Văn Hà phát biểu.")
    assert found.get("Trần Văn Hà") and all(b.startswith("Ban Kinh tế - Ngân sách") for _t, b, _s in found["Trần Văn Hà"])


@pytest.mark.parametrize("text, name", [
    # a dash before a name or a lower-case word still ends the body
    ("Ông Lê Văn Tám - Trưởng ban Pháp chế HĐND tỉnh - Nguyễn Văn Bình cho biết.", "Lê Văn Tám"),
    ("Bà Trần Thị Lan - Trưởng phòng Tổ chức - hành chính công ty, cho biết.", "Trần Thị Lan"),
])
def test_dash_before_a_name_or_lower_word_ends_the_body(pipeline, text, name):
    found = positions(pipeline, text)
    assert name in found
    assert all(" - Nguyễn" not in (b or "") and "hành chính công ty" not in (b or "") for _t, b, _s in found[name])
