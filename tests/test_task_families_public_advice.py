"""Task family of advice a named speaker gives the public, on constructed texts with several variants:
"khuyến cáo" right before (after a comma) an audience ("người dân", "công dân", "cộng đồng", "phụ huynh")
directs that audience to the action after it.

Near misses from ordinary news of other topics: advice as a noun ("theo khuyến cáo của ...", "đưa ra
khuyến cáo về ..."), a passive ("được khuyến cáo"), a statement after the word ("bác sĩ khuyến cáo nhồi máu
cơ tim là ..."), experts advising a body ("chuyên gia khuyến cáo Bộ Y tế nên ..."), a coach's word to his
players, a market opinion to investors ("khuyến cáo nhà đầu tư là ..."), a noun after a number or a
determiner ("5 khuyến cáo người dân cần ...", "lời khuyến cáo"), an audience with a tail that is no action ("về
nguy cơ ...", "cho trẻ ...", "khi có triệu chứng ...", "nhưng ...", "mới nhập học ...")."""

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
    ("Cục Quản lý thị trường khuyến cáo người tiêu dùng chỉ mua hàng có hóa đơn rõ ràng.",
     "người tiêu dùng", "chỉ mua hàng có hóa đơn rõ ràng"),
    ("Ông Hà Văn Lĩnh, chuyên gia tài chính, khuyến cáo nhà đầu tư không nên vay nợ để mua vàng.",
     "nhà đầu tư", "không nên vay nợ để mua vàng"),
    ("Bộ Ngoại giao khuyến cáo người dân và du khách không nên đến vùng biên giới phía bắc.",
     "người dân và du khách", "không nên đến vùng biên giới phía bắc"),
    ("Hãng hàng không Sao Việt khuyến cáo hành khách có mặt tại sân bay trước giờ khởi hành 2 tiếng.",
     "hành khách", "có mặt tại sân bay trước giờ khởi hành 2 tiếng"),
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
    "Bộ Y tế đưa ra 5 khuyến cáo người dân cần thực hiện để phòng bệnh tay chân miệng.",
    "Đây là lời khuyến cáo người dân cần lưu ý trong mùa nắng nóng.",
    "Những khuyến cáo người tiêu dùng cần biết khi mua bánh Trung thu được Cục Quản lý thị trường công bố.",
    "Tổ chức Y tế thế giới khuyến cáo phụ huynh cho trẻ tiêm đủ mũi vắc xin bạch hầu.",
    "Trước đó, Bộ Y tế từng khuyến cáo người dân về nguy cơ bùng phát dịch sởi.",
    "Các cơ quan chức năng liên tục khuyến cáo người dân nhưng tình trạng đánh bắt tận diệt vẫn diễn ra.",
    "Bộ Y tế khuyến cáo, người dân khi có triệu chứng ho kéo dài cần đến ngay cơ sở y tế để được khám.",
    "Bác sĩ Hồ Văn Thành khuyến cáo phụ huynh khi trẻ sốt cao co giật phải đưa ngay đến bệnh viện.",
    "Giám đốc Sở Y tế khuyến cáo các doanh nghiệp cho người lao động nghỉ ngơi khi nắng nóng.",
    "Cơ quan chức năng khuyến cáo sinh viên mới nhập học cảnh giác với chiêu lừa đảo thuê trọ.",
    "Bộ Y tế khuyến cáo người dân là dịch bệnh vẫn diễn biến phức tạp.",
])
def test_no_advice(run, text):
    assert run(text) == [], pairs(run(text))


@pytest.mark.parametrize("text, assignee, action", [
    ("Cảng hàng không Phú Cát đề nghị hành khách đến sớm để làm thủ tục.", "hành khách", "đến sớm để làm thủ tục"),
])
def test_a_passenger_addressed_by_another_cue(run, text, assignee, action):
    """"hành khách" is no cue_agent: "đề nghị hành khách đến sớm" gave the assignee "hành khách đến"; the
    right task or none."""
    tasks = run(text)
    assert (assignee, action) in pairs(tasks) or not any(t.assignee.startswith("hành khách") for t in tasks), \
        pairs(tasks)


@pytest.mark.parametrize("audience", ["thai phụ", "người đi đường", "người chăn nuôi", "người điều khiển phương tiện",
                                      "hộ chăn nuôi", "chủ phương tiện"])
def test_every_audience_is_an_assignee(run, audience):
    text = f"Sở Y tế tỉnh Hà Giang khuyến cáo {audience} nên hạn chế ra ngoài khi trời rét đậm."
    assert (audience, "hạn chế ra ngoài khi trời rét đậm") in pairs(run(text)), pairs(run(text))
