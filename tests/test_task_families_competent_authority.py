"""Task pattern family of a request to the competent authority ("đề nghị cấp có thẩm quyền | xử lý ...",
"kiến nghị cơ quan có thẩm quyền | xác nhận ..."): "cấp / cơ quan (có) thẩm quyền", with "nhà nước" too, is one addressee,
its qualifier never read as the start of the action; a submission to it ("trình ... duyệt") or a proposal ("đề xuất ...") and the
authority as a subject of a report, of a passive or of a rule's duty stay no task."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Sau khi họp, Đảng ủy phường đề nghị cấp có thẩm quyền thi hành kỷ luật một phó giám đốc sở vì "
     "buông lỏng quản lý.",
     "cấp có thẩm quyền", "thi hành kỷ luật một phó giám đốc sở vì buông lỏng quản lý"),
    ("Gia đình ông Hoàng Văn Tư nhiều lần đề nghị cơ quan có thẩm quyền xác nhận lại hồ sơ thương binh cho ông.",
     "cơ quan có thẩm quyền", "xác nhận lại hồ sơ thương binh cho ông"),
    ("Hội Nông dân huyện kiến nghị các cấp có thẩm quyền sớm ban hành cơ chế hỗ trợ người trồng lúa.",
     "các cấp có thẩm quyền", "sớm ban hành cơ chế hỗ trợ người trồng lúa"),
    ("Thanh tra tỉnh kiến nghị cơ quan nhà nước có thẩm quyền thu hồi các khu đất dùng sai mục đích.",
     "cơ quan nhà nước có thẩm quyền", "thu hồi các khu đất dùng sai mục đích"),
    ("Bộ trưởng Bộ Nội vụ đề nghị cấp thẩm quyền xem xét điều chỉnh chỉ tiêu biên chế năm tới.",
     "cấp thẩm quyền", "xem xét điều chỉnh chỉ tiêu biên chế năm tới"),
    ("Đoàn kiểm tra của Huyện ủy kiến nghị cơ quan thẩm quyền kỷ luật khiển trách hai trưởng phòng.",
     "cơ quan thẩm quyền", "kỷ luật khiển trách hai trưởng phòng"),
])
def test_the_competent_authority_is_one_addressee(run, text, assignee, action):
    got = pairs(run(text))
    assert (assignee, action) in got
    assert all(a != "cấp" and not act.startswith("có thẩm quyền") for a, act in got)


@pytest.mark.parametrize("text", [
    "Sở Tài chính vừa trình cấp có thẩm quyền duyệt dự toán bổ sung cho các trường học.",
    "Hồ sơ của dự án từng được cấp có thẩm quyền thông qua từ cuối năm ngoái.",
    "Khi cho thuê mặt bằng chợ, cơ quan có thẩm quyền của xã có trách nhiệm niêm yết công khai giá thuê.",
    "UBND thành phố vừa đề xuất cấp có thẩm quyền gia hạn thời gian thí điểm thêm hai năm.",
    "Hội Doanh nhân trẻ tỉnh đề xuất mấy cơ quan có thẩm quyền sửa quy định về định giá đất.",
    "Mấy cơ quan có thẩm quyền đang xem xét đơn khiếu nại của hộ dân.",
])
def test_a_submission_or_a_report_to_the_authority_is_no_task(run, text):
    assert run(text) == []
