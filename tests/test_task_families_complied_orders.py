"""A duty reported as carried out on someone's order: "Theo (sự) chỉ đạo của X, Y (đã) <directive verb> ...",
"Thực hiện chỉ đạo của X, Y ...", "Theo yêu cầu của X, Y đã ..." -> X directed Y (tasks.complied). Constructed
sentences; a proposal ("Theo đề nghị của ..."), a source ("Theo báo cáo của ..."), a verb that only tells what
was done ("đã thống nhất ...") or no action at all assign nothing."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("Thực hiện chỉ đạo của Tỉnh ủy Hòa Lâm, Ban Tuyên giáo tỉnh chủ trì tổng kết công tác tuyên truyền năm 2024.",
     "Tỉnh ủy Hòa Lâm", "Ban Tuyên giáo tỉnh", "chủ trì tổng kết công tác tuyên truyền năm 2024"),
    ("Riêng trong năm 2025, theo chỉ đạo của Chủ tịch UBND tỉnh Hòa Lâm, Sở Tài chính đã ban hành văn bản hướng "
     "dẫn thanh toán vốn đầu tư.",
     "Chủ tịch UBND tỉnh Hòa Lâm", "Sở Tài chính", "ban hành văn bản hướng dẫn thanh toán vốn đầu tư"),
    ("Theo yêu cầu của Bộ Tài chính, Cục Thuế tỉnh Hòa Lâm đã rà soát toàn bộ hồ sơ hoàn thuế.",
     "Bộ Tài chính", "Cục Thuế tỉnh Hòa Lâm", "rà soát toàn bộ hồ sơ hoàn thuế"),
    ("Sau đó, theo sự chỉ đạo của UBND tỉnh Hòa Lâm, Sở Y tế tổ chức kiểm tra các cơ sở khám chữa bệnh.",
     "UBND tỉnh Hòa Lâm", "Sở Y tế", "tổ chức kiểm tra các cơ sở khám chữa bệnh"),
])
def test_an_order_carried_out_is_a_task(run, text, assigner, assignee, action) -> None:
    t = one(run(text))
    assert (t.assigner, t.assignee, t.action) == (assigner, assignee, action)


@pytest.mark.parametrize("text", [
    "Theo đề nghị của Sở Tài chính, UBND tỉnh Hòa Lâm ban hành quyết định phê duyệt giá đất.",  # a proposal
    "Theo chỉ đạo của UBND tỉnh Hòa Lâm, Sở Xây dựng đã thống nhất phương án thi công.",  # what was done
    "Theo báo cáo của Sở Y tế tỉnh Hòa Lâm, các bệnh viện đã tiếp nhận 200 bệnh nhân.",  # a source
    "Theo chỉ đạo của UBND tỉnh Hòa Lâm, mức phạt là 5 triệu đồng.",  # no agent, no action
])
def test_no_order_or_no_duty_assigns_nothing(run, text) -> None:
    assert run(text) == []
