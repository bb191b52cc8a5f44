"""Task family of a deadline printed inside the action: the date dates the action, and when the
action's own words go on after it ('báo cáo Chính phủ trước ngày 15/10/2025 về chính sách thuế ...',
'quyết định trước ngày 29 tháng 8 năm 2025 bố trí nguồn kinh phí ...') the action runs past the date
instead of being cut there; ', đồng thời <verb> ...' after it is the assignee's next duty. A date
followed by a separator, a conjunction or a purpose ('để ...') still ends the action."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, starts, tail, deadline", [
    ("Thủ tướng yêu cầu Bộ Tài chính báo cáo Chính phủ trước ngày 15/10/2025 về chính sách thuế bất động sản.",
     "Bộ Tài chính", "báo cáo Chính phủ", "về chính sách thuế bất động sản", "2025-10-15"),
    ("Phó Thủ tướng giao Bộ Xây dựng khẩn trương báo cáo cấp có thẩm quyền quyết định trước ngày 29 tháng 8 "
     "năm 2025 bố trí nguồn kinh phí phù hợp để thực hiện.",
     "Bộ Xây dựng", "khẩn trương báo cáo cấp có thẩm quyền quyết định", "bố trí nguồn kinh phí phù hợp để thực hiện",
     "2025-08-29"),
    ("Bộ trưởng đề nghị UBND tỉnh Quảng Ngãi trình phương án trong tháng 7/2025 về việc bồi thường, hỗ trợ "
     "cho người dân.",
     "UBND tỉnh Quảng Ngãi", "trình phương án", "về việc bồi thường, hỗ trợ cho người dân", "2025-07"),
])
def test_the_action_runs_past_a_date_printed_inside_it(run, text, assignee, starts, tail, deadline):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action.startswith(starts)
    assert t.action.endswith(tail)
    assert t.deadline == deadline


def test_a_continued_duty_after_the_dated_action_is_the_next_task(run):
    tasks = run("Thủ tướng yêu cầu Bộ Tài chính báo cáo Chính phủ trước ngày 15/10/2025 về chính sách thuế "
                "bất động sản, đồng thời phối hợp với các bộ liên quan chuyển đổi số trong giao dịch đất đai.")
    assert [t.assignee for t in tasks] == ["Bộ Tài chính", "Bộ Tài chính"]
    first, second = tasks
    assert first.action == "báo cáo Chính phủ trước ngày 15/10/2025 về chính sách thuế bất động sản"
    assert first.deadline == "2025-10-15"
    assert second.action == "phối hợp với các bộ liên quan chuyển đổi số trong giao dịch đất đai"


@pytest.mark.parametrize("text, action", [
    ("Thủ tướng yêu cầu các bộ, ngành hoàn thiện ý kiến gửi Tổ Biên tập trước ngày 15/9/2025 để kịp tiến độ "
     "Đề án.", "hoàn thiện ý kiến gửi Tổ Biên tập"),
    ("Thủ tướng yêu cầu Bộ Xây dựng hoàn thành thẩm định trước ngày 30/6/2025 và báo cáo Thủ tướng.",
     "hoàn thành thẩm định"),
    ("Thủ tướng yêu cầu Bộ Xây dựng hoàn thành thẩm định trong tháng 7/2025, khởi công trong năm 2025.",
     "hoàn thành thẩm định"),
])
def test_a_date_before_a_separator_or_a_purpose_still_ends_the_action(run, text, action):
    t = run(text)[0]
    assert t.action == action
