"""A generic agent head with its fixed verb-like qualifier is one noun ("ban tổ chức", "cơ quan điều tra",
"cơ quan tư pháp", "cơ quan thi hành án", "đơn vị tư vấn"): the assignee keeps the qualifier and the action
opens at the verb after it. Sentences of ordinary news naming such a body without a cue give no task."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Viện kiểm sát nhân dân tỉnh Hòa Lâm đề nghị cơ quan điều tra làm rõ nguồn gốc số tiền trên.",
     "cơ quan điều tra", "làm rõ nguồn gốc số tiền trên"),
    ("Công an tỉnh yêu cầu cơ quan cảnh sát điều tra công an các huyện rà soát các vụ án tồn đọng.",
     "cơ quan cảnh sát điều tra công an các huyện", "rà soát các vụ án tồn đọng"),
    ("Bộ Công an kiến nghị các cơ quan tư pháp trên toàn quốc rà soát hồ sơ giám định tâm thần.",
     "các cơ quan tư pháp trên toàn quốc", "rà soát hồ sơ giám định tâm thần"),
    ("Ngân hàng đề nghị cơ quan thi hành án dân sự cung cấp số tài khoản để chuyển tiền.",
     "cơ quan thi hành án dân sự", "cung cấp số tài khoản để chuyển tiền"),
    ("Thứ trưởng chỉ đạo ban tổ chức bổ sung đội hình xe đạp diễu hành.",
     "ban tổ chức", "bổ sung đội hình xe đạp diễu hành"),
    ("Chủ đầu tư chỉ đạo đơn vị tư vấn thiết kế điều chỉnh hồ sơ, trình cấp thẩm quyền phê duyệt.",
     "đơn vị tư vấn thiết kế", "điều chỉnh hồ sơ, trình cấp thẩm quyền phê duyệt"),
])
def test_a_head_keeps_its_fixed_qualifier(run, text, assignee, action):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action == action


@pytest.mark.parametrize("text", [
    "Ban tổ chức giải chạy cho biết có hơn 5.000 vận động viên đăng ký.",
    "Cơ quan điều tra đã khởi tố vụ án trộm cắp tài sản tại chợ Bình Tây.",
    "Giải bóng đá năm nay do ban tổ chức địa phương điều hành.",
    "Sau trận mưa lớn, đơn vị tư vấn đã có mặt để đánh giá thiệt hại.",
    "Cơ quan thi hành án dân sự huyện đã kê biên căn nhà của bị cáo hôm qua.",
    "Theo cơ quan tư pháp nước này, phiên tòa sẽ được mở lại vào tuần sau.",
])
def test_ordinary_news_naming_such_a_body_gives_no_task(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, assignee, action", [
    ("Tỉnh ủy Hòa Lâm yêu cầu các ban tổ chức tốt việc học tập nghị quyết trong toàn Đảng bộ.",
     "các ban", "tổ chức tốt việc học tập nghị quyết trong toàn Đảng bộ"),
    ("Đảng ủy khối yêu cầu các ban tổ chức hội nghị quán triệt nghị quyết trong tháng 11.",
     "các ban", "tổ chức hội nghị quán triệt nghị quyết"),
    ("UBND thành phố yêu cầu các đơn vị tư vấn giám sát chặt chẽ quá trình thi công.",
     "các đơn vị tư vấn", "giám sát chặt chẽ quá trình thi công"),  # the plain "đơn vị tư vấn" head, as before
    ("Sở Tư pháp đề nghị những đơn vị tư vấn, hướng dẫn người dân làm thủ tục công chứng.",
     "những đơn vị", "tư vấn, hướng dẫn người dân làm thủ tục công chứng"),
])
def test_after_a_plural_word_the_qualifier_is_the_verb(run, text, assignee, action):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action.startswith(action)
