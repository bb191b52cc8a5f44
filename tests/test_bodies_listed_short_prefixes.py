"""Bodies: a prefix head listed before a mass organization printed by its short name ("Công đoàn, Đoàn Thanh
niên") shares nothing of that organization's canonical name; a prefix listed before a body printed after its own
prefix still shares that body ("Ban Chấp hành, Ban Thường vụ Tỉnh ủy X") (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import extracted_body_names


@pytest.mark.parametrize("text", [
    "Đại diện Đảng ủy, Công đoàn, Đoàn Thanh niên dự họp.",
    "Công đoàn và Đoàn Thanh niên cơ quan tổ chức ra quân.",
    "Lãnh đạo Đảng ủy, Đoàn Thanh niên của trường tham dự.",
])
def test_a_prefix_before_a_short_mass_organization_takes_no_name(text):
    assert not any(n.startswith(("Công đoàn Cộng sản", "Đảng ủy Cộng sản", "Đảng ủy Thanh niên"))
                   for n in extracted_body_names(text))


@pytest.mark.parametrize("text, body", [
    ("Ban Chấp hành, Ban Thường vụ Tỉnh ủy Quảng Bình họp.", "Ban Chấp hành Đảng bộ tỉnh Quảng Bình"),
    ("Đảng ủy, Công đoàn Bộ Nội vụ dự họp.", "Đảng ủy Bộ Nội vụ"),
])
def test_a_prefix_listed_before_a_printed_body_still_shares_it(text, body):
    assert body in extracted_body_names(text)
