"""Task pattern families around an agent and a modal, each on constructed texts with several variants: a
modal followed by a preposition tells a quality of the agent, no action ("thành viên có trách nhiệm trong
cộng đồng quốc tế"); the drafting and verifying agencies of a bill are agents of their own ("cơ quan soạn
thảo tiếp thu ...", not "cơ quan" doing "soạn thảo tiếp thu ...")."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


CUE = "Thủ tướng yêu cầu các bộ, ngành khẩn trương hoàn thiện hồ sơ dự án trình Chính phủ.\n"


@pytest.mark.parametrize("line", [
    "“Việt Nam là thành viên có trách nhiệm trong cộng đồng quốc tế, đóng góp vào thành công chung của hội "
    "nghị”, Thủ tướng yêu cầu.",
    "Các doanh nghiệp cần với tinh thần trách nhiệm cao, đóng góp vào thành công chung.",
    "Trong đó, các địa phương phải trong tâm thế sẵn sàng, đóng góp vào thành công chung.",
])
def test_a_modal_before_a_preposition_is_no_duty(run, line):
    tasks = run(CUE + line)
    assert [t for t in tasks if t.start >= len(CUE)] == []


@pytest.mark.parametrize("line, assignee, action", [
    ("Trong đó, các bộ, ngành có trách nhiệm hướng dẫn các địa phương triển khai dự án.",
     "các bộ, ngành", "hướng dẫn các địa phương triển khai dự án"),
    ("Trong đó, Bộ Tài chính cần trong tháng 6 bố trí đủ vốn cho dự án.",
     "Bộ Tài chính", "trong tháng 6 bố trí đủ vốn cho dự án"),
])
def test_a_modal_before_a_verb_is_still_a_duty(run, line, assignee, action):
    found = {a for a, _ in pairs(run(CUE + line))}
    assert assignee in found


@pytest.mark.parametrize("text, assignee, action", [
    ("Chủ nhiệm Ủy ban Kinh tế đề nghị cơ quan soạn thảo tiếp thu các ý kiến để hoàn thiện dự thảo Nghị quyết.",
     "cơ quan soạn thảo", "tiếp thu các ý kiến để hoàn thiện dự thảo Nghị quyết"),
    ("Phó Chủ tịch Quốc hội đề nghị cơ quan chủ trì soạn thảo rà soát kỹ lưỡng các quy định của dự thảo luật.",
     "cơ quan chủ trì soạn thảo", "rà soát kỹ lưỡng các quy định của dự thảo luật"),
    ("Chủ tịch Quốc hội yêu cầu cơ quan thẩm tra nghiên cứu kỹ các ý kiến của đại biểu Quốc hội.",
     "cơ quan thẩm tra", "nghiên cứu kỹ các ý kiến của đại biểu Quốc hội"),
])
def test_drafting_and_verifying_agencies_are_agents(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))
