"""Task family of people named by their role as a cue's object (``cue_role``), on constructed sentences with
several variants: "Lực lượng kiểm lâm đã yêu cầu lái xe dừng ...", "Trường X yêu cầu thí sinh phải ...",
"Đội quản lý thị trường yêu cầu chủ cửa hàng ...", "Cảnh sát giao thông yêu cầu người vi phạm ...", "Công an
huyện X đã lập biên bản ..., đồng thời yêu cầu chủ cửa hàng ...". The one asking must be printed as the cue's
own subject. Near misses (each naming a person or a body): the role as a subject, a report, a law's or a
message's request, a far subject, a handing over, a penalty or a hospital stay."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Lực lượng kiểm lâm đã yêu cầu lái xe dừng phương tiện để kiểm tra giấy tờ.",
     "lái xe", "dừng phương tiện để kiểm tra giấy tờ"),
    ("Cảnh sát giao thông yêu cầu tài xế xuất trình giấy phép lái xe và đăng ký xe.",
     "tài xế", "xuất trình giấy phép lái xe và đăng ký xe"),
    ("Trường Đại học Bách khoa yêu cầu thí sinh phải nộp bản sao học bạ trước ngày 10/7.",
     "thí sinh", "nộp bản sao học bạ"),
    ("Đội quản lý thị trường số 5 yêu cầu chủ cửa hàng tạm ngừng kinh doanh cho đến khi có kết quả kiểm nghiệm.",
     "chủ cửa hàng", "tạm ngừng kinh doanh cho đến khi có kết quả kiểm nghiệm"),
    ("Cảnh sát giao thông yêu cầu người vi phạm chấm dứt ngay hành vi vi phạm.",
     "người vi phạm", "chấm dứt ngay hành vi vi phạm"),
    ("Trạm Cảnh sát giao thông Phú Mỹ yêu cầu chủ phương tiện đưa xe về bãi tạm giữ để xử lý.",
     "chủ phương tiện", "đưa xe về bãi tạm giữ để xử lý"),
    ("Công an huyện Thanh Trì đã lập biên bản vi phạm, đồng thời yêu cầu chủ cửa hàng tháo dỡ biển quảng cáo.",
     "chủ cửa hàng", "tháo dỡ biển quảng cáo"),
])
def test_a_role_addressed_by_the_cues_subject(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text))


@pytest.mark.parametrize("text", [
    # a law's or a message's request, or a narrator's report: no asker printed as the cue's subject
    "Luật Giao thông đường bộ Malaysia yêu cầu tài xế tự đảm bảo sức khỏe khi lái xe.",
    "Nhóm lừa đảo gửi tin nhắn thông báo trúng thưởng và yêu cầu khách hàng cung cấp mã OTP.",
    "Anh Phạm Văn Tú kể lại tài xế taxi đã yêu cầu khách hàng trả thêm 200.000 đồng.",
    "Sau đó, các đối tượng gửi email và tin nhắn thông báo trúng thưởng, đồng thời yêu cầu khách hàng cung cấp mã OTP.",
    # the role as a subject, a handing over, a suffering, a penalty
    "Công ty Minh Phát đã giao cho khách hàng 300 căn hộ trong quý I.",
    "Tài xế Trần Văn Bình phải nhập viện sau vụ va chạm trên quốc lộ 1A.",
    "Thí sinh Nguyễn Minh Anh yêu cầu được phúc khảo bài thi môn Toán.",
    "Ông Trần Minh Đức, chủ quán cà phê ở quận 3, yêu cầu được bồi thường thiệt hại.",
    "Câu lạc bộ Sông Lam Nghệ An thông báo tài xế của đội bóng phải nhập viện sau tai nạn.",
    "Hiệp hội Taxi Hà Nội cho rằng tài xế công nghệ cần được đối xử bình đẳng.",
    "Ông Nguyễn Văn Hòa, chủ cửa hàng điện thoại trên đường Lê Lợi, cho biết doanh thu giảm mạnh.",
])
def test_no_task(run, text):
    assert run(text) == []
