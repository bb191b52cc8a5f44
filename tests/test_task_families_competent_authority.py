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
    "UBND huyện đề xuất cơ quan có thẩm quyền Trung ương cấp thêm vốn cho tuyến đê biển.",
    "Sở Nông nghiệp đề xuất cấp có thẩm quyền Hà Nội điều chỉnh thời vụ gieo cấy.",
    "Ban quản lý dự án đề xuất cấp có thẩm quyền, trong tháng tới, gia hạn hợp đồng thi công.",
])
def test_a_submission_or_a_report_to_the_authority_is_no_task(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assignee, action", [
    ("Ban Thường vụ Huyện ủy đề nghị cấp có thẩm quyền của tỉnh xem xét khen thưởng ba tập thể.",
     "cấp có thẩm quyền của tỉnh", "xem xét khen thưởng ba tập thể"),
    ("Cử tri kiến nghị cơ quan có thẩm quyền tại địa phương sớm giải quyết tình trạng ngập úng.",
     "cơ quan có thẩm quyền tại địa phương", "sớm giải quyết tình trạng ngập úng"),
    ("Hội đồng đề nghị cơ quan có thẩm quyền liên quan xác minh lại nguồn gốc lô hàng.",
     "cơ quan có thẩm quyền liên quan", "xác minh lại nguồn gốc lô hàng"),
    ("Sở Tư pháp kiến nghị cấp có thẩm quyền cấp tỉnh bổ sung kinh phí cho công tác hòa giải.",
     "cấp có thẩm quyền cấp tỉnh", "bổ sung kinh phí cho công tác hòa giải"),
    ("Bộ Ngoại giao đề nghị cơ quan có thẩm quyền nước sở tại bảo đảm an toàn cho các thuyền viên.",
     "cơ quan có thẩm quyền nước sở tại", "bảo đảm an toàn cho các thuyền viên"),
    ("Hội Doanh nghiệp tỉnh đề nghị các cơ quan có thẩm quyền khác sớm hướng dẫn cách tính thuế mới.",
     "các cơ quan có thẩm quyền khác", "sớm hướng dẫn cách tính thuế mới"),
])
def test_the_authority_keeps_its_qualifier(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ("Bộ Ngoại giao đề nghị cơ quan có thẩm quyền Nhật Bản điều tra vụ tai nạn của lao động Việt Nam.",
     "cơ quan có thẩm quyền Nhật Bản", "điều tra vụ tai nạn của lao động Việt Nam"),
    ("Sở Ngoại vụ kiến nghị cơ quan có thẩm quyền của Lào hỗ trợ đưa các công dân về nước.",
     "cơ quan có thẩm quyền của Lào", "hỗ trợ đưa các công dân về nước"),
    ("Ủy ban tỉnh kiến nghị cấp có thẩm quyền tỉnh Bình Định phối hợp cắm mốc ranh giới.",
     "cấp có thẩm quyền tỉnh Bình Định", "phối hợp cắm mốc ranh giới"),
])
def test_the_authority_keeps_its_place(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))
