"""A local head before a count of level words ("UBND 2 tỉnh X và Y", "hai tỉnh") or before level words closed by
a colon ("UBND các tỉnh, thành phố: X, Y, Z") names one local body per known place listed after them; a count
with no known place after it, or a number that is no count of places, names none (constructed sentences)."""

import pytest

from conftest import tagged_body_names


@pytest.mark.parametrize("text, bodies", [
    ("Văn bản yêu cầu UBND 2 tỉnh Nghệ An và Hà Tĩnh rà soát các tuyến đê.",
     ["Ủy ban nhân dân tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Hà Tĩnh"]),
    ("Ủy ban nhân dân hai tỉnh Lào Cai và Yên Bái thống nhất phương án phân luồng.",
     ["Ủy ban nhân dân tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Yên Bái"]),
    ("Công điện nêu rõ, UBND các tỉnh, thành phố: Cần Thơ, An Giang, Kiên Giang báo cáo trước ngày 10.",
     ["Ủy ban nhân dân thành phố Cần Thơ", "Ủy ban nhân dân tỉnh An Giang", "Ủy ban nhân dân tỉnh Kiên Giang"]),
    ("Công an 3 tỉnh Gia Lai, Kon Tum và Đắk Lắk phối hợp truy bắt nhóm đối tượng.",
     ["Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum", "Công an tỉnh Đắk Lắk"]),
])
def test_a_counted_or_colon_closed_plural_level_names_each_place(text, bodies):
    assert tagged_body_names(text) == bodies


@pytest.mark.parametrize("text", [
    "UBND 2 tỉnh đã họp bàn phương án sắp xếp.",
    "UBND hai tỉnh giáp ranh cùng ký biên bản.",
])
def test_a_count_with_no_known_place_after_it_names_no_local_body(text):
    assert not any(n.startswith("Ủy ban nhân dân tỉnh") for n in tagged_body_names(text))
