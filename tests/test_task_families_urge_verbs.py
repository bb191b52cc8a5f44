"""Task boundaries: "đốc thúc" (to urge on, a synonym of "đôn đốc") opens the action, so a bare-place or
body assignee does not swallow its first syllable, and a body name does not stop short of it."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Bộ Tài chính đề nghị Bình Định đốc thúc các chủ đầu tư đẩy nhanh tiến độ giải ngân vốn.",
     "Bình Định", "đốc thúc các chủ đầu tư đẩy nhanh tiến độ giải ngân vốn"),
    ("UBND tỉnh giao Sở Giao thông vận tải đốc thúc các đơn vị thi công bảo đảm an toàn lao động.",
     "Sở Giao thông vận tải", "đốc thúc các đơn vị thi công bảo đảm an toàn lao động"),
    ("Sở Xây dựng yêu cầu Ban quản lý dự án đốc thúc nhà thầu hoàn thành hạng mục cầu trước mùa mưa.",
     "Ban quản lý dự án", "đốc thúc nhà thầu hoàn thành hạng mục cầu trước mùa mưa"),
    ("Chủ tịch UBND huyện Tân Lộc đề nghị Kon Rẫy đốc thúc các hộ dân kê khai diện tích cây trồng.",
     "Kon Rẫy", "đốc thúc các hộ dân kê khai diện tích cây trồng"),
])
def test_urge_verb_opens_the_action(run, text, assignee, action):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action == action


@pytest.mark.parametrize("text", [
    "Thời gian qua chủ đầu tư tích cực đốc thúc các đơn vị thi công nhưng tiến độ vẫn chậm.",
    "Huấn luyện viên đốc thúc các cầu thủ chạy thêm hai vòng sân sau buổi tập.",
    "Người mẹ đốc thúc con làm bài tập trước giờ đi ngủ.",
    "Giá vàng tăng mạnh đã đốc thúc nhiều nhà đầu tư bán ra để chốt lời.",
    "Cơn mưa lớn đốc thúc du khách rời bãi biển sớm hơn dự kiến.",
    "Cảnh sát cho biết kẻ cầm đầu đã đốc thúc đồng bọn tẩu tán tài sản trộm cắp.",
    "Tại Berlin, đạo diễn đốc thúc đoàn làm phim hoàn tất cảnh quay cuối trước tuyết rơi.",
])
def test_urge_verb_alone_is_no_assignment(run, text):
    assert run(text) == []
