"""Task families of rulings and sanctions, on constructed sentences with several variants: a court,
judgment or authority named as a body 'buộc' (compels) a body or company to do something; a circumstance
that forces someone is no task."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assigner, assignee, action", [
    ("Tòa án nhân dân tỉnh Khánh Hòa buộc UBND huyện Cam Lâm tiếp nhận hồ sơ, giải quyết cho người dân "
     "xây dựng nhà ở.",
     "Tòa án nhân dân tỉnh Khánh Hòa", "UBND huyện Cam Lâm",
     "tiếp nhận hồ sơ, giải quyết cho người dân xây dựng nhà ở"),
    ("Bản án phúc thẩm của Tòa án nhân dân cấp cao tại Đà Nẵng buộc Sở Tài nguyên và Môi trường tỉnh "
     "Quảng Nam thu hồi quyết định số 12.",
     "Tòa án nhân dân cấp cao tại Đà Nẵng", "Sở Tài nguyên và Môi trường tỉnh Quảng Nam",
     "thu hồi quyết định số 12"),
    ("UBND tỉnh Quảng Ngãi buộc chủ đầu tư khắc phục hậu quả trước ngày 30/6/2025.",
     "Ủy ban nhân dân tỉnh Quảng Ngãi", "chủ đầu tư", "khắc phục hậu quả"),
])
def test_a_ruling_that_compels_a_body_is_its_task(run, text, assigner, assignee, action):
    t = one(run(text))
    assert (t.assigner, t.assignee, t.action) == (assigner, assignee, action)


def test_a_compelled_task_keeps_its_deadline(run):
    t = one(run("UBND tỉnh Quảng Ngãi buộc chủ đầu tư khắc phục hậu quả trước ngày 30/6/2025."))
    assert t.deadline == "2025-06-30"


@pytest.mark.parametrize("text", [
    "Viện kiểm sát cáo buộc bà Minh ký phê duyệt 2 dự án không đúng quy định.",
    "Người lao động có tổng thời gian đóng BHXH bắt buộc từ đủ 15 năm trở lên được hưởng lương hưu.",
    "Ông Nguyễn Văn A bị buộc thôi việc từ tháng 5.",
    "Ông B bị buộc tội nhận hối lộ.",
    "Hai bên đã ký thỏa thuận ràng buộc về pháp lý.",
    "Công ty bị buộc phải tháo dỡ công trình vi phạm.",
    "Tình thế buộc các doanh nghiệp phải thay đổi chiến lược.",
    "Ông C không ép buộc cấp dưới làm sai quy định.",
    # a circumstance, a weapon or a person forces: no body compels
    "Tình hình trên chiến trường đã buộc Nhà Trắng phải tìm những cách mới để giúp Kiev.",
    "Việc thiếu rõ ràng từ Washington buộc quân đội Ukraine phân bổ lại các máy bay đánh chặn.",
    "Tên lửa Iran phá hủy hàng loạt cơ sở quân sự, buộc Tel Aviv phải chấp nhận ngừng bắn.",
    "Thượng tá Thanh cho biết đám cháy rất lớn buộc lực lượng chức năng phá dỡ một số cấu kiện.",
])
def test_accusations_obligations_and_passives_are_no_task(run, text):
    assert run(text) == []
