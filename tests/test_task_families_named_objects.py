"""Task pattern family of an action whose verb is followed by a named body holding a verb in its name,
on constructed sentences with several variants: "yêu cầu UBND thành phố Hội An gửi Sở Xây dựng ...": the
assignee ends at the action's verb ("gửi"), the capitalized "Xây dựng" inside the next name opens no
action; a modal a few words after a name with a lower-case verb inside it ("Ủy ban quốc gia về chuyển
đổi số phải ...") still ends the name there."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Chủ tịch UBND tỉnh yêu cầu UBND thành phố Hội An gửi Sở Xây dựng kiểm tra kết quả nghiệm thu.",
     "UBND thành phố Hội An", "gửi Sở Xây dựng kiểm tra kết quả nghiệm thu"),
    ("Bộ trưởng đề nghị Ủy ban nhân dân tỉnh Lâm Đồng gửi Bộ Xây dựng hồ sơ dự án trước ngày 15/8/2025.",
     "Ủy ban nhân dân tỉnh Lâm Đồng", "gửi Bộ Xây dựng hồ sơ dự án"),
    ("UBND tỉnh yêu cầu Công an tỉnh Đồng Nai gửi Bộ Công an báo cáo kết quả điều tra.",
     "Công an tỉnh Đồng Nai", "gửi Bộ Công an báo cáo kết quả điều tra"),
    ("Phó Thủ tướng giao Ủy ban nhân dân tỉnh Quảng Ngãi gửi Bộ Tài chính phương án sử dụng vốn.",
     "Ủy ban nhân dân tỉnh Quảng Ngãi", "gửi Bộ Tài chính phương án sử dụng vốn"),
    ("Thủ tướng yêu cầu Ngân hàng Nhà nước Việt Nam gửi Bộ Kế hoạch và Đầu tư báo cáo tình hình.",
     "Ngân hàng Nhà nước Việt Nam", "gửi Bộ Kế hoạch và Đầu tư báo cáo tình hình"),
])
def test_verb_before_a_name_holding_a_verb(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ("Thủ tướng yêu cầu Ủy ban quốc gia về chuyển đổi số phải đẩy nhanh tiến độ.",
     "Ủy ban quốc gia về chuyển đổi số", "đẩy nhanh tiến độ"),
    ("Thủ tướng yêu cầu Ban Chỉ đạo quốc gia về phòng chống thiên tai phải chủ động ứng phó.",
     "Ban Chỉ đạo quốc gia về phòng chống thiên tai", "chủ động ứng phó"),
])
def test_lower_case_verb_inside_a_name_before_a_modal(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))
