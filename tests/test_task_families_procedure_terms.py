"""Task pattern family: a cue whose object names a procedure ("giao chủ đầu tư", designating a project's
investor, listed beside "chấp thuận chủ trương đầu tư") is the name of a step, no directive to the
investor; a cue to the investor followed by its action is still one."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text", [
    "Nghị quyết cũng giao chủ đầu tư, chấp thuận chủ trương đầu tư đồng thời giao chủ đầu tư không thông qua "
    "đấu thầu đối với dự án đầu tư xây dựng nhà ở xã hội.",
    "Nghị quyết đề ra một số cơ chế thí điểm như Quỹ Nhà ở quốc gia; giao chủ đầu tư, chấp thuận chủ trương "
    "đầu tư đồng thời giao chủ đầu tư không thông qua đấu thầu đối với dự án nhà ở xã hội.",
    "Có 2 dự án nhà ở xã hội được UBND thành phố quyết định giao chủ đầu tư với tổng quy mô sử dụng đất "
    "khoảng 5,75ha, khoảng 2.166 căn hộ.",
    "UBND tỉnh đã giao chủ đầu tư đối với 3 dự án nhà ở xã hội trong quý II.",
])
def test_designating_an_investor_is_no_directive(run, text):
    assert [t for t in run(text) if "chủ đầu tư" in (t.assignee or "")] == []


@pytest.mark.parametrize("text, assignee, action", [
    ("Phó Thủ tướng giao chủ đầu tư khẩn trương hoàn thành thủ tục để khởi công dự án.",
     "chủ đầu tư", "khẩn trương hoàn thành thủ tục để khởi công dự án"),
    ("Bộ trưởng giao chủ đầu tư tổ chức thi công ba ca bốn kíp trên toàn tuyến.",
     "chủ đầu tư", "tổ chức thi công ba ca bốn kíp trên toàn tuyến"),
    ("UBND tỉnh giao chủ đầu tư phối hợp với địa phương hoàn thành giải phóng mặt bằng.",
     "chủ đầu tư", "phối hợp với địa phương hoàn thành giải phóng mặt bằng"),
])
def test_a_cue_to_the_investor_with_its_action_is_a_directive(run, text, assignee, action):
    assert assignee in {a for a, _ in pairs(run(text))}
