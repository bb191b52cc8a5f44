"""Bodies: a bare party committee in a membership list followed by the office held in it ("tham gia Ban Chấp
hành, Ban Thường vụ Đảng ủy và giữ chức phó bí thư Đảng ủy Khối X") is the committee named with that office
(constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, expected", [
    ("Ông A được điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ Đảng ủy và giữ chức phó bí thư Đảng ủy "
     "Khối doanh nghiệp trung ương.",
     ["Ban Chấp hành Đảng bộ Khối doanh nghiệp Trung ương", "Ban Thường vụ Đảng ủy Khối doanh nghiệp Trung ương"]),
    ("Ông B được chỉ định tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy và giữ chức Phó Bí thư Huyện ủy Hoài Ân.",
     ["Ban Chấp hành Đảng bộ huyện Hoài Ân", "Ban Thường vụ Huyện ủy Hoài Ân"]),
    ("Bà C tham gia Ban Thường vụ Đảng ủy và được giữ chức Bí thư Đảng ủy Khối các cơ quan Trung ương.",
     ["Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương"]),
])
def test_the_committee_joined_is_the_one_of_the_office_held(text, expected):
    found = names(text)
    assert all(body in found for body in expected)


def test_a_bare_committee_before_another_clause_stays_unnamed():
    assert names("Ông D tham gia Ban Thường vụ Đảng ủy và phát biểu tại hội nghị của Đảng ủy Khối doanh nghiệp "
                 "Trung ương.") == ["Đảng ủy Khối doanh nghiệp Trung ương"]
