"""Task pattern family of a head over a counted list of places, on constructed sentences with several
variants: "UBND 2 tỉnh P1 và P2", "Chủ tịch UBND ba tỉnh P1, P2, P3" is one task per place, the count
left out the way "các" is ("UBND tỉnh P1", "UBND tỉnh P2"), never "UBND 2 tỉnh P1"."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignees", [
    ("Bộ Công Thương đề nghị UBND 2 tỉnh Quảng Trị và Thừa Thiên Huế nghiên cứu huy động các cửa khẩu hiện có.",
     {"UBND tỉnh Quảng Trị", "UBND tỉnh Thừa Thiên Huế"}),
    ("Bộ Công Thương đề nghị UBND hai tỉnh Quảng Trị và Thừa Thiên Huế nghiên cứu huy động các cửa khẩu hiện có.",
     {"UBND tỉnh Quảng Trị", "UBND tỉnh Thừa Thiên Huế"}),
    ("Thủ tướng yêu cầu Chủ tịch UBND ba tỉnh Quảng Trị, Quảng Bình, Hà Tĩnh khẩn trương khắc phục hậu quả bão.",
     {"Chủ tịch UBND tỉnh Quảng Trị", "Chủ tịch UBND tỉnh Quảng Bình", "Chủ tịch UBND tỉnh Hà Tĩnh"}),
    ("Thủ tướng yêu cầu UBND 3 tỉnh Quảng Trị, Quảng Bình và Hà Tĩnh khẩn trương khắc phục hậu quả bão.",
     {"UBND tỉnh Quảng Trị", "UBND tỉnh Quảng Bình", "UBND tỉnh Hà Tĩnh"}),
])
def test_counted_places(run, text, assignees):
    """"UBND 2 tỉnh P1 và P2": one task per place, the count left out like "các"."""
    assert {a for a, _ in pairs(run(text))} == assignees
