"""Task family of a detail sentence opening with "Trong đó," right after a task, on constructed sentences
with several variants: a duty with no subject after it, opened by a directive verb as well as by a modal
("Trong đó, nghiên cứu mở rộng ...", "Trong đó, cần rà soát ..."), is one more task of the last task's
assignee. Near misses: a report after the opener (a named subject with a tense marker), a detail sentence
with no task before it."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Chủ tịch UBND tỉnh yêu cầu Sở Công Thương tập trung hỗ trợ doanh nghiệp xuất khẩu. "
     "Trong đó, nghiên cứu mở rộng thị trường tiêu thụ cho nông sản của tỉnh.",
     "Sở Công Thương", "nghiên cứu mở rộng thị trường tiêu thụ cho nông sản của tỉnh"),
    ("Phó Thủ tướng giao Bộ Tài chính rà soát các khoản chi thường xuyên. "
     "Trong đó, ưu tiên cắt giảm chi hội nghị, công tác nước ngoài.",
     "Bộ Tài chính", "ưu tiên cắt giảm chi hội nghị, công tác nước ngoài"),
    ("Bộ trưởng yêu cầu Tổng cục Thuế đẩy mạnh chống thất thu. "
     "Trong đó, cần rà soát các doanh nghiệp kinh doanh trên nền tảng số.",
     "Tổng cục Thuế", "rà soát các doanh nghiệp kinh doanh trên nền tảng số"),
])
def test_a_detail_duty_goes_on_with_the_assignee(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    "Thủ tướng giao Bộ Tài chính rà soát các khoản chi. "
    "Trong đó, tập trung vào các khoản chi thường xuyên, Bộ Tài chính đã cắt giảm 10%.",
    "Bộ Tài chính đã cắt giảm 10% chi thường xuyên. Trong đó, nghiên cứu khoa học chiếm phần lớn.",
])
def test_no_detail_duty(run, text):
    assert not [t for t in run(text) if t.action.startswith(("tập trung vào", "nghiên cứu khoa học"))]


def test_a_topic_before_a_modal_is_no_detail_duty(run):
    tasks = run("Trưởng ban đề nghị các thành viên cho ý kiến vào dự thảo báo cáo. Trong đó, tập trung vào các "
                "khó khăn, vướng mắc khi thực hiện nghị quyết cần được đánh giá kỹ.")
    assert not [t for t in tasks if t.action.startswith("tập trung vào")]
