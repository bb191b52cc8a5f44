"""Task pattern families of directive layout: a cue's sentence that directs and then ends with a colon
("yêu cầu các địa phương ... trước ngày 10/6/2025, cụ thể:") opens a list of per-body lines ("- Tỉnh X:
hoàn thành ..."), each a task of the cue's speaker, sharing the lead's deadline where the line prints
none."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


def triples(tasks):
    return {(t.assignee, t.action, t.deadline) for t in tasks}


LEADS = [
    "Phó Thủ tướng Bùi Thanh Sơn yêu cầu các địa phương khẩn trương giải quyết dứt điểm các tồn tại về "
    "giải phóng mặt bằng trước ngày 10/6/2025, cụ thể:",
    "Thủ tướng Chính phủ yêu cầu các tỉnh tập trung hoàn thành bàn giao mặt bằng trước ngày 10/6/2025, "
    "cụ thể như sau:",
    "Bộ trưởng Bộ Xây dựng yêu cầu các địa phương đẩy nhanh công tác di dời hạ tầng trước ngày 10/6/2025, "
    "trong đó:",
]


@pytest.mark.parametrize("lead", LEADS)
def test_lines_after_a_lead_with_a_colon_are_tasks_with_its_deadline(run, lead):
    text = (lead + "\n- Tỉnh Tuyên Quang: Giải quyết dứt điểm công tác di dời hạ tầng kỹ thuật.\n"
            "- Tỉnh Cao Bằng: Hoàn thành di dời vị trí đường điện cao thế còn lại.\n")
    got = triples(run(text))
    assert ("Tỉnh Tuyên Quang", "Giải quyết dứt điểm công tác di dời hạ tầng kỹ thuật", "2025-06-10") in got
    assert ("Tỉnh Cao Bằng", "Hoàn thành di dời vị trí đường điện cao thế còn lại", "2025-06-10") in got


def test_a_lines_own_date_wins_over_the_leads(run):
    text = ("Thủ tướng Chính phủ yêu cầu các bộ khẩn trương hoàn thiện hồ sơ trước ngày 10/6/2025, cụ thể:\n"
            "- Bộ Tài chính: Hoàn thành báo cáo tổng hợp trước ngày 20/6/2025.\n"
            "- Bộ Xây dựng: Rà soát các quy định về đầu tư xây dựng.\n")
    got = triples(run(text))
    assert ("Bộ Tài chính", "Hoàn thành báo cáo tổng hợp", "2025-06-20") in got
    assert ("Bộ Xây dựng", "Rà soát các quy định về đầu tư xây dựng", "2025-06-10") in got


def test_a_lead_without_a_date_gives_its_lines_none(run):
    text = ("Phó Thủ tướng yêu cầu các bộ, ngành tập trung tháo gỡ vướng mắc cho các dự án, cụ thể:\n"
            "- Bộ Tài chính: Bố trí đủ vốn cho các dự án hoàn thành.\n")
    got = triples(run(text))
    assert ("Bộ Tài chính", "Bố trí đủ vốn cho các dự án hoàn thành", None) in got


@pytest.mark.parametrize("text", [
    # a report ending with a colon opens no list: its lines are results, no duties
    "Theo báo cáo, các địa phương đã hoàn thành nhiều nhiệm vụ, cụ thể:\n"
    "- Tỉnh Tuyên Quang: đã giải quyết dứt điểm công tác di dời hạ tầng kỹ thuật.\n",
    # a figure line after the lead is no duty
    "Phó Thủ tướng yêu cầu các tỉnh đẩy nhanh tiến độ giải ngân vốn đầu tư công, cụ thể:\n"
    "- Tỉnh Cao Bằng: 1.200 tỷ đồng, đạt 45% kế hoạch.\n",
])
def test_reports_and_figures_after_a_colon_are_no_duty(run, text):
    assert not any(t.assignee in ("Tỉnh Tuyên Quang", "Tỉnh Cao Bằng") for t in run(text))
