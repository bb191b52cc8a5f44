"""A title printed after "cố" (the late) is a former office, as after "nguyên"/"cựu" (constructed sentences):
"cố Tổng thống X", "phu nhân cố Tổng Bí thư Y"; "cố" inside another word ("cố vấn", "cố gắng") marks nothing."""

from __future__ import annotations

import pytest

from conftest import positions


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Mối quan hệ do Chủ tịch Hồ Chí Minh và cố Tổng thống Juan Bosch xây dựng.",
     "Juan Bosch", ("Tổng thống", None, "former")),
    ("Bà Ngô Thị Huệ (phu nhân cố Tổng Bí thư Nguyễn Văn Linh) tham dự buổi gặp mặt.",
     "Nguyễn Văn Linh", ("Tổng Bí thư", "Ban Chấp hành Trung ương Đảng", "former")),
    ("Gia đình cố Thủ tướng Phan Văn Khải đã đến dự lễ.",
     "Phan Văn Khải", ("Thủ tướng", "Chính phủ", "former")),
    ("Đoàn đã thăm gia đình cố Bộ trưởng Bộ Y tế Nguyễn Văn Tư ở Hà Nội.",
     "Nguyễn Văn Tư", ("Bộ trưởng", "Bộ Y tế", "former")),
])
def test_a_title_after_co_is_former(pipeline, text, name, office):
    got = positions(pipeline, text)
    assert office in got[name]
    assert (office[0], office[1], "current") not in got[name]


@pytest.mark.parametrize(("text", "name", "office"), [
    ("Ông Nguyễn Văn A, cố vấn của Bộ trưởng Bộ Tài chính Hồ Đức Phớc, cho biết.",
     "Hồ Đức Phớc", ("Bộ trưởng", "Bộ Tài chính", "current")),
    ("Họ cố gắng để Giám đốc Sở Tư pháp tỉnh Nam Định Trần Văn Bình hài lòng.",
     "Trần Văn Bình", ("Giám đốc", "Sở Tư pháp tỉnh Nam Định", "current")),
    ("Thủ tướng Phạm Minh Chính cố định lịch làm việc với các bộ.",
     "Phạm Minh Chính", ("Thủ tướng", "Chính phủ", "current")),
])
def test_co_inside_another_word_marks_nothing(pipeline, text, name, office):
    assert office in positions(pipeline, text)[name]
