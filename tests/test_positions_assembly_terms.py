"""A deputy's office printed with the Assembly's terms he sat in ("ĐBQH khóa 9, 11, 12", "đại biểu Quốc hội khóa
XIII") (constructed sentences, dated): former where the last term ended before the article's date, current where
it runs then; printed without terms, or in an article without a date, it keeps its status."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import positions

_2016 = dt.date(2016, 1, 5)
_2024 = dt.date(2024, 11, 20)


@pytest.mark.parametrize(("text", "published", "name", "status"), [
    ("Buổi họp mặt có nguyên Chủ tịch nước Nguyễn Minh Triết (ĐBQH khóa 9, 11, 12) tham dự.", _2016,
     "Nguyễn Minh Triết", "former"),
    ("Buổi họp mặt có Chánh án Trương Hòa Bình (ĐBQH khóa 10, 11, 12, 13) tham dự.", _2016, "Trương Hòa Bình", "current"),
    ("Ông Nguyễn Văn Bình, đại biểu Quốc hội khóa XIII, cho biết.", _2024, "Nguyễn Văn Bình", "former"),
    ("Ông Nguyễn Văn Bình, đại biểu Quốc hội khóa XV, cho biết.", _2024, "Nguyễn Văn Bình", "current"),
    ("Đồng chí Trần Văn Cường, Đại biểu Quốc hội khóa VII, VIII, đã từ trần.", _2024, "Trần Văn Cường", "former"),
])
def test_the_terms_date_the_deputys_office(pipeline, text, published, name, status):
    assert ("Đại biểu Quốc hội", None, status) in positions(pipeline, text, published)[name]


@pytest.mark.parametrize(("text", "published"), [
    ("Ông Nguyễn Văn Bình, đại biểu Quốc hội khóa XIII, cho biết.", None),  # no date
    ("Ông Nguyễn Văn Bình, đại biểu Quốc hội, cho biết.", _2024),  # no term
])
def test_guard_no_date_or_no_term_keeps_it_current(pipeline, text, published):
    assert positions(pipeline, text, published)["Nguyễn Văn Bình"] == {("Đại biểu Quốc hội", None, "current")}


def test_guard_a_delegation_is_no_deputy_title(pipeline):
    got = positions(pipeline, "Trưởng Đoàn ĐBQH tỉnh Đồng Nai Quản Minh Cường cho biết.", _2024)
    assert got["Quản Minh Cường"] == {("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Đồng Nai", "current")}
