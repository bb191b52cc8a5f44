"""Task pattern family of pleas to a trial panel or a court printed bare, on constructed texts with several
variants: a defendant, a plaintiff or an official asking the panel ("hội đồng xét xử", "HĐXX") or the
court ("tòa") to review, annul or be lenient directs that panel; a prosecutor's sentencing proposal
("đề nghị hội đồng xét xử tuyên phạt ...") and a court's own ruling reported are no task."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


def pairs(tasks):
    return {(t.assignee, t.action) for t in tasks}


@pytest.mark.parametrize("text, assignee, action", [
    ("Ông Nguyễn Văn Bình đề nghị hội đồng xét xử xem xét giảm nhẹ hình phạt.",
     "Hội đồng xét xử", "xem xét giảm nhẹ hình phạt"),
    ("Ông Nguyễn Văn Bình đề nghị Hội đồng xét xử xem xét cho ông được hưởng chính sách khoan hồng.",
     "Hội đồng xét xử", "xem xét cho ông được hưởng chính sách khoan hồng"),
    ("Ông Nguyễn Văn Bình đề nghị HĐXX xem xét giảm nhẹ hình phạt.",
     "Hội đồng xét xử", "xem xét giảm nhẹ hình phạt"),
    ("Bị cáo Phạm Văn Tường đề nghị tòa chuyển tội danh của bị cáo thành tội nhẹ hơn.",
     "Tòa án", "chuyển tội danh của bị cáo thành tội nhẹ hơn"),
    ("Bà Trần Thị Tiến đã khởi kiện, yêu cầu tòa hủy quyết định 1743 của UBND huyện.",
     "Tòa án", "hủy quyết định 1743 của UBND huyện"),
])
def test_plea_to_the_court_directs_the_panel(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text)), pairs(run(text))


@pytest.mark.parametrize("text", [
    "Viện kiểm sát đề nghị hội đồng xét xử tuyên phạt bị cáo từ 7 năm đến 8 năm tù.",
    "Đại diện VKS đề nghị HĐXX tuyên phạt bị cáo A từ 3 đến 4 năm tù.",
    "Ông Nguyễn Văn Bình cho biết tòa hủy bản án sơ thẩm.",
    "Viện kiểm sát đề nghị tòa tuyên phạt bị cáo 5 năm tù.",
])
def test_sentencing_proposals_and_rulings_are_no_task(run, text):
    assert not any(t.assignee in ("Hội đồng xét xử", "Tòa án") for t in run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ("Tại phiên tòa, bị cáo Nguyễn Văn An xin hội đồng xét xử xem xét giảm nhẹ hình phạt.",
     "Hội đồng xét xử", "xem xét giảm nhẹ hình phạt"),
    ("Đồng thời, cựu thứ trưởng Đỗ Văn Hải xin hội đồng xét xử xem xét cho những đóng góp của mình.",
     "Hội đồng xét xử", "xem xét cho những đóng góp của mình"),
    ("Bị cáo Trần Văn Hùng xin HĐXX cho được hưởng án treo.",
     "Hội đồng xét xử", "cho được hưởng án treo"),
    ("Luật sư Nguyễn Văn Bình xin tòa cho ông Hải được hưởng mức án nhẹ nhất để sớm trở về.",
     "Tòa án", "cho ông Hải được hưởng mức án nhẹ nhất để sớm trở về"),
    ("Bà Trần Thị Tiến xin tòa hủy quyết định 1743 của UBND huyện.",
     "Tòa án", "hủy quyết định 1743 của UBND huyện"),
])
def test_xin_before_the_panel_and_its_plea_directs_the_panel(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text)), pairs(run(text))


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn An xin ý kiến UBND tỉnh về việc này.",
    "Bị cáo Nguyễn Văn An xin lỗi hội đồng xét xử.",
    "Bị cáo Nguyễn Văn An xin hội đồng xét xử tuyên phạt mức án thấp.",
    "Ông Lê Văn Thọ xin nộp lại những quà tặng để khắc phục hậu quả.",
    "Các xã đã xin chủ trương của chủ tịch huyện trước khi thu hồi đất.",
    "Bị cáo Nguyễn Văn An xin tòa thông cảm.",
])
def test_xin_asking_for_itself_is_no_task(run, text):
    assert not run(text), pairs(run(text))
