"""Bodies: a foreign state body named with its country after a venue word ("trụ sở", "tòa nhà") is still that body,
as the ledger's gold lists it; a Vietnamese body there stays a venue (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Máy bay không người lái đã rơi gần trụ sở Bộ Quốc phòng Nhật Bản chiều qua.", "Bộ Quốc phòng Nhật Bản"),
    ("Hàng trăm người biểu tình vây quanh tòa nhà Quốc hội Hàn Quốc suốt đêm.", "Quốc hội Hàn Quốc"),
    ("Đoàn đại biểu được đón ở trụ sở Nghị viện Malaysia vào buổi sáng.", "Nghị viện Malaysia"),
])
def test_a_foreign_state_body_after_a_venue_word_is_the_body(text, body):
    assert names(text) == [body]


@pytest.mark.parametrize("text", [
    "Đoàn công tác đã đến trụ sở Bộ Công an để làm việc.",  # a Vietnamese ministry: a venue
    "Đoàn công tác đã đến trụ sở Bộ Ngoại giao Việt Nam để làm việc.",  # the home country's: a venue
    "Lễ đón diễn ra tại trụ sở Chính phủ sáng thứ hai.",
])
def test_a_vietnamese_body_after_a_venue_word_stays_a_venue(text):
    assert names(text) == []
