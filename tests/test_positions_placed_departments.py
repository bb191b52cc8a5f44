"""Positions: a title ending with a prefix's head printed before a department without its place, in an article about
one province ("Chánh Thanh tra Sở Y tế", "Chánh Văn phòng Sở X", "Bí thư Đảng ủy Sở X"), is an office of that
department with the place the article gives it, as when the place is printed; the bodies read the prefix with it
("Thanh tra Sở Y tế tỉnh X"). Several provinces give it none; a title before a place or a ministry keeps its reading
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize("text, name, office", [
    ("Ông Đinh Văn Hòa, Chánh Thanh tra Sở Nông nghiệp và Môi trường, nêu ba sai phạm. Ông Mai Văn Lực, Chủ tịch "
     "UBND tỉnh Gia Lai, yêu cầu khắc phục.", "Đinh Văn Hòa",
     ("Chánh Thanh tra", "Sở Nông nghiệp và Môi trường tỉnh Gia Lai")),
    ("Bà Lưu Thị Hạnh, Phó Chánh Thanh tra Sở Y tế, kiểm tra hai nhà thuốc. UBND tỉnh Gia Lai đã nhận báo cáo.",
     "Lưu Thị Hạnh", ("Phó Chánh Thanh tra", "Sở Y tế tỉnh Gia Lai")),
    ("Ông Đinh Văn Hòa, Chánh Văn phòng Sở Xây dựng, giải thích việc chậm cấp phép. UBND tỉnh Gia Lai giao sở rà soát.",
     "Đinh Văn Hòa", ("Chánh Văn phòng", "Sở Xây dựng tỉnh Gia Lai")),
    ("Ông Đinh Văn Hòa, Bí thư Đảng ủy Sở Tài chính, trao cờ thi đua. UBND tỉnh Gia Lai ghi nhận.",
     "Đinh Văn Hòa", ("Bí thư", "Đảng ủy Sở Tài chính tỉnh Gia Lai")),
    # the place printed: the same office
    ("Bà Lưu Thị Hạnh, Phó Chánh Thanh tra Sở Y tế tỉnh Gia Lai, kiểm tra hai nhà thuốc.",
     "Lưu Thị Hạnh", ("Phó Chánh Thanh tra", "Sở Y tế tỉnh Gia Lai")),
    ("Ông Đinh Văn Hòa, Chánh Thanh tra Sở Nông nghiệp và Môi trường tỉnh Gia Lai, nêu ba sai phạm.",
     "Đinh Văn Hòa", ("Chánh Thanh tra", "Sở Nông nghiệp và Môi trường tỉnh Gia Lai")),
])
def test_an_office_of_a_department_keeps_the_place_the_article_gives_it(pipeline, text, name, office):
    assert (*office, "current") in positions(pipeline, text)[name]


@pytest.mark.parametrize("text, office", [
    # two provinces: no place for the department
    ("Bà Lưu Thị Hạnh, Phó Chánh Thanh tra Sở Y tế, kiểm tra hai nhà thuốc. UBND tỉnh Gia Lai và UBND tỉnh Đắk Lắk "
     "đã nhận báo cáo.", ("Phó Chánh Thanh tra", "Sở Y tế")),
    # a place after the title, and a ministry: their own readings
    ("Bà Lưu Thị Hạnh, Chánh Thanh tra tỉnh Gia Lai, kiểm tra hai nhà thuốc.", ("Chánh Thanh tra", "Thanh tra tỉnh Gia Lai")),
    ("Bà Lưu Thị Hạnh, Chánh Thanh tra Bộ Y tế, kiểm tra hai nhà thuốc ở tỉnh Gia Lai. UBND tỉnh Gia Lai đã nhận báo "
     "cáo.", ("Chánh Thanh tra", "Bộ Y tế")),
])
def test_no_place_given_where_the_article_gives_none(pipeline, text, office):
    assert positions(pipeline, text)["Lưu Thị Hạnh"] == {(*office, "current")}
