"""Bodies: a bar association printed with its province or city ("Đoàn luật sư TP.HCM", "Đoàn luật sư tỉnh X") is a
local body; a team of lawyers ("đoàn luật sư bào chữa", "Đoàn luật sư tình nguyện") is none (constructed sentences)."""

from __future__ import annotations

import pytest

from conftest import body_names


@pytest.mark.parametrize("text, body", [
    ("Luật sư Trần Văn Bình (Đoàn luật sư TP.HCM) cho rằng bị cáo được giảm nhẹ.",
     "Đoàn luật sư Thành phố Hồ Chí Minh"),
    ("Theo luật sư Lê Hoa, thuộc Đoàn luật sư tỉnh Quảng Nam, vụ kiện cần xem xét lại.",
     "Đoàn luật sư tỉnh Quảng Nam"),
    ("Đoàn luật sư TP Hà Nội vừa tổ chức đại hội nhiệm kỳ mới.", "Đoàn luật sư thành phố Hà Nội"),
])
def test_a_bar_association_with_its_place_is_a_body(text, body):
    assert body in body_names(text)


@pytest.mark.parametrize("text", [
    "Đoàn luật sư bào chữa cho các bị cáo đề nghị hoãn phiên tòa.",
    "Một đoàn luật sư Nhật Bản đã sang thăm Hà Nội tuần trước.",
    "Đoàn luật sư đã rời khỏi tòa án lúc 5 giờ chiều.",
    "Đoàn luật sư tình nguyện đến huyện Mường Tè để tư vấn pháp luật cho bà con.",
    "Đoàn luật sư trẻ tham gia giải chạy việt dã tại Đà Nẵng sáng chủ nhật.",
])
def test_a_team_of_lawyers_is_no_bar_association(text):
    assert not any("uật sư" in n for n in body_names(text))
