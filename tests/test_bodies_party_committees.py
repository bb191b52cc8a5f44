"""Party committees: prefix heads listed before one committee share it, and the executive committee of a
party committee is named after its organization (constructed sentences)."""

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Ban Chấp hành Tỉnh ủy Quảng Bình họp.", "Ban Chấp hành Đảng bộ tỉnh Quảng Bình"),
    ("Ban Chấp hành Thành ủy TP.HCM họp.", "Ban Chấp hành Đảng bộ Thành phố Hồ Chí Minh"),
    ("Ban Chấp hành Huyện ủy Hoài Ân họp.", "Ban Chấp hành Đảng bộ huyện Hoài Ân"),
])
def test_the_executive_committee_of_a_party_committee_is_its_organizations(text, body):
    assert body_names(text) == [body]


@pytest.mark.parametrize("text, expected", [
    ("Ông thôi tham gia Ban Chấp hành, Ban Thường vụ Tỉnh ủy Nghệ An.",
     {"Ban Chấp hành Đảng bộ tỉnh Nghệ An", "Ban Thường vụ Tỉnh ủy Nghệ An"}),
    ("Báo cáo kiểm điểm của Ban Chấp hành, Ban Thường vụ Đảng ủy Bộ Công an nhiệm kỳ 2020-2025.",
     {"Ban Chấp hành Đảng bộ Bộ Công an", "Ban Thường vụ Đảng ủy Bộ Công an"}),
    ("Ban Chấp hành và Ban Thường vụ Tỉnh ủy Hà Tĩnh đã họp.",
     {"Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh", "Ban Thường vụ Tỉnh ủy Hà Tĩnh"}),
])
def test_prefix_heads_listed_before_one_committee_share_it(text, expected):
    assert set(body_names(text)) == expected


def test_a_prefix_head_ending_a_clause_shares_nothing():
    assert set(body_names("Ông được bầu vào Ban Chấp hành. Ban Thường vụ Tỉnh ủy Nghệ An họp.")) == {
        "Ban Thường vụ Tỉnh ủy Nghệ An"}
