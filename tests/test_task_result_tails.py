"""A result tail after a comma (", tạo sự / tạo chuyển biến / tạo động lực / tạo đà ...", ", phấn đấu ...")
stays in the action: the annotated assignments print it as part of the one action. A tail of consequence
(", từ đó ...", ", qua đó ...", ", góp phần ...") still ends a long action; sentences of ordinary news with
such a tail and no cue give no task."""

from __future__ import annotations

import pytest

from conftest import one


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Chủ tịch UBND tỉnh yêu cầu Sở Giao thông vận tải tỉnh Hòa Lâm tăng cường kiểm tra tải trọng xe trên các "
     "tuyến quốc lộ và đường tỉnh đi qua địa bàn, tạo chuyển biến rõ rệt trong việc bảo vệ hạ tầng giao thông.",
     "Sở Giao thông vận tải tỉnh Hòa Lâm",
     "tăng cường kiểm tra tải trọng xe trên các tuyến quốc lộ và đường tỉnh đi qua địa bàn, tạo chuyển biến rõ rệt trong việc bảo vệ hạ "
     "tầng giao thông"),
    ("Bộ trưởng đề nghị các trường đại học đẩy mạnh công tác tuyên truyền về chương trình học bổng mới dành cho sinh viên năm thứ nhất, tạo sự "
     "đồng thuận trong sinh viên và phụ huynh.",
     "các trường đại học",
     "đẩy mạnh công tác tuyên truyền về chương trình học bổng mới dành cho sinh viên năm thứ nhất, tạo sự đồng thuận trong sinh viên và phụ huynh"),
    ("Phó Thủ tướng yêu cầu Đài Phát thanh tỉnh Bắc Vân tăng cường thời lượng các chương trình giới thiệu về du lịch của các xã vùng cao, tạo "
     "động lực, lan tỏa phong trào làm du lịch cộng đồng.",
     "Đài Phát thanh tỉnh Bắc Vân",
     "tăng cường thời lượng các chương trình giới thiệu về du lịch của các xã vùng cao, tạo động lực, lan tỏa phong trào làm du lịch cộng đồng"),
    ("Giám đốc Sở giao Trung tâm Y tế huyện Tân Khê tiếp tục phát huy tinh thần đoàn kết trong toàn thể cán "
     "bộ, nhân viên, phấn đấu hoàn thành tốt nhiệm vụ được giao.",
     "Trung tâm Y tế huyện Tân Khê",
     "tiếp tục phát huy tinh thần đoàn kết trong toàn thể cán bộ, nhân viên, phấn đấu hoàn thành tốt nhiệm vụ "
     "được giao"),
    ("Thủ tướng đề nghị các doanh nghiệp ngành dệt may chủ động tìm kiếm thị trường xuất khẩu mới ở châu Phi và khu vực Trung Đông, tạo đà "
     "tăng trưởng cho những năm tiếp theo.",
     "các doanh nghiệp ngành dệt may",
     "chủ động tìm kiếm thị trường xuất khẩu mới ở châu Phi và khu vực Trung Đông, tạo đà tăng trưởng cho những năm tiếp theo"),
])
def test_a_result_tail_stays_in_the_action(run, text, assignee, action):
    t = one(run(text))
    assert t.assignee == assignee
    assert t.action == action


@pytest.mark.parametrize("text, action", [
    ("Bộ trưởng yêu cầu các địa phương rà soát toàn bộ hệ thống kênh mương nội đồng trên địa bàn các xã miền "
     "núi, từ đó đề xuất phương án sửa chữa.",
     "rà soát toàn bộ hệ thống kênh mương nội đồng trên địa bàn các xã miền núi"),
    ("Chủ tịch UBND tỉnh yêu cầu Sở Công Thương kiểm tra giá xăng dầu tại các cửa hàng bán lẻ trên địa bàn "
     "toàn tỉnh, góp phần bình ổn thị trường.",
     "kiểm tra giá xăng dầu tại các cửa hàng bán lẻ trên địa bàn toàn tỉnh"),
])
def test_a_consequence_tail_still_ends_a_long_action(run, text, action):
    assert one(run(text)).action == action


@pytest.mark.parametrize("text", [
    "Mưa lớn kéo dài nhiều ngày ở các huyện miền núi, tạo sự lo lắng cho người dân vùng trũng.",
    "Đội tuyển nữ thắng đậm 4-0 ở trận ra quân, tạo đà thuận lợi cho trận gặp đội chủ nhà.",
    "Công ty cổ phần Minh Hà tăng vốn điều lệ lên 500 tỷ đồng, tạo động lực mở rộng sản xuất.",
    "Giá vàng trong nước tăng mạnh trong phiên sáng nay, tạo chuyển biến lớn trên thị trường.",
    "Hai nghi phạm đã đột nhập cửa hàng điện thoại lúc rạng sáng, tạo sự hoang mang cho người dân trong khu phố.",
    "Các vận động viên đã tập luyện suốt mùa hè, phấn đấu giành huy chương tại giải vô địch quốc gia.",
])
def test_ordinary_news_with_such_a_tail_gives_no_task(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, action, deadline", [
    ("UBND tỉnh yêu cầu Sở Xây dựng đẩy nhanh tiến độ thi công tuyến tránh thành phố Hòa Lâm, phấn đấu hoàn thành "
     "trước ngày 30/6/2025.", "đẩy nhanh tiến độ thi công tuyến tránh thành phố Hòa Lâm", "2025-06-30"),
    ("Chủ tịch UBND tỉnh giao Sở Tài chính bố trí kinh phí hỗ trợ nhà ở cho hộ nghèo và hộ cận nghèo của các xã vùng "
     "cao, phấn đấu hoàn thành trước ngày 31/10/2025.",
     "bố trí kinh phí hỗ trợ nhà ở cho hộ nghèo và hộ cận nghèo của các xã vùng cao", "2025-10-31"),
])
def test_a_striving_deadline_ends_the_action(run, text, action, deadline):
    t = one(run(text))
    assert t.action == action
    assert t.deadline == deadline
