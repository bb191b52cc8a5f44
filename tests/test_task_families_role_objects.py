"""Task pattern family: people named by their role or by what they own as a cue's object ("lái xe", "tài
xế", "chủ quán", "chủ phương tiện", "kiểm lâm viên", "thí sinh"), asked by an authority printed as the
cue's own subject (a body, an agent noun phrase, an official's title, a law), are the assignees; the same
object asked by a private person, by one impersonating an office, or by a subject acting on its own before
the cue gives no task. Constructed sentences with invented names."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Lực lượng kiểm lâm huyện Hòa Lâm yêu cầu người lái xe tải mở thùng hàng cho tổ công tác xem.",
     "người lái xe tải", "mở thùng hàng cho tổ công tác xem"),
    ("Sau vụ việc Chi cục Kiểm lâm cũng đề nghị các kiểm lâm viên báo cáo lịch trực từng tuần.",
     "các kiểm lâm viên", "báo cáo lịch trực từng tuần"),
    ("Cơ quan chức năng thị xã Bình Lâm đã yêu cầu chủ cơ sở ngừng sản xuất trong thời gian xác minh.",
     "chủ cơ sở", "ngừng sản xuất trong thời gian xác minh"),
    ("Sáng 5-3, Công an phường Hòa Lâm yêu cầu chủ phương tiện đưa xe về trụ sở.",
     "chủ phương tiện", "đưa xe về trụ sở"),
    ("Chủ tịch UBND xã Lê Văn Tâm yêu cầu chủ quán tháo dỡ mái che lấn chiếm vỉa hè.",
     "chủ quán", "tháo dỡ mái che lấn chiếm vỉa hè"),
    ("Trường Đại học Bình Lâm yêu cầu thí sinh mang bản gốc học bạ khi làm thủ tục nhập học.",
     "thí sinh", "mang bản gốc học bạ khi làm thủ tục nhập học"),
    ("Luật Giao thông đường bộ yêu cầu tài xế dừng xe nghỉ sau bốn giờ lái liên tục.",
     "tài xế", "dừng xe nghỉ sau bốn giờ lái liên tục"),
])
def test_an_authority_asks_people_by_their_role(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    # a private person asks
    "Bà Lê Thị Hoa yêu cầu tài xế dừng xe giữa đường.",
    "Bà Lê Thị Hoa đến cơ quan chức năng yêu cầu chủ quán trả lại tiền cọc.",
    "Khách hàng yêu cầu người bán giảm giá.",
    # one impersonating an office, or a subject acting on its own before the cue
    "Đối tượng giả danh cán bộ công an yêu cầu chủ tiệm chuyển tiền vào tài khoản.",
    "Kẻ gian mạo danh Công an tỉnh Hòa Lâm gọi điện yêu cầu chủ tiệm chuyển tiền.",
    "Người đàn ông giả làm cán bộ quản lý thị trường yêu cầu chủ cửa hàng nộp tiền phạt.",
    "Tài xế đã báo cho Công an phường Hòa Lâm và yêu cầu chủ quán bồi thường thiệt hại.",
    # a prohibition
    "Các trường tuyệt đối không yêu cầu thí sinh đóng tiền giữ chỗ trước ngày công bố điểm.",
])
def test_no_authority_no_role_task(run, text):
    assert not any(a.split()[-1] in {"xế", "quán", "bán", "tiệm", "hàng", "sinh"} for a, _ in pairs(run(text)))
