"""Bodies and positions: a council and a committee printed as a pair before one place ("Chủ tịch HĐND và UBND
xã Tân Thành") are that place's two bodies, and one title over them is two offices (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import positions
from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, place", [
    ("Ông A, nguyên Chủ tịch HĐND và UBND xã Tân Thành, bị xử phạt.", "xã Tân Thành"),
    ("Nguyên Chủ tịch HĐND – UBND xã Tân Thành nay chịu án.", "xã Tân Thành"),
    ("Kỳ họp của HĐND - UBND huyện Gia Lâm diễn ra sáng nay.", "huyện Gia Lâm"),
    ("Lãnh đạo HĐND, UBND tỉnh Nghệ An đã họp.", "tỉnh Nghệ An"),
])
def test_the_pair_shares_the_place(text, place):
    found = names(text)
    assert f"Hội đồng nhân dân {place}" in found and f"Ủy ban nhân dân {place}" in found


def test_another_head_before_a_committee_takes_no_place():
    assert names("Sở Xây dựng và UBND quận 1 cùng kiểm tra.") == ["Ủy ban nhân dân quận 1"]


@pytest.mark.parametrize("text", [
    "Bị cáo Nguyễn Văn Minh (nguyên Chủ tịch HĐND và UBND xã Tân Thành) bị tuyên phạt.",
    "Ông Nguyễn Văn Minh, nguyên Chủ tịch HĐND – UBND xã Tân Thành, nay chịu án.",
])
def test_one_title_over_the_pair_is_two_offices(pipeline, text):
    titles = positions(pipeline, text)["Nguyễn Văn Minh"]
    assert {body for _title, body, _status in titles} >= {"Hội đồng nhân dân xã Tân Thành", "Ủy ban nhân dân xã Tân Thành"}
