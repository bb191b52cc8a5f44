"""Task pattern families of a duty opening with how often it recurs or with a permission, on constructed
texts with several variants: "yêu cầu các đơn vị thường xuyên quán triệt ..." names "các đơn vị", and
"thường xuyên / định kỳ" opens the action instead of closing the assignee; "đề nghị Quốc hội cho giữ như
dự thảo" names "Quốc hội", the action opening with "cho"; a subject without a directive before it still
tells no task."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Chủ tịch UBND thành phố yêu cầu các đơn vị thường xuyên quán triệt chủ trương tạm dừng tuyển dụng.",
     "các đơn vị", "thường xuyên quán triệt chủ trương tạm dừng tuyển dụng"),
    ("Ngân hàng Nhà nước chỉ đạo các tổ chức tín dụng thường xuyên rà soát quy trình, thủ tục cho vay.",
     "các tổ chức tín dụng", "thường xuyên rà soát quy trình, thủ tục cho vay"),
    ("UBND tỉnh giao Sở Tài chính định kỳ báo cáo tình hình giải ngân vốn đầu tư công.",
     "Sở Tài chính", "định kỳ báo cáo tình hình giải ngân vốn đầu tư công"),
    ("Chủ tịch UBND tỉnh yêu cầu các sở, ngành khẩn trương triển khai các nhiệm vụ. Các đơn vị thường "
     "xuyên báo cáo kết quả thực hiện về UBND tỉnh.",
     "Các đơn vị", "thường xuyên báo cáo kết quả thực hiện về UBND tỉnh"),
])
def test_routine_opens_the_action(run, text, assignee, action):
    got = pairs(run(text))
    assert (assignee, action) in got
    assert not any(a.endswith(("thường xuyên", "định kỳ")) for a, _ in got)


def test_routine_without_directive_is_no_task(run):
    assert run("Các đơn vị thường xuyên tổ chức các hoạt động văn nghệ cho người dân.") == []


# --------------------------------------------------------------------------- a permission opening the action


@pytest.mark.parametrize("text, assignee, action", [
    ("Ủy ban Thường vụ Quốc hội đề nghị Quốc hội cho giữ như dự thảo Nghị quyết về đối tượng được miễn thuế.",
     "Quốc hội", "cho giữ như dự thảo Nghị quyết về đối tượng được miễn thuế"),
    ("Bộ Xây dựng đề nghị UBND thành phố Hà Nội cho kiểm tra giá nhà ở xã hội tại các dự án.",
     "UBND thành phố Hà Nội", "cho kiểm tra giá nhà ở xã hội tại các dự án"),
    ("Ủy ban Thường vụ Quốc hội đề nghị Quốc hội cho phép kéo dài thời hạn miễn thuế sử dụng đất nông nghiệp.",
     "Quốc hội", "cho phép kéo dài thời hạn miễn thuế sử dụng đất nông nghiệp"),
])
def test_permission_opens_the_action(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


def test_cho_before_a_noun_stays_in_the_assignee(run):
    # "cho" before a noun belongs to the name ("Quỹ hỗ trợ cho doanh nghiệp"), no action opens there
    got = pairs(run("UBND tỉnh giao Quỹ Bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa rà soát các hồ sơ vay."))
    assert not any(act.startswith("cho doanh nghiệp") for _, act in got)
