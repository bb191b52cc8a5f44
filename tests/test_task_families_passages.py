"""Task pattern families of directive passages printed one assignee a paragraph, each on constructed
texts with several variants: duty verbs that open a subject's duty in a passage ("Các địa phương lựa
chọn ...", "Bộ Xây dựng cập nhật ..."), and a paragraph whose subject the rules cannot delimit ("Các địa
phương có dự án đi qua khẩn trương ...") that keeps the passage open for the next paragraphs."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


CUE = "Phó Thủ tướng yêu cầu các bộ, ngành, địa phương khẩn trương triển khai các nhiệm vụ được giao.\n"


@pytest.mark.parametrize("line, assignee, action", [
    ("Các địa phương lựa chọn các khu tái định cư có khả năng khởi công đúng tiến độ.",
     "Các địa phương", "lựa chọn các khu tái định cư có khả năng khởi công đúng tiến độ"),
    ("Bộ Xây dựng cập nhật tiến độ dự án lên hệ thống thông tin của Chính phủ.",
     "Bộ Xây dựng", "cập nhật tiến độ dự án lên hệ thống thông tin của Chính phủ"),
    ("Ủy ban nhân dân tỉnh Quảng Ngãi ưu tiên bàn giao mặt bằng các vị trí thảm bê tông nhựa.",
     "Ủy ban nhân dân tỉnh Quảng Ngãi", "ưu tiên bàn giao mặt bằng các vị trí thảm bê tông nhựa"),
])
def test_duty_verbs_in_a_passage(run, line, assignee, action):
    assert (assignee, action) in pairs(run(CUE + line))


@pytest.mark.parametrize("line", [
    "Các địa phương lựa chọn nhà thầu theo quy định từ năm 2020.",  # outside any passage: no task
])
def test_duty_verbs_outside_a_passage(run, line):
    assert run(line) == []


UNREAD = ("Các địa phương có dự án đi qua khẩn trương hoàn thành công tác kiểm kê đất đai, lập phương án bồi "
          "thường.\n")
NEXT = "Bộ Xây dựng tổng hợp báo cáo Thủ tướng Chính phủ tình hình triển khai dự án.\n"


def test_unread_duty_paragraph_keeps_the_passage_open(run):
    assert ("Bộ Xây dựng", "tổng hợp báo cáo Thủ tướng Chính phủ tình hình triển khai dự án") in pairs(
        run(CUE + UNREAD + NEXT))


@pytest.mark.parametrize("middle", [
    "Các địa phương có dự án đi qua đã hoàn thành công tác kiểm kê đất đai.\n",  # a report (tense marker)
    "Năm 2024, cả nước giải ngân được 95% kế hoạch vốn đầu tư công.\n",  # no agent opens it
    "Các địa phương có dự án đi qua đều có diện tích đất lúa lớn.\n",  # no directive verb
])
def test_paragraphs_that_close_the_passage(run, middle):
    assert not any(t.assignee == "Bộ Xây dựng" for t in run(CUE + middle + NEXT))
