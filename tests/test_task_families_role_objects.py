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


@pytest.mark.parametrize("text, assignee, action", [
    # the kind of shop, vehicle or establishment and a plate number stay in the assignee
    ("Tổ công tác liên ngành Hòa Lâm yêu cầu chủ tiệm điện thoại tạm dừng bán hàng trong ba ngày.",
     "chủ tiệm điện thoại", "tạm dừng bán hàng trong ba ngày"),
    ("Công an xã Phước Lâm yêu cầu chủ cơ sở kinh doanh karaoke Ánh Sao đóng cửa trước 22 giờ.",
     "chủ cơ sở kinh doanh karaoke Ánh Sao", "đóng cửa trước 22 giờ"),
    ("Trạm cảnh sát giao thông Bình Lâm yêu cầu lái xe ô tô tải biển số 61C-456.78 xuất trình giấy phép.",
     "lái xe ô tô tải biển số 61C-456.78", "xuất trình giấy phép"),
    ("Cơ quan chức năng huyện Hòa Lâm yêu cầu chủ xe khách giường nằm chấm dứt việc đón khách dọc đường.",
     "chủ xe khách giường nằm", "chấm dứt việc đón khách dọc đường"),
    ("UBND xã Tân Lâm đề nghị các chủ cơ sở chế biến gỗ nộp bản kê khai nguồn gốc nguyên liệu.",
     "các chủ cơ sở chế biến gỗ", "nộp bản kê khai nguồn gốc nguyên liệu"),
    ("Lực lượng chức năng yêu cầu tài xế nộp tiền bảo đảm rồi mới trả lại phương tiện.",
     "tài xế", "nộp tiền bảo đảm rồi mới trả lại phương tiện"),
    ("Trường Đại học Bình Lâm yêu cầu thí sinh tự in giấy báo dự thi tại nhà.",
     "thí sinh", "tự in giấy báo dự thi tại nhà"),
])
def test_the_qualifier_stays_with_the_role(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text, assigner", [
    ("Lực lượng chức năng đã yêu cầu chủ quán dọn bàn ghế khỏi lòng đường.", "Lực lượng chức năng"),
    ("Cảnh sát giao thông huyện yêu cầu tài xế đưa xe vào lề.", "Cảnh sát giao thông huyện"),
])
def test_the_asker_is_the_whole_subject(run, text, assigner):
    assert {t.assigner for t in run(text)} == {assigner}


@pytest.mark.parametrize("text, assignee", [
    # a private person asks
    ("Bà Lê Thị Hoa yêu cầu tài xế dừng xe giữa đường.", "tài xế"),
    ("Bà Lê Thị Hoa đến cơ quan chức năng yêu cầu chủ quán trả lại tiền cọc.", "chủ quán"),
    ("Khách hàng yêu cầu người bán giảm giá.", "người bán"),
    # one impersonating an office, or a subject acting on its own before the cue
    ("Đối tượng giả danh cán bộ công an yêu cầu chủ tiệm chuyển tiền vào tài khoản.", "chủ tiệm"),
    ("Kẻ gian mạo danh Công an tỉnh Hòa Lâm gọi điện yêu cầu chủ tiệm chuyển tiền.", "chủ tiệm"),
    ("Người đàn ông giả làm cán bộ quản lý thị trường yêu cầu chủ cửa hàng nộp tiền phạt.", "chủ cửa hàng"),
    ("Tài xế đã báo cho Công an phường Hòa Lâm và yêu cầu chủ quán bồi thường thiệt hại.", "chủ quán"),
    # a prohibition
    ("Các trường tuyệt đối không yêu cầu thí sinh đóng tiền giữ chỗ trước ngày công bố điểm.", "thí sinh"),
    # a question or a condition
    ("Vì sao Công an phường Hòa Lâm lại yêu cầu tài xế nộp tiền tại chỗ?", "tài xế"),
    ("Công an xã có quyền yêu cầu chủ xe giao nộp giấy tờ không?", "chủ xe"),
    ("Nếu Đội quản lý thị trường yêu cầu chủ cửa hàng niêm yết giá thì cửa hàng phải làm ngay.", "chủ cửa hàng"),
    ("Trường hợp UBND xã Tân Lâm yêu cầu chủ quán tháo biển hiệu, chủ quán được hỗ trợ chi phí.", "chủ quán"),
    ("Giả sử Sở Công Thương yêu cầu chủ cơ sở dừng sản xuất, người lao động sẽ ra sao.", "chủ cơ sở"),
    ("Có hay không việc Công an huyện Hòa Lâm yêu cầu chủ tàu nộp thêm lệ phí.", "chủ tàu"),
    # a lobby proposes a rule, it asks no driver
    ("Hiệp hội Vận tải Bình Lâm đề nghị tài xế xe hợp đồng phải dán phù hiệu trên kính.", "tài xế xe hợp đồng"),
    # the qualifier cannot be told from the action
    ("Công an phường Hòa Lâm yêu cầu chủ cơ sở kinh doanh đúng ngành nghề đã đăng ký.", "chủ cơ sở kinh doanh"),
])
def test_no_role_task(run, text, assignee):
    tasks = run(text)
    assert not any(a == assignee or a.startswith(assignee.split()[0] + " " + assignee.split()[1])
                   for a, _ in pairs(tasks))
