"""Bodies: a foreign state body named with its country after a venue word ("trụ sở", "tòa nhà") is still that body,
as the ledger's gold lists it (its head a body_patterns.tsv venue_state_head row); a Vietnamese body there stays a
venue, as do a foreign firm, school or society named with its country and Vietnam's own missions abroad (constructed
sentences)."""

from __future__ import annotations

import pytest

from conftest import tagged_body_names as names


@pytest.mark.parametrize("text, body", [
    ("Máy bay không người lái đã rơi gần trụ sở Bộ Quốc phòng Nhật Bản chiều qua.", "Bộ Quốc phòng Nhật Bản"),
    ("Hàng trăm người biểu tình vây quanh tòa nhà Quốc hội Hàn Quốc suốt đêm.", "Quốc hội Hàn Quốc"),
    ("Đoàn đại biểu được đón ở trụ sở Nghị viện Malaysia vào buổi sáng.", "Nghị viện Malaysia"),
    ("Một quả rocket đã rơi xuống gần trụ sở Lực lượng Phòng vệ Nhật Bản hôm qua.", "Lực lượng Phòng vệ Nhật Bản"),
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


@pytest.mark.parametrize("text", [
    # a foreign firm, school or society named with its country: no state organ, a venue
    "Một nhóm phóng viên chờ trước trụ sở Tập đoàn Samsung Hàn Quốc ở Seoul từ sáng.",
    "Xe cứu thương đậu trước trụ sở Công ty Toyota Nhật Bản suốt buổi chiều.",
    "Buổi tọa đàm sẽ mở ở hội trường Trường Đại học Quốc gia Singapore hôm thứ năm.",
    "Nhiều sinh viên tụ tập ở cổng Trường Đại học Harvard Mỹ để phản đối.",
    "Hàng cứu trợ được tập kết tại trụ sở Hội Chữ thập đỏ Nhật Bản trước khi chuyển đi.",
    # Vietnam's own missions abroad, the home country inside the name: a venue
    "Cộng đồng người Việt đã đến trụ sở Đại sứ quán Việt Nam tại Nhật Bản để làm thủ tục.",
    "Hội thảo diễn ra tại trụ sở Văn phòng Thương mại Việt Nam tại Hàn Quốc vào tuần trước.",
])
def test_no_state_organ_after_a_venue_word_stays_a_venue(text):
    assert names(text) == []


def test_a_foreign_mission_after_a_venue_word_is_the_body():
    text = "Người biểu tình tập trung trước trụ sở Đại sứ quán Mỹ tại Hàn Quốc."
    assert names(text) == ["Đại sứ quán Mỹ tại Hàn Quốc"]
