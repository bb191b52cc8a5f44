"""Task family of advice a named speaker gives the public, on constructed texts with several variants:
"khuyến cáo" right before (after a comma) an audience ("người dân", "công dân", "cộng đồng", "phụ huynh")
directs that audience to the action after it.

Near misses from ordinary news of other topics: advice as a noun ("theo khuyến cáo của ...", "đưa ra
khuyến cáo về ..."), a passive ("được khuyến cáo"), a statement after the word ("bác sĩ khuyến cáo nhồi máu
cơ tim là ..."), experts advising a body ("chuyên gia khuyến cáo Bộ Y tế nên ..."), a coach's word to his
players, a market opinion to investors ("khuyến cáo nhà đầu tư là ...")."""

from __future__ import annotations

import pytest

from conftest import pairs


@pytest.fixture(scope="module")
def run(run_tasks):
    return run_tasks


@pytest.mark.parametrize("text, assignee, action", [
    ("Sở Y tế tỉnh Hòa Bình khuyến cáo, người dân hạn chế tụ tập đông người, thường xuyên rửa tay với xà "
     "phòng.",
     "người dân", "hạn chế tụ tập đông người, thường xuyên rửa tay với xà phòng"),
    ("Bộ Ngoại giao khuyến cáo công dân Việt Nam không đến khu vực xung đột trừ trường hợp thật sự cần thiết.",
     "công dân Việt Nam", "không đến khu vực xung đột trừ trường hợp thật sự cần thiết"),
    ("Trung tâm Kiểm soát bệnh tật tỉnh Nam Định khuyến cáo người dân chủ động tiêm vắc xin phòng bệnh.",
     "người dân", "chủ động tiêm vắc xin phòng bệnh"),
    ("Công an tỉnh Lâm Đồng khuyến cáo người dân nâng cao cảnh giác trước các cuộc gọi lạ.",
     "người dân", "nâng cao cảnh giác trước các cuộc gọi lạ"),
    ("Người phát ngôn Bộ Ngoại giao khuyến cáo cộng đồng người Việt Nam cần thường xuyên theo dõi thông tin "
     "cảnh báo của sở tại.",
     "cộng đồng người Việt Nam", "thường xuyên theo dõi thông tin cảnh báo của sở tại"),
    ("Sở Giáo dục và Đào tạo tỉnh Bắc Giang khuyến cáo phụ huynh theo dõi sát việc học của con em.",
     "phụ huynh", "theo dõi sát việc học của con em"),
])
def test_advice_to_the_public(run, text, assignee, action):
    assert (assignee, action) in pairs(run(text)), pairs(run(text))


@pytest.mark.parametrize("text", [
    "Theo khuyến cáo của WHO, người dân không nên uống rượu bia không rõ nguồn gốc.",
    "Các bác sĩ khuyến cáo nhồi máu cơ tim là bệnh nguy hiểm đe dọa tính mạng người bệnh.",
    "Các chuyên gia khuyến cáo Bộ Y tế nên hạ độ tuổi tiêm vắc xin sởi.",
    "Công ty cổ phần Chứng khoán Bảo Minh khuyến cáo nhà đầu tư là thị trường có thể điều chỉnh mạnh trong tuần tới.",
    "Trường đưa ra khuyến cáo về 160 văn bằng tốt nghiệp do ông Phạm Văn Tuấn ký.",
    "Người dân được khuyến cáo không ra khỏi nhà khi bão đổ bộ.",
    "Đội tuyển Việt Nam thắng 2-0, HLV Kim Sang-sik khuyến cáo các cầu thủ không được chủ quan.",
    "Giá xăng tăng mạnh, nhiều chuyên gia khuyến cáo người tiêu dùng là đừng quá lo lắng.",
    "Cảnh sát đã bắt giữ nghi phạm, theo khuyến cáo từ người dân trong khu phố.",
])
def test_no_advice(run, text):
    assert run(text) == [], pairs(run(text))
