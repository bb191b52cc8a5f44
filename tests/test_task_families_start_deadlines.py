"""Deadline family of a directive to act "right from" a date ("ngay từ ngày 01/01/2026", "ngay từ đầu năm
2026"): the date is the task's deadline (the day the action must be in force), and the phrase stays inside
the action (it does not cut it, as "trước ngày ..." does).

Near misses from ordinary news of other topics: "ngay từ" before no date ("ngay từ đầu", "ngay từ khi thành
lập", "ngay từ ngày đầu tiên"), a bare "từ ngày" (a start the gold reads either way: left as it was), and
sentences with the phrase but no directive (a price rise, a team's training camp, a court's verdict)."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action, deadline", [
    ("Đại biểu Lê Văn Hòa phát biểu. \"Tôi kiến nghị Chính phủ xem xét điều chỉnh tăng lương cơ sở ngay từ "
     "ngày 01/01/2026, không chờ đến giữa năm\", ông nói.",
     "Chính phủ", "xem xét điều chỉnh tăng lương cơ sở ngay từ ngày 01/01/2026", "2026-01-01"),
    ("Bộ trưởng yêu cầu các địa phương triển khai mô hình mới ngay từ ngày 1/7/2025.",
     "các địa phương", "triển khai mô hình mới ngay từ ngày 1/7/2025", "2025-07-01"),
    ("Bộ trưởng yêu cầu các địa phương triển khai mô hình mới ngay từ đầu năm 2026.",
     "các địa phương", "triển khai mô hình mới ngay từ đầu năm 2026", "2026"),
    ("Chủ tịch UBND tỉnh đề nghị Sở Y tế áp dụng quy trình tiếp nhận bệnh nhân mới ngay từ tháng 10/2025.",
     "Sở Y tế", "áp dụng quy trình tiếp nhận bệnh nhân mới ngay từ tháng 10/2025", "2025-10"),
])
def test_right_from_a_date_is_the_deadline(run, text, assignee, action, deadline):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action.startswith(action)
    assert t.deadline == deadline


@pytest.mark.parametrize("text, assignee", [
    ("Bộ trưởng yêu cầu các trường rà soát quy chế tuyển sinh ngay từ đầu để tránh sai sót.", "các trường"),
    ("Bộ trưởng yêu cầu các đơn vị thực hiện nghiêm quy định ngay từ khi thành lập.", "các đơn vị"),
    ("Bộ trưởng yêu cầu các trường triển khai phần mềm quản lý mới ngay từ ngày đầu tiên của năm học.", "các trường"),
    ("Sở Tài chính đề nghị các đơn vị áp dụng bảng giá mới từ ngày 1/7/2025.", "các đơn vị"),
])
def test_no_date_or_a_bare_start_gives_no_new_deadline(run, text, assignee):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.deadline is None


@pytest.mark.parametrize("text", [
    "Giá xăng tăng ngay từ ngày 1/7/2025 theo quyết định của liên bộ.",
    "Đội tuyển bóng đá nữ tập trung ngay từ ngày 5/3/2025 tại Trung tâm đào tạo bóng đá trẻ.",
    "Bản án có hiệu lực pháp luật ngay từ ngày tuyên án 12/3/2025.",
])
def test_no_directive_no_task(run, text):
    assert run(text) == []
